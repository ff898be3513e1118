import { expect, type Locator, type Page } from '@playwright/test';
import type { ClientValues, FieldValue, FillByHand, ScanFile } from '../contract';
import { ZTXZ, DWZJLX, GRZJLX, JRFS, FWLX, GZWP, QZSP, WZYY, JYXZ, WZJB, FWLB, type DictItem } from './app/dicts';

/** The label a person sees for a value written in FIELDS.md's wording. */
const shown = (dict: readonly DictItem[], value: string) => dict.find(([, , name]) => name === value)?.[1] ?? value;
const exact = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);
const str = (value: FieldValue | undefined) => (typeof value === 'string' ? value : '');
const list = (value: FieldValue | undefined): string[] => (Array.isArray(value) ? [...(value as readonly string[])] : []);

const field = (page: Page, id: string) => page.locator(`[x-field-id="${id}"]`);

async function type(page: Page, id: string, value: string) {
  const input = field(page, id).locator('input, textarea').first();
  await input.click();
  await input.fill(value);
}

/** Open a Semi select and click the option (typing first into searchable ones). */
async function choose(page: Page, id: string, label: string, search?: string) {
  const box = field(page, id).locator('.semi-select');
  await box.click();
  if (search) await page.keyboard.type(search, { delay: 30 });
  const option = page.locator('.semi-select-option').filter({ hasText: exact(label) });
  await option.first().click();
  // Chosen: the list has closed.
  await page.locator('.semi-select-option').first().waitFor({ state: 'hidden' });
}

async function radio(page: Page, id: string, label: string) {
  await field(page, id)
    .locator('.semi-radio')
    .filter({ has: page.locator('.semi-radio-addon', { hasText: exact(label) }) })
    .click();
}

async function ticks(page: Page, id: string, dict: readonly DictItem[], values: readonly string[]) {
  for (const value of values) {
    await field(page, id)
      .locator('.semi-checkbox')
      .filter({ has: page.locator('.semi-checkbox-addon', { hasText: exact(shown(dict, value)) }) })
      .click();
  }
}

/** Type the date into the picker's input and confirm it, as a person does with a known date. */
async function date(page: Page, input: Locator, value: string) {
  await input.click();
  await input.fill(value);
  await input.press('Enter');
  await page.keyboard.press('Escape');
  await page.mouse.click(5, 300);
}

async function upload(page: Page, id: string, names: readonly string[], scan: (name: string) => ScanFile) {
  const done = Promise.all(names.map(() => page.waitForResponse((res) => res.url().includes('/web/api/file/upload'))));
  done.catch(() => undefined);
  await field(page, id)
    .locator('input.semi-upload-hidden-input')
    .setInputFiles(names.map((name) => scan(name)));
  await done;
  // The page has taken the answers: a card per file, none still loading.
  const cards = field(page, id).locator('.semi-upload-picture-file-card, .semi-upload-file-card');
  await expect.poll(async () => (await cards.count()) >= names.length && (await field(page, id).locator('[class*="uploading"], [class*="icon-loading"]').count()) === 0).toBe(true);
}

async function cascade(page: Page, id: string, path: readonly string[]) {
  await field(page, id).locator('.semi-cascader').click();
  for (const [level, name] of path.entries()) {
    const column = page.locator('.semi-cascader-option-list').nth(level);
    await column
      .locator('.semi-cascader-option')
      .filter({ hasText: exact(name) })
      .first()
      .click();
  }
  // Chosen: the cascade has closed.
  await page.locator('.semi-cascader-option-list').first().waitFor({ state: 'hidden' });
}

async function provider(page: Page, prefix: string, value: FieldValue | undefined) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const { scope, region, name } = value as { scope: string; region: string; name: string };
  await radio(page, `${prefix}.sd`, scope);
  await choose(page, `${prefix}.qy`, region, region.slice(0, 2));
  // Look the provider up by a few characters of its name; choose 其他 when the list does not have it.
  const box = field(page, `${prefix}.fws`).locator('.semi-select');
  await box.click();
  await page.keyboard.type(name.slice(0, 4), { delay: 30 });
  const option = page.locator('.semi-select-option').filter({ hasText: exact(name) });
  // The list narrowed to what was typed (or emptied): every option still drawn carries those characters.
  await page.waitForFunction(
    (typed) => [...document.querySelectorAll('.semi-select-option')].filter((shown) => shown.getClientRects().length).every((shown) => (shown.textContent ?? '').includes(typed)),
    name.slice(0, 4),
  );
  if (await option.count()) {
    await option.first().click();
  } else {
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('其他', { delay: 30 });
    await page.locator('.semi-select-option').filter({ hasText: /^其他/ }).first().click();
    await type(page, `${prefix}.qtmc`, name);
  }
}

