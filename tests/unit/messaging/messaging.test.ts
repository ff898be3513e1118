import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { AppError } from '@/lib/errors';
import { askAhead, send } from '@/lib/messaging/client';
import { CHANNEL } from '@/lib/messaging/protocol';
import { serveMessages } from '@/lib/messaging/server';
import { backupHandlers } from '@/lib/api/backup/handlers';
import { importHandlers } from '@/lib/api/import/handlers';
import { lockHandlers } from '@/lib/api/lock/handlers';
import { tabHandlers } from '@/lib/api/tab/handlers';
import { profileHandlers } from '@/lib/api/book/handlers';
import { mappingHandlers } from '@/lib/api/mappings/handlers';
import { MappingRepository } from '@/lib/store/mappings';
import { openBook } from '@/lib/store/rescue';
import { rescueHandlers } from '@/lib/api/rescue/handlers';
import { installSamples } from '@/lib/store/samples';
import { quarantineHandlers } from '@/lib/api/quarantine/handlers';
import { connectPagesToBackground, deliver } from '../../helpers/fake-runtime';
import { loadPublicImage } from '../../helpers/sample-images';
import { lockableBook } from '../../helpers/locked-book';

let databaseCount = 0;

beforeEach(() => {
  fakeBrowser.reset();
  const name = `messaging-${++databaseCount}`;
  const { db, repository, lock, quarantine } = lockableBook(name);
  const mappings = new MappingRepository(db);
  serveMessages({
    ...profileHandlers(repository, (replace) => installSamples(repository, loadPublicImage, { replace })),
    ...mappingHandlers(mappings),
    ...rescueHandlers(openBook(db), name),
    ...backupHandlers(db, repository, { files: { hand: () => undefined, received: async (fileId) => Promise.reject(new Error(`no file ${fileId} in this test`)) } }),
    ...importHandlers(repository),
    ...tabHandlers(repository, mappings, async () => undefined).handlers,
    ...lockHandlers(lock),
    ...quarantineHandlers(quarantine, repository),
  });
  connectPagesToBackground();
});

async function failure(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => undefined, (reason: unknown) => reason);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('a request sent ahead (a page’s first list)', () => {
  it('gives the answer it got once, then asks again; asked ahead into a failure, it asks again when used', async () => {
    await send('installSamples', {});
    const firstList = askAhead('findClients', { limit: 1 });
    await send('deleteClient', { id: 'sample-qingwu' });
    // The answer from before the delete: what the page would have shown had it rendered then.
    expect((await firstList()).map((client) => client.id)).toEqual(['sample-qingwu']);
    expect((await firstList()).map((client) => client.id)).toEqual(['sample-zhou']);

    const refused = askAhead('getClient', { id: 'no-such-client' });
    await send('saveClient', { client: { ...(await send('getClient', { id: 'sample-zhou' })), id: 'no-such-client' } });
    expect((await refused()).id).toBe('no-such-client');
  });
});

