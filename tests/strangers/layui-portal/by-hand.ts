import type { Page } from '@playwright/test';
import type { ClientValues, FieldValue, FillByHand, ScanFile } from '../contract';
import { DICT, type DictEntry, type DictName } from './dict';

/** Filling the layui portal as a person does: clicking layui's drawn selects, radios, checkboxes, laydate, upload buttons. */

type Provider = { scope: string; region: string; name: string };

const str = (v: FieldValue | undefined) => (typeof v === 'string' ? v : '');
const list = (v: FieldValue | undefined) => (Array.isArray(v) ? (v as readonly string[]) : []);
const exact = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** The entry of a code table whose FIELDS wording is `wording`. */
function entry(dict: DictName, wording: string): DictEntry {
  const hit = (DICT[dict] as readonly DictEntry[]).find(([, shown, fields]) => (fields ?? shown) === wording);
  if (!hit) throw new Error(`${dict}: no option for ${wording}`);
  return hit;
}

async function type(page: Page, name: string, value: FieldValue | undefined): Promise<void> {
  if (str(value)) await page.locator(`[name="${name}"]`).fill(str(value));
}

/** Open layui's dropdown drawn after the native select and click the option, once the options are loaded. */
async function pick(page: Page, name: string, shown: string): Promise<void> {
  const native = page.locator(`select[name="${name}"]`);
  await native.locator('option').filter({ hasText: exact(shown) }).first().waitFor({ state: 'attached' });
  const drawn = page.locator(`select[name="${name}"] + .layui-form-select`);
  await drawn.locator('.layui-select-title').click();
  await drawn.locator('dl dd').filter({ hasText: exact(shown) }).first().click();
  const code = await native.locator('option').filter({ hasText: exact(shown) }).first().getAttribute('value');
  await page.waitForFunction(([n, c]) => (document.querySelector(`select[name="${n}"]`) as HTMLSelectElement).value === c, [name, code ?? ''] as const);
}

async function pickDict(page: Page, name: string, dict: DictName, wording: FieldValue | undefined): Promise<void> {
  if (str(wording)) await pick(page, name, entry(dict, str(wording))[1]);
}

async function radio(page: Page, name: string, dict: DictName, wording: FieldValue | undefined): Promise<void> {
  if (!str(wording)) return;
  await page.locator(`input[name="${name}"][value="${entry(dict, str(wording))[0]}"] + .layui-form-radio`).click();
}

async function tick(page: Page, name: string, dict: DictName, wordings: FieldValue | undefined): Promise<void> {
  for (const wording of list(wordings)) await page.locator(`input[name="${name}[]"][value="${entry(dict, wording)[0]}"] + .layui-form-checkbox`).click();
}

/** laydate: open the calendar, step years and months with its arrows, click the day. */
async function date(page: Page, name: string, value: FieldValue | undefined): Promise<void> {
  const [y, m, d] = str(value).split('-').map(Number);
  if (!y || !m || !d) return;
  await page.locator(`input[name="${name}"]`).click();
  const box = page.locator('.layui-laydate').last();
  await box.waitFor({ state: 'visible' });
  const shown = async () => (await box.locator('.laydate-set-ym span[lay-type="year"]').getAttribute('lay-ym'))!.split('-').map(Number);
  let [sy, sm] = await shown();
  for (; sy! < y; sy!++) await box.locator('.laydate-next-y').click();
  for (; sy! > y; sy!--) await box.locator('.laydate-prev-y').click();
  [sy, sm] = await shown();
  for (; sm! < m; sm!++) await box.locator('.laydate-next-m').click();
  for (; sm! > m; sm!--) await box.locator('.laydate-prev-m').click();
  await box.locator(`td[lay-ymd="${y}-${m}-${d}"]`).click();
  if (await box.isVisible()) await box.locator('.laydate-btns-confirm').click();
}

/** Click the upload button and choose the scan in the file dialog; wait for the server's answer. */
async function upload(page: Page, button: string, hidden: string, file: ScanFile): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.locator(button).click();
  await (await chooser).setFiles({ name: file.name, mimeType: file.mimeType, buffer: file.buffer });
  if (hidden) await page.waitForFunction((h) => !!(document.getElementById(h) as HTMLInputElement).value, hidden);
}

async function uploads(page: Page, button: string, hidden: string, names: FieldValue | undefined, scan: (name: string) => ScanFile): Promise<void> {
  for (const [index, name] of list(names).entries()) {
    const chooser = page.waitForEvent('filechooser');
    await page.locator(button).click();
    await (await chooser).setFiles({ name, mimeType: scan(name).mimeType, buffer: scan(name).buffer });
    await page.waitForFunction(([h, n]) => (document.getElementById(h) as HTMLInputElement).value.split(',').filter(Boolean).length === n, [hidden, index + 1] as const);
  }
}

async function provider(page: Page, prefix: string, value: FieldValue | undefined): Promise<void> {
  const p = value as Provider | undefined;
  if (!p || typeof p !== 'object' || !p.scope) return;
  await radio(page, `${prefix}Jnjw`, 'jnjw', p.scope);
  if (!p.region) return;
  await pick(page, `${prefix}Qy`, p.region);
  if (!p.name) return;
  const options = page.locator(`select[name="${prefix}Id"] option`);
  await options.filter({ hasText: exact('其他') }).waitFor({ state: 'attached' });
  if ((await options.allTextContents()).some((text) => text.trim() === p.name)) await pick(page, `${prefix}Id`, p.name);
  else {
    await pick(page, `${prefix}Id`, '其他');
    await page.locator(`input[name="${prefix}Qtmc"]`).fill(p.name);
  }
}

