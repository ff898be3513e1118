import { randomBytes } from 'node:crypto';
import { SUBJECT_FORM, WEBSITE_FORM, personForm, type BlockSpec } from '../forms';
import { html, json, type Request, type Route } from '../server';
import { reviewingWebsites, type StoredFile } from '../state';
import { fileParams, readForm, validate, type PostedForm } from '../submit';

/**
 * The modern platform (beian.mps.gov.cn): a Vue 3 + Element Plus single-page app with #/ routes,
 * talking JSON to /api. Files are uploaded one by one (el-upload) and referred to by id.
 */
const PEOPLE_FORM: readonly BlockSpec[] = [personForm('security'), personForm('liaison'), personForm('opinionGuide')];
const ALL_FIELDS = [...SUBJECT_FORM, ...WEBSITE_FORM, ...PEOPLE_FORM].flatMap((block) => block.fields);

const INDEX = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>全国互联网安全管理服务平台</title>
<link rel="stylesheet" href="/vendor/element-plus.css"><link rel="stylesheet" href="/static/modern.css"></head>
<body><div id="app"></div>
<script src="/vendor/vue.js"></script><script src="/vendor/element-plus.js"></script><script src="/vendor/element-plus-zh-cn.js"></script>
<script src="/static/modern.js"></script></body></html>`;

function postedJson(request: Request, body: Record<string, unknown>): PostedForm {
  const list = (param: string) => {
    const value = body[param];
    return (Array.isArray(value) ? value : value === undefined || value === null ? [] : [value]).map(String);
  };
  return {
    values: list,
    files: (param) =>
      list(param)
        .map((id) => request.state.uploads.get(id))
        .filter((upload): upload is StoredFile & { param: string } => upload !== undefined)
        .map(({ name, size, type }) => ({ name, size, type })),
  };
}

const failure = (msg: string) => json({ code: 1, msg });

async function upload(request: Request) {
  const param = request.url.searchParams.get('param') ?? '';
  const field = ALL_FIELDS.find((candidate) => fileParams(candidate).includes(param));
  if (!field) return failure('上传类型不正确');
  const file = (await request.form()).get('file');
  if (!file || typeof file === 'string') return failure('请选择文件');
  if (field.maxBytes && file.size > field.maxBytes) return failure(`${field.label}大小不能超过${field.maxBytes / 1024}KB`);
  const id = randomBytes(8).toString('hex');
  request.state.uploads.set(id, { name: file.name, size: file.size, type: file.type, param });
  return json({ code: 0, data: { id, name: file.name, size: file.size } });
}

export const modernRoutes: Route = async (request) => {
  const { url, state, session } = request;
  if (!url.pathname.startsWith('/api/')) return request.method === 'GET' ? html(INDEX) : undefined;
  const body = request.method === 'POST' && url.pathname !== '/api/upload' ? await request.json() : {};
  switch (url.pathname) {
    case '/api/forms':
      return json({ subject: SUBJECT_FORM, website: WEBSITE_FORM, people: PEOPLE_FORM });
    case '/api/login':
      if (String(body.captcha ?? '').toUpperCase() !== session.captcha) return failure('验证码错误');
      if (body.username !== 'demo' || body.password !== 'demo123') return failure('用户名或密码错误');
      session.loggedIn = true;
      return json({ code: 0 });
    case '/api/query': {
      if (String(body.captcha ?? '').toUpperCase() !== session.captcha) return failure('验证码错误');
      const text = String(body.text ?? '').trim();
      const site = state.filed.find((candidate) => [candidate.name, candidate.domain, candidate.recordNumber].includes(text));
      return json({ code: 0, data: site ?? null });
    }
  }
  if (!session.loggedIn) return json({ code: 401, msg: '请先登录' }, 401);
  switch (url.pathname) {
    case '/api/state':
      return json({ code: 0, data: { subject: state.subject ?? null, subjectStatus: state.subjectStatus ?? '', unfiled: state.unfiled, reviewing: reviewingWebsites(state), claimable: state.claimable, filed: state.filed } });
    case '/api/upload':
      return upload(request);
    case '/api/subject': {
      const fields = readForm(SUBJECT_FORM, postedJson(request, body));
      const errors = validate(SUBJECT_FORM, fields, { individual: fields.nature === '个人' });
      if (fields['principal.smsCode'] && fields['principal.smsCode'] !== session.smsCode) errors.push('手机验证码不正确');
      if (errors.length) return failure(errors.join('；'));
      state.submissions.push({ kind: 'subject', rendering: 'modern', fields, at: new Date().toISOString() });
      state.subject = fields;
      state.subjectStatus = '审核中';
      return json({ code: 0, msg: '保存成功，开办主体信息已提交审核' });
    }
    case '/api/website': {
      const posted = postedJson(request, body);
      const fields = { ...readForm(WEBSITE_FORM, posted), ...readForm(PEOPLE_FORM, posted) };
      const errors = [...validate(WEBSITE_FORM, fields), ...validate(PEOPLE_FORM.slice(0, 2), fields)];
      if (body.agreed !== true) errors.push('请阅读信息网站安全责任书并勾选');
      if (errors.length) return failure(errors.join('；'));
      const mode = (['new', 'unfiled', 'claim', 'change'] as const).find((candidate) => candidate === body.mode) ?? 'new';
      state.submissions.push({ kind: 'website', mode, rendering: 'modern', fields, at: new Date().toISOString() });
      if (mode === 'unfiled') state.unfiled = state.unfiled.filter((site) => site.id !== body.websiteId);
      if (mode === 'claim') state.claimable = state.claimable.filter((site) => site.id !== body.websiteId);
      return json({ code: 0, msg: '提交成功，请等待公安机关审核' });
    }
    case '/api/cancel': {
      const site = state.filed.find((candidate) => candidate.id === body.id);
      if (!site) return failure('网站不存在');
      if (!session.smsCode || body.smsCode !== session.smsCode) return failure('短信验证码不正确');
      state.submissions.push({ kind: 'cancel', rendering: 'modern', fields: { recordNumber: site.recordNumber, domain: site.domain }, at: new Date().toISOString() });
      state.filed = state.filed.filter((candidate) => candidate.id !== site.id);
      return json({ code: 0, msg: '注销申请已提交' });
    }
    default:
      return json({ code: 404, msg: '接口不存在' }, 404);
  }
};
