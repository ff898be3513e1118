import { checks, options } from './dict';

/** The part of a page inside the portal frame (rendering.ts wraps it in header, menu and footer). */
export interface PageBody {
  title: string;
  menu: string;
  crumbs: string[];
  body: string;
  scripts: string[];
}

const req = '<span class="req">*</span>';
const CALENDAR = '<svg width="14" height="14" viewBox="0 0 16 16" fill="currentColor" aria-hidden="true"><path d="M4 .5a.5.5 0 0 1 1 0V1h6V.5a.5.5 0 0 1 1 0V1h1a2 2 0 0 1 2 2v11a2 2 0 0 1-2 2H3a2 2 0 0 1-2-2V3a2 2 0 0 1 2-2h1zM2 5v9a1 1 0 0 0 1 1h10a1 1 0 0 0 1-1V5z"/></svg>';

const select = (name: string, dict: string, placeholder: string, extra = '') => `<select class="form-select js-s2" id="${name}" name="${name}" data-placeholder="${placeholder}" ${extra}>${dict ? options(dict) : '<option value=""></option>'}</select>`;
const input = (name: string, placeholder: string, extra = '') => `<input type="text" class="form-control" id="${name}" name="${name}" placeholder="${placeholder}" autocomplete="off" ${extra}>`;
const date = (name: string, placeholder: string) => `<div class="input-group date-group"><input type="text" class="form-control js-date" id="${name}" name="${name}" readonly placeholder="${placeholder}"><span class="input-group-text">${CALENDAR}</span></div>`;
const radios = (name: string) => `<div class="pt-2">${checks('yn', name, 'radio')}</div>`;
const feedback = '<div class="invalid-feedback"></div>';

/** A Bootstrap input group per scan: the file input, then the uploaded files with a thumbnail. */
function upload(name: string, label: string, maxKb: number, multiple = false): string {
  return `<div class="upload-box" data-name="${name}" data-max-kb="${maxKb}"${multiple ? ' data-multiple="1"' : ''}>
    <div class="input-group"><span class="input-group-text">${label}</span><input type="file" class="form-control" id="${name}File" accept="image/jpeg,image/png,image/bmp${multiple ? ',application/pdf' : ''}"${multiple ? ' multiple' : ''}></div>
    <div class="upload-list"></div>${feedback}</div>`;
}

/** A text row with 添加; each added row gets 删除. */
function rows(name: string, placeholder: string): string {
  return `<div class="js-rows" data-name="${name}" data-placeholder="${placeholder}" data-max="10">
    <div class="input-group mb-2 row-item"><input type="text" class="form-control" name="${name}" placeholder="${placeholder}" autocomplete="off"><button type="button" class="btn btn-outline-primary js-row-add">添加</button></div></div>`;
}

/** One caption/control line of the wizard's horizontal forms. */
function line(caption: string, control: string, opts: { field: string; required?: boolean; help?: string; cls?: string; forId?: string }): string {
  return `<div class="row mb-3 ${opts.cls ?? ''}" data-field="${opts.field}"${opts.required ? ' data-required="1"' : ''}>
    <label class="col-sm-3 col-form-label text-sm-end"${opts.forId ? ` for="${opts.forId}"` : ''}>${opts.required ? req : ''}${caption}：</label>
    <div class="col-sm-8 col-lg-7">${control}${opts.help ? `<div class="form-text">${opts.help}</div>` : ''}${feedback}</div></div>`;
}

const section = (title: string) => `<div class="form-section"><span>${title}</span></div>`;

function steps(active: number): string {
  const names = ['网站开办主体', '网站基本信息', '网站负责人', '提示说明'];
  return `<ol class="wizard-steps">${names.map((name, index) => `<li class="${index + 1 < active ? 'done' : index + 1 === active ? 'active' : ''}"><span class="num">${index + 1 < active ? '✓' : index + 1}</span><span class="txt">${name}</span></li>`).join('')}</ol>`;
}