async function subject(page: Page, v: ClientValues, scan: (name: string) => ScanFile) {
  if (v.nature) await choose(page, 'ztxz', shown(ZTXZ, str(v.nature)));
  if (v.unitName) await type(page, 'dwmc', str(v.unitName));
  if (v.unitCertType) await choose(page, 'dwzjlx', shown(DWZJLX, str(v.unitCertType)));
  if (v.unitCertNumber) await type(page, 'dwzjhm', str(v.unitCertNumber));
  if (v.supervisor) await type(page, 'tzdw', str(v.supervisor));
  if (v['principal.residence']) await cascade(page, 'fzr.czd', list(v['principal.residence']));
  if (v['principal.residenceDetail']) await type(page, 'fzr.xxdz', str(v['principal.residenceDetail']));
  if (v['principal.name']) await type(page, 'fzr.xm', str(v['principal.name']));
  if (v['principal.certType']) await choose(page, 'fzr.zjlx', shown(GRZJLX, str(v['principal.certType'])));
  if (v['principal.certNumber']) await type(page, 'fzr.zjhm', str(v['principal.certNumber']));
  const expiry = str(v['principal.certExpiry']);
  if (expiry === '长期') await page.locator('.bx-expiry .semi-checkbox').click();
  else if (expiry) await date(page, page.locator('.bx-expiry .semi-datepicker input').first(), expiry);
  if (v['principal.cert']) await upload(page, 'fzr.zjzp', list(v['principal.cert']), scan);
  if (v['principal.officePhone']) await type(page, 'fzr.bgdh', str(v['principal.officePhone']));
  if (v['principal.mobile']) await type(page, 'fzr.sjhm', str(v['principal.mobile']));
  if (v['principal.email']) await type(page, 'fzr.yx', str(v['principal.email']));
  if (v['principal.remark']) await type(page, 'bz', str(v['principal.remark']));
}

async function basic(page: Page, v: ClientValues, scan: (name: string) => ScanFile) {
  if (v.name) await type(page, 'wzmc', str(v.name));
  if (v.hasIcp) await radio(page, 'sfIcp', str(v.hasIcp));
  if (v.icpNumber) await type(page, 'icpbah', str(v.icpNumber));
  if (v.hasOwnDomain) await radio(page, 'sfDlym', str(v.hasOwnDomain));
  if (v.domain) await type(page, 'zym', str(v.domain));
  for (const [index, name] of list(v.subdomains).entries()) {
    const rows = page.locator('.bx-rows-subdomain .bx-row');
    if ((await rows.count()) <= index) await page.locator('.bx-rows-subdomain .bx-add').click();
    await rows.nth(index).locator('input').fill(name);
  }
  for (const ip of list(v.ips)) {
    const input = field(page, 'ipList').locator('input');
    await input.click();
    await input.fill(ip);
    await input.press('Enter');
  }
  if (v.openedOn) await date(page, field(page, 'ktrq').locator('input').first(), str(v.openedOn));
  if (v.accessMethod) await choose(page, 'jrfs', shown(JRFS, str(v.accessMethod)));
  await provider(page, 'jrs', v.accessProvider);
  await provider(page, 'ymfws', v.registrar);
  if (v.interactive) await radio(page, 'sfJh', str(v.interactive));
  await ticks(page, 'fwlx', FWLX, list(v.serviceTypes));
  if (v.hasControlled) await radio(page, 'sfGzwp', str(v.hasControlled));
  await ticks(page, 'gzwp', GZWP, list(v.controlledGoods));
  if (v.hasPreapproval) await radio(page, 'sfQzsp', str(v.hasPreapproval));
  await ticks(page, 'qzsp', QZSP, list(v.preapprovals));
  if (v.qualificationDocs) await upload(page, 'zzwj', list(v.qualificationDocs), scan);
  await ticks(page, 'yy', WZYY, list(v.languages));
  if (v.domainCertificate) await upload(page, 'ymzs', list(v.domainCertificate), scan);
  if (v.operating) await radio(page, 'jyxz', shown(JYXZ, str(v.operating)));
  if (v.level) await radio(page, 'wzjb', shown(WZJB, str(v.level)));
  if (v.serviceCategory) await choose(page, 'fwlb', shown(FWLB, str(v.serviceCategory)));
  if (v['accessProvider.phone']) await type(page, 'jrsDh', str(v['accessProvider.phone']));
  if (v['accessProvider.code']) await type(page, 'jrsBm', str(v['accessProvider.code']));
  if (v['techSupport.name']) await type(page, 'jszc.mc', str(v['techSupport.name']));
  if (v['techSupport.phone']) await type(page, 'jszc.dh', str(v['techSupport.phone']));
  if (v.serverAddress) await type(page, 'fwqdz', str(v.serverAddress));
  if (v.serverCount) await type(page, 'fwqts', str(v.serverCount));
  if (v.serverPoliceCode) await type(page, 'wadm', str(v.serverPoliceCode));
  if (v.topology) await upload(page, 'tpt', list(v.topology), scan);
}

const ROLES = [
  ['security', 'aqfzr', '网站安全负责人'],
  ['liaison', 'yjlxr', '网站应急联络人'],
  ['opinionGuide', 'yqydy', '舆情引导员（选填）'],
] as const;

async function people(page: Page, v: ClientValues, scan: (name: string) => ScanFile) {
  for (const [role, prefix, title] of ROLES) {
    if (v[`${role}.sameAsPrincipal`] === true) {
      await page.getByRole('switch', { name: `${title}同主体负责人` }).click();
      await expect(page.getByRole('switch', { name: `${title}同主体负责人` })).toHaveAttribute('aria-checked', 'true');
      continue;
    }
    const at = (key: string) => v[`${role}.${key}`];
    if (at('name')) await type(page, `${prefix}.xm`, str(at('name')));
    if (at('certType')) await choose(page, `${prefix}.zjlx`, shown(GRZJLX, str(at('certType'))));
    if (at('certNumber')) await type(page, `${prefix}.zjhm`, str(at('certNumber')));
    if (at('cert')) await upload(page, `${prefix}.zjzp`, list(at('cert')), scan);
    if (at('mobile')) await type(page, `${prefix}.sjhm`, str(at('mobile')));
    if (at('email')) await type(page, `${prefix}.yx`, str(at('email')));
  }
}

export const fillByHand: FillByHand = async (page, kind, values, scan) => {
  if (kind === 'subject') await subject(page, values, scan);
  else if (kind === 'website-basic') await basic(page, values, scan);
  else await people(page, values, scan);
};
