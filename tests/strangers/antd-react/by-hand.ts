import type { Page } from '@playwright/test';
import type { ClientValues, FillByHand, ScanFile } from '../contract';
import { wheelUntilDrawn } from '../scrolling';
import * as dict from './app/codes';

/**
 * Filling the antd pages the way a person does: open each dropdown and click the option the page
 * shows (the page words some options differently from FIELDS.md: the dictionaries in app/codes.ts
 * give the shown wording), walk the cascader column by column, type dates into the picker, pick
 * scans through the file chooser, tick checkboxes, flip switches.
 */
const shown = (table: dict.Dict, standard: string) => table.find((row) => (row[2] ?? row[1]) === standard)?.[1] ?? standard;
const str = (values: ClientValues, key: string) => (typeof values[key] === 'string' ? (values[key] as string) : undefined);
const list = (values: ClientValues, key: string) => (Array.isArray(values[key]) ? (values[key] as readonly string[]) : undefined);

async function type(page: Page, id: string, text: string | undefined) {
  if (text === undefined) return;
  await page.locator(`#${id}`).fill(text);
}

/** antd Select: open it, (type to search,) scroll the virtual list until the option shows, click it. */
async function choose(page: Page, id: string, label: string | undefined, search = false) {
  if (label === undefined) return;
  await page.locator(`.ant-select:has(#${id})`).click();
  if (search) await page.locator(`#${id}`).pressSequentially(label.slice(0, 2));
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  const option = dropdown.locator('.ant-select-item-option').filter({ has: page.getByText(label, { exact: true }) });
  await dropdown.locator('.ant-select-item-option').first().waitFor();
  await wheelUntilDrawn(page, dropdown.locator('.ant-select-dropdown-list-holder'), option);
  await option.first().click();
  await dropdown.waitFor({ state: 'hidden' });
}

async function cascade(page: Page, id: string, path: readonly string[] | undefined) {
  if (!path?.length) return;
  await page.locator(`#${id}`).click();
  const dropdown = page.locator('.ant-cascader-dropdown:not(.ant-select-dropdown-hidden)').last();
  for (const [level, name] of path.entries()) {
    await dropdown.locator('.ant-cascader-menu').nth(level).locator(`li[title="${name}"]`).click();
  }
  await dropdown.waitFor({ state: 'hidden' });
}

async function date(page: Page, id: string, text: string | undefined) {
  if (!text) return;
  const input = page.locator(`#${id}`);
  await input.click();
  await input.fill(text);
  await input.press('Enter');
}

async function radio(page: Page, id: string, label: string | undefined) {
  if (label === undefined) return;
  await page.locator(`#${id}`).getByText(label, { exact: true }).click();
}

async function tick(page: Page, id: string, labels: readonly string[] | undefined) {
  for (const label of labels ?? []) await page.locator(`#${id}`).getByText(label, { exact: true }).click();
}

async function upload(page: Page, id: string, names: readonly string[] | undefined, scan: (name: string) => ScanFile) {
  if (!names?.length) return;
  const chooser = page.waitForEvent('filechooser');
  await page.locator(`.ant-form-item:has(#${id}) .ant-upload button`).first().click();
  await (await chooser).setFiles(names.map(scan));
  await page.locator(`.ant-form-item:has(#${id}) .ant-upload-list-item`).nth(names.length - 1).waitFor();
}

async function subject(page: Page, v: ClientValues, scan: (name: string) => ScanFile) {
  await choose(page, 'subject_nature', str(v, 'nature') && shown(dict.NATURE, str(v, 'nature')!));
  await type(page, 'subject_unitName', str(v, 'unitName'));
  if (v.nature !== '个人') {
    await choose(page, 'subject_unitCertType', str(v, 'unitCertType') && shown(dict.UNIT_CERT, str(v, 'unitCertType')!));
    await type(page, 'subject_unitCertNumber', str(v, 'unitCertNumber'));
    await type(page, 'subject_supervisor', str(v, 'supervisor'));
  }
  await cascade(page, 'subject_principal_residence', list(v, 'principal.residence'));
  await type(page, 'subject_principal_address', str(v, 'principal.residenceDetail'));
  await type(page, 'subject_principal_name', str(v, 'principal.name'));
  await choose(page, 'subject_principal_certType', str(v, 'principal.certType') && shown(dict.PERSON_CERT, str(v, 'principal.certType')!));
  await type(page, 'subject_principal_certNumber', str(v, 'principal.certNumber'));
  if (v['principal.certExpiry'] === '长期') await page.locator('.ant-form-item').getByText('长期', { exact: true }).click();
  else await date(page, 'subject_principal_certExpiry', str(v, 'principal.certExpiry'));
  await upload(page, 'subject_principal_cert', list(v, 'principal.cert'), scan);
  await upload(page, 'subject_principal_handheld', list(v, 'principal.certHandheld'), scan);
  await type(page, 'subject_principal_officePhone', str(v, 'principal.officePhone'));
  await type(page, 'subject_principal_mobile', str(v, 'principal.mobile'));
  await type(page, 'subject_principal_email', str(v, 'principal.email'));
  await type(page, 'subject_remark', str(v, 'principal.remark'));
}

