import type { Locator, Page } from '@playwright/test';
import type { ClientValues, FieldValue, FillByHand, ScanFile } from '../contract';

/**
 * Filling arco-wizard's pages as a person does: open each dropdown and click the option, walk the
 * cascader column by column, type dates into the picker, pick files for the uploads, tick boxes.
 * Fields are found by their caption (the form item's label) inside the page or a card.
 */

type Provider = { scope: string; region: string; name: string };

/** Where the page's wording differs from FIELDS.md's, per field. */
const SHOWN: Record<string, Record<string, string>> = {
  nature: { 企业单位: '企业', 政府机构: '政府机关' },
  unitCertType: { 统一社会信用代码: '统一社会信用代码证书', 工商营业执照: '营业执照' },
  certType: { 台湾居民来往大陆通行证: '台湾居民来往大陆通行证（台胞证）', 港澳居民来往内地通行证: '港澳居民来往内地通行证（回乡证）' },
  accessMethod: { 云服务器: '云主机（云服务器）' },
  serviceTypes: { wap网站: 'WAP网站', '博客、个人空间': '博客/个人空间', '论坛/bbs': '论坛BBS', app服务: 'APP服务' },
  controlledGoods: { 剧毒化学物: '剧毒化学品' },
  languages: { 中文简体: '简体中文', 中文繁体: '繁体中文', 其他: '其他语种' },
};
const shown = (field: string, word: string) => SHOWN[field]?.[word] ?? word;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exactly = (text: string) => new RegExp(`^\\s*${escape(text)}\\s*$`);

const str = (value: FieldValue | undefined) => (typeof value === 'string' ? value : undefined);
const list = (value: FieldValue | undefined) => (Array.isArray(value) ? (value as readonly string[]) : undefined);

/** The form item captioned `label` inside `scope`. */
function item(page: Page, scope: Page | Locator, label: string): Locator {
  return scope.locator('.arco-form-item').filter({ has: page.locator('.arco-form-item-label', { hasText: exactly(label) }) }).first();
}

async function popupsClosed(page: Page): Promise<void> {
  await page.waitForFunction(() => [...document.querySelectorAll('.arco-trigger-popup')].every((popup) => popup.getBoundingClientRect().height === 0));
}

async function type(field: Locator, text: string | undefined): Promise<void> {
  if (text === undefined) return;
  await field.locator('input, textarea').first().fill(text);
}

/** Open an a-select and click the option. */
async function choose(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await popupsClosed(page);
  await select.click();
  const options = page.locator('.arco-select-dropdown .arco-select-option').filter({ visible: true });
  await options.filter({ hasText: typeof option === 'string' ? exactly(option) : option }).first().click();
  await popupsClosed(page);
}

async function radio(field: Locator, word: string | undefined): Promise<void> {
  if (word) await field.locator('.arco-radio, .arco-radio-button').filter({ hasText: exactly(word) }).first().click();
}

async function tick(field: Locator, words: readonly string[] | undefined, key: string): Promise<void> {
  for (const word of words ?? []) await field.locator('.arco-checkbox').filter({ hasText: exactly(shown(key, word)) }).first().click();
}

async function pickDate(page: Page, field: Locator, date: string | undefined): Promise<void> {
  if (!date) return;
  const input = field.locator('.arco-picker input').first();
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await page.keyboard.press('Escape');
  await popupsClosed(page);
}

async function upload(field: Locator, names: readonly string[] | undefined, scan: (name: string) => ScanFile): Promise<void> {
  if (!names?.length) return;
  await field.locator('input[type=file]').setInputFiles(names.map((name) => scan(name)));
  await field.locator('.arco-upload-list-item-done, .arco-upload-list-picture-status-done, .arco-upload-list-picture').nth(names.length - 1).waitFor();
}

