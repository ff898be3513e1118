import { expect, test, type Page } from '@playwright/test';
import { startReplica, type Replica } from '../site/server';
import { launchWithExtension, newProfileDir, type LoadedExtension } from './extension';
import { CLASSIC, MODERN, hostRules, testState } from './replica';

/**
 * Autofill with the real built extension on the replica: the person opens the popup, picks the
 * client and presses 填写; the helper fills; the person does the captcha/SMS/statement and submits.
 */
declare const chrome: { tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> }; runtime: { sendMessage(message: unknown): Promise<unknown> } };

let replica: Replica;
let profile: ReturnType<typeof newProfileDir>;
let extension: LoadedExtension;

test.beforeEach(async () => {
  replica = await startReplica();
  profile = newProfileDir();
  extension = await launchWithExtension(profile.path, [hostRules(replica.port)]);
  const options = await extension.context.newPage();
  await options.goto(`chrome-extension://${extension.extensionId}/options.html`);
  await options.getByRole('button', { name: '载入示例客户' }).click();
  await expect(options.getByRole('navigation').getByRole('button', { name: /青梧科技/ })).toBeVisible();
  await options.close();
});

test.afterEach(async () => {
  await extension.context.close();
  await replica.close();
  profile.remove();
});

async function openPlatform(url: string): Promise<Page> {
  const page = await extension.context.newPage();
  const origin = new URL(url).origin;
  await page.goto(`${origin}/__test/login?next=${encodeURIComponent(url.replace(origin, ''))}`);
  return page;
}

/** The popup as a page, aimed at the platform tab (popup.html?tabId=N). */
async function openPopup(urlPattern: string): Promise<Page> {
  const popup = await extension.context.newPage();
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html`);
  const [tab] = await popup.evaluate((pattern) => chrome.tabs.query({ url: pattern }), urlPattern);
  await popup.goto(`chrome-extension://${extension.extensionId}/popup.html?tabId=${tab!.id}`);
  return popup;
}

async function fillFromPopup(popup: Page, client: RegExp, website?: string) {
  await popup.getByRole('radio', { name: client }).check();
  if (website) await popup.getByRole('combobox').selectOption({ label: website });
  await popup.getByRole('button', { name: '填写' }).click();
  await expect(popup.getByTestId('summary')).toBeVisible({ timeout: 30_000 });
  const rows = await popup.locator('tr[data-path]').evaluateAll((elements) =>
    elements.map((element) => ({ path: element.getAttribute('data-path'), status: element.getAttribute('data-status'), text: element.textContent })),
  );
  return rows;
}

test('classic 开办主体: filled from the company, completed by hand, the platform receives the profile', async () => {
  const page = await openPlatform(`${CLASSIC}/portal/user/subject`);
  const popup = await openPopup('http://www.beian.gov.cn/*');
  await expect(popup.locator('.page')).toHaveText('当前页面：开办主体管理');
  const report = await fillFromPopup(popup, /青梧科技/);
  expect(report.filter((row) => row.status === 'failed' || row.status === 'not-found')).toEqual([]);
  expect(report.filter((row) => row.status === 'filled').length).toBeGreaterThan(12);

  await page.bringToFront();
  const caption = (label: string) => page.locator('tr', { has: page.locator('td.tdt', { hasText: new RegExp(`^\\s*\\*?\\s*${label}：$`) }) });
  await expect(caption('负责人姓名').locator('input')).toHaveValue('林晓峰');
  await expect(caption('负责人常住地').locator('select').nth(2)).toHaveValue('330106');
  expect((await testState(page)).submissions).toEqual([]);
  await expect(page.locator('tr', { hasText: '手机验证码' }).locator('input')).toHaveValue('');

  await page.locator('tr', { hasText: '手机验证码' }).getByRole('button', { name: '获取' }).click();
  await expect(page.locator('tr', { hasText: '手机验证码' }).getByRole('button')).toHaveText(/秒后/);
  await page.locator('tr', { hasText: '手机验证码' }).locator('input').fill((await testState(page)).lastSms!);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.alert-success')).toContainText('保存成功');

  const [submission] = (await testState(page)).submissions;
  expect(submission!.fields).toMatchObject({
    nature: '企业单位',
    unitName: '杭州青梧数字科技有限公司',
    unitCertType: '统一社会信用代码',
    unitCertNumber: '91330106MA2H7K3LXA',
    supervisor: '林晓峰',
    'principal.residence': { provinceCode: '330000', cityCode: '330100', districtCode: '330106' },
    'principal.residenceDetail': '文三路90号东部软件园2号楼501室',
    'principal.name': '林晓峰',
    'principal.certType': '居民身份证',
    'principal.certNumber': '330106198503121231',
    'principal.cert': [expect.objectContaining({ name: 'principal-front.png' }), expect.objectContaining({ name: 'principal-back.png' })],
    'principal.officePhone': '0571-86781234',
    'principal.mobile': '13857112345',
    'principal.email': 'linxiaofeng@qingwutech.cn',
  });
});

test('modern 新增主体: Element selects, the lazy cascader and uploads are filled like a person would', async () => {
  const page = await openPlatform(`${MODERN}/#/web/subject`);
  await page.locator('.el-form-item', { hasText: '负责人姓名' }).first().waitFor();
  const popup = await openPopup('http://beian.mps.gov.cn/*');
  await expect(popup.locator('.page')).toHaveText('当前页面：开办主体管理');
  const report = await fillFromPopup(popup, /周若溪/);
  expect(report.filter((row) => row.status === 'failed' || row.status === 'not-found')).toEqual([]);

  await page.bringToFront();
  await page.locator('.el-form-item', { hasText: '手机验证码' }).getByRole('button', { name: '获取验证码' }).click();
  await expect(page.locator('.el-message--success')).toBeVisible();
  await page.locator('.el-form-item', { hasText: '手机验证码' }).locator('input').fill((await testState(page)).lastSms!);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.el-message--success').last()).toContainText('保存成功');
  const [submission] = (await testState(page)).submissions;
  expect(submission!.fields).toMatchObject({
    nature: '个人',
    'principal.residence': { provinceCode: '440000', cityCode: '440300', districtCode: '440305' },
    'principal.residenceDetail': '科技园南区高新南七道18号',
    'principal.name': '周若溪',
    'principal.certType': '居民身份证',
    'principal.certNumber': '440305199202150826',
    'principal.cert': [expect.objectContaining({ name: 'blogger-front.png' }), expect.objectContaining({ name: 'blogger-back.png' })],
    'principal.officePhone': '0755-26781234',
    'principal.mobile': '13682950417',
    'principal.email': 'ruoxi@ruoxi-notes.cn',
  });
});

test('a page that is not a platform page gets no fill at all', async () => {
  const page = await openPlatform(`${CLASSIC}/portal/user/website/filed`);
  const popup = await openPopup('http://www.beian.gov.cn/*');
  await expect(popup.locator('.page')).toHaveText('这不是备案平台上可填写的页面。');
  await popup.getByRole('radio', { name: /青梧科技/ }).check();
  await expect(popup.getByRole('button', { name: '填写' })).toBeDisabled();
  await expect(page.locator('table.list').first()).toContainText('33021200002956');
});
