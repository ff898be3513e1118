/** 当前页面表单的读取器（测试用 window.__stranger 从这里取值） */
export const registry = {
  ready: false,
  /** 页面初始数据尚在加载的请求数 */
  pending: 0,
  reader: null as null | (() => Record<string, unknown>),
  /** Toast.useToast() 返回的实例（React 19 下不能用 Toast 静态方法） */
  toastApi: null as null | Record<'success' | 'info' | 'warning' | 'error', (config: { content: string; duration?: number }) => string>,
  read(): Record<string, unknown> {
    return registry.reader ? registry.reader() : {};
  },
};

export async function tracked<T>(work: Promise<T>): Promise<T> {
  registry.pending += 1;
  try {
    return await work;
  } finally {
    registry.pending -= 1;
  }
}

/** 哈希路由跳转 */
export const go = (path: string) => {
  location.hash = `#${path}`;
};

/** 轻提示 */
export const toast = {
  success: (content: string) => registry.toastApi?.success({ content }),
  warning: (content: string) => registry.toastApi?.warning({ content }),
  error: (content: string) => registry.toastApi?.error({ content }),
};

/** 表单小工具：必填规则、控件宽度 */
export const req = (message: string) => [{ required: true, message }];
export const w = (width: number) => ({ width });
