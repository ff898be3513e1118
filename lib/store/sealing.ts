import type { DBCore, DBCoreCursor, DBCoreTable, Dexie, Middleware, Transaction } from 'dexie';
import { AppError } from '../errors';
import type { ScanBytes } from './db';
import { openBytes, openBytesAsync, openText, openTextAsync, sealBytes, sealBytesAsync, sealText, searchToken, type VaultKeys } from './vault';

/**
 * Sealing at rest (issue 13). A Dexie DBCore middleware that, while the book is encrypted, writes
 * each row of the tables below as the fields lists and indexes need plus one `sealed` text (AES-GCM
 * of the rest) — and a scan's bytes as `sealedBytes` — and opens them again on every read.
 * Everything is synchronous inside the transaction (see vault.ts). Numbers and e-mails in
 * `searchTerms` become keyed tokens (`isPrivateTerm`): found by exact match only. Names (the display
 * name, which is the subject's name), tags and the domains among the search terms stay plain.
 */
const PLAIN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  clients: ['id', 'displayName', 'tags', 'createdAt', 'updatedAt', 'searchTerms'],
  websites: ['id', 'clientId', 'position'],
  trash: ['id', 'deletedAt', 'reason'],
  attachments: ['id', 'clientId', 'createdAt'],
};

/** The tables whose rows are sealed. */
export const SEALED_TABLES = Object.keys(PLAIN_FIELDS);

/**
 * A search term that is a number of someone's — an ID, passport or permit number, a phone, a
 * credit code — or an e-mail: five digits or more and no dot (a domain has one), or an @. Names
 * and domains stay as they are.
 */
export function isPrivateTerm(term: string): boolean {
  return term.includes('@') || (!term.includes('.') && (term.match(/\d/g)?.length ?? 0) >= 5);
}

const locked = () => new AppError('locked', 'the book is locked');

/**
 * The bytes of the scans read from the book or about to be written to it. Reading a Blob is
 * asynchronous, and an IndexedDB transaction commits while it waits: the sealing needs a scan's
 * bytes in hand, so every Blob the book writes is one whose bytes are known (`blobOfBytes`,
 * `withKnownBytes`).
 */
const knownBytes = new WeakMap<Blob, Uint8Array>();

export function blobOfBytes(bytes: Uint8Array, type: string): Blob {
  const blob = new Blob([bytes as BlobPart], { type });
  knownBytes.set(blob, bytes);
  return blob;
}

/** The same scan as a Blob whose bytes the sealing knows (read once, before any transaction). */
export async function withKnownBytes(blob: Blob): Promise<Blob> {
  return knownBytes.has(blob) ? blob : blobOfBytes(new Uint8Array(await blob.arrayBuffer()), blob.type);
}

/** A scan's bytes: those the sealing knows at once, else read from the Blob. */
export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return knownBytes.get(blob) ?? new Uint8Array(await blob.arrayBuffer());
}

/** A scan as it is stored: its bytes (a Uint8Array) rather than a Blob, which a book written before v8 may still hold. */
export function storableBlob(blob: unknown): unknown {
  return blob instanceof Blob && knownBytes.has(blob) ? knownBytes.get(blob) : blob;
}

/** How rows are sealed when written, and which keys open them when read. */
export interface SealingState {
  /** The keys that open what is read: none while locked or when the book is not encrypted. */
  openingKeys(): VaultKeys | undefined;
  /**
   * Whether rows written in `transaction` are sealed, and with which keys (none while locked); with
   * no transaction, how the book is sealed now. While the book is resealed, only the reseal's own
   * transaction writes (`AppError` 'resealing' for any other).
   */
  writing(transaction?: object): SealingMode;
}

export interface SealingMode {
  encrypted: boolean;
  keys?: VaultKeys;
}

/** Scans' bytes sealed ahead of their transaction (`presealScans`), with the keys they were sealed with. */
const presealed = new WeakMap<Uint8Array, { keys: VaultKeys; sealed: Uint8Array }>();

/**
 * Seals scans' bytes before the transaction that writes them, by WebCrypto — noble's AES inside the
 * transaction takes several times longer for a scan: the middleware writes them as sealed here if
 * the book still writes with the same keys, and seals them itself otherwise.
 */
async function presealScans(state: SealingState, scans: readonly Uint8Array[]): Promise<void> {
  const { encrypted, keys } = state.writing();
  if (!encrypted || !keys) return;
  await Promise.all(scans.map(async (bytes) => presealed.set(bytes, { keys, sealed: await sealBytesAsync(keys, bytes) })));
}

