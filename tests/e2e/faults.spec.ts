import { randomBytes } from 'node:crypto';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { BACKUP_FORMAT, BACKUP_VERSION } from '../../lib/store/backup-format';
import { CHANNEL } from '../../lib/messaging/protocol';
import { mapAttachments } from '../../lib/model/attachments';
import { generateClients } from '../bench/generate';
import { openOptions, type LoadedExtension } from './extension';
import { bookSessionPerTest } from './session';

/**
 * Issue 22: the background killed in the middle of a restore and of a backup (its service worker
 * stopped, as the browser does to an idle or crashed one). On restart the book is whole — the old
 * one, never a mix — and the person was told the work did not finish.
 */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data: unknown }> } };

const CLIENTS = 150;
const SCAN_BYTES = 100_000;

/** A backup file of `CLIENTS` generated clients under ids starting `prefix`, each with its own two ID scans of random bytes. */
function generatedBackup(prefix: string): string {
  const clients = generateClients(CLIENTS).map((client) => {
    const id = client.id.replace('generated', prefix);
    const owned = mapAttachments({ ...client, id }, (ref) => ({ ...ref, id: `${id}-${ref.id}`, size: SCAN_BYTES }));
    return { ...owned, websites: owned.websites.map((website) => ({ ...website, id: website.id.replace('generated', prefix) })) };
  });
  const scans = clients.flatMap((client) =>
    [...new Set(JSON.stringify(client).match(/"id":"[^"]+-(?:front|back|liaison|security|blogger-front|blogger-back|topology)"/g) ?? [])].map((match) => ({
      attachment: { id: match.slice(6, -1), clientId: client.id, name: 'scan.png', type: 'image/png', size: SCAN_BYTES, createdAt: 0 },
      base64: randomBytes(SCAN_BYTES).toString('base64'),
    })),
  );
  return [
    { format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: Date.now() },
    ...clients.map((client) => ({ client })),
    ...scans,
    { end: { clients: clients.length, attachments: scans.length, mappings: 0 } },
  ]
    .map((line) => `${JSON.stringify(line)}\n`)
    .join('');
}

/** The book as the background answers: client ids, and how many scans are stored (read from the book's own database). */
async function bookState(page: Page) {
  return page.evaluate(async (channel) => {
    const reply = await chrome.runtime.sendMessage({ channel, type: 'listClients', payload: {} });
    if (!reply.ok) throw new Error(JSON.stringify(reply));
    const scans = await new Promise<number>((resolve, reject) => {
      const opening = indexedDB.open('beian-helper');
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const counting = opening.result.transaction('attachments').objectStore('attachments').count();
        counting.onsuccess = () => {
          opening.result.close();
          resolve(counting.result);
        };
      };
    });
    return { clients: (reply.data as { id: string }[]).map((client) => client.id).sort(), scans };
  }, CHANNEL);
}

/** Stops the extension's background as the browser stops a service worker; the next message starts it again. */
async function killBackground(extension: LoadedExtension, page: Page) {
  const devtools = await extension.context.newCDPSession(page);
  await devtools.send('ServiceWorker.enable');
  await devtools.send('ServiceWorker.stopAllWorkers');
  await devtools.detach();
}

/** Restores a file through the options page as the person does: chosen, checked, 恢复 (full restore). */
async function restoreThroughPage(page: Page, file: string) {
  const choose = page.getByLabel('从备份文件恢复…');
  // The view stays open after a restore; the button toggles it.
  if (!(await page.getByRole('button', { name: '备份整个资料库' }).isVisible())) await page.getByRole('button', { name: '备份与恢复' }).click();
  await choose.setInputFiles(file);
  const preview = page.getByRole('region', { name: '恢复前核对' });
  await expect(preview).toContainText(`${CLIENTS} 位客户`);
  await preview.getByRole('radio', { name: /完全恢复|full/ }).check();
  await preview.getByRole('button', { name: '恢复', exact: true }).click();
}

const session = bookSessionPerTest({ samples: false });

/** A book of `CLIENTS` generated clients and their scans, restored through the options page: its state. */
async function restoredBook(page: Page, prefix: string) {
  const file = join(session.profilePath, `${prefix}.jsonl`);
  writeFileSync(file, generatedBackup(prefix));
  await restoreThroughPage(page, file);
  await expect(page.getByRole('status').filter({ hasText: `已恢复 ${CLIENTS} 位客户` })).toBeVisible({ timeout: 120_000 });
  return bookState(page);
}

test('a background killed while a restore stores its scans: on restart the book is the old one, whole, its stray scans gone, and the page said it did not finish', async () => {
  test.setTimeout(180_000);
  const page = await openOptions(session.extension);
  const before = await restoredBook(page, 'first');
  expect(before.clients).toHaveLength(CLIENTS);

  const second = join(session.profilePath, 'second.jsonl');
  writeFileSync(second, generatedBackup('second'));
  await restoreThroughPage(page, second);
  // Killed once the restore has stored some of its scans, before its clients.
  await expect.poll(async () => (await bookState(page)).scans, { timeout: 120_000 }).toBeGreaterThan(before.scans);
  await killBackground(session.extension, page);

  await expect(page.getByRole('alert').filter({ hasText: '没有完成' })).toBeVisible();
  // Restarted by the next message: the old clients, and (the restart's housekeeping) the old scans only.
  await expect.poll(async () => bookState(page), { timeout: 60_000 }).toEqual(before);
});

test('a background killed while a backup is written: nothing is recorded as backed up, the book is whole, and the page said it did not finish', async () => {
  test.setTimeout(180_000);
  const page = await openOptions(session.extension);
  const before = await restoredBook(page, 'kept');
  await page.evaluate(() => {
    delete (window as unknown as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
  await page.getByRole('button', { name: '备份整个资料库' }).click();
  await expect(page.getByRole('status').filter({ hasText: '正在写出备份' })).toBeVisible();
  await killBackground(session.extension, page);

  await expect(page.getByRole('alert').filter({ hasText: '没有完成' })).toBeVisible();
  expect(await bookState(page)).toEqual(before);
  await page.getByRole('button', { name: '备份与恢复' }).click();
  await expect(page.getByRole('note')).toContainText('资料库还没有备份过');
});

test('a background killed while the book is being encrypted: on restart the book is plain and whole, and the page said it did not finish', async () => {
  test.setTimeout(180_000);
  const page = await openOptions(session.extension);
  const before = await restoredBook(page, 'kept');
  await page.getByRole('button', { name: '设置', exact: true }).click();
  await page.getByLabel('口令（至少 8 个字符）').fill('故障测试 passphrase');
  await page.getByLabel('再输一次新口令').fill('故障测试 passphrase');
  await page.getByRole('button', { name: '加密保存', exact: true }).click();
  // Killed while every row is resealed in the one transaction that also writes the vault.
  await expect(page.getByRole('button', { name: /正在加密/ })).toBeVisible();
  await killBackground(session.extension, page);

  await expect(page.getByRole('form', { name: '加密保存' }).getByRole('alert')).toBeVisible();
  const status = await page.evaluate((channel) => chrome.runtime.sendMessage({ channel, type: 'lockStatus', payload: {} }), CHANNEL);
  expect(status).toMatchObject({ ok: true, data: { encrypted: false, locked: false } });
  expect(await bookState(page)).toEqual(before);
});
