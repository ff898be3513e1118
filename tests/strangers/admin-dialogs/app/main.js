/* 入口：布局（侧边菜单 + 顶栏 + 标签页）与哈希路由 */
import './style.css';
import { get, setReady } from './api.js';
import { SubjectView } from './subject.js';
import { WebsiteView } from './website.js';

const { createApp, ref, reactive, computed, onMounted, markRaw } = Vue;

const HomeView = {
  setup: () => onMounted(() => setReady(true)),
  template: `
<div class="app-container home">
  <el-card shadow="never" header="办理流程">
    <el-steps :active="2" align-center>
      <el-step title="注册登录" description="实名注册账号" /><el-step title="信用认证" description="手机、邮箱验证" />
      <el-step title="开办主体" description="提交主体信息" /><el-step title="网站备案" description="新办网站申请" /><el-step title="获取备案号" description="首页底部悬挂" />
    </el-steps>
  </el-card>
</div>`,
};

const PlaceholderView = {
  props: { title: String },
  setup: () => onMounted(() => setReady(true)),
  template: `<div class="app-container"><el-card shadow="never" :header="title"><el-empty description="暂无数据" /></el-card></div>`,
};

const MENUS = [
  { path: '/index', title: '主页', icon: 'HomeFilled', view: HomeView },
  { path: '/business/subject', title: '开办主体管理', icon: 'OfficeBuilding', view: SubjectView },
  { path: '/business/website', title: '新办网站申请', icon: 'DocumentAdd', view: WebsiteView },
  { path: '/business/claim', title: '已办网站认领', icon: 'Connection' },
  { path: '/business/change', title: '网站信息变更', icon: 'EditPen' },
  { path: '/business/cancel', title: '网站注销申请', icon: 'CircleClose' },
  { path: '/user/credit', title: '信用认证', icon: 'Medal' },
];

const Layout = {
  setup() {
    const currentPath = ref('');
    const collapsed = ref(localStorage.getItem('sidebarStatus') === '0');
    const visited = ref([MENUS[0]]);
    const user = reactive({ nickName: '', userName: '' });
    const current = computed(() => MENUS.find((m) => m.path === currentPath.value) || MENUS[0]);
    const view = computed(() => markRaw(current.value.view || PlaceholderView));
    function syncRoute() {
      const path = (location.hash.replace(/^#/, '').split('?')[0]) || '/index';
      if (!MENUS.some((m) => m.path === path)) return (location.hash = '#/index');
      setReady(false);
      currentPath.value = path;
      const menu = MENUS.find((m) => m.path === path);
      if (!visited.value.includes(menu)) visited.value.push(menu);
    }
    const go = (path) => (location.hash = '#' + path);
    function closeTag(tag) {
      const i = visited.value.indexOf(tag);
      visited.value.splice(i, 1);
      if (tag.path === currentPath.value) go(visited.value[Math.max(0, i - 1)].path);
    }
    function toggle() {
      collapsed.value = !collapsed.value;
      localStorage.setItem('sidebarStatus', collapsed.value ? '0' : '1');
    }
    window.addEventListener('hashchange', syncRoute);
    syncRoute();
    onMounted(async () => Object.assign(user, (await get('/getInfo')).user));
    return { MENUS, currentPath, collapsed, visited, user, current, view, go, closeTag, toggle };
  },
  template: `
<div class="app-wrapper" :class="{ hideSidebar: collapsed }">
  <div class="sidebar-container">
    <div class="sidebar-logo">
      <svg viewBox="0 0 32 32" width="30" height="30"><path d="M16 2 4 7v8c0 7.5 5.1 13.6 12 15 6.9-1.4 12-7.5 12-15V7z" fill="#1f4e9c" stroke="#f5c242" stroke-width="1.5"/><path d="m16 9 2 4.3 4.7.5-3.5 3.2 1 4.6-4.2-2.4-4.2 2.4 1-4.6-3.5-3.2 4.7-.5z" fill="#f5c242"/></svg>
      <h1 v-show="!collapsed">公安机关网站备案</h1>
    </div>
    <el-scrollbar wrap-class="scrollbar-wrapper">
      <el-menu :default-active="currentPath" :collapse="collapsed" :collapse-transition="false" :default-openeds="['center']"
        background-color="#304156" text-color="#bfcbd9" active-text-color="#409eff" unique-opened @select="go">
        <el-sub-menu index="center">
          <template #title><el-icon><User /></el-icon><span>个人中心</span></template>
          <el-menu-item v-for="m in MENUS" :key="m.path" :index="m.path">
            <el-icon><component :is="m.icon" /></el-icon><template #title>{{ m.title }}</template>
          </el-menu-item>
        </el-sub-menu>
      </el-menu>
    </el-scrollbar>
  </div>
  <div class="main-container">
    <div class="fixed-header">
      <div class="navbar">
        <div class="hamburger" @click="toggle" title="折叠/展开菜单"><el-icon :size="20"><component :is="collapsed ? 'Expand' : 'Fold'" /></el-icon></div>
        <el-breadcrumb separator="/" class="app-breadcrumb">
          <el-breadcrumb-item>全国公安机关互联网站安全服务平台</el-breadcrumb-item>
          <el-breadcrumb-item>个人中心</el-breadcrumb-item>
          <el-breadcrumb-item>{{ current.title }}</el-breadcrumb-item>
        </el-breadcrumb>
        <div class="right-menu">
          <a class="right-menu-item" href="#/index">公共查询</a>
          <a class="right-menu-item">备案须知</a>
          <el-badge :value="2" class="right-menu-item"><el-icon :size="18"><Bell /></el-icon></el-badge>
          <el-dropdown trigger="click" class="right-menu-item">
            <span class="avatar-wrapper"><el-avatar :size="30" icon="UserFilled" /> <span class="user-name">{{ user.nickName }}</span><el-icon><CaretBottom /></el-icon></span>
            <template #dropdown>
              <el-dropdown-menu>
                <el-dropdown-item>个人信息</el-dropdown-item><el-dropdown-item>修改密码</el-dropdown-item><el-dropdown-item divided>退出登录</el-dropdown-item>
              </el-dropdown-menu>
            </template>
          </el-dropdown>
        </div>
      </div>
      <div class="tags-view-container">
        <span v-for="t in visited" :key="t.path" class="tags-view-item" :class="{ active: t.path === currentPath }" @click="go(t.path)">
          {{ t.title }}<el-icon v-if="t.path !== '/index'" class="tag-close" @click.stop="closeTag(t)"><Close /></el-icon>
        </span>
      </div>
    </div>
    <section class="app-main">
      <component :is="view" :key="currentPath" v-bind="current.view ? {} : { title: current.title }" />
    </section>
    <footer class="app-footer">主办单位：中华人民共和国公安部　技术支持：公安部网络安全保卫局　建议使用 Chrome、Edge 浏览器访问</footer>
  </div>
</div>`,
};

const app = createApp(Layout);
app.use(ElementPlus, { locale: ElementPlusLocaleZhCn, size: 'default' });
for (const [name, component] of Object.entries(ElementPlusIconsVue)) app.component(name, component);
app.mount('#app');
