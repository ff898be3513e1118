import { AppError } from '../errors';
import { blobOfBytes, storableBlob } from './scan-bytes';
import { openBytes, openBytesAsync, openText, openTextAsync, sealBytes, sealBytesAsync, sealText, type VaultKeys } from './vault';

/**
 * Sealing at rest (issue 13). A Dexie DBCore middleware that, while the book is encrypted, writes
 * each row of the tables below as the fields lists and indexes need plus one `sealed` text (AES-GCM
 * of the rest) — and a scan's bytes as `sealedBytes` — and opens them again on every read.
 * Everything is synchronous inside the transaction (see vault.ts). A client's display name (the
 * subject's name, which says whose a quarantined row was) and tags stay plain; the list's index,
 * search terms included, is sealed whole (lib/store/summaries.ts).
 */
const PLAIN_FIELDS: Readonly<Record<string, readonly string[]>> = {
  clients: ['id', 'displayName', 'tags', 'createdAt', 'updatedAt'],
  websites: ['id', 'clientId', 'position'],
  trash: ['id', 'deletedAt', 'reason'],
  attachments: ['id', 'clientId', 'createdAt'],
  summaries: ['id'],
};

/** The tables whose rows are sealed. */
export const SEALED_TABLES = Object.keys(PLAIN_FIELDS);

export const lockedError = () => new AppError('locked', 'the book is locked');

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
export async function presealScans(state: SealingState, scans: readonly Uint8Array[]): Promise<void> {
  const { encrypted, keys } = state.writing();
  if (!encrypted || !keys) return;
  await Promise.all(scans.map(async (bytes) => presealed.set(bytes, { keys, sealed: await sealBytesAsync(keys, bytes) })));
}

export function sealRow(table: string, row: Record<string, unknown>, keys: VaultKeys): Record<string, unknown> {
  const plainFields = PLAIN_FIELDS[table]!;
  const plain: Record<string, unknown> = {};
  const secret: Record<string, unknown> = {};
  for (const [field, value] of Object.entries(row)) (plainFields.includes(field) ? plain : secret)[field] = value;
  if ('blob' in secret) {
    const bytes = storableBlob(secret['blob']);
    if (!(bytes instanceof Uint8Array)) throw new AppError('internal', `scan ${String(row['id'])}: its bytes were not read before sealing`);
    delete secret['blob'];
    const ahead = presealed.get(bytes);
    plain['sealedBytes'] = ahead?.keys === keys ? ahead.sealed : sealBytes(keys, bytes);
  }
  return { ...plain, sealed: sealText(keys, JSON.stringify(secret)) };
}

export function plainRow(row: Record<string, unknown>): Record<string, unknown> {
  return 'blob' in row ? { ...row, blob: storableBlob(row['blob']) } : row;
}

export function openRow(row: unknown, keys: VaultKeys | undefined, scanBytes = false): unknown {
  if (!row || typeof row !== 'object') return row;
  let opened = row as Record<string, unknown>;
  if ('sealed' in opened) {
    if (!keys) throw lockedError();
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

export async function openRowAsync(row: unknown, keys: VaultKeys | undefined, scanBytes = false): Promise<unknown> {
  if (!row || typeof row !== 'object' || !('sealed' in row)) return openRow(row, keys, scanBytes);
  if (!keys) throw lockedError();
  const { sealed, sealedBytes, ...plain } = row as { sealed: string; sealedBytes?: Uint8Array };
  const secret = JSON.parse(await openTextAsync(keys, sealed)) as Record<string, unknown>;
  const opened: Record<string, unknown> = { ...plain, ...secret };
  if (sealedBytes) opened['blob'] = await openBytesAsync(keys, sealedBytes);
  return openRow(opened, keys, scanBytes);
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
