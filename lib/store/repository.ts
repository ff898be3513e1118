import { LARGEST_UPLOAD_BYTES, attachmentsOf, mapAttachments } from '../model/attachments';
import { filingStatusOf } from '../model/codes';
import { newId } from '../model/factory';
import type { Mapping } from '../model/mapping';
import { ClientSchema, type AttachmentRef, type Client, type Website } from '../model/profile';
import { AppError } from '../errors';
import type { ClientSummary, TrashSummary } from '../messaging/protocol';
import type { BeianDatabase, ScanBytes, StoredAttachment, StoredClient, StoredWebsite, TrashEntry } from './db';
import { bytesOf, withKnownBytes, type BulkOpening } from './sealing';
import { searchTermsOf } from './search-terms';

export interface NewAttachment {
  clientId: string;
  name: string;
  type: string;
  blob: Blob;
  width?: number;
  height?: number;
}

/** Attachments nobody refers to (an editor closed without saving) are kept this long, then pruned. */
export const ORPHAN_GRACE_MS = 24 * 60 * 60 * 1000;

/** How long the 回收站 keeps a deleted client before it is gone for good. */
export const TRASH_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/** Who owns a trashed client's attachments meanwhile: the entry, not the client id another client may take. */
const trashOwner = (entryId: string) => `trash:${entryId}`;

function trashSummaryOf(entry: TrashEntry): TrashSummary {
  const { client } = entry;
  return {
    id: entry.id,
    clientId: client.id,
    displayName: client.displayName,
    subjectName: client.subject.unitName || client.subject.principal.name,
    domains: client.websites.map((website) => website.domain),
    scans: new Set(attachmentsOf(client).map((ref) => ref.id)).size,
    reason: entry.reason,
    deletedAt: entry.deletedAt,
    purgeAt: entry.deletedAt + TRASH_KEEP_MS,
  };
}

function summaryOf(client: Client): ClientSummary {
  return {
    id: client.id,
    displayName: client.displayName,
    tags: client.tags,
    nature: client.subject.nature,
    subjectName: client.subject.unitName || client.subject.principal.name,
    domains: client.websites.map((website) => website.domain),
    statuses: client.websites.map((website) => filingStatusOf(website.filing)),
    updatedAt: client.updatedAt,
  };
}

function refOf(attachment: StoredAttachment): AttachmentRef {
  const { id, name, type, size, width, height } = attachment;
  return { id, name, type, size, ...(width ? { width } : {}), ...(height ? { height } : {}) };
}

/**
 * The profile book's API. Every write is one transaction: a client and its websites and
 * attachments are stored together or not at all.
 */
/** A client's row: its websites live in their own table. */
function storedClientOf(client: Client): StoredClient {
  const { websites: _inTheirTable, ...row } = client;
  return { ...row, searchTerms: searchTermsOf(client) };
}

/** One collator for the whole list: names in pinyin order. */
const PINYIN = new Intl.Collator('zh-Hans-CN');
const byDisplayName = (a: ClientSummary, b: ClientSummary) => PINYIN.compare(a.displayName, b.displayName);

export class ProfileRepository {
  /** The whole book, read once and kept until a write changes it (the agency rules need all of it). */
  private book: Promise<Client[]> | undefined;
  private readonly listed = new WeakMap<readonly Client[], ClientSummary[]>();

  /**
   * `sealing` (lib/store/sealing.ts), for an encrypted book: the keyed token a number or an e-mail
   * is stored as, so a whole one still finds its client; and the whole book read sealed and opened
   * at once after its transaction.
   */
  constructor(
    private readonly db: BeianDatabase,
    private readonly sealing: { tokenOf(query: string): string | undefined; bulk?: BulkOpening } = { tokenOf: () => undefined },
  ) {}

  allClients(): Promise<Client[]> {
    if (!this.book) {
      const reading = this.readBook();
      this.book = reading;
      // A book that could not be read (locked, say) is read again next time, not remembered as a failure.
      reading.catch(() => {
        if (this.book === reading) this.book = undefined;
      });
    }
    return this.book;
  }

  /** Drops the book kept in memory (the book was locked, unlocked or resealed). */
  forget(): void {
    this.book = undefined;
  }

  /** The book's clients in pinyin order, sorted once per state of the book (it is asked for on every popup opening). */
  async listClients(): Promise<ClientSummary[]> {
    const clients = await this.allClients();
    let listed = this.listed.get(clients);
    if (!listed) {
      listed = clients.map(summaryOf).sort(byDisplayName);
      this.listed.set(clients, listed);
    }
    return listed;
  }