function sealRow(table: string, row: Record<string, unknown>, keys: VaultKeys): Record<string, unknown> {
  const plainFields = PLAIN_FIELDS[table]!;
  const plain: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) (plainFields.includes(field) ? plain : secret)[field] = value;
  if (Array.isArray(plain['searchTerms'])) {
    // The terms as they were go sealed too: opened, the row is what was written (a decrypted book searches by prefix again).
    secret['searchTerms'] = plain['searchTerms'];
    plain['searchTerms'] = (plain['searchTerms'] as string[]).map((term) => (isPrivateTerm(term) ? searchToken(keys, term) : term));
  }
  if ('blob' in secret) {
    const bytes = storableBlob(secret['blob']);
    if (!(bytes instanceof Uint8Array)) throw new AppError('internal', `scan ${String(row['id'])}: its bytes were not read before sealing`);
    delete secret['blob'];
    const ahead = presealed.get(bytes);
    plain['sealedBytes'] = ahead?.keys === keys ? ahead.sealed : sealBytes(keys, bytes);
  }
  return { ...plain, sealed: sealText(keys, JSON.stringify(secret)) };
}

function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  return 'blob' in row ? { ...row, blob: storableBlob(row['blob']) } : row;
}

function openRow(row: unknown, keys: VaultKeys | undefined, scanBytes = false): unknown {
  if (!row || typeof row !== 'object') return row;
  let opened = row as Record<string, unknown>;
  if ('sealed' in opened) {
    if (!keys) throw locked();
    const { sealed, sealedBytes, ...plain } = opened as {
      sealed: string;
      sealedBytes?: Uint8Array;
    };
    opened = {
      ...plain,
      ...(JSON.parse(openText(keys, sealed)) as Record<string, unknown>),
    };
    if (sealedBytes) opened['blob'] = openBytes(keys, sealedBytes);
  }
  const blob = opened['blob'];
  if (!(blob instanceof Uint8Array)) return opened;
  if (scanBytes) {
    const { blob: bytes, ...rest } = opened;
    return { ...rest, bytes };
  }
  return { ...opened, blob: blobOfBytes(blob, String(opened['type'] ?? '')) };
}

/**
 * Transactions that read a whole table and leave its rows sealed, to be opened after the
 * transaction by `bulkOpening` — with WebCrypto, all at once: the whole book opens several times
 * faster than row by row inside the transaction, where only synchronous crypto may run.
 */
const leftSealed = new WeakSet<object>();

async function openRowAsync(row: unknown, keys: VaultKeys | undefined, scanBytes = false): Promise<unknown> {
  if (!row || typeof row !== 'object' || !('sealed' in row)) return openRow(row, keys, scanBytes);
  if (!keys) throw locked();
  const { sealed, sealedBytes, ...plain } = row as { sealed: string; sealedBytes?: Uint8Array };
  const secret = JSON.parse(await openTextAsync(keys, sealed)) as Record<string, unknown>;
  const opened: Record<string, unknown> = { ...plain, ...secret };
  if (sealedBytes) opened['blob'] = await openBytesAsync(keys, sealedBytes);
  return openRow(opened, keys, scanBytes);
}

/**
 * Told of a row that does not open with the keys that should open it (its text or bytes altered,
 * or sealed with keys the book no longer has): the reader goes on without it, so one bad row never
 * takes the book down (lib/store/quarantine.ts moves it aside and lists it).
 */
export type UnreadableRow = (table: string, row: Record<string, unknown>, error: unknown) => void;

/** Whether a row that did not open failed for the book being locked (a sealed row in a plain book is unreadable, not locked). */
const lockedOut = (state: SealingState, error: unknown) => AppError.from(error).code === 'locked' && state.writing().encrypted && !state.openingKeys();

/** The row opened, or — when it does not open for any reason but a locked book — `undefined`, and `unreadable` told. */
function readable(state: SealingState, table: string, row: unknown, unreadable: UnreadableRow): unknown {
  try {
    return openRow(row, state.openingKeys());
  } catch (error) {
    if (lockedOut(state, error)) throw error;
    unreadable(table, row as Record<string, unknown>, error);
    return undefined;
  }
}

async function readableAsync(state: SealingState, table: string, row: unknown, unreadable: UnreadableRow, scanBytes: boolean): Promise<unknown> {
  try {
    return await openRowAsync(row, state.openingKeys(), scanBytes);
  } catch (error) {
    if (lockedOut(state, error)) throw error;
    unreadable(table, row as Record<string, unknown>, error);
    return undefined;
  }
}

