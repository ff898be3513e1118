import { DICT, type DictEntry, type DictName } from './dict';

/** Server-rendered pages ("JSP" templates) of the classic portal. */

const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
const REQ = '<span class="ba-req">*</span>';

export const MENU = [
  { key: 'home', text: '主页', icon: 'layui-icon-home', href: '/portal/ucenter/index.jsp' },
  { key: 'zt', text: '开办主体管理', icon: 'layui-icon-user', href: '/portal/wzba/zbManage.do?method=toZtgl' },
  { key: 'xb', text: '新办网站申请', icon: 'layui-icon-add-circle', href: '/portal/wzba/wzsq.do?method=toApply&step=1' },
  { key: 'rl', text: '已办网站认领', icon: 'layui-icon-flag', href: '/portal/wzba/wzrl.do?method=list' },
  { key: 'bg', text: '网站信息变更', icon: 'layui-icon-edit', href: '/portal/wzba/wzbg.do?method=list' },
  { key: 'zx', text: '网站注销申请', icon: 'layui-icon-close-fill', href: '/portal/wzba/wzzx.do?method=list' },
  { key: 'xy', text: '信用认证', icon: 'layui-icon-auz', href: '/portal/ucenter/xyrz.jsp' },
] as const;

export interface FrameOptions {
  title: string;
  menu: string;
  crumbs: string[];
  body: string;
  scripts?: string[];
}