/** 开办主体管理: the (empty) subject list; 新增主体 unfolds the table form. */
export function subjectPage(): PageBody {
  const th = (caption: string, required = true, forId = '') => `<th${forId ? '' : ''}>${required ? req : ''}${forId ? `<label for="${forId}">${caption}</label>` : caption}</th>`;
  const body = `
<div class="card portal-card" id="subjectList">
  <div class="card-header d-flex align-items-center"><span class="card-title-bar">网站开办主体</span>
    <button type="button" class="btn btn-primary btn-sm ms-auto" id="btnAdd">+ 新增主体</button></div>
  <div class="card-body">
    <table class="table table-bordered table-hover table-sm list-table mb-2"><thead class="table-light"><tr><th>主办单位名称</th><th>主办单位性质</th><th>负责人姓名</th><th>提交时间</th><th>审核状态</th><th>操作</th></tr></thead>
      <tbody><tr><td colspan="6" class="text-center text-muted py-4">您还没有开办主体信息。首次备案请先点击“新增主体”录入主办单位及负责人信息。</td></tr></tbody></table>
    <div class="small text-muted">说明：主体信息提交后由属地公安机关审核（2-3个工作日）；审核通过后主办单位性质、名称不可修改。</div>
  </div>
</div>
<form id="subjectForm" class="card portal-card d-none" novalidate autocomplete="off">
  <div class="card-header"><span class="card-title-bar">新增开办主体</span><span class="small text-muted ms-3">带 <span class="req">*</span> 号的为必填项</span></div>
  <div class="card-body p-0">
  <table class="table table-bordered form-table mb-0">
    <colgroup><col class="cap"><col><col class="cap"><col></colgroup>
    <tbody>
    <tr class="sect"><td colspan="4">主办单位信息</td></tr>
    <tr>${th('主办单位性质', true, 'dwxz')}<td data-field="nature" data-required="1">${select('dwxz', 'nature', '请选择主办单位性质')}<div class="form-text">请按网站的实际性质选择</div>${feedback}</td>
        ${th('主办者名称', true, 'dwmc')}<td data-field="unitName" data-required="1">${input('dwmc', '单位填写证照全称，个人填写本人姓名')}${feedback}</td></tr>
    <tr class="js-unit">${th('单位证件类型', true, 'dwzjlx')}<td data-field="unitCertType" data-required="1">${select('dwzjlx', 'unitCertType', '请选择单位证件类型')}${feedback}</td>
        ${th('单位证件号码', true, 'dwzjhm')}<td data-field="unitCertNumber" data-required="1">${input('dwzjhm', '请填写单位证件上的号码')}${feedback}</td></tr>
    <tr class="js-unit">${th('投资人或主管单位', true, 'tzzgdw')}<td colspan="3" data-field="supervisor" data-required="1">${input('tzzgdw', '企业填写法定代表人姓名，其他单位填写主管单位或最高负责人')}${feedback}</td></tr>
    <tr class="sect"><td colspan="4">负责人信息</td></tr>
    <tr>${th('负责人常住地')}<td colspan="3" data-field="principal.residence" data-required="1"><div class="row g-2 region-row">
        <div class="col-md-4">${select('cjdSheng', '', '请选择省/直辖市')}</div>
        <div class="col-md-4">${select('cjdShi', '', '请选择市', 'disabled')}</div>
        <div class="col-md-4">${select('cjdXian', '', '请选择区/县', 'disabled')}</div></div>
        <div class="form-text">请按负责人常住地所在省、市、区（县）依次选择</div>${feedback}</td></tr>
    <tr>${th('详细住址', true, 'xxdz')}<td colspan="3" data-field="principal.residenceDetail" data-required="1">${input('xxdz', '街道、门牌号等，农村地址请详细到村')}${feedback}</td></tr>
    <tr>${th('负责人姓名', true, 'fzrxm')}<td data-field="principal.name" data-required="1">${input('fzrxm', '请填写主体负责人的真实姓名')}${feedback}</td>
        ${th('负责人证件类型', true, 'fzrzjlx')}<td data-field="principal.certType" data-required="1">${select('fzrzjlx', 'personCertType', '请选择证件类型')}${feedback}</td></tr>
    <tr>${th('负责人证件号码', true, 'fzrzjhm')}<td data-field="principal.certNumber" data-required="1">${input('fzrzjhm', '请填写有效证件号码')}${feedback}</td>
        ${th('证件有效期至', false, 'zjyxq')}<td data-field="principal.certExpiry"><div class="d-flex align-items-center gap-3">${date('zjyxq', '请选择证件到期日')}
          <div class="form-check mb-0 text-nowrap"><input class="form-check-input" type="checkbox" name="zjyxqCq" id="zjyxqCq" value="Y"><label class="form-check-label" for="zjyxqCq">长期有效</label></div></div>${feedback}</td></tr>
    <tr>${th('负责人证件扫描件')}<td colspan="3" data-field="principal.cert" data-required="1"><div class="row g-3">
        <div class="col-md-6">${upload('zjzm', '证件正面', 512)}</div>
        <div class="col-md-6">${upload('zjfm', '证件反面', 512)}</div></div>
        <div class="form-text">请分别上传证件正面（人像面）、反面（国徽面）扫描件，证件上的姓名须与负责人姓名一致；jpg/png格式，单张512KB以内</div></td></tr>
    <tr>${th('办公电话', true, 'bgdh')}<td data-field="principal.officePhone" data-required="1">${input('bgdh', '区号-号码，如 010-12345625')}<div class="form-text">区号须与通讯地址相符</div>${feedback}</td>
        ${th('手机号码', true, 'sjhm')}<td data-field="principal.mobile" data-required="1">${input('sjhm', '负责人本人手机号码', 'maxlength="11"')}${feedback}</td></tr>
    <tr>${th('短信验证码', true, 'yzm')}<td data-field="principal.smsCode" data-required="1"><div class="input-group">${input('yzm', '6位数字', 'maxlength="6"')}<button type="button" class="btn btn-outline-secondary" id="btnSms">获取验证码</button></div>${feedback}</td>
        ${th('电子邮箱', true, 'dzyx')}<td data-field="principal.email" data-required="1">${input('dzyx', '用于接收备案结果通知')}${feedback}</td></tr>
    <tr>${th('备注', false, 'bz')}<td colspan="3" data-field="principal.remark"><textarea class="form-control" id="bz" name="bz" rows="3" maxlength="200" placeholder="选填，200字以内"></textarea></td></tr>
    </tbody>
  </table></div>
  <div class="card-footer text-center py-3">
    <button type="submit" class="btn btn-primary px-5" id="btnSave">保 存</button>
    <button type="button" class="btn btn-outline-secondary px-4 ms-2" id="btnCancel">取 消</button>
  </div>
</form>
<div class="card portal-card mt-3 notes d-none" id="subjectNotes"><div class="card-body small">
  <b>填写注意事项：</b>
  <ol class="mb-0 mt-1"><li>上传的证件图片须清晰，大小在512KB以内；</li>
  <li>主办者名称应完整填写全称：个人填写本人姓名，企业填写营业执照上的公司名称，不得以域名、网站名称代替；</li>
  <li>主办单位性质应与名称对应一致，证件号码须符合相应证件的格式要求；</li>
  <li>办公电话务必真实有效，不得填写“010-00000000”等明显不真实的号码。</li></ol></div></div>`;
  return { title: '开办主体管理', menu: 'subject', crumbs: ['开办主体管理'], body, scripts: ['subject.js'] };
}

