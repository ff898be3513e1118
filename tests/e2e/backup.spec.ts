import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { CHANNEL } from '../../lib/messaging/protocol';
import { launchWithExtension, launchWithSamples, newProfileDir, openOptions, type LoadedExtension } from './extension';

/**
 * 备份与恢复 with the real built extension: the book is backed up to a file, a browser that never
 * saw it restores it after a dry run, and the two books are the same, scans byte for byte.
 */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data: unknown }> } };

const profiles: ReturnType<typeof newProfileDir>[] = [];
const browsers: LoadedExtension[] = [];

async function browser(withSamples: boolean): Promise<LoadedExtension> {
  const profile = newProfileDir();
  profiles.push(profile);
  const launched = withSamples ? await launchWithSamples(profile.path) : await launchWithExtension(profile.path);
  browsers.push(launched);
  return launched;
}

test.afterEach(async () => {
  for (const launched of browsers.splice(0)) await launched.context.close();
  for (const profile of profiles.splice(0)) profile.remove();
});

/** Every client of a book, and every scan as base64, asked of the background as the options page would. */
async function bookOf(page: Page) {
  return page.evaluate(async (channel) => {
    const ask = async (type: string, payload: unknown) => {
      const reply = await chrome.runtime.sendMessage({ channel, type, payload });
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return reply.data as never;
    };
    const listed: { id: string }[] = await ask('listClients', {});
    const clients: Record<string, unknown>[] = [];
    const scans: Record<string, string> = {};
    for (const { id } of listed) {
      const client: Record<string, unknown> = await ask('getClient', { id });
      clients.push(client);
      for (const match of JSON.stringify(client).matchAll(/"id":"([^"]+)","name":"[^"]+","type":"image/g)) {
        const scan: { base64: string } = await ask('getAttachment', { id: match[1] });
        scans[match[1]!] = scan.base64;
      }
    }
    return { clients, scans };
  }, CHANNEL);
}

/**
 * 备份与恢复 → 备份整个资料库, as the person does, the file saved in the first browser's profile
 * folder. `picker`: the person chooses where in the browser's save picker (Chrome's way: each slice
 * written as it comes; the test's stand-in keeps what is written); otherwise the browser has none
 * (Firefox's way) and the file goes to the downloads.
 */
async function backUp(options: Page, how: 'picker' | 'download'): Promise<{ file: string; name: string }> {
  await options.evaluate((way) => {
    const page = window as unknown as { showSaveFilePicker?: unknown; savedBackup?: { name: string; chunks: Uint8Array[]; closed: boolean } };
    if (way === 'download') {
      delete page.showSaveFilePicker;
      return;
    }
    page.showSaveFilePicker = async ({ suggestedName }: { suggestedName: string }) => {
      const saved = { name: suggestedName, chunks: [] as Uint8Array[], closed: false };
      page.savedBackup = saved;
      return {
        createWritable: async () =>
          new WritableStream<Uint8Array>({
            write: (chunk) => void saved.chunks.push(chunk),
            close: () => void (saved.closed = true),
          }),
      };
    };
  }, how);
  await options.getByRole('button', { name: '备份与恢复' }).click();
  if (how === 'picker') {
    await options.getByRole('button', { name: '备份整个资料库' }).click();
    await expect(options.getByRole('status').filter({ hasText: '已保存到您选择的位置' })).toBeVisible();
    const saved = await options.evaluate(async () => {
      const { name, chunks, closed } = (window as unknown as { savedBackup: { name: string; chunks: Uint8Array[]; closed: boolean } }).savedBackup;
      return { name, closed, text: await new Blob(chunks as BlobPart[]).text() };
    });
    expect(saved.closed).toBe(true);
    const file = join(profiles[0]!.path, saved.name);
    writeFileSync(file, saved.text);
    return { file, name: saved.name };
  }
  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: '备份整个资料库' }).click();
  const download = await downloading;
  const file = join(profiles[0]!.path, download.suggestedFilename());
  await download.saveAs(file);
  await expect(options.getByRole('status').filter({ hasText: '已生成备份文件' })).toBeVisible();
  return { file, name: download.suggestedFilename() };
}

