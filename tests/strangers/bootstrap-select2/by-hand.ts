import type { Page } from '@playwright/test';
import type { ClientValues, FillByHand, ScanFile } from '../contract';
import { DICT } from './dict';

/** What the page shows for a FIELDS.md wording (the code list's display text). */
function shown(dict: string, wording: string): string {
  const item = (DICT[dict] ?? []).find((entry) => (entry.s ?? entry.t) === wording);
  if (!item) throw new Error(`${dict}: no option ${wording}`);
  return item.t;
}

const exact = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** Open a select2, type in its search box, click the option. Waits for cascaded options to load first. */
async function pick(page: Page, id: string, text: string): Promise<void> {
  await page.waitForFunction(
    ([selectId, label]) => {
      const select = document.getElementById(selectId!) as HTMLSelectElement | null;
      return !!select && !select.disabled && [...select.options].some((option) => option.text === label);
    },
    [id, text] as const,
  );
  await page.locator(`#${id} + .select2-container .select2-selection`).click();
  const search = page.locator('.select2-container--open .select2-search__field');
  await search.fill(text.slice(0, 4));
  await page.locator('.select2-container--open .select2-results__option').filter({ hasText: exact(text) }).first().click();
}

async function options(page: Page, id: string): Promise<string[]> {
  await page.waitForFunction((selectId) => {
    const select = document.getElementById(selectId) as HTMLSelectElement | null;
    return !!select && !select.disabled && select.options.length > 1;
  }, id);
  return page.locator(`#${id} option`).allTextContents();
}

/** bootstrap-datepicker: days → months → years, find the decade, then year, month, day. */
async function pickDate(page: Page, selector: string, value: string): Promise<void> {
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  await page.locator(selector).click();
  const picker = page.locator('.datepicker-dropdown');
  await picker.locator('.datepicker-days .datepicker-switch').click();
  await picker.locator('.datepicker-months .datepicker-switch').click();
  for (let turn = 0; turn < 20; turn++) {
    const [from, to] = ((await picker.locator('.datepicker-years .datepicker-switch').textContent()) ?? '').split('-').map(Number) as [number, number];
    if (year < from) await picker.locator('.datepicker-years .prev').click();
    else if (year > to) await picker.locator('.datepicker-years .next').click();
    else break;
  }
  await picker.locator('.datepicker-years span.year').filter({ hasText: exact(String(year)) }).first().click();
  await picker.locator('.datepicker-months span.month').nth(month - 1).click();
  await picker.locator('.datepicker-days td.day:not(.old):not(.new)').filter({ hasText: exact(String(day)) }).click();
  await picker.waitFor({ state: 'hidden' });
}

async function choose(page: Page, name: string, files: readonly string[], scan: (name: string) => ScanFile): Promise<void> {
  await page.setInputFiles(`#${name}File`, files.map(scan));
  await page.locator(`.upload-box[data-name="${name}"] .upload-item`).nth(files.length - 1).waitFor();
  await page.locator(`.upload-box[data-name="${name}"].uploading`).waitFor({ state: 'detached' });
}

async function rows(page: Page, name: string, list: readonly string[]): Promise<void> {
  for (const [index, value] of list.entries()) {
    if (index > 0) await page.locator(`.js-rows[data-name="${name}"] .js-row-add`).click();
    await page.locator(`[name="${name}"]`).nth(index).fill(value);
  }
}

const radio = (page: Page, name: string, yes: string) => page.locator(`label[for="${name}_${yes === '是' ? 'Y' : 'N'}"]`).click();

async function ticks(page: Page, field: string, dict: string, list: readonly string[]): Promise<void> {
  for (const wording of list) await page.locator(`[data-field="${field}"] .form-check-label`).filter({ hasText: exact(shown(dict, wording)) }).click();
}

async function provider(page: Page, prefix: string, value: { scope: string; region: string; name: string }): Promise<void> {
  await pick(page, `${prefix}Fw`, value.scope);
  await pick(page, `${prefix}Qy`, value.region);
  if ((await options(page, `${prefix}Mc`)).includes(value.name)) await pick(page, `${prefix}Mc`, value.name);
  else {
    await pick(page, `${prefix}Mc`, '其他（列表中没有，手工填写）');
    await page.locator(`#${prefix}Qt`).fill(value.name);
  }
}

