import type { DBCoreCursor } from 'dexie';
import { AppError } from '../errors';
import { openRow, openRowAsync, type SealingState } from './sealed-rows';

/**
 * Told of a row that does not open with the keys that should open it (its text or bytes altered,
 * or sealed with keys the book no longer has): the reader goes on without it, so one bad row never
 * takes the book down (lib/store/quarantine.ts moves it aside and lists it).
 */
export type UnreadableRow = (table: string, row: Record<string, unknown>, error: unknown) => void;

/** A reader told of no unreadable row: it still goes on without it. */
export const ignoreUnreadable: UnreadableRow = () => undefined;

/** Whether a row that did not open failed for the book being locked (a sealed row in a plain book is unreadable, not locked). */
const lockedOut = (state: SealingState, error: unknown) => AppError.from(error).code === 'locked' && state.writing().encrypted && !state.openingKeys();

/** The row opened, or — when it does not open for any reason but a locked book — `undefined`, and `unreadable` told. */
export function readable(state: SealingState, table: string, row: unknown, unreadable: UnreadableRow): unknown {
  try {
    return openRow(row, state.openingKeys());
  } catch (error) {
    if (lockedOut(state, error)) throw error;
    unreadable(table, row as Record<string, unknown>, error);
    return undefined;
  }
}

export async function readableAsync(state: SealingState, table: string, row: unknown, unreadable: UnreadableRow, scanBytes: boolean): Promise<unknown> {
  try {
    return await openRowAsync(row, state.openingKeys(), scanBytes);
  } catch (error) {
    if (lockedOut(state, error)) throw error;
    unreadable(table, row as Record<string, unknown>, error);
    return undefined;
  }
}

/**
 * A cursor whose value is the opened row, stepping over rows that don't open. The browser's cursor
 * answers `key`, `primaryKey` and `continue()` only on itself — read through an object made from it
 * they throw "Illegal invocation", which Dexie swallows, so a filtered delete matched nothing — so
 * every other property is read from the cursor itself and its methods are bound to it.
 */
export function openedCursor(cursor: DBCoreCursor, open: (row: unknown) => { row: unknown } | undefined): DBCoreCursor {
  // Opened once per row however often it is read; keyed by the row, for a caller that steps the cursor itself.
  let here: { key: unknown; opened: { row: unknown } | undefined } | undefined;
  const openHere = () => {
    const key: unknown = cursor.primaryKey;
    if (!here || here.key !== key) here = { key, opened: open(cursor.value) };
    return here.opened;
  };
  return new Proxy(cursor, {
    get(target, property) {
      if (property === 'value') return openHere()?.row;
      if (property === 'start') {
        return (onNext: () => void) =>
          target.start(() => {
            here = undefined;
            if (openHere()) onNext();
            else target.continue();
          });
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
