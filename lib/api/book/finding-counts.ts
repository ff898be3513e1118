import type { Client } from '../../model/profile';
import { checkProfile, clientsSharingContacts, countFindings, type FindingCounts } from '../../rules';
import type { BookChange } from '../../store/book-memory';
import type { ProfileRepository } from '../../store/repository';

/** Clients judged between two pauses while counting the whole book: messages are answered in between. */
const COUNTED_PER_TURN = 200;
/** A write that touches more clients than this (an import, a restore) has the whole book counted again. */
const RECOUNTED_ONE_BY_ONE = 500;

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/**
 * Each client's finding counts for the list (issue 23), judged against the whole book and kept:
 * after a write only the clients it touched are judged again — they, and the clients sharing a
 * contact with them before or after (the agency rules make a client's counts depend on the others).
 * The whole book is counted once, when the background starts, a few hundred clients at a time.
 */
export class FindingCountsCache {
  /** The book the counts were judged against. */
  private book: readonly Client[] | undefined;
  private readonly counts = new Map<string, FindingCounts>();

  constructor(private readonly repository: ProfileRepository) {
    repository.onChange((change) => this.changed(change));
  }

  /** Each listed client's counts, judging those not judged against the book as it is now. */
  async countsOf(ids: readonly string[]): Promise<Map<string, FindingCounts>> {
    const book = await this.current();
    const byId = ids.some((id) => !this.counts.has(id)) ? new Map(book.map((client) => [client.id, client])) : undefined;
    const counted = new Map<string, FindingCounts>();
    for (const id of ids) {
      let counts = this.counts.get(id);
      const client = byId?.get(id);
      if (!counts && client) {
        counts = countFindings(checkProfile(client, { book, clientId: id }));
        this.counts.set(id, counts);
      }
      if (counts) counted.set(id, counts);
    }
    return counted;
  }

  /** Counts the whole book ahead of the first list that shows it, pausing between turns so the background still answers. */
  async countAll(): Promise<void> {
    let book = await this.current();
    let at = 0;
    while (at < book.length) {
      await pause();
      if (this.book !== book) {
        // The book changed meanwhile: counted against the book as it is now, those still counted skipped.
        book = await this.current();
        at = 0;
      }
      for (const client of book.slice(at, at + COUNTED_PER_TURN)) {
        if (!this.counts.has(client.id)) this.counts.set(client.id, countFindings(checkProfile(client, { book, clientId: client.id })));
      }
      at += COUNTED_PER_TURN;
    }
  }

  private async current(): Promise<readonly Client[]> {
    const book = await this.repository.allClients();
    if (book !== this.book) {
      this.counts.clear();
      this.book = book;
    }
    return book;
  }

  private changed({ before, after, changed, removed }: BookChange): void {
    if (!after || !before || before !== this.book || changed.length + removed.length > RECOUNTED_ONE_BY_ONE) {
      this.book = undefined;
      this.counts.clear();
      // An import or a restore: the book is in memory already, and counted now rather than when the list asks.
      if (after) this.countAll().catch((error: unknown) => console.error('beian-helper: counting the findings failed', error));
      return;
    }
    const touched = [...changed.map((client) => client.id), ...removed];
    const beforeById = new Map(before.map((client) => [client.id, client]));
    const affected = new Set(touched);
    for (const client of [...touched.map((id) => beforeById.get(id)), ...changed]) {
      if (client) for (const id of clientsSharingContacts(after, client)) affected.add(id);
    }
    for (const id of affected) this.counts.delete(id);
    this.book = after;
  }
}
