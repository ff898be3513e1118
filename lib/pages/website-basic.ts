import type { FieldDefinition } from './types';

/**
 * 新办网站申请 第二步 网站基本信息, with the fields the FAQ's "33 项" sample and an ISP's mirror of
 * the wizard add (optional: absent on most renderings).
 */
const ACCESS = ['网络接入服务商', '接入服务商', '接入商'];
const REGISTRAR = ['域名注册服务商', '域名服务商', '域名注册商'];

export const WEBSITE_FIELDS: readonly FieldDefinition[] = [
  { path: 'website.name', labels: ['网站名称'], kind: 'text' },
  {
    path: 'website.hasIcp',
    labels: ['是否有工信部备案号', '是否有ICP备案号', '是否有ICP备案', '是否取得ICP备案', 'ICP备案', '工信部备案'],
    kind: 'yes-no',
    reshapes: true,
    optional: true,
    model: { nonEmpty: 'website.icpNumber' },
  },
  { path: 'website.icpNumber', labels: ['工信部备案号', 'ICP备案号', '工信备案号', 'ICP备案/许可证号', 'ICP许可证号', '工信部备案/许可证号'], kind: 'text' },
  {
    path: 'website.hasOwnDomain',
    labels: ['是否有独立一级域名', '是否有独立域名', '有无独立域名', '独立一级域名', '独立域名'],
    kind: 'yes-no',
    reshapes: true,
    optional: true,
    model: { nonEmpty: 'website.domain' },
  },
  { path: 'website.domain', labels: ['主域名', '网站域名', '网站主域名'], kind: 'text' },
  { path: 'website.subdomains', labels: ['子域名', '网站子域名'], kind: 'rows' },
  { path: 'website.ips', labels: ['IP', '网站IP', 'IP地址', '网站IP地址', '服务器IP', '服务器IP地址'], kind: 'rows' },
  { path: 'website.openedOn', labels: ['网站开通日期', '开通日期', '网站开通时间'], kind: 'date', optional: true },
  { path: 'website.accessMethod', labels: ['网站接入方式', '接入方式'], kind: 'choice', codes: 'accessMethods' },
  {
    path: 'website.accessProvider',
    labels: ['接入商所属区域', '网络接入服务商所属区域', '接入服务商所属区域', '接入服务商所在区域', '网络接入服务商', '接入服务商', '网站接入商', '所属区域'],
    nameLabels: ['名称', '接入商名称', '接入服务商名称', '网络接入服务商名称', '服务商名称'],
    kind: 'provider',
    blocks: ACCESS,
  },
  { path: 'website.accessProvider.phone', labels: ['接入服务商电话', '网络接入服务商电话', '接入商电话'], kind: 'text', optional: true },
  { path: 'website.accessProvider.code', labels: ['接入服务商编码', '接入网络服务商编码', '网络接入服务商编码'], kind: 'text', optional: true },
  {
    path: 'website.registrar',
    labels: ['域名服务商所属区域', '域名注册服务商所属区域', '域名注册商所属区域', '域名服务商', '域名注册服务商', '域名注册商', '所属区域'],
    nameLabels: ['名称', '域名服务商名称', '域名注册服务商名称', '域名注册商名称', '服务商名称'],
    kind: 'provider',
    blocks: REGISTRAR,
  },
  { path: 'website.interactive', labels: ['是否提供互联网交互服务', '是否提供交互服务', '是否交互式网站', '互联网交互服务', '网站类别'], kind: 'yes-no', reshapes: true },
  { path: 'website.serviceTypes', labels: ['服务类型', '网站服务类型', '提供服务类型'], kind: 'multi-choice', codes: 'serviceTypes' },
  {
    path: 'website.hasControlledGoods',
    labels: ['是否提供涉及管制物品信息发布服务', '是否涉及管制物品', '管制物品信息发布服务', '是否发布管制物品信息', '管制物品'],
    kind: 'yes-no',
    reshapes: true,
    model: { nonEmpty: 'website.controlledGoods' },
  },
  { path: 'website.controlledGoods', labels: ['管制物品', '涉及管制物品', '管制物品类型'], kind: 'multi-choice', codes: 'controlledGoods', follows: 'website.hasControlledGoods' },
  {
    path: 'website.hasPreapprovals',
    labels: ['是否涉及前置审核内容', '是否涉及前置审批', '是否涉及前置审批内容', '前置审批', '前置审核'],
    kind: 'yes-no',
    reshapes: true,
    model: { nonEmpty: 'website.preapprovals' },
  },
  { path: 'website.preapprovals', labels: ['前置审核内容', '前置审批内容', '前置审批项目'], kind: 'multi-choice', codes: 'preapprovals', follows: 'website.hasPreapprovals' },
  { path: 'website.qualificationDocs', labels: ['资质材料', '资质证明材料', '资质文件', '前置审批文件', '审批文件', '许可文件'], kind: 'files', model: { refList: 'website.qualificationDocs' }, follows: 'website.preapprovals' },
  { path: 'website.languages', labels: ['网站语言', '语言', '网站语种', '语种'], kind: 'multi-choice', codes: 'languages' },
  { path: 'website.domainCertificate', labels: ['域名证书', '域名注册证书', '域名证书文件'], kind: 'files', optional: true, model: { refs: ['website.domainCertificate'] } },
  { path: 'website.operating', labels: ['网站性质', '经营性质'], kind: 'choice', codes: 'operating', optional: true },
  { path: 'website.level', labels: ['网站级别'], kind: 'choice', codes: 'levels', optional: true },
  { path: 'website.serviceCategory', labels: ['服务类型分类', '网站服务分类', '网站服务类别', '服务类别', '业务分类', '业务类别'], kind: 'choice', codes: 'serviceCategories', optional: true },
  { path: 'website.techSupport.name', labels: ['技术支持服务商', '技术支持单位', '技术支持服务商名称'], kind: 'text', optional: true },
  { path: 'website.techSupport.phone', labels: ['技术支持服务商电话', '技术支持电话', '技术支持单位电话'], kind: 'text', optional: true },
  { path: 'website.serverAddress', labels: ['服务器存放物理地址', '服务器存放地址', '服务器所在地址', '服务器物理地址'], kind: 'text', optional: true },
  { path: 'website.serverCount', labels: ['服务器台数', '服务器数量'], kind: 'text', optional: true, model: { integer: 'website.serverCount' } },
  { path: 'website.serverPoliceCode', labels: ['服务器所在地网安部门代码', '网安部门代码'], kind: 'text', optional: true },
  { path: 'website.topology', labels: ['网络拓扑图', '拓扑图'], kind: 'files', optional: true, model: { refs: ['website.topology'] } },
];
