import * as z from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { base64ToBytes, bytesToBase64 } from '../messaging/base64';
import { AppError } from '../errors';
import { VaultRecordSchema, openTextAsync, sealTextAsync, type VaultKeys, type VaultRecord } from './vault';
import { BackupCountsSchema, type BackupCounts, type BackupProblemData } from '../messaging/protocol';
import { MappingSchema, type Mapping } from '../model/mapping';
import { ClientSchema, type Client } from '../model/profile';
import { SettingsSchema, type Settings } from '../settings';
import { attachmentsOf } from '../model/attachments';
import type { ScanBytes } from './db';

/**
 * The backup file: the whole book — clients with their websites, every scan byte for byte, what
 * the person taught (指定) and the settings — as JSON lines, so a book of thousands of clients with
 * their scans is written and read a slice at a time, never held as one string.
 *
 *   {"format":"beian-helper/backup","version":1,"createdAt":…}     the header, always first
 *   {"settings":{…}}
 *   {"client":{…}}                                                 one line per client (the model: ClientSchema)
 *   {"attachment":{"id":…,"clientId":…,"name":…,"type":…,"size":…,"createdAt":…},"base64":"…"}
 *   {"mapping":{…}}
 *   {"end":{"clients":N,"attachments":N,"mappings":N}}             always last: a file cut short has none
 *
 * A backup of an encrypted book is as private as the book: its header carries the vault (salt,
 * iterations, verifier — never the key) and every line after it is `{"sealed":"…"}`, the line
 * above sealed with the book's key (AES-256-GCM). It is restored with the passphrase the book had.
 * From version 2, each sealed line is bound to its place (`lineBinding`): the digest of its file's
 * header and its line number are authenticated with it, so a line dropped, moved, taken from another
 * backup or put after an altered header does not open. The kind of a line is inside what is sealed.
 *
 * The lines carry the model, not the database's rows: a backup is validated by the same schemas as
 * the editor's saves, and stays readable whatever the database's schema becomes. `version` is the
 * file format's; a later one would be read through an upgrade of its lines. The 回收站 is not in it.
 */
export const BACKUP_FORMAT = 'beian-helper/backup';
export const BACKUP_VERSION = 2;
/** The first version whose sealed lines are bound to their place; version 1 files still restore. */
const BOUND_LINES_VERSION = 2;

/** What a sealed line of a backup is bound to: its file's header (by digest) and its line number, from 1 (the header). */
export function lineBinding(headerDigest: string, line: number): string {
  return `${BACKUP_FORMAT}|${headerDigest}|${line}`;
}

const digestOf = (headerLine: string) => bytesToBase64(sha256(new TextEncoder().encode(headerLine)));

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

/** About this much text per slice of a backup file, written or read. */
export const BACKUP_SLICE_CHARS = 4_000_000;

const HeaderSchema = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number().int().positive(), createdAt: z.number(), vault: VaultRecordSchema.optional() });
const SealedLineSchema = z.object({ sealed: z.base64() });

/** The book's vault and keys, when a backup is to be sealed (the book is encrypted). */
export interface BackupSealing {
  record: VaultRecord;
  keys: VaultKeys;
}

/** The vault a backup file's first line names: the file is sealed, and opens with that vault's passphrase. */
export function vaultOfBackup(firstLine: string): VaultRecord | undefined {
  let value: unknown;
  try {
    value = JSON.parse(firstLine);
  } catch {
    return undefined;
  }
  const header = HeaderSchema.safeParse(value);
  return header.success ? header.data.vault : undefined;
}
const AttachmentMetaSchema = z.object({
  id: z.string().min(1),
  clientId: z.string().min(1),
  name: z.string(),
  type: z.string(),
  size: z.number().int().nonnegative(),
  width: z.number().int().positive().optional(),
  height: z.number().int().positive().optional(),
  createdAt: z.number(),
});

