import { expect, test, type Page } from '@playwright/test';
import { fillFromPopup, openPlatform, openPopup } from './pages/platform';
import { CLASSIC } from './replica';
import { platformSessionPerTest } from './session';

/**
 * 指定: where the helper cannot find a field (a caption no definition knows) or a page (a route
 * and wording it cannot read), the person shows it once, from the fill report, and the helper
 * remembers it — for every later fill and check, across browser restarts, until it is deleted.
 */
const session = platformSessionPerTest();

const row = (page: Page, caption: string) => page.locator('tr', { has: page.locator('td.tdt', { hasText: new RegExp(`^\\s*\\*?\\s*${caption}：$`) }) });

test('a caption no definition knows: reported not found, shown once, then filled and checked — also after a restart — until deleted', async () => {
  let page = await openPlatform(session.extension, `${CLASSIC}/portal/user/subject?variant=2`);
  let popup = await openPopup(session.extension, 'http://www.beian.gov.cn/*');
  let report = await fillFromPopup(popup, /青梧科技/);
  expect(report.find((entry) => entry.path === 'subject.principal.mobile')?.status).toBe('not-found');

  await popup.locator('tr[data-path="subject.principal.mobile"]').getByRole('button', { name: '指定' }).click();
  await expect(popup.getByRole('status')).toContainText('请在页面上点击这一栏');
  await page.bringToFront();
  await row(page, '常用联系方式').locator('input').click();
  const overlay = page.locator('beian-helper-pick');
  await expect(overlay).toContainText('把页面上的“常用联系方式”指定为“手机号码”');
  await overlay.getByRole('button', { name: '确定' }).click();
  await expect(overlay).toHaveCount(0);
  await expect(popup.getByRole('status')).toContainText('已记住“手机号码”');
  await expect(row(page, '常用联系方式').locator('input')).toHaveValue('');

  report = await fillFromPopup(popup, /青梧科技/);
  expect(report.find((entry) => entry.path === 'subject.principal.mobile')).toMatchObject({ status: 'filled', text: expect.stringContaining('已按您的指定填写') });
  await expect(row(page, '常用联系方式').locator('input')).toHaveValue('13857112345');

  // The pre-submit check reads the taught field too: a number typed there by hand is judged.
  await page.bringToFront();
  await row(page, '常用联系方式').locator('input').fill('1385711234');
  await popup.getByRole('button', { name: '检查本页' }).click();
  await expect(popup.locator('[data-rule="S-MOBILE"]')).toBeVisible();

  // After a restart of the browser, the lesson still applies.
  await session.relaunch();
  page = await openPlatform(session.extension, `${CLASSIC}/portal/user/subject?variant=2`);
  popup = await openPopup(session.extension, 'http://www.beian.gov.cn/*');
  report = await fillFromPopup(popup, /周若溪/);
  expect(report.find((entry) => entry.path === 'subject.principal.mobile')?.status).toBe('filled');
  await expect(row(page, '常用联系方式').locator('input')).toHaveValue('13682950417');

  // The options page lists it; once deleted, it no longer applies.
  const options = await session.extension.context.newPage();
  await options.goto(`chrome-extension://${session.extension.extensionId}/options.html#mappings`);
  const lesson = options.locator('tr[data-mapping]');
  await expect(lesson).toHaveCount(1);
  await expect(lesson).toContainText('www.beian.gov.cn');
  await expect(lesson).toContainText('开办主体管理');
  await expect(lesson).toContainText('“常用联系方式”');
  await expect(lesson.getByRole('combobox')).toHaveValue('subject.principal.mobile');
  await lesson.getByRole('button', { name: '删除' }).click();
  await expect(options.locator('tr[data-mapping]')).toHaveCount(0);
  report = await fillFromPopup(popup, /周若溪/);
  expect(report.find((entry) => entry.path === 'subject.principal.mobile')?.status).toBe('not-found');
});