  /** Clients whose names, domains, ID numbers or phones start with the query: found through the index, read from the book in memory. */
  async searchClients(query: string): Promise<ClientSummary[]> {
    const prefix = query.trim().toLowerCase();
    if (!prefix) return this.listClients();
    const ids = new Set(await this.db.clients.where('searchTerms').startsWith(prefix).primaryKeys());
    const token = this.sealing.tokenOf(query.trim());
    if (token) for (const id of await this.db.clients.where('searchTerms').equals(token).primaryKeys()) ids.add(id);
    const clients = (await this.allClients()).filter((client) => ids.has(client.id));
    return clients.map(summaryOf).sort(byDisplayName);
  }

  async getClient(id: string): Promise<Client> {
    return this.db.transaction('r', this.db.clients, this.db.websites, async () => {
      const stored = await this.db.clients.get(id);
      if (!stored) throw new AppError('not-found', `client ${id}`);
      return this.assemble(stored, await this.db.websites.where('clientId').equals(id).toArray());
    });
  }

  async saveClient(input: unknown, now: number = Date.now()): Promise<Client> {
    const parsed = ClientSchema.safeParse(input);
    if (!parsed.success) throw AppError.fromZod('invalid-profile', parsed.error);
    const client: Client = { ...parsed.data, updatedAt: now };
    await this.write(() => this.storeClient(client));
    return client;
  }

  /** Saves several clients in one transaction: every one of them, or none. */
  async saveClients(inputs: readonly unknown[], now: number = Date.now()): Promise<Client[]> {
    const clients = inputs.map((input) => {
      const parsed = ClientSchema.safeParse(input);
      if (!parsed.success) throw AppError.fromZod('invalid-profile', parsed.error);
      return { ...parsed.data, updatedAt: now };
    });
    await this.write(async () => {
      for (const client of clients) await this.storeClient(client);
    });
    return clients;
  }

  /** Stores a valid client, its websites, and keeps of its attachments those it references (which must be stored). */
  private async storeClient(client: Client) {
    const referenced = new Set(attachmentsOf(client).map((ref) => ref.id));
    const stored = await this.db.attachments.bulkGet([...referenced]);
    const absent = [...referenced].filter((_, index) => stored[index] === undefined);
    if (absent.length > 0) {
      throw new AppError('invalid-profile', `attachments not stored: ${absent.join(', ')}`);
    }
    await this.db.clients.put(storedClientOf(client));
    await this.db.websites.where('clientId').equals(client.id).delete();
    await this.db.websites.bulkPut(client.websites.map((website, position) => ({ ...website, clientId: client.id, position })));
    await this.db.attachments
      .where('clientId')
      .equals(client.id)
      .filter((attachment) => !referenced.has(attachment.id))
      .delete();
  }

  /**
   * Stores a slice of a backup's scans before its clients (`restoreBackup`), in one transaction:
   * each owned by the client that uses it (`owners`; the file may say another), and one whose id
   * the book already uses stored under a new id, noted in `renamed`. Returns the ids stored, for
   * `restoreBackup` to keep from the clients it sets aside, or `dropRestoredScans` to take back.
   */
  async storeRestoredScans(scans: readonly ScanBytes[], owners: ReadonlyMap<string, string>, renamed: Map<string, string>): Promise<string[]> {
    await this.sealing.bulk?.preseal(scans.map((scan) => scan.bytes));
    return this.write(async () => {
      const taken = new Set(await this.db.attachments.where(':id').anyOf(scans.map((scan) => scan.id)).primaryKeys());
      const stored = scans.map(({ bytes, ...scan }) => {
        // The book keeps a scan's bytes (v8), and the sealing takes them as they are: no Blob made of them only to be read back.
        const owned = { ...scan, clientId: owners.get(scan.id) ?? scan.clientId, blob: bytes as unknown as Blob };
        if (!taken.has(scan.id)) return owned;
        const id = newId();
        renamed.set(scan.id, id);
        return { ...owned, id };
      });
      await this.db.attachments.bulkPut(stored);
      return stored.map((scan) => scan.id);
    });
  }

  /** Takes back the scans a restore stored before it failed or was abandoned. */
  async dropRestoredScans(ids: readonly string[]): Promise<void> {
    await this.write(() => this.db.attachments.bulkDelete([...ids]));
  }

