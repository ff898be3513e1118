import Dexie, { type EntityTable } from 'dexie';
import type { Mapping } from '../model/mapping';
import type { Client, Website } from '../model/profile';
import type { ClientSummary } from '../model/summaries';
import { filingStatusOf } from '../model/codes';
import { searchTermsOf } from './search-terms';
import type { VaultRecord } from './vault';

/**
 * The profile book, in the background's IndexedDB (never a content script's: there it would
 * belong to the web page's origin).
 *
 * Schema history — each version has a fixture in tests/fixtures/db/ and the migration test
 * walks every one of them to the latest:
 *   v1  clients (websites embedded in each client), attachments.
 *   v2  websites move to their own table, indexed by domain, and clients carry `searchTerms`
 *       (names, domains, ID numbers, phones) so a client is found by any of them.
 *   v3  `mappings`: what the person taught the helper on pages it could not read (指定), by host.
 *   v4  `trash` (回收站): a deleted client, whole, for 30 days; its attachments are owned by the
 *       trash entry (`trash:<entry id>`) meanwhile, so nothing saved under the client's id touches them.
 *   v5  each website's filing has a status (草稿 … 已备案, 被退回 with the reason): a website filed
 *       before is 已备案 when it has its record number, else 草稿 (in the book and in the 回收站).
 *   v6  the indexes nothing queries go (clients by display name and date, websites by domain): an
 *       import of 10,000 clients writes a quarter less. Data unchanged.
 *   v7  each website's filing says whether an agent files it and which 面审 materials are gathered
 *       (not by an agent, none gathered, for the websites stored before).
 *   v8  `vault`: what checks the passphrase of an encrypted book (lib/store/vault.ts), written in
 *       the transaction that seals the rows, so the rows and the passphrase that opens them never
 *       disagree. Scans are stored as bytes from now on (lib/store/scan-bytes.ts). Data unchanged.
 *   v9  `quarantine`: rows of an encrypted book that no longer open (altered, or sealed with keys the
 *       book lost), moved aside as they were stored so the rest of the book reads (lib/store/quarantine.ts).
 *   v10 `summaries`: the list's index, each client's summary and search terms in one of 64 buckets
 *       (lib/store/summaries.ts), built from the book the first time the list is asked for; a search runs
 *       over it in memory, and the clients' `searchTerms` index goes (an import of 10,000 clients wrote
 *       ten times as many index entries as rows). Data unchanged.
 */
export const DATABASE_NAME = 'beian-helper';

/** A filing stored before v7, as v7 keeps it. */
export const withReviewFields = (filing: Website['filing']): Website['filing'] => ({ ...filing, byAgent: filing.byAgent ?? false, reviewTicks: filing.reviewTicks ?? [] });

/** A client's row; `searchTerms`, indexed from v2 to v9, is left in rows written before v10 and never read. */
export type StoredClient = Omit<Client, 'websites'> & { searchTerms?: string[] };
export type StoredWebsite = Website & { clientId: string; position: number };
export interface StoredAttachment {
  id: string;
  clientId: string;
  name: string;
  type: string;
  size: number;
  width?: number;
  height?: number;
  blob: Blob;
  createdAt: number;
}

/** A scan with its bytes in hand rather than a Blob: how a backup reads and restores thousands of them (a Blob made and read again costs a round trip to the browser each). */
export type ScanBytes = Omit<StoredAttachment, 'blob'> & { bytes: Uint8Array };

/** A client's entry in the list's index: its summary and its search terms. */
export type StoredSummary = ClientSummary & { terms: string[] };

/** A bucket of the list's index: the entries of the clients whose ids fall in it, by id. */
export interface StoredSummaries {
  id: string;
  entries: Record<string, StoredSummary>;
}

/** A client in the 回收站: kept whole until restored or its 30 days are up. */
export interface TrashEntry {
  id: string;
  client: Client;
  deletedAt: number;
  /** Deleted by the person, or set aside when the sample clients were installed over it. */
  reason: 'deleted' | 'replaced';
}

