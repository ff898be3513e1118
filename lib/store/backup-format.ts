import * as z from 'zod';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToBase64 } from '../model/base64';
import { BackupCountsSchema } from '../model/backup-file';
import { MappingSchema } from '../model/mapping';
import { ClientSchema } from '../model/profile';
import { SettingsSchema } from '../model/settings';
import { VaultRecordSchema, type VaultRecord } from './vault';

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
export const BOUND_LINES_VERSION = 2;

/** What a sealed line of a backup is bound to: its file's header (by digest) and its line number, from 1 (the header). */
export function lineBinding(headerDigest: string, line: number): string {
  return `${BACKUP_FORMAT}|${headerDigest}|${line}`;
}

/** A header line's digest, which the sealed lines of its file are bound to. */
export const digestOfHeader = (headerLine: string) => bytesToBase64(sha256(new TextEncoder().encode(headerLine)));

/** About this much text per slice of a backup file, written or read. */
export const BACKUP_SLICE_CHARS = 4_000_000;

export const HeaderSchema = z.object({ format: z.literal(BACKUP_FORMAT), version: z.number().int().positive(), createdAt: z.number(), vault: VaultRecordSchema.optional() });
export const SealedLineSchema = z.object({ sealed: z.base64() });

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

export const AttachmentMetaSchema = z.object({
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
export const LINE_SCHEMAS = {
  settings: z.object({ settings: SettingsSchema }),
  client: z.object({ client: ClientSchema }),
  attachment: z.object({ attachment: AttachmentMetaSchema, base64: z.base64() }),
  mapping: z.object({ mapping: MappingSchema }),
  end: z.object({ end: BackupCountsSchema }),
} as const;
export type LineKind = keyof typeof LINE_SCHEMAS;