/** Whether a row as stored opens with `keys` (a row of a plain book always does). */
export function opensWith(row: unknown, keys: VaultKeys | undefined): boolean {
  try {
    openRow(row, keys);
    return true;
  } catch {
    return false;
  }
}

/**
 * How the repository reads the whole book: the transaction's rows left sealed (`leave`), then
 * opened together (`open`), those that don't open left out; `openScans`: scans with their `bytes`
 * in hand, no Blob made of them.
 */
export interface BulkOpening {
  leave(transaction: Transaction): void;
  open<T>(table: string, rows: T[]): Promise<T[]>;
  openScans(rows: unknown[]): Promise<ScanBytes[]>;
  /** Seals scans' bytes ahead of the transaction that writes them (`presealScans`). */
  preseal(scans: readonly Uint8Array[]): Promise<void>;
}

export function bulkOpening(state: SealingState, unreadable: UnreadableRow = ignoreUnreadable): BulkOpening {
  return {
    leave: (transaction) => leftSealed.add(transaction.idbtrans),
    open: async <T,>(table: string, rows: T[]) => {
      const opened = await Promise.all(rows.map((row) => readableAsync(state, table, row, unreadable, false)));
      return opened.filter((row) => row !== undefined) as T[];
    },
    preseal: (scans) => presealScans(state, scans),
    openScans: async (rows) => {
      const opened = await Promise.all(rows.map((row) => readableAsync(state, 'attachments', row, unreadable, true)));
      return opened.filter((row) => row !== undefined) as ScanBytes[];
    },
  };
}

/** A reader told of no unreadable row: it still goes on without it. */
const ignoreUnreadable: UnreadableRow = () => undefined;

/** Leaves the rows of `transaction` as stored, sealed (the quarantine reads a row as it is before moving it aside). */
export function leaveSealed(transaction: Transaction): void {
  leftSealed.add(transaction.idbtrans);
}

/**
 * A cursor whose value is the opened row, stepping over rows that don't open. The browser's cursor
 * answers `key`, `primaryKey` and `continue()` only on itself — read through an object made from it
 * they throw "Illegal invocation", which Dexie swallows, so a filtered delete matched nothing — so
 * every other property is read from the cursor itself and its methods are bound to it.
 */
