import { SUBJECT_FORM, WEBSITE_FORM, personForm, type BlockSpec } from '../forms';
import { html, type Reply, type Request, type Route } from '../server';
import { reviewingWebsites, type FieldValue, type ListedWebsite, type StoredFile, type Submission } from '../state';
import { readForm, validate, type PostedForm } from '../submit';
import { agreement, escape, formBlocks, listLink, page, steps, table, websiteTabs, withIdSalt } from './render';

const PEOPLE_FORM: readonly BlockSpec[] = [personForm('security'), personForm('liaison')];
const APPLY = '/portal/user/website/apply';
const UNKNOWN_SUBJECT_ROUTE = '/portal/user/zhuti';

function posted(form: FormData): PostedForm {
  return {
    values: (param) => form.getAll(param).filter((value): value is string => typeof value === 'string'),
    files: (param) =>
      form
        .getAll(param)
        .filter((value): value is File => typeof value !== 'string' && value.size > 0)
        .map((file): StoredFile => ({ name: file.name, size: file.size, type: file.type })),
  };
}

function record(request: Request, submission: Omit<Submission, 'rendering' | 'at'>) {
  request.state.submissions.push({ ...submission, rendering: 'classic', at: new Date().toISOString() });
}

const counts = (request: Request) => ({
  审核中网站: reviewingWebsites(request.state).length,
  未备案网站: request.state.unfiled.length,
  待认领网站: request.state.claimable.length,
  已备案网站: request.state.filed.length,
});

/**
 * A variant of the subject page for robustness tests (`?variant=1`): the principal's fields in
 * another order, labels reworded within the platform's synonyms, an unrelated extra field, 备注
 * missing, and other ids. What it posts is unchanged.
 */
const REWORDED: Record<string, string> = { 主办单位性质: '开办主体性质', 办公室电话: '办公电话', 电子邮件地址: '电子邮箱', 负责人常住地: '常住地' };
function variantOf(blocks: readonly BlockSpec[]): BlockSpec[] {
  return blocks.map((block, index) => {
    const fields = block.fields
      .filter((field) => field.key !== 'principal.remark')
      .map((field) => ({ ...field, label: REWORDED[field.label] ?? field.label }));
    if (index === 0) return { ...block, fields: [...fields, { key: 'extra.qq', label: 'QQ号码', control: 'text', param: 'qq' }] };
    return { ...block, fields: [...fields].reverse() };
  });
}

/**
 * Captions nobody taught the helper, for the 指定 tests: `?variant=2` words one field so
 * (手机号码 as 常用联系方式); the page at /portal/user/zhuti words most of them so, and is not
 * recognised as the subject page until the person names it.
 */
const UNTAUGHT_ONE: Record<string, string> = { 手机号码: '常用联系方式' };
const UNTAUGHT_MOST: Record<string, string> = {
  主办单位性质: '类别',
  负责人常住地: '居住地',
  详细地址: '门牌',
  负责人姓名: '联系人',
  负责人证件类型: '身份类别',
  负责人证件号码: '身份编号',
  负责人证件: '照片',
  办公室电话: '座机',
  手机号码: '常用联系方式',
  电子邮件地址: 'Email',
  备注: '说明',
};
const reworded = (blocks: readonly BlockSpec[], words: Record<string, string>): BlockSpec[] =>
  blocks.map((block) => ({ ...block, fields: block.fields.map((field) => ({ ...field, label: words[field.label] ?? field.label })) }));

/** A widget the helper does not know, for 指定 by showing how: `?variant=3` chooses 主办单位性质 in a dialog (选择, a row, 确定). */
const chosenInDialog = (blocks: readonly BlockSpec[], key: string): BlockSpec[] =>
  blocks.map((block) => ({ ...block, fields: block.fields.map((field) => (field.key === key ? { ...field, drawnAs: 'chooser' as const } : field)) }));

