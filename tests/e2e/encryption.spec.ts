import { expect, test, type Page } from '@playwright/test';
import { CHANNEL } from '../../lib/messaging/protocol';
import { openOptions } from './extension';
import { fillFromPopup, openPlatform, openPopup } from './pages/platform';
import { CLASSIC } from './replica';
import { platformSessionPerTest } from './session';

/**
 * Issue 13 with the real built extension: the person encrypts the book in 设置, the rows in the
 * extension's IndexedDB hold no ID number; 立即锁定 hides every client in the options page and the
 * popup and the fill is refused; a wrong passphrase says so; the right one brings everything back
 * and the fill works; a browser restarted starts with the book locked (the key was never on disk).
 */
const session = platformSessionPerTest();

const PASSPHRASE = '青梧 correct horse';
const PRINCIPAL_ID = '330106198503121231';
const SUBJECT_URL = `${CLASSIC}/portal/user/subject`;

/** Inside the extension's pages, where `evaluate` runs. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** The book's rows as IndexedDB holds them, read raw from an extension page (same origin as the background). */
async function rawRows(page: Page): Promise<string> {
  return page.evaluate(
    () =>
      new Promise<string>((resolve, reject) => {
        const opening = indexedDB.open('beian-helper');
        opening.onerror = () => reject(opening.error);
        opening.onsuccess = () => {
          const db = opening.result;
          const transaction = db.transaction(['clients', 'websites']);
          const readings = ['clients', 'websites'].map((store) => transaction.objectStore(store).getAll());
          transaction.onerror = () => reject(transaction.error);
          transaction.oncomplete = () => {
            db.close();
            resolve(JSON.stringify(readings.map((reading) => reading.result)));
          };
        };
      }),
  );
}

test('encrypt, lock, refuse, unlock with the right passphrase only, fill; a restarted browser starts locked', async () => {
  const options = await openOptions(session.extension);
  await options.getByRole('button', { name: '设置', exact: true }).click();
  await options.getByLabel('口令（至少 8 个字符）').fill(PASSPHRASE);
  await options.getByLabel('再输一次新口令').fill(`${PASSPHRASE}!`);
  await options.getByRole('button', { name: '加密保存', exact: true }).click();
  await expect(options.getByRole('alert')).toHaveText('两次输入的新口令不一致。');
  await options.getByLabel('再输一次新口令').fill(PASSPHRASE);
  await options.getByRole('button', { name: '加密保存', exact: true }).click();
  await expect(options.getByText('客户资料已加密保存。').first()).toBeVisible({ timeout: 30_000 });
  const sealed = await rawRows(options);
  expect(sealed).toContain('青梧科技');
  expect(sealed).not.toContain(PRINCIPAL_ID);
  expect(sealed).not.toContain('13857112345');

  const page = await openPlatform(session.extension, SUBJECT_URL);
  const popup = await openPopup(session.extension, 'http://www.beian.gov.cn/*');
  await expect(popup.getByRole('radio', { name: /青梧科技/ })).toBeVisible();
  await popup.getByRole('button', { name: '立即锁定' }).click();
  await expect(popup.getByRole('heading', { name: '客户资料已锁定' })).toBeVisible();
  await expect(popup.getByRole('radio')).toHaveCount(0);
  // The options page open beside it follows at once, and shows nothing of the book.
  await expect(options.getByRole('heading', { name: '客户资料已锁定' })).toBeVisible();
  await expect(options.locator('body')).not.toContainText('青梧科技');

  const tabId = Number(new URL(popup.url()).searchParams.get('tabId'));
  const refused = (await popup.evaluate(([channel, tab]) => chrome.runtime.sendMessage({ channel, type: 'fillTab', payload: { tabId: tab, clientId: 'sample-qingwu' } }), [CHANNEL, tabId] as const)) as {
    ok: boolean;
    error?: { code: string };
  };
  expect(refused).toMatchObject({ ok: false, error: { code: 'locked' } });
  const principalName = page.locator('tr', { has: page.locator('td.tdt', { hasText: /^\s*\*?\s*负责人姓名：$/ }) }).locator('input');
  await expect(principalName).toHaveValue('');

  await popup.getByLabel('口令').fill('not the passphrase');
  await popup.getByRole('button', { name: '解锁' }).click();
  await expect(popup.getByRole('alert')).toContainText('口令不对，什么都没有改变。');
  await popup.getByLabel('口令').fill(PASSPHRASE);
  await popup.getByRole('button', { name: '解锁' }).click();
  const report = await fillFromPopup(popup, /青梧科技/);
  expect(report.filter((row) => row.status === 'filled').length).toBeGreaterThan(12);
  await expect(principalName).toHaveValue('林晓峰');
  await expect(options.getByRole('heading', { name: '客户资料已锁定' })).toHaveCount(0);

  await session.relaunch();
  const reopened = await openOptions(session.extension);
  await expect(reopened.getByRole('heading', { name: '客户资料已锁定' })).toBeVisible();
  await reopened.getByLabel('口令').fill(PASSPHRASE);
  await reopened.getByRole('button', { name: '解锁' }).click();
  await expect(reopened.getByRole('navigation').getByRole('button', { name: /青梧科技/ })).toBeVisible();
});