  /**
   * The last step of restoring a backup, in one transaction or nothing, its scans stored before
   * (`storeRestoredScans`: `restoredScans` are their ids, `renamed` their new ids). `merge`: the
   * backup's clients are added, and replace the book's clients with the same id; `replace`: the
   * book becomes the backup. Either way every client of the book that is overwritten or left out
   * goes to the 回收站 (nothing lost) and the lessons are added.
   */
  async restoreBackup(
    backup: { clients: Iterable<Client>; mappings: readonly Mapping[]; restoredScans: ReadonlySet<string>; renamed: ReadonlyMap<string, string> },
    mode: 'merge' | 'replace',
    now: number = Date.now(),
  ): Promise<{ restored: number; setAside: number }> {
    const clients = [...backup.clients];
    return this.write(async () => {
      const incoming = new Set(clients.map((client) => client.id));
      const current = (await this.db.clients.toCollection().primaryKeys()) as string[];
      const setAside = current.filter((id) => mode === 'replace' || incoming.has(id));
      for (const id of setAside) await this.moveToTrash(await this.getClient(id), 'replaced', now, backup.restoredScans);
      // A client whose own row was in quarantine left its websites and scans behind: the backup's come instead.
      const quarantined = new Set((await this.db.quarantine.where('table').equals('clients').toArray()).map((entry) => entry.rowId));
      const absent = clients.filter((client) => quarantined.has(client.id)).map((client) => client.id);
      await this.db.websites.where('clientId').anyOf(absent).delete();
      await this.db.attachments
        .where('clientId')
        .anyOf(absent)
        .filter((attachment) => !backup.restoredScans.has(attachment.id))
        .delete();
      // A website id the book still uses for another client (or the file uses twice) gets a new id: a website never moves to another client.
      const websiteIds = clients.flatMap((client) => client.websites.map((website) => website.id));
      const usedSites = await this.db.websites.bulkGet(websiteIds);
      const siteTaken = new Set(websiteIds.filter((_, index) => usedSites[index] !== undefined));
      const sitesSeen = new Set<string>();
      const ownSite = (website: Website): Website => {
        const clash = siteTaken.has(website.id) || sitesSeen.has(website.id);
        sitesSeen.add(website.id);
        return clash ? { ...website, id: newId() } : website;
      };
      // None of these clients is in the book any more (set aside above): they are written in bulk.
      const restored = clients.map((client) => {
        const copy = mapAttachments(structuredClone(client), (ref) => ({ ...ref, id: backup.renamed.get(ref.id) ?? ref.id }));
        return { ...copy, websites: copy.websites.map(ownSite) };
      });
      await this.db.clients.bulkPut(restored.map(storedClientOf));
      await this.db.websites.bulkPut(restored.flatMap((client) => client.websites.map((website, position) => ({ ...website, clientId: client.id, position }))));
      await this.db.mappings.bulkPut([...backup.mappings]);
      return { restored: clients.length, setAside: setAside.length };
    });
  }

  /**
   * Stores a spreadsheet import in one transaction, all or nothing: new clients added, merged ones
   * saved over the book's (their scans kept), and for each replaced one the book's version moved to
   * the 回收站 before its successor is added.
   */
  async importClients(changes: { add: readonly Client[]; merge: readonly Client[]; replace: readonly { replacedId: string; client: Client }[] }, now: number = Date.now()): Promise<void> {
    await this.write(async () => {
      for (const { replacedId } of changes.replace) await this.moveToTrash(await this.getClient(replacedId), 'replaced', now);
      for (const client of changes.merge) await this.storeClient(client);
      // New clients hold no scans (a spreadsheet carries none) and no website of the book: written in bulk.
      const added = [...changes.add, ...changes.replace.map(({ client }) => client)];
      await this.db.clients.bulkAdd(added.map(storedClientOf));
      await this.db.websites.bulkAdd(added.flatMap((client) => client.websites.map((website, position) => ({ ...website, clientId: client.id, position }))));
    });
  }

  /** Moves a client, websites and scans included, to the 回收站 for TRASH_KEEP_MS. */
  async deleteClient(id: string, now: number = Date.now()): Promise<TrashSummary> {
    return this.write(async () => this.moveToTrash(await this.getClient(id), 'deleted', now));
  }

