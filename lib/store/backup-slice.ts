import { bytesToBase64 } from '../model/base64';
import type { BackupCounts } from '../model/backup-file';
import type { Mapping } from '../model/mapping';
import type { Client } from '../model/profile';
import type { Settings } from '../model/settings';
import { BACKUP_FORMAT, BACKUP_SLICE_CHARS, BACKUP_VERSION, digestOfHeader, lineBinding } from './backup-format';
import type { ScanBytes } from './db';
import { sealTextAsync, type VaultKeys, type VaultRecord } from './vault';

/** Where the next slice of a backup starts, and what was written before it (for the end line). */
export interface BackupCursor {
  part: 'clients' | 'attachments' | 'mappings' | 'end';
  /** The id of the last client or scan written: the next slice goes on from the one after it (by key range, whatever was added or deleted meanwhile). */
  after?: string;
  createdAt: number;
  counts: BackupCounts;
  /** Lines written so far, the header's included: a sealed line is bound to its number. */
  line: number;
  /** The header's digest: a sealed line is bound to the header of its own file. */
  header: string;
}

/** The book's vault and keys, when a backup is to be sealed (the book is encrypted). */
export interface BackupSealing {
  record: VaultRecord;
  keys: VaultKeys;
}

function attachmentLine(scan: ScanBytes): string {
  const { bytes, ...meta } = scan;
  return JSON.stringify({ attachment: meta, base64: bytesToBase64(bytes) });
}

/** Scans read per round trip to the database while a backup is written: a few at a time, whatever the book's size. */
const SCANS_PER_READ = 32;

/** The book's clients in id order and their ids, once per state of the book (each slice of a backup asks). */
const byIdOnce = new WeakMap<readonly Client[], { sorted: Client[]; ids: ReadonlySet<string> }>();
function clientsById(book: readonly Client[]) {
  let clients = byIdOnce.get(book);
  if (!clients) {
    clients = { sorted: [...book].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)), ids: new Set(book.map((client) => client.id)) };
    byIdOnce.set(book, clients);
  }
  return clients;
}

/** The position of the first client whose id comes after `after`. */
function firstAfter(sorted: readonly Client[], after: string | undefined): number {
  if (after === undefined) return 0;
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (sorted[middle]!.id <= after) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** What a backup reads of the book: its clients, and its scans a few at a time by key range. */
export interface BackupSource {
  book: readonly Client[];
  scansAfter(after: string | undefined, limit: number, owners: ReadonlySet<string>): Promise<{ scans: ScanBytes[]; last?: string }>;
  mappings(): Promise<Mapping[]>;
}

/**
 * The next slice of the backup file: its lines and where the next slice starts (none after the
 * end line). The first call (no cursor) writes the header and the settings. Clients and scans are
 * taken in id order after the last one written (the cursor's `after`), so a book changed between
 * slices never has a line written twice, and its scans are never all in memory.
 */
export async function backupSlice(
  source: BackupSource,
  settings: Settings,
  cursor: BackupCursor | undefined,
  sealing?: BackupSealing,
  now: number = Date.now(),
): Promise<{ lines: string[]; next?: BackupCursor }> {
  const lines: string[] = [];
  let size = 0;
  const header = JSON.stringify({ format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: now, ...(sealing ? { vault: sealing.record } : {}) });
  let at: BackupCursor = cursor ?? { part: 'clients', createdAt: now, counts: { clients: 0, attachments: 0, mappings: 0 }, line: 1, header: digestOfHeader(header) };
  const push = async (line: string) => {
    at = { ...at, line: at.line + 1 };
    const written = sealing ? JSON.stringify({ sealed: await sealTextAsync(sealing.keys, line, lineBinding(at.header, at.line)) }) : line;
    lines.push(written);
    size += written.length;
  };
  if (!cursor) {
    lines.push(header);
    size += header.length;
    await push(JSON.stringify({ settings }));
  }
  const { sorted: clients, ids } = clientsById(source.book);
  while (size < BACKUP_SLICE_CHARS) {
    if (at.part === 'clients') {
      const client = clients[firstAfter(clients, at.after)];
      if (!client) {
        at = { ...at, part: 'attachments', after: undefined };
        continue;
      }
      await push(JSON.stringify({ client }));
      at = { ...at, after: client.id, counts: { ...at.counts, clients: at.counts.clients + 1 } };
    } else if (at.part === 'attachments') {
      const { scans, last } = await source.scansAfter(at.after, SCANS_PER_READ, ids);
      if (!last) {
        at = { ...at, part: 'mappings', after: undefined };
        continue;
      }
      for (const scan of scans) await push(attachmentLine(scan));
      at = { ...at, after: last, counts: { ...at.counts, attachments: at.counts.attachments + scans.length } };
    } else if (at.part === 'mappings') {
      const mappings = await source.mappings();
      for (const mapping of mappings) await push(JSON.stringify({ mapping }));
      at = { ...at, part: 'end', after: undefined, counts: { ...at.counts, mappings: mappings.length } };
    } else {
      await push(JSON.stringify({ end: at.counts }));
      return { lines };
    }
  }
  return { lines, next: at };
}
