import type { FieldDefinition, PageDefinition } from './types';

/**
 * The platform's pages (../shared/spec/pages.md), on both hosts. Labels are the platform's words;
 * synonyms cover renderings that word a field differently (an ISP's mirror of the wizard, the
 * modern app). Test pages: www.beian.gov.cn/portal/user/subject, …/website/apply?step=2,
 * beian.mps.gov.cn/#/web/subject, #/web/website/apply.
 */
const HOSTS = ['www.beian.gov.cn', 'beian.gov.cn', 'beian.mps.gov.cn'] as const;

const SUBJECT_FIELDS: FieldDefinition[] = [
  { path: 'subject.nature', labels: ['主办单位性质', '开办主体性质', '单位性质'], kind: 'choice', codes: 'natures', reshapes: true },
  { path: 'subject.unitName', labels: ['主办单位名称', '单位名称', '开办主体名称'], kind: 'text', unitOnly: true },
  { path: 'subject.unitCertType', labels: ['单位证件类型'], kind: 'choice', codes: 'unitCerts', unitOnly: true },
  { path: 'subject.unitCertNumber', labels: ['单位证件号码', '证件号码'], kind: 'text', blocks: ['网站开办主体', '开办主体'], unitOnly: true },
  { path: 'subject.supervisor', labels: ['投资或主管单位', '投资者或上级主管单位'], kind: 'text', unitOnly: true },
  { path: 'subject.principal.residence', labels: ['负责人常住地', '常住地', '负责人常住地址'], kind: 'region' },
  { path: 'subject.principal.residenceDetail', labels: ['详细地址', '常住地详细地址'], kind: 'text' },
  { path: 'subject.principal.name', labels: ['负责人姓名', '姓名'], kind: 'text', blocks: ['负责人信息'] },
  { path: 'subject.principal.certType', labels: ['负责人证件类型', '证件类型'], kind: 'choice', codes: 'personCerts', blocks: ['负责人信息'] },
  { path: 'subject.principal.certNumber', labels: ['负责人证件号码', '证件号码'], kind: 'text', blocks: ['负责人信息'] },
  { path: 'subject.principal.certExpiry', labels: ['证件有效期', '证件有效期至'], kind: 'text', optional: true },
  { path: 'subject.principal.certScans', labels: ['负责人证件', '证件扫描件', '证件'], kind: 'files', blocks: ['负责人信息'] },
  { path: 'subject.principal.officePhone', labels: ['办公室电话', '办公电话'], kind: 'text' },
  { path: 'subject.principal.mobile', labels: ['手机号码', '手机'], kind: 'text', blocks: ['负责人信息'] },
  { path: 'subject.principal.email', labels: ['电子邮件地址', '电子邮箱', '邮箱'], kind: 'text', blocks: ['负责人信息'] },
  { path: 'subject.principal.remark', labels: ['备注'], kind: 'text' },
];

const WEBSITE_FIELDS: FieldDefinition[] = [
  { path: 'website.name', labels: ['网站名称'], kind: 'text' },
  { path: 'website.icpNumber', labels: ['工信部备案号', 'ICP备案号', '工信备案号'], kind: 'text' },
  { path: 'website.domain', labels: ['主域名', '网站域名'], kind: 'text' },
  { path: 'website.subdomains', labels: ['子域名'], kind: 'rows' },
  { path: 'website.ips', labels: ['IP', '网站IP', 'IP地址'], kind: 'rows' },
  { path: 'website.accessMethod', labels: ['网站接入方式', '接入方式'], kind: 'choice', codes: 'accessMethods' },
  { path: 'website.accessProvider', labels: ['接入商所属区域', '网络接入服务商所属区域'], kind: 'provider' },
  { path: 'website.registrar', labels: ['域名服务商所属区域', '域名注册服务商所属区域'], kind: 'provider' },
  { path: 'website.interactive', labels: ['是否提供互联网交互服务'], kind: 'yes-no', reshapes: true },
  { path: 'website.serviceTypes', labels: ['服务类型'], kind: 'multi-choice', codes: 'serviceTypes', blocks: ['服务类型'] },
  { path: 'website.hasControlledGoods', labels: ['是否提供涉及管制物品信息发布服务，面审时请携带对应资质材料', '是否提供涉及管制物品信息发布服务'], kind: 'yes-no', reshapes: true },
  { path: 'website.controlledGoods', labels: ['管制物品'], kind: 'multi-choice', codes: 'controlledGoods' },
  { path: 'website.hasPreapprovals', labels: ['是否涉及前置审核内容'], kind: 'yes-no', reshapes: true },
  { path: 'website.preapprovals', labels: ['前置审核内容'], kind: 'multi-choice', codes: 'preapprovals' },
  { path: 'website.qualificationDocs', labels: ['资质材料'], kind: 'files' },
  { path: 'website.languages', labels: ['网站语言'], kind: 'multi-choice', codes: 'languages', blocks: ['网站语言'] },
  { optional: true, path: 'website.operating', labels: ['网站性质'], kind: 'choice', codes: 'operating' },
  { optional: true, path: 'website.level', labels: ['网站级别'], kind: 'choice', codes: 'levels' },
  { optional: true, path: 'website.serviceCategory', labels: ['服务类型分类'], kind: 'choice', codes: 'serviceCategories' },
  { optional: true, path: 'website.techSupport.name', labels: ['技术支持服务商'], kind: 'text' },
  { optional: true, path: 'website.techSupport.phone', labels: ['技术支持服务商电话'], kind: 'text' },
  { optional: true, path: 'website.serverAddress', labels: ['服务器存放物理地址'], kind: 'text' },
  { optional: true, path: 'website.serverCount', labels: ['服务器台数'], kind: 'text' },
  { optional: true, path: 'website.serverPoliceCode', labels: ['服务器所在地网安部门代码'], kind: 'text' },
  { optional: true, path: 'website.topology', labels: ['网络拓扑图'], kind: 'files' },
];