function subjectPage(request: Request, values: Record<string, FieldValue>, flash?: string[], notice?: string): Reply {
  const change = request.state.subject !== undefined;
  const variant = request.url.searchParams.get('variant') ?? '';
  const unknownRoute = request.url.pathname === UNKNOWN_SUBJECT_ROUTE;
  const blocks = unknownRoute
    ? withIdSalt('zhuti', () => formBlocks(reworded(SUBJECT_FORM, UNTAUGHT_MOST), values))
    : variant === '1'
      ? withIdSalt('variant', () => formBlocks(variantOf(SUBJECT_FORM), values))
      : variant === '2'
        ? formBlocks(reworded(SUBJECT_FORM, UNTAUGHT_ONE), values)
        : variant === '3'
          ? formBlocks(chosenInDialog(SUBJECT_FORM, 'nature'), values)
          : formBlocks(SUBJECT_FORM, values);
  const heading = unknownRoute ? '主体资料' : '网站开办主体';
  const body = `<h3>${heading}</h3><p class="muted">${change ? `主体状态：${escape(request.state.subjectStatus ?? '')}。修改后需重新审核。` : '此处选择开办主体性质'}</p>
<form method="post" enctype="multipart/form-data" action="${request.url.pathname}${variant ? `?variant=${variant}` : ''}" class="form-horizontal">
${blocks}
<div class="form-actions"><button type="submit" class="btn btn-primary">保存</button></div></form>`;
  return html(page('开办主体管理', body, { menu: '开办主体管理', flash, notice }));
}

function step1(request: Request): string {
  const subject = request.state.subject;
  if (!subject) return `<div class="alert alert-error">请先在<a href="/portal/user/subject">开办主体管理</a>中填写开办主体信息。</div>`;
  const value = (key: string) => {
    const raw = subject[key];
    if (raw && typeof raw === 'object' && 'provinceName' in raw) return `${raw.provinceName}${raw.cityName}${raw.districtName}${subject['principal.residenceDetail'] ?? ''}`;
    return escape(typeof raw === 'string' ? raw : '');
  };
  const rows: [string, string][] = [
    ['主办单位性质', value('nature')],
    ['负责人姓名', value('principal.name')],
    ['负责人证件类型', value('principal.certType')],
    ['负责人证件号码', value('principal.certNumber')],
    ['负责人证件', '<a href="#">点击查看</a>'],
    ['办公室电话', value('principal.officePhone')],
    ['手机号码', value('principal.mobile')],
    ['电子邮件地址', value('principal.email')],
    ['负责人贯籍地址', value('principal.residence')],
    ['备注', value('principal.remark')],
  ];
  return `<div class="block"><div class="block-title">• 主办单位性质</div><table class="table form-table"><tbody>${rows
    .map(([label, cell]) => `<tr><td class="tdt">• ${label}</td><td>${cell}</td></tr>`)
    .join('')}</tbody></table></div><div class="form-actions"><a class="btn btn-primary" href="${APPLY}?step=2">下一步</a></div>`;
}

function listedToDraft(website: ListedWebsite): Record<string, FieldValue> {
  return { name: website.name, domain: website.domain, icpNumber: website.icpNumber, ...(website.fields ?? {}) };
}

function wizardPage(request: Request, step: number, flash?: string[]): Reply {
  const draft = request.session.draft!;
  const titles: Record<string, string> = { new: '新办网站申请', unfiled: '未备案网站备案', claim: '已办网站认领', change: '网站信息变更' };
  const title = titles[draft.mode ?? 'new']!;
  const back = (to: number) => `<a class="btn" href="${APPLY}?step=${to}">上一步</a>`;
  const form = (inner: string, submit: string) =>
    `<form method="post" enctype="multipart/form-data" action="${APPLY}?step=${step}">${inner}<div class="form-actions">${back(step - 1)} <button type="submit" class="btn btn-primary">${submit}</button></div></form>`;
  let body = '';
  if (step === 1) body = step1(request);
  if (step === 2) body = form(formBlocks(WEBSITE_FORM, draft.fields), '下一步');
  if (step === 3) body = form(formBlocks(PEOPLE_FORM, draft.fields, { sameAsToggle: true }), '下一步');
  if (step === 4) body = form(agreement(), '提交');
  const menu = draft.mode === 'change' ? '网站信息变更' : draft.mode === 'claim' ? '已办网站认领' : '新办网站申请';
  return html(page(title, `<h3>网站申请</h3>${steps(step)}${body}`, { menu, flash }));
}