function stepBasic(): string {
  const provider = (prefix: string, who: string, regionCaption: string, nameCaption: string) =>
    line(regionCaption, `<div class="row g-2"><div class="col-4">${select(`${prefix}Fw`, 'scope', '境内/境外')}</div><div class="col-8">${select(`${prefix}Qy`, '', '请先选择境内或境外', 'disabled')}</div></div>`, { field: `${prefix}.region`, required: true, help: `先选择${who}在境内还是境外，再选择所在省份（境外为国家/地区）`, forId: `${prefix}Fw` }) +
    line(nameCaption, `${select(`${prefix}Mc`, '', '请先选择所属区域', 'disabled')}<input type="text" class="form-control mt-2 d-none" name="${prefix}Qt" id="${prefix}Qt" placeholder="列表中没有的，请填写${who}的完整名称">`, { field: `${prefix}.name`, required: true, help: '可输入关键字搜索；列表中没有时请选择“其他”后手工填写', forId: `${prefix}Mc` });
  return `
${section('网站信息')}
${line('网站名称', input('wzmc', '请填写网站名称，不得以域名代替'), { field: 'name', required: true, forId: 'wzmc' })}
${line('是否已取得ICP备案', radios('sfyicp'), { field: 'hasIcp', required: true })}
${line('ICP备案号', input('icpbah', '如：京ICP证030173号-1'), { field: 'icpNumber', required: true, cls: 'js-icp d-none', forId: 'icpbah', help: '请与工信部备案系统中的备案号保持一致' })}
${line('是否有独立一级域名', radios('sfydlym'), { field: 'hasOwnDomain', required: true })}
${line('网站主域名', input('zym', '如：baidu.com（不带 www）'), { field: 'domain', required: true, forId: 'zym', cls: 'js-domain' })}
${line('子域名', rows('zymc', '如：www.baidu.com'), { field: 'subdomains', cls: 'js-subdomain' })}
${line('IP地址', rows('ipdz', '如：20.10.0.1，多个连续IP可填起止段'), { field: 'ips', required: true })}
${line('网站开通时间', date('ktrq', '请选择网站开通日期'), { field: 'openedOn', forId: 'ktrq' })}
${section('网络接入服务商')}
${line('网站接入方式', select('jrfs', 'accessMethod', '请选择网站的接入方式'), { field: 'accessMethod', required: true, forId: 'jrfs' })}
${provider('jrs', '接入服务商', '接入商所属区域', '接入服务商名称')}
${section('域名注册服务商')}
${provider('ymfws', '域名注册服务商', '域名注册商所属区域', '域名服务商名称')}
${section('服务类型')}
${line('是否提供互联网交互服务', `${radios('sfjh')}<div class="form-text">论坛、博客、评论、即时通讯等用户可发布信息的服务属于交互服务</div>`, { field: 'interactive', required: true })}
${line('网站服务类型', `<div class="check-grid">${checks('serviceType', 'fwlx')}</div>`, { field: 'serviceTypes', required: true, help: '单位门户网站一般选择“www服务”，个人网站可选择“博客/个人空间”' })}
${section('网站内容')}
${line('是否提供涉及管制物品信息发布服务', `${radios('sfgzwp')}<div class="check-grid js-gzwp d-none mt-1">${checks('controlled', 'gzwp')}</div>`, { field: 'hasControlled', required: true, help: '面审时请携带对应资质材料' })}
${line('是否涉及前置审批内容', `${radios('sfqzsp')}<div class="check-grid js-qzsp d-none mt-1">${checks('preapproval', 'qzsp')}</div>`, { field: 'hasPreapproval', required: true, help: '不涉及前置审批的，请不要勾选' })}
${line('前置审批资质文件', upload('zzwj', '资质文件', 2048, true), { field: 'qualificationDocs', required: true, cls: 'js-zzwj d-none', help: '请上传所勾选项目的前置审批或许可文件，可多选，单个文件2MB以内' })}
${section('网站语言')}
${line('网站使用语言', `<div class="check-grid">${checks('language', 'wzyy')}</div>`, { field: 'languages', required: true })}
${section('其他信息（属地网安部门要求时填写）')}
${line('网站经营性质', select('wzxz', 'operating', '请选择'), { field: 'operating', forId: 'wzxz' })}
${line('网站级别', select('wzjb', 'level', '请选择'), { field: 'level', forId: 'wzjb' })}
${line('网站服务类别', select('fwlb', 'serviceCategory', '请选择服务类别'), { field: 'serviceCategory', forId: 'fwlb' })}
${line('技术支持单位名称', input('jszcMc', '为网站提供技术支持的单位或个人'), { field: 'techSupport.name', forId: 'jszcMc' })}
${line('技术支持单位电话', input('jszcDh', '固定电话或手机号码'), { field: 'techSupport.phone', forId: 'jszcDh' })}
${line('服务器存放物理地址', input('fwqdz', '机房所在省市区及详细地址'), { field: 'serverAddress', forId: 'fwqdz' })}
${line('服务器台数', '<input type="number" class="form-control w-50" id="fwqts" name="fwqts" min="1" step="1" placeholder="台">', { field: 'serverCount', forId: 'fwqts' })}
${line('服务器所在地网安部门代码', input('fwqWadm', '12位，如不清楚请咨询属地网安部门'), { field: 'serverPoliceCode', forId: 'fwqWadm' })}
${line('域名证书', upload('ymzs', '证书文件', 400), { field: 'domainCertificate', help: '选填，400KB以内' })}
${line('网络拓扑图', upload('tpt', '拓扑图', 1024), { field: 'topology', help: '选填，1MB以内' })}`;
}