async function rows(page: Page, name: string, values: FieldValue | undefined): Promise<void> {
  const item = page.locator(`.ba-rows[data-name="${name}"]`);
  for (const [index, value] of list(values).entries()) {
    if (index > 0) await item.locator('.ba-row-add').click();
    await item.locator(`input[name="${name}[]"]`).nth(index).fill(value);
  }
}

async function subject(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  await pickDict(page, 'ztxz', 'ztxz', v.nature);
  await type(page, 'zbdwmc', v.unitName);
  if (v.nature !== '个人') {
    await pickDict(page, 'dwzjlx', 'dwzjlx', v.unitCertType);
    await type(page, 'dwzjhm', v.unitCertNumber);
    await type(page, 'tzzgdw', v.supervisor);
  }
  const [province, city, district] = list(v['principal.residence']);
  if (province) await pick(page, 'fzrSheng', province);
  if (city) await pick(page, 'fzrShi', city);
  if (district) await pick(page, 'fzrXian', district);
  await type(page, 'fzrXxdz', v['principal.residenceDetail']);
  await type(page, 'fzrxm', v['principal.name']);
  await pickDict(page, 'fzrZjlx', 'zjlx', v['principal.certType']);
  await type(page, 'fzrZjhm', v['principal.certNumber']);
  if (v['principal.certExpiry'] === '长期') await page.locator('#zjyxqCq + .layui-form-checkbox').click();
  else await date(page, 'zjyxq', v['principal.certExpiry']);
  const [front, back] = list(v['principal.cert']);
  if (front) await upload(page, '#zjzmBtn', 'zjzmId', scan(front));
  if (back) await upload(page, '#zjfmBtn', 'zjfmId', scan(back));
  const [handheld] = list(v['principal.certHandheld']);
  if (handheld) await upload(page, '#sczjBtn', 'sczjId', scan(handheld));
  await type(page, 'bgdh', v['principal.officePhone']);
  await type(page, 'sjhm', v['principal.mobile']);
  await type(page, 'dzyx', v['principal.email']);
  await type(page, 'bz', v['principal.remark']);
}

async function basic(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  await type(page, 'wzmc', v.name);
  await radio(page, 'sfyicp', 'sf', v.hasIcp);
  if (v.hasIcp === '是') await type(page, 'icpbah', v.icpNumber);
  await radio(page, 'sfdlym', 'sf', v.hasOwnDomain);
  if (v.hasOwnDomain !== '否') await type(page, 'zym', v.domain);
  await rows(page, 'zydm', v.subdomains);
  await rows(page, 'ip', v.ips);
  await date(page, 'ktrq', v.openedOn);
  await radio(page, 'jyxz', 'jyxz', v.operating);
  await pickDict(page, 'wzjb', 'wzjb', v.level);
  await pickDict(page, 'wzlb', 'wzlb', v.serviceCategory);
  await pickDict(page, 'jrfs', 'jrfs', v.accessMethod);
  await provider(page, 'jrs', v.accessProvider);
  await type(page, 'jrsDh', v['accessProvider.phone']);
  await type(page, 'jrsBm', v['accessProvider.code']);
  await provider(page, 'ymfws', v.registrar);
  await type(page, 'jszcMc', v['techSupport.name']);
  await type(page, 'jszcDh', v['techSupport.phone']);
  await type(page, 'fwqdz', v.serverAddress);
  await type(page, 'fwqts', v.serverCount);
  await type(page, 'fwqWadm', v.serverPoliceCode);
  const [topology] = list(v.topology);
  if (topology) await upload(page, '#tptBtn', 'tptId', scan(topology));
  await radio(page, 'sfjh', 'sf', v.interactive);
  await tick(page, 'fwlx', 'fwlx', v.serviceTypes);
  await radio(page, 'sfgzwp', 'sf', v.hasControlled);
  if (v.hasControlled === '是') await tick(page, 'gzwp', 'gzwp', v.controlledGoods);
  await radio(page, 'sfqzsp', 'sf', v.hasPreapproval);
  if (v.hasPreapproval === '是') await tick(page, 'qzsp', 'qzsp', v.preapprovals);
  if (v.hasControlled === '是' || v.hasPreapproval === '是') await uploads(page, '#zzwjBtn', 'zzwjIds', v.qualificationDocs, scan);
  await tick(page, 'yy', 'yy', v.languages);
  const [certificate] = list(v.domainCertificate);
  if (certificate) await upload(page, '#ymzsBtn', 'ymzsId', scan(certificate));
}

async function people(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  const roles = { security: 'aqfzr', liaison: 'xxllr', opinionGuide: 'yqydy' } as const;
  for (const [role, p] of Object.entries(roles)) {
    if (v[`${role}.sameAsPrincipal`] === true) {
      await page.locator(`#${p}Tzt + .layui-form-checkbox`).click();
      await page.waitForFunction((id) => !!(document.getElementById(id) as HTMLInputElement).value, `${p}Xm`);
      continue;
    }
    await type(page, `${p}Xm`, v[`${role}.name`]);
    await pickDict(page, `${p}Zjlx`, 'zjlx', v[`${role}.certType`]);
    await type(page, `${p}Zjhm`, v[`${role}.certNumber`]);
    const [cert] = list(v[`${role}.cert`]);
    if (cert) await upload(page, `#${p}ZjBtn`, `${p}ZjId`, scan(cert));
    await type(page, `${p}Sjhm`, v[`${role}.mobile`]);
    await type(page, `${p}Dzyx`, v[`${role}.email`]);
  }
}

export const fillByHand: FillByHand = async (page, kind, values, scan) => {
  if (kind === 'subject') await subject(page, values, scan);
  else if (kind === 'website-basic') await basic(page, values, scan);
  else await people(page, values, scan);
};
