import { AppError } from '../errors';
import { MIN_PASSPHRASE_LENGTH, type BookLockStatus } from '../model/book-lock';
import type { BackupSealing } from './backup-slice';
import { VAULT_ROW_ID, type BeianDatabase, type StoredVault } from './db';
import type { ProfileRepository } from './repository';
import type { SealingMode } from './sealed-rows';
import { reseal, type SwitchableSealing } from './switchable-sealing';
import { createVault, keysFromText, keysToText, unlockVault, VAULT_ITERATIONS, type VaultKeys, type VaultRecord } from './vault';

/** Where the keys of an unlocked book wait out a restart of the background: memory only (storage.session), never disk. */
export interface KeyStore {
  get(): Promise<{ keys: string; lockAt?: number } | undefined>;
  set(value: { keys: string; lockAt?: number }): Promise<void>;
  clear(): Promise<void>;
}

/** Wakes the background at a time to lock the book (browser.alarms: it survives the background sleeping). */
export interface LockTimer {
  schedule(at: number): Promise<void>;
  cancel(): Promise<void>;
}

/**
 * How a holder of decrypted copies (a staged import or restore, the subjects pages showed) asks to
 * be told when the book locks: it forgets them then, as the book's own cache is forgotten.
 */
export type WhenLocked = (forget: () => void) => void;

/** What a handler says of work the lock made it forget: the person unlocks and starts it again. */
export const forgottenAtLock = (what: string) => new AppError('locked', `${what} was forgotten when the book locked`);

export interface BookLockOptions {
  db: BeianDatabase;
  sealing: SwitchableSealing;
  repository: ProfileRepository;
  keyStore: KeyStore;
  timer: LockTimer;
  /** The person's idle time before the book locks itself, in minutes; 0: never. */
  autoLockMinutes: () => Promise<number>;
  /** Told every time the book locks or unlocks (the open popup and panels show it at once). */
  changed: (status: BookLockStatus) => void;
  iterations?: number;
  now?: () => number;
}

/** A new auto-lock time is written at most this often: every message touches the lock. */
const TOUCH_EVERY_MS = 15_000;

/**
 * The lock of an encrypted book, in the background: the vault row in the book, the keys in memory
 * (and storage.session, for a background that restarts), the idle timer. Every change of
 * passphrase or of encryption is one transaction with the rows it reseals (`reseal`).
 */
export class BookLock {
  private lockAt: number | undefined;
  private lastTouch = 0;
  /** How many times the book was locked: a lock that came while the rows were resealed is kept. */
  private locks = 0;
  /** The book's vault row, as last read or written (what a sealed backup's header carries). */
  private vault: VaultRecord | undefined;

  constructor(private readonly options: BookLockOptions) {}

  private get now() {
    return (this.options.now ?? Date.now)();
  }

  /** Reads whether the book is encrypted, and takes the keys back from storage.session unless their time is up. */
  async start(): Promise<void> {
    const vault = await this.options.db.vault.get(VAULT_ROW_ID);
    this.vault = vault && recordOf(vault);
    if (!vault) {
      this.options.sealing.mode = { encrypted: false };
      return;
    }
    const kept = await this.options.keyStore.get();
    if (kept && (kept.lockAt === undefined || kept.lockAt > this.now)) {
      this.options.sealing.mode = {
        encrypted: true,
        keys: keysFromText(kept.keys),
      };
      this.lockAt = kept.lockAt;
    } else {
      this.options.sealing.mode = { encrypted: true };
      await this.options.keyStore.clear();
    }
  }

  async status(): Promise<BookLockStatus> {
    await this.lockIfIdle();
    const { encrypted, keys } = this.options.sealing.mode;
    return {
      encrypted,
      locked: encrypted && !keys,
      ...(this.lockAt !== undefined && keys ? { lockAt: this.lockAt } : {}),
    };
  }

  /** What seals a backup of the book: its vault and keys while it is encrypted and open; none for a plain book. */
  backupSealing(): BackupSealing | undefined {
    this.assertUnlocked();
    const { keys } = this.options.sealing.mode;
    return this.vault && keys ? { record: this.vault, keys } : undefined;
  }

  /** Refuses whatever needs the book while it is locked, with the sentence the person reads. */
  assertUnlocked(): void {
    if (this.options.sealing.locked) throw new AppError('locked', 'the book is locked');
  }

  /** The person used the helper: the idle time starts again (and a book idle too long locks first). */
  async touch(): Promise<void> {
    if (await this.lockIfIdle()) return;
    const { keys } = this.options.sealing.mode;
    if (!keys || this.now - this.lastTouch < TOUCH_EVERY_MS) return;
    this.lastTouch = this.now;
    await this.remember(keys);
  }

  /** Locks the book if its idle time is up (the alarm may not have woken a sleeping background); true if it is now locked. */
  async lockIfIdle(): Promise<boolean> {
    if (this.lockAt !== undefined && this.lockAt <= this.now && this.options.sealing.mode.keys) await this.lock();
    return this.options.sealing.locked;
  }

  /** The person set another idle time: it counts from now, at once (not from the next use). */
  async idleTimeChanged(): Promise<void> {
    const { keys } = this.options.sealing.mode;
    if (keys && !(await this.lockIfIdle())) await this.remember(keys);
  }

