import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect, test } from '@playwright/test';
import { CHANNEL } from '../../lib/messaging/protocol';
import { openOptions } from './extension';
import { bookSessionPerTest } from './session';

/**
 * The book in the browser it runs in, not on fake-indexeddb: the sealing middleware is installed
 * on every book, plain or encrypted, and the browser's own cursors go through it.
 */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data: unknown; error?: { code: string } }> } };

const session = bookSessionPerTest();
const SCAN = readFileSync(resolve(import.meta.dirname, '../../public/sample/blogger-back.png')).toString('base64');

test('a replaced ID scan is gone from the book, plain and encrypted: no old scan is left behind a client', async () => {
  const options = await openOptions(session.extension);
  const outcome = await options.evaluate(
    async ([channel, scan]) => {
      const ask = async (type: string, payload: unknown) => chrome.runtime.sendMessage({ channel, type, payload });
      const data = async (type: string, payload: unknown) => {
        const reply = await ask(type, payload);
        if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply)}`);
        return reply.data as Record<string, any>;
      };
      const rounds: Record<string, { oldKept: boolean; newKept: boolean }> = {};
      for (const round of ['plain', 'encrypted']) {
        if (round === 'encrypted') await data('encryptBook', { passphrase: 'e2e 口令 qingwu-2026' });
        const client = await data('getClient', { id: 'sample-zhou' });
        const old = client.subject.principal.certFront;
        const replacement = await data('putAttachment', { clientId: client.id, name: `front-${round}.png`, type: 'image/png', base64: scan });
        client.subject.principal.certFront = replacement;
        await data('saveClient', { client });
        rounds[round] = { oldKept: (await ask('getAttachment', { id: old.id })).ok, newKept: (await ask('getAttachment', { id: replacement.id })).ok };
      }
      return rounds;
    },
    [CHANNEL, SCAN] as const,
  );
  expect(outcome).toEqual({ plain: { oldKept: false, newKept: true }, encrypted: { oldKept: false, newKept: true } });
});

test('a client row of the encrypted book altered on disk is set aside: the rest lists and backs up, the options page names it (issue 22 #3)', async () => {
  const options = await openOptions(session.extension);
  const outcome = await options.evaluate(async (channel) => {
    const data = async (type: string, payload: unknown) => {
      const reply = await chrome.runtime.sendMessage({ channel, type, payload });
      if (!reply.ok) throw new Error(`${type}: ${JSON.stringify(reply)}`);
      return reply.data as any;
    };
    await data('encryptBook', { passphrase: 'e2e 口令 qingwu-2026' });
    // The extension's pages share the background's origin, so its IndexedDB: one character of a sealed row altered, as a damaged disk would.
    await new Promise<void>((resolve, reject) => {
      const opening = indexedDB.open('beian-helper');
      opening.onerror = () => reject(opening.error);
      opening.onsuccess = () => {
        const db = opening.result;
        const store = db.transaction('clients', 'readwrite').objectStore('clients');
        const reading = store.get('sample-zhou');
        reading.onsuccess = () => {
          const row = reading.result as { sealed: string };
          const at = row.sealed.length >> 1;
          const writing = store.put({ ...row, sealed: row.sealed.slice(0, at) + (row.sealed[at] === 'A' ? 'B' : 'A') + row.sealed.slice(at + 1) });
          writing.onsuccess = () => {
            db.close();
            resolve();
          };
          writing.onerror = () => reject(writing.error);
        };
      };
    });
    // The background still holds the book read before: a lock and unlock reads it again from disk.
    await data('lockBook', {});
    await data('unlockBook', { passphrase: 'e2e 口令 qingwu-2026' });
    const listed = (await data('listClients', {})) as { id: string }[];
    const backup = await data('backupFile', {});
    return { listed: listed.map((client) => client.id), backedUp: backup.lines > 2, quarantined: await data('listQuarantine', {}) };
  }, CHANNEL);
  expect(outcome.listed).not.toContain('sample-zhou');
  expect(outcome.listed.length).toBeGreaterThan(0);
  expect(outcome.backedUp).toBe(true);
  expect(outcome.quarantined).toEqual([expect.objectContaining({ table: 'clients', rowId: 'sample-zhou', clientName: expect.any(String) })]);
  await options.reload();
  const section = options.getByRole('region', { name: '有记录无法读取，已移到一旁' });
  await expect(section).toContainText('sample-zhou');
  options.once('dialog', (dialog) => void dialog.accept());
  await section.getByRole('button', { name: '永久删除' }).click();
  await expect(section).toHaveCount(0);
});
