import { join } from 'node:path';
import { writeFileSync } from 'node:fs';
import { expect, test, type Request } from '@playwright/test';
import { toCsv } from '../../lib/spreadsheet';
import { SHEET_HEADER, personRow } from '../helpers/sheet-rows';
import { fillFromPopup, openPlatform, openPopup } from './pages/platform';
import { CLASSIC } from './replica';
import { platformSessionPerTest } from './session';

/**
 * The extension never talks to the network: through a whole session — the editor, a fill, the live
 * check, a spreadsheet import, a backup — every request any page, the service worker or the content
 * script makes goes to the extension itself or to the platform page's own origin.
 */
const session = platformSessionPerTest();

declare const chrome: { runtime: { getURL(path: string): string } };

test('a whole session makes no request beyond the extension and the platform page’s own origin', async () => {
  const { context, extensionId } = session.extension;
  const seen: { url: string; from: string }[] = [];
  const record = (request: Request) => seen.push({ url: request.url(), from: request.serviceWorker() ? 'service worker' : request.frame().url() });
  context.on('request', record);
  const [worker] = context.serviceWorkers();
  // The watch sees the service worker's own requests: one to the extension's files proves it.
  await worker!.evaluate(() => fetch(chrome.runtime.getURL('/sample/topology.png')).then((response) => response.arrayBuffer()));
  await expect.poll(() => seen.some((request) => request.url.endsWith('/sample/topology.png'))).toBe(true);

  // The editor: open a client, change it, save it.
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('navigation').getByRole('button', { name: /青梧科技/ }).click();
  await options.getByLabel('办公室电话').fill('0571-86781235');
  await options.getByRole('button', { name: '保存', exact: true }).click();
  await expect(options.getByText('已保存')).toBeVisible();

  // A fill of the classic subject page, and the live check of what is on it.
  const platform = await openPlatform(session.extension, `${CLASSIC}/portal/user/subject`);
  const popup = await openPopup(session.extension, `${CLASSIC}/*`);
  const report = await fillFromPopup(popup, /青梧科技/);
  expect(report.filter((row) => row.status === 'filled').length).toBeGreaterThan(5);
  await platform.locator('input').first().focus();

  // A spreadsheet import, and a backup.
  await options.getByRole('button', { name: '表格导入导出' }).click();
  const sheet = join(session.profilePath, 'clients.csv');
  writeFileSync(sheet, toCsv(SHEET_HEADER, [personRow(1), personRow(2)]));
  await options.getByLabel('从表格导入（CSV / XLSX）…').setInputFiles(sheet);
  await options.getByRole('button', { name: '导入 2 位客户' }).click();
  await expect(options.getByRole('status').filter({ hasText: '导入完成' })).toBeVisible();
  await options.getByRole('button', { name: '备份与恢复' }).click();
  // The download way (Firefox's; backup.spec.ts takes Chrome's save picker): a file the test can wait for.
  await options.evaluate(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: '备份整个资料库' }).click();
  await downloading;

  context.off('request', record);
  const allowed = (url: string) => url.startsWith(`chrome-extension://${extensionId}/`) || /^(data|blob):/.test(url) || /^https?:\/\/(www\.beian\.gov\.cn|beian\.mps\.gov\.cn)(:\d+)?\//.test(url);
  expect(seen.length).toBeGreaterThan(20);
  expect(seen.filter((request) => !allowed(request.url))).toEqual([]);
});
