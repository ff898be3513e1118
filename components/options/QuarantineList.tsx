import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'react';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { QuarantineSummary } from '@/lib/api/quarantine/messages';

const TABLE_KEYS = {
  clients: 'quarantine.client',
  websites: 'quarantine.website',
  attachments: 'quarantine.scan',
  trash: 'quarantine.trashEntry',
} as const;

/**
 * The rows of an encrypted book that no longer opened and were moved aside (issue 22 #3): shown
 * above every view while there are any, with the way back (restore the client from a backup,
 * which clears its entry) and the way out (delete for good). Nothing when there are none.
 */
export function QuarantineList({ refreshKey, onOpenBackup }: { refreshKey: number; onOpenBackup: () => void }) {
  const [entries, setEntries] = useState<QuarantineSummary[]>([]);
  const [problem, setProblem] = useState<string>();

  const refresh = useCallback(async () => {
    try {
      setEntries(await send('listQuarantine', {}));
    } catch (error) {
      setProblem(i18n.t('app.loadFailed', [failureText(error)]));
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh, refreshKey]);

  const discard = async (entry: QuarantineSummary) => {
    if (!window.confirm(i18n.t('quarantine.confirmDiscard'))) return;
    try {
      await send('discardQuarantined', { id: entry.id });
      setProblem(undefined);
    } catch (error) {
      setProblem(failureText(error));
    }
    await refresh();
  };

  if (problem) return <p className="status status-error" role="alert">{problem}</p>;
  if (entries.length === 0) return null;
  return (
    <section className="quarantine status status-error" aria-label={i18n.t('quarantine.title')}>
      <h2>{i18n.t('quarantine.title')}</h2>
      <p>{i18n.t('quarantine.explain', [entries.length])}</p>
      <ul>
        {entries.map((entry) => (
          <li key={entry.id} data-quarantined={entry.id}>
            <strong>{i18n.t(TABLE_KEYS[entry.table], [entry.clientName ?? i18n.t('quarantine.unknownClient')])}</strong>{' '}
            <span className="meta">
              {entry.rowId} · {i18n.t('quarantine.foundOn', [new Date(entry.foundAt).toLocaleString()])} · {entry.reason}
            </span>{' '}
            <button type="button" className="danger" onClick={() => void discard(entry)}>
              {i18n.t('quarantine.discard')}
            </button>
          </li>
        ))}
      </ul>
      <button type="button" className="primary" onClick={onOpenBackup}>
        {i18n.t('quarantine.fromBackup')}
      </button>
    </section>
  );
}
