import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectedSubject, expectedWebsite } from './expected';
import { CLASSIC, logInClassic, openReplica, testState, type ReplicaBrowser } from './replica';

/**
 * The classic portal, used by hand as a filer would (no extension): every flow to its submission,
 * and the submission the replica recorded, field by field.
 */
const image = (name: string) => resolve(import.meta.dirname, '../../public/sample', name);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** The table row whose caption cell reads `label：` (with or without the required star). */
function row(scope: Page | Locator, label: string): Locator {
  const root = 'page' in scope ? scope.page() : scope;
  const caption = root.locator('td.tdt').filter({ hasText: new RegExp(`^\\s*\\*?\\s*•?\\s*${escapeRegExp(label)}：?\\s*$`) });
  return scope.locator('tr').filter({ has: caption });
}
const input = (scope: Page | Locator, label: string) => row(scope, label).locator('input[type=text], textarea').first();
const select = (scope: Page | Locator, label: string) => row(scope, label).locator('select').first();
const block = (page: Page, title: string) => page.locator('.block').filter({ has: page.locator('.block-title', { hasText: title }) });

/** Chooses an option of a select whose options arrive by XHR, waiting for them as a person does. */
async function chooseWhenLoaded(control: Locator, label: string) {
  await expect(control.locator('option', { hasText: label })).toHaveCount(1);
  await control.selectOption({ label });
}

let session: ReplicaBrowser;
let page: Page;

test.beforeEach(async () => {
  session = await openReplica();
  page = await session.context.newPage();
  await logInClassic(page);
});

test.afterEach(async () => {
  await session.close();
});

async function fillSubject() {
  await page.goto(`${CLASSIC}/portal/user/subject`);
  await select(page, '主办单位性质').selectOption({ label: '企业单位' });
  await input(page, '主办单位名称').fill('杭州青梧数字科技有限公司');
  await select(page, '单位证件类型').selectOption({ label: '统一社会信用代码' });
  await input(page, '单位证件号码').fill('91330106MA2H7K3LXA');
  await input(page, '投资或主管单位').fill('林晓峰');
  const residence = row(page, '负责人常住地').locator('select');
  await residence.nth(0).selectOption({ label: '浙江省' });
  await chooseWhenLoaded(residence.nth(1), '杭州市');
  await chooseWhenLoaded(residence.nth(2), '西湖区');
  await input(page, '详细地址').fill('文三路90号东部软件园2号楼501室');
  await input(page, '负责人姓名').fill('林晓峰');
  await select(page, '负责人证件类型').selectOption({ label: '居民身份证' });
  await input(page, '负责人证件号码').fill('330106198503121231');
  const scans = row(page, '负责人证件').locator('input[type=file]');
  await scans.nth(0).setInputFiles(image('principal-front.png'));
  await scans.nth(1).setInputFiles(image('principal-back.png'));
  await input(page, '办公室电话').fill('0571-86781234');
  await input(page, '手机号码').fill('13857112345');
  await row(page, '手机验证码').getByRole('button', { name: '获取' }).click();
  await expect(row(page, '手机验证码').getByRole('button')).toHaveText(/秒后重新获取/);
  const { lastSms } = await testState(page);
  await input(page, '手机验证码').fill(lastSms!);
  await input(page, '电子邮件地址').fill('linxiaofeng@qingwutech.cn');
  await input(page, '备注').fill('首次备案');
}

test('开办主体: a filled subject is saved, and the platform receives every field', async () => {
  await fillSubject();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.alert-success')).toContainText('保存成功');

  const [submission] = (await testState(page)).submissions;
  expect(submission).toMatchObject({
    kind: 'subject',
    rendering: 'classic',
    fields: expectedSubject,
  });
});

test('开办主体: the server refuses an oversize scan and a missing field, with the platform’s message', async () => {
  await fillSubject();
  await input(page, '负责人姓名').fill('');
  await row(page, '负责人证件').locator('input[type=file]').nth(0).setInputFiles({
    name: 'huge.png',
    mimeType: 'image/png',
    buffer: Buffer.alloc(600 * 1024, 1),
  });
  await page.getByRole('button', { name: '保存' }).click();
  const alert = page.locator('.alert-error');
  await expect(alert).toContainText('请填写负责人姓名');
  await expect(alert).toContainText('负责人证件大小不能超过512KB');
  expect((await testState(page)).submissions).toEqual([]);
});

async function saveSubjectDirectly() {
  await fillSubject();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.alert-success')).toBeVisible();
}

