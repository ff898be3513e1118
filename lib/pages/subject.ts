import type { FieldDefinition } from './types';

/**
 * 开办主体管理 (网站开办主体): the subject and its 负责人. Wordings from the guide's screenshots
 * and its notes (单位性质, 单位名称, 证件号码, 办公电话 — the 2017 manual's terms), pages.md, and an
 * ISP's mirror of the form (证件有效期, 手持证件照).
 */
const PRINCIPAL = ['负责人信息', '主体负责人', '负责人'];
const UNIT = ['网站开办主体', '开办主体', '主办单位', '单位信息'];

export const SUBJECT_FIELDS: readonly FieldDefinition[] = [
  {
    path: 'subject.nature',
    labels: ['主办单位性质', '开办主体性质', '单位性质', '主体性质', '网站主办者性质'],
    kind: 'choice',
    codes: 'natures',
    reshapes: true,
    // pages.md: 个人 or 单位, and 单位 splits into 企业单位, 国防军队 … (the 2017 manual).
    broader: { wording: '单位', except: ['个人'] },
  },
  // The guide: 单位名称 is the 网站主办者's full name — a person's own name when a person files.
  { path: 'subject.unitName', labels: ['主办单位名称', '单位名称', '开办主体名称', '主办单位全称', '主体名称', '网站主办者名称', '网站主办者全称', '主办者全称', '主办者姓名', '主办人姓名'], kind: 'text', forPerson: 'subject.principal.name' },
  { path: 'subject.unitCertType', labels: ['单位证件类型', '主办单位证件类型', '证件类型'], kind: 'choice', codes: 'unitCerts', blocks: UNIT, unitOnly: true },
  { path: 'subject.unitCertNumber', labels: ['单位证件号码', '主办单位证件号码', '证件号码'], kind: 'text', blocks: UNIT, unitOnly: true },
  { path: 'subject.supervisor', labels: ['投资或主管单位', '投资者或上级主管单位', '投资人或主管单位', '主管单位'], kind: 'text', unitOnly: true },
  { path: 'subject.principal.residence', labels: ['负责人常住地', '常住地', '负责人常住地址', '常住地址', '负责人所在地区'], kind: 'region' },
  { path: 'subject.principal.residenceDetail', labels: ['详细地址', '常住地详细地址', '负责人常住地详细地址', '通讯地址', '详细住址'], kind: 'text' },
  { path: 'subject.principal.name', labels: ['负责人姓名', '主体负责人姓名', '姓名', '法人姓名'], kind: 'text', blocks: PRINCIPAL },
  { path: 'subject.principal.certType', labels: ['负责人证件类型', '证件类型'], kind: 'choice', codes: 'personCerts', blocks: PRINCIPAL },
  { path: 'subject.principal.certNumber', labels: ['负责人证件号码', '证件号码', '负责人身份证号码'], kind: 'text', blocks: PRINCIPAL },
  { path: 'subject.principal.certExpiry', labels: ['证件有效期', '证件有效期至', '有效期至', '证件有效截止日期'], kind: 'date', optional: true },
  {
    path: 'subject.principal.certScans',
    labels: ['负责人证件', '证件扫描件', '证件', '负责人证件扫描件', '证件照片', '负责人证件照片'],
    kind: 'files',
    blocks: PRINCIPAL,
    model: { refs: ['subject.principal.certFront', 'subject.principal.certBack'] },
  },
  {
    path: 'subject.principal.certHandheld',
    labels: ['手持证件照', '负责人手持证件照片', '手持证件照片', '手持身份证照片'],
    kind: 'files',
    optional: true,
    model: { refs: ['subject.principal.certHandheld'] },
  },
  { path: 'subject.principal.officePhone', labels: ['办公室电话', '办公电话', '固定电话', '负责人办公室电话'], kind: 'text' },
  { path: 'subject.principal.mobile', labels: ['手机号码', '手机', '移动电话', '负责人手机号码'], kind: 'text', blocks: PRINCIPAL },
  { path: 'subject.principal.email', labels: ['电子邮件地址', '电子邮箱', '邮箱', '电子邮件', '负责人电子邮件地址'], kind: 'text', blocks: PRINCIPAL },
  { path: 'subject.principal.remark', labels: ['备注', '备注信息'], kind: 'text' },
];
