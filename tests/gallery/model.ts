import { SUBJECT_FORM, WEBSITE_FORM, personForm, type BlockSpec, type FieldSpec } from '../site/forms';
import type { Random } from './random';

/**
 * One page of a gallery rendering, designed before it is drawn: the replica's field specs (the
 * platform's fields, tests/site/forms.ts) with the caption, order, option wordings, headings and
 * decoration this rendering uses. Every rendering draws the same fields; none draws them alike.
 */
export type PageKind = 'subject' | 'website' | 'people';

export type GalleryControl = 'text' | 'textarea' | 'date' | 'select' | 'radio' | 'checkboxes' | 'flag' | 'rows' | 'region' | 'provider' | 'file' | 'sms';

export interface GalleryField {
  key: string;
  caption: string;
  control: GalleryControl;
  /** Option labels as this rendering words them. */
  options: string[];
  hint?: string;
  required: boolean;
  unitOnly?: boolean;
  /** File inputs under the caption (front and back). */
  sides: number;
  /** Shown only while another field has this value (管制物品 after 是, a person's fields while 同主体负责人信息 is unticked). */
  showWhen?: { key: string; equals: string | boolean; not?: boolean };
  provider?: { nameCaption: string; sameRow: boolean };
  /** A name the rendering gives the control: meaningless, different in every rendering. */
  id: string;
}

export interface GalleryBlock {
  title?: string;
  fields: GalleryField[];
}

export interface GalleryPage {
  kind: PageKind;
  heading?: string;
  /** The wizard's steps, when the rendering shows them, and which is current. */
  steps?: { titles: string[]; current: number };
  blocks: GalleryBlock[];
  style: { star: boolean; colon: string; bullet: boolean };
}

/** Captions other renderings use for each field: the guide's, the 2017 manual's, an ISP's, and everyday shortenings. */
export const CAPTIONS: Record<string, readonly string[]> = {
  nature: ['主办单位性质', '开办主体性质', '单位性质', '主体性质'],
  unitName: ['主办单位名称', '单位名称', '开办主体名称', '主办单位全称'],
  unitCertType: ['单位证件类型', '主办单位证件类型'],
  unitCertNumber: ['单位证件号码', '单位证件号', '主办单位证件号码'],
  supervisor: ['投资或主管单位', '投资者或上级主管单位', '主管单位'],
  'principal.residence': ['负责人常住地', '常住地', '负责人常住地址'],
  'principal.residenceDetail': ['详细地址', '常住地详细地址', '详细住址', '负责人常住地详细地址'],
  'principal.name': ['负责人姓名', '姓名', '主体负责人姓名'],
  'principal.certType': ['负责人证件类型', '证件类型'],
  'principal.certNumber': ['负责人证件号码', '证件号码', '负责人证件号'],
  'principal.certExpiry': ['证件有效期', '证件有效期至', '有效期至'],
  'principal.cert': ['负责人证件', '证件扫描件', '负责人证件照片', '证件照片'],
  'principal.officePhone': ['办公室电话', '办公电话', '固定电话'],
  'principal.mobile': ['手机号码', '手机', '手机号', '负责人手机号码'],
  'principal.smsCode': ['手机验证码', '短信验证码'],
  'principal.email': ['电子邮件地址', '电子邮箱', '邮箱', '电子邮件'],
  'principal.remark': ['备注', '备注信息'],
  name: ['网站名称'],
  icpNumber: ['工信部备案号', 'ICP备案号', 'ICP备案/许可证号', '工信备案号'],
  domain: ['主域名', '网站域名', '网站主域名'],
  subdomains: ['子域名', '网站子域名'],
  ips: ['IP', '网站IP', 'IP地址', '服务器IP'],
  openedOn: ['网站开通日期', '开通日期'],
  accessMethod: ['网站接入方式', '接入方式'],
  accessProvider: ['接入商所属区域', '网络接入服务商所属区域', '接入服务商所属区域', '网络接入服务商'],
  registrar: ['域名服务商所属区域', '域名注册服务商所属区域', '域名注册商所属区域', '域名注册服务商'],
  interactive: ['是否提供互联网交互服务', '是否提供交互服务'],
  serviceTypes: ['服务类型', '网站服务类型'],
  hasControlled: ['是否提供涉及管制物品信息发布服务，面审时请携带对应资质材料', '是否提供涉及管制物品信息发布服务', '是否涉及管制物品'],
  controlledGoods: ['管制物品', '管制物品类型'],
  hasPreapproval: ['是否涉及前置审核内容', '是否涉及前置审批'],
  preapprovals: ['前置审核内容', '前置审批内容'],
  qualificationDocs: ['资质材料', '资质证明材料'],
  languages: ['网站语言', '语言', '网站语种'],
  operating: ['网站性质', '经营性质'],
  level: ['网站级别'],
  serviceCategory: ['服务类型分类'],
  'techSupport.name': ['技术支持服务商', '技术支持单位'],
  'techSupport.phone': ['技术支持服务商电话', '技术支持电话'],
  serverAddress: ['服务器存放物理地址', '服务器存放地址'],
  serverCount: ['服务器台数', '服务器数量'],
  serverPoliceCode: ['服务器所在地网安部门代码', '网安部门代码'],
  topology: ['网络拓扑图', '拓扑图'],
};

