// 接口封装：统一走 /portal-api，返回 { code, msg, data }
const BASE = '/portal-api';

export const UPLOAD_ACTION = `${BASE}/file/upload`;

/** 已加载过的行政区划 / 国家代码 → 名称（级联选择器只保存代码）。 */
export const regionNames = new Map();

async function request(url, options = {}) {
  const res = await fetch(BASE + url, {
    headers: { 'Content-Type': 'application/json;charset=UTF-8' },
    credentials: 'same-origin',
    ...options,
  });
  const json = await res.json();
  if (json.code !== 200) throw new Error(json.msg || '系统繁忙，请稍后再试');
  return json.data;
}

const post = (url, data) => request(url, { method: 'POST', body: JSON.stringify(data) });

export const api = {
  userInfo: () => request('/user/info'),
  async regions(parentCode = '0') {
    const list = await request(`/dict/region?parentCode=${parentCode}`);
    list.forEach((r) => regionNames.set(r.code, r.name));
    return list;
  },
  async countries() {
    const list = await request('/dict/country');
    list.forEach((r) => regionNames.set(r.code, r.name));
    return list;
  },
  /** type：1 接入服务商，2 域名注册服务商；scope：1 境内，2 境外 */
  ispList: (type, scope, region) => request(`/isp/list?type=${type}&scope=${scope}&region=${encodeURIComponent(region)}`),
  subjectList: () => request('/subject/list'),
  currentSubject: () => request('/subject/current'),
  saveSubject: (data) => post('/subject/save', data),
  sendSms: (mobile) => post('/sms/send', { mobile, scene: 'SUBJECT' }),
  saveDraft: (step, data) => post('/website/draft', { step, data }),
};