describe('messaging between the extension pages and the background', () => {
  it('answers a valid request with validated data', async () => {
    await send('installSamples', {});
    const clients = await send('listClients', {});
    expect(clients.map((client) => client.id)).toEqual(['sample-qingwu', 'sample-zhou']);
    const company = await send('getClient', { id: 'sample-qingwu' });
    expect(company.websites).toHaveLength(2);
  });

  it('lists each client with the counts of its findings', async () => {
    const clients = await send('installSamples', {});
    expect(clients.find((client) => client.id === 'sample-qingwu')!.findings).toMatchObject({ error: 0, warn: 1 });
  });

  it('checks unsaved values against the whole book, agency rules included', async () => {
    await send('installSamples', {});
    const draft = await send('getClient', { id: 'sample-zhou' });
    draft.id = 'a-new-client';
    const findings = await send('checkClient', { client: draft });
    expect(findings.filter((finding) => finding.ruleId === 'A-SHARED-CONTACT').map((finding) => finding.path)).toEqual([
      'subject.principal.mobile',
      'subject.principal.email',
      'subject.principal.certNumber',
    ]);
  });

  it('searches clients when the list request carries a query', async () => {
    await send('installSamples', {});
    expect((await send('listClients', { query: '1368295' })).map((client) => client.id)).toEqual(['sample-zhou']);
  });

  it('carries attachment bytes both ways as base64', async () => {
    await send('installSamples', {});
    const bytes = new Uint8Array([137, 80, 78, 71, 0, 255, 1, 2]);
    const base64 = Buffer.from(bytes).toString('base64');
    const ref = await send('putAttachment', { clientId: 'sample-zhou', name: 'scan.png', type: 'image/png', base64, width: 10, height: 5 });
    expect(ref).toMatchObject({ name: 'scan.png', size: 8, width: 10, height: 5 });
    expect(await send('getAttachment', { id: ref.id })).toEqual({ ref, base64 });
  });

  it('rejects a request that breaks its schema with invalid-request and the field', async () => {
    const error = await failure(send('duplicateClient', { id: 'sample-qingwu', displayName: '   ' }));
    expect(error.code).toBe('invalid-request');
    expect(error.issues.map((issue) => issue.path)).toEqual([['displayName']]);
  });

  it('rejects an attachment whose bytes are not base64', async () => {
    const error = await failure(send('putAttachment', { clientId: 'c', name: 'a.png', type: 'image/png', base64: 'not base64!' }));
    expect(error).toMatchObject({ code: 'invalid-request', issues: [expect.objectContaining({ path: ['base64'] })] });
  });

  it('passes the repository\'s typed errors through: invalid-profile with paths, not-found', async () => {
    await send('installSamples', {});
    const client = await send('getClient', { id: 'sample-zhou' });
    client.subject.principal.mobile = '';
    const invalid = await failure(send('saveClient', { client }));
    expect(invalid).toMatchObject({ code: 'invalid-profile', issues: [{ path: ['subject', 'principal', 'mobile'], message: 'required' }] });
    expect((await failure(send('getClient', { id: 'nobody' }))).code).toBe('not-found');
  });

  it('ignores messages from another extension or a web page', async () => {
    const message = { channel: CHANNEL, type: 'listClients', payload: {} };
    expect(await deliver(message, { id: 'someone-else', url: 'chrome-extension://someone-else/popup.html' })).toBeUndefined();
    expect(await deliver(message, {})).toBeUndefined();
    expect(await deliver(message)).toMatchObject({ ok: true });
  });

  it('refuses the book to its own content script, which runs in the platform page', async () => {
    await send('installSamples', {});
    const fromContentScript = { id: fakeBrowser.runtime.id, url: 'https://beian.mps.gov.cn/#/web/subject', tab: { id: 3 } };
    for (const type of ['listClients', 'getClient', 'getAttachment', 'deleteClient', 'listMappings'] as const) {
      expect(await deliver({ channel: CHANNEL, type, payload: type === 'listClients' || type === 'listMappings' ? {} : { id: 'sample-zhou' } }, fromContentScript)).toBeUndefined();
    }
    expect(await send('getClient', { id: 'sample-zhou' })).toMatchObject({ id: 'sample-zhou' });
  });

  it('ignores messages that are not on our channel or name no known type', async () => {
    expect(await deliver({ type: 'listClients', payload: {} })).toBeUndefined();
    expect(await deliver({ channel: CHANNEL, type: 'dropDatabase', payload: {} })).toBeUndefined();
  });

  it('locks an encrypted book: every request for a client is refused with "locked" until the right passphrase unlocks it (issue 13)', async () => {
    await send('installSamples', {});
    expect(await send('lockStatus', {})).toEqual({ encrypted: false, locked: false });
    expect(await send('encryptBook', { passphrase: '正确的口令 horse' })).toMatchObject({ encrypted: true, locked: false });
    expect(await send('lockBook', {})).toEqual({ encrypted: true, locked: true });
    const refusals = await Promise.all([send('getClient', { id: 'sample-zhou' }), send('listClients', {}), send('listClients', { query: '周' })].map(failure));
    expect(refusals.map((refusal) => [refusal.code, refusal.message])).toEqual(Array(3).fill(['locked', 'the book is locked']));
    expect((await failure(send('unlockBook', { passphrase: '错误的口令 horse' }))).code).toBe('wrong-passphrase');
    expect(await send('lockStatus', {})).toMatchObject({ locked: true });
    expect(await send('unlockBook', { passphrase: '正确的口令 horse' })).toMatchObject({ encrypted: true, locked: false });
    expect(await send('getClient', { id: 'sample-zhou' })).toMatchObject({ id: 'sample-zhou' });
  });
});
