import './style.css';
import { api } from './api.js';
import { notReady, publishForm } from './bridge.js';
import { SubjectPage } from './subject.js';
import { WebsiteApply } from './website.js';

const { createApp, reactive, computed, onMounted, onBeforeUnmount, h } = window.Vue;

// ---- 简易哈希路由：#/userCenter/<菜单>[/<步骤>] ----
const MENUS = [
  { key: 'home', title: '主页', icon: 'icon-home' },
  { key: 'subject', title: '开办主体管理', icon: 'icon-user-group' },
  { key: 'websiteApply', title: '新办网站申请', icon: 'icon-file' },
  { key: 'claim', title: '已办网站认领', icon: 'icon-link' },
  { key: 'change', title: '网站信息变更', icon: 'icon-edit' },
  { key: 'cancel', title: '网站注销申请', icon: 'icon-close-circle' },
  { key: 'credit', title: '信用认证', icon: 'icon-safe' },
];

const route = reactive({ menu: 'home', params: [] });
function parseHash() {
  const parts = location.hash.replace(/^#\/?/, '').split('?')[0].split('/').filter(Boolean);
  const menu = parts[0] === 'userCenter' ? parts[1] : undefined;
  route.menu = MENUS.some((m) => m.key === menu) ? menu : 'home';
  route.params = parts.slice(2);
}
export function navigate(path) {
  notReady();
  location.hash = `#/userCenter/${path}`;
}
window.addEventListener('hashchange', parseHash);
parseHash();

// ---- 主页：网站列表 ----
const HomePage = {
  setup() {
    let release;
    onMounted(() => (release = publishForm(() => ({}))));
    onBeforeUnmount(() => release && release());
    const columns = [
      { title: '网站名称', dataIndex: 'name' },
      { title: '网站类别', dataIndex: 'kind' },
      { title: '开办主体', dataIndex: 'subject' },
      { title: '申请日期', dataIndex: 'applied' },
      { title: '完成日期', dataIndex: 'done' },
      { title: '公安机关备案号', dataIndex: 'code' },
    ];
    return { columns, go: navigate };
  },
  template: `
    <a-card :bordered="false" class="page-card" title="我的网站">
      <template #extra><a-button type="primary" @click="go('websiteApply/1')"><template #icon><icon-plus /></template>新办网站申请</a-button></template>
      <a-tabs default-active-key="review" type="card-gutter">
        <a-tab-pane key="review" title="审核中网站(0)"><a-table :columns="columns" :data="[]" :pagination="false" /></a-tab-pane>
        <a-tab-pane key="unfiled" title="未备案网站(0)"><a-table :columns="columns" :data="[]" :pagination="false" /></a-tab-pane>
        <a-tab-pane key="claim" title="待认领网站(0)"><a-table :columns="columns" :data="[]" :pagination="false" /></a-tab-pane>
        <a-tab-pane key="filed" title="已备案网站(0)"><a-table :columns="columns" :data="[]" :pagination="false" /></a-tab-pane>
        <a-tab-pane key="draft" title="已保存草稿(0)"><a-table :columns="columns" :data="[]" :pagination="false" /></a-tab-pane>
      </a-tabs>
    </a-card>`,
};

const Placeholder = {
  props: ['title'],
  setup() {
    let release;
    onMounted(() => (release = publishForm(() => ({}))));
    onBeforeUnmount(() => release && release());
  },
  template: `<a-card :bordered="false" class="page-card" :title="title"><a-empty description="暂无可办理的网站" /></a-card>`,
};

// ---- 门户框架 ----
const App = {
  setup() {
    const user = reactive({ account: '', realName: '', mobile: '' });
    onMounted(async () => Object.assign(user, await api.userInfo()));
    const current = computed(() => MENUS.find((m) => m.key === route.menu));
    const view = computed(() => {
      if (route.menu === 'subject') return h(SubjectPage);
      if (route.menu === 'websiteApply') return h(WebsiteApply, { step: Number(route.params[0]) || 1, key: 'apply', onGo: navigate });
      if (route.menu === 'home') return h(HomePage);
      return h(Placeholder, { title: current.value.title, key: route.menu });
    });
    const onMenu = (key) => (key === route.menu && key !== 'websiteApply' ? null : navigate(key === 'websiteApply' ? 'websiteApply/1' : key));
    const nav = ['首页', '公共查询', '通知公告', '备案须知', '政策法规', '常见问题', '备案展厅', '个人中心'];
    return { user, route, menus: MENUS, current, view, onMenu, nav };
  },
  template: `
  <a-layout class="portal">
    <a-layout-header class="portal-header">
      <div class="portal-header-inner">
        <div class="brand">
          <img src="/web/assets/logo.svg" alt="" />
          <div><div class="brand-title">全国公安机关互联网站安全服务平台</div><div class="brand-sub">Internet Security Service Platform of Public Security Organs</div></div>
        </div>
        <a-dropdown trigger="hover">
          <a-button type="text" class="user-btn"><template #icon><icon-user /></template>{{ user.account }}<icon-down /></a-button>
          <template #content><a-doption>修改密码</a-doption><a-doption>退出登录</a-doption></template>
        </a-dropdown>
      </div>
      <nav class="portal-nav"><a v-for="n in nav" :key="n" :class="{ active: n === '个人中心' }" href="javascript:void(0)">{{ n }}</a></nav>
    </a-layout-header>
    <a-layout class="portal-body">
      <a-layout-sider :width="210" class="portal-sider">
        <div class="user-card">
          <a-avatar :size="44" :style="{ backgroundColor: '#1d4f91' }"><icon-user /></a-avatar>
          <div><div>账号：{{ user.account }}</div><div>姓名：{{ user.realName }}</div><div>手机：{{ user.mobile }}</div></div>
        </div>
        <div class="sider-title">个人中心</div>
        <a-menu :selected-keys="[route.menu]" @menu-item-click="onMenu">
          <a-menu-item v-for="m in menus" :key="m.key"><template #icon><component :is="m.icon" /></template>{{ m.title }}</a-menu-item>
        </a-menu>
      </a-layout-sider>
      <a-layout-content class="portal-content">
        <a-breadcrumb class="crumb">
          <a-breadcrumb-item>个人中心</a-breadcrumb-item>
          <a-breadcrumb-item>{{ current.title }}</a-breadcrumb-item>
        </a-breadcrumb>
        <component :is="view" />
      </a-layout-content>
    </a-layout>
    <a-layout-footer class="portal-footer">
      <div>主办单位：中华人民共和国公安部　技术支持：公安部网络安全保卫局</div>
      <div>建议使用 Chrome、Edge 等浏览器，分辨率 1366×768 以上　服务时间：工作日 9:00–17:00</div>
    </a-layout-footer>
  </a-layout>`,
};

createApp(App).use(window.ArcoVue).use(window.ArcoVueIcon).mount('#app');
