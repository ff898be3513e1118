import { i18n } from '#i18n';
import { useState } from 'react';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { ListCaptureRow, ListedFiling } from '@/lib/api/tab/messages';
import { FILING_STATUSES, labelOf } from '@/lib/model/codes';

/** A filing in one line: 已备案 33010602012345（2024-03-01 → 2024-03-08）. */
function filingText(filing: ListedFiling | undefined): string {
  if (!filing) return '—';
  const dates = [filing.appliedOn, filing.approvedOn].filter(Boolean).join(' → ');
  return [filing.status ? labelOf(FILING_STATUSES, filing.status) : '', filing.recordNumber ?? '', dates ? `（${dates}）` : ''].filter(Boolean).join(' ') || '—';
}

/**
 * 读取备案状态: the platform's lists of websites (审核中网站, 已备案网站 …) beside the book — each
 * website the list shows, what the book holds of its filing and what the list says; the person
 * ticks the ones to take, and only those websites change.
 */
export function ListCapturePanel({ tabId }: { tabId: number }) {
  const [rows, setRows] = useState<ListCaptureRow[]>();
  const [ticked, setTicked] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean }>();

  const compare = async () => {
    const preview = await send('previewListCapture', { tabId });
    setRows(preview.rows);
    setTicked(new Set(preview.rows.filter((row) => row.match && row.changed).map((row) => row.key)));
  };

  const read = async () => {
    setBusy(true);
    setStatus(undefined);
    try {
      await compare();
    } catch (error) {
      setStatus({ text: failureText(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const apply = async () => {
    setBusy(true);
    try {
      const { updated } = await send('applyListCapture', { tabId, keys: [...ticked] });
      setStatus({ text: i18n.t('lists.updated', [updated]), error: false });
      await compare();
    } catch (error) {
      setStatus({ text: failureText(error), error: true });
    } finally {
      setBusy(false);
    }
  };

  const toggle = (key: string, on: boolean) =>
    setTicked((current) => {
      const next = new Set(current);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });

  return (
    <section className="list-capture" aria-label={i18n.t('lists.title')}>
      <button type="button" className="secondary" disabled={busy} onClick={() => void read()}>
        {i18n.t('lists.read')}
      </button>
      {rows && rows.length === 0 && <p className="meta">{i18n.t('lists.none')}</p>}
      {rows && rows.length > 0 && (
        <>
          <table className="report">
            <thead>
              <tr>
                <th />
                <th>{i18n.t('lists.website')}</th>
                <th>{i18n.t('lists.inBook')}</th>
                <th>{i18n.t('lists.onPage')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.key} data-key={row.key} data-changed={row.changed}>
                  <td>
                    {row.match && row.changed && (
                      <input type="checkbox" aria-label={i18n.t('lists.take', [row.name ?? row.key])} checked={ticked.has(row.key)} onChange={(event) => toggle(row.key, event.target.checked)} />
                    )}
                  </td>
                  <td>
                    {row.name ?? row.match?.websiteName ?? ''} <span className="meta">{row.domain ?? ''}</span>
                    <br />
                    <span className="meta">{row.match ? row.match.clientName : row.ambiguous ? i18n.t('lists.ambiguous') : i18n.t('lists.notInBook')}</span>
                  </td>
                  <td>{filingText(row.match?.inBook)}</td>
                  <td className={row.changed ? 'status-filled' : undefined}>{row.changed || !row.match ? filingText(row.onPage) : i18n.t('lists.same')}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <button type="button" disabled={busy || ticked.size === 0} onClick={() => void apply()}>
            {i18n.t('lists.apply', [ticked.size])}
          </button>
        </>
      )}
      {status && (
        <p className={status.error ? 'status-failed' : 'status-filled'} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
    </section>
  );
}