export function frame({ title, menu, crumbs, body, scripts = [] }: FrameOptions): string {
  const nav = ['首页', '公共查询', '通知公告', '备案须知', '政策法规', '常见问题', '备案展厅']
    .map((text, i) => `<li class="layui-nav-item"><a href="${i === 0 ? '/portal/index.do' : 'javascript:;'}">${text}</a></li>`)
    .join('');
  const side = MENU.map((m) => `<li class="layui-nav-item${m.key === menu ? ' layui-this' : ''}"><a href="${m.href}"><i class="layui-icon ${m.icon}"></i> ${m.text}</a></li>`).join('');
  const crumbHtml = ['个人中心', ...crumbs].map((c, i, all) => (i === all.length - 1 ? `<a><cite>${c}</cite></a>` : `<a href="javascript:;">${c}</a>`)).join('');
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${title} - 全国公安机关互联网站安全服务平台</title>
<link rel="stylesheet" href="/portal/layui/css/layui.css">
<link rel="stylesheet" href="/portal/static/css/portal.css">
</head><body>
<div class="ba-topbar"><div class="ba-wrap">
  <span>您好，欢迎访问全国公安机关互联网站安全服务平台</span>
  <span class="ba-right">当前用户：<b>ba_user2024</b> <span class="ba-sep">|</span> <a href="javascript:;">修改密码</a> <span class="ba-sep">|</span> <a href="javascript:;">安全退出</a></span>
</div></div>
<div class="ba-header"><div class="ba-wrap">
  <div class="ba-logo"><span class="ba-emblem"><i class="layui-icon layui-icon-vercode"></i></span>
    <div><h1>全国公安机关互联网站安全服务平台</h1><p>Internet Security Service Platform of Public Security Organs</p></div></div>
</div></div>
<div class="ba-navbar"><div class="ba-wrap"><ul class="layui-nav ba-nav">${nav}<li class="layui-nav-item layui-this"><a href="/portal/ucenter/index.jsp">个人中心</a></li></ul></div></div>
<div class="ba-wrap ba-body">
  <div class="ba-side"><div class="ba-side-title"><i class="layui-icon layui-icon-username"></i> 个人中心</div>
    <ul class="layui-nav layui-nav-tree ba-side-nav" lay-shrink="all">${side}</ul></div>
  <div class="ba-main">
    <div class="ba-crumb"><span class="layui-breadcrumb" lay-separator="&gt;">${crumbHtml}</span></div>
    ${body}
  </div>
</div>
<div class="ba-footer"><div class="ba-wrap">
  <p>主办单位：中华人民共和国公安部 &nbsp; 技术支持：公安部网络安全保卫局</p>
  <p>为保证最佳浏览效果，建议使用 Chrome、Firefox 或 IE9 及以上版本浏览器，分辨率 1280×800 以上</p>
</div></div>
<script src="/portal/layui/layui.js"></script>
<script src="/portal/static/js/dict.js"></script>
<script src="/portal/static/js/common.js"></script>
${scripts.map((s) => `<script src="/portal/static/js/${s}"></script>`).join('\n')}
</body></html>`;
}

// ---------- small builders ----------
interface ItemOptions {
  id?: string;
  required?: boolean;
  help?: string;
  hidden?: boolean;
  block?: boolean;
}

function item(label: string, control: string, o: ItemOptions = {}): string {
  const body = o.block ? `<div class="layui-input-block">${control}</div>` : `<div class="layui-input-inline ba-w320">${control}</div>`;
  const help = o.help ? `<div class="layui-form-mid layui-word-aux">${o.help}</div>` : '';
  return `<div class="layui-form-item"${o.id ? ` id="${o.id}"` : ''}${o.hidden ? ' style="display:none"' : ''}>
  <label class="layui-form-label">${o.required ? REQ : ''}${label}：</label>${body}${help}</div>`;
}

const entries = (dict: DictName) => DICT[dict] as readonly DictEntry[];

function text(name: string, placeholder: string, verify = '', extra = ''): string {
  return `<input type="text" name="${name}" id="${name}" class="layui-input" placeholder="${esc(placeholder)}" autocomplete="off"${verify ? ` lay-verify="${verify}" lay-reqtext="${esc(placeholder)}"` : ''}${extra}>`;
}

function select(name: string, dict: DictName | null, placeholder: string, verify = '', extra = ''): string {
  const options = dict ? entries(dict).map(([code, shown]) => `<option value="${code}">${shown}</option>`).join('') : '';
  return `<select name="${name}" id="${name}" lay-filter="${name}"${verify ? ` lay-verify="${verify}" lay-reqtext="${esc(placeholder)}"` : ''}${extra}><option value="">${placeholder}</option>${options}</select>`;
}

function radios(name: string, dict: DictName, checked = ''): string {
  return entries(dict).map(([code, shown]) => `<input type="radio" name="${name}" value="${code}" title="${shown}" lay-filter="${name}"${code === checked ? ' checked' : ''}>`).join('');
}

function checkboxes(name: string, dict: DictName): string {
  return `<div class="ba-checks">${entries(dict).map(([code, shown]) => `<input type="checkbox" name="${name}[]" value="${code}" title="${shown}" lay-skin="primary" lay-filter="${name}">`).join('')}</div>`;
}

const section = (title: string) => `<div class="ba-section"><i class="layui-icon layui-icon-circle-dot"></i> ${title}</div>`;

function uploadBox(id: string, label: string, hidden: string): string {
  return `<div class="ba-upload-box"><div class="ba-thumb" id="${id}Thumb"><span>${label}</span></div>
    <button type="button" class="layui-btn layui-btn-primary layui-btn-sm" id="${id}Btn"><i class="layui-icon layui-icon-upload"></i>上传${label}</button>
    <input type="hidden" name="${hidden}" id="${hidden}"></div>`;
}

// ---------- 开办主体管理 ----------
export function subjectPage(): string {
  const nature = `<select name="ztxz" id="ztxz" lay-filter="ztxz" lay-verify="required" lay-reqtext="请选择开办主体性质">
    <option value="">请选择开办主体性质</option>
    <option value="5">个人</option>
    <optgroup label="单位">${entries('ztxz').filter(([c]) => c !== '5').map(([c, s]) => `<option value="${c}">${s}</option>`).join('')}</optgroup></select>`;
  const region = ['Sheng', 'Shi', 'Xian']
    .map((k, i) => `<div class="layui-input-inline ba-w150"><select name="fzr${k}" id="fzr${k}" lay-filter="fzr${k}"${i < 2 ? ' lay-verify="required"' : ''} lay-reqtext="请选择负责人常住地" lay-search><option value="">${['请选择省', '请选择市', '请选择区（县）'][i]}</option></select></div>`)
    .join('');
  const body = `
<div class="layui-card">
  <div class="layui-card-header ba-card-title">网站开办主体</div>
  <div class="layui-card-body">
    <div class="ba-toolbar"><button type="button" class="layui-btn layui-btn-sm layui-btn-normal" id="btnAddZt"><i class="layui-icon layui-icon-add-1"></i>新增主体</button>
      <span class="layui-word-aux">首次办理公安备案须先登记开办主体，主体审核通过后方可在该主体下办理网站备案。</span></div>
    <table class="layui-table" lay-size="sm"><thead><tr><th>主办单位名称</th><th>开办主体性质</th><th>负责人姓名</th><th>登记时间</th><th>审核状态</th><th>操作</th></tr></thead>
      <tbody><tr><td colspan="6" class="ba-empty">暂无开办主体信息，请点击【新增主体】进行登记</td></tr></tbody></table>
    <form class="layui-form ba-form" lay-filter="ztForm" id="ztForm" style="display:none" autocomplete="off" onsubmit="return false">
      ${section('主办单位信息')}
      ${item('开办主体性质', nature, { required: true, help: '请按网站的实际开办者选择，审核通过后不可修改' })}
      ${item('<span id="lblZbdwmc">主办单位名称</span>', text('zbdwmc', '请填写主办单位全称（与证件一致）', 'required'), { required: true, help: '个人填写本人姓名，单位填写证件上的全称' })}
      <div id="dwxxBlock">
      ${item('主办单位证件类型', select('dwzjlx', 'dwzjlx', '请选择单位证件类型', 'required'), { required: true })}
      ${item('主办单位证件号码', text('dwzjhm', '请填写单位证件号码', 'required'), { required: true, help: '统一社会信用代码为18位' })}
      ${item('投资者或上级主管单位', text('tzzgdw', '请填写法人或单位最高负责人姓名'), { help: '企业、事业单位、社会团体等填写法定代表人或最高负责人' })}
      </div>
      ${section('负责人信息')}
      <div class="layui-form-item"><label class="layui-form-label">${REQ}负责人常住地：</label>${region}
        <div class="layui-form-mid layui-word-aux">按省、市、区（县）依次选择</div></div>
      ${item('详细地址', text('fzrXxdz', '请填写负责人常住地详细地址，如街道、门牌号', 'required'), { required: true, block: true })}
      ${item('负责人姓名', text('fzrxm', '请填写主体负责人真实姓名', 'required'), { required: true })}
      ${item('负责人证件类型', select('fzrZjlx', 'zjlx', '请选择证件类型', 'required'), { required: true })}
      ${item('负责人证件号码', text('fzrZjhm', '请填写有效证件号码', 'required|zjhm'), { required: true })}
      <div class="layui-form-item"><label class="layui-form-label">证件有效截止日期：</label>
        <div class="layui-input-inline ba-w200"><input type="text" name="zjyxq" id="zjyxq" class="layui-input" readonly placeholder="请选择日期"><i class="layui-icon layui-icon-date ba-date-icon"></i></div>
        <div class="layui-input-inline ba-auto"><input type="checkbox" name="zjyxqCq" id="zjyxqCq" value="1" title="长期" lay-skin="primary" lay-filter="zjyxqCq"></div>
        <div class="layui-form-mid layui-word-aux">证件背面“有效期限”的截止日期，长期有效请勾选“长期”</div></div>
      <div class="layui-form-item"><label class="layui-form-label">${REQ}负责人证件扫描件：</label>
        <div class="layui-input-block">${uploadBox('zjzm', '正面', 'zjzmId')}${uploadBox('zjfm', '反面', 'zjfmId')}
        <div class="ba-help">请上传证件正反面扫描件，证件姓名须与负责人姓名一致，jpg/png格式，每张512KB以内</div></div></div>
      <div class="layui-form-item"><label class="layui-form-label">手持证件照：</label>
        <div class="layui-input-block">${uploadBox('sczj', '手持照', 'sczjId')}<div class="ba-help">部分地区审核需要，选填，512KB以内</div></div></div>
      ${item('办公室电话', text('bgdh', '如：010-12345625', 'required|gddh'), { required: true, help: '区号须与常住地相符，格式：区号-号码' })}
      ${item('手机号码', text('sjhm', '请填写负责人本人手机号码', 'required|phone'), { required: true })}
      <div class="layui-form-item"><label class="layui-form-label">${REQ}短信验证码：</label>
        <div class="layui-input-inline ba-w150"><input type="text" name="yzm" id="yzm" class="layui-input" maxlength="6" placeholder="6位验证码" autocomplete="off" lay-verify="required" lay-reqtext="请输入短信验证码"></div>
        <div class="layui-input-inline ba-auto"><button type="button" class="layui-btn layui-btn-primary" id="btnYzm">获取验证码</button></div>
        <div class="layui-form-mid layui-word-aux">验证码将发送至上面填写的手机号码，5分钟内有效</div></div>
      ${item('电子邮箱', text('dzyx', '用于接收备案审核结果通知', 'required|email'), { required: true, help: '此邮箱将用于备案成功的消息通知' })}
      ${item('备注', '<textarea name="bz" id="bz" class="layui-textarea" placeholder="如有需要说明的情况请在此填写（200字以内）" maxlength="200"></textarea>', { block: true })}
      <div class="layui-form-item ba-actions"><button type="button" class="layui-btn layui-btn-normal" lay-submit lay-filter="saveZt"><i class="layui-icon layui-icon-ok"></i>保存</button>
        <button type="button" class="layui-btn layui-btn-primary" id="btnCancel">取消</button></div>
      <blockquote class="layui-elem-quote layui-quote-nm ba-notes"><b>填写说明：</b><br>
        1. 主办单位名称应填写全称：个人填写本人姓名，企业填写营业执照上的名称，不得以域名或网站名称代替；<br>
        2. 开办主体性质须与主办单位名称对应，如名称为“某某公司”则性质应为“企业”；<br>
        3. 上传的证件图片须清晰完整，大小在512KB以内；<br>
        4. 办公电话须真实有效，不得填写“010-00000000”等明显不真实的号码；主体审核一般需2至3个工作日。</blockquote>
    </form>
  </div>
</div>`;
  return frame({ title: '开办主体管理', menu: 'zt', crumbs: ['开办主体管理', '网站开办主体'], body, scripts: ['zbManage.js'] });
}

// ---------- 新办网站申请 ----------
function steps(active: number): string {
  const names = ['网站开办主体', '网站基本信息', '网站负责人', '提示说明'];
  return `<div class="ba-steps">${names
    .map((n, i) => `<div class="ba-step${i + 1 < active ? ' done' : i + 1 === active ? ' active' : ''}"><span class="ba-step-no">${i + 1 < active ? '<i class="layui-icon layui-icon-ok"></i>' : i + 1}</span><span class="ba-step-name">${n}</span></div>`)
    .join('<div class="ba-step-line"></div>')}</div>`;
}

function wizard(step: number, form: string, script: string): string {
  const body = `<div class="layui-card"><div class="layui-card-header ba-card-title">新办网站申请</div><div class="layui-card-body">${steps(step)}${form}</div></div>`;
  return frame({ title: '新办网站申请', menu: 'xb', crumbs: ['新办网站申请', ['网站开办主体', '网站基本信息', '网站负责人'][step - 1]!], body, scripts: script ? [script] : [] });
}

export interface SavedSubject {
  ztxz: string;
  zbdwmc: string;
  fzrxm: string;
  fzrZjlx: string;
  fzrZjhm: string;
  bgdh: string;
  sjhm: string;
  dzyx: string;
  address: string;
  bz: string;
}

export function step1Page(s: SavedSubject): string {
  const shown = (dict: DictName, code: string) => entries(dict).find(([c]) => c === code)?.[1] ?? '';
  const row = (a: string, av: string, b?: string, bv?: string) => `<tr><th>${a}</th><td${b ? '' : ' colspan="3"'}>${esc(av)}</td>${b ? `<th>${b}</th><td>${bv}</td>` : ''}</tr>`;
  const form = `<div class="ba-section"><i class="layui-icon layui-icon-circle-dot"></i> 主办单位信息</div>
  <table class="layui-table ba-view">${row('主办单位性质', shown('ztxz', s.ztxz), '主办单位名称', esc(s.zbdwmc))}</table>
  <div class="ba-section"><i class="layui-icon layui-icon-circle-dot"></i> 负责人信息</div>
  <table class="layui-table ba-view">${row('负责人姓名', s.fzrxm, '负责人证件类型', shown('zjlx', s.fzrZjlx))}${row('负责人证件号码', s.fzrZjhm, '负责人证件', '<a href="javascript:;" class="ba-link">点击查看</a>')}${row('办公室电话', s.bgdh, '手机号码', esc(s.sjhm))}${row('电子邮件地址', s.dzyx)}${row('负责人常住地址', s.address)}${row('备注', s.bz)}</table>
  <div class="ba-actions ba-center"><a class="layui-btn layui-btn-normal" href="/portal/wzba/wzsq.do?method=toApply&step=2">下一步</a></div>`;
  return wizard(1, form, '');
}

function provider(prefix: string, what: string): string {
  return `
  ${item(`${what}所在地`, radios(`${prefix}Jnjw`, 'jnjw'), { required: true, help: '服务商注册地在境外的选择“境外”' })}
  ${item(`${what}所属区域`, select(`${prefix}Qy`, null, '请先选择境内或境外', 'required', ' lay-search'), { required: true })}
  <div class="layui-form-item"><label class="layui-form-label">${REQ}${what}名称：</label>
    <div class="layui-input-inline ba-w320">${select(`${prefix}Id`, null, `请选择${what}名称`, 'required', ' lay-search')}</div>
    <div class="layui-input-inline ba-w260" id="${prefix}QtmcBox" style="display:none"><input type="text" name="${prefix}Qtmc" id="${prefix}Qtmc" class="layui-input" placeholder="列表中没有的，请填写${what}全称" autocomplete="off"></div>
    <div class="layui-form-mid layui-word-aux">列表中找不到时请选择“其他”并手工填写</div></div>`;
}

function rows(name: string, label: string, placeholder: string): string {
  return `<div class="layui-form-item ba-rows" data-name="${name}" data-placeholder="${esc(placeholder)}"><label class="layui-form-label">${label}：</label>
    <div class="layui-input-block"><div class="ba-row"><div class="layui-input-inline ba-w320"><input type="text" name="${name}[]" class="layui-input" placeholder="${esc(placeholder)}" autocomplete="off"></div>
    <button type="button" class="layui-btn layui-btn-sm ba-row-add"><i class="layui-icon layui-icon-add-1"></i>添加</button></div></div></div>`;
}

export function step2Page(): string {
  const form = `<form class="layui-form ba-form" lay-filter="wzxxForm" id="wzxxForm" autocomplete="off" onsubmit="return false">
  ${section('网站信息')}
  ${item('网站名称', text('wzmc', '请填写网站名称，不得以域名代替', 'required'), { required: true })}
  ${item('是否已取得ICP备案', radios('sfyicp', 'sf'), { required: true })}
  ${item('ICP备案号', text('icpbah', '如：京ICP证030173号-1', '', ' data-verify="required" lay-reqtext="请填写ICP备案号"'), { id: 'icpItem', hidden: true, required: true, help: '工业和信息化部（通信管理局）核发的备案号' })}
  ${item('是否有独立一级域名', radios('sfdlym', 'sf', '1'))}
  ${item('网站主域名', text('zym', '如：example.com（不带www）', 'required|domain'), { id: 'zymItem', required: true })}
  ${item('网站访问地址', text('fwdz', '无独立域名的请填写访问网址或IP', '', ' data-verify="required" lay-reqtext="请填写网站访问地址"'), { id: 'fwdzItem', hidden: true, required: true })}
  ${rows('zydm', '子域名', '如：www.example.com')}
  ${rows('ip', 'IP地址', '如：20.10.0.1，多个连续IP可填起止段')}
  <div class="layui-form-item"><label class="layui-form-label">网站开通日期：</label>
    <div class="layui-input-inline ba-w200"><input type="text" name="ktrq" id="ktrq" class="layui-input" readonly placeholder="请选择开通日期"><i class="layui-icon layui-icon-date ba-date-icon"></i></div></div>
  ${item('网站经营性质', radios('jyxz', 'jyxz'))}
  ${item('网站级别', select('wzjb', 'wzjb', '请选择网站级别'))}
  ${item('网站服务分类', select('wzlb', 'wzlb', '请选择网站服务分类'), { help: '按网站主要业务选择一项' })}
  ${section('网络接入服务商')}
  ${item('网站接入方式', select('jrfs', 'jrfs', '请选择网站接入方式', 'required'), { required: true })}
  ${provider('jrs', '接入服务商')}
  ${item('接入服务商联系电话', text('jrsDh', '选填'))}
  ${item('接入服务商编码', text('jrsBm', '选填，由接入服务商提供'))}
  ${section('域名注册服务商')}
  ${provider('ymfws', '域名注册服务商')}
  ${section('技术支持及服务器')}
  ${item('技术支持单位名称', text('jszcMc', '网站由他人代为维护的填写维护单位'))}
  ${item('技术支持单位电话', text('jszcDh', '固定电话或手机'))}
  ${item('服务器放置地址', text('fwqdz', '服务器所在机房的物理地址'), { block: true })}
  ${item('服务器台数', '<input type="number" name="fwqts" id="fwqts" class="layui-input" min="1" placeholder="台">', { help: '单位：台' })}
  ${item('服务器属地网安部门代码', text('fwqWadm', '12位代码，不清楚可咨询当地网安部门'))}
  <div class="layui-form-item"><label class="layui-form-label">网络拓扑图：</label><div class="layui-input-block">${uploadBox('tpt', '拓扑图', 'tptId')}<div class="ba-help">选填，jpg/png格式，1MB以内</div></div></div>
  ${section('服务类型')}
  ${item('是否提供互联网交互服务', radios('sfjh', 'sf'), { required: true, help: '<a href="javascript:;" class="ba-link" id="whatJh">什么是交互服务？</a>' })}
  ${item('服务类型', checkboxes('fwlx', 'fwlx'), { block: true })}
  ${section('网站内容')}
  ${item('是否发布管制物品信息', radios('sfgzwp', 'sf'), { required: true, help: '面审时请携带对应资质材料' })}
  ${item('管制物品类别', checkboxes('gzwp', 'gzwp'), { id: 'gzwpItem', hidden: true, block: true })}
  ${item('是否涉及前置审核内容', radios('sfqzsp', 'sf'), { required: true, help: '<a href="javascript:;" class="ba-link" id="whatQz">什么是前置审核内容？</a>' })}
  ${item('前置审批类别', checkboxes('qzsp', 'qzsp'), { id: 'qzspItem', hidden: true, block: true })}
  <div class="layui-form-item" id="zzwjItem" style="display:none"><label class="layui-form-label">${REQ}资质证明文件：</label><div class="layui-input-block">
    <button type="button" class="layui-btn layui-btn-primary layui-btn-sm" id="zzwjBtn"><i class="layui-icon layui-icon-upload"></i>选择文件</button>
    <span class="layui-word-aux">所勾选项目的前置审批或许可文件，可多选，每个2MB以内</span>
    <input type="hidden" name="zzwjIds" id="zzwjIds"><ul class="ba-file-list" id="zzwjList"></ul></div></div>
  ${section('网站语言')}
  ${item('网站语言', checkboxes('yy', 'yy'), { required: true, block: true })}
  <div class="layui-form-item"><label class="layui-form-label">域名证书：</label><div class="layui-input-block">${uploadBox('ymzs', '域名证书', 'ymzsId')}<div class="ba-help">选填，400KB以内</div></div></div>
  <div class="layui-form-item ba-actions ba-center">
    <a class="layui-btn layui-btn-primary" href="/portal/wzba/wzsq.do?method=toApply&step=1">上一步</a>
    <button type="button" class="layui-btn layui-btn-warm" id="btnDraft">保存草稿</button>
    <button type="button" class="layui-btn layui-btn-normal" lay-submit lay-filter="nextStep">下一步</button></div>
  <blockquote class="layui-elem-quote layui-quote-nm ba-notes"><b>填写说明（请务必按要求填写，否则将被退回）：</b><br>
    1. 网站名称应与主办单位性质相符，个人网站不得以“某某公司”等命名，不得以域名作为网站名称；<br>
    2. 网站不涉及前置审批的，请不要勾选前置审批类别；<br>
    3. 虚拟主机只对应一个IP的填写该IP；对应多个的请如实填写起止IP。</blockquote>
  </form>`;
  return wizard(2, form, 'wzsq2.js');
}

function person(prefix: string, title: string, who: string, optional = false): string {
  const must = !optional;
  const v = (rule: string) => (optional ? rule.replace(/^required\|?/, '') : rule);
  return `<fieldset class="layui-elem-field ba-person" data-prefix="${prefix}">
  <legend>${title}${optional ? '<span class="ba-legend-aux">（选填）</span>' : ''} <input type="checkbox" name="${prefix}Tzt" id="${prefix}Tzt" value="1" title="同主体负责人信息" lay-skin="primary" lay-filter="tzt"></legend>
  <div class="layui-field-box">
  ${item(`${who}姓名`, text(`${prefix}Xm`, `请填写${who}真实姓名`, v('required')), { required: must })}
  ${item('证件类型', select(`${prefix}Zjlx`, 'zjlx', '请选择证件类型', v('required')), { required: must })}
  ${item('证件号码', text(`${prefix}Zjhm`, '请填写有效的证件号码', v('required|zjhm')), { required: must })}
  <div class="layui-form-item"><label class="layui-form-label">${must ? REQ : ''}身份证件扫描件：</label><div class="layui-input-block">${uploadBox(`${prefix}Zj`, '证件', `${prefix}ZjId`)}<div class="ba-help">请上传有效证件以便审核，100KB以内</div></div></div>
  ${item('手机号码', text(`${prefix}Sjhm`, '请填写正确的手机号码', v('required|phone')), { required: must })}
  ${item('电子邮箱', text(`${prefix}Dzyx`, '用于接收备案消息通知', v('required|email')), { required: must })}
  </div></fieldset>`;
}

export function step3Page(): string {
  const form = `<form class="layui-form ba-form" lay-filter="fzrForm" id="fzrForm" autocomplete="off" onsubmit="return false">
  <div class="ba-help ba-tip"><i class="layui-icon layui-icon-tips"></i> 负责人与开办主体负责人为同一人的，勾选“同主体负责人信息”即可自动带出。</div>
  ${person('aqfzr', '网站安全负责人信息', '安全负责人')}
  ${person('xxllr', '网站信息联络人信息', '联络人')}
  ${person('yqydy', '舆情引导员信息', '舆情引导员', true)}
  <div class="layui-form-item ba-actions ba-center">
    <a class="layui-btn layui-btn-primary" href="/portal/wzba/wzsq.do?method=toApply&step=2">上一步</a>
    <button type="button" class="layui-btn layui-btn-warm" id="btnDraft">保存草稿</button>
    <button type="button" class="layui-btn layui-btn-normal" lay-submit lay-filter="nextStep">下一步</button></div>
  <blockquote class="layui-elem-quote layui-quote-nm ba-notes"><b>填写说明：</b>负责人姓名应填写真实姓名全称，不得填报“王先生”“李女士”“个人”或带数字、字母等明显不真实的姓名。</blockquote>
  </form>`;
  return wizard(3, form, 'wzsq3.js');
}

export function placeholderPage(title: string, menu: string): string {
  const body = `<div class="layui-card"><div class="layui-card-header ba-card-title">${title}</div><div class="layui-card-body"><div class="ba-empty ba-pad">暂无数据</div></div></div>`;
  return frame({ title, menu, crumbs: [title], body });
}
