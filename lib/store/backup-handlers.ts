import { browser } from 'wxt/browser';
import { AppError } from '../errors';
import type { Handlers } from '../messaging/server';
import { loadSettings, saveSettings } from '../settings';
import { backupSlice, StagedBackup, vaultOfBackup, type BackupSealing } from './backup';
import { unlockVault } from './vault';
import type { BeianDatabase } from './db';
import type { ProfileRepository } from './repository';
import { forgottenAtLock, type WhenLocked } from './book-lock';

export type BackupHandlers = Pick<Handlers, 'backupSlice' | 'backupState' | 'markBackedUp' | 'restoreRead' | 'restorePreview' | 'restoreCommit'>;

/** How many problems a dry run lists (the count says the rest). */
const LISTED_PROBLEMS = 200;
const LAST_BACKUP_KEY = 'lastBackupAt';

/**
 * Backup and restore, in the background that owns the book. A restore is read into memory first
 * (one at a time: a new one drops the last), shown as a dry run, and committed in one transaction.
 */
export function backupHandlers(
  db: BeianDatabase,
  repository: ProfileRepository,
  sealing: () => BackupSealing | undefined = () => undefined,
  whenLocked: WhenLocked = () => undefined,
): BackupHandlers {
  let staged: { id: string; backup: StagedBackup } | undefined;
  /** Restores whose opened lines (and keys) were dropped when the book locked: their next step is refused, not started afresh. */
  const lockedAway = new Set<string>();
  whenLocked(() => {
    if (staged) lockedAway.add(staged.id);
    staged = undefined;
  });
  const stagedFor = (restoreId: string) => {
    if (lockedAway.has(restoreId)) throw forgottenAtLock(`restore ${restoreId}`);
    if (staged?.id !== restoreId) throw new AppError('not-found', `restore ${restoreId}`);
    return staged.backup;
  };

  return {
    backupSlice: async ({ cursor }) => {
      const source = { book: await repository.allClients(), scansAfter: repository.scansAfter.bind(repository), mappings: () => db.mappings.orderBy('id').toArray() };
      return backupSlice(source, await loadSettings(), cursor, sealing());
    },
    backupState: async () => {
      const book = await repository.allClients();
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
    restoreRead: async ({ restoreId, first, lines, passphrase }) => {
      if (lockedAway.has(restoreId)) throw forgottenAtLock(`restore ${restoreId}`);
      if (staged?.id !== restoreId) staged = { id: restoreId, backup: new StagedBackup() };
      const backup = staged.backup;
      const vault = first === 1 && lines[0] !== undefined ? vaultOfBackup(lines[0]) : undefined;
      if (vault) {
        const book = sealing();
        if (passphrase !== undefined) backup.keys = await unlockVault(vault, passphrase);
        else if (book && book.record.salt === vault.salt && book.record.verifier === vault.verifier) backup.keys = book.keys;
        else throw new AppError('needs-passphrase', 'the backup is sealed');
      }
      backup.read(lines, first);
      return null;
    },
    restorePreview: async ({ restoreId }) => {
      const backup = stagedFor(restoreId);
      const problems = backup.finish();
      const book = await repository.allClients();
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
      const backup = stagedFor(restoreId);
      if (backup.finish().length) throw new AppError('invalid-request', 'the backup has problems: see the dry run');
      const outcome = await repository.restoreBackup({ clients: backup.clients.values(), attachments: backup.storedAttachments(), mappings: backup.mappings }, mode);
      if (backup.settings) await saveSettings(backup.settings);
      staged = undefined;
      return outcome;
    },
  };
}