async function pickProvider(scope: Locator, regionLabel: string, scope境: '境内' | '境外', region: string, name: string) {
  const regionRow = row(scope, regionLabel);
  await regionRow.getByLabel(scope境).check();
  await chooseWhenLoaded(regionRow.locator('select'), region);
  const nameRow = regionRow.locator('xpath=following-sibling::tr[1]');
  await chooseWhenLoaded(nameRow.locator('select'), name);
  return nameRow;
}

async function addRows(scope: Locator, label: string, values: string[]) {
  const cell = row(scope, label);
  for (const value of values) {
    await cell.getByRole('button', { name: '添加' }).click();
    await cell.locator('.row-item input').last().fill(value);
  }
}

async function completeWizard() {
  await expect(page.locator('h3')).toHaveText('网站申请');
  await page.getByRole('link', { name: '下一步' }).click();

  const info = block(page, '网站信息');
  await input(info, '网站名称').fill('青梧科技官网');
  await input(info, '工信部备案号').fill('浙ICP备2023012345号-1');
  await input(info, '主域名').fill('qingwutech.cn');
  await addRows(info, '子域名', ['www.qingwutech.cn', 'docs.qingwutech.cn']);
  await addRows(info, 'IP', ['47.96.123.45']);
  const access = block(page, '网络接入服务商');
  await select(access, '网站接入方式').selectOption({ label: '云服务器' });
  await pickProvider(access, '接入商所属区域', '境内', '浙江省', '阿里云计算有限公司');
  const registrar = block(page, '域名注册服务商');
  const registrarName = await pickProvider(registrar, '域名服务商所属区域', '境外', '美国', '其他');
  await registrarName.locator('input[type=text]').fill('GoDaddy.com, LLC');
  const services = block(page, '服务类型');
  await services.getByLabel('是', { exact: true }).check();
  await services.getByLabel('www服务').check();
  await services.getByLabel('论坛/bbs').check();
  const content = block(page, '网站内容');
  await row(content, '是否涉及前置审核内容').getByLabel('是').check();
  await content.getByLabel('教育').check();
  await row(content, '资质材料').locator('input[type=file]').setInputFiles(image('topology.png'));
  await block(page, '网站语言').getByLabel('中文繁体').check();
  const extra = block(page, '补充信息');
  await row(extra, '网站性质').getByLabel('非经营性').check();
  await select(extra, '网站级别').selectOption({ label: '二级' });
  await select(extra, '服务类型分类').selectOption({ label: '03 论坛类网站' });
  await input(extra, '技术支持服务商').fill('杭州青梧数字科技有限公司');
  await input(extra, '服务器台数').fill('2');
  await page.getByRole('button', { name: '下一步' }).click();

  const security = block(page, '网站安全负责人信息');
  await input(security, '负责人姓名').fill('沈嘉禾');
  await select(security, '负责人证件类型').selectOption({ label: '居民身份证' });
  await input(security, '负责人证件号码').fill('330108199011230113');
  await row(security, '负责人证件').locator('input[type=file]').setInputFiles(image('security-id.png'));
  await input(security, '手机号码').fill('13666612870');
  await input(security, '电子邮件地址').fill('shenjiahe@qingwutech.cn');
  await block(page, '网站信息联络人').getByLabel('同主体负责人信息').check();
  await expect(row(block(page, '网站信息联络人'), '联络人姓名')).toBeHidden();
  await page.clock.install();
  await page.getByRole('button', { name: '下一步' }).click();

  const statement = page.getByLabel(/已阅读,并承诺上述网络安全责任/);
  await expect(statement).toBeDisabled();
  // The countdown starts with the page's script: time skipped before it ran would not count.
  await page.waitForLoadState('load');
  await page.clock.fastForward(10_000);
  await expect(statement).toBeEnabled();
  await statement.check();
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.locator('.alert-success')).toContainText('提交成功');
}


test('新办网站申请: the four steps, by hand, end in the submission the platform receives', async () => {
  await saveSubjectDirectly();
  await page.getByRole('link', { name: '新办网站申请' }).click();
  await completeWizard();
  const submission = (await testState(page)).submissions.find((candidate) => candidate.kind === 'website');
  expect(submission).toMatchObject({ kind: 'website', mode: 'new', rendering: 'classic', fields: expectedWebsite });
});

