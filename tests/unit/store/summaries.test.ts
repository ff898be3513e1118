import { describe, expect, it } from 'vitest';
import type { Client } from '@/lib/model/profile';
import { BeianDatabase } from '@/lib/store/db';
import { ProfileRepository } from '@/lib/store/repository';
import { installSamples } from '@/lib/store/samples';
import { SUMMARY_BUCKETS, listOrder, patchedListing, searchListing, summaryOf } from '@/lib/store/summaries';
import { searchTermsOf } from '@/lib/store/search-terms';
import { generateClients } from '../../bench/generate';
import { sampleBook } from '../../helpers/sample-book';
import { loadPublicImage } from '../../helpers/sample-images';

const PASSPHRASE = '青梧 correct horse';

/**
 * The list's index (issue 23): the popup and the options page list the book from it, without
 * reading the book whole. It must say what the book says after every kind of write — checked by a
 * second repository on the same database, which has nothing in memory and reads the index alone.
 */
let count = 0;

async function book() {
  const db = new BeianDatabase(`summaries-${++count}`);
  const repository = new ProfileRepository(db);
  await installSamples(repository, loadPublicImage);
  return { db, repository };
}

/** The list as the book itself says it should be. */
const expectedList = (clients: readonly Client[]) => clients.map(summaryOf).sort(listOrder);

/** What a background that just started lists: the index, read by a repository with nothing in memory. */
async function listedCold(db: BeianDatabase) {
  const fresh = new ProfileRepository(db);
  return { listed: await fresh.listClients(), book: await fresh.allClients() };
}

const renamed = (client: Client, displayName: string): Client => ({ ...client, displayName });

/** New clients made from a sample (its scans are stored): ids of their own. */
async function newClients(repository: ProfileRepository, count: number): Promise<Client[]> {
  const sample = await repository.getClient('sample-zhou');
  return Array.from({ length: count }, (_, index) => ({
    ...sample,
    id: `new-${index}`,
    displayName: `新客户 ${index}`,
    websites: sample.websites.map((website, position) => ({ ...website, id: `new-${index}-${position}` })),
  }));
}

describe('the list’s index', () => {
  it.each([
    ['a save', async (repository: ProfileRepository) => void (await repository.saveClient(renamed(await repository.getClient('sample-qingwu'), '阿青梧')))],
    ['a new client', async (repository: ProfileRepository) => void (await repository.saveClient((await newClients(repository, 1))[0]))],
    ['a delete to the 回收站', async (repository: ProfileRepository) => void (await repository.deleteClient('sample-zhou'))],
    ['a restore from the 回收站', async (repository: ProfileRepository) => void (await repository.restoreClient((await repository.deleteClient('sample-zhou')).id))],
    ['a duplicate', async (repository: ProfileRepository) => void (await repository.duplicateClient('sample-qingwu', '青梧科技（副本）'))],
    ['several saved at once', async (repository: ProfileRepository) => void (await repository.saveClients(await newClients(repository, 30)))],
    ['an import', async (repository: ProfileRepository) => {
      const [added, replacing] = generateClients(2);
      await repository.importClients({ add: [added!], merge: [renamed(await repository.getClient('sample-qingwu'), '青梧（合并）')], replace: [{ replacedId: 'sample-zhou', client: replacing! }] });
    }],
    ['a restore that replaces the book', async (repository: ProfileRepository) => {
      const clients = generateClients(5);
      await repository.restoreBackup({ clients, mappings: [], restoredScans: new Set(), renamed: new Map() }, 'replace');
    }],
  ])('is written in the transaction of %s: a background that starts afresh lists what the book holds', async (_, change) => {
    const { db, repository } = await book();
    await repository.listClients();
    await change(repository);
    const { listed, book: stored } = await listedCold(db);
    expect(listed).toEqual(expectedList(stored));
    // The list and book kept in memory were patched, not read again, and say the same.
    expect(await repository.listClients()).toEqual(listed);
    expect(await repository.allClients()).toEqual(stored);
  });

  it('is left as it was by a write that fails', async () => {
    const { db, repository } = await book();
    const before = await listedCold(db);
    const company = await repository.getClient('sample-qingwu');
    const absentScan = { ...company, displayName: '不会保存', subject: { ...company.subject, principal: { ...company.subject.principal, certFront: { id: 'no-such-scan', name: 'x.png', type: 'image/png', size: 1 } } } };
    await expect(repository.saveClient(absentScan)).rejects.toThrow();
    expect((await listedCold(db)).listed).toEqual(before.listed);
    expect((await repository.listClients()).map((summary) => summary.displayName)).not.toContain('不会保存');
  });

  it('is built from the book the first time a book stored before it is listed, and read alone after that', async () => {
    const { db } = await book();
    await db.summaries.clear();
    const { listed, book: stored } = await listedCold(db);
    expect(listed).toEqual(expectedList(stored));
    expect(await db.summaries.count()).toBe(SUMMARY_BUCKETS);
    // A client row the index does not know (written by an older version, or put back from the quarantine) makes it built again.
    await db.clients.delete('sample-zhou');
    expect((await listedCold(db)).listed.map((summary) => summary.id)).not.toContain('sample-zhou');
  });

  it('is sealed whole in an encrypted book, and a bucket that does not open is built again from the book, not quarantined', async () => {
    const book = await sampleBook();
    await book.lock.enable(PASSPHRASE);
    const raw = await book.rawRows();
    const buckets = raw['summaries'] as Record<string, unknown>[];
    expect(buckets.length).toBeGreaterThan(0);
    expect(JSON.stringify(buckets)).not.toContain('青梧');
    const expected = await book.repository.listClients();
    await book.raw(async (db) => {
      const [first] = await db.table('summaries').toArray();
      await db.table('summaries').put({ ...first, sealed: 'altered' });
    });
    book.repository.forget();
    expect(await book.repository.listClients()).toEqual(expected);
    await book.quarantine.settled();
    expect(await book.db.quarantine.count()).toBe(0);
  });

  it('puts a changed client in its place in pinyin order, as a sort of the whole list would, its search terms with it', () => {
    const clients = generateClients(300);
    const list = { summaries: expectedList(clients), terms: new Map(clients.map((client) => [client.id, searchTermsOf(client)])) };
    const changed = [renamed(clients[7]!, '阿'), renamed(clients[8]!, '周'), { ...clients[9]!, id: 'new-client' }];
    const removed = [clients[10]!.id];
    const after = clients.filter((client) => !removed.includes(client.id) && client.id !== clients[7]!.id && client.id !== clients[8]!.id).concat(changed);
    const patched = patchedListing(list, changed, removed);
    expect(patched.summaries).toEqual(expectedList(after));
    expect(patched.terms).toEqual(new Map(after.map((client) => [client.id, searchTermsOf(client)])));
    expect(searchListing(patched, '阿').map((summary) => summary.id)).toEqual([clients[7]!.id]);
    expect(searchListing(patched, clients[10]!.subject.principal.certNumber).map((summary) => summary.id)).not.toContain(clients[10]!.id);
    expect(patchedListing(list, clients.slice(0, 250), [])).toEqual(list);
  });
});
