import { attachmentsOf } from '../model/attachments';
import type { Client } from '../model/profile';
import { AppError } from '../errors';
import type { Table } from 'dexie';
import type { BulkOpening } from './bulk-opening';
import type { BeianDatabase, StoredClient, StoredWebsite } from './db';

/** A client's row: its websites live in their own table. */
export function storedClientOf(client: Client): StoredClient {
  const { websites: _inTheirTable, ...row } = client;
  return row;
}

/** A client's websites as rows of their table, in the client's order. */
export function storedWebsitesOf(client: Client): StoredWebsite[] {
  return client.websites.map((website, position) => ({ ...website, clientId: client.id, position }));
}

/** A client again from its row and its websites' rows. */
export function clientOf(client: StoredClient, websites: StoredWebsite[]): Client {
  const { searchTerms: _searchTerms, ...rest } = client;
  return {
    ...rest,
    websites: websites
      .sort((a, b) => a.position - b.position)
      .map(({ clientId: _clientId, position: _position, ...website }) => website),
  };
}

export async function readClient(db: BeianDatabase, id: string): Promise<Client> {
  return db.transaction('r', db.clients, db.websites, async () => {
    const stored = await db.clients.get(id);
    if (!stored) throw new AppError('not-found', `client ${id}`);
    return clientOf(stored, await db.websites.where('clientId').equals(id).toArray());
  });
}

/** Rows per read of the whole book: each is one task of the background's, and messages are answered between them. */
const BOOK_ROWS_PER_READ = 500;

/** Every row of a table, in key order, a slice at a time inside the caller's transaction (each read asked for as the last one comes, so the transaction stays open). */
async function allRows<T extends { id: string }, I>(table: Table<T, string, I>): Promise<T[]> {
  const rows: T[] = [];
  for (;;) {
    const last = rows.at(-1)?.id;
    const slice = await (last === undefined ? table.orderBy(':id') : table.where(':id').above(last)).limit(BOOK_ROWS_PER_READ).toArray();
    rows.push(...slice);
    if (slice.length < BOOK_ROWS_PER_READ) return rows;
  }
}

/**
 * The whole book: read sealed in one transaction, a slice at a time (10,000 clients in one read
 * kept the background from answering anything for seconds), and for an encrypted book opened
 * together after it (`bulk`).
 */
export async function readBook(db: BeianDatabase, bulk: BulkOpening | undefined): Promise<Client[]> {
  const [sealedClients, sealedWebsites] = await db.transaction('r', db.clients, db.websites, async (transaction) => {
    bulk?.leave(transaction);
    return [await allRows(db.clients), await allRows(db.websites)] as const;
  });
  const [clients, websites] = bulk ? await Promise.all([bulk.open('clients', sealedClients), bulk.open('websites', sealedWebsites)]) : [sealedClients, sealedWebsites];
  const byClient = new Map<string, StoredWebsite[]>();
  for (const website of websites) {
    const list = byClient.get(website.clientId);
    if (list) list.push(website);
    else byClient.set(website.clientId, [website]);
  }
  return clients.map((client) => clientOf(client, byClient.get(client.id) ?? []));
}

/** Stores a valid client, its websites, and keeps of its attachments those it references (which must be stored). */
export async function storeClient(db: BeianDatabase, client: Client): Promise<void> {
  const referenced = new Set(attachmentsOf(client).map((ref) => ref.id));
  const stored = await db.attachments.bulkGet([...referenced]);
  const absent = [...referenced].filter((_, index) => stored[index] === undefined);
  if (absent.length > 0) {
    throw new AppError('invalid-profile', `attachments not stored: ${absent.join(', ')}`);
  }
  await db.clients.put(storedClientOf(client));
  await db.websites.where('clientId').equals(client.id).delete();
  await db.websites.bulkPut(storedWebsitesOf(client));
  await db.attachments
    .where('clientId')
    .equals(client.id)
    .filter((attachment) => !referenced.has(attachment.id))
    .delete();
}
