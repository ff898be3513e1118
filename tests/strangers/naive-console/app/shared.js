// 路由、页面状态导出（window.__stranger）等公共部分
const { reactive } = Vue;

export const route = reactive({ path: location.pathname, search: location.search, sub: '' });
export function navigate(path) {
  if (path === route.path + route.search) return;
  history.pushState(null, '', path);
  sync();
}
function sync() {
  route.path = location.pathname;
  route.search = location.search;
  route.sub = '';
}
window.addEventListener('popstate', sync);
export const query = () => new URLSearchParams(route.search);

/** 当前页面的表单导出：页面挂载完成后 set，切换视图时 busy */
export const reader = {
  set(fn) {
    window.__stranger = { ready: true, state: fn };
  },
  busy() {
    window.__stranger = { ready: false, state: () => ({}) };
  },
};
reader.busy();

/** 级联选项树里按叶子编码找出 [省, 市, 区] 名称 */
export function pathNames(options, code) {
  if (!code) return [];
  const walk = (list, trail) => {
    for (const item of list ?? []) {
      const next = [...trail, item.label];
      if (item.value === code) return next;
      const found = walk(item.children, next);
      if (found) return found;
    }
    return null;
  };
  return walk(options, []) ?? [];
}

export const PHONE_RE = /^(0086-)?0\d{2,3}-?\d{7,8}(-\d{1,6})?$/;
export const MOBILE_RE = /^1[3-9]\d{9}$/;
export const EMAIL_RE = /^[\w.+-]+@[\w-]+(\.[\w-]+)+$/;
export const required = (message, trigger = ['input', 'blur']) => ({ required: true, message, trigger });
