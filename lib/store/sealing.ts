import type { DBCore, DBCoreCursor, DBCoreTable, Dexie, Middleware } from 'dexie';
import { AppError } from '../errors';
import { openText, sealText, searchToken, type VaultKeys } from './vault';

/**
 * Sealing at rest (issue 13, work in progress: not yet installed on the database). A Dexie DBCore
 * middleware that, while the book is encrypted, writes each row of the tables below as the fields
 * lists and indexes need plus one `sealed` text (AES-GCM of the rest), and opens it again on every
 * read. Everything is synchronous inside the transaction (see vault.ts). ID numbers, phones and e-mails
 * in `searchTerms` become keyed tokens: found by exact match only.
 */
const PLAIN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  clients: ['id', 'displayName', 'tags', 'createdAt', 'updatedAt', 'searchTerms'],
  websites: ['id', 'clientId', 'position'],
  trash: ['id', 'deletedAt', 'reason'],
};

/** A search term that is an ID number or a phone (digits and an X, spaces, dashes, a leading +) or an e-mail. */
const PRIVATE_TERM = /^\+?[\d\s-]{6,}x?$|@/i;

export interface SealingState {
  /** The keys while the book is unlocked; none while locked or when the book is not encrypted. */
  keys(): VaultKeys | undefined;
  /** Whether rows are to be sealed when written. */
  encrypted(): boolean;
}

function sealRow(table: string, row: Record<string, unknown>, keys: VaultKeys): Record<string, unknown> {
  const plainFields = PLAIN_FIELDS[table]!;
  const plain: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) (plainFields.includes(field) ? plain : secret)[field] = value;
  if (Array.isArray(plain['searchTerms'])) {
    // The terms as they were go sealed too: opened, the row is what was written (a decrypted book searches by prefix again).
    secret['searchTerms'] = plain['searchTerms'];
    plain['searchTerms'] = (plain['searchTerms'] as string[]).map((term) => (PRIVATE_TERM.test(term) ? searchToken(keys, term) : term));
  }
  return { ...plain, sealed: sealText(keys, JSON.stringify(secret)) };
}

function openRow(row: unknown, keys: VaultKeys | undefined): unknown {
  if (!row || typeof row !== 'object' || !('sealed' in row)) return row;
  if (!keys) throw new AppError('invalid-request', 'the book is locked');
  const { sealed, ...plain } = row as Record<string, unknown> & { sealed: string };
  return { ...plain, ...(JSON.parse(openText(keys, sealed)) as Record<string, unknown>) };
}

/** A cursor whose value is the opened row. */
function openedCursor(cursor: DBCoreCursor, keys: VaultKeys | undefined): DBCoreCursor {
  return Object.create(cursor, { value: { get: () => openRow(cursor.value, keys) } }) as DBCoreCursor;
}

/** The sealing state the background keeps: what `reseal` switches, and what a failed reseal puts back. */
export class SwitchableSealing implements SealingState {
  constructor(private current: { keys?: VaultKeys; encrypted: boolean } = { encrypted: false }) {}
  keys() {
    return this.current.keys;
  }
  encrypted() {
    return this.current.encrypted;
  }
  get state() {
    return this.current;
  }
  set state(next: { keys?: VaultKeys; encrypted: boolean }) {
    this.current = next;
  }
}

/** What an exact ID number, phone or e-mail is stored as while the book is encrypted (for the repository's search); none otherwise. */
export function searchTokenFor(state: SealingState, query: string): string | undefined {
  const keys = state.keys();
  return state.encrypted() && keys && PRIVATE_TERM.test(query) ? searchToken(keys, query) : undefined;
}

/** The tables whose rows are sealed. */
export const SEALED_TABLES = Object.keys(PLAIN_FIELDS);

/**
 * Encrypts the book, changes its passphrase or decrypts it: every sealed table read with the keys
 * of now and written with the next, in one transaction — a failure halfway leaves every row as it
 * was and the keys of now in place.
 */
export async function reseal(db: Dexie, sealing: SwitchableSealing, next: { keys?: VaultKeys; encrypted: boolean }): Promise<number> {
  const previous = sealing.state;
  try {
    return await db.transaction('rw', SEALED_TABLES, async () => {
      const rows = await Promise.all(SEALED_TABLES.map((name) => db.table(name).toArray()));
      sealing.state = next;
      let written = 0;
      for (const [index, name] of SEALED_TABLES.entries()) {
        await db.table(name).bulkPut(rows[index]!);
        written += rows[index]!.length;
      }
      return written;
    });
  } catch (error) {
    sealing.state = previous;
    throw error;
  }
}

export function sealingMiddleware(state: SealingState): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'sealing',
    create: (down) => ({
      ...down,
      table: (name) => {
        const table: DBCoreTable = down.table(name);
        if (!PLAIN_FIELDS[name]) return table;
        return {
          ...table,
          mutate: (request) => {
            if ((request.type !== 'add' && request.type !== 'put') || !state.encrypted()) return table.mutate(request);
            const keys = state.keys();
            if (!keys) return Promise.reject(new AppError('invalid-request', 'the book is locked'));
            return table.mutate({ ...request, values: request.values.map((value: Record<string, unknown>) => sealRow(name, value, keys)) });
          },
          get: async (request) => openRow(await table.get(request), state.keys()),
          getMany: async (request) => (await table.getMany(request)).map((row) => openRow(row, state.keys())),
          query: async (request) => {
            const response = await table.query(request);
            return request.values === false ? response : { ...response, result: response.result.map((row) => openRow(row, state.keys())) };
          },
          openCursor: async (request) => {
            const cursor = await table.openCursor(request);
            return cursor && request.values !== false ? openedCursor(cursor, state.keys()) : cursor;
          },
        };
      },
    }),
  };
}