  /** Sets a client aside in the 回收站 before something else is stored under its id (the samples, installed again). */
  async setAside(id: string, now: number = Date.now()): Promise<TrashSummary | undefined> {
    return this.write(async () => ((await this.db.clients.get(id)) ? this.moveToTrash(await this.getClient(id), 'replaced', now) : undefined));
  }

  /** What the 回收站 holds, the most recently deleted first. */
  async listTrash(): Promise<TrashSummary[]> {
    const entries = await this.db.trash.orderBy('deletedAt').reverse().toArray();
    return entries.map(trashSummaryOf);
  }

  /**
   * Puts a client back, with its websites and scans. If its id has been taken since (the samples
   * were installed again), it comes back as a client of its own under new ids.
   */
  async restoreClient(entryId: string, now: number = Date.now()): Promise<Client> {
    return this.write(async () => {
      const entry = await this.db.trash.get(entryId);
      if (!entry) throw new AppError('not-found', `trash entry ${entryId}`);
      const taken = (await this.db.clients.get(entry.client.id)) !== undefined;
      const websiteIds = entry.client.websites.map((website) => website.id);
      const websitesTaken = (await this.db.websites.bulkGet(websiteIds)).some((website) => website !== undefined);
      const client: Client = {
        ...entry.client,
        ...(taken ? { id: newId() } : {}),
        websites: websitesTaken ? entry.client.websites.map((website) => ({ ...website, id: newId() })) : entry.client.websites,
      };
      await this.db.attachments.where('clientId').equals(trashOwner(entry.id)).modify({ clientId: client.id });
      await this.db.trash.delete(entry.id);
      return this.saveClient(client, now);
    });
  }

  /** Deletes a 回收站 entry and its scans for good. */
  async deleteForever(entryId: string): Promise<void> {
    await this.write(async () => {
      if (!(await this.db.trash.get(entryId))) throw new AppError('not-found', `trash entry ${entryId}`);
      await this.db.attachments.where('clientId').equals(trashOwner(entryId)).delete();
      await this.db.trash.delete(entryId);
    });
  }

  /** Empties what has been in the 回收站 longer than TRASH_KEEP_MS; returns how many clients went. */
  async purgeTrash(now: number = Date.now()): Promise<number> {
    return this.write(async () => {
      const expired = await this.db.trash.where('deletedAt').below(now - TRASH_KEEP_MS).primaryKeys();
      for (const entryId of expired) await this.db.attachments.where('clientId').equals(trashOwner(entryId)).delete();
      await this.db.trash.bulkDelete(expired);
      return expired.length;
    });
  }

  /** `keep`: scans owned by the client's id that are not its own (a restore stored them for the client coming in its place). */
  private async moveToTrash(client: Client, reason: TrashEntry['reason'], now: number, keep: ReadonlySet<string> = new Set()): Promise<TrashSummary> {
    const entry: TrashEntry = { id: newId(), client, deletedAt: now, reason };
    await this.db.trash.put(entry);
    await this.db.attachments
      .where('clientId')
      .equals(client.id)
      .filter((attachment) => !keep.has(attachment.id))
      .modify({ clientId: trashOwner(entry.id) });
    await this.db.clients.delete(client.id);
    await this.db.websites.where('clientId').equals(client.id).delete();
    return trashSummaryOf(entry);
  }

  /** A copy under new ids, attachments included, so deleting one never strips the other. */
  async duplicateClient(id: string, displayName: string, now: number = Date.now()): Promise<Client> {
    return this.write(async () => {
      const original = await this.getClient(id);
      const copyId = newId();
      const copiedIds = new Map<string, string>();
      for (const ref of attachmentsOf(original)) {
        if (copiedIds.has(ref.id)) continue;
        const stored = await this.db.attachments.get(ref.id);
        if (!stored) continue;
        const copy = { ...stored, id: newId(), clientId: copyId, createdAt: now };
        await this.db.attachments.put(copy);
        copiedIds.set(ref.id, copy.id);
      }
      const remapped = mapAttachments(structuredClone(original), (ref) => ({ ...ref, id: copiedIds.get(ref.id) ?? ref.id }));
      const copy: Client = {
        ...remapped,
        id: copyId,
        displayName,
        websites: remapped.websites.map((website) => ({ ...website, id: newId() })),
        createdAt: now,
        updatedAt: now,
      };
      return this.saveClient(copy, now);
    });
  }

