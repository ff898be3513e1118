import { expect, test } from '@playwright/test';
import { launchWithExtension, newProfileDir, openOptions } from './extension';

test('the options page loads the sample clients', async () => {
  const profile = newProfileDir();
  const extension = await launchWithExtension(profile.path);
  const page = await openOptions(extension);
  page.on('console', (m) => console.log('console:', m.text()));
  page.on('pageerror', (e) => console.log('pageerror:', e.message));
  await page.getByRole('button', { name: '载入示例客户' }).click();
  await expect(page.getByRole('navigation').getByRole('button', { name: /青梧科技/ })).toBeVisible();
  await page.getByRole('navigation').getByRole('button', { name: /青梧科技/ }).click();
  await expect(page.getByRole('region', { name: '负责人信息' }).getByLabel('负责人姓名', { exact: true })).toHaveValue('林晓峰');
  await page.screenshot({ path: '/tmp/options.png', fullPage: false });
  await extension.context.close();
  profile.remove();
});
