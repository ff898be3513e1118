import type { Handlers } from '../../messaging/server';
import type { BookLock } from '../../store/book-lock';
import type { lockMessages } from './messages';

export type LockHandlers = Pick<Handlers, keyof typeof lockMessages>;

export function lockHandlers(lock: BookLock): LockHandlers {
  return {
    lockStatus: () => lock.status(),
    encryptBook: ({ passphrase }) => lock.enable(passphrase),
    unlockBook: ({ passphrase }) => lock.unlock(passphrase),
    lockBook: () => lock.lock(),
    changePassphrase: ({ current, next }) => lock.changePassphrase(current, next),
    decryptBook: ({ passphrase }) => lock.disable(passphrase),
  };
}
