import './react19-shim';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { Layout, Nav, Breadcrumb, Avatar, Dropdown, Typography, Empty, Button, Card, Space, Tag, LocaleProvider, Toast } from './semi';
import zh_CN from '@douyinfe/semi-ui/lib/es/locale/source/zh_CN';
import { IconHome, IconIdCard, IconFile, IconLink, IconEdit, IconDelete, IconShield, IconExit } from '@douyinfe/semi-icons';
import { IllustrationConstruction } from '@douyinfe/semi-illustrations';
import { SubjectPage } from './subject';
import { ApplyPage } from './website';
import { registry, go } from './registry';
import './style.css';

const { Header, Sider, Content, Footer } = Layout;
const { Text } = Typography;

const MENU = [
  { itemKey: 'home', text: '主页', icon: <IconHome />, path: '/home' },
  { itemKey: 'subject', text: '开办主体管理', icon: <IconIdCard />, path: '/business/subject' },
  { itemKey: 'apply', text: '新办网站申请', icon: <IconFile />, path: '/business/website/apply/1' },
  { itemKey: 'claim', text: '已办网站认领', icon: <IconLink />, path: '/business/website/claim' },
  { itemKey: 'change', text: '网站信息变更', icon: <IconEdit />, path: '/business/website/change' },
  { itemKey: 'cancel', text: '网站注销申请', icon: <IconDelete />, path: '/business/website/cancel' },
  { itemKey: 'credit', text: '信用认证', icon: <IconShield />, path: '/user/credit' },
];

function useHashPath(): string {
  const read = () => location.hash.replace(/^#/, '').split('?')[0] || '/home';
  const [path, setPath] = useState(read);
  useEffect(() => {
    const onChange = () => setPath(read());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return path;
}

function Emblem() {
  return (
    <svg width="52" height="52" viewBox="0 0 52 52" aria-hidden="true">
      <circle cx="26" cy="26" r="24" fill="#c7161e" stroke="#f5d27a" strokeWidth="3" />
      <path d="M26 10l4.2 9.6 10.4.9-7.9 6.9 2.4 10.2L26 32.2l-9.1 5.4 2.4-10.2-7.9-6.9 10.4-.9z" fill="#f5d27a" />
    </svg>
  );
}

function HomePage() {
  return (
    <Card title="欢迎使用全国公安机关互联网站安全服务平台" bordered={false}>
      <Space vertical align="start" spacing="medium">
        <Text>
          您的账号已完成 <Tag color="green">手机验证</Tag> <Tag color="green">邮箱验证</Tag> <Tag color="grey">身份验证（开办主体审核通过后自动完成）</Tag>
        </Text>
        <Text type="secondary">首次备案请先在【开办主体管理】中新增开办主体，主体提交后方可在【新办网站申请】中为网站办理公安联网备案。</Text>
        <Space>
          <Button theme="solid" onClick={() => go('/business/subject')}>开办主体管理</Button>
          <Button onClick={() => go('/business/website/apply/1')}>新办网站申请</Button>
        </Space>
      </Space>
    </Card>
  );
}

function Building({ title }: { title: string }) {
  return (
    <Card title={title} bordered={false}>
      <Empty image={<IllustrationConstruction style={{ width: 150, height: 150 }} />} title="暂无数据" description="当前账号下没有可办理的业务" />
    </Card>
  );
}

function App() {
  const path = useHashPath();
  const item = MENU.find((entry) => (entry.itemKey === 'apply' ? path.startsWith('/business/website/apply') : path === entry.path)) ?? MENU[0];
  const [toastApi, toastHolder] = Toast.useToast() as [typeof registry.toastApi, ReactNode];
  registry.toastApi = toastApi;
  useEffect(() => {
    registry.ready = true;
  }, []);

  let body;
  if (path === '/business/subject') body = <SubjectPage key={path} />;
  else if (path.startsWith('/business/website/apply')) body = <ApplyPage step={Number(path.split('/').pop()) || 1} />;
  else if (path === '/home') body = <HomePage />;
  else body = <Building title={item.text} />;

  return (
    <Layout className="bx-layout">
      <Header className="bx-header">
        <div className="bx-header-inner">
          <Emblem />
          <div className="bx-title">
            <div className="bx-title-cn">全国公安机关互联网站安全服务平台</div>
            <div className="bx-title-en">Internet Security Service Platform of the Public Security Organs</div>
          </div>
          <div className="bx-user">
            <Dropdown
              position="bottomRight"
              render={
                <Dropdown.Menu>
                  <Dropdown.Item onClick={() => go('/user/credit')}>信用认证</Dropdown.Item>
                  <Dropdown.Item icon={<IconExit />}>退出登录</Dropdown.Item>
                </Dropdown.Menu>
              }
            >
              <span className="bx-user-name">
                <Avatar size="small" color="light-blue" style={{ marginRight: 8 }}>青</Avatar>qingwu_2025
              </span>
            </Dropdown>
          </div>
        </div>
        <Nav
          mode="horizontal"
          className="bx-topnav"
          selectedKeys={['center']}
          items={['首页', '公共查询', '通知公告', '备案须知', '政策法规', '常见问题', '备案展厅', '个人中心'].map((text, i) => ({ itemKey: i === 7 ? 'center' : `top${i}`, text }))}
        />
      </Header>
      <Layout className="bx-main">
        <Sider className="bx-sider">
          <Nav
            style={{ height: '100%' }}
            selectedKeys={[item.itemKey]}
            header={{ text: '个人中心' }}
            items={MENU.map(({ itemKey, text, icon }) => ({ itemKey, text, icon }))}
            onSelect={({ itemKey }) => go(MENU.find((entry) => entry.itemKey === itemKey)!.path)}
            footer={{ collapseButton: false }}
          />
        </Sider>
        <Content className="bx-content">
          <Breadcrumb className="bx-crumb">
            <Breadcrumb.Item onClick={() => go('/home')}>个人中心</Breadcrumb.Item>
            <Breadcrumb.Item>{item.text}</Breadcrumb.Item>
          </Breadcrumb>
          {body}
        </Content>
      </Layout>
      <div className="bx-toast">{toastHolder}</div>
      <Footer className="bx-footer">
        <div>主办单位：公安部网络安全保卫局　　技术支持：公安部第三研究所</div>
        <div>建议使用 Chrome、Edge 等浏览器，分辨率 1366×768 及以上　　服务热线：（工作日 9:00-17:00）</div>
      </Footer>
    </Layout>
  );
}

createRoot(document.getElementById('app')!).render(
  <LocaleProvider locale={zh_CN}>
    <App />
  </LocaleProvider>
);

// 供自动化测试读取表单模型（见 README）
(window as unknown as { __stranger: unknown }).__stranger = {
  get ready() {
    return registry.ready && registry.pending === 0;
  },
  state: () => registry.read(),
};