async function wizard(request: Request): Promise<Reply> {
  const { url, session, state } = request;
  const stepParam = url.searchParams.get('step');
  const mode = (url.searchParams.get('mode') ?? 'new') as NonNullable<Submission['mode']>;
  if (!stepParam || !session.draft) {
    const id = url.searchParams.get('id') ?? undefined;
    const source = [...state.unfiled, ...state.claimable, ...state.filed].find((website) => website.id === id);
    session.draft = { mode, ...(id ? { websiteId: id } : {}), fields: source ? listedToDraft(source) : {} };
  }
  const step = Math.min(4, Math.max(1, Number(stepParam ?? 1)));
  if (request.method !== 'POST') return wizardPage(request, step);

  const form = posted(await request.form());
  const draft = session.draft;
  if (step === 2 || step === 3) {
    const blocks = step === 2 ? WEBSITE_FORM : PEOPLE_FORM;
    draft.fields = { ...draft.fields, ...readForm(blocks, form) };
    const errors = validate(blocks, draft.fields);
    return errors.length ? wizardPage(request, step, errors) : { redirect: `${APPLY}?step=${step + 1}` };
  }
  if (step === 4) {
    if (form.values('yyd')[0] !== '1') return wizardPage(request, 4, ['请阅读信息网站安全责任书并勾选“已阅读,并承诺上述网络安全责任”']);
    record(request, { kind: 'website', mode: draft.mode ?? 'new', fields: draft.fields });
    if (draft.mode === 'unfiled') state.unfiled = state.unfiled.filter((website) => website.id !== draft.websiteId);
    if (draft.mode === 'claim') state.claimable = state.claimable.filter((website) => website.id !== draft.websiteId);
    session.draft = undefined;
    return { redirect: '/portal/user/website/submitted' };
  }
  return wizardPage(request, step);
}

async function subject(request: Request): Promise<Reply> {
  if (request.method !== 'POST') return subjectPage(request, request.state.subject ?? {});
  const fields = readForm(SUBJECT_FORM, posted(await request.form()));
  const errors = validate(SUBJECT_FORM, fields, { individual: fields.nature === '个人' });
  if (fields['principal.smsCode'] && fields['principal.smsCode'] !== request.session.smsCode) errors.push('手机验证码不正确');
  if (errors.length) return subjectPage(request, fields, errors);
  record(request, { kind: 'subject', fields });
  request.state.subject = fields;
  request.state.subjectStatus = '审核中';
  return subjectPage(request, fields, undefined, '保存成功，开办主体信息已提交审核，审核需要2-3个工作日。');
}

async function cancel(request: Request): Promise<Reply> {
  const { state, url } = request;
  const id = url.searchParams.get('id');
  const website = state.filed.find((candidate) => candidate.id === id);
  if (!website) {
    const rows = state.filed.map((site) => [escape(site.name), escape(site.domain), escape(site.natureLabel ?? ''), site.recordNumber, site.approvedOn ?? '', listLink('注销', `/portal/user/website/cancel?id=${site.id}`)]);
    const body = `<h3>网站注销申请</h3><p class="alert">特别注意：网站注销必须保证网站已经处于关闭状态，否则无法完成注销。</p>${table(['网站名称', '网站域名', '开办主体性质', '公安部备案号', '备案日期', '操作'], rows)}`;
    return html(page('网站注销申请', body, { menu: '网站注销申请' }));
  }
  let flash: string[] | undefined;
  if (request.method === 'POST') {
    const form = await request.form();
    if (form.get('dxyzm') !== request.session.smsCode || !request.session.smsCode) {
      flash = ['短信验证码不正确'];
    } else {
      record(request, { kind: 'cancel', fields: { recordNumber: website.recordNumber, domain: website.domain } });
      state.filed = state.filed.filter((candidate) => candidate.id !== website.id);
      return html(page('网站注销申请', `<div class="alert alert-success">注销申请已提交：${escape(website.name)}（${website.recordNumber}）。</div>`, { menu: '网站注销申请' }));
    }
  }
  const body = `<h3>网站注销申请</h3><p>${escape(website.name)}（${escape(website.domain)}，公安部备案号 ${website.recordNumber}）</p>
<form method="post" action="/portal/user/website/cancel?id=${website.id}"><div class="block-title">• 安全验证</div>
<table class="table form-table"><tbody><tr><td class="tdt">• 短信验证码</td><td><input type="text" class="input-medium" name="dxyzm" placeholder="请输入验证码"> <button type="button" class="btn js-sms">发送验证码</button> <button type="submit" class="btn btn-primary">网站注销</button></td></tr></tbody></table></form>`;
  return html(page('网站注销申请', body, { menu: '网站注销申请', flash }));
}