function stepPeople(): string {
  const block = (prefix: string, key: string, title: string, who: string, optional = false) => `
<div class="card person-block mb-3" data-prefix="${prefix}" data-role="${key}">
  <div class="card-header d-flex align-items-center">
    <span class="block-title">${title}</span>${optional ? '<span class="badge text-bg-light ms-2 fw-normal">选填</span>' : ''}
    <div class="form-check mb-0 ms-4"><input class="form-check-input js-same" type="checkbox" name="${prefix}Tzt" id="${prefix}Tzt" value="Y"><label class="form-check-label" for="${prefix}Tzt">同主体负责人信息</label></div>
    <small class="text-muted ms-auto d-none d-lg-inline">勾选后自动带出开办主体负责人信息</small>
  </div>
  <div class="card-body pb-1">
    ${line(`${who}姓名`, input(`${prefix}Xm`, `请填写${title.replace(/信息$/, '')}的真实姓名`), { field: `${key}.name`, required: !optional, forId: `${prefix}Xm` })}
    ${line(`${who}证件类型`, select(`${prefix}Zjlx`, 'personCertType', '请选择证件类型'), { field: `${key}.certType`, required: !optional, forId: `${prefix}Zjlx` })}
    ${line(`${who}证件号码`, input(`${prefix}Zjhm`, '请填写有效的证件号码'), { field: `${key}.certNumber`, required: !optional, forId: `${prefix}Zjhm` })}
    ${line('证件扫描件', upload(`${prefix}Zj`, '证件照片', 100), { field: `${key}.cert`, required: !optional, help: '请上传有效证件以便审核（100KB以内）' })}
    ${line(optional ? '联系手机' : '手机号码', input(`${prefix}Sjhm`, '请填写正确的手机号码', 'maxlength="11"'), { field: `${key}.mobile`, required: !optional, forId: `${prefix}Sjhm` })}
    ${line(optional ? '联系邮箱' : '电子邮件地址', input(`${prefix}Dzyx`, '用于接收备案相关通知'), { field: `${key}.email`, required: !optional, forId: `${prefix}Dzyx` })}
  </div>
</div>`;
  return `<div class="alert alert-info small py-2">网站安全负责人、信息联络人与开办主体负责人为同一人的，勾选“同主体负责人信息”即可自动填充；不同的请分别如实填写。</div>
${block('aq', 'security', '网站安全负责人信息', '负责人')}
${block('ll', 'liaison', '网站信息联络人', '联络人')}
${block('yq', 'opinionGuide', '舆情引导员信息', '引导员', true)}`;
}

