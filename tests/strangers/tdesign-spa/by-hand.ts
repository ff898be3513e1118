import type { Locator, Page } from '@playwright/test';
import type { ClientValues, FieldValue, FillByHand, ScanFile } from '../contract';

/**
 * Filling the TDesign pages as a person does: open each select and click the option, walk the
 * cascader column by column, click radios, checkboxes and switches, type dates into the date
 * picker, pick files in the upload's file chooser. Selectors are the form items' `name` classes
 * (`.t-form-item__<name>`), which TDesign derives from the form model's pinyin field names.
 */
const exact = (text: string) => new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`);

/** What the page shows for a FIELDS.md wording, where it differs. */
const SHOWN: Record<string, string> = {
  企业单位: '企业',
  政府机构: '政府机关',
  统一社会信用代码: '统一社会信用代码证书',
  工商营业执照: '营业执照',
  护照: '普通护照',
  军官证: '中国人民解放军军官证',
  www服务: 'WWW服务',
  wap网站: 'WAP网站',
  '博客、个人空间': '博客/个人空间',
  '论坛/bbs': '论坛BBS',
  app服务: 'APP服务',
  剧毒化学物: '剧毒化学品',
  中文简体: '简体中文',
  中文繁体: '繁体中文',
  维吾尔语: '维吾尔文',
  哈萨克语: '哈萨克文',
  蒙古语: '蒙古文',
  藏语: '藏文',
  壮语: '壮文',
  朝鲜语: '朝鲜文',
  支付类网站: '01-支付类',
  综合类网站: '02-综合类',
  论坛类网站: '03-论坛类',
  '个人主页（包含社交、微博、博客）类网站': '04-个人主页（社交、微博、博客）',
  搜索类网站: '05-搜索类',
  视频类网站: '06-视频类',
  '通讯（包含即时通讯、电子邮箱）类网站': '07-通讯（即时通讯、电子邮箱）',
  游戏类网站: '08-游戏类',
  交易类网站: '09-交易类',
};
const shown = (text: string) => SHOWN[text] ?? text;

type Scope = Page | Locator;

function str(value: FieldValue | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}
function list(value: FieldValue | undefined): readonly string[] | undefined {
  return Array.isArray(value) ? value : undefined;
}
const item = (scope: Scope, name: string) => scope.locator(`.t-form-item__${name}`).first();

async function type(scope: Scope, name: string, value: string | undefined): Promise<void> {
  if (value === undefined) return;
  const input = item(scope, name).locator('input, textarea').first();
  await input.click();
  await input.fill(value);
  await input.blur();
}

/** Open a t-select and click the option a person reads. */
async function choose(page: Page, field: Locator, text: string): Promise<void> {
  await field.locator('.t-select').first().click();
  const option = page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact(text) }).first();
  await option.waitFor({ state: 'visible' });
  await option.click();
  await page.locator('.t-popup:visible .t-select-option').first().waitFor({ state: 'hidden' }).catch(() => undefined);
}

async function radio(field: Locator, text: string | undefined): Promise<void> {
  if (text === undefined) return;
  await field.locator('label.t-radio').filter({ hasText: exact(text) }).first().click();
}

async function ticks(field: Locator, texts: readonly string[] | undefined): Promise<void> {
  for (const text of texts ?? []) await field.locator('label.t-checkbox').filter({ hasText: exact(shown(text)) }).first().click();
}

async function date(field: Locator, value: string | undefined): Promise<void> {
  if (!value) return;
  if (value === '长期') {
    await field.locator('label.t-checkbox').filter({ hasText: '长期' }).click();
    return;
  }
  // type the date: the panel jumps to its month and marks the day, which a person then clicks
  const input = field.locator('.t-date-picker input').first();
  await input.click();
  await input.fill(value);
  await field.page().locator('.t-date-picker__panel:visible .t-date-picker__cell--active').click();
}

async function upload(field: Locator, names: readonly string[] | undefined, scan: (name: string) => ScanFile): Promise<void> {
  if (!names?.length) return;
  const before = await field.locator('.t-upload__card-item img, .t-upload__single-name, .t-upload__flow-name').count();
  await field.locator('input[type=file]').setInputFiles(names.map(scan));
  // wait until the thumbnails / file names of the uploaded files are shown
  await field.page().waitForFunction(
    ([el, n]) => (el as Element).querySelectorAll('.t-upload__card-item img, .t-upload__single-name').length >= (n as number) && !(el as Element).querySelector('.t-loading, .t-upload__card-status-wrap .t-loading'),
    [await field.elementHandle(), before + names.length] as const,
    { timeout: 10_000 },
  );
}

async function cascade(page: Page, field: Locator, path: readonly string[] | undefined): Promise<void> {
  if (!path?.length) return;
  await field.locator('.t-cascader').first().click();
  for (const [level, name] of path.entries()) {
    const option = page.locator('.t-popup:visible .t-cascader__menu').nth(level).locator('.t-cascader__item').filter({ hasText: exact(name) }).first();
    await option.waitFor({ state: 'visible' });
    await option.click();
  }
  await page.keyboard.press('Escape');
}

async function provider(page: Page, scope: Page, prefix: string, value: FieldValue | undefined): Promise<void> {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const p = value as { scope: string; region: string; name: string };
  await radio(item(scope, `${prefix}dq`), p.scope);
  await choose(page, item(scope, `${prefix}dq`), p.region);
  const names = item(scope, `${prefix}bm`);
  await names.locator('.t-select').first().click();
  const listed = page.locator('.t-popup:visible .t-select-option').filter({ hasText: exact(p.name) });
  await page.locator('.t-popup:visible .t-select-option').filter({ hasText: '其他' }).first().waitFor({ state: 'visible' });
  if (await listed.count()) await listed.first().click();
  else {
    await page.locator('.t-popup:visible .t-select-option').filter({ hasText: '其他' }).first().click();
    await names.locator('input[placeholder="请输入服务商全称"]').fill(p.name);
  }
}

async function rows(field: Locator, values: readonly string[] | undefined): Promise<void> {
  for (const [index, value] of (values ?? []).entries()) {
    const inputs = field.locator('.ba-row input');
    if ((await inputs.count()) <= index) await field.getByRole('button', { name: '+ 添加' }).click();
    await inputs.nth(index).fill(value);
  }
}

async function subject(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  const nature = str(v.nature);
  if (nature) await choose(page, item(page, 'ztxz'), shown(nature));
  if (nature && nature !== '个人') {
    await type(page, 'dwmc', str(v.unitName));
    if (str(v.unitCertType)) await choose(page, item(page, 'dwzjlx'), shown(str(v.unitCertType)!));
    await type(page, 'dwzjhm', str(v.unitCertNumber));
    await type(page, 'tzhzgdw', str(v.supervisor));
  }
  await cascade(page, item(page, 'cjd'), list(v['principal.residence']));
  await type(page, 'xxdz', str(v['principal.residenceDetail']));
  await type(page, 'fzrxm', str(v['principal.name']));
  if (str(v['principal.certType'])) await choose(page, item(page, 'fzrzjlx'), shown(str(v['principal.certType'])!));
  await type(page, 'fzrzjhm', str(v['principal.certNumber']));
  await date(item(page, 'zjyxq'), str(v['principal.certExpiry']));
  await upload(item(page, 'fzrzj'), list(v['principal.cert']), scan);
  await type(page, 'bgdh', str(v['principal.officePhone']));
  await type(page, 'sjhm', str(v['principal.mobile']));
  await type(page, 'dzyj', str(v['principal.email']));
  await type(page, 'bz', str(v['principal.remark']));
}

async function basic(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  await type(page, 'wzmc', str(v.name));
  await radio(item(page, 'sfyicp'), str(v.hasIcp));
  if (v.hasIcp === '是') await type(page, 'icpbah', str(v.icpNumber));
  await radio(item(page, 'sfydlym'), str(v.hasOwnDomain));
  await type(page, 'zym', str(v.domain));
  await rows(item(page, 'zyms'), list(v.subdomains));
  await rows(item(page, 'ipdz'), list(v.ips));
  await date(item(page, 'ktrq'), str(v.openedOn));
  await radio(item(page, 'wzxz'), str(v.operating));
  if (str(v.level)) await choose(page, item(page, 'wzjb'), str(v.level)!);
  if (str(v.serviceCategory)) await choose(page, item(page, 'fwlb'), shown(str(v.serviceCategory)!));
  if (str(v.accessMethod)) await choose(page, item(page, 'jrfs'), str(v.accessMethod)!);
  await provider(page, page, 'jrs', v.accessProvider);
  await provider(page, page, 'yms', v.registrar);
  await type(page, 'jszcmc', str(v['techSupport.name']));
  await type(page, 'jszcdh', str(v['techSupport.phone']));
  await type(page, 'fwqdz', str(v.serverAddress));
  await type(page, 'fwqts', str(v.serverCount));
  await type(page, 'fwqwadm', str(v.serverPoliceCode));
  await upload(item(page, 'tpt'), list(v.topology), scan);
  await radio(item(page, 'sfjh'), str(v.interactive));
  await ticks(item(page, 'fwlx'), list(v.serviceTypes));
  await radio(item(page, 'sfgzwp'), str(v.hasControlled));
  if (v.hasControlled === '是') await ticks(item(page, 'gzwp'), list(v.controlledGoods));
  await radio(item(page, 'sfqzsp'), str(v.hasPreapproval));
  if (v.hasPreapproval === '是') await ticks(item(page, 'qzsp'), list(v.preapprovals));
  if (v.hasPreapproval === '是' || v.hasControlled === '是') await upload(item(page, 'zzcl'), list(v.qualificationDocs), scan);
  await ticks(item(page, 'wzyy'), list(v.languages)?.map((text) => (text === '其他' ? '其他语种' : text)));
}

const CARDS = [
  ['security', '网站安全负责人'],
  ['liaison', '网站信息联络人'],
  ['opinionGuide', '舆情引导员'],
] as const;

async function people(page: Page, v: ClientValues, scan: (name: string) => ScanFile): Promise<void> {
  for (const [role, title] of CARDS) {
    const card = page.locator('.ba-person').filter({ has: page.locator('.ba-person-title', { hasText: title }) });
    if (v[`${role}.sameAsPrincipal`] === true) {
      await card.locator('.t-switch').click();
      continue;
    }
    if (!Object.keys(v).some((key) => key.startsWith(`${role}.`))) continue;
    await type(card, 'xm', str(v[`${role}.name`]));
    const certType = str(v[`${role}.certType`]);
    if (certType) await choose(page, item(card, 'zjlx'), shown(certType));
    await type(card, 'zjhm', str(v[`${role}.certNumber`]));
    await upload(item(card, 'zj'), list(v[`${role}.cert`]), scan);
    await type(card, 'sjhm', str(v[`${role}.mobile`]));
    await type(card, 'dzyj', str(v[`${role}.email`]));
  }
}

export const fillByHand: FillByHand = async (page, kind, values, scan) => {
  if (kind === 'subject') await subject(page, values, scan);
  else if (kind === 'website-basic') await basic(page, values, scan);
  else await people(page, values, scan);
};
