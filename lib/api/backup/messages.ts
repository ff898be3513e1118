import * as z from 'zod';
import { BackupCountsSchema, BackupProblemSchema } from '../../model/backup-file';
import { PassphraseSchema } from '../lock/messages';

const id = z.string().min(1);

/** Backup files of the whole book, the reminder to make one, and restoring one after its dry run. */
export const backupMessages = {
  backupFile: {
    // The whole book as a backup file, handed to the asking page under `fileId` (lib/messaging/files.ts): files never cross as message text.
    request: z.object({}),
    response: z.object({ fileId: id, createdAt: z.number(), lines: z.number().int() }),
  },
  backupState: {
    // When the book last changed and when it was last backed up, for the reminder.
    request: z.object({}),
    response: z.object({ bookChangedAt: z.number().optional(), lastBackupAt: z.number().optional(), clients: z.number().int() }),
  },
  markBackedUp: {
    request: z.object({ at: z.number() }),
    response: z.null(),
  },
  restoreRead: {
    // The dry run of the backup file the page handed over under `fileId`; nothing is stored yet.
    // `passphrase`: the one the book had when it was backed up, for a sealed backup of another vault (or of a passphrase since changed).
    request: z.object({ restoreId: id, fileId: id, passphrase: PassphraseSchema.optional() }),
    response: z.null(),
  },
  restorePreview: {
    // The dry run: what the file holds, what is wrong with it, and what restoring it would change.
    request: z.object({ restoreId: id }),
    response: z.object({
      createdAt: z.number().optional(),
      counts: BackupCountsSchema,
      problems: z.array(BackupProblemSchema),
      problemCount: z.number().int(),
      /** Clients of the book the backup holds too: restoring replaces them (their current version goes to the 回收站). */
      replaced: z.array(z.string()),
      /** Clients of the book the backup does not hold: kept by a merge, moved to the 回收站 by a full restore. */
      onlyInBook: z.array(z.string()),
    }),
  },
  restoreCommit: {
    // The restore: the file read again for its scans, stored a slice at a time, then its clients and lessons in one transaction.
    request: z.object({ restoreId: id, mode: z.enum(['merge', 'replace']) }),
    response: z.object({ restored: z.number().int(), setAside: z.number().int() }),
  },
} as const;