async function rows(page: Page, field: Locator, values: readonly string[] | undefined): Promise<void> {
  for (const [index, value] of (values ?? []).entries()) {
    const inputs = field.locator('.rows-input-row input');
    if ((await inputs.count()) <= index) await field.getByRole('button', { name: '添加' }).click();
    await inputs.nth(index).fill(value);
  }
  void page;
}

async function expand(page: Page, header: string): Promise<void> {
  const item = page.locator('.arco-collapse-item').filter({ has: page.locator('.arco-collapse-item-header', { hasText: header }) }).first();
  if (!(await item.evaluate((node) => node.classList.contains('arco-collapse-item-active')))) await item.locator('.arco-collapse-item-header').first().click();
}

/** 负责人常住地：province, city, district, one cascader column each (children load on demand). */
async function cascade(page: Page, field: Locator, path: readonly string[] | undefined): Promise<void> {
  if (!path?.length) return;
  await popupsClosed(page);
  await field.locator('.arco-select-view').first().click();
  for (const [level, name] of path.entries()) {
    const column = page.locator('.arco-cascader-panel').filter({ visible: true }).locator('.arco-cascader-panel-column').nth(level);
    await column.locator('.arco-cascader-option').filter({ hasText: exactly(name) }).first().click();
  }
  await popupsClosed(page);
}

async function provider(page: Page, field: Locator, value: Provider | undefined): Promise<void> {
  if (!value) return;
  const row = field.locator('.provider-row');
  await row.locator('.arco-radio-button').filter({ hasText: exactly(value.scope) }).click();
  await choose(page, row.locator('.arco-select').nth(0), value.region);
  const names = row.locator('.arco-select').nth(1);
  await popupsClosed(page);
  await names.click();
  const options = page.locator('.arco-select-dropdown .arco-select-option').filter({ visible: true });
  await options.filter({ hasText: exactly('其他') }).first().waitFor();
  const listed = options.filter({ hasText: exactly(value.name) });
  if (await listed.count()) {
    await listed.first().click();
  } else {
    await options.filter({ hasText: exactly('其他') }).first().click();
    await row.locator('.arco-input-wrapper input').fill(value.name);
  }
  await popupsClosed(page);
}

async function fillSubject(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  const at = (label: string) => item(page, page, label);
  const nature = str(v.nature);
  if (nature) await choose(page, at('开办主体性质').locator('.arco-select'), shown('nature', nature));
  await type(at(nature === '个人' ? '主办人姓名' : '主办单位名称'), str(v.unitName));
  if (v.unitCertType) await choose(page, at('单位证件类型').locator('.arco-select'), shown('unitCertType', str(v.unitCertType)!));
  await type(at('单位证件号码'), str(v.unitCertNumber));
  await type(at('投资人或主管单位'), str(v.supervisor));

  await expand(page, '负责人信息');
  await cascade(page, at('负责人常住地'), list(v['principal.residence']));
  await type(at('详细地址'), str(v['principal.residenceDetail']));
  await type(at('负责人姓名'), str(v['principal.name']));
  if (v['principal.certType']) await choose(page, at('负责人证件类型').locator('.arco-select'), shown('certType', str(v['principal.certType'])!));
  await type(at('负责人证件号码'), str(v['principal.certNumber']));
  const expiry = str(v['principal.certExpiry']);
  if (expiry === '长期') await at('证件有效期至').locator('.arco-checkbox').click();
  else await pickDate(page, at('证件有效期至'), expiry);
  await upload(at('证件扫描件'), list(v['principal.cert']), scan);
  await type(at('办公电话'), str(v['principal.officePhone']));
  await type(at('手机号码'), str(v['principal.mobile']));
  await type(at('电子邮件地址'), str(v['principal.email']));
  await type(at('备注'), str(v['principal.remark']));
}

