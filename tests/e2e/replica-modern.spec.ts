import { resolve } from 'node:path';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectedSubject, expectedWebsite } from './expected';
import { MODERN, openReplica, testState, type ReplicaBrowser } from './replica';

/**
 * The modern platform (Vue + Element Plus), used by hand: dropdowns opened and options clicked,
 * cascader levels waited for, uploads sent one by one, the statement's countdown waited out.
 */
const image = (name: string) => resolve(import.meta.dirname, '../../public/sample', name);
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

let session: ReplicaBrowser;
let page: Page;

/** The el-form-item whose label reads exactly `label`. */
function item(scope: Page | Locator, label: string): Locator {
  const root = 'page' in scope ? scope.page() : scope;
  return scope.locator('.el-form-item').filter({ has: root.locator('> .el-form-item__label', { hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }) });
}
const card = (title: string) => page.locator('.el-card').filter({ has: page.locator('.el-card__header', { hasText: title }) });

/**
 * Opens an el-select and clicks the option in its own list, as a person does — clicking again
 * when a click went to closing the previous dropdown instead (Element takes it as the click
 * outside), which on a loaded machine happens.
 */
async function choose(control: Locator, option: string) {
  const input = control.locator('.el-select__input');
  await expect(async () => {
    if ((await input.getAttribute('aria-expanded')) !== 'true') await control.locator('.el-select__wrapper').click();
    await expect(input).toHaveAttribute('aria-expanded', 'true', { timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const list = page.locator(`[id="${await input.getAttribute('aria-controls')}"]`);
  await list.locator('.el-select-dropdown__item').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(option)}\\s*$`) }).click();
}

/**
 * Opens an el-cascader and clicks level by level, each click repeated until the next level's menu
 * shows the next name (a lazy level loads after its click; on a loaded machine a click can go to
 * closing another dropdown, or land while the menu still moves): it waits for what the click is
 * for, never for a time.
 */
async function chooseRegion(control: Locator, levels: readonly string[]) {
  const dropdown = page.locator('.el-cascader__dropdown:visible');
  await expect(async () => {
    if (!(await dropdown.isVisible())) await control.locator('.el-cascader').click();
    await expect(dropdown).toBeVisible({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  const node = (level: number) => dropdown.locator('.el-cascader-menu').nth(level).locator('.el-cascader-node').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(levels[level]!)}\\s*$`) });
  for (let level = 0; level < levels.length - 1; level++) {
    await expect(async () => {
      await node(level).click({ timeout: 2_000 });
      await expect(node(level + 1)).toBeVisible({ timeout: 5_000 });
    }).toPass({ timeout: 30_000 });
  }
  await node(levels.length - 1).click();
}

async function tick(scope: Locator, label: string) {
  await scope.locator('.el-checkbox, .el-radio').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }).click();
}

async function upload(control: Locator, index: number, file: string) {
  await control.locator('input[type=file]').nth(index).setInputFiles(image(file));
  await expect(control.locator('.upload-side').nth(index).locator('.el-upload-list__item.is-success')).toHaveCount(1);
}

async function logIn() {
  await page.goto(`${MODERN}/#/login`);
  await page.getByRole('img', { name: '验证码' }).waitFor();
  const { captcha } = await testState(page);
  await item(page, '用户名').locator('input').fill('demo');
  await item(page, '密码').locator('input').fill('demo123');
  await item(page, '验证码').locator('input').fill(captcha);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/businessHome/);
}

test.beforeEach(async () => {
  session = await openReplica();
  page = await session.context.newPage();
  await logIn();
});

test.afterEach(async () => {
  await session.close();
});

async function fillSubject() {
  await page.goto(`${MODERN}/#/web/subject`);
  await choose(item(page, '主办单位性质'), '企业单位');
  await item(page, '主办单位名称').locator('input').fill('杭州青梧数字科技有限公司');
  await choose(item(page, '单位证件类型'), '统一社会信用代码');
  await item(page, '单位证件号码').locator('input').fill('91330106MA2H7K3LXA');
  await item(page, '投资或主管单位').locator('input').fill('林晓峰');
  await chooseRegion(item(page, '负责人常住地'), ['浙江省', '杭州市', '西湖区']);
  await expect(item(page, '负责人常住地').locator('input')).toHaveValue('浙江省 / 杭州市 / 西湖区');
  await item(page, '详细地址').locator('input').fill('文三路90号东部软件园2号楼501室');
  await item(page, '负责人姓名').locator('input').fill('林晓峰');
  await choose(item(page, '负责人证件类型'), '居民身份证');
  await item(page, '负责人证件号码').locator('input').fill('330106198503121231');
  await upload(item(page, '负责人证件'), 0, 'principal-front.png');
  await upload(item(page, '负责人证件'), 1, 'principal-back.png');
  await item(page, '办公室电话').locator('input').fill('0571-86781234');
  await item(page, '手机号码').locator('input').fill('13857112345');
  await item(page, '手机验证码').getByRole('button', { name: '获取验证码' }).click();
  await expect(page.locator('.el-message--success')).toContainText('验证码已发送');
  await item(page, '手机验证码').locator('input').fill((await testState(page)).lastSms!);
  await item(page, '电子邮件地址').locator('input').fill('linxiaofeng@qingwutech.cn');
  await item(page, '备注').locator('textarea').fill('首次备案');
}

