import Dexie, { type Table } from 'dexie';
import { AppError } from '../errors';
import type { BeianDatabase, QuarantinedRow } from './db';
import { leaveSealed } from './bulk-opening';
import { opensWith, type SealingState } from './sealed-rows';
import type { UnreadableRow } from './unreadable-rows';

/** How long a reason may be: the error's own words, cut. */
const REASON_CHARS = 200;

const quarantineId = (table: string, rowId: string) => `${table}/${rowId}`;

/** The row's own fields that stay unsealed and say whose it is. */
function ownerOf(table: string, row: Record<string, unknown>): Pick<QuarantinedRow, 'clientId' | 'displayName'> {
  const text = (value: unknown) => (typeof value === 'string' && value ? value : undefined);
  if (table === 'clients') return { clientId: text(row['id']), displayName: text(row['displayName']) };
  const clientId = text(row['clientId']);
  return clientId && !clientId.startsWith('trash:') ? { clientId } : {};
}

/**
 * The quarantine (issue 22 #3): a row of an encrypted book that does not open — its sealed text
 * altered on disk, or sealed with keys the book no longer has — is moved out of its table as it
 * was stored, so every read of the book goes on without it: the list, the search, backups, the
 * fill. The options page lists what was moved (whose it was, when, why); restoring the client
 * from a backup brings it back whole, and the entry goes by itself.
 *
 * A row is moved only when it still does not open in the moving transaction, with the keys of
 * that moment: a book locked meanwhile, or resealed, moves nothing.
 */
export class Quarantine {
  private readonly waiting = new Map<string, { table: string; rowId: string; reason: string }>();
  private moving: Promise<void> = Promise.resolve();
  private readonly movedListeners: (() => void)[] = [];

  constructor(
    private readonly db: BeianDatabase,
    private readonly sealing: SealingState & { readonly resealPending: boolean },
    private readonly now: () => number = Date.now,
  ) {}

  /** What the sealing middleware tells of a row that did not open: it is moved aside after the read's transaction. */
  readonly noticed: UnreadableRow = (table, row, error) => {
    const rowId = row && typeof row['id'] === 'string' ? row['id'] : undefined;
    // The list's index holds nothing of its own: a bucket that does not open is written again from the book (lib/store/summaries.ts).
    if (!rowId || table === 'summaries') return;
    const id = quarantineId(table, rowId);
    if (this.waiting.has(id)) return;
    this.waiting.set(id, { table, rowId, reason: (error instanceof Error ? error.message : String(error)).slice(0, REASON_CHARS) });
    // Noticed inside a reader's transaction: moved in one of its own, after it.
    this.moving = this.moving.then(() => Dexie.ignoreTransaction(() => this.moveAside(id))).catch((failure: unknown) => console.error(`beian-helper: moving ${id} aside failed`, failure));
  };

  /** Told after a row is moved aside: what was kept in memory of the book may still hold it (the list's index does, until it is built again). */
  onMoved(listener: () => void): void {
    this.movedListeners.push(listener);
  }

  /** Resolves once every row noticed so far is moved aside (or found to open after all). */
  async settled(): Promise<void> {
    await this.moving;
  }

  private async moveAside(id: string) {
    const noticed = this.waiting.get(id);
    if (!noticed) return;
    try {
      if (this.sealing.resealPending) return;
      const table = this.db.table(noticed.table) as Table<Record<string, unknown>, string>;
      const moved = await this.db.transaction('rw', [table, this.db.quarantine], async (transaction) => {
        leaveSealed(transaction);
        const row = await table.get(noticed.rowId);
        const keys = this.sealing.openingKeys();
        const { encrypted } = this.sealing.writing();
        if (!row || (encrypted && !keys) || opensWith(row, keys)) return false;
        await this.db.quarantine.put({ id, table: noticed.table, rowId: noticed.rowId, ...ownerOf(noticed.table, row), reason: noticed.reason, foundAt: this.now(), row });
        await table.delete(noticed.rowId);
        return true;
      });
      if (moved) for (const listener of this.movedListeners) listener();
    } finally {
      this.waiting.delete(id);
    }
  }

  /** What was moved aside, the latest first; entries whose row is back in its table (a restored backup wrote it again) are dropped. */
  async list(): Promise<QuarantinedRow[]> {
    await this.settled();
    const entries = await this.db.quarantine.toArray();
    const back: string[] = [];
    for (const entry of entries) {
      if (await this.db.table(entry.table).get(entry.rowId)) back.push(entry.id);
    }
    if (back.length) await this.db.quarantine.bulkDelete(back);
    return entries.filter((entry) => !back.includes(entry.id)).sort((a, b) => b.foundAt - a.foundAt);
  }

  /** Deletes a moved-aside row for good (the person gave up on it). */
  async discard(id: string): Promise<void> {
    await this.db.transaction('rw', this.db.quarantine, async () => {
      if (!(await this.db.quarantine.get(id))) throw new AppError('not-found', `quarantined row ${id}`);
      await this.db.quarantine.delete(id);
    });
  }
}
