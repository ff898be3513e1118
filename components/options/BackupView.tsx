import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { failureText, shapeMessageText } from '@/lib/i18n/messages';
import { AppError } from '@/lib/errors';
import { send } from '@/lib/messaging/client';
import type { BackupProblemData } from '@/lib/model/backup-file';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { channelHandoff, type FileHandoff } from '@/lib/messaging/files';
import { saveFile } from '../save-file';

const PROBLEM_TEXT: Record<string, () => string> = {
  'not-json': () => i18n.t('backup.problemNotJson'),
  'not-a-backup': () => i18n.t('backup.problemNotBackup'),
  'newer-version': () => i18n.t('backup.problemNewer'),
  'after-end': () => i18n.t('backup.problemAfterEnd'),
  'cut-short': () => i18n.t('backup.problemCutShort'),
  'counts-differ': () => i18n.t('backup.problemCounts'),
  'scan-missing': () => i18n.t('backup.problemScanMissing'),
  'unknown-line': () => i18n.t('backup.problemUnknownLine'),
  'not-sealed': () => i18n.t('backup.problemNotSealed'),
  'sealed-broken': () => i18n.t('backup.problemSealedBroken'),
};

function problemText(problem: BackupProblemData): string {
  return PROBLEM_TEXT[problem.message]?.() ?? shapeMessageText(problem.message) ?? problem.message;
}

const stamp = (at: number) => new Date(at).toLocaleString();
const megabytes = (bytes: number) => (bytes / 1e6).toFixed(1);

/** Where the backup file goes: a file the person chose, or (a browser without a save picker) the downloads. */
interface BackupTarget {
  /** Whether the file is saved for sure (a download is handed to the browser, which may still ask and be cancelled). */
  save(file: Blob): Promise<{ saved: boolean }>;
}

interface SaveFilePicker {
  showSaveFilePicker(options: { suggestedName: string; types: { description: string; accept: Record<string, string[]> }[] }): Promise<{
    createWritable(): Promise<WritableStream<Uint8Array>>;
  }>;
}

/**
 * Where the backup goes. With a save picker (Chrome, Edge) the person chooses the file first, and
 * the backup streams into it from the file the background handed over (kept on disk by the browser
 * when large): a cancelled choice is known — nothing is recorded as backed up. Without (Firefox)
 * the file goes to the downloads. `undefined`: the person cancelled the choice.
 */
async function backupTarget(name: string): Promise<BackupTarget | undefined> {
  const picker = (window as unknown as Partial<SaveFilePicker>).showSaveFilePicker;
  if (!picker) {
    return {
      save: async (file) => {
        saveFile([file], file.type, name);
        return { saved: false };
      },
    };
  }
  let handle;
  try {
    handle = await picker.call(window, { suggestedName: name, types: [{ description: i18n.t('backup.fileKind'), accept: { 'application/x-ndjson': ['.jsonl'] } }] });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return undefined;
    throw error;
  }
  const chosen = handle;
  return {
    save: async (file) => {
      await file.stream().pipeTo(await chosen.createWritable());
      return { saved: true };
    },
  };
}

/** The files this page hands to the background and receives from it (made once, on first use). */
let handoff: FileHandoff | undefined;
const files = () => (handoff ??= channelHandoff());

/** The whole book as a backup file, saved where the person chose; `undefined` when the person cancelled. */
async function writeBackup(): Promise<{ at: number; saved: boolean } | undefined> {
  const minute = new Date().toISOString().slice(0, 16).replace(/[-:T]/g, '');
  const target = await backupTarget(`beian-helper-backup-${minute}.jsonl`);
  if (!target) return undefined;
  // Listening before asking: a channel hears only what is sent after it opened.
  const mailbox = files();
  const { fileId, createdAt } = await send('backupFile', {});
  const { saved } = await target.save(await mailbox.received(fileId));
  await send('markBackedUp', { at: createdAt });
  return { at: createdAt, saved };
}

