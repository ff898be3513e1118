import type { LocalText, RuleSource, Severity } from './types';

/**
 * The rule catalogue (../shared/spec/rules.md, kept here as data so the product never reads the
 * spec at run time): each rule's id, severity, what it is about, and where it comes from.
 */
export interface RuleMeta {
  id: string;
  severity: Severity;
  title: LocalText;
  source: RuleSource;
  /** Compares with the rest of the book (other clients): never shown on the platform's page. */
  readsBook?: boolean;
}

const S1 = '指南 §步骤4·1 开办主体';
const W2 = '指南 §步骤4·2 第二步 网站基本信息';
const P3 = '指南 §步骤4·2 第三步 网站负责人';
const guide = (section: string): RuleSource => ({ section, kind: 'guide' });
const practice = (section: string): RuleSource => ({ section, kind: 'practice' });
const rule = (id: string, severity: Severity, zh: string, en: string, source: RuleSource, options: { readsBook?: true } = {}): RuleMeta => ({
  id,
  severity,
  title: { zh, en },
  source,
  ...options,
});

export const CATALOGUE: readonly RuleMeta[] = [
  rule('S-REQUIRED', 'error', '主体必填项', 'Required subject fields', guide(S1)),
  rule('S-CERT-IMG-SIZE', 'error', '负责人证件图片大小与格式', 'Principal scan size and type', guide(`${S1} 注意事项①`)),
  rule('S-CERT-IMG-CLEAR', 'warn', '负责人证件图片清晰度', 'Principal scan legibility', guide(`${S1} 注意事项①`)),
  rule('S-UNIT-NAME-FULL', 'error', '主办单位名称为全称', 'Full legal sponsor name', guide(`${S1} 注意事项②`)),
  rule('S-NATURE-MATCH', 'error', '单位性质与名称一致', 'Nature matches the name', guide(`${S1} 注意事项③`)),
  rule('S-CERT-TYPE-MATCH', 'error', '证件类型与性质一致', 'Certificate type fits the nature', guide(`${S1} 注意事项④`)),
  rule('S-CERT-NO-FORMAT', 'error', '证件号码格式与校验位', 'Certificate number format and check digit', practice(`${S1} 注意事项④`)),
  rule('S-CERT-EXPIRY', 'error', '负责人证件在有效期内', 'Principal’s document still valid', practice(`${S1} 证件有效期`)),
  rule('S-PRINCIPAL-ADULT', 'warn', '负责人已成年', 'The principal is an adult', practice(`${S1} 负责人信息`)),
  rule('S-SUPERVISOR', 'warn', '投资或主管单位', 'Investor or supervising unit', guide(`${S1} 注意事项⑤`)),
  rule('S-ADDRESS-DETAIL', 'error', '常住地详细完整', 'Complete, standard address', guide(`${S1} 注意事项⑥`)),
  rule('S-OFFICE-PHONE', 'error', '办公电话格式', 'Office phone format', guide(`${S1} 注意事项⑦`)),
  rule('S-PHONE-AREA', 'warn', '电话区号与地址相符', 'Area code matches the address', guide(`${S1} 办公室电话提示`)),
  rule('S-PHONE-FAKE', 'error', '明显不真实的电话', 'Obviously fake phone number', guide(`${S1} 注意事项⑦`)),
  rule('S-MOBILE', 'error', '负责人手机号码', 'Principal mobile number', guide(S1)),
  rule('S-EMAIL', 'error', '电子邮件地址', 'E-mail address', guide(S1)),

  rule('W-REQUIRED', 'error', '网站必填项', 'Required website fields', guide(W2)),
  rule('W-NAME-NOT-DOMAIN', 'error', '不得以域名作为网站名称', 'Name is not a domain', guide(`${W2} 注意事项①`)),
  rule('W-NAME-NATURE', 'error', '网站名称与主体性质一致', 'Name fits the subject nature', guide(`${W2} 注意事项①`)),
  rule('W-NAME-PUBLIC-AFFAIRS', 'error', '公共事务关键字', 'Public-affairs words', guide(`${W2} 注意事项①`)),
  rule('W-NAME-NATIONAL', 'error', '“中国”“中华”等字头', 'National prefixes', guide(`${W2} 注意事项①`)),
  rule('W-NAME-PREAPPROVAL', 'error', '前置审批领域关键词', 'Field keywords needing pre-approval', guide(`${W2} 注意事项①`)),
  rule('W-NAME-FORUM', 'error', '论坛与 bbs 域名', 'Forums and bbs hosts', guide(`${W2} 注意事项①`)),
  rule('W-ICP-FORMAT', 'error', '工信部备案号格式', 'MIIT filing number format', guide(`${W2} 工信部备案号提示`)),
  rule('W-ICP-REGION', 'warn', '工信部备案号省份', 'MIIT filing province', guide(W2)),
  rule('W-DOMAIN', 'error', '主域名', 'Main domain', guide(`${W2} 主域名提示`)),
  rule('W-SUBDOMAIN', 'error', '子域名', 'Subdomains', guide(`${W2} 子域名提示`)),
  rule('W-IP', 'error', '网站 IP', 'Website IP addresses', guide(`${W2} 注意事项③`)),
  rule('W-SERVICES-INTERACTIVE', 'error', '交互服务与服务类型一致', 'Interactive answer matches the services', guide(`${W2} 服务类型`)),
  rule('W-INTERACTIVE-REVIEW', 'info', '交互式网站面审', 'Face-to-face review of interactive sites', guide('指南 §步骤4·2 第四步 特别注意；面审材料清单')),
  rule('W-SERVICE-SUGGEST', 'info', '服务类型建议', 'Service type suggestion', guide(`${W2} 注意事项②`)),
  rule('W-PREAPPROVAL-TICK', 'warn', '前置审核内容勾选', 'Pre-approval ticks', guide(`${W2} 注`)),
  rule('W-CONTROLLED', 'warn', '管制物品信息', 'Controlled goods', guide(`${W2} 网站内容`)),
  rule('W-LEVEL', 'error', '网站级别', 'Website level', guide('指南 常见问题2')),
  rule('W-CATEGORY', 'warn', '服务类型分类', 'Service category', guide('指南 常见问题3')),
  rule('W-OPERATING', 'info', '经营性与非经营性', 'Operating or non-operating', guide('指南 常见问题1')),
  rule('W-TECH-SUPPORT', 'warn', '技术支持服务商', 'Technical support provider', guide('指南 常见问题7、8')),
  rule('W-SERVER', 'warn', '服务器地址、台数与网安代码', 'Server address, count and police code', guide('指南 常见问题9、10')),

  rule('P-REQUIRED', 'error', '负责人必填项', 'Required person fields', guide(P3)),
  rule('P-NAME-REAL', 'error', '真实姓名全称', 'Real full name', guide(`${P3} 注意事项`)),
  rule('P-CERT-IMG-SIZE', 'error', '证件图片大小', 'Scan size', guide(`${P3} 证件提示`)),
  rule('P-CERT-NO-FORMAT', 'error', '证件号码格式与校验位', 'Document number format and check digit', practice(P3)),
  rule('P-MOBILE', 'error', '手机号码', 'Mobile number', guide(P3)),
  rule('P-EMAIL', 'error', '电子邮件地址', 'E-mail address', guide(P3)),

  rule('F-AGREEMENT', 'info', '安全责任书由本人阅读勾选', 'The statement is read and ticked by the person', guide('指南 §步骤4·2 第四步')),
  rule('F-REVIEW-TIME', 'info', '审核时间', 'Review time', guide('指南 §步骤5-6')),
  rule('F-CLAIM-DEADLINE', 'warn', '推送与认领期限', 'Deadline for pushed and claimable sites', guide('指南 §步骤4·3、4·4')),
  rule('F-CANCEL-CLOSED', 'warn', '注销前关闭网站', 'Close the site before cancelling', guide('指南 §步骤4·6')),
  rule('F-RECORD-NO', 'error', '公安备案号格式', 'Public-security record number', guide('指南 §步骤1 公共查询')),
  rule('F-FOOTER', 'warn', '首页底部放置备案号', 'Record number in the footer', guide('指南 §步骤7')),
  rule('F-OFFICE-ADDRESS', 'info', '按实际办公地址备案', 'File where the office really is', guide('指南 常见问题14')),

  rule('A-SHARED-CONTACT', 'warn', '与其他主体共用的联系方式或证件', 'Contact or ID shared with another subject', practice('代办实践（接入商公布的退回原因）'), { readsBook: true }),
  rule('A-PEOPLE-DISTINCT', 'warn', '不同人员共用手机或邮箱', 'Different people sharing a mobile or e-mail', practice('代办实践（接入商公布的退回原因）')),
];

/** Added to a practice rule's message, so nobody mistakes it for the guide's text. */
export const PRACTICE_NOTE: LocalText = { zh: '（实践规则，非指南原文）', en: ' (practice, not the guide’s text)' };
