import type * as z from 'zod';
import { base64ToBytes } from '../model/base64';
import { attachmentsOf } from '../model/attachments';
import type { BackupCounts, BackupProblemData } from '../model/backup-file';
import type { Mapping } from '../model/mapping';
import type { Client } from '../model/profile';
import type { Settings } from '../model/settings';
import { AppError } from '../errors';
import { type AttachmentMetaSchema, BACKUP_VERSION, BOUND_LINES_VERSION, HeaderSchema, LINE_SCHEMAS, SealedLineSchema, digestOfHeader, lineBinding, type LineKind } from './backup-format';
import type { ScanBytes } from './db';
import { openTextAsync, type VaultKeys } from './vault';

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
      this.headerDigest = digestOfHeader(JSON.stringify(value));
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
