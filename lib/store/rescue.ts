import Dexie from 'dexie';
import { blobToBase64, bytesToBase64 } from '../model/base64';
import type { BookHealth, RawChunk, RawCursor } from '../model/rescue';

/**
 * When the book cannot be opened. A schema upgrade that throws is rolled back by IndexedDB: the
 * database stays, whole, at its old version — but every call of this version fails. The options
 * page then says so and offers the raw contents as a file, read here without any schema.
 */
export async function openBook(db: Dexie): Promise<BookHealth> {
  try {
    await db.open();
    return { ok: true, version: db.verno };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) };
  }
}

/** About this many characters of rows per message: well under the browser's message size limit. */
const CHUNK_BUDGET = 8_000_000;

/** A stored value as JSON can carry it: files become base64 with their type, bytes (a scan since v8, or sealed) base64. */
async function encode(value: unknown): Promise<unknown> {
  if (value instanceof Blob) return { $blob: await blobToBase64(value), type: value.type };
  if (value instanceof Uint8Array) return { $bytes: bytesToBase64(value) };
  if (Array.isArray(value)) return Promise.all(value.map(encode));
  if (value && typeof value === 'object') {
    const entries = await Promise.all(Object.entries(value).map(async ([key, item]) => [key, await encode(item)] as const));
    return Object.fromEntries(entries);
  }
  return value;
}

/**
 * One slice of the database as stored, from `cursor` on (the first table when none): the rows
 * of one table, files as base64, and where the next slice starts (none after the last).
 */
export async function rawChunk(name: string, cursor: RawCursor | undefined, budget = CHUNK_BUDGET): Promise<RawChunk> {
  // No version declared: Dexie opens the database as it is, at whatever version and schema it has.
  const raw = new Dexie(name);
  await raw.open();
  try {
    const tables = raw.tables.map((table) => table.name).sort();
    const tableName = cursor?.table ?? tables[0];
    if (tableName === undefined) return { version: raw.verno, tables, table: '', rows: [] };
    const table = raw.table(tableName);
    const offset = cursor?.offset ?? 0;
    const rows: unknown[] = [];
    let size = 0;
    let index = offset;
    const stored = await table.toCollection().offset(offset).toArray();
    for (const row of stored) {
      const encoded = await encode(row);
      size += JSON.stringify(encoded).length;
      rows.push(encoded);
      index++;
      if (size >= budget) break;
    }
    const following = tables[tables.indexOf(tableName) + 1];
    const next = index < offset + stored.length ? { table: tableName, offset: index } : following !== undefined ? { table: following, offset: 0 } : undefined;
    return { version: raw.verno, tables, table: tableName, rows, ...(next ? { next } : {}) };
  } finally {
    raw.close();
  }
}
