import 'antd/dist/reset.css';
import './app.css';
import { useEffect, useState, type ReactNode } from 'react';
import { createRoot } from 'react-dom/client';
import { App as AntApp, Breadcrumb, Card, ConfigProvider, Empty, Layout, Menu, Tabs, Table, Typography } from 'antd';
import { AuditOutlined, EditOutlined, FileAddOutlined, HomeOutlined, IdcardOutlined, SafetyCertificateOutlined, StopOutlined, UserOutlined } from '@ant-design/icons';
import zhCN from 'antd/locale/zh_CN';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import { exposeState, navigate } from './api';
import { SubjectAdd, SubjectList } from './subject';
import { WizardStep1, WizardStep4 } from './wizard';
import { WebsiteBasic } from './website';
import { WebsitePeople } from './people';

dayjs.locale('zh-cn');
const { Header, Sider, Content, Footer } = Layout;

const MENU = [
  { key: 'home', icon: <HomeOutlined />, label: '主页' },
  { key: 'subject', icon: <IdcardOutlined />, label: '开办主体管理' },
  { key: 'newWebsite', icon: <FileAddOutlined />, label: '新办网站申请' },
  { key: 'claim', icon: <AuditOutlined />, label: '已办网站认领' },
  { key: 'change', icon: <EditOutlined />, label: '网站信息变更' },
  { key: 'cancel', icon: <StopOutlined />, label: '网站注销申请' },
  { key: 'credit', icon: <SafetyCertificateOutlined />, label: '信用认证' },
];
const MENU_ROUTES: Record<string, string> = { newWebsite: '/personal/newWebsite/step1' };

function useRoute() {
  const read = () => window.location.hash.replace(/^#/, '') || '/personal/home';
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const listener = () => setRoute(read());
    window.addEventListener('hashchange', listener);
    return () => window.removeEventListener('hashchange', listener);
  }, []);
  return route;
}

/** 没有表单的页面：挂载即可用 */
function Plain({ children }: { children: ReactNode }) {
  useEffect(() => exposeState(true), []);
  return <>{children}</>;
}

function Home() {
  const columns = ['网站名称', '网站域名', '开办主体', '申请日期', '状态', '操作'].map((title) => ({ title, dataIndex: title }));
  return (
    <Card title="我的网站">
      <Tabs
        items={['审核中网站(0)', '未备案网站(0)', '待认领网站(0)', '已备案网站(0)', '已保存草稿(0)'].map((label, index) => ({
          key: String(index),
          label,
          children: <Table size="small" columns={columns} dataSource={[]} />,
        }))}
      />
    </Card>
  );
}

function page(route: string): { menu: string; crumbs: string[]; body: ReactNode } {
  const [, , section, sub] = route.split('?')[0].split('/');
  switch (section) {
    case 'subject':
      return sub === 'add'
        ? { menu: 'subject', crumbs: ['开办主体管理', '新增主体'], body: <SubjectAdd /> }
        : { menu: 'subject', crumbs: ['开办主体管理'], body: <Plain><SubjectList /></Plain> };
    case 'newWebsite':
      if (sub === 'step2') return { menu: 'newWebsite', crumbs: ['新办网站申请', '网站基本信息'], body: <WebsiteBasic /> };
      if (sub === 'step3') return { menu: 'newWebsite', crumbs: ['新办网站申请', '网站负责人'], body: <WebsitePeople /> };
      if (sub === 'step4') return { menu: 'newWebsite', crumbs: ['新办网站申请', '提示说明'], body: <Plain><WizardStep4 /></Plain> };
      return { menu: 'newWebsite', crumbs: ['新办网站申请', '网站开办主体'], body: <Plain><WizardStep1 /></Plain> };
    case 'home':
    case undefined:
      return { menu: 'home', crumbs: ['主页'], body: <Plain><Home /></Plain> };
    default: {
      const item = MENU.find((entry) => entry.key === section);
      return { menu: section, crumbs: [item?.label ?? '页面不存在'], body: <Plain><Card><Empty description="暂无数据" /></Card></Plain> };
    }
  }
}

function Portal() {
  const route = useRoute();
  const { menu, crumbs, body } = page(route);
  return (
    <Layout className="portal">
      <Header className="portal-header">
        <div className="portal-brand">
          <span className="portal-badge" aria-hidden>
            <SafetyCertificateOutlined />
          </span>
          <div>
            <div className="portal-title">全国公安机关互联网站安全服务平台</div>
            <div className="portal-subtitle">Internet Site Security Service Platform</div>
          </div>
        </div>
        <nav className="portal-nav">
          {['首页', '公共查询', '通知公告', '备案须知', '政策法规', '常见问题'].map((text) => (
            <a key={text}>{text}</a>
          ))}
          <a className="active">个人中心</a>
        </nav>
        <div className="portal-user">
          <UserOutlined /> 欢迎您，zhaowb2016 <a>退出</a>
        </div>
      </Header>
      <Layout className="portal-main">
        <Sider width={210} theme="light" className="portal-sider">
          <div className="portal-account">
            <div>账号：zhaowb2016</div>
            <div>手机：139****2201</div>
          </div>
          <div className="portal-sider-title">个人中心</div>
          <Menu mode="inline" selectedKeys={[menu]} items={MENU} onClick={({ key }) => navigate(MENU_ROUTES[key] ?? `/personal/${key}`)} />
        </Sider>
        <Content className="portal-content">
          <Breadcrumb className="portal-crumbs" items={[{ title: '个人中心' }, ...crumbs.map((title) => ({ title }))]} />
          <Typography.Title level={4} className="portal-page-title">
            {crumbs[0]}
          </Typography.Title>
          <div key={route}>{body}</div>
        </Content>
      </Layout>
      <Footer className="portal-footer">
        主办单位：中华人民共和国公安部 &nbsp;|&nbsp; 技术支持：公安部网络安全保卫局 &nbsp;|&nbsp; 建议使用 Chrome、Edge 浏览器，1366×768 以上分辨率
      </Footer>
    </Layout>
  );
}

exposeState(false);
createRoot(document.getElementById('app')!).render(
  <ConfigProvider locale={zhCN} theme={{ token: { colorPrimary: '#0f4c99', borderRadius: 4 } }}>
    <AntApp>
      <Portal />
    </AntApp>
  </ConfigProvider>,
);