test('新增主体: the subject is saved and the platform receives every field', async () => {
  await fillSubject();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.el-message--success').last()).toContainText('保存成功');
  const [submission] = (await testState(page)).submissions;
  expect(submission).toMatchObject({
    kind: 'subject',
    rendering: 'modern',
    fields: expectedSubject,
  });
});

test('新增主体: an oversize scan is refused at upload, and a missing field at saving', async () => {
  await page.goto(`${MODERN}/#/web/subject`);
  await item(page, '负责人证件').locator('input[type=file]').first().setInputFiles({ name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(600 * 1024, 1) });
  await expect(page.locator('.el-message--error')).toContainText('负责人证件大小不能超过512KB');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.el-message--error').last()).toContainText('请选择主办单位性质');
  expect((await testState(page)).submissions).toEqual([]);
});

async function saveSubject() {
  await fillSubject();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.locator('.el-message--success').last()).toContainText('保存成功');
}

async function addRows(control: Locator, values: string[]) {
  for (const value of values) {
    await control.getByRole('button', { name: '添加' }).click();
    await control.locator('.row-item input').last().fill(value);
  }
}

async function completeWizard() {
  await expect(page.locator('.el-descriptions')).toContainText('林晓峰');
  await page.getByRole('button', { name: '下一步' }).click();

  const info = card('网站信息');
  await info.locator('.el-form-item').filter({ hasText: '网站名称' }).locator('input').fill('青梧科技官网');
  await item(info, '工信部备案号').locator('input').fill('浙ICP备2023012345号-1');
  await item(info, '主域名').locator('input').fill('qingwutech.cn');
  await addRows(item(info, '子域名'), ['www.qingwutech.cn', 'docs.qingwutech.cn']);
  await addRows(item(info, 'IP'), ['47.96.123.45']);

  const access = card('网络接入服务商');
  await choose(item(access, '网站接入方式'), '云服务器');
  await choose(item(access, '接入商所属区域'), '浙江省');
  await item(access, '名称').getByRole('button', { name: '查询接入服务商' }).click();
  const dialog = page.getByRole('dialog', { name: '查询接入服务商' });
  await dialog.getByPlaceholder('请输入服务商名称关键字').fill('阿里');
  await dialog.getByRole('button', { name: '查询' }).click();
  await dialog.locator('tr', { hasText: '阿里云计算有限公司' }).getByRole('button', { name: '选择' }).click();
  await expect(dialog).toBeHidden();

  const registrar = card('域名注册服务商');
  await tick(item(registrar, '域名服务商所属区域'), '境外');
  const overseasProviders = page.waitForResponse(/\/common\/providers\?scope=%E5%A2%83%E5%A4%96&region=%E7%BE%8E%E5%9B%BD/);
  await choose(item(registrar, '域名服务商所属区域'), '美国');
  await overseasProviders;
  await choose(item(registrar, '名称'), '其他');
  await item(registrar, '名称').getByPlaceholder('请填写服务商名称').fill('GoDaddy.com, LLC');

  const services = card('服务类型');
  await tick(item(services, '是否提供互联网交互服务'), '是');
  await tick(item(services, '服务类型'), 'www服务');
  await tick(item(services, '服务类型'), '论坛/bbs');
  const content = card('网站内容');
  await tick(item(content, '是否涉及前置审核内容'), '是');
  await tick(item(content, '前置审核内容'), '教育');
  await item(content, '资质材料').locator('input[type=file]').setInputFiles(image('topology.png'));
  await expect(item(content, '资质材料').locator('.el-upload-list__item.is-success')).toHaveCount(1);
  await tick(card('网站语言'), '中文繁体');
  const extra = card('补充信息');
  await tick(item(extra, '网站性质'), '非经营性');
  await choose(item(extra, '网站级别'), '二级');
  await choose(item(extra, '服务类型分类'), '03 论坛类网站');
  await item(extra, '技术支持服务商').locator('input').fill('杭州青梧数字科技有限公司');
  await item(extra, '服务器台数').locator('input').fill('2');
  await page.getByRole('button', { name: '下一步' }).locator('visible=true').click();

  const security = card('网站安全负责人信息');
  await item(security, '负责人姓名').locator('input').fill('沈嘉禾');
  await choose(item(security, '负责人证件类型'), '居民身份证');
  await item(security, '负责人证件号码').locator('input').fill('330108199011230113');
  await upload(item(security, '负责人证件'), 0, 'security-id.png');
  await item(security, '手机号码').locator('input').fill('13666612870');
  await item(security, '电子邮件地址').locator('input').fill('shenjiahe@qingwutech.cn');
  await card('网站信息联络人').locator('.el-card__header .el-checkbox').click();
  await expect(item(card('网站信息联络人'), '联络人姓名')).toHaveCount(0);
  await card('舆情引导员信息').locator('.el-card__header .el-checkbox').click();
  await page.clock.install();
  await page.getByRole('button', { name: '下一步' }).locator('visible=true').click();

  const statement = page.locator('.el-checkbox', { hasText: '已阅读,并承诺上述网络安全责任' });
  await expect(statement).toHaveClass(/is-disabled/);
  await page.clock.fastForward(10_000);
  await expect(statement).not.toHaveClass(/is-disabled/);
  await statement.click();
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.locator('.el-message--success').last()).toContainText('提交成功');
}

