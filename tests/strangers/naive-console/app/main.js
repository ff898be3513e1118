import './style.css';
import { SubjectPage } from './subject.js';
import { WebsiteApplyPage } from './website.js';
import { route, navigate, reader } from './shared.js';

const { createApp, computed, h } = Vue;

const MENU = [
  { label: '主页', key: '/web/center/home' },
  { label: '开办主体管理', key: '/web/center/subject' },
  { label: '新办网站申请', key: '/web/business/websiteApply' },
  { label: '已办网站认领', key: '/web/business/claim' },
  { label: '网站信息变更', key: '/web/business/change' },
  { label: '网站注销申请', key: '/web/business/cancel' },
  { label: '信用认证', key: '/web/center/credit' },
];

const Placeholder = {
  props: ['title'],
  mounted() { reader.set(() => ({})); },
  template: `<n-card :title="title" size="small" class="page-card">
    <n-empty description="暂无数据" style="padding:60px 0" />
  </n-card>`,
};

const HomePage = {
  mounted() { reader.set(() => ({})); },
  setup() {
    const tabs = [
      { name: 'audit', label: '审核中网站(0)' }, { name: 'unfiled', label: '未备案网站(0)' }, { name: 'claim', label: '待认领网站(0)' },
      { name: 'done', label: '已备案网站(0)' }, { name: 'draft', label: '已保存草稿(1)' },
    ];
    return { tabs };
  },
  template: `<n-card size="small" class="page-card" title="我的网站">
    <n-tabs type="line" default-value="audit">
      <n-tab-pane v-for="t in tabs" :key="t.name" :name="t.name" :tab="t.label">
        <n-empty description="暂无数据" style="padding:40px 0" />
      </n-tab-pane>
    </n-tabs>
  </n-card>`,
};

const App = {
  components: { SubjectPage, WebsiteApplyPage, Placeholder, HomePage },
  setup() {
    const active = computed(() => MENU.find((m) => route.path.startsWith(m.key))?.key ?? '/web/center/home');
    const current = computed(() => MENU.find((m) => m.key === active.value));
    const menuOptions = MENU.map((m) => ({ ...m }));
    const locale = naive.zhCN;
    const dateLocale = naive.dateZhCN;
    const theme = {
      common: { primaryColor: '#1d5ab9', primaryColorHover: '#3a74cf', primaryColorPressed: '#154a9c', primaryColorSuppl: '#3a74cf', borderRadius: '2px', fontSize: '13px', fontSizeMedium: '13px' },
      Card: { titleFontSizeSmall: '15px' },
      Form: { labelTextColor: '#333' },
    };
    return { active, current, menuOptions, navigate, locale, dateLocale, theme, route };
  },
  template: `<n-config-provider :locale="locale" :date-locale="dateLocale" :theme-overrides="theme">
  <n-message-provider><n-dialog-provider>
  <div class="portal">
    <header class="portal-header">
      <div class="portal-header__inner">
        <img class="portal-emblem" src="/web/assets/emblem.svg" alt="">
        <div class="portal-title">
          <div class="portal-title__cn">全国公安机关互联网站安全服务平台</div>
          <div class="portal-title__en">National Public Security Internet Website Security Service Platform</div>
        </div>
        <div class="portal-user">欢迎您，<b>zj_qingwu2024</b><span class="sep">|</span><a href="/web/center/home" @click.prevent="navigate('/web/center/home')">个人中心</a><span class="sep">|</span><a href="javascript:;">退出</a></div>
      </div>
      <nav class="portal-nav"><div class="portal-nav__inner">
        <a>首页</a><a>公共查询</a><a>通知公告</a><a>备案须知</a><a>政策法规</a><a>常见问题</a><a>备案展厅</a><a class="on">个人中心</a>
      </div></nav>
    </header>
    <div class="portal-body">
      <aside class="portal-side">
        <div class="portal-side__title">个人中心</div>
        <n-menu :value="active" :options="menuOptions" @update:value="navigate" :indent="24" />
      </aside>
      <main class="portal-main">
        <n-breadcrumb class="portal-crumb">
          <n-breadcrumb-item>个人中心</n-breadcrumb-item>
          <n-breadcrumb-item>{{ current ? current.label : '主页' }}</n-breadcrumb-item>
          <n-breadcrumb-item v-if="route.sub">{{ route.sub }}</n-breadcrumb-item>
        </n-breadcrumb>
        <subject-page v-if="active === '/web/center/subject'" />
        <website-apply-page v-else-if="active === '/web/business/websiteApply'" :key="route.search" />
        <home-page v-else-if="active === '/web/center/home'" />
        <placeholder v-else :title="current.label" :key="active" />
      </main>
    </div>
    <footer class="portal-footer">
      <p>主办单位：公安部网络安全保卫局　　技术支持：公安部第一研究所</p>
      <p>建议使用 1366×768 以上分辨率，Chrome、Edge 或 360 安全浏览器（极速模式）浏览本站</p>
    </footer>
  </div>
  </n-dialog-provider></n-message-provider>
  </n-config-provider>`,
};

const app = createApp(App);
app.use(naive);
app.mount('#app');