/** 新办网站申请, one page load per step (?step=1..4). */
export function applyStep(step: number, subject: Record<string, unknown>): PageBody {
  const text = (key: string) => String(subject[key] ?? '').replace(/[<>&"]/g, '');
  let form = '';
  let buttons = '';
  if (step === 2 || step === 3) {
    form = `<form id="applyForm" novalidate autocomplete="off" data-step="${step}">${step === 2 ? stepBasic() : stepPeople()}</form>`;
    buttons = `<a class="btn btn-outline-secondary px-4" href="/portal/ucenter/website/apply.do?step=${step - 1}">上一步</a>
      <button type="button" class="btn btn-outline-primary px-4 ms-2" id="btnDraft">保存</button>
      <button type="button" class="btn btn-primary px-4 ms-2" id="btnNext">下一步</button>`;
  } else if (step === 4) {
    form = `<div class="duty-book"><h5 class="text-center mb-3">信息网络安全责任书</h5><p>依法从事互联网信息服务，不利用互联网制作、复制、发布、传播含有法律、行政法规禁止内容的信息，或者为制作、复制、发布、传播此类信息提供服务；落实网络安全保护责任，配合公安机关开展安全检查。</p></div>
      <div class="form-check mt-3"><input class="form-check-input" type="checkbox" id="agree" disabled><label class="form-check-label" for="agree">已阅读，并承诺上述网络安全责任<span id="countdown">（10秒）</span></label></div>`;
    buttons = `<a class="btn btn-outline-secondary px-4" href="/portal/ucenter/website/apply.do?step=3">上一步</a><button type="button" class="btn btn-primary px-4 ms-2" id="btnSubmit" disabled>提交</button>`;
  } else {
    form = `<table class="table table-bordered form-table summary"><colgroup><col class="cap"><col><col class="cap"><col></colgroup><tbody>
      <tr class="sect"><td colspan="4">主办单位信息</td></tr>
      <tr><th>主办者名称</th><td>${text('dwmc')}</td><th>审核状态</th><td>${text('shzt')}</td></tr>
      <tr class="sect"><td colspan="4">负责人信息</td></tr>
      <tr><th>负责人姓名</th><td>${text('fzrxm')}</td><th>负责人证件号码</th><td>${text('fzrzjhm')}</td></tr>
      <tr><th>办公电话</th><td>${text('bgdh')}</td><th>手机号码</th><td>${text('sjhm')}</td></tr>
      <tr><th>电子邮箱</th><td colspan="3">${text('dzyx')}</td></tr></tbody></table>`;
    buttons = `<a class="btn btn-primary px-4" href="/portal/ucenter/website/apply.do?step=2">下一步</a>`;
  }
  const body = `<div class="card portal-card"><div class="card-header"><span class="card-title-bar">新办网站申请</span></div>
  <div class="card-body">${steps(step)}${form}
  <div class="text-center border-top pt-3 mt-2">${buttons}</div></div></div>`;
  return { title: '新办网站申请', menu: 'apply', crumbs: ['新办网站申请', ['网站开办主体', '网站基本信息', '网站负责人', '提示说明'][step - 1] ?? ''], body, scripts: [step === 2 ? 'website-basic.js' : step === 3 ? 'website-people.js' : 'wizard.js'] };
}

export function placeholderPage(name: string): PageBody {
  const titles: Record<string, string> = { index: '主页', claim: '已办网站认领', change: '网站信息变更', cancel: '网站注销申请', credit: '信用认证' };
  const title = titles[name] ?? '个人中心';
  const body = name === 'index'
    ? `<div class="card portal-card"><div class="card-header"><span class="card-title-bar">我的网站</span></div><div class="card-body">
        <ul class="nav nav-tabs small mb-3"><li class="nav-item"><a class="nav-link active" href="#">审核中网站(0)</a></li><li class="nav-item"><a class="nav-link" href="#">未备案网站(0)</a></li><li class="nav-item"><a class="nav-link" href="#">待认领网站(0)</a></li><li class="nav-item"><a class="nav-link" href="#">已备案网站(0)</a></li><li class="nav-item"><a class="nav-link" href="#">已保存草稿(0)</a></li></ul>
        <p class="text-muted">暂无数据。首次备案请先在“开办主体管理”中新增主体，再进行“新办网站申请”。</p></div></div>`
    : `<div class="card portal-card"><div class="card-header"><span class="card-title-bar">${title}</span></div><div class="card-body text-muted">暂无数据。</div></div>`;
  return { title, menu: name, crumbs: [title], body, scripts: ['wizard.js'] };
}