  /** The timer rang: locks the book if it has been idle long enough, or waits again for the idle time a later use set. */
  async timerRang(): Promise<void> {
    if (await this.lockIfIdle()) return;
    if (this.lockAt !== undefined && this.options.sealing.mode.keys) await this.options.timer.schedule(this.lockAt);
  }

  async enable(passphrase: string): Promise<BookLockStatus> {
    if (this.options.sealing.mode.encrypted) throw new AppError('invalid-request', 'the book is already encrypted');
    checkPassphrase(passphrase);
    const { record, keys } = await createVault(passphrase, this.options.iterations ?? VAULT_ITERATIONS);
    await reseal(this.options.db, this.options.sealing, { encrypted: true, keys }, () => this.options.db.vault.put({ id: VAULT_ROW_ID, ...record }));
    this.vault = record;
    return this.unlocked(keys);
  }

  async unlock(passphrase: string): Promise<BookLockStatus> {
    const vault = await this.options.db.vault.get(VAULT_ROW_ID);
    if (!vault) throw new AppError('invalid-request', 'the book is not encrypted');
    const keys = await unlockVault(vault, passphrase);
    this.options.sealing.mode = { encrypted: true, keys };
    return this.unlocked(keys);
  }

  async lock(): Promise<BookLockStatus> {
    this.locks += 1;
    if (this.options.sealing.mode.encrypted) this.options.sealing.mode = { encrypted: true };
    this.lockAt = undefined;
    this.options.repository.forget();
    await Promise.all([this.options.keyStore.clear(), this.options.timer.cancel()]);
    return this.announce();
  }

  /** A new passphrase: the current one is asked again (an unlocked, unattended browser is not enough), every row resealed at once. */
  async changePassphrase(current: string, next: string): Promise<BookLockStatus> {
    const keys = await this.verified(current);
    checkPassphrase(next);
    if (next === current) throw new AppError('invalid-request', 'the new passphrase is the old one');
    const created = await createVault(next, this.options.iterations ?? VAULT_ITERATIONS);
    const locksBefore = this.locks;
    await this.resealWith(keys, { encrypted: true, keys: created.keys }, () => this.options.db.vault.put({ id: VAULT_ROW_ID, ...created.record }));
    this.vault = created.record;
    // Locked while the rows were resealed: it stays locked, under the new passphrase.
    return this.locks === locksBefore ? this.unlocked(created.keys) : this.lock();
  }

  /** Decrypts the book for good (the passphrase asked again), in one transaction. */
  async disable(passphrase: string): Promise<BookLockStatus> {
    const keys = await this.verified(passphrase);
    await this.resealWith(keys, { encrypted: false }, () => this.options.db.vault.delete(VAULT_ROW_ID));
    this.vault = undefined;
    // A plain book now: what locking forgets (the keys, the timer, the book read) goes the same way, and nothing is locked.
    return this.lock();
  }

  /**
   * Reseals every row, read with `keys` (the book may be locked: the passphrase was asked again)
   * and written the `next` way; when it fails, the book is as locked or unlocked as before — or
   * locked, if the person locked it meanwhile.
   */
  private async resealWith(keys: VaultKeys, next: SealingMode, alongside: () => Promise<unknown>): Promise<void> {
    const before = this.options.sealing.mode;
    const locksBefore = this.locks;
    this.options.sealing.mode = { encrypted: true, keys };
    try {
      await reseal(this.options.db, this.options.sealing, next, alongside);
    } catch (error) {
      this.options.sealing.mode = this.locks === locksBefore ? before : { encrypted: true };
      throw error;
    }
  }

  /** The keys of the book's vault, if the passphrase is its. */
  private async verified(passphrase: string): Promise<VaultKeys> {
    const vault = await this.options.db.vault.get(VAULT_ROW_ID);
    if (!vault) throw new AppError('invalid-request', 'the book is not encrypted');
    return unlockVault(vault, passphrase);
  }

  private async unlocked(keys: VaultKeys): Promise<BookLockStatus> {
    this.options.repository.forget();
    this.lastTouch = this.now;
    await this.remember(keys);
    return this.announce();
  }

  /** Keeps the keys for the background's restarts, until the idle time is up. */
  private async remember(keys: VaultKeys): Promise<void> {
    const minutes = await this.options.autoLockMinutes();
    this.lockAt = minutes > 0 ? this.now + minutes * 60_000 : undefined;
    await this.options.keyStore.set({
      keys: keysToText(keys),
      ...(this.lockAt !== undefined ? { lockAt: this.lockAt } : {}),
    });
    await (this.lockAt !== undefined ? this.options.timer.schedule(this.lockAt) : this.options.timer.cancel());
  }

  private async announce(): Promise<BookLockStatus> {
    const status = await this.status();
    this.options.changed(status);
    return status;
  }
}

const recordOf = ({ id: _row, ...record }: StoredVault): VaultRecord => record;

function checkPassphrase(passphrase: string) {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH)
    throw new AppError('invalid-request', `a passphrase has at least ${MIN_PASSPHRASE_LENGTH} characters`, [{ path: ['passphrase'], message: `tooShort:${MIN_PASSPHRASE_LENGTH}` }]);
}
