import type { Locator, Page } from '@playwright/test';
import type { ClientValues, FillByHand, ScanFile } from '../contract';
import { wheelUntilDrawn } from '../scrolling';

/** How a person fills the Naive UI pages: labels, popovers, radio buttons, file choosers. */

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const exact = (text: string | RegExp) => (typeof text === 'string' ? new RegExp(`^\\s*${escape(text)}\\s*$`) : text);

/** What the page shows for the client's wording, where the page words it differently. */
const SHOWN: Record<string, string> = {
  企业单位: '企业', 政府机构: '政府机关', 统一社会信用代码: '统一社会信用代码证书',
  '论坛/bbs': '论坛BBS', app服务: 'APP服务', 中文简体: '简体中文', 中文繁体: '繁体中文', 剧毒化学物: '剧毒化学品',
};
const shown = (text: string) => SHOWN[text] ?? text;
const str = (values: ClientValues, key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
const list = (values: ClientValues, key: string) => (Array.isArray(values[key]) ? (values[key] as readonly string[]) : undefined);

function item(page: Page, scope: Page | Locator, label: string | RegExp): Locator {
  return scope.locator('.n-form-item').filter({ has: page.locator('.n-form-item-label__text', { hasText: exact(label) }) }).first();
}

async function type(page: Page, scope: Page | Locator, label: string | RegExp, value: string | undefined): Promise<void> {
  if (value === undefined) return;
  const input = item(page, scope, label).locator('input, textarea').first();
  await input.fill(value);
  await input.blur();
}

async function clickOption(page: Page, text: string | RegExp): Promise<void> {
  const option = page.locator('.n-base-select-menu .n-base-select-option:visible').filter({ hasText: exact(text) }).first();
  await wheelUntilDrawn(page, page.locator('.n-base-select-menu:visible').last(), option, 12);
  await option.click();
}

/** A select: open it, type to narrow long lists, click the option. */
async function choose(page: Page, scope: Page | Locator, label: string | RegExp, value: string | undefined, search = false, option?: RegExp): Promise<void> {
  if (value === undefined) return;
  await item(page, scope, label).locator('.n-base-selection').first().click();
  if (search) await page.keyboard.type(value);
  await clickOption(page, option ?? value);
}

async function radio(page: Page, label: string, value: string | undefined, button = true): Promise<void> {
  if (value === undefined) return;
  await item(page, page, label).locator(button ? '.n-radio-button' : '.n-radio').filter({ hasText: exact(value) }).first().click();
}

async function ticks(page: Page, label: string, values: readonly string[] | undefined): Promise<void> {
  for (const value of values ?? []) await item(page, page, label).locator('.n-checkbox').filter({ hasText: exact(shown(value)) }).first().click();
}

async function upload(page: Page, field: Locator, names: readonly string[] | undefined, scan: (name: string) => ScanFile): Promise<void> {
  if (!names?.length) return;
  await field.locator('input[type=file]').setInputFiles(names.map((name) => scan(name)));
  await field.locator('.n-upload-file--success-status').nth(names.length - 1).waitFor();
}

async function date(page: Page, label: string, value: string | undefined): Promise<void> {
  if (!value) return;
  const input = item(page, page, label).locator('input').first();
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await page.keyboard.press('Escape');
}

async function rows(page: Page, label: string, values: readonly string[] | undefined): Promise<void> {
  const box = item(page, page, label).locator('.n-dynamic-input');
  for (const [index, value] of (values ?? []).entries()) {
    if (index === 0) await box.getByRole('button', { name: '添加' }).click();
    else await box.locator('.n-dynamic-input-item').nth(index - 1).locator('.n-dynamic-input-item__action .n-button').nth(1).click();
    await box.locator('.n-dynamic-input-item').nth(index).locator('input').fill(value);
  }
}

async function provider(page: Page, prefix: string, value: ClientValues[string] | undefined): Promise<void> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const { scope, region, name } = value as { scope: string; region: string; name: string };
  const regions = page.waitForResponse((res) => res.url().includes('/web/api/region/'));
  await item(page, page, `${prefix}所属区域`).locator('.n-radio').filter({ hasText: exact(scope) }).click();
  await regions;
  const providers = page.waitForResponse((res) => res.url().includes('/web/api/provider/list'));
  await choose(page, page, `${prefix}所属区域`, region, true);
  await providers;
  const field = item(page, page, `${prefix}名称`);
  await field.locator('.n-base-selection').click();
  await page.keyboard.type(name);
  // The list narrowed to what was typed (or emptied): every option still drawn carries the name.
  await page.waitForFunction(
    (typed) => [...document.querySelectorAll('.n-base-select-menu .n-base-select-option')].filter((option) => option.getClientRects().length).every((option) => (option.textContent ?? '').includes(typed)),
    name,
  );
  const listed = page.locator('.n-base-select-menu .n-base-select-option:visible').filter({ hasText: exact(name) });
  if (await listed.count()) {
    await listed.first().click();
    return;
  }
  // 列表里没有：改选“其他”，再手工输入全称
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.type('其他');
  await clickOption(page, /^\s*其他/);
  await field.locator('input[placeholder*="完整名称"]').fill(name);
}

