import type { Client } from '../model/profile';
import { patchedListing, type Listing } from './summaries';

/**
 * A write's effect on the book, told to whoever keeps something computed from it (the finding
 * counts): `before` and `after` are the whole book in memory before and after the write — `after`
 * none when the book is not in memory (or was dropped: anything may have changed).
 */
export interface BookChange {
  before: readonly Client[] | undefined;
  after: readonly Client[] | undefined;
  changed: readonly Client[];
  removed: readonly string[];
}

/** A read kept while it is current; its value once it has come. */
interface Kept<T> {
  reading: Promise<T>;
  value?: T;
}

const byId = (a: Client, b: Client) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * What the repository keeps in memory: the whole book (the agency rules and the bulk check need all
 * of it) and the list in pinyin order (asked for on every popup opening). A write patches both with
 * the clients it changed instead of dropping them — reading 10,000 clients again took seconds after
 * every save — and a read that was still under way when a write committed is dropped, since it may
 * have read before or after it.
 */
export class BookMemory {
  private book: Kept<Client[]> | undefined;
  private list: Kept<Listing> | undefined;
  private readonly listeners: ((change: BookChange) => void)[] = [];

  onChange(listener: (change: BookChange) => void): void {
    this.listeners.push(listener);
  }

  keptBook(read: () => Promise<Client[]>): Promise<Client[]> {
    this.book ??= this.keep(read, () => this.book, (kept) => (this.book = kept));
    return this.book.reading;
  }

  keptList(read: () => Promise<Listing>): Promise<Listing> {
    this.list ??= this.keep(read, () => this.list, (kept) => (this.list = kept));
    return this.list.reading;
  }

  /** After a write committed: what is in memory is patched with it, what was being read is dropped. */
  changed(changed: readonly Client[], removed: readonly string[]): void {
    const before = this.book?.value;
    let after: Client[] | undefined;
    if (before) {
      const clients = new Map(before.map((client) => [client.id, client]));
      for (const id of removed) clients.delete(id);
      for (const client of changed) clients.set(client.id, client);
      after = [...clients.values()].sort(byId);
      this.book = { reading: Promise.resolve(after), value: after };
    } else {
      this.book = undefined;
    }
    const list = this.list?.value;
    if (list) {
      const patched = patchedListing(list, changed, removed);
      this.list = { reading: Promise.resolve(patched), value: patched };
    } else {
      this.list = undefined;
    }
    for (const listener of this.listeners) listener({ before, after, changed, removed });
  }

  /** Everything dropped: the book was locked, unlocked, resealed, or changed by something else than a write of the repository. */
  forget(): void {
    const before = this.book?.value;
    this.book = undefined;
    this.list = undefined;
    for (const listener of this.listeners) listener({ before, after: undefined, changed: [], removed: [] });
  }

  private keep<T>(read: () => Promise<T>, current: () => Kept<T> | undefined, set: (kept: Kept<T> | undefined) => void): Kept<T> {
    const kept: Kept<T> = { reading: read() };
    kept.reading.then(
      // A write that committed meanwhile replaced or dropped it (`changed`, `forget`): the value is kept only if it is still current.
      (value) => {
        if (current() === kept) kept.value = value;
      },
      // A read that failed (the book locked, say) is tried again by the next asker, not remembered as a failure.
      () => {
        if (current() === kept) set(undefined);
      },
    );
    return kept;
  }
}