/** Each kind of line, by the key that names it: a line is checked against its own kind's schema, so a problem names its field. */
const LINE_SCHEMAS = {
  settings: z.object({ settings: SettingsSchema }),
  client: z.object({ client: ClientSchema }),
  attachment: z.object({ attachment: AttachmentMetaSchema, base64: z.base64() }),
  mapping: z.object({ mapping: MappingSchema }),
  end: z.object({ end: BackupCountsSchema }),
} as const;
type LineKind = keyof typeof LINE_SCHEMAS;

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
  let at: BackupCursor = cursor ?? { part: 'clients', createdAt: now, counts: { clients: 0, attachments: 0, mappings: 0 }, line: 1, header: digestOf(header) };
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

/** A line of the file that cannot be restored: where, which field, and why (a schema message, or what the line is). */
export type BackupProblem = BackupProblemData;

/** A line after the header as read: its JSON value (opened, for a sealed file), or why it has none. */
type LineValue = { value: unknown } | { problem: BackupProblem };

/** A scan as the dry run saw it: its description and the line it is on (its bytes are read again when the restore is committed). */
interface StagedScan {
  meta: z.infer<typeof AttachmentMetaSchema>;
  line: number;
}

/**
 * What is in a backup file, read so far and checked: nothing of it is in the book until committed.
 * The scans' bytes are not kept — a book of thousands of scans would not fit in memory — only
 * where each is: the commit reads their lines again (`scansIn`), a few megabytes at a time.
 */
export class StagedBackup {
  header?: z.infer<typeof HeaderSchema>;
  settings?: Settings;
  readonly clients = new Map<string, Client>();
  readonly attachments = new Map<string, StagedScan>();
  /** The scan on each line that holds one, by line number. */
  private readonly scanLines = new Map<number, string>();
  readonly mappings: Mapping[] = [];
  end?: BackupCounts;
  readonly problems: BackupProblem[] = [];
  lines = 0;
  /** The keys that open the lines of a sealed backup (its header names a vault). */
  keys?: VaultKeys;
  /** The digest of the header line as read: the lines of a version 2 file are bound to it. */
  private headerDigest = '';

  /**
   * Reads the next lines of the file; `first` is the number of the first of them (from 1). The
   * sealed lines of a slice are opened together (WebCrypto works beside us), then read in order.
   */
  async read(lines: readonly string[], first: number) {
    let index = 0;
    for (; index < lines.length && !this.header; index += 1) this.readLine(lines[index]!, first + index, undefined);
    const opened = await Promise.all(lines.slice(index).map((text, offset) => (text.trim() ? this.valueOf(text, first + index + offset) : undefined)));
    opened.forEach((value, offset) => this.readLine(lines[index + offset]!, first + index + offset, value));
  }

  /**
   * The scans on these lines of the file, read again to be stored: each must be the scan the dry
   * run found on that line (same id and description), or the file changed since and nothing is taken.
   */
  async scansIn(lines: readonly string[], first: number): Promise<ScanBytes[]> {
    const onScanLines = lines.flatMap((text, index) => (this.scanLines.has(first + index) ? [{ text, line: first + index }] : []));
    const values = await Promise.all(onScanLines.map(({ text, line }) => this.valueOf(text, line)));
    return onScanLines.map(({ line }, index) => {
      const value = values[index]!;
      const record = 'value' in value ? this.recordOf(value.value, line, []) : undefined;
      const staged = this.attachments.get(this.scanLines.get(line)!);
      if (!record || !('attachment' in record) || !staged || JSON.stringify(record.attachment) !== JSON.stringify(staged.meta)) {
        throw new AppError('invalid-request', `line ${line} of the backup is not what the dry run read: choose the file again`);
      }
      return { ...record.attachment, bytes: base64ToBytes(record.base64) };
    });
  }

  /** How many scans the file holds (the commit checks it stored as many). */
  get scanCount(): number {
    return this.scanLines.size;
  }

