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