const PROVIDER_NAMES: Record<string, readonly string[]> = {
  accessProvider: ['名称', '接入服务商名称', '服务商名称'],
  registrar: ['名称', '域名服务商名称', '域名注册服务商名称'],
};

/** Person captions: the same shapes in every block, each block with its own prefix or none. */
const PERSON_CAPTIONS: Record<string, (who: string) => readonly string[]> = {
  sameAsPrincipal: () => ['同主体负责人信息', '同主体负责人'],
  name: (who) => [`${who}姓名`, '姓名'],
  certType: (who) => [`${who}证件类型`, '证件类型'],
  certNumber: (who) => [`${who}证件号码`, '证件号码', `${who}证件号`],
  certScan: (who) => [`${who}证件`, '证件扫描件', '证件照片'],
  mobile: () => ['手机号码', '手机', '手机号'],
  email: () => ['电子邮件地址', '电子邮箱', '邮箱'],
};

/** Option wordings other renderings use (the code lists' synonyms, other casing). */
const OPTION_VARIANTS: Record<string, readonly string[]> = {
  企业单位: ['企业'],
  居民身份证: ['身份证'],
  统一社会信用代码: ['统一社会信用代码证书'],
  www服务: ['WWW服务'],
  '论坛/bbs': ['论坛BBS', '论坛'],
  网络购物: ['网络购物'],
  中文简体: ['简体中文'],
  中文繁体: ['繁体中文'],
  云服务器: ['云主机'],
};

export function optionVariants(label: string): readonly string[] {
  return [label, ...(OPTION_VARIANTS[label] ?? [])];
}

const BLOCK_TITLES: Record<string, readonly (string | undefined)[]> = {
  网站开办主体: ['网站开办主体', '开办主体信息', '主办单位信息', undefined],
  负责人信息: ['负责人信息', '主体负责人信息', undefined],
  网站信息: ['网站信息', '基本信息', undefined],
  网络接入服务商: ['网络接入服务商', '接入服务商', undefined],
  域名注册服务商: ['域名注册服务商', '域名服务商', undefined],
  服务类型: ['服务类型', '网站服务', undefined],
  网站内容: ['网站内容', undefined],
  网站语言: ['网站语言', undefined],
  补充信息: ['补充信息', '其他信息', undefined],
  网站安全负责人信息: ['网站安全负责人信息', '网站安全负责人', '安全负责人'],
  网站信息联络人: ['网站信息联络人', '网站信息联络人信息', '信息联络人'],
  舆情引导员信息: ['舆情引导员信息', '舆情引导员'],
};

const HEADINGS: Record<PageKind, readonly (string | undefined)[]> = {
  subject: ['新增主体', '开办主体管理', '主体信息', undefined],
  website: ['新办网站申请', '网站备案申请', undefined],
  people: ['新办网站申请', '网站备案申请', undefined],
};

export const WIZARD = ['网站开办主体', '网站基本信息', '网站负责人', '提示说明'];

const EXTRA_FIELDS: Record<string, FieldSpec[]> = {
  负责人信息: [{ key: 'principal.certExpiry', label: '证件有效期', control: 'text', param: 'zjyxq' }],
  网站信息: [{ key: 'openedOn', label: '网站开通日期', control: 'text', param: 'ktrq' }],
};
const DATES = new Set(['principal.certExpiry', 'openedOn']);

const SHOW_WHEN: Record<string, GalleryField['showWhen']> = {
  controlledGoods: { key: 'hasControlled', equals: '是' },
  preapprovals: { key: 'hasPreapproval', equals: '是' },
  qualificationDocs: { key: 'hasPreapproval', equals: '是' },
};

