// 供自动化测试读取当前表单数据（读取表单模型，非页面文字）
let current = null;

window.__stranger = {
  ready: false,
  state() {
    return current ? current.read() : {};
  },
};

/** 表单可用后登记读取函数；返回注销函数。 */
export function publishForm(read) {
  const entry = { read };
  current = entry;
  window.__stranger.ready = true;
  return () => {
    if (current === entry) {
      current = null;
      window.__stranger.ready = false;
    }
  };
}

/** 切换页面 / 打开表单前调用：表单尚未就绪。 */
export function notReady() {
  current = null;
  window.__stranger.ready = false;
}
