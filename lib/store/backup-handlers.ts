import { browser } from 'wxt/browser';
import { AppError } from '../errors';
import type { Handlers } from '../messaging/server';
import { loadSettings, saveSettings } from '../settings';
import { backupSlice, StagedBackup, vaultOfBackup, type BackupSealing } from './backup';
import { unlockVault } from './vault';
import type { BeianDatabase } from './db';
import type { ProfileRepository } from './repository';
import { forgottenAtLock, type WhenLocked } from './book-lock';
import { attachmentsOf } from '../model/attachments';

export type BackupHandlers = Pick<Handlers, 'backupSlice' | 'backupState' | 'markBackedUp' | 'restoreRead' | 'restorePreview' | 'restoreScans' | 'restoreCommit'>;

/** How many problems a dry run lists (the count says the rest). */
const LISTED_PROBLEMS = 200;
const LAST_BACKUP_KEY = 'lastBackupAt';

/** A restore being committed: the scans stored so far (their ids, and the new ids of those whose id the book used). */
interface Committing {
  owners: Map<string, string>;
  stored: Set<string>;
  renamed: Map<string, string>;
  /** The scans of the file not yet stored. */
  remaining: number;
}

/**
 * Backup and restore, in the background that owns the book. A restore is read first (one at a
 * time: a new one drops the last) and shown as a dry run — its clients kept in memory, its scans
 * only noted; committing it, the page sends the file again (`restoreScans`): its scans are stored a
 * slice at a time, then its clients in one transaction (`restoreCommit`). A restore that fails or is
 * abandoned before that takes its scans back, so the book is the old one or the backup, never a mix.
 */
export function backupHandlers(
  db: BeianDatabase,
  repository: ProfileRepository,
  sealing: () => BackupSealing | undefined = () => undefined,
  whenLocked: WhenLocked = () => undefined,
): BackupHandlers {
  let staged: { id: string; backup: StagedBackup; committing?: Committing } | undefined;
  /** Drops the staged restore, taking back the scans its commit stored (its clients were never written). */
  const abandon = async () => {
    const stored = staged?.committing?.stored;
    staged = undefined;
    if (stored?.size) await repository.dropRestoredScans([...stored]);
  };
  /** Restores whose opened lines (and keys) were dropped when the book locked: their next step is refused, not started afresh. */
  const lockedAway = new Set<string>();
  whenLocked(() => {
    if (!staged) return;
    lockedAway.add(staged.id);
    abandon().catch((error: unknown) => console.error('beian-helper: taking back the scans of a restore the lock stopped failed', error));
  });
  const stagedFor = (restoreId: string) => {
    if (lockedAway.has(restoreId)) throw forgottenAtLock(`restore ${restoreId}`);
    if (staged?.id !== restoreId) throw new AppError('not-found', `restore ${restoreId}`);
    return staged;
  };
  /** The restore's commit, begun with its first slice of scans; refused when the dry run found problems. */
  const committingFor = (restoreId: string): Committing => {
    const restore = stagedFor(restoreId);
    if (!restore.committing) {
      if (restore.backup.finish().length) throw new AppError('invalid-request', 'the backup has problems: see the dry run');
      // A scan belongs to a client that uses it (the file may say another): saving a client drops the scans it owns but does not use.
      const owners = new Map<string, string>();
      for (const client of restore.backup.clients.values()) for (const ref of attachmentsOf(client)) if (!owners.has(ref.id)) owners.set(ref.id, client.id);
      restore.committing = { owners, stored: new Set(), renamed: new Map(), remaining: restore.backup.scanCount };
    }
    return restore.committing;
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
      if (staged?.id !== restoreId) {
        await abandon();
        staged = { id: restoreId, backup: new StagedBackup() };
      }
      if (staged.committing) throw new AppError('invalid-request', `restore ${restoreId} is being committed`);
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
      const { backup } = stagedFor(restoreId);
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
    restoreScans: async ({ restoreId, first, lines }) => {
      const committing = committingFor(restoreId);
      try {
        const scans = stagedFor(restoreId).backup.scansIn(lines, first);
        if (scans.length > committing.remaining) throw new AppError('invalid-request', `restore ${restoreId}: more scans than the dry run read`);
        for (const id of await repository.storeRestoredScans(scans, committing.owners, committing.renamed)) committing.stored.add(id);
        committing.remaining -= scans.length;
        return { stored: committing.stored.size, remaining: committing.remaining };
      } catch (error) {
        await abandon();
        throw error;
      }
    },
    restoreCommit: async ({ restoreId, mode }) => {
      const committing = committingFor(restoreId);
      const { backup } = stagedFor(restoreId);
      try {
        if (committing.remaining > 0) throw new AppError('invalid-request', `restore ${restoreId}: ${committing.remaining} scans were not sent again`);
        const outcome = await repository.restoreBackup({ clients: backup.clients.values(), mappings: backup.mappings, restoredScans: committing.stored, renamed: committing.renamed }, mode);
        staged = undefined;
        if (backup.settings) await saveSettings(backup.settings);
        return outcome;
      } catch (error) {
        await abandon();
        throw error;
      }
    },
  };
}
