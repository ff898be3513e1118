import { i18n } from '#i18n';
import { useCallback, useEffect, useState } from 'react';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { Mapping } from '@/lib/model/mapping';
import { pageById } from '@/lib/pages';
import { saveFile, today } from '../save-file';

const when = (time: number | undefined) => (time ? new Date(time).toLocaleString() : '—');
const fieldLabel = (pageId: string, path: string) => pageById(pageId)?.fields.find((field) => field.path === path)?.labels[0] ?? path;

/**
 * What the person taught the helper (指定), for every host: which control of which page is which
 * field, and which places are which pages. Deleted here, pointed at another field, exported to
 * share with colleagues and imported from them.
 */
export function MappingList() {
  const [mappings, setMappings] = useState<Mapping[]>();
  const [status, setStatus] = useState<{ text: string; error: boolean }>();

  const refresh = useCallback(async () => {
    try {
      setMappings(await send('listMappings', {}));
    } catch (error) {
      setStatus({ text: i18n.t('app.loadFailed', [failureText(error)]), error: true });
    }
  }, []);

  useEffect(() => {
    void refresh();
  }, [refresh]);

  const act = async (action: () => Promise<unknown>, done?: string) => {
    try {
      await action();
      setStatus(done ? { text: done, error: false } : undefined);
    } catch (error) {
      setStatus({ text: failureText(error), error: true });
    }
    await refresh();
  };

  const exportFile = () =>
    act(async () => {
      const file = await send('exportMappings', {});
      saveFile([JSON.stringify(file, null, 2)], 'application/json', `beian-helper-mappings-${today(file.exportedAt)}.json`);
    }, i18n.t('mappings.exported'));

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    let content: unknown;
    try {
      content = JSON.parse(await file.text());
    } catch {
      setStatus({ text: i18n.t('mappings.notJson', [file.name]), error: true });
      return;
    }
    try {
      const { added, known } = await send('importMappings', { file: content });
      setStatus({ text: i18n.t('mappings.imported', [added, known]), error: false });
    } catch (error) {
      setStatus({ text: i18n.t('mappings.importFailed', [file.name, failureText(error)]), error: true });
    }
    await refresh();
  };

  return (
    <section className="mappings" aria-label={i18n.t('mappings.title')}>
      <h2>{i18n.t('mappings.title')}</h2>
      <p className="meta">{i18n.t('mappings.explain')}</p>
      <div className="toolbar">
        <button type="button" onClick={() => void exportFile()} disabled={!mappings?.length}>
          {i18n.t('mappings.export')}
        </button>
        <label className="button">
          {i18n.t('mappings.import')}
          <input type="file" accept="application/json,.json" hidden onChange={(event) => void importFile(event.target.files?.[0])} />
        </label>
      </div>
      {status && (
        <p className={`status ${status.error ? 'status-error' : 'status-ok'}`} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      {mappings && mappings.length === 0 && <p className="empty">{i18n.t('mappings.none')}</p>}
      {mappings && mappings.length > 0 && (
        <table className="mapping-table">
          <thead>
            <tr>
              <th>{i18n.t('mappings.host')}</th>
              <th>{i18n.t('mappings.page')}</th>
              <th>{i18n.t('mappings.caption')}</th>
              <th>{i18n.t('mappings.field')}</th>
              <th>{i18n.t('mappings.created')}</th>
              <th>{i18n.t('mappings.lastUsed')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {mappings.map((mapping) => (
              <tr key={mapping.id} data-mapping={mapping.id}>
                <td>{mapping.host}</td>
                <td>{pageById(mapping.pageId)?.title ?? mapping.pageId}</td>
                <td>
                  {mapping.kind === 'field' ? `“${mapping.caption || '—'}”${mapping.position ? ` #${mapping.position + 1}` : ''}` : mapping.location}
                  {mapping.kind === 'field' && mapping.steps && <span className="meta">{i18n.t('mappings.shownHow', [mapping.steps.length])}</span>}
                  {mapping.kind === 'field' && mapping.missingSince && (
                    <span className="warning" role="note">
                      {i18n.t('mappings.missing', [when(mapping.missingSince)])}
                    </span>
                  )}
                </td>
                <td>
                  {mapping.kind === 'field' ? (
                    <select
                      aria-label={i18n.t('mappings.field')}
                      value={mapping.path}
                      onChange={(event) => void act(() => send('repointMapping', { id: mapping.id, path: event.target.value }), i18n.t('mappings.repointed'))}
                    >
                      {(pageById(mapping.pageId)?.fields ?? []).map((field) => (
                        <option key={field.path} value={field.path}>
                          {fieldLabel(mapping.pageId, field.path)}
                        </option>
                      ))}
                    </select>
                  ) : (
                    i18n.t('mappings.wholePage')
                  )}
                </td>
                <td>{when(mapping.createdAt)}</td>
                <td>{when(mapping.lastUsedAt)}</td>
                <td>
                  <button type="button" className="danger" onClick={() => void act(() => send('deleteMapping', { id: mapping.id }))}>
                    {i18n.t('mappings.delete')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