test('backup → a browser with an empty book → dry run → restore: the same book, every scan byte for byte', async () => {
  const first = await browser(true);
  const options = await openOptions(first);
  await expect(options.getByRole('note')).toContainText('资料库还没有备份过');
  const { file, name } = await backUp(options, 'picker');
  expect(name).toMatch(/^beian-helper-backup-\d{12}\.jsonl$/);
  await options.getByRole('button', { name: '备份与恢复' }).click();
  await expect(options.getByRole('note')).toHaveCount(0);
  const original = await bookOf(options);
  expect(Object.keys(original.scans).length).toBeGreaterThan(4);

  // A broken copy of the file is refused with what is wrong, and nothing changes.
  const second = await browser(false);
  const restoring = await openOptions(second);
  await restoring.getByRole('button', { name: '备份与恢复' }).click();
  const cut = join(profiles[1]!.path, 'cut.jsonl');
  writeFileSync(cut, readFileSync(file, 'utf8').split('\n').slice(0, -3).join('\n'));
  await restoring.getByLabel('从备份文件恢复…').setInputFiles(cut);
  await expect(restoring.getByRole('alert').first()).toContainText('不能恢复');
  await expect(restoring.locator('.problems')).toContainText('文件不完整');
  await expect(restoring.getByRole('button', { name: '恢复', exact: true })).toHaveCount(0);

  await restoring.getByLabel('从备份文件恢复…').setInputFiles(file);
  const preview = restoring.getByRole('region', { name: '恢复前核对' });
  await expect(preview).toContainText('2 位客户');
  await preview.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(restoring.getByRole('status').filter({ hasText: '已恢复 2 位客户' })).toBeVisible();
  await expect(restoring.getByRole('navigation').getByRole('button', { name: /青梧科技/ })).toBeVisible();
  expect(await bookOf(restoring)).toEqual(original);
});

test('an encrypted book’s backup is sealed: another browser restores it only with the passphrase the book had (issue 13)', async () => {
  const first = await browser(true);
  const options = await openOptions(first);
  const encrypted = await options.evaluate((channel) => chrome.runtime.sendMessage({ channel, type: 'encryptBook', payload: { passphrase: '青梧 correct horse' } }), CHANNEL);
  expect(encrypted).toMatchObject({ ok: true, data: { encrypted: true, locked: false } });
  const { file } = await backUp(options, 'download');
  const text = readFileSync(file, 'utf8');
  for (const secret of ['330106198503121231', '13857112345', '青梧科技', '周若溪']) expect(text).not.toContain(secret);
  expect(JSON.parse(text.split('\n')[0]!)).toMatchObject({ vault: { version: 1, iterations: 600_000 } });
  const original = await bookOf(options);

  const second = await browser(false);
  const restoring = await openOptions(second);
  await restoring.getByRole('button', { name: '备份与恢复' }).click();
  await restoring.getByLabel('从备份文件恢复…').setInputFiles(file);
  await expect(restoring.getByRole('alert')).toContainText('这个备份文件是加密的');
  const asking = restoring.getByRole('form', { name: '加密备份的口令' });
  await asking.getByLabel(/是加密的备份/).fill('not the passphrase');
  await asking.getByRole('button', { name: '用这个口令读取' }).click();
  await expect(restoring.getByRole('alert')).toContainText('口令不对');
  await asking.getByLabel(/是加密的备份/).fill('青梧 correct horse');
  await asking.getByRole('button', { name: '用这个口令读取' }).click();
  const preview = restoring.getByRole('region', { name: '恢复前核对' });
  await expect(preview).toContainText('2 位客户');
  await preview.getByRole('button', { name: '恢复', exact: true }).click();
  await expect(restoring.getByRole('status').filter({ hasText: '已恢复 2 位客户' })).toBeVisible();
  expect(await bookOf(restoring)).toEqual(original);
});

test('a backup whose save picker the person cancels writes nothing and is not recorded as a backup (issue 22 #5)', async () => {
  const first = await browser(true);
  const options = await openOptions(first);
  await options.evaluate(() => {
    (window as unknown as { showSaveFilePicker: unknown }).showSaveFilePicker = async () => {
      throw new DOMException('The user aborted a request.', 'AbortError');
    };
  });
  await options.getByRole('button', { name: '备份与恢复' }).click();
  await options.getByRole('button', { name: '备份整个资料库' }).click();
  await expect(options.getByRole('status').filter({ hasText: '没有选择保存位置' })).toBeVisible();
  await options.getByRole('button', { name: '备份与恢复' }).click();
  await expect(options.getByRole('note')).toContainText('资料库还没有备份过');
});