test('新办网站申请: step 2 is refused without its required fields', async () => {
  await saveSubjectDirectly();
  await page.goto(`${CLASSIC}/portal/user/website/apply`);
  await page.getByRole('link', { name: '下一步' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  const alert = page.locator('.alert-error');
  await expect(alert).toContainText('请填写网站名称');
  await expect(alert).toContainText('请选择接入商所属区域');
});

test('未备案网站: a pushed site is filed through the same wizard, starting from what was pushed', async () => {
  await saveSubjectDirectly();
  await page.goto(`${CLASSIC}/portal/user/website/unfiled`);
  await expect(page.getByRole('link', { name: /未备案网站\(2\)/ })).toBeVisible();
  await page.locator('tr', { hasText: 'qingwudev.cn' }).getByRole('link', { name: '备案' }).click();
  await page.getByRole('link', { name: '下一步' }).click();
  await expect(input(block(page, '网站信息'), '主域名')).toHaveValue('qingwudev.cn');
  await page.goto(`${CLASSIC}/portal/user/website/apply?step=1`);
  await completeWizard();
  const submission = (await testState(page)).submissions.find((candidate) => candidate.kind === 'website');
  expect(submission).toMatchObject({ mode: 'unfiled', fields: expectedWebsite });
  await page.goto(`${CLASSIC}/portal/user/website/unfiled`);
  await expect(page.getByRole('link', { name: /未备案网站\(1\)/ })).toBeVisible();
});

test('已办网站认领: a site is found by its domain and claimed through the wizard', async () => {
  await saveSubjectDirectly();
  await page.getByRole('link', { name: '已办网站认领' }).click();
  await page.locator('form.form-inline input').fill('ceshi15');
  await page.getByRole('button', { name: '搜索' }).click();
  await page.locator('tr', { hasText: 'ceshi15.cn' }).getByRole('link', { name: '编辑' }).click();
  await completeWizard();
  expect((await testState(page)).submissions.find((candidate) => candidate.kind === 'website')).toMatchObject({ mode: 'claim' });
});

test('网站信息变更: the wizard starts from the filed values', async () => {
  await saveSubjectDirectly();
  await page.getByRole('link', { name: '网站信息变更' }).click();
  await page.locator('tr', { hasText: '33021200002956' }).getByRole('link', { name: '编辑' }).click();
  await page.getByRole('link', { name: '下一步' }).click();
  const info = block(page, '网站信息');
  await expect(input(info, '网站名称')).toHaveValue('网娱在线');
  await expect(row(info, '子域名').locator('.row-item input')).toHaveValue('www.5151c.cn');
  await page.getByRole('link', { name: '上一步' }).click();
  await completeWizard();
  const submission = (await testState(page)).submissions.find((candidate) => candidate.kind === 'website');
  expect(submission).toMatchObject({ mode: 'change', fields: { name: '青梧科技官网', subdomains: ['www.5151c.cn', 'www.qingwutech.cn', 'docs.qingwutech.cn'] } });
});

test('网站注销申请: a filed site is cancelled with the SMS code', async () => {
  await page.getByRole('link', { name: '网站注销申请' }).click();
  await page.locator('tr', { hasText: '11010502013465' }).getByRole('link', { name: '注销' }).click();
  await page.getByRole('button', { name: '网站注销' }).click();
  await expect(page.locator('.alert-error')).toContainText('短信验证码不正确');
  await page.getByRole('button', { name: '发送验证码' }).click();
  await expect(page.getByRole('button', { name: /秒后重新获取/ })).toBeVisible();
  await page.getByPlaceholder('请输入验证码').fill((await testState(page)).lastSms!);
  await page.getByRole('button', { name: '网站注销' }).click();
  await expect(page.locator('.alert-success')).toContainText('注销申请已提交');
  expect((await testState(page)).submissions).toEqual([
    expect.objectContaining({ kind: 'cancel', fields: { recordNumber: '11010502013465', domain: 'mogujie.example.cn' } }),
  ]);
});

test('已备案网站 lists the filed sites and the 备案号代码 block', async () => {
  await page.goto(`${CLASSIC}/portal/user/website/filed`);
  await expect(page.locator('table.list').first()).toContainText('33021200002956');
  await expect(page.getByRole('button', { name: '点击复制备案号' })).toHaveCount(3);
});

test('公共查询 finds a filed site by its record number, with the captcha typed', async () => {
  await page.goto(`${CLASSIC}/portal/registerSystemInfo`);
  await page.getByLabel('公安机关备案号').check();
  await page.locator('tr', { hasText: '查询内容' }).locator('input').fill('33021200002956');
  await page.getByRole('img', { name: '验证码' }).waitFor();
  await page.locator('tr', { hasText: '验证码' }).locator('input').fill((await testState(page)).captcha);
  await page.getByRole('button', { name: '查询' }).click();
  const card = page.locator('.result-card');
  await expect(card).toContainText('互联网站备案信息');
  await expect(card).toContainText('网娱在线');
});
