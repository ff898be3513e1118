import { browser } from 'wxt/browser';
import { AppError } from '../../errors';
import type { Handlers } from '../../messaging/server';
import { linesOf, type FileHandoff } from '../../messaging/files';
import { newId } from '../../model/factory';
import { attachmentsOf } from '../../model/attachments';
import { loadSettings, saveSettings } from '../../settings';
import { BACKUP_SLICE_CHARS, vaultOfBackup } from '../../store/backup-format';
import { backupSlice, type BackupCursor, type BackupSealing } from '../../store/backup-slice';
import { StagedBackup } from '../../store/staged-backup';
import { unlockVault } from '../../store/vault';
import type { BeianDatabase, ScanBytes } from '../../store/db';
import type { ProfileRepository } from '../../store/repository';
import { forgottenAtLock, type WhenLocked } from '../../store/book-lock';
import type { backupMessages } from './messages';

export type BackupHandlers = Pick<Handlers, keyof typeof backupMessages>;

/** How many problems a dry run lists (the count says the rest). */
const LISTED_PROBLEMS = 200;
const LAST_BACKUP_KEY = 'lastBackupAt';
/** Scans stored per transaction while a restore is committed: a few megabytes, whatever the file's size. */
const SCANS_PER_WRITE = 32;

export interface BackupOptions {
  /** The book's vault and keys while it is encrypted: its backups are sealed. */
  sealing?: () => BackupSealing | undefined;
  whenLocked?: WhenLocked;
  /** How backup files reach the extension's pages and come back from them (lib/messaging/files.ts). */
  files: FileHandoff;
}

/**
 * Backup and restore, in the background that owns the book. Files cross as files (`files`), never
 * as message text. A backup is written slice by slice into a Blob (the browser keeps a large one on
 * disk) handed to the page that asked. A restore is read from the file the page handed over (one
 * at a time: a new one drops the last) and shown as a dry run — its clients kept in memory, its
 * scans only noted; committed, the file is read again: its scans are stored a slice at a time,
 * then its clients in one transaction. A commit that fails takes its scans back, so the book is the
 * old one or the backup, never a mix.
 */