  async putAttachment(input: NewAttachment, now: number = Date.now()): Promise<AttachmentRef> {
    if (input.blob.size > LARGEST_UPLOAD_BYTES) throw new AppError('too-large', `${input.name}: ${input.blob.size} bytes`);
    const blob = await withKnownBytes(input.blob);
    const attachment: StoredAttachment = {
      id: newId(),
      clientId: input.clientId,
      name: input.name,
      type: input.type,
      size: input.blob.size,
      blob,
      createdAt: now,
      ...(input.width ? { width: input.width } : {}),
      ...(input.height ? { height: input.height } : {}),
    };
    await this.db.attachments.put(attachment);
    return refOf(attachment);
  }

  /**
   * Up to `limit` scans of `owners` whose ids come after `after`, in id order: read by key range,
   * so a book of thousands of scans is read a few at a time (a backup), and opened together.
   * `last`: the id of the last scan read, opened or not (one that does not open is left out); none once there are no more.
   */
  async scansAfter(after: string | undefined, limit: number, owners: ReadonlySet<string>): Promise<{ scans: ScanBytes[]; last?: string }> {
    const bulk = this.sealing.bulk;
    const rows = await this.db.transaction('r', this.db.attachments, (transaction) => {
      bulk?.leave(transaction);
      // Read in one go by key range (a cursor filtering row by row costs a round trip per scan); the 回收站's scans left out after.
      const range = after === undefined ? this.db.attachments.toCollection() : this.db.attachments.where(':id').above(after);
      return range.limit(limit).toArray();
    });
    const last = rows.at(-1)?.id;
    const owned = rows.filter((row) => owners.has(row.clientId));
    const scans = bulk ? await bulk.openScans(owned) : await Promise.all(owned.map(async ({ blob, ...scan }) => ({ ...scan, bytes: await bytesOf(blob) })));
    return { scans, ...(last ? { last } : {}) };
  }

  async getAttachment(id: string): Promise<{ ref: AttachmentRef; blob: Blob }> {
    const stored = await this.db.attachments.get(id);
    if (!stored) throw new AppError('not-found', `attachment ${id}`);
    return { ref: refOf(stored), blob: stored.blob };
  }

  /** Removes attachments uploaded for clients that were never saved (a client in quarantine is still saved). */
  async pruneOrphanAttachments(now: number = Date.now()): Promise<number> {
    return this.db.transaction('rw', this.db.clients, this.db.trash, this.db.attachments, this.db.quarantine, async () => {
      const trashOwners = (await this.db.trash.toCollection().primaryKeys()).map(trashOwner);
      // A client whose own row is in quarantine keeps its scans: restored from a backup, it is whole again.
      const quarantined = (await this.db.quarantine.where('table').equals('clients').toArray()).map((entry) => entry.rowId);
      const clientIds = new Set([...(await this.db.clients.toCollection().primaryKeys()), ...trashOwners, ...quarantined]);
      return this.db.attachments
        .where('createdAt')
        .below(now - ORPHAN_GRACE_MS)
        .filter((attachment) => !clientIds.has(attachment.clientId))
        .delete();
    });
  }

  /** One read-write transaction over the book; the cached book is dropped once it is done. */
  private async write<T>(change: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction('rw', [this.db.clients, this.db.websites, this.db.attachments, this.db.trash, this.db.mappings, this.db.quarantine], change);
    } finally {
      this.book = undefined;
    }
  }

  private async readBook(): Promise<Client[]> {
    const bulk = this.sealing.bulk;
    const [sealedClients, sealedWebsites] = await this.db.transaction('r', this.db.clients, this.db.websites, (transaction) => {
      bulk?.leave(transaction);
      return Promise.all([this.db.clients.toArray(), this.db.websites.toArray()]);
    });
    const [clients, websites] = bulk ? await Promise.all([bulk.open('clients', sealedClients), bulk.open('websites', sealedWebsites)]) : [sealedClients, sealedWebsites];
    const byClient = new Map<string, StoredWebsite[]>();
    for (const website of websites) {
      const list = byClient.get(website.clientId);
      if (list) list.push(website);
      else byClient.set(website.clientId, [website]);
    }
    return clients.map((client) => this.assemble(client, byClient.get(client.id) ?? []));
  }

  private assemble(client: StoredClient, websites: StoredWebsite[]): Client {
    const { searchTerms: _searchTerms, ...rest } = client;
    return {
      ...rest,
      websites: websites
        .sort((a, b) => a.position - b.position)
        .map(({ clientId: _clientId, position: _position, ...website }) => website),
    };
  }
}
