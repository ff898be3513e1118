import type { Locator, Page } from '@playwright/test';
import type { ClientValues, FillByHand, ScanFile } from '../contract';
import { DICTS } from './dicts';

/** Filling the admin-dialogs pages the way a person does: click the dropdowns, pick from the panels, choose files. */

const esc = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exact = (text: string) => new RegExp(`^\\s*${esc(text)}\\s*$`);

/** What the page shows for a wording of FIELDS.md (the dictionary's label). */
function shown(type: string, wording: string): string {
  const row = DICTS[type]?.find((r) => (r[2] ?? r[1]) === wording);
  if (!row) throw new Error(`${type} has no ${wording}`);
  return row[1];
}

const str = (values: ClientValues, key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
const list = (values: ClientValues, key: string) => (Array.isArray(values[key]) ? (values[key] as readonly string[]) : undefined);

function item(scope: Locator, label: string): Locator {
  return scope.locator('.el-form-item').filter({ has: scope.page().locator('.el-form-item__label', { hasText: exact(label) }) }).first();
}

async function type(field: Locator, value: string | undefined) {
  if (value === undefined) return;
  const input = field.locator('input:not([type=file]), textarea').first();
  await input.fill(value);
  await input.blur();
}

async function choose(page: Page, field: Locator, text: string) {
  await field.locator('.el-select__wrapper').first().click();
  const option = page.locator('.el-select-dropdown__item:visible').filter({ hasText: exact(text) }).first();
  await option.click();
  await option.waitFor({ state: 'hidden' });
}

async function radio(field: Locator, text: string | undefined) {
  if (text !== undefined) await field.locator('.el-radio, .el-radio-button').filter({ hasText: exact(text) }).first().click();
}

async function ticks(field: Locator, texts: readonly string[] | undefined) {
  for (const text of texts ?? []) await field.locator('.el-checkbox').filter({ hasText: exact(text) }).first().click();
}

async function cascade(page: Page, field: Locator, names: readonly string[]) {
  await field.locator('.el-cascader').click();
  for (const [level, name] of names.entries()) {
    const menu = page.locator('.el-cascader-panel:visible .el-cascader-menu').nth(level);
    await menu.locator('.el-cascader-node').filter({ hasText: exact(name) }).first().click();
  }
  await page.locator('.el-cascader-panel:visible').waitFor({ state: 'hidden' });
}

/** Open the calendar, go to the year view, find the decade, then click year, month and day. */
async function pickDate(page: Page, field: Locator, ymd: string) {
  const [year, month, day] = ymd.split('-').map(Number) as [number, number, number];
  await field.locator('.el-date-editor input').click();
  const panel = page.locator('.el-date-picker:visible');
  await panel.locator('.el-date-picker__header-label').first().click();
  for (let i = 0; i < 30; i++) {
    const start = Number.parseInt(await panel.locator('.el-date-picker__header-label').first().innerText(), 10);
    if (year < start) await panel.locator('button.d-arrow-left').click();
    else if (year > start + 9) await panel.locator('button.d-arrow-right').click();
    else break;
  }
  await panel.locator('.el-year-table td').filter({ hasText: exact(String(year)) }).click();
  await panel.locator('.el-month-table td').nth(month - 1).click();
  await panel.locator('.el-date-table td.available:not(.prev-month):not(.next-month)').filter({ hasText: exact(String(day)) }).click();
  await panel.waitFor({ state: 'hidden' });
}

async function upload(field: Locator, nth: number, files: readonly string[], scan: (name: string) => ScanFile) {
  const done = field.locator('.el-upload-list__item.is-success');
  const before = await done.count();
  await field.locator('input[type=file]').nth(nth).setInputFiles(files.map((name) => scan(name)));
  await done.nth(before + files.length - 1).waitFor();
}

async function rows(field: Locator, values: readonly string[] | undefined) {
  for (const [i, value] of (values ?? []).entries()) {
    if (i > 0) await field.getByRole('button', { name: '添加' }).click();
    await field.locator('.rows-input__row input').nth(i).fill(value);
  }
}

async function provider(page: Page, form: Locator, regionLabel: string, nameLabel: string, value: ClientValues[string] | undefined) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const { scope, region, name } = value as { scope: string; region: string; name: string };
  const regionItem = item(form, regionLabel);
  await radio(regionItem, scope);
  await choose(page, regionItem, region);
  const nameItem = item(form, nameLabel);
  await nameItem.locator('.el-select__wrapper').click();
  const listed = page.locator('.el-select-dropdown__item:visible');
  await listed.filter({ hasText: /其他/ }).first().waitFor();
  if (await listed.filter({ hasText: exact(name) }).count()) {
    await listed.filter({ hasText: exact(name) }).first().click();
  } else {
    await listed.filter({ hasText: /^其他/ }).first().click();
    await nameItem.locator('.el-input input').last().fill(name);
  }
}