test('a page under a route and wording the helper cannot read becomes fillable once the person says which page it is', async () => {
  const page = await openPlatform(session.extension, `${CLASSIC}/portal/user/zhuti`);
  const popup = await openPopup(session.extension, 'http://www.beian.gov.cn/*');
  await expect(popup.locator('.page')).toHaveText('这不是备案平台上可填写的页面。');
  await popup.getByRole('combobox', { name: '这是哪个页面？' }).selectOption({ label: '开办主体管理' });
  await popup.locator('.name-page').getByRole('button', { name: '指定' }).click();
  await expect(popup.locator('.page')).toHaveText('当前页面：开办主体管理');

  const report = await fillFromPopup(popup, /青梧科技/);
  expect(report.filter((entry) => entry.status === 'filled').map((entry) => entry.path)).toEqual(
    expect.arrayContaining(['subject.unitName', 'subject.unitCertType', 'subject.unitCertNumber', 'subject.supervisor']),
  );
  await expect(row(page, '主办单位名称').locator('input')).toHaveValue('杭州青梧数字科技有限公司');
  // What it still cannot read, the person can show field by field.
  expect(report.find((entry) => entry.path === 'subject.principal.name')?.status).toBe('not-found');
});

test('a field no driver can set (主办单位性质 chosen in a dialog): the person sets it by hand once, and every later client’s value is chosen the same way', async () => {
  const page = await openPlatform(session.extension, `${CLASSIC}/portal/user/subject?variant=3`);
  const popup = await openPopup(session.extension, 'http://www.beian.gov.cn/*');
  const report = await fillFromPopup(popup, /青梧科技/);
  expect(report.find((entry) => entry.path === 'subject.nature')?.status).toBe('failed');
  const nature = row(page, '主办单位性质');
  await expect(nature.locator('input[type=hidden]')).toHaveValue('');

  await popup.locator('tr[data-path="subject.nature"]').getByRole('button', { name: '示范' }).click();
  await expect(popup.getByRole('status')).toContainText('请在页面上亲手选择一次');
  await page.bringToFront();
  const overlay = page.locator('beian-helper-record');
  await expect(overlay).toContainText('请亲手为“主办单位性质”选择“企业单位”');
  // 记住 before the field shows the value keeps nothing yet.
  await overlay.getByRole('button', { name: '记住' }).click();
  await expect(overlay).toContainText('这一栏还没有显示“企业单位”');
  await nature.getByRole('button', { name: '选择' }).click();
  const dialog = page.locator('.chooser-dialog');
  // A slip onto another option is not noted; the person goes on to the client's.
  await dialog.getByRole('cell', { name: '个人', exact: true }).click();
  await expect(overlay).toContainText('您点的“个人”不是资料中的“企业单位”');
  await dialog.getByRole('cell', { name: '企业单位', exact: true }).click();
  await dialog.getByRole('button', { name: '确定' }).click();
  await expect(nature.locator('input[type=hidden]')).toHaveValue('2');
  await overlay.getByRole('button', { name: '记住' }).click();
  await expect(overlay).toHaveCount(0);
  await expect(popup.getByRole('status')).toContainText('已记住怎样填写“主办单位性质”');

  // The next client, on a fresh page: the helper presses what the person pressed, choosing the client's own nature.
  await page.reload();
  const again = await fillFromPopup(await openPopup(session.extension, 'http://www.beian.gov.cn/*'), /周若溪/);
  expect(again.find((entry) => entry.path === 'subject.nature')).toMatchObject({ status: 'filled', text: expect.stringContaining('已按您的指定填写') });
  await expect(row(page, '主办单位性质').locator('input[type=hidden]')).toHaveValue('1');
  await expect(row(page, '主办单位性质').locator('input[readonly]')).toHaveValue('个人');
  await expect(page.locator('.chooser-dialog')).toHaveCount(0);

  // The lesson is listed with the others, with how many presses it does again.
  const options = await session.extension.context.newPage();
  await options.goto(`chrome-extension://${session.extension.extensionId}/options.html#mappings`);
  await expect(options.locator('tr[data-mapping]')).toHaveCount(1);
  await expect(options.locator('tr[data-mapping]')).toContainText('“主办单位性质”（按您的示范选择，3 步）');
});
