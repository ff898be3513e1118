import { i18n } from '#i18n';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useBookLock } from '@/components/lock/LockGate';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import { MIN_PASSPHRASE_LENGTH, type BookLockStatus } from '@/lib/model/book-lock';

/** Why a new passphrase (typed twice) is not taken, before the background is asked; none when it is fine. */
function newPassphraseProblem(passphrase: string, again: string): string | undefined {
  if ([...passphrase].length < MIN_PASSPHRASE_LENGTH) return i18n.t('encryption.tooShort', [MIN_PASSPHRASE_LENGTH]);
  if (passphrase !== again) return i18n.t('encryption.mismatch');
  return undefined;
}

/** A form whose submission asks the background, says it is working, and says what came of it. */
function PassphraseForm({ label, working, check, submit, children }: { label: string; working: string; check: () => string | undefined; submit: () => Promise<string>; children: ReactNode }) {
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string }>();
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problem = check();
    if (problem) {
      setOutcome({ ok: false, text: problem });
      return;
    }
    setBusy(true);
    setOutcome(undefined);
    try {
      setOutcome({ ok: true, text: await submit() });
    } catch (error) {
      setOutcome({ ok: false, text: failureText(error) });
    } finally {
      setBusy(false);
    }
  };
  return (
    <form className="passphrase-form" aria-label={label} onSubmit={(event) => void onSubmit(event)}>
      {children}
      <button type="submit" disabled={busy}>
        {busy ? working : label}
      </button>
      {outcome && (
        <p className={`status ${outcome.ok ? 'status-ok' : 'status-error'}`} role={outcome.ok ? 'status' : 'alert'}>
          {outcome.text}
        </p>
      )}
    </form>
  );
}

function PassphraseInput({ label, value, onChange, isNew = false }: { label: string; value: string; onChange: (value: string) => void; isNew?: boolean }) {
  return (
    <label className="setting">
      {label} <input type="password" autoComplete={isNew ? 'new-password' : 'current-password'} value={value} onChange={(event) => onChange(event.target.value)} />
    </label>
  );
}

/** 加密保存: encrypt the book with a passphrase, change it, or decrypt the book again. */
/** `children`: what else the settings ask of an encrypted book (its idle time), shown under its status. */
export function EncryptionSettings({ children }: { children?: ReactNode }) {
  const { status, setStatus } = useBookLock();
  const [passphrase, setPassphrase] = useState('');
  const [again, setAgain] = useState('');
  const [current, setCurrent] = useState('');

  const done = (next: BookLockStatus, text: string) => {
    setPassphrase('');
    setAgain('');
    setCurrent('');
    setStatus(next);
    return text;
  };

  return (
    <section aria-labelledby="encryption-title">
      <h3 id="encryption-title">{i18n.t('encryption.title')}</h3>
      <p className="meta">{status.encrypted ? i18n.t('encryption.on') : i18n.t('encryption.plain')}</p>
      <p className="meta">{i18n.t('encryption.explain')}</p>
      <p className="meta">{i18n.t('encryption.forget')}</p>
      {status.encrypted && children}
      {!status.encrypted ? (
        <PassphraseForm
          label={i18n.t('encryption.enable')}
          working={i18n.t('encryption.enabling')}
          check={() => newPassphraseProblem(passphrase, again)}
          submit={async () => done(await send('encryptBook', { passphrase }), i18n.t('encryption.enabled'))}
        >
          <PassphraseInput label={i18n.t('encryption.passphrase', [MIN_PASSPHRASE_LENGTH])} value={passphrase} onChange={setPassphrase} isNew />
          <PassphraseInput label={i18n.t('encryption.confirm')} value={again} onChange={setAgain} isNew />
        </PassphraseForm>
      ) : (
        <>
          <PassphraseForm
            label={i18n.t('encryption.change')}
            working={i18n.t('encryption.changing')}
            check={() => (current ? newPassphraseProblem(passphrase, again) : i18n.t('encryption.currentMissing'))}
            submit={async () => done(await send('changePassphrase', { current, next: passphrase }), i18n.t('encryption.changed'))}
          >
            <PassphraseInput label={i18n.t('encryption.current')} value={current} onChange={setCurrent} />
            <PassphraseInput label={i18n.t('encryption.next', [MIN_PASSPHRASE_LENGTH])} value={passphrase} onChange={setPassphrase} isNew />
            <PassphraseInput label={i18n.t('encryption.confirm')} value={again} onChange={setAgain} isNew />
          </PassphraseForm>
          <DecryptForm onDone={(next) => done(next, '')} />
        </>
      )}
    </section>
  );
}

function DecryptForm({ onDone }: { onDone: (status: BookLockStatus) => void }) {
  const [passphrase, setPassphrase] = useState('');
  return (
    <PassphraseForm
      label={i18n.t('encryption.disable')}
      working={i18n.t('encryption.disabling')}
      check={() => (passphrase ? undefined : i18n.t('encryption.currentMissing'))}
      submit={async () => {
        onDone(await send('decryptBook', { passphrase }));
        return i18n.t('encryption.disabled');
      }}
    >
      <PassphraseInput label={i18n.t('encryption.current')} value={passphrase} onChange={setPassphrase} />
    </PassphraseForm>
  );
}