function controlOf(spec: FieldSpec): GalleryControl {
  if (DATES.has(spec.key)) return 'date';
  if (spec.control === 'checkboxes' && spec.options?.length === 1) return 'flag';
  return spec.control;
}

function designField(spec: FieldSpec, random: Random, person?: { role: string; who: string }): GalleryField {
  const short = person ? spec.key.slice(person.role.length + 1) : spec.key;
  const captions = person ? PERSON_CAPTIONS[short]!(person.who) : (CAPTIONS[spec.key] ?? [spec.label]);
  const control = controlOf(spec);
  const field: GalleryField = {
    key: spec.key,
    caption: random.pick(captions),
    control,
    options: (spec.options ?? []).map((option) => (random.chance(0.35) ? random.pick(optionVariants(option.label)) : option.label)),
    required: spec.required ?? false,
    sides: spec.sides?.length ?? 1,
    id: random.word(),
    ...(spec.hint ? { hint: spec.hint } : {}),
    ...(spec.unitOnly ? { unitOnly: true } : {}),
  };
  const showWhen = person && short !== 'sameAsPrincipal' ? { key: `${person.role}.sameAsPrincipal`, equals: true, not: true } : SHOW_WHEN[spec.key];
  if (showWhen) field.showWhen = showWhen;
  if (control === 'provider') field.provider = { nameCaption: random.pick(PROVIDER_NAMES[spec.key]!), sameRow: random.chance(0.3) };
  return field;
}

/**
 * Shuffles a block the way renderings reorder it, keeping what a person reads together together:
 * 同主体负责人信息 first, a 是/否 question right before what it opens.
 */
function shuffleFields(fields: GalleryField[], random: Random): GalleryField[] {
  const dependents = (key: string) => fields.filter((dependent) => dependent.showWhen?.key === key);
  const maybeShuffle = (items: GalleryField[]) => (random.chance(0.6) ? random.shuffle(items) : items);
  const flags = fields.filter((field) => field.control === 'flag');
  const movable = fields.filter((field) => !field.showWhen && field.control !== 'flag');
  const result: GalleryField[] = [];
  for (const flag of flags) result.push(flag, ...maybeShuffle(dependents(flag.key)));
  for (const field of maybeShuffle(movable)) result.push(field, ...dependents(field.key));
  return result;
}

function blocksOf(kind: PageKind, withOpinionGuide: boolean): { specs: readonly BlockSpec[]; people?: { role: string; who: string }[] } {
  if (kind === 'subject') return { specs: SUBJECT_FORM.map((block) => ({ ...block, fields: [...block.fields, ...(EXTRA_FIELDS[block.title] ?? [])] })) };
  if (kind === 'website') return { specs: WEBSITE_FORM.map((block) => ({ ...block, fields: [...block.fields, ...(EXTRA_FIELDS[block.title] ?? [])] })) };
  const roles: [string, string][] = [['security', '负责人'], ['liaison', '联络人'], ...(withOpinionGuide ? [['opinionGuide', '引导员'] as [string, string]] : [])];
  return { specs: roles.map(([role]) => personForm(role as 'security')), people: roles.map(([role, who]) => ({ role, who })) };
}

export function designPage(kind: PageKind, random: Random): GalleryPage {
  const { specs, people } = blocksOf(kind, random.chance(0.5));
  const blocks = specs.map((spec, index) => {
    const person = people?.[index];
    const fields = shuffleFields(
      spec.fields.map((field) => designField(field, random, person)),
      random,
    );
    const title = random.pick(BLOCK_TITLES[spec.title] ?? [spec.title]);
    return { ...(title ? { title } : {}), fields };
  });
  const heading = random.pick(HEADINGS[kind]);
  const page: GalleryPage = {
    kind,
    blocks,
    style: { star: random.chance(0.6), colon: random.pick(['：', ':', '']), bullet: random.chance(0.2) },
    ...(heading ? { heading } : {}),
  };
  if (kind !== 'subject' && random.chance(0.75)) page.steps = { titles: WIZARD, current: kind === 'website' ? 1 : 2 };
  return page;
}

/** The caption as a rendering draws it: a required star, a bullet, a colon, as its style has them. */
export function decorated(field: GalleryField, page: GalleryPage): string {
  return `${page.style.bullet ? '• ' : ''}${page.style.star && field.required ? '* ' : ''}${field.caption}${page.style.colon}`;
}
