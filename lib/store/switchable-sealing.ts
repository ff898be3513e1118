import type { Dexie } from 'dexie';
import { AppError } from '../errors';
import { storeScansAsBytes } from './scan-bytes';
import { SEALED_TABLES, lockedError, type SealingMode, type SealingState } from './sealed-rows';

/**
 * The sealing the background keeps: locked, unlocked or plain, and while `reseal` runs, rows read
 * with the keys of now and written with the next.
 */
export class SwitchableSealing implements SealingState {
  private next: SealingMode | undefined;
  /** The reseal's transaction, once it has begun: the one transaction that writes the `next` way. */
  private resealing: object | undefined;

  constructor(private current: SealingMode = { encrypted: false }) {}

  openingKeys() {
    return this.current.keys;
  }
  writing(transaction?: object): SealingMode {
    if (!this.next || transaction === undefined) return this.current;
    if (transaction === this.resealing) return this.next;
    // Sealed the way of now, a row written once the reseal has begun would be committed after it, among
    // rows of the next keys; sealed the next way, it would be lost if the reseal failed. Neither.
    throw new AppError('resealing', 'the book is being resealed: nothing else is written until it is done');
  }
  /** Names the reseal's own transaction (`reseal` does, before it writes). */
  resealIn(transaction: object) {
    this.resealing = transaction;
  }
  get mode(): SealingMode {
    return this.current;
  }
  set mode(mode: SealingMode) {
    this.current = mode;
  }
  get locked(): boolean {
    return this.current.encrypted && !this.current.keys;
  }
  /** A reseal is under way: what does not open now may open with the next keys, or not be there at all. */
  get resealPending(): boolean {
    return this.next !== undefined;
  }

  /** Runs `change` with writes sealed the `next` way; `next` becomes the mode when it succeeds, and nothing changes when it fails. */
  async switching<T>(next: SealingMode, change: () => Promise<T>): Promise<T> {
    this.next = next;
    try {
      const result = await change();
      this.current = next;
      return result;
    } finally {
      this.next = undefined;
      this.resealing = undefined;
    }
  }
}

/** Rows per read and write of a reseal: a book of thousands of scans is never all in memory, and its text rows go in few round trips. */
const RESEAL_CHUNK: Readonly<Record<string, number>> = { clients: 500, websites: 500, trash: 100, attachments: 20, summaries: 16 };

/**
 * Encrypts the book, changes its passphrase or decrypts it: every sealed table read with the keys
 * of now and written with the next, in one transaction with `alongside` (the vault row that goes
 * with the new keys) — a failure halfway leaves every row as it was and the keys of now in place.
 */
export async function reseal(db: Dexie, sealing: SwitchableSealing, next: SealingMode, alongside: () => Promise<unknown> = async () => undefined): Promise<number> {
  if (sealing.locked) throw lockedError();
  if (!sealing.mode.encrypted) await storeScansAsBytes(db);
  return sealing.switching(next, () =>
    db.transaction('rw', [...SEALED_TABLES, 'vault'], async (transaction) => {
      sealing.resealIn(transaction.idbtrans);
      await alongside();
      let written = 0;
      for (const name of SEALED_TABLES) {
        const table = db.table(name);
        const keys = await table.toCollection().primaryKeys();
        const chunk = RESEAL_CHUNK[name]!;
        for (let at = 0; at < keys.length; at += chunk) {
          const rows = await table.bulkGet(keys.slice(at, at + chunk));
          await table.bulkPut(rows.filter((row) => row !== undefined));
          written += rows.length;
        }
      }
      return written;
    }),
  );
}
