// 接口封装（统一返回 {code,msg,data}）
async function unwrap(response) {
  if (!response.ok) throw new Error(`请求失败（${response.status}）`);
  const body = await response.json();
  if (body.code !== 0) throw new Error(body.msg || '系统繁忙，请稍后再试');
  return body.data;
}
export const get = (url, params) => fetch(params ? `${url}?${new URLSearchParams(params)}` : url, { credentials: 'same-origin' }).then(unwrap);
export const post = (url, data) =>
  fetch(url, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(data) }).then(unwrap);

export const regionApi = {
  children: (parentCode) => get('/web/api/region/children', { parentCode }),
  abroad: () => get('/web/api/region/abroad'),
};
export const providerApi = {
  list: (type, scope, regionCode) => get('/web/api/provider/list', { type, scope, regionCode }),
};
export const subjectApi = {
  current: () => get('/web/api/subject/current'),
  list: () => get('/web/api/subject/list'),
  save: (data) => post('/web/api/subject/save', data),
  sendSms: (mobile) => post('/web/api/sms/send', { mobile, scene: 'SUBJECT' }),
};
export const websiteApi = {
  draft: (draftId) => get('/web/api/website/draft', { draftId }),
  save: (data) => post('/web/api/website/save', data),
};

export const UPLOAD_ACTION = '/web/api/file/upload';

/** n-upload 的 on-finish：把后台返回的文件编号记在 file 上 */
export function onUploadFinish({ file, event }) {
  try {
    const res = JSON.parse(event.target.response);
    file.url = res.data.url;
    file.fileId = res.data.fileId;
  } catch {
    file.status = 'error';
  }
  return file;
}

/** 只接受图片 / PDF */
export function beforeUpload(message) {
  return ({ file }) => {
    const ok = /image\/(png|jpe?g)|application\/pdf/.test(file.type || '') || /\.(png|jpe?g|pdf)$/i.test(file.name);
    if (!ok) message.error('仅支持 jpg、png、pdf 格式的文件');
    return ok;
  };
}

/** 已上传成功的文件名（按列表顺序） */
export const fileNames = (list) => (list ?? []).filter((f) => f.status === 'finished').map((f) => f.name);