function lists(request: Request): Reply | undefined {
  const { state, url } = request;
  switch (url.pathname) {
    case '/portal/user/website/unfiled': {
      const rows = state.unfiled.map((site) => [escape(site.name), escape(site.domain), escape(site.unitName), escape(site.icpNumber), site.noticeTime ?? '', listLink('备案', `${APPLY}?mode=unfiled&id=${site.id}`)]);
      return html(page('未备案网站', `${websiteTabs('未备案网站', counts(request))}${table(['网站名称', '网站域名', '单位名称', '工信备案号', '通知备案时间', '备案'], rows)}`, { menu: '主页' }));
    }
    case '/portal/user/website/claim': {
      const domain = url.searchParams.get('domain')?.trim() ?? '';
      const found = state.claimable.filter((site) => !domain || site.domain.includes(domain));
      const rows = found.map((site) => [escape(site.name), escape(site.domain), escape(site.icpNumber), site.recordNumber, listLink('编辑', `${APPLY}?mode=claim&id=${site.id}`)]);
      const search = `<form class="form-inline" method="get">域名 <input type="text" name="domain" value="${escape(domain)}"> <button type="submit" class="btn">搜索</button></form>`;
      return html(page('已办网站认领', `<h3>已办网站认领</h3>${search}${table(['网站名称', '网站域名', '工信部备案号', '公安部备案号', '操作'], rows)}<p class="muted">注意：如果收到公安机关通知，未在规定时间内完成备案认领的网站将会有被关停的危险。</p>`, { menu: '已办网站认领' }));
    }
    case '/portal/user/website/change': {
      const rows = state.filed.map((site) => [escape(site.name), escape(site.domain), escape(site.principalName ?? ''), site.recordNumber, listLink('编辑', `${APPLY}?mode=change&id=${site.id}`)]);
      return html(page('网站信息变更', `<h3>网站变更</h3>${table(['网站名称', '网站域名', '开办人姓名', '公安部备案号', '操作'], rows)}<p class="muted">(注：务必按照要求填写，否则将被退回)</p>`, { menu: '网站信息变更' }));
    }
    case '/portal/user/website/filed': {
      const rows = state.filed.map((site) => [escape(site.name), escape(site.category ?? ''), escape(site.natureLabel ?? ''), site.appliedOn ?? '', site.approvedOn ?? '', site.recordNumber, '<a href="#">详情</a>']);
      const code = state.filed.map((site) => [escape(site.domain), site.recordNumber, `<button type="button" class="btn btn-mini js-copy" data-copy="${escape(`<a target="_blank" href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${site.recordNumber}">公网安备 ${site.recordNumber}号</a>`)}">点击复制备案号</button>`]);
      return html(page('已备案网站', `${websiteTabs('已备案网站', counts(request))}${table(['网站名称', '网站类别', '开办主体', '申请日期', '完成日期', '公安机关备案号', '详情'], rows)}<div class="block-title">• 备案号代码</div>${table(['网站域名', '网站公安机关备案号', '操作'], code)}`, { menu: '主页' }));
    }
    default:
      return undefined;
  }
}

async function publicQuery(request: Request): Promise<Reply> {
  const form = request.method === 'POST' ? await request.form() : undefined;
  const by = String(form?.get('lx') ?? 'wzmc');
  const text = String(form?.get('nr') ?? '').trim();
  let result = '';
  let flash: string[] | undefined;
  if (form) {
    if (String(form.get('yzm') ?? '').toUpperCase() !== request.session.captcha) {
      flash = ['验证码错误'];
    } else {
      const site = request.state.filed.find((candidate) => (by === 'wzmc' ? candidate.name : by === 'wzym' ? candidate.domain : candidate.recordNumber) === text);
      result = site
        ? `<div class="result-card"><h4>互联网站备案信息</h4><div class="block-title">• 网站基本情况</div>${table([], [
            ['网站名称', escape(site.name)], ['网站域名', escape(site.domain)], ['开办主体', escape(site.natureLabel ?? '')], ['网站类别', escape(site.category ?? '')], ['服务类型', 'www服务'],
          ])}<div class="block-title">• 网站所有者基本情况</div>${table([], [['法人姓名', escape(site.principalName ?? '')], ['公安备案号', site.recordNumber], ['公安机关备案时间', `${site.approvedOn ?? ''} 06:05:08.0`]])}</div>`
        : '<p class="alert">未查询到备案信息，请按照操作指南进行公安备案。</p>';
    }
  }
  const radio = (value: string, label: string) => `<label class="radio inline"><input type="radio" name="lx" value="${value}"${by === value ? ' checked' : ''}> ${label}</label>`;
  const body = `<h3>公共查询</h3><form method="post" action="/portal/registerSystemInfo">${radio('wzmc', '网站名称')}${radio('wzym', '网站域名')}${radio('gabah', '公安机关备案号')}
<table class="table form-table"><tbody><tr><td class="tdt">查询内容：</td><td><input type="text" name="nr" value="${escape(text)}"></td></tr>
<tr><td class="tdt">验证码：</td><td><input type="text" class="input-small" name="yzm" autocomplete="off"> <img class="captcha" src="/portal/captcha.svg?${Date.now()}" alt="验证码"></td></tr></tbody></table>
<div class="form-actions"><button type="submit" class="btn btn-primary">查询</button></div></form>${result}`;
  return html(page('公共查询', body, { flash }));
}

async function login(request: Request): Promise<Reply> {
  let flash: string[] | undefined;
  if (request.method === 'POST') {
    const form = await request.form();
    if (String(form.get('yzm') ?? '').toUpperCase() !== request.session.captcha) flash = ['验证码错误'];
    else if (form.get('yhm') !== 'demo' || form.get('mm') !== 'demo123') flash = ['用户名或密码错误'];
    else {
      request.session.loggedIn = true;
      return { redirect: request.url.searchParams.get('next') ?? '/portal/user/center' };
    }
  }
  const body = `<h3>用户登录</h3><form method="post"><table class="table form-table"><tbody>
<tr><td class="tdt">用户名：</td><td><input type="text" name="yhm"></td></tr>
<tr><td class="tdt">密码：</td><td><input type="password" name="mm"></td></tr>
<tr><td class="tdt">验证码：</td><td><input type="text" class="input-small" name="yzm" autocomplete="off"> <img class="captcha" src="/portal/captcha.svg?${Date.now()}" alt="验证码"></td></tr>
</tbody></table><div class="form-actions"><button type="submit" class="btn btn-primary">登录</button></div></form>`;
  return html(page('登录', body, { flash }));
}

export const classicRoutes: Route = async (request) => {
  const { url } = request;
  if (url.pathname === '/' || url.pathname === '/portal/index') {
    return html(page('首页', `<h3>全国公安机关互联网站安全服务平台</h3><p>所有的公开网站应在当地公安机关进行备案。<a href="/portal/registerSystemInfo">公共查询</a> · <a href="/portal/login">登录</a></p>`));
  }
  if (url.pathname === '/portal/registerSystemInfo') return publicQuery(request);
  if (url.pathname === '/portal/login') return login(request);
  if (url.pathname === '/portal/logout') {
    request.session.loggedIn = false;
    return { redirect: '/portal/index' };
  }
  if (!url.pathname.startsWith('/portal/user/')) return undefined;
  if (!request.session.loggedIn) return { redirect: `/portal/login?next=${encodeURIComponent(url.pathname + url.search)}` };
  switch (url.pathname) {
    case '/portal/user/center': {
      const reviewing = reviewingWebsites(request.state).map((site) => [escape(site.name), escape(site.domain), site.appliedOn ?? '', '审核中']);
      return html(
        page('个人中心', `<h3>主页</h3>${websiteTabs('审核中网站', counts(request))}${table(['网站名称', '网站域名', '申请日期', '审核状态'], reviewing)}<p>开办主体：${escape(String(request.state.subject?.['principal.name'] ?? '未填写'))} ${escape(request.state.subjectStatus ?? '')}</p>`, { menu: '主页' }),
      );
    }
    case '/portal/user/subject':
    case UNKNOWN_SUBJECT_ROUTE:
      return subject(request);
    case APPLY:
      return wizard(request);
    case '/portal/user/website/submitted':
      return html(page('提交成功', '<div class="alert alert-success">提交成功，请等待公安机关审核（3-5个工作日）。</div>', { menu: '新办网站申请' }));
    case '/portal/user/website/cancel':
      return cancel(request);
    case '/portal/user/credit':
      return html(page('信用认证', '<h3>信用认证</h3><p>手机验证：<a href="#">立即验证</a></p><p>邮箱验证：<a href="#">立即验证</a></p><p>身份验证：开办主体完成审核通过后身份验证会自动通过。</p>', { menu: '信用认证' }));
    default:
      return lists(request);
  }
};