async function subject(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  await choose(page, page, '开办主体性质', str(v, 'nature') && shown(str(v, 'nature')!));
  await type(page, page, /^(主办单位名称|主办者姓名)$/, str(v, 'unitName'));
  await choose(page, page, '单位证件类型', str(v, 'unitCertType') && shown(str(v, 'unitCertType')!), true);
  await type(page, page, '单位证件号码', str(v, 'unitCertNumber'));
  await type(page, page, '投资人或主管单位', str(v, 'supervisor'));
  const residence = list(v, 'principal.residence');
  if (residence?.length) {
    await item(page, page, '负责人常住地').locator('.n-base-selection').click();
    for (const name of residence) await page.locator('.n-cascader-menu .n-cascader-option:visible').filter({ hasText: exact(name) }).first().click();
  }
  await type(page, page, '常住地详细地址', str(v, 'principal.residenceDetail'));
  await type(page, page, '负责人姓名', str(v, 'principal.name'));
  await choose(page, page, '负责人证件类型', str(v, 'principal.certType'));
  await type(page, page, '负责人证件号码', str(v, 'principal.certNumber'));
  const expiry = str(v, 'principal.certExpiry');
  if (expiry === '长期') await item(page, page, '证件有效期至').locator('.n-checkbox').click();
  else await date(page, '证件有效期至', expiry);
  await upload(page, item(page, page, '负责人证件扫描件'), list(v, 'principal.cert'), scan);
  await upload(page, item(page, page, '手持证件照片'), list(v, 'principal.certHandheld'), scan);
  await type(page, page, '办公电话', str(v, 'principal.officePhone'));
  await type(page, page, '手机号码', str(v, 'principal.mobile'));
  await type(page, page, '电子邮箱', str(v, 'principal.email'));
  await type(page, page, '备注', str(v, 'principal.remark'));
}

const tab = (page: Page, name: string) => page.locator('.n-tabs-tab').filter({ hasText: name }).click();

async function websiteBasic(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  await tab(page, '网站信息');
  await type(page, page, '网站名称', str(v, 'name'));
  await radio(page, '是否已取得ICP备案', str(v, 'hasIcp'));
  await type(page, page, '工信部备案号', str(v, 'icpNumber'));
  await radio(page, '是否有独立一级域名', str(v, 'hasOwnDomain'));
  await type(page, page, /^(网站主域名|网站访问地址)$/, str(v, 'domain'));
  await rows(page, '子域名', list(v, 'subdomains'));
  await rows(page, '网站IP地址', list(v, 'ips'));
  await date(page, '开通日期', str(v, 'openedOn'));
  await radio(page, '网站性质', str(v, 'operating'), false);
  await choose(page, page, '网站级别', str(v, 'level'));
  await ticks(page, '网站语言', list(v, 'languages'));

  await tab(page, '接入信息');
  await choose(page, page, '网站接入方式', str(v, 'accessMethod'));
  await provider(page, '接入商', v.accessProvider);
  await provider(page, '域名服务商', v.registrar);
  await type(page, page, '技术支持单位', str(v, 'techSupport.name'));
  await type(page, page, '技术支持联系电话', str(v, 'techSupport.phone'));
  await type(page, page, '服务器存放地址', str(v, 'serverAddress'));
  await type(page, page, '服务器数量', str(v, 'serverCount'));
  await type(page, page, '服务器所在地网安部门代码', str(v, 'serverPoliceCode'));
  await upload(page, item(page, page, '网络拓扑图'), list(v, 'topology'), scan);

  await tab(page, '服务内容');
  await radio(page, '是否提供互联网交互服务', str(v, 'interactive'));
  await ticks(page, '网站服务类型', list(v, 'serviceTypes'));
  const category = str(v, 'serviceCategory');
  if (category) await choose(page, page, '网站业务分类', category, true, new RegExp(`^\\s*\\d\\d-${escape(category)}\\s*$`));
  await radio(page, '是否发布管制物品信息', str(v, 'hasControlled'));
  await ticks(page, '管制物品类别', list(v, 'controlledGoods'));
  await radio(page, '是否涉及前置审核内容', str(v, 'hasPreapproval'));
  await ticks(page, '前置审核类别', list(v, 'preapprovals'));
  await upload(page, item(page, page, '资质及审批文件'), list(v, 'qualificationDocs'), scan);
}

const ROLES = [
  { key: 'security', title: '网站安全负责人', who: '负责人' },
  { key: 'liaison', title: '网站信息联络人', who: '联络人' },
  { key: 'opinionGuide', title: '舆情引导员', who: '引导员' },
] as const;

async function websitePeople(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  for (const role of ROLES) {
    const card = page.locator('.role-card').filter({ hasText: role.title });
    if (v[`${role.key}.sameAsPrincipal`] === true) {
      await card.locator('.n-switch').click();
      continue;
    }
    await type(page, card, `${role.who}姓名`, str(v, `${role.key}.name`));
    await choose(page, card, '证件类型', str(v, `${role.key}.certType`));
    await type(page, card, '证件号码', str(v, `${role.key}.certNumber`));
    await type(page, card, '手机号码', str(v, `${role.key}.mobile`));
    await type(page, card, '电子邮箱', str(v, `${role.key}.email`));
    await upload(page, item(page, card, '证件扫描件'), list(v, `${role.key}.cert`), scan);
  }
}

export const fillByHand: FillByHand = async (page, kind, values, scan) => {
  if (kind === 'subject') await subject(page, values, scan);
  else if (kind === 'website-basic') await websiteBasic(page, values, scan);
  else await websitePeople(page, values, scan);
};
