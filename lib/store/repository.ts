import Dexie from 'dexie';
import { ClientSchema, type AttachmentRef, type Client } from '../model/profile';
import type { ClientSummary, TrashSummary } from '../model/summaries';
import { AppError } from '../errors';
import { copyWithScans, pruneOrphans, readAttachment, scansAfter, storeAttachment, type NewAttachment } from './attachments';
import type { BulkOpening } from './bulk-opening';
import { importChanges, restoreClients, storeScans, type ImportChanges, type RestoredBook } from './bulk-writes';
import { readBook, readClient, storeClient } from './client-rows';
import { BookMemory, type BookChange } from './book-memory';
import { readSummaries, rebuildSummaries, searchListing, writeSummaries, type Listing } from './summaries';
import type { BeianDatabase, ScanBytes } from './db';
import { deleteFromTrash, moveToTrash, purgeExpired, takeOutOfTrash, trashSummaries } from './trash';

/**
 * The profile book's API. Every write is one transaction: a client and its websites and
 * attachments are stored together or not at all.
 */
export class ProfileRepository {
  private readonly memory = new BookMemory();

  /** `bulk`, for an encrypted book: the whole book read sealed and opened at once after its transaction (lib/store/bulk-opening.ts). */
  constructor(
    private readonly db: BeianDatabase,
    private readonly bulk?: BulkOpening,
  ) {}

  /** The whole book, read once and kept, patched by every write (the agency rules need all of it). */
  allClients(): Promise<Client[]> {
    return this.memory.keptBook(() => readBook(this.db, this.bulk));
  }

  /** Told of every change to the book, after it is stored (lib/store/book-memory.ts). */
  onChange(listener: (change: BookChange) => void): void {
    this.memory.onChange(listener);
  }

  /** Drops the book kept in memory (the book was locked, unlocked or resealed). */
  forget(): void {
    this.memory.forget();
  }

  /** The book's clients in pinyin order, from the list's index (lib/store/summaries.ts) — the book is not read unless the index has to be built. */
  async listClients(): Promise<ClientSummary[]> {
    return (await this.listing()).summaries;
  }

  /** Clients a name, domain, certificate number or phone of which starts with the query, in the list's order: searched in memory, over the index. */
  async searchClients(query: string): Promise<ClientSummary[]> {
    return searchListing(await this.listing(), query);
  }

  private listing(): Promise<Listing> {
    return this.memory.keptList(async () => (await readSummaries(this.db, this.bulk)) ?? this.rebuildSummaries());
  }

  getClient(id: string): Promise<Client> {
    return readClient(this.db, id);
  }

  async saveClient(input: unknown, now: number = Date.now()): Promise<Client> {
    const client = validClient(input, now);
    return this.write(async () => {
      await storeClient(this.db, client);
      return client;
    }, changedOne);
  }

  /** Saves several clients in one transaction: every one of them, or none. */
  async saveClients(inputs: readonly unknown[], now: number = Date.now()): Promise<Client[]> {
    const clients = inputs.map((input) => validClient(input, now));
    return this.write(async () => {
      for (const client of clients) await storeClient(this.db, client);
      return clients;
    }, (saved) => ({ changed: saved, removed: [] }));
  }

  /**
   * Stores a slice of a backup's scans before its clients (`restoreBackup`), in one transaction:
   * each owned by the client that uses it (`owners`; the file may say another), and one whose id
   * the book already uses stored under a new id, noted in `renamed`. Returns the ids stored, for
   * `restoreBackup` to keep from the clients it sets aside, or `dropRestoredScans` to take back.
   */
  async storeRestoredScans(scans: readonly ScanBytes[], owners: ReadonlyMap<string, string>, renamed: Map<string, string>): Promise<string[]> {
    await this.bulk?.preseal(scans.map((scan) => scan.bytes));
    return this.write(() => storeScans(this.db, scans, owners, renamed), unchanged);
  }

  /** Takes back the scans a restore stored before it failed or was abandoned. */
  async dropRestoredScans(ids: readonly string[]): Promise<void> {
    await this.write(() => this.db.attachments.bulkDelete([...ids]), unchanged);
  }

  /**
   * The last step of restoring a backup, in one transaction or nothing, its scans stored before
   * (`storeRestoredScans`: `restoredScans` are their ids, `renamed` their new ids). `merge`: the
   * backup's clients are added, and replace the book's clients with the same id; `replace`: the
   * book becomes the backup. Either way every client of the book that is overwritten or left out
   * goes to the 回收站 (nothing lost) and the lessons are added.
   */
  async restoreBackup(backup: RestoredBook, mode: 'merge' | 'replace', now: number = Date.now()): Promise<{ restored: number; setAside: number }> {
    const { restored, setAside } = await this.write(() => restoreClients(this.db, backup, mode, now), (writes) => ({ changed: writes.restored, removed: writes.setAside }));
    return { restored: restored.length, setAside: setAside.length };
  }

  /**
   * Stores a spreadsheet import in one transaction, all or nothing: new clients added, merged ones
   * saved over the book's (their scans kept), and for each replaced one the book's version moved to
   * the 回收站 before its successor is added.
   */
  async importClients(changes: ImportChanges, now: number = Date.now()): Promise<void> {
    await this.write(
      () => importChanges(this.db, changes, now),
      () => ({ changed: [...changes.add, ...changes.merge, ...changes.replace.map(({ client }) => client)], removed: changes.replace.map(({ replacedId }) => replacedId) }),
    );
  }