export function backupHandlers(db: BeianDatabase, repository: ProfileRepository, { sealing = () => undefined, whenLocked = () => undefined, files }: BackupOptions): BackupHandlers {
  let staged: { id: string; file: Blob; backup: StagedBackup } | undefined;
  /** Restores whose opened lines (and keys) were dropped when the book locked: their next step is refused, not started afresh. */
  const lockedAway = new Set<string>();
  whenLocked(() => {
    if (staged) lockedAway.add(staged.id);
    staged = undefined;
  });
  const stagedFor = (restoreId: string) => {
    if (lockedAway.has(restoreId)) throw forgottenAtLock(`restore ${restoreId}`);
    if (staged?.id !== restoreId) throw new AppError('not-found', `restore ${restoreId}`);
    return staged;
  };

  /** Stores the file's scans a few at a time; the ids stored, and the new ids of those whose id the book used. */
  async function storeScans(file: Blob, backup: StagedBackup) {
    // A scan belongs to a client that uses it (the file may say another): saving a client drops the scans it owns but does not use.
    const owners = new Map<string, string>();
    for (const client of backup.clients.values()) for (const ref of attachmentsOf(client)) if (!owners.has(ref.id)) owners.set(ref.id, client.id);
    const stored = new Set<string>();
    const renamed = new Map<string, string>();
    const storeSlice = async (scans: ScanBytes[]) => {
      for (let at = 0; at < scans.length; at += SCANS_PER_WRITE) {
        for (const id of await repository.storeRestoredScans(scans.slice(at, at + SCANS_PER_WRITE), owners, renamed)) stored.add(id);
      }
    };
    // The database writes one slice while the next is read and parsed (its work is the browser's, beside
    // ours): a slice's failure is held as its outcome until the next slice waits for it.
    const outcomeOf = (scans: ScanBytes[]) => storeSlice(scans).then(() => ({ failed: false as const }), (error: unknown) => ({ failed: true as const, error }));
    let storing = outcomeOf([]);
    try {
      for await (const { first, lines } of linesOf(file, BACKUP_SLICE_CHARS)) {
        const scans = await backup.scansIn(lines, first);
        const outcome = await storing;
        if (outcome.failed) throw outcome.error;
        storing = outcomeOf(scans);
      }
      const outcome = await storing;
      if (outcome.failed) throw outcome.error;
      if (stored.size !== backup.scanCount) throw new AppError('invalid-request', `the backup's file changed since its dry run: ${stored.size} of ${backup.scanCount} scans read again`);
    } catch (error) {
      // Whatever slice is still being stored is let finish, so that all it stored is taken back too.
      await storing;
      await repository.dropRestoredScans([...stored]);
      throw error;
    }
    return { stored, renamed };
  }

  return {
    backupFile: async () => {
      const source = { book: await repository.allClients(), scansAfter: repository.scansAfter.bind(repository), mappings: () => db.mappings.orderBy('id').toArray() };
      const settings = await loadSettings();
      const parts: Blob[] = [];
      let cursor: BackupCursor | undefined;
      let lines = 0;
      let createdAt = Date.now();
      do {
        source.book = await repository.allClients();
        const slice = await backupSlice(source, settings, cursor, sealing(), createdAt);
        // Each slice becomes a Blob at once: its text is let go, and the browser keeps what is large on disk.
        parts.push(new Blob([slice.lines.join('\n'), '\n']));
        lines += slice.lines.length;
        createdAt = slice.next?.createdAt ?? createdAt;
        cursor = slice.next;
      } while (cursor);
      const fileId = newId();
      files.hand(fileId, new Blob(parts, { type: 'application/x-ndjson' }));
      return { fileId, createdAt, lines };
    },
    backupState: async () => {
      // The list's summaries carry what this needs: the options page asks on opening, before the book is read.
      const book = await repository.listClients();
      const lastDeleted = await db.trash.orderBy('deletedAt').last();
      const changes = [...book.map((client) => client.updatedAt), ...(lastDeleted ? [lastDeleted.deletedAt] : [])];
      const lastBackupAt = (await browser.storage.local.get(LAST_BACKUP_KEY))[LAST_BACKUP_KEY];
      return {
        clients: book.length,
        ...(changes.length ? { bookChangedAt: Math.max(...changes) } : {}),
        ...(typeof lastBackupAt === 'number' ? { lastBackupAt } : {}),
      };
    },
    markBackedUp: async ({ at }) => {
      await browser.storage.local.set({ [LAST_BACKUP_KEY]: at });
      return null;
    },
    restoreRead: async ({ restoreId, fileId, passphrase }) => {
      if (lockedAway.has(restoreId)) throw forgottenAtLock(`restore ${restoreId}`);
      const file = await files.received(fileId);
      const backup = new StagedBackup();
      staged = undefined;
      for await (const { first, lines } of linesOf(file, BACKUP_SLICE_CHARS)) {
        const vault = first === 1 && lines[0] !== undefined ? vaultOfBackup(lines[0]) : undefined;
        if (vault) {
          const book = sealing();
          if (passphrase !== undefined) backup.keys = await unlockVault(vault, passphrase);
          else if (book && book.record.salt === vault.salt && book.record.verifier === vault.verifier) backup.keys = book.keys;
          else throw new AppError('needs-passphrase', 'the backup is sealed');
        }
        await backup.read(lines, first);
      }
      staged = { id: restoreId, file, backup };
      return null;
    },
    restorePreview: async ({ restoreId }) => {
      const { backup } = stagedFor(restoreId);
      const problems = backup.finish();
      const book = await repository.listClients();
      return {
        ...(backup.header ? { createdAt: backup.header.createdAt } : {}),
        counts: { clients: backup.clients.size, attachments: backup.attachments.size, mappings: backup.mappings.length },
        problems: problems.slice(0, LISTED_PROBLEMS),
        problemCount: problems.length,
        replaced: book.filter((client) => backup.clients.has(client.id)).map((client) => client.displayName),
        onlyInBook: book.filter((client) => !backup.clients.has(client.id)).map((client) => client.displayName),
      };
    },
    restoreCommit: async ({ restoreId, mode }) => {
      const { file, backup } = stagedFor(restoreId);
      if (backup.finish().length) throw new AppError('invalid-request', 'the backup has problems: see the dry run');
      const { stored, renamed } = await storeScans(file, backup);
      let outcome;
      try {
        outcome = await repository.restoreBackup({ clients: backup.clients.values(), mappings: backup.mappings, restoredScans: stored, renamed }, mode);
      } catch (error) {
        await repository.dropRestoredScans([...stored]);
        throw error;
      }
      if (staged?.id === restoreId) staged = undefined;
      if (backup.settings) await saveSettings(backup.settings);
      return outcome;
    },
  };
}