async function subject(page: Page, v: ClientValues, scan: (name: string) => ScanFile) {
  const form = page.locator('.el-dialog .subject-form');
  const nature = str(v, 'nature');
  if (nature) await choose(page, item(form, '主办单位性质'), shown('beian_subject_nature', nature));
  await type(item(form, nature === '个人' ? '主办者姓名' : '主办单位名称'), str(v, 'unitName'));
  if (nature !== '个人') {
    const certType = str(v, 'unitCertType');
    if (certType) await choose(page, item(form, '单位证件类型'), shown('beian_unit_cert_type', certType));
    await type(item(form, '单位证件号码'), str(v, 'unitCertNumber'));
    await type(item(form, '投资或主管单位'), str(v, 'supervisor'));
  }
  const residence = list(v, 'principal.residence');
  if (residence?.length) await cascade(page, item(form, '负责人常住地'), residence);
  await type(item(form, '常住详细地址'), str(v, 'principal.residenceDetail'));
  await type(item(form, '负责人姓名'), str(v, 'principal.name'));
  const certType = str(v, 'principal.certType');
  if (certType) await choose(page, item(form, '证件类型'), shown('sys_id_type', certType));
  await type(item(form, '证件号码'), str(v, 'principal.certNumber'));
  const expiry = str(v, 'principal.certExpiry');
  if (expiry === '长期') await item(form, '证件有效期至').locator('.el-checkbox').click();
  else if (expiry) await pickDate(page, item(form, '证件有效期至'), expiry);
  const scans = item(form, '证件扫描件');
  const cert = list(v, 'principal.cert') ?? [];
  for (const [i, name] of cert.slice(0, 2).entries()) await upload(scans, i, [name], scan);
  const handheld = list(v, 'principal.certHandheld') ?? [];
  if (handheld.length) await upload(scans, 2, handheld.slice(0, 1), scan);
  await type(item(form, '办公室电话'), str(v, 'principal.officePhone'));
  await type(item(form, '手机号码'), str(v, 'principal.mobile'));
  await type(item(form, '电子邮箱'), str(v, 'principal.email'));
  await type(item(form, '备注'), str(v, 'principal.remark'));
}