export const fillByHand: FillByHand = async (page, kind, values: ClientValues, scan) => {
  const text = (key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
  const list = (key: string) => (Array.isArray(values[key]) ? (values[key] as readonly string[]) : undefined);
  const type = async (key: string, selector: string) => {
    const value = text(key);
    if (value !== undefined) await page.locator(selector).fill(value);
  };
  const select = async (key: string, id: string, dict: string) => {
    const value = text(key);
    if (value !== undefined) await pick(page, id, shown(dict, value));
  };

  if (kind === 'subject') {
    await select('nature', 'dwxz', 'nature');
    await type('unitName', '#dwmc');
    if (text('nature') !== '个人') {
      await select('unitCertType', 'dwzjlx', 'unitCertType');
      await type('unitCertNumber', '#dwzjhm');
      await type('supervisor', '#tzzgdw');
    }
    const residence = list('principal.residence') ?? [];
    for (const [index, id] of ['cjdSheng', 'cjdShi', 'cjdXian'].entries()) if (residence[index]) await pick(page, id, residence[index]);
    await type('principal.residenceDetail', '#xxdz');
    await type('principal.name', '#fzrxm');
    await select('principal.certType', 'fzrzjlx', 'personCertType');
    await type('principal.certNumber', '#fzrzjhm');
    const expiry = text('principal.certExpiry');
    if (expiry === '长期') await page.locator('label[for="zjyxqCq"]').click();
    else if (expiry) await pickDate(page, '#zjyxq', expiry);
    const [front, back] = list('principal.cert') ?? [];
    if (front) await choose(page, 'zjzm', [front], scan);
    if (back) await choose(page, 'zjfm', [back], scan);
    await type('principal.officePhone', '#bgdh');
    await type('principal.mobile', '#sjhm');
    await type('principal.email', '#dzyx');
    await type('principal.remark', '#bz');
    return;
  }

  if (kind === 'website-basic') {
    await type('name', '#wzmc');
    if (text('hasIcp')) await radio(page, 'sfyicp', text('hasIcp')!);
    await type('icpNumber', '#icpbah');
    if (text('hasOwnDomain')) await radio(page, 'sfydlym', text('hasOwnDomain')!);
    await type('domain', '#zym');
    if (list('subdomains')) await rows(page, 'zymc', list('subdomains')!);
    if (list('ips')) await rows(page, 'ipdz', list('ips')!);
    if (text('openedOn')) await pickDate(page, '#ktrq', text('openedOn')!);
    await select('accessMethod', 'jrfs', 'accessMethod');
    for (const [key, prefix] of [['accessProvider', 'jrs'], ['registrar', 'ymfws']] as const) {
      const value = values[key];
      if (value && typeof value === 'object' && !Array.isArray(value)) await provider(page, prefix, value as { scope: string; region: string; name: string });
    }
    if (text('interactive')) await radio(page, 'sfjh', text('interactive')!);
    await ticks(page, 'serviceTypes', 'serviceType', list('serviceTypes') ?? []);
    if (text('hasControlled')) await radio(page, 'sfgzwp', text('hasControlled')!);
    await ticks(page, 'hasControlled', 'controlled', list('controlledGoods') ?? []);
    if (text('hasPreapproval')) await radio(page, 'sfqzsp', text('hasPreapproval')!);
    await ticks(page, 'hasPreapproval', 'preapproval', list('preapprovals') ?? []);
    if (list('qualificationDocs')?.length) await choose(page, 'zzwj', list('qualificationDocs')!, scan);
    await ticks(page, 'languages', 'language', list('languages') ?? []);
    await select('operating', 'wzxz', 'operating');
    await select('level', 'wzjb', 'level');
    await select('serviceCategory', 'fwlb', 'serviceCategory');
    await type('techSupport.name', '#jszcMc');
    await type('techSupport.phone', '#jszcDh');
    await type('serverAddress', '#fwqdz');
    await type('serverCount', '#fwqts');
    await type('serverPoliceCode', '#fwqWadm');
    if (list('domainCertificate')?.length) await choose(page, 'ymzs', list('domainCertificate')!, scan);
    if (list('topology')?.length) await choose(page, 'tpt', list('topology')!, scan);
    return;
  }

  for (const [role, prefix] of [['security', 'aq'], ['liaison', 'll'], ['opinionGuide', 'yq']] as const) {
    if (values[`${role}.sameAsPrincipal`] === true) {
      await page.locator(`label[for="${prefix}Tzt"]`).click();
      continue;
    }
    await type(`${role}.name`, `#${prefix}Xm`);
    await select(`${role}.certType`, `${prefix}Zjlx`, 'personCertType');
    await type(`${role}.certNumber`, `#${prefix}Zjhm`);
    const cert = list(`${role}.cert`);
    if (cert?.length) await choose(page, `${prefix}Zj`, cert, scan);
    await type(`${role}.mobile`, `#${prefix}Sjhm`);
    await type(`${role}.email`, `#${prefix}Dzyx`);
  }
};