export const SCHEMA_V1 = {
  clients: 'id, displayName, updatedAt',
  attachments: 'id, clientId',
};
export const SCHEMA_V2 = {
  clients: 'id, displayName, updatedAt, *searchTerms',
  websites: 'id, clientId, domain',
  attachments: 'id, clientId, createdAt',
};
export const SCHEMA_V3 = { ...SCHEMA_V2, mappings: 'id, host, kind' };
export const SCHEMA_V4 = { ...SCHEMA_V3, trash: 'id, deletedAt' };
export const SCHEMA_V5 = SCHEMA_V4;
export const SCHEMA_V6 = { ...SCHEMA_V5, clients: 'id, *searchTerms', websites: 'id, clientId' };
export const SCHEMA_V7 = SCHEMA_V6;
export const SCHEMA_V8 = { ...SCHEMA_V7, vault: 'id' };
export const SCHEMA_V9 = { ...SCHEMA_V8, quarantine: 'id, table' };
export const SCHEMA_V10 = { ...SCHEMA_V9, clients: 'id', summaries: 'id' };
export const LATEST_VERSION = 10;

/** A row that did not open, as it was stored in its table: kept aside, never opened again unless it opens. */
export interface QuarantinedRow {
  /** `table/row id`. */
  id: string;
  table: string;
  rowId: string;
  /** Whose row it is, as far as its unsealed fields say (a client row's own id, a website's or scan's client). */
  clientId?: string;
  /** A client row's name, which stays unsealed. */
  displayName?: string;
  reason: string;
  foundAt: number;
  row: Record<string, unknown>;
}

/** The one row of the `vault` table while the book is encrypted. */
export type StoredVault = VaultRecord & { id: 'vault' };
export const VAULT_ROW_ID = 'vault';

export class BeianDatabase extends Dexie {
  clients!: EntityTable<StoredClient, 'id'>;
  websites!: EntityTable<StoredWebsite, 'id'>;
  attachments!: EntityTable<StoredAttachment, 'id'>;
  mappings!: EntityTable<Mapping, 'id'>;
  trash!: EntityTable<TrashEntry, 'id'>;
  vault!: EntityTable<StoredVault, 'id'>;
  quarantine!: EntityTable<QuarantinedRow, 'id'>;
  summaries!: EntityTable<StoredSummaries, 'id'>;

  constructor(name: string = DATABASE_NAME) {
    super(name);
    this.version(1).stores(SCHEMA_V1);
    this.version(2)
      .stores(SCHEMA_V2)
      .upgrade(async (tx) => {
        const v1Clients = await tx.table<Client, string>('clients').toArray();
        await tx.table<StoredWebsite, string>('websites').bulkPut(
          v1Clients.flatMap((client) =>
            client.websites.map((website, position) => ({ ...website, clientId: client.id, position })),
          ),
        );
        await tx.table<StoredClient, string>('clients').bulkPut(
          v1Clients.map(({ websites, ...client }) => ({ ...client, searchTerms: searchTermsOf({ ...client, websites }) })),
        );
      });
    this.version(3).stores(SCHEMA_V3);
    this.version(4).stores(SCHEMA_V4);
    this.version(5)
      .stores(SCHEMA_V5)
      .upgrade(async (tx) => {
        const withStatus = (website: Website): Website => ({ ...website, filing: { ...website.filing, status: filingStatusOf(website.filing), returnedReason: website.filing.returnedReason ?? '' } });
        await tx.table<StoredWebsite, string>('websites').toCollection().modify((website) => {
          Object.assign(website, withStatus(website));
        });
        await tx.table<TrashEntry, string>('trash').toCollection().modify((entry) => {
          entry.client = { ...entry.client, websites: entry.client.websites.map(withStatus) };
        });
      });
    this.version(6).stores(SCHEMA_V6);
    this.version(7)
      .stores(SCHEMA_V7)
      .upgrade(async (tx) => {
        await tx.table<StoredWebsite, string>('websites').toCollection().modify((website) => {
          website.filing = withReviewFields(website.filing);
        });
        await tx.table<TrashEntry, string>('trash').toCollection().modify((entry) => {
          entry.client = { ...entry.client, websites: entry.client.websites.map((website) => ({ ...website, filing: withReviewFields(website.filing) })) };
        });
      });
    this.version(8).stores(SCHEMA_V8);
    this.version(9).stores(SCHEMA_V9);
    this.version(10).stores(SCHEMA_V10);
  }
}