async function basic(page: Page, v: ClientValues, scan: (name: string) => ScanFile) {
  const form = page.locator('.el-dialog .basic-form');
  await type(item(form, '网站名称'), str(v, 'name'));
  const opened = str(v, 'openedOn');
  if (opened) await pickDate(page, item(form, '网站开通时间'), opened);
  await radio(item(form, '是否已取得ICP备案'), str(v, 'hasIcp'));
  if (str(v, 'hasIcp') === '是') await type(item(form, '工信部备案号'), str(v, 'icpNumber'));
  await radio(item(form, '是否有独立一级域名'), str(v, 'hasOwnDomain'));
  await type(item(form, str(v, 'hasOwnDomain') === '否' ? '网站访问地址' : '网站主域名'), str(v, 'domain'));
  await rows(item(form, '子域名'), list(v, 'subdomains'));
  await rows(item(form, '网站IP地址'), list(v, 'ips'));
  await radio(item(form, '网站性质'), str(v, 'operating'));
  const level = str(v, 'level');
  if (level) await choose(page, item(form, '网站级别'), shown('beian_site_level', level));
  const category = str(v, 'serviceCategory');
  if (category) await choose(page, item(form, '网站服务类别'), shown('beian_service_category', category));
  const method = str(v, 'accessMethod');
  if (method) await choose(page, item(form, '网站接入方式'), shown('beian_access_method', method));
  await provider(page, form, '接入商所属区域', '接入服务商名称', v.accessProvider);
  await type(item(form, '接入服务商电话'), str(v, 'accessProvider.phone'));
  await type(item(form, '接入服务商编码'), str(v, 'accessProvider.code'));
  await provider(page, form, '域名服务商所属区域', '域名注册商名称', v.registrar);
  await radio(item(form, '是否提供互联网交互服务'), str(v, 'interactive'));
  await ticks(item(form, '服务类型'), list(v, 'serviceTypes')?.map((t) => shown('beian_service_type', t)));
  await radio(item(form, '是否提供管制物品信息发布'), str(v, 'hasControlled'));
  if (str(v, 'hasControlled') === '是') await ticks(item(form, '管制物品类别'), list(v, 'controlledGoods')?.map((t) => shown('beian_controlled_goods', t)));
  await radio(item(form, '是否涉及前置审核内容'), str(v, 'hasPreapproval'));
  if (str(v, 'hasPreapproval') === '是') await ticks(item(form, '前置审核内容'), list(v, 'preapprovals')?.map((t) => shown('beian_preapproval', t)));
  const docs = list(v, 'qualificationDocs');
  if (docs?.length) await upload(item(form, '资质证明材料'), 0, docs, scan);
  await ticks(item(form, '网站语言'), list(v, 'languages')?.map((t) => shown('beian_language', t)));
  await type(item(form, '技术支持单位'), str(v, 'techSupport.name'));
  await type(item(form, '技术支持单位电话'), str(v, 'techSupport.phone'));
  await type(item(form, '服务器存放地址'), str(v, 'serverAddress'));
  await type(item(form, '服务器台数'), str(v, 'serverCount'));
  await type(item(form, '服务器所在地网安部门代码'), str(v, 'serverPoliceCode'));
  const topology = list(v, 'topology');
  if (topology?.length) await upload(item(form, '网络拓扑图'), 0, topology, scan);
  const domainCert = list(v, 'domainCertificate');
  if (domainCert?.length) await upload(item(form, '域名证书'), 0, domainCert.slice(0, 1), scan);
}

const BLOCKS = [
  { role: 'security', card: '.person-security', labels: ['负责人姓名', '负责人证件类型', '负责人证件号码', '负责人证件', '手机号码', '电子邮件地址'] },
  { role: 'liaison', card: '.person-liaison', labels: ['联络人姓名', '证件类型', '证件号码', '证件照片', '联系手机', '电子邮箱'] },
  { role: 'opinionGuide', card: '.person-guide', labels: ['引导员姓名', '证件类型', '证件号码', '证件照片', '手机号码', '电子邮箱'] },
] as const;

async function people(page: Page, v: ClientValues, scan: (name: string) => ScanFile) {
  for (const { role, card: css, labels } of BLOCKS) {
    const card = page.locator(`.el-dialog .people-form ${css}`);
    if (v[`${role}.sameAsPrincipal`] === true) {
      await card.locator('.el-card__header .el-switch').click();
      continue;
    }
    await type(item(card, labels[0]), str(v, `${role}.name`));
    const certType = str(v, `${role}.certType`);
    if (certType) await choose(page, item(card, labels[1]), shown('sys_id_type', certType));
    await type(item(card, labels[2]), str(v, `${role}.certNumber`));
    const cert = list(v, `${role}.cert`);
    if (cert?.length) await upload(item(card, labels[3]), 0, cert.slice(0, 1), scan);
    await type(item(card, labels[4]), str(v, `${role}.mobile`));
    await type(item(card, labels[5]), str(v, `${role}.email`));
  }
}

export const fillByHand: FillByHand = async (page, kind, values, scan) => {
  if (kind === 'subject') await subject(page, values, scan);
  else if (kind === 'website-basic') await basic(page, values, scan);
  else await people(page, values, scan);
};