  /** Moves a client, websites and scans included, to the 回收站 for TRASH_KEEP_MS. */
  async deleteClient(id: string, now: number = Date.now()): Promise<TrashSummary> {
    return this.write(async () => moveToTrash(this.db, await this.getClient(id), 'deleted', now), (entry) => ({ changed: [], removed: [entry.clientId] }));
  }

  /** Sets a client aside in the 回收站 before something else is stored under its id (the samples, installed again). */
  async setAside(id: string, now: number = Date.now()): Promise<TrashSummary | undefined> {
    return this.write(
      async () => ((await this.db.clients.get(id)) ? moveToTrash(this.db, await this.getClient(id), 'replaced', now) : undefined),
      (entry) => ({ changed: [], removed: entry ? [entry.clientId] : [] }),
    );
  }

  /** What the 回收站 holds, the most recently deleted first. */
  listTrash(): Promise<TrashSummary[]> {
    return trashSummaries(this.db);
  }

  /**
   * Puts a client back, with its websites and scans. If its id has been taken since (the samples
   * were installed again), it comes back as a client of its own under new ids.
   */
  async restoreClient(entryId: string, now: number = Date.now()): Promise<Client> {
    return this.write(async () => {
      const client = validClient(await takeOutOfTrash(this.db, entryId), now);
      await storeClient(this.db, client);
      return client;
    }, changedOne);
  }

  /** Deletes a 回收站 entry and its scans for good. */
  async deleteForever(entryId: string): Promise<void> {
    await this.write(() => deleteFromTrash(this.db, entryId), unchanged);
  }

  /** Empties what has been in the 回收站 longer than TRASH_KEEP_MS; returns how many clients went. */
  async purgeTrash(now: number = Date.now()): Promise<number> {
    return this.write(() => purgeExpired(this.db, now), unchanged);
  }

  /** A copy under new ids, attachments included, so deleting one never strips the other. */
  async duplicateClient(id: string, displayName: string, now: number = Date.now()): Promise<Client> {
    return this.write(async () => {
      const client = validClient(await copyWithScans(this.db, await this.getClient(id), displayName, now), now);
      await storeClient(this.db, client);
      return client;
    }, changedOne);
  }

  putAttachment(input: NewAttachment, now: number = Date.now()): Promise<AttachmentRef> {
    return storeAttachment(this.db, input, now);
  }

  /**
   * Up to `limit` scans of `owners` whose ids come after `after`, in id order: read by key range,
   * so a book of thousands of scans is read a few at a time (a backup), and opened together.
   * `last`: the id of the last scan read, opened or not (one that does not open is left out); none once there are no more.
   */
  scansAfter(after: string | undefined, limit: number, owners: ReadonlySet<string>): Promise<{ scans: ScanBytes[]; last?: string }> {
    return scansAfter(this.db, this.bulk, after, limit, owners);
  }

  getAttachment(id: string): Promise<{ ref: AttachmentRef; blob: Blob }> {
    return readAttachment(this.db, id);
  }

  /** Removes attachments uploaded for clients that were never saved (a client in quarantine is still saved). */
  pruneOrphanAttachments(now: number = Date.now()): Promise<number> {
    return pruneOrphans(this.db, now);
  }

  /**
   * The list's index built again from the whole book (a book stored before it, or one it disagrees
   * with), read and written in one transaction so no write comes in between (in an encrypted book
   * the rows are opened inside it, one by one: slower, and done once).
   */
  private rebuildSummaries(): Promise<Listing> {
    return this.db.transaction('rw', [this.db.clients, this.db.websites, this.db.summaries], async () => rebuildSummaries(this.db, await readBook(this.db, undefined)));
  }

  /**
   * One read-write transaction over the book, the list's index written in it with what `effect`
   * says the change did to the clients; once committed, the book and list in memory are patched.
   */
  private async write<T>(change: () => Promise<T>, effect: (result: T) => { changed: readonly Client[]; removed: readonly string[] }): Promise<T> {
    let done: { result: T; changed: readonly Client[]; removed: readonly string[] };
    try {
      done = await this.db.transaction('rw', [this.db.clients, this.db.websites, this.db.attachments, this.db.trash, this.db.mappings, this.db.quarantine, this.db.summaries], async () => {
        // Awaited as Dexie's promises: a change that ends in nested async functions can come back outside the transaction's zone, and the index would be written outside the transaction.
        const result = await Dexie.Promise.resolve(change());
        const { changed, removed } = effect(result);
        if (changed.length || removed.length) await Dexie.Promise.resolve(writeSummaries(this.db, changed, removed));
        return { result, changed, removed };
      });
    } catch (error) {
      this.memory.forget();
      throw error;
    }
    if (done.changed.length || done.removed.length) this.memory.changed(done.changed, done.removed);
    return done.result;
  }
}

/** A client as the book stores it: valid, and dated `now`. */
function validClient(input: unknown, now: number): Client {
  const parsed = ClientSchema.safeParse(input);
  if (!parsed.success) throw AppError.fromZod('invalid-profile', parsed.error);
  return { ...parsed.data, updatedAt: now };
}

const changedOne = (client: Client) => ({ changed: [client], removed: [] });
const unchanged = () => ({ changed: [], removed: [] });