export function openedCursor(cursor: DBCoreCursor, open: (row: unknown) => { row: unknown } | undefined): DBCoreCursor {
  // Opened once per row however often it is read; keyed by the row, for a caller that steps the cursor itself.
  let here: { key: unknown; opened: { row: unknown } | undefined } | undefined;
  const openHere = () => {
    const key: unknown = cursor.primaryKey;
    if (!here || here.key !== key) here = { key, opened: open(cursor.value) };
    return here.opened;
  };
  return new Proxy(cursor, {
    get(target, property) {
      if (property === 'value') return openHere()?.row;
      if (property === 'start') {
        return (onNext: () => void) =>
          target.start(() => {
            here = undefined;
            if (openHere()) onNext();
            else target.continue();
          });
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}

/**
 * The sealing the background keeps: locked, unlocked or plain, and while `reseal` runs, rows read
 * with the keys of now and written with the next.
 */
export class SwitchableSealing implements SealingState {
  private next: SealingMode | undefined;
  /** The reseal's transaction, once it has begun: the one transaction that writes the `next` way. */
  private resealing: object | undefined;

  constructor(private current: SealingMode = { encrypted: false }) {}

  openingKeys() {
    return this.current.keys;
  }
  writing(transaction?: object): SealingMode {
    if (!this.next || transaction === undefined) return this.current;
    if (transaction === this.resealing) return this.next;
    // Sealed the way of now, a row written once the reseal has begun would be committed after it, among
    // rows of the next keys; sealed the next way, it would be lost if the reseal failed. Neither.
    throw new AppError('resealing', 'the book is being resealed: nothing else is written until it is done');
  }
  /** Names the reseal's own transaction (`reseal` does, before it writes). */
  resealIn(transaction: object) {
    this.resealing = transaction;
  }
  get mode(): SealingMode {
    return this.current;
  }
  set mode(mode: SealingMode) {
    this.current = mode;
  }
  get locked(): boolean {
    return this.current.encrypted && !this.current.keys;
  }
  /** A reseal is under way: what does not open now may open with the next keys, or not be there at all. */
  get resealPending(): boolean {
    return this.next !== undefined;
  }

  /** Runs `change` with writes sealed the `next` way; `next` becomes the mode when it succeeds, and nothing changes when it fails. */
  async switching<T>(next: SealingMode, change: () => Promise<T>): Promise<T> {
    this.next = next;
    try {
      const result = await change();
      this.current = next;
      return result;
    } finally {
      this.next = undefined;
      this.resealing = undefined;
    }
  }
}

/** What an exact ID number, phone or e-mail is stored as while the book is encrypted (for the repository's search); none otherwise. */
export function searchTokenFor(state: SealingState, query: string): string | undefined {
  const { encrypted, keys } = state.writing();
  return encrypted && keys && isPrivateTerm(query) ? searchToken(keys, query) : undefined;
}

/** Rows per read and write of a reseal: a book of thousands of scans is never all in memory, and its text rows go in few round trips. */
const RESEAL_CHUNK: Readonly<Record<string, number>> = { clients: 500, websites: 500, trash: 100, attachments: 20 };

/**
 * Makes every scan stored as a Blob (before v8, or by an older build) bytes, one at a time: the
 * bytes are the same, so this is safe to stop halfway, and it lets `reseal` run without waiting on
 * a Blob inside its transaction. Plain books only.
 */
export async function storeScansAsBytes(db: Dexie): Promise<number> {
  const table = db.table('attachments');
  let converted = 0;
  for (const id of await table.toCollection().primaryKeys()) {
    const row = (await table.get(id)) as { blob?: unknown } | undefined;
    if (!(row?.blob instanceof Blob) || knownBytes.has(row.blob)) continue;
    const blob = await withKnownBytes(row.blob);
    await db.transaction('rw', table, async () => {
      if (await table.get(id)) await table.update(id, { blob });
    });
    converted += 1;
  }
  return converted;
}

/**
 * Encrypts the book, changes its passphrase or decrypts it: every sealed table read with the keys
 * of now and written with the next, in one transaction with `alongside` (the vault row that goes
 * with the new keys) — a failure halfway leaves every row as it was and the keys of now in place.
 */
export async function reseal(db: Dexie, sealing: SwitchableSealing, next: SealingMode, alongside: () => Promise<unknown> = async () => undefined): Promise<number> {
  if (sealing.locked) throw locked();
  if (!sealing.mode.encrypted) await storeScansAsBytes(db);
  return sealing.switching(next, () =>
    db.transaction('rw', [...SEALED_TABLES, 'vault'], async (transaction) => {
      sealing.resealIn(transaction.idbtrans);
      await alongside();
      let written = 0;
      for (const name of SEALED_TABLES) {
        const table = db.table(name);
        const keys = await table.toCollection().primaryKeys();
        const chunk = RESEAL_CHUNK[name]!;
        for (let at = 0; at < keys.length; at += chunk) {
          const rows = await table.bulkGet(keys.slice(at, at + chunk));
          await table.bulkPut(rows.filter((row) => row !== undefined));
          written += rows.length;
        }
      }
      return written;
    }),
  );
}

export function sealingMiddleware(state: SealingState, unreadable: UnreadableRow = ignoreUnreadable): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sealing',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table: DBCoreTable = down.table(name);
        if (!PLAIN_FIELDS[name]) return table;
        const open = (row: unknown) => readable(state, name, row, unreadable);
        return {
          ...table,
          mutate: (request) => {
            if (request.type !== 'add' && request.type !== 'put') return table.mutate(request);
            try {
              const { encrypted, keys } = state.writing(request.trans);
              if (encrypted && !keys) return Promise.reject(locked());
              const values = request.values.map((value: Record<string, unknown>) => (encrypted ? sealRow(name, value, keys!) : plainRow(value)));
              return table.mutate({ ...request, values });
            } catch (error) {
              return Promise.reject(error instanceof Error ? error : new Error(String(error)));
            }
          },
          get: async (request) => {
            const row: unknown = await table.get(request);
            return leftSealed.has(request.trans) ? row : open(row);
          },
          getMany: async (request) => (await table.getMany(request)).map(open),
          query: async (request) => {
            const response = await table.query(request);
            return request.values === false || leftSealed.has(request.trans) ? response : { ...response, result: response.result.map(open).filter((row) => row !== undefined) };
          },
          openCursor: async (request) => {
            const cursor = await table.openCursor(request);
            if (!cursor || request.values === false || leftSealed.has(request.trans)) return cursor;
            return openedCursor(cursor, (row) => {
              const opened = open(row);
              return opened === undefined ? undefined : { row: opened };
            });
          },
        };
      },
    }),
  };
}