function personFields(role: 'security' | 'liaison' | 'opinionGuide', blocks: string[], who: string[]): FieldDefinition[] {
  const base = `website.people.${role}`;
  const labels = (suffix: string) => who.map((prefix) => `${prefix}${suffix}`);
  return [
    { path: `${base}.sameAsPrincipal`, labels: ['同主体负责人信息'], kind: 'same-as-principal', blocks, reshapes: true },
    { path: `${base}.name`, labels: [...labels('姓名'), '姓名'], kind: 'text', blocks },
    { path: `${base}.certType`, labels: [...labels('证件类型'), '证件类型'], kind: 'choice', codes: 'personCerts', blocks },
    { path: `${base}.certNumber`, labels: [...labels('证件号码'), '证件号码'], kind: 'text', blocks },
    { path: `${base}.certScans`, labels: [...labels('证件'), '证件'], kind: 'files', blocks },
    { path: `${base}.mobile`, labels: ['手机号码', '手机'], kind: 'text', blocks },
    { path: `${base}.email`, labels: ['电子邮件地址', '电子邮箱', '邮箱'], kind: 'text', blocks },
  ];
}

const PEOPLE_FIELDS: FieldDefinition[] = [
  ...personFields('security', ['网站安全负责人信息', '网站安全负责人'], ['负责人', '安全负责人']),
  ...personFields('liaison', ['网站信息联络人', '网站信息联络人信息'], ['联络人']),
  ...personFields('opinionGuide', ['舆情引导员信息', '舆情引导员'], ['引导员']).map((field) => ({ ...field, optional: true })),
];

/** Pages the helper recognises but has nothing to fill on: lists, the statement, public query. */
const viewOnly = (id: string, title: string, locations: RegExp[], landmarks: string[], activeStep?: string): PageDefinition => ({
  id,
  title,
  hosts: HOSTS,
  locations,
  landmarks,
  ...(activeStep ? { activeStep } : {}),
  fields: [],
});

export const PAGES: readonly PageDefinition[] = [
  {
    id: 'subject',
    title: '开办主体管理',
    hosts: HOSTS,
    locations: [/\/portal\/user\/subject/, /#\/web\/subject/, /#\/web\/.*[Ss]ubject/],
    landmarks: ['网站开办主体', '新增主体'],
    fields: SUBJECT_FIELDS,
  },
  {
    id: 'website-basic',
    title: '网站基本信息（第二步）',
    hosts: HOSTS,
    locations: [/\/portal\/user\/website\/apply/, /#\/web\/website\/apply/],
    landmarks: ['网站基本信息'],
    activeStep: '网站基本信息',
    fields: WEBSITE_FIELDS,
  },
  {
    id: 'website-people',
    title: '网站负责人（第三步）',
    hosts: HOSTS,
    locations: [/\/portal\/user\/website\/apply/, /#\/web\/website\/apply/],
    landmarks: ['网站负责人'],
    activeStep: '网站负责人',
    fields: PEOPLE_FIELDS,
  },
  viewOnly('website-subject', '网站开办主体（第一步）', [/\/portal\/user\/website\/apply/, /#\/web\/website\/apply/], ['网站开办主体'], '网站开办主体'),
  viewOnly('website-agreement', '提示说明（第四步）', [/\/portal\/user\/website\/apply/, /#\/web\/website\/apply/], ['信息网站安全责任书'], '提示说明'),
  viewOnly('unfiled', '未备案网站', [/\/portal\/user\/website\/unfiled/], ['未备案网站']),
  viewOnly('claim', '已办网站认领', [/\/portal\/user\/website\/claim/], ['已办网站认领']),
  viewOnly('change', '网站信息变更', [/\/portal\/user\/website\/change/], ['网站变更']),
  viewOnly('cancel', '网站注销申请', [/\/portal\/user\/website\/cancel/], ['网站注销申请']),
  viewOnly('filed', '已备案网站', [/\/portal\/user\/website\/filed/], ['已备案网站']),
  viewOnly('business-home', '网站业务', [/#\/web\/business\/businessHome/], ['网站业务']),
  viewOnly('public-query', '公共查询', [/\/portal\/registerSystemInfo/, /#\/query\/webSearch/], ['公共查询']),
];

/**
 * Labels the helper never fills and controls it never touches, whatever a page definition says:
 * captchas, SMS codes, passwords, the responsibility statement, and every submit or navigation.
 */
export const NEVER_FILL_LABELS = [/验证码/, /密码/, /短信/, /已阅读/, /承诺/];
export const NEVER_CLICK_BUTTONS = [/提交/, /保存/, /下一步/, /上一步/, /登录/, /注销/, /获取/, /发送/, /查询$/];