async function fillBasic(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  const at = (label: string) => item(page, page, label);
  await type(at('网站名称'), str(v.name));
  await radio(at('是否已取得ICP备案'), str(v.hasIcp));
  await type(at('ICP备案号'), str(v.icpNumber));
  await radio(at('是否有独立一级域名'), str(v.hasOwnDomain));
  await type(at(v.hasOwnDomain === '否' ? '网站访问地址' : '主域名'), str(v.domain));
  await rows(page, at('子域名'), list(v.subdomains));
  await rows(page, at('服务器IP地址'), list(v.ips));
  await pickDate(page, at('网站开通日期'), str(v.openedOn));
  if (v.accessMethod) await choose(page, at('网站接入方式').locator('.arco-select'), shown('accessMethod', str(v.accessMethod)!));
  await provider(page, at('网络接入服务商'), v.accessProvider as Provider | undefined);
  await provider(page, at('域名注册服务商'), v.registrar as Provider | undefined);
  await radio(at('是否提供互联网交互服务'), str(v.interactive));
  await tick(at('服务类型'), list(v.serviceTypes), 'serviceTypes');
  const category = str(v.serviceCategory);
  if (category) await choose(page, at('网站服务类别').locator('.arco-select'), new RegExp(`^\\s*\\d{2} ${escape(category)}\\s*$`));
  await radio(at('是否涉及管制物品信息发布'), str(v.hasControlled));
  await tick(at('管制物品类别'), list(v.controlledGoods), 'controlledGoods');
  await radio(at('是否涉及前置审核内容'), str(v.hasPreapproval));
  await tick(at('前置审批项目'), list(v.preapprovals), 'preapprovals');
  await upload(at('资质证明文件'), list(v.qualificationDocs), scan);
  await tick(at('网站语言'), list(v.languages), 'languages');
  await type(at('技术支持单位名称'), str(v['techSupport.name']));
  await type(at('技术支持服务商电话'), str(v['techSupport.phone']));

  const extra = ['operating', 'level', 'serverAddress', 'serverCount', 'serverPoliceCode', 'topology'];
  if (extra.some((key) => v[key] !== undefined)) await expand(page, '补充备案信息');
  await radio(at('网站性质'), str(v.operating));
  await radio(at('网站级别'), str(v.level));
  await type(at('服务器存放物理地址'), str(v.serverAddress));
  const count = str(v.serverCount);
  if (count) {
    await type(at('服务器台数'), count);
    await at('服务器台数').locator('input').press('Tab');
  }
  await type(at('服务器所在地网安部门代码'), str(v.serverPoliceCode));
  await upload(at('网络拓扑图'), list(v.topology), scan);
}

const BLOCKS = [
  { role: 'security', title: '网站安全负责人信息', who: '负责人' },
  { role: 'liaison', title: '网站信息联络人', who: '联络人' },
  { role: 'opinionGuide', title: '舆情引导员信息', who: '引导员' },
] as const;

async function fillPeople(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  for (const block of BLOCKS) {
    const card = page.locator('.person-card').filter({ has: page.locator('.arco-card-header-title', { hasText: block.title }) }).first();
    const at = (label: string) => item(page, card, label);
    const value = (key: string) => v[`${block.role}.${key}`];
    if (value('sameAsPrincipal') === true) {
      await card.locator('.arco-card-header .arco-checkbox').click();
      continue;
    }
    await type(at(`${block.who}姓名`), str(value('name')));
    const certType = str(value('certType'));
    if (certType) await choose(page, at('证件类型').locator('.arco-select'), shown('certType', certType));
    await type(at('证件号码'), str(value('certNumber')));
    await upload(at('身份证件扫描件'), list(value('cert')), scan);
    await type(at('手机号码'), str(value('mobile')));
    await type(at('电子邮箱'), str(value('email')));
  }
}

export const fillByHand: FillByHand = async (page, kind, values, scan) => {
  if (kind === 'subject') await fillSubject(page, values, scan);
  else if (kind === 'website-basic') await fillBasic(page, values, scan);
  else await fillPeople(page, values, scan);
};
