import { expect, test } from '@playwright/test';
import { launchWithExtension, newProfileDir, openOptions, type LoadedExtension } from './extension';
import { OptionsPage } from './pages/options-page';

test.describe('findings in the profile editor', () => {
  let profile: ReturnType<typeof newProfileDir>;
  let extension: LoadedExtension;
  let editor: OptionsPage;

  test.beforeEach(async () => {
    profile = newProfileDir();
    extension = await launchWithExtension(profile.path);
    editor = new OptionsPage(await openOptions(extension));
    await editor.page.getByRole('button', { name: '载入示例客户' }).click();
  });

  test.afterEach(async () => {
    await extension.context.close();
    profile.remove();
  });

  test('the client list counts each client’s errors and warnings', async () => {
    const company = editor.list.getByRole('button', { name: /青梧科技/ });
    await expect(company.locator('.client-findings')).toHaveText('0 错误 · 1 警告');
    await expect(editor.list.getByRole('button', { name: /周若溪/ }).locator('.client-findings')).toHaveText('0 错误 · 0 警告');
  });

  test('a field shows its findings as the person types, with severity, message and guide citation', async () => {
    await editor.openClient('青梧科技');
    const principal = editor.section('负责人信息');
    const phone = principal.locator('[data-field="subject.principal.officePhone"]');
    await expect(phone.locator('.finding')).toHaveCount(0);

    await editor.field(principal, '办公室电话').fill('010-00000000');
    const fake = phone.locator('[data-rule="S-PHONE-FAKE"]');
    await expect(fake).toHaveClass(/finding-error/);
    await expect(fake).toContainText('明显不真实的号码');
    await expect(fake.locator('cite')).toHaveText('S-PHONE-FAKE · 指南 §步骤4·1 开办主体 注意事项⑦ · 原文');
    await expect(phone.locator('[data-rule="S-PHONE-AREA"]')).toHaveClass(/finding-warn/);
    await expect(editor.page.locator('.findings-counts')).toHaveAttribute('data-errors', '1');

    await editor.field(principal, '办公室电话').fill('0571-86781234');
    await expect(phone.locator('.finding')).toHaveCount(0);
    await expect(editor.page.locator('.findings-counts')).toHaveAttribute('data-errors', '0');
  });

  test('a website’s rows and people carry their own findings, practice rules marked as such', async () => {
    await editor.openClient('青梧科技');
    const website = editor.website(0);
    await website.getByLabel('IP 1', { exact: true }).fill('192.168.1.10');
    await expect(website.locator('[data-field="websites.0.ips"] [data-rule="W-IP"]')).toContainText('内网');

    const liaison = editor.person(website, '网站信息联络人');
    await liaison.getByLabel('联络人证件号码').fill('330106198709210046');
    const format = liaison.locator('[data-rule="P-CERT-NO-FORMAT"]');
    await expect(format).toContainText('校验位不对');
    await expect(format).toContainText('实践规则，非指南原文');
  });

  test('the summary lists what would be returned and leads to the field', async () => {
    await editor.openClient('青梧科技');
    await editor.field(editor.section('网站开办主体'), '主办单位性质').selectOption({ label: '事业单位' });
    const summary = editor.section('检查结果');
    const natureFinding = summary.locator('[data-rule="S-NATURE-MATCH"] button');
    await expect(natureFinding).toContainText('有限公司');
    await natureFinding.click();
    await expect(editor.field(editor.section('网站开办主体'), '主办单位性质')).toBeFocused();
  });

  test('the list’s counts follow a saved change', async () => {
    await editor.openClient('青梧科技');
    await editor.field(editor.section('负责人信息'), '办公室电话').fill('010-00000000');
    await editor.save();
    await expect(editor.status()).toHaveText('已保存');
    await expect(editor.list.getByRole('button', { name: /青梧科技/ }).locator('.client-findings')).toHaveText('1 错误 · 2 警告');
  });
});
