import type { Transaction } from 'dexie';
import type { ScanBytes } from './db';
import { presealScans, type SealingState } from './sealed-rows';
import { ignoreUnreadable, readableAsync, type UnreadableRow } from './unreadable-rows';

/**
 * Transactions that read a whole table and leave its rows sealed, to be opened after the
 * transaction by `bulkOpening` — with WebCrypto, all at once: the whole book opens several times
 * faster than row by row inside the transaction, where only synchronous crypto may run.
 */
const leftSealed = new WeakSet<object>();

/** Leaves the rows of `transaction` as stored, sealed (the quarantine reads a row as it is before moving it aside). */
export function leaveSealed(transaction: Transaction): void {
  leftSealed.add(transaction.idbtrans);
}

/** Whether the rows of the transaction (its IndexedDB one) are left sealed: the middleware gives them as stored. */
export function isLeftSealed(idbTransaction: object): boolean {
  return leftSealed.has(idbTransaction);
}

/**
 * How the repository reads the whole book: the transaction's rows left sealed (`leave`), then
 * opened together (`open`), those that don't open left out; `openScans`: scans with their `bytes`
 * in hand, no Blob made of them.
 */
export interface BulkOpening {
  leave(transaction: Transaction): void;
  open<T>(table: string, rows: T[]): Promise<T[]>;
  openScans(rows: unknown[]): Promise<ScanBytes[]>;
  /** Seals scans' bytes ahead of the transaction that writes them (`presealScans`). */
  preseal(scans: readonly Uint8Array[]): Promise<void>;
}

export function bulkOpening(state: SealingState, unreadable: UnreadableRow = ignoreUnreadable): BulkOpening {
  return {
    leave: leaveSealed,
    open: async <T,>(table: string, rows: T[]) => {
      const opened = await Promise.all(rows.map((row) => readableAsync(state, table, row, unreadable, false)));
      return opened.filter((row) => row !== undefined) as T[];
    },
    preseal: (scans) => presealScans(state, scans),
    openScans: async (rows) => {
      const opened = await Promise.all(rows.map((row) => readableAsync(state, 'attachments', row, unreadable, true)));
      return opened.filter((row) => row !== undefined) as ScanBytes[];
    },
  };
}