  /** A line, in order: the header until there is one, then the line's `opened` value (`valueOf`) as a record of its kind. */
  private readLine(text: string, line: number, opened: LineValue | undefined) {
    this.lines = Math.max(this.lines, line);
    if (!text.trim()) return;
    if (!this.header) {
      this.readHeader(text, line);
      return;
    }
    if (this.end) {
      this.problems.push({ line, message: 'after-end' });
      return;
    }
    if (!opened) return;
    if ('problem' in opened) {
      this.problems.push(opened.problem);
      return;
    }
    const record = this.recordOf(opened.value, line, this.problems);
    if (!record) return;
    if ('settings' in record) this.settings = record.settings;
    else if ('client' in record) this.clients.set(record.client.id, record.client);
    else if ('attachment' in record) {
      this.attachments.set(record.attachment.id, { meta: record.attachment, line });
      this.scanLines.set(line, record.attachment.id);
    } else if ('mapping' in record) this.mappings.push(record.mapping);
    else this.end = record.end;
  }

  private readHeader(text: string, line: number) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      this.problems.push({ line, message: 'not-json' });
      return;
    }
    const header = HeaderSchema.safeParse(value);
    if (!header.success) this.problems.push({ line, message: 'not-a-backup' });
    else if (header.data.version > BACKUP_VERSION) this.problems.push({ line, message: 'newer-version' });
    else {
      this.header = header.data;
      // As the writer wrote it: the line's JSON again, whatever a copy of the file did to its spaces and line ends.
      this.headerDigest = digestOf(JSON.stringify(value));
    }
  }

  /** A line after the header as JSON, opened when the file is sealed (bound to its place from version 2). */
  private async valueOf(text: string, line: number): Promise<LineValue> {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      return { problem: { line, message: 'not-json' } };
    }
    if (!this.header?.vault) return { value };
    if (!this.keys) throw new AppError('needs-passphrase', 'the backup is sealed');
    const sealed = SealedLineSchema.safeParse(value);
    if (!sealed.success) return { problem: { line, message: 'not-sealed' } };
    try {
      const bound = this.header.version >= BOUND_LINES_VERSION ? lineBinding(this.headerDigest, line) : undefined;
      return { value: JSON.parse(await openTextAsync(this.keys, sealed.data.sealed, bound)) as unknown };
    } catch {
      return { problem: { line, message: 'sealed-broken' } };
    }
  }

  /** A line's value checked against its kind's schema; `undefined` with its problems told. */
  private recordOf(value: unknown, line: number, problems: BackupProblem[]) {
    const kind = value && typeof value === 'object' ? (Object.keys(LINE_SCHEMAS) as LineKind[]).find((key) => key in value) : undefined;
    if (!kind) {
      problems.push({ line, message: 'unknown-line' });
      return undefined;
    }
    const parsed = LINE_SCHEMAS[kind].safeParse(value);
    if (!parsed.success) {
      for (const issue of parsed.error.issues.slice(0, 5)) problems.push({ line, field: issue.path.join('.'), message: issue.message });
      return undefined;
    }
    return parsed.data;
  }

  /** What a whole file must also be: ended where it says, every scan a client names present. */
  finish(): BackupProblem[] {
    const problems = [...this.problems];
    if (!this.header) problems.push({ line: 1, message: 'not-a-backup' });
    else if (!this.end) problems.push({ line: this.lines, message: 'cut-short' });
    else if (this.end.clients !== this.clients.size || this.end.attachments !== this.attachments.size || this.end.mappings !== this.mappings.length) {
      problems.push({ line: this.lines, message: 'counts-differ' });
    }
    for (const client of this.clients.values()) {
      for (const ref of attachmentsOf(client)) {
        if (!this.attachments.has(ref.id)) problems.push({ line: 0, field: `${client.displayName} · ${ref.name}`, message: 'scan-missing' });
      }
    }
    return problems;
  }
}