const expectedModernWebsite = { ...expectedWebsite, 'opinionGuide.sameAsPrincipal': true };


test('新办网站申请: the el-steps wizard, by hand, ends in the submission the platform receives', async () => {
  await saveSubject();
  await page.locator('.el-menu-item', { hasText: '新办网站申请' }).click();
  await completeWizard();
  const submission = (await testState(page)).submissions.find((candidate) => candidate.kind === 'website');
  expect(submission).toMatchObject({ kind: 'website', mode: 'new', rendering: 'modern', fields: expectedModernWebsite });
});

test('新办网站申请: submitting without the required fields is refused with the platform’s message', async () => {
  await saveSubject();
  await page.goto(`${MODERN}/#/web/website/apply`);
  await page.getByRole('button', { name: '下一步' }).click();
  await page.getByRole('button', { name: '下一步' }).locator('visible=true').click();
  await page.getByRole('button', { name: '下一步' }).locator('visible=true').click();
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.locator('.el-message--error')).toContainText('请填写网站名称');
});

test('未备案网站: a pushed site starts the wizard from what was pushed', async () => {
  await saveSubject();
  await page.goto(`${MODERN}/#/web/business/businessHome/website`);
  await page.locator('.el-table__row', { hasText: 'qingwudev.cn' }).getByRole('button', { name: '备案' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(item(card('网站信息'), '主域名').locator('input')).toHaveValue('qingwudev.cn');
  await page.getByRole('button', { name: '上一步' }).locator('visible=true').click();
  await completeWizard();
  expect((await testState(page)).submissions.filter((candidate) => candidate.kind === 'website').map((candidate) => candidate.mode)).toEqual(['unfiled']);
});

test('待认领网站: a site found by its domain is claimed through the wizard', async () => {
  await saveSubject();
  await page.goto(`${MODERN}/#/web/business/businessHome/website`);
  await page.getByRole('tab', { name: /待认领网站/ }).click();
  await page.getByPlaceholder('请输入域名').fill('ceshi15');
  await page.locator('.el-table__row:visible', { hasText: 'ceshi15.cn' }).getByRole('button', { name: '认领' }).click();
  await completeWizard();
  expect((await testState(page)).submissions.filter((candidate) => candidate.kind === 'website').map((candidate) => candidate.mode)).toEqual(['claim']);
});

test('网站信息变更: the wizard starts from the filed values', async () => {
  await saveSubject();
  await page.goto(`${MODERN}/#/web/business/businessHome/website`);
  await page.getByRole('tab', { name: /已备案网站/ }).click();
  await page.locator('.el-table__row:visible', { hasText: '33021200002956' }).getByRole('button', { name: '变更' }).click();
  await page.getByRole('button', { name: '下一步' }).click();
  await expect(item(card('网站信息'), '子域名').locator('.row-item input')).toHaveValue('www.5151c.cn');
  await page.getByRole('button', { name: '上一步' }).locator('visible=true').click();
  await completeWizard();
  expect((await testState(page)).submissions.filter((candidate) => candidate.kind === 'website').map((candidate) => candidate.mode)).toEqual(['change']);
});

test('网站注销申请: a filed site is cancelled with the SMS code', async () => {
  await page.getByRole('tab', { name: /已备案网站/ }).click();
  await page.locator('.el-table__row:visible', { hasText: '11010502013465' }).getByRole('button', { name: '注销' }).click();
  const dialog = page.getByRole('dialog', { name: '网站注销申请' });
  await dialog.getByRole('button', { name: '发送验证码' }).click();
  await dialog.getByPlaceholder('请输入验证码').fill((await testState(page)).lastSms!);
  await dialog.getByRole('button', { name: '网站注销' }).click();
  await expect(page.locator('.el-message--success').last()).toContainText('注销申请已提交');
  expect((await testState(page)).submissions).toEqual([expect.objectContaining({ kind: 'cancel', rendering: 'modern', fields: { recordNumber: '11010502013465', domain: 'mogujie.example.cn' } })]);
});

test('公共查询 at #/query/webSearch finds a filed site by its record number', async () => {
  await page.goto(`${MODERN}/#/query/webSearch?code=33021200002956`);
  await page.getByRole('img', { name: '验证码' }).waitFor();
  await item(page, '验证码').locator('input').fill((await testState(page)).captcha);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.locator('.result-card')).toContainText('网娱在线');
});
