import { i18n } from '#i18n';
import { createContext, useContext, useEffect, useState, type FormEvent, type ReactNode } from 'react';
import { browser } from 'wxt/browser';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import { LockEventSchema } from '@/lib/api/events/messages';
import type { BookLockStatus } from '@/lib/model/book-lock';

const LockContext = createContext<{ status: BookLockStatus; setStatus: (status: BookLockStatus) => void } | undefined>(undefined);

/** The book's lock as the gate last heard it, and a way to tell it of a change made here (the settings). */
export function useBookLock() {
  const context = useContext(LockContext);
  if (!context) throw new Error('useBookLock outside a LockGate');
  return context;
}

/**
 * What an extension page shows of the book: nothing of it while the book is locked — an unlock
 * form instead — and the page itself once unlocked (or when the book is not encrypted). The
 * background says when the book locks (the idle time, or 立即锁定 elsewhere), and the page follows at once.
 */
export function LockGate({ children }: { children: ReactNode }) {
  const [status, setStatus] = useState<BookLockStatus>();
  const [failure, setFailure] = useState<string>();

  useEffect(() => {
    send('lockStatus', {}).then(setStatus, (error: unknown) => setFailure(failureText(error)));
    const listener = (message: unknown) => {
      const event = LockEventSchema.safeParse(message);
      if (event.success) setStatus(event.data.lock);
      return undefined;
    };
    browser.runtime.onMessage.addListener(listener);
    return () => browser.runtime.onMessage.removeListener(listener);
  }, []);

  if (failure) {
    return (
      <p className="status status-error" role="alert">
        {failure}
      </p>
    );
  }
  if (!status) return null;
  return <LockContext.Provider value={{ status, setStatus }}>{status.locked ? <UnlockForm onUnlocked={setStatus} /> : children}</LockContext.Provider>;
}

function UnlockForm({ onUnlocked }: { onUnlocked: (status: BookLockStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string>();

  const unlock = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    setProblem(undefined);
    try {
      onUnlocked(await send('unlockBook', { passphrase }));
    } catch (error) {
      setProblem(failureText(error));
      setBusy(false);
    }
  };

  return (
    <form className="card lock-form" aria-labelledby="lock-title" onSubmit={(event) => void unlock(event)}>
      <h2 id="lock-title">{i18n.t('lock.title')}</h2>
      <p className="meta">{i18n.t('lock.explain')}</p>
      <label>
        {i18n.t('lock.passphrase')} <input type="password" autoComplete="current-password" autoFocus value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
      </label>{' '}
      <button type="submit" className="primary" disabled={busy || !passphrase}>
        {busy ? i18n.t('lock.unlocking') : i18n.t('lock.unlock')}
      </button>
      {problem && (
        <p className="status status-error" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}

/** 立即锁定, where the book is encrypted and open. */
export function LockNowButton() {
  const { status, setStatus } = useBookLock();
  const [problem, setProblem] = useState<string>();
  if (!status.encrypted) return null;
  const lock = async () => {
    try {
      setStatus(await send('lockBook', {}));
    } catch (error) {
      setProblem(failureText(error));
    }
  };
  return (
    <>
      <button type="button" className="lock-now" onClick={() => void lock()}>
        {i18n.t('lock.lockNow')}
      </button>
      {problem && (
        <span className="status status-error" role="alert">
          {problem}
        </span>
      )}
    </>
  );
}
