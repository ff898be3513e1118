import { filingStatusOf } from '../model/codes';
import type { Client } from '../model/profile';
import type { ClientSummary } from '../model/summaries';
import type { BulkOpening } from './bulk-opening';
import type { BeianDatabase, StoredSummaries, StoredSummary } from './db';
import { searchTermsOf } from './search-terms';

/**
 * The list's index (issue 23): every client's summary, kept in the `summaries` table so the popup
 * and the options page list the book without reading it whole (10,000 clients take seconds to
 * read; their summaries a few dozen ms). Written in the transaction of every client write.
 *
 * Each summary is stored with the client's search terms (names, domains, certificate numbers,
 * phones: lib/store/search-terms.ts), and a search runs over them in memory — a prefix of any of
 * them finds the client, in an encrypted book too (the index is sealed with the book, no term is
 * left plain on disk), and the client rows need no index of their own.
 *
 * The summaries are kept in a fixed number of buckets (a client's bucket from its id), not a row
 * each: IndexedDB's cost is mostly per row, so an import of 10,000 clients writes 64 rows more,
 * not 10,000, and a save rewrites one bucket of ~1/64 of the book. In an encrypted book a bucket is
 * sealed whole.
 */
export const SUMMARY_BUCKETS = 64;

/** The list in memory: the summaries in list order, and each client's search terms. */
export interface Listing {
  summaries: ClientSummary[];
  terms: ReadonlyMap<string, readonly string[]>;
}

const storedSummaryOf = (client: Client): StoredSummary => ({ ...summaryOf(client), terms: searchTermsOf(client) });

function listingOf(entries: readonly StoredSummary[]): Listing {
  const terms = new Map<string, readonly string[]>();
  const summaries = entries.map(({ terms: clientTerms, ...summary }) => {
    terms.set(summary.id, clientTerms);
    return summary;
  });
  return { summaries: summaries.sort(listOrder), terms };
}

/** The listed clients a term of which starts with `query` (trimmed, lower-cased), in list order. */
export function searchListing(listing: Listing, query: string): ClientSummary[] {
  const prefix = query.trim().toLowerCase();
  if (!prefix) return listing.summaries;
  return listing.summaries.filter((summary) => listing.terms.get(summary.id)?.some((term) => term.startsWith(prefix)));
}

export function summaryOf(client: Client): ClientSummary {
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

/** FNV-1a of the id: any id, spread evenly over the buckets. */
export function bucketOf(clientId: string): string {
  let hash = 0x811c9dc5;
  for (let index = 0; index < clientId.length; index++) hash = Math.imul(hash ^ clientId.charCodeAt(index), 0x01000193);
  return bucketId((hash >>> 0) % SUMMARY_BUCKETS);
}

const bucketId = (index: number) => `bucket-${index.toString().padStart(2, '0')}`;

/** One collator for the whole list: names in pinyin order, the id between equal names (the same order however the list was built). */
const PINYIN = new Intl.Collator('zh-Hans-CN');
export const listOrder = (a: ClientSummary, b: ClientSummary) => PINYIN.compare(a.displayName, b.displayName) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Writes the summaries of `changed` clients and drops those of `removed` ids, in the caller's
 * transaction: only the buckets they fall in are read and written again.
 */
export async function writeSummaries(db: BeianDatabase, changed: readonly Client[], removed: readonly string[]): Promise<void> {
  const touched = new Map<string, StoredSummaries>();
  const bucketIds = [...new Set([...changed.map((client) => bucketOf(client.id)), ...removed.map(bucketOf)])];
  const stored = await db.summaries.bulkGet(bucketIds);
  bucketIds.forEach((id, index) => touched.set(id, stored[index] ?? { id, entries: {} }));
  for (const id of removed) delete touched.get(bucketOf(id))!.entries[id];
  for (const client of changed) touched.get(bucketOf(client.id))!.entries[client.id] = storedSummaryOf(client);
  await db.summaries.bulkPut([...touched.values()]);
}

/** Every summary of the book from the whole book, the table written anew (a book stored before the index, or one that disagrees with its clients). */
export async function rebuildSummaries(db: BeianDatabase, book: readonly Client[]): Promise<Listing> {
  const buckets = new Map<string, StoredSummaries>();
  for (let index = 0; index < SUMMARY_BUCKETS; index++) buckets.set(bucketId(index), { id: bucketId(index), entries: {} });
  const entries = book.map(storedSummaryOf);
  for (const entry of entries) buckets.get(bucketOf(entry.id))!.entries[entry.id] = entry;
  await db.summaries.bulkPut([...buckets.values()]);
  return listingOf(entries);
}

/**
 * The summaries as stored, in list order — or none when they do not match the clients stored (the
 * index not built yet, a bucket that did not open, a client row moved to the quarantine): the
 * caller builds them again from the book.
 */
export async function readSummaries(db: BeianDatabase, bulk: BulkOpening | undefined): Promise<Listing | undefined> {
  const [sealedBuckets, clientIds] = await db.transaction('r', db.summaries, db.clients, (transaction) => {
    bulk?.leave(transaction);
    return Promise.all([db.summaries.toArray(), db.clients.toCollection().primaryKeys()]);
  });
  const buckets = bulk ? await bulk.open('summaries', sealedBuckets) : sealedBuckets;
  const entries = buckets.flatMap((bucket) => Object.values(bucket.entries));
  if (entries.length !== clientIds.length) return undefined;
  const ids = new Set(clientIds as string[]);
  // An entry written before the terms were kept with it is built again too.
  if (!entries.every((entry) => ids.has(entry.id) && Array.isArray(entry.terms))) return undefined;
  return listingOf(entries);
}

/** Up to how many changed clients are put in their places one by one. */
const PATCHED_ONE_BY_ONE = 200;

/** The listing with `changed` clients put in their places and `removed` ids taken out, without sorting the whole list again. */
export function patchedListing(listing: Listing, changed: readonly Client[], removed: readonly string[]): Listing {
  const gone = new Set([...removed, ...changed.map((client) => client.id)]);
  const terms = new Map(listing.terms);
  for (const id of gone) terms.delete(id);
  for (const client of changed) terms.set(client.id, searchTermsOf(client));
  const next = listing.summaries.filter((summary) => !gone.has(summary.id));
  // Many changed (an import): one sort costs less than inserting each.
  if (changed.length > PATCHED_ONE_BY_ONE) return { summaries: next.concat(changed.map(summaryOf)).sort(listOrder), terms };
  for (const summary of changed.map(summaryOf)) {
    let low = 0;
    let high = next.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (listOrder(next[middle]!, summary) < 0) low = middle + 1;
      else high = middle;
    }
    next.splice(low, 0, summary);
  }
  return { summaries: next, terms };
}
