import { BookLock, type KeyStore } from '@/lib/store/book-lock';
import { BeianDatabase } from '@/lib/store/db';
import { ProfileRepository } from '@/lib/store/repository';
import { Quarantine } from '@/lib/store/quarantine';
import { bulkOpening } from '@/lib/store/bulk-opening';
import { sealingMiddleware } from '@/lib/store/sealing';
import { SwitchableSealing } from '@/lib/store/switchable-sealing';
import type { BookLockStatus } from '@/lib/model/book-lock';

/** PBKDF2 rounds for tests: the real 600,000 take a second each, and prove nothing more here. */
export const TEST_ITERATIONS = 1_000;

/**
 * A book with the background's sealing and lock, and everything the lock reaches outside it in
 * hand: the session's key store, the alarm, the clock, and what the open pages were told.
 */
export function lockableBook(
  name: string,
  options: {
    keyStore?: KeyStore & { value?: { keys: string; lockAt?: number } };
    autoLockMinutes?: number | (() => number);
  } = {},
) {
  const sealing = new SwitchableSealing();
  const db = new BeianDatabase(name);
  const quarantine = new Quarantine(db, sealing);
  db.use(sealingMiddleware(sealing, quarantine.noticed));
  const repository = new ProfileRepository(db, bulkOpening(sealing, quarantine.noticed));
  quarantine.onMoved(() => repository.forget());
  const clock = { now: 1_000_000 };
  const alarm: { at?: number } = {};
  const announced: BookLockStatus[] = [];
  const keyStore = options.keyStore ?? sessionKeyStore();
  const lock = new BookLock({
    db,
    sealing,
    repository,
    keyStore,
    timer: {
      schedule: async (at) => {
        alarm.at = at;
      },
      cancel: async () => {
        delete alarm.at;
      },
    },
    autoLockMinutes: async () => (typeof options.autoLockMinutes === 'function' ? options.autoLockMinutes() : (options.autoLockMinutes ?? 15)),
    changed: (status) => announced.push(status),
    iterations: TEST_ITERATIONS,
    now: () => clock.now,
  });
  return { db, sealing, quarantine, repository, lock, clock, alarm, announced, keyStore };
}

/** storage.session as the lock sees it: one value, in memory. */
export function sessionKeyStore(): KeyStore & {
  value?: { keys: string; lockAt?: number };
} {
  const store: KeyStore & { value?: { keys: string; lockAt?: number } } = {
    get: async () => store.value,
    set: async (value) => {
      store.value = value;
    },
    clear: async () => {
      delete store.value;
    },
  };
  return store;
}
