import { i18n } from '#i18n';
import { useEffect, useRef, useState } from 'react';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { ClientSummary } from '@/lib/model/summaries';
import type { ResponseOf } from '@/lib/messaging/protocol';

type Preview = ResponseOf<'previewCapture'>;

/** The website a capture goes into: the one the background matched, one the person picked, or a new one. */
type WebsiteTarget = { kind: 'matched' } | { kind: 'chosen'; id: string } | { kind: 'new' };

/**
 * 把本页存入客户资料: what the page holds, field by field beside what a client of the book holds;
 * the person ticks what to take, and only that is saved — into the client, or a new one.
 */
export function CapturePanel({ tabId, clients, preferredClient }: { tabId: number; clients: readonly ClientSummary[]; preferredClient?: string }) {
  const [clientId, setClientId] = useState(preferredClient ?? clients[0]?.id ?? '');
  const [websiteTarget, setWebsiteTarget] = useState<WebsiteTarget>({ kind: 'matched' });
  const [websites, setWebsites] = useState<{ id: string; label: string }[]>([]);
  const [preview, setPreview] = useState<Preview>();
  const [approved, setApproved] = useState<Set<string>>(new Set());
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState<string>();
  const [problem, setProblem] = useState<string>();
  /** The latest comparison asked for: an earlier one answering late is not shown. */
  const asked = useRef(0);

  const compare = async () => {
    setProblem(undefined);
    const run = ++asked.current;
    try {
      const next = await send('previewCapture', {
        tabId,
        ...(clientId ? { clientId } : {}),
        ...(websiteTarget.kind === 'chosen' ? { websiteId: websiteTarget.id } : {}),
        ...(websiteTarget.kind === 'new' ? { newWebsite: true } : {}),
      });
      if (run !== asked.current) return;
      setPreview(next);
      setApproved(new Set(next.rows.filter((row) => !row.same && row.onPage !== '').map((row) => row.field)));
    } catch (error) {
      if (run !== asked.current) return;
      setPreview(undefined);
      setProblem(failureText(error));
    }
  };

  const chooseClient = (id: string) => {
    setClientId(id);
    setWebsiteTarget({ kind: 'matched' });
  };

  useEffect(() => {
    setSaved(undefined);
    void compare();
  }, [clientId, websiteTarget]);

  useEffect(() => {
    if (!clientId) {
      setWebsites([]);
      return;
    }
    send('getClient', { id: clientId }).then(
      (client) => setWebsites(client.websites.map((website) => ({ id: website.id, label: `${website.name} · ${website.domain}` }))),
      (error: unknown) => setProblem(failureText(error)),
    );
  }, [clientId]);

  const save = async () => {
    if (!preview?.document) return;
    setBusy(true);
    setProblem(undefined);
    try {
      const fields = [...approved];
      const seen = Object.fromEntries(preview.rows.filter((row) => approved.has(row.field)).map((row) => [row.field, row.onPage]));
      const client = await send('applyCapture', {
        tabId,
        ...(clientId ? { clientId } : {}),
        ...(preview.websiteId ? { websiteId: preview.websiteId } : {}),
        fields,
        seen,
        document: preview.document,
      });
      if (!clientId) chooseClient(client.id);
      else await compare();
      setSaved(i18n.t('capture.saved', [fields.length, client.displayName]));
    } catch (error) {
      setProblem(failureText(error));
    } finally {
      setBusy(false);
    }
  };

  const toggle = (field: string, on: boolean) =>
    setApproved((current) => {
      const next = new Set(current);
      if (on) next.add(field);
      else next.delete(field);
      return next;
    });

  const websiteValue = websiteTarget.kind === 'new' ? 'new' : (preview?.websiteId ?? 'new');
  const showsSubject = preview?.rows.some((row) => row.field.startsWith('subject.')) ?? false;

  return (
    <section className="capture" aria-label={i18n.t('capture.title')}>
      <h2>{i18n.t('capture.title')}</h2>
      <p className="meta">{i18n.t('capture.explain')}</p>
      <label>
        {i18n.t('capture.client')}
        <select value={clientId} onChange={(event) => chooseClient(event.target.value)}>
          {showsSubject && <option value="">{i18n.t('capture.newClient')}</option>}
          {clients.map((client) => (
            <option key={client.id} value={client.id}>
              {client.displayName}
            </option>
          ))}
        </select>
      </label>
      {preview?.showsWebsite && clientId && (
        <label>
          {i18n.t('capture.website')}
          <select value={websiteValue} onChange={(event) => setWebsiteTarget(event.target.value === 'new' ? { kind: 'new' } : { kind: 'chosen', id: event.target.value })}>
            {websites.map((website) => (
              <option key={website.id} value={website.id}>
                {website.label}
              </option>
            ))}
            <option value="new">{i18n.t('capture.newWebsite')}</option>
          </select>
        </label>
      )}
      {preview && preview.rows.length === 0 && <p className="meta">{i18n.t('capture.nothing')}</p>}
      {preview && preview.rows.length > 0 && (
        <table className="report capture-rows">
          <thead>
            <tr>
              <th />
              <th>{i18n.t('capture.field')}</th>
              <th>{i18n.t('capture.inBook')}</th>
              <th>{i18n.t('capture.onPage')}</th>
            </tr>
          </thead>
          <tbody>
            {preview.rows.map((row) => (
              <tr key={row.field} data-field={row.field} data-same={row.same}>
                <td>
                  {row.same ? (
                    <span className="meta">{i18n.t('capture.same')}</span>
                  ) : (
                    <input type="checkbox" aria-label={row.caption} checked={approved.has(row.field)} onChange={(event) => toggle(row.field, event.target.checked)} style={{ width: 'auto' }} />
                  )}
                </td>
                <td>{row.caption}</td>
                <td>{row.inBook}</td>
                <td>{row.onPage}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" disabled={busy || approved.size === 0} onClick={() => void save()}>
        {i18n.t('capture.save', [approved.size])}
      </button>
      {saved && <p className="status-filled" role="status">{saved}</p>}
      {problem && <p className="status-failed" role="alert">{problem}</p>}
    </section>
  );
}
