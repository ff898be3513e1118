/* 接口请求、字典、公共缓存（若依式） */
const { reactive } = Vue;
const { ElMessage } = ElementPlus;

export async function request(url, options = {}) {
  const res = await fetch('/prod-api' + url, {
    ...options,
    headers: { 'Content-Type': 'application/json;charset=utf-8', Authorization: 'Bearer ' + (sessionStorage.getItem('Admin-Token') || 'guest') },
  });
  const body = await res.json();
  if (body.code !== 200) {
    ElMessage.error(body.msg || '系统接口异常');
    throw new Error(body.msg);
  }
  return body;
}

export const get = (url, params) => request(url + (params ? '?' + new URLSearchParams(params) : ''));
export const post = (url, data) => request(url, { method: 'POST', body: JSON.stringify(data) });

/** 区划/国家代码 → 名称（级联选择、区域下拉加载时登记）。 */
export const regionNames = reactive({});
/** 附件 ossId → 原文件名（上传成功时登记）。 */
export const fileNames = reactive({});

const dictCache = {};
/** 按字典类型取字典数据：dict.type.xxx = [{ label, value }]。 */
export function useDict(...types) {
  const dict = reactive({ type: {} });
  for (const t of types) {
    dict.type[t] = [];
    dictCache[t] ||= get('/system/dict/data/type/' + t).then((r) => r.data.map((d) => ({ label: d.dictLabel, value: d.dictValue })));
    dictCache[t].then((list) => (dict.type[t] = list));
  }
  return dict;
}

export function dictLabel(list, value) {
  return (list || []).find((d) => d.value === value)?.label ?? '';
}

/** 页面就绪标记与当前表单的读取器（供测试使用）。 */
let reader = null;
window.__stranger = {
  ready: false,
  state: () => (reader ? reader() : {}),
};
export function setReady(ready) {
  window.__stranger.ready = ready;
}
export function setReader(fn) {
  reader = fn;
}

export const validators = {
  mobile: { pattern: /^1[3-9]\d{9}$/, message: '请输入正确的11位手机号码', trigger: 'blur' },
  email: { type: 'email', message: '请输入正确的邮箱地址', trigger: ['blur', 'change'] },
  phone: { pattern: /^((0086-)?0\d{2,3}-\d{7,8}(-\d{1,6})?|1[3-9]\d{9})$/, message: '电话格式不正确，例：010-12345625', trigger: 'blur' },
  idCard(typeGetter) {
    return {
      validator: (_rule, value, cb) => (typeGetter() === '1' && value && !/^\d{17}[\dXx]$/.test(value) ? cb(new Error('居民身份证号码应为18位')) : cb()),
      trigger: 'blur',
    };
  },
};
