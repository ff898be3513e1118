import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'react';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { TrashSummary } from '@/lib/model/summaries';

const day = (time: number) => new Date(time).toLocaleDateString();

/**
 * The 回收站: clients deleted, or set aside when the samples were installed over them, kept
 * whole for 30 days. Each comes back with its websites and scans, or goes for good.
 */
export function TrashList({ onRestore }: { onRestore: (entryId: string) => Promise<void> }) {
  const [entries, setEntries] = useState<TrashSummary[]>();
  const [status, setStatus] = useState<string>();

  const refresh = useCallback(async () => {
    try {
      setEntries(await send('listTrash', {}));
    } catch (error) {
      setStatus(i18n.t('app.loadFailed', [failureText(error)]));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const deleteForever = async (entry: TrashSummary) => {
    if (!window.confirm(i18n.t('trash.confirmForever', [entry.displayName]))) return;
    try {
      await send('deleteForever', { id: entry.id });
      setStatus(undefined);
    } catch (error) {
      setStatus(failureText(error));
    }
    await refresh();
  };

  return (
    <section className="trash" aria-label={i18n.t('trash.title')}>
      <h2>{i18n.t('trash.title')}</h2>
      <p className="meta">{i18n.t('trash.explain')}</p>
      {status && (
        <p className="status status-error" role="alert">
          {status}
        </p>
      )}
      {entries && entries.length === 0 && <p className="empty">{i18n.t('trash.none')}</p>}
      {entries && entries.length > 0 && (
        <ul className="trash-list">
          {entries.map((entry) => (
            <li key={entry.id} data-trash={entry.clientId}>
              <strong>{entry.displayName}</strong> <span className="meta">{[entry.subjectName, ...entry.domains].filter(Boolean).join(' · ')}</span>
              <br />
              <span className="meta">
                {i18n.t(entry.reason === 'replaced' ? 'trash.replacedOn' : 'trash.deletedOn', [day(entry.deletedAt)])} · {i18n.t('trash.scans', [entry.scans])} ·{' '}
                {i18n.t('trash.purgeOn', [day(entry.purgeAt)])}
              </span>{' '}
              <button type="button" className="primary" onClick={() => void onRestore(entry.id)}>
                {i18n.t('trash.restore')}
              </button>{' '}
              <button type="button" className="danger" onClick={() => void deleteForever(entry)}>
                {i18n.t('trash.deleteForever')}
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
