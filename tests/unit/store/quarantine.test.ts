import type Dexie from 'dexie';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attachmentsOf, mapAttachments } from '@/lib/model/attachments';
import type { Client } from '@/lib/model/profile';
import { quarantineHandlers } from '@/lib/api/quarantine/handlers';
import { backupsFor } from '../../helpers/backup-file';
import { everything, sampleBook } from '../../helpers/sample-book';

/**
 * Issue 22 #3: one row of an encrypted book that no longer opens — its sealed text altered on
 * disk, or sealed with keys the book lost — is moved aside and listed; the rest of the book reads,
 * is searched, backed up and filled as before, and a backup brings the row's client back whole.
 */
const PASSPHRASE = '青梧 correct horse';

beforeEach(() => fakeBrowser.reset());

/** Alters one character of a stored row's sealed text, as a damaged disk or a hostile edit would. */
async function damage(db: Dexie, table: string, id: string) {
  const row = (await db.table(table).get(id)) as { sealed: string };
  const at = Math.floor(row.sealed.length / 2);
  const altered = row.sealed.slice(0, at) + (row.sealed[at] === 'A' ? 'B' : 'A') + row.sealed.slice(at + 1);
  await db.table(table).put({ ...row, sealed: altered });
}

async function encryptedSampleBook() {
  const book = await sampleBook();
  await book.lock.enable(PASSPHRASE);
  const handlers = quarantineHandlers(book.quarantine, book.repository);
  return { ...book, handlers };
}