async function rows(page: Page, name: string, values: readonly string[] | undefined) {
  for (const [index, text] of (values ?? []).entries()) {
    if (!(await page.locator(`#website_${name}_${index}`).count())) await page.locator(`.ant-form-item:has(#website_${name}_0)`).getByRole('button', { name: /添\s*加/ }).click();
    await type(page, `website_${name}_${index}`, text);
  }
}

async function provider(page: Page, name: 'access' | 'registrar', value: ClientValues[string] | undefined) {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return;
  const p = value as { scope: string; region: string; name: string };
  await radio(page, `website_${name}_scope`, p.scope);
  await choose(page, `website_${name}_region`, p.region, true);
  const known = page.locator(`.ant-select:has(#website_${name}_isp)`);
  await known.click();
  const dropdown = page.locator('.ant-select-dropdown:not(.ant-select-dropdown-hidden)').last();
  const option = dropdown.locator('.ant-select-item-option').filter({ has: page.getByText(p.name, { exact: true }) });
  // the list loads after the region: wait for it, then take the name or fall back to 其他
  await dropdown.locator('.ant-select-item-option').nth(1).waitFor({ timeout: 3000 }).catch(() => undefined);
  await page.keyboard.press('Escape');
  if (await option.count()) await choose(page, `website_${name}_isp`, p.name);
  else {
    await choose(page, `website_${name}_isp`, '其他');
    await type(page, `website_${name}_other`, p.name);
  }
}

async function basic(page: Page, v: ClientValues, scan: (name: string) => ScanFile) {
  await type(page, 'website_name', str(v, 'name'));
  await radio(page, 'website_hasIcp', str(v, 'hasIcp'));
  await type(page, 'website_icpNumber', str(v, 'icpNumber'));
  await radio(page, 'website_hasOwnDomain', str(v, 'hasOwnDomain'));
  await type(page, 'website_domain', str(v, 'domain'));
  await rows(page, 'subdomains', list(v, 'subdomains'));
  await upload(page, 'website_domainCert', list(v, 'domainCertificate'), scan);
  await rows(page, 'ips', list(v, 'ips'));
  await date(page, 'website_openedOn', str(v, 'openedOn'));
  await choose(page, 'website_accessMethod', str(v, 'accessMethod') && shown(dict.ACCESS_METHOD, str(v, 'accessMethod')!));
  await provider(page, 'access', v.accessProvider);
  await type(page, 'website_access_phone', str(v, 'accessProvider.phone'));
  await type(page, 'website_access_code', str(v, 'accessProvider.code'));
  await provider(page, 'registrar', v.registrar);
  await radio(page, 'website_interactive', str(v, 'interactive'));
  await tick(page, 'website_serviceTypes', list(v, 'serviceTypes')?.map((item) => shown(dict.SERVICE_TYPE, item)));
  await radio(page, 'website_hasControlled', str(v, 'hasControlled'));
  await tick(page, 'website_controlledGoods', list(v, 'controlledGoods')?.map((item) => shown(dict.CONTROLLED, item)));
  await radio(page, 'website_hasPreapproval', str(v, 'hasPreapproval'));
  await tick(page, 'website_preapprovals', list(v, 'preapprovals')?.map((item) => shown(dict.PREAPPROVAL, item)));
  await upload(page, 'website_qualificationDocs', list(v, 'qualificationDocs'), scan);
  await tick(page, 'website_languages', list(v, 'languages')?.map((item) => shown(dict.LANGUAGE, item)));
  await radio(page, 'website_operating', str(v, 'operating'));
  await radio(page, 'website_level', str(v, 'level'));
  await choose(page, 'website_serviceCategory', str(v, 'serviceCategory') && shown(dict.SERVICE_CATEGORY, str(v, 'serviceCategory')!));
  await type(page, 'website_techName', str(v, 'techSupport.name'));
  await type(page, 'website_techPhone', str(v, 'techSupport.phone'));
  await type(page, 'website_serverAddress', str(v, 'serverAddress'));
  await type(page, 'website_serverCount', str(v, 'serverCount'));
  await type(page, 'website_policeCode', str(v, 'serverPoliceCode'));
  await upload(page, 'website_topology', list(v, 'topology'), scan);
}

async function people(page: Page, v: ClientValues, scan: (name: string) => ScanFile) {
  for (const role of ['security', 'liaison', 'opinionGuide']) {
    const id = (field: string) => `people_${role}_${field}`;
    if (v[`${role}.sameAsPrincipal`] === true) {
      await page.locator(`#${id('same')}`).click();
      await page.locator(`#${id('name')}`).and(page.locator(':disabled')).waitFor();
      continue;
    }
    await type(page, id('name'), str(v, `${role}.name`));
    await choose(page, id('certType'), str(v, `${role}.certType`) && shown(dict.PERSON_CERT, str(v, `${role}.certType`)!));
    await type(page, id('certNumber'), str(v, `${role}.certNumber`));
    await upload(page, id('cert'), list(v, `${role}.cert`), scan);
    await type(page, id('mobile'), str(v, `${role}.mobile`));
    await type(page, id('email'), str(v, `${role}.email`));
  }
}

export const fillByHand: FillByHand = async (page, kind, values, scan) => {
  if (kind === 'subject') {
    await page.locator('form#subject').waitFor();
    await subject(page, values, scan);
  } else if (kind === 'website-basic') {
    await page.locator('form#website').waitFor();
    await basic(page, values, scan);
  } else {
    await page.locator('form#people').waitFor();
    await people(page, values, scan);
  }
};