/** Hands a backup file to the background for its dry run; nothing is stored until the person restores. */
async function readBackup(file: File, restoreId: string, passphrase: string | undefined): Promise<void> {
  const fileId = crypto.randomUUID();
  files().hand(fileId, file);
  await send('restoreRead', { restoreId, fileId, ...(passphrase !== undefined ? { passphrase } : {}) });
}

/**
 * 备份与恢复: the book lives only in this browser — uninstalling the extension erases it. A backup
 * is one file; a restore reads it first and shows what it would change (a dry run), then stores it
 * in one go, or nothing.
 */
export function BackupView({ onRestored }: { onRestored: () => void }) {
  const [state, setState] = useState<ResponseOf<'backupState'>>();
  const [working, setWorking] = useState<string>();
  const [status, setStatus] = useState<{ text: string; error: boolean }>();
  const [preview, setPreview] = useState<{ restoreId: string; file: File; report: ResponseOf<'restorePreview'> }>();
  const [mode, setMode] = useState<'merge' | 'replace'>('merge');
  /** A sealed backup the book cannot open by itself: its passphrase is asked for, and the file read again with it. */
  const [sealedFile, setSealedFile] = useState<File>();
  const [passphrase, setPassphrase] = useState('');

  const refresh = () => send('backupState', {}).then(setState, (error: unknown) => setStatus({ text: failureText(error), error: true }));
  useEffect(() => void refresh(), []);

  const backup = async () => {
    setStatus(undefined);
    setWorking(i18n.t('backup.writing'));
    try {
      const written = await writeBackup();
      if (!written) setStatus({ text: i18n.t('backup.cancelled'), error: false });
      else setStatus({ text: i18n.t(written.saved ? 'backup.saved' : 'backup.written', [stamp(written.at)]), error: false });
      await refresh();
    } catch (error) {
      setStatus({ text: i18n.t('backup.failed', [failureText(error)]), error: true });
    } finally {
      setWorking(undefined);
    }
  };

  const choose = async (file: File, filePassphrase?: string) => {
    setStatus(undefined);
    setPreview(undefined);
    const restoreId = crypto.randomUUID();
    setWorking(i18n.t('backup.reading', [megabytes(file.size)]));
    try {
      await readBackup(file, restoreId, filePassphrase);
      setSealedFile(undefined);
      setPassphrase('');
      setPreview({ restoreId, file, report: await send('restorePreview', { restoreId }) });
    } catch (error) {
      const sealed = error instanceof AppError && (error.code === 'needs-passphrase' || error.code === 'wrong-passphrase');
      if (sealed) setSealedFile(file);
      setStatus({ text: sealed ? failureText(error) : i18n.t('backup.failed', [failureText(error)]), error: true });
    } finally {
      setWorking(undefined);
    }
  };

  const restore = async () => {
    if (!preview) return;
    setWorking(i18n.t('backup.restoring', [megabytes(preview.file.size)]));
    try {
      const outcome = await send('restoreCommit', { restoreId: preview.restoreId, mode });
      setStatus({ text: i18n.t('backup.restored', [outcome.restored, outcome.setAside]), error: false });
      setPreview(undefined);
      onRestored();
      await refresh();
    } catch (error) {
      setStatus({ text: i18n.t('backup.failed', [failureText(error)]), error: true });
    } finally {
      setWorking(undefined);
    }
  };

  const report = preview?.report;
  return (
    <section className="card backup" aria-labelledby="backup-title">
      <h2 id="backup-title">{i18n.t('backup.title')}</h2>
      <p>{i18n.t('backup.explain')}</p>
      {state && <p className="meta">{state.lastBackupAt ? i18n.t('backup.last', [stamp(state.lastBackupAt)]) : i18n.t('backup.never')}</p>}
      <div className="toolbar">
        <button type="button" className="primary" disabled={working !== undefined} onClick={() => void backup()}>
          {i18n.t('backup.save')}
        </button>
        <label className="file-button">
          {i18n.t('backup.choose')}
          <input type="file" accept=".jsonl,.json,application/x-ndjson" disabled={working !== undefined} onChange={(event) => event.target.files?.[0] && void choose(event.target.files[0])} />
        </label>
      </div>
      {sealedFile && (
        <form
          className="toolbar"
          aria-label={i18n.t('backup.passphraseTitle')}
          onSubmit={(event) => {
            event.preventDefault();
            void choose(sealedFile, passphrase);
          }}
        >
          <label>
            {i18n.t('backup.passphrase', [sealedFile.name])}{' '}
            <input type="password" autoComplete="off" value={passphrase} onChange={(event) => setPassphrase(event.target.value)} />
          </label>
          <button type="submit" disabled={!passphrase || working !== undefined}>
            {i18n.t('backup.passphraseGo')}
          </button>
        </form>
      )}
      {working && (
        <p className="meta" role="status">
          {working}
        </p>
      )}
      {status && (
        <p className={`status ${status.error ? 'status-error' : 'status-ok'}`} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      {report && preview && (
        <section className="restore-preview" aria-label={i18n.t('backup.previewTitle')}>
          <h3>{i18n.t('backup.previewTitle')}</h3>
          <p>{i18n.t('backup.previewCounts', [preview.file.name, report.counts.clients, report.counts.attachments, report.counts.mappings, report.createdAt ? stamp(report.createdAt) : '—'])}</p>
          {report.problemCount > 0 ? (
            <>
              <p className="status status-error" role="alert">
                {i18n.t('backup.problems', [report.problemCount])}
              </p>
              <table className="problems">
                <thead>
                  <tr>
                    <th>{i18n.t('backup.line')}</th>
                    <th>{i18n.t('backup.field')}</th>
                    <th>{i18n.t('backup.problem')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.problems.map((problem, index) => (
                    <tr key={index} data-line={problem.line}>
                      <td>{problem.line || '—'}</td>
                      <td>{problem.field ?? ''}</td>
                      <td>{problemText(problem)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          ) : (
            <>
              {report.replaced.length > 0 && <p>{i18n.t('backup.replaced', [report.replaced.join('、')])}</p>}
              <fieldset>
                <label>
                  <input type="radio" name="restore-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} /> {i18n.t('backup.merge', [report.onlyInBook.length])}
                </label>
                <label>
                  <input type="radio" name="restore-mode" checked={mode === 'replace'} onChange={() => setMode('replace')} /> {i18n.t('backup.replace', [report.onlyInBook.length])}
                </label>
              </fieldset>
              <button type="button" className="primary" disabled={working !== undefined} onClick={() => void restore()}>
                {i18n.t('backup.restore')}
              </button>
            </>
          )}
        </section>
      )}
    </section>
  );
}

/** Above everything in the options page while the book has changed since its last backup (or was never backed up). */
export function BackupReminder({ onOpen, refreshKey }: { onOpen: () => void; refreshKey: number }) {
  const [state, setState] = useState<ResponseOf<'backupState'>>();
  const [problem, setProblem] = useState<string>();
  useEffect(() => {
    send('backupState', {}).then(setState, (error: unknown) => setProblem(failureText(error)));
  }, [refreshKey]);
  if (problem) return <p className="status status-error" role="alert">{problem}</p>;
  if (!state || state.clients === 0) return null;
  if (state.lastBackupAt !== undefined && (state.bookChangedAt ?? 0) <= state.lastBackupAt) return null;
  return (
    <p className="status backup-reminder" role="note">
      {state.lastBackupAt ? i18n.t('backup.remindChanged', [stamp(state.lastBackupAt)]) : i18n.t('backup.remindNever')}{' '}
      <button type="button" onClick={onOpen}>
        {i18n.t('backup.open')}
      </button>
    </p>
  );
}