describe('a row of the encrypted book that no longer opens', () => {
  it('is moved aside and listed by its client; the rest of the book lists, searches and backs up; a backup brings the client back whole', async () => {
    const book = await encryptedSampleBook();
    const before = await everything(book);
    const backups = backupsFor(book.db, book.repository, { sealing: () => book.lock.backupSealing() });
    const earlier = await backups.backupLines();
    const damaged = before.clients.find((client) => client.id === 'sample-zhou')!;
    await book.raw((db) => damage(db, 'clients', damaged.id));
    book.repository.forget();

    // Before the quarantine, this read rejected: one bad row, and nothing of the book could be listed, backed up or deleted.
    const others = before.clients.filter((client) => client.id !== damaged.id);
    expect((await book.repository.allClients()).map((client) => client.id).sort()).toEqual(others.map((client) => client.id).sort());
    await expect(book.repository.getClient(damaged.id)).rejects.toMatchObject({ code: 'not-found' });
    expect((await book.repository.searchClients('qingwushop')).map((client) => client.id)).toEqual(['sample-qingwu']);
    await book.quarantine.settled();
    // The list's index still had it: once moved aside, the list no longer offers a client that cannot be opened.
    expect((await book.repository.listClients()).map((client) => client.id)).not.toContain(damaged.id);

    expect(await book.handlers.listQuarantine({})).toEqual([
      { id: `clients/${damaged.id}`, table: 'clients', rowId: damaged.id, clientName: damaged.displayName, foundAt: expect.any(Number), reason: expect.any(String) },
    ]);
    const stored = await book.rawRows();
    expect((stored['clients'] as { id: string }[]).map((row) => row.id)).not.toContain(damaged.id);
    // Its websites and scans wait for it: nothing of it is pruned as an orphan meanwhile.
    expect(await book.repository.pruneOrphanAttachments(Date.now() + 1e10)).toBe(0);
    const now = await backups.backupLines();
    expect(now.length).toBeLessThan(earlier.length);

    const restore = backupsFor(book.db, book.repository, { sealing: () => book.lock.backupSealing() });
    await restore.read('back', earlier);
    expect((await restore.restorePreview({ restoreId: 'back' })).problems).toEqual([]);
    await restore.restoreCommit({ restoreId: 'back', mode: 'merge' });
    // Back whole; its scans, whose ids the book still held for it, under new ids, the ones it left behind gone.
    const back = await book.repository.getClient(damaged.id);
    const withoutScanIds = (client: Client) => mapAttachments(structuredClone(client), (ref) => ({ ...ref, id: '' }));
    expect(withoutScanIds(back)).toEqual(withoutScanIds(damaged));
    const after = await everything(book);
    attachmentsOf(back).forEach((ref, index) => expect(after.scans[ref.id]).toBe(before.scans[attachmentsOf(damaged)[index]!.id]));
    expect(await book.db.attachments.where('clientId').equals(damaged.id).count()).toBe(new Set(attachmentsOf(back).map((ref) => ref.id)).size);
    expect(await book.handlers.listQuarantine({})).toEqual([]);
  });

  it('a website or a scan that does not open is moved aside on every way of reading — one row, a set of rows, a query, a cursor — and named by its client', async () => {
    const book = await encryptedSampleBook();
    const before = await everything(book);
    const qingwu = before.clients.find((client) => client.id === 'sample-qingwu')!;
    const [website] = qingwu.websites;
    const scan = attachmentsOf(qingwu)[0]!;
    await book.raw(async (db) => {
      await damage(db, 'websites', website!.id);
      await damage(db, 'attachments', scan.id);
    });
    book.repository.forget();

    await expect(book.repository.getAttachment(scan.id)).rejects.toMatchObject({ code: 'not-found' });
    expect(await book.db.websites.bulkGet([website!.id, qingwu.websites[1]!.id])).toEqual([undefined, expect.objectContaining({ id: qingwu.websites[1]!.id })]);
    expect((await book.db.websites.where('clientId').equals(qingwu.id).toArray()).map((row) => row.id)).toEqual([qingwu.websites[1]!.id]);
    // A filtered collection is read through the browser's cursor, stepped over the row that does not open.
    expect((await book.db.websites.filter((row) => row.clientId === qingwu.id).toArray()).map((row) => row.id)).toEqual([qingwu.websites[1]!.id]);
    await book.quarantine.settled();

    const listed = await book.handlers.listQuarantine({});
    expect(listed.map(({ table, rowId, clientName }) => ({ table, rowId, clientName })).sort((a, b) => a.table.localeCompare(b.table))).toEqual([
      { table: 'attachments', rowId: scan.id, clientName: qingwu.displayName },
      { table: 'websites', rowId: website!.id, clientName: qingwu.displayName },
    ]);
    expect((await book.repository.getClient(qingwu.id)).websites.map((site) => site.id)).toEqual([qingwu.websites[1]!.id]);

    await book.handlers.discardQuarantined({ id: `websites/${website!.id}` });
    expect((await book.handlers.listQuarantine({})).map((entry) => entry.table)).toEqual(['attachments']);
    await expect(book.handlers.discardQuarantined({ id: `websites/${website!.id}` })).rejects.toMatchObject({ code: 'not-found' });
  });

  it('while the book is locked, nothing is moved aside: every read is refused as locked, and unlocked, every row opens', async () => {
    const book = await encryptedSampleBook();
    const before = await everything(book);
    await book.lock.lock();
    book.repository.forget();
    await expect(book.repository.allClients()).rejects.toMatchObject({ code: 'locked' });
    await expect(book.repository.getClient('sample-zhou')).rejects.toMatchObject({ code: 'locked' });
    await book.quarantine.settled();
    expect(await book.db.quarantine.count()).toBe(0);
    await book.lock.unlock(PASSPHRASE);
    expect(await everything(book)).toEqual(before);
  });

  it('a sealed row left in a decrypted book is moved aside, not taken for a locked book', async () => {
    const book = await encryptedSampleBook();
    const sealedRow = await book.raw(async (db) => db.table('clients').get('sample-zhou'));
    await book.lock.disable(PASSPHRASE);
    await book.raw(async (db) => db.table('clients').put(sealedRow));
    book.repository.forget();
    expect((await book.repository.allClients()).map((client) => client.id)).not.toContain('sample-zhou');
    await book.quarantine.settled();
    expect((await book.handlers.listQuarantine({})).map((entry) => entry.id)).toEqual(['clients/sample-zhou']);
  });
});
