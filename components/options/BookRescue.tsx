import { i18n } from '#i18n';
import { useEffect, useState } from 'react';
import { failureText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { RawCursor } from '@/lib/model/rescue';
import { saveFile, today } from '../save-file';

/** The whole database as stored, slice by slice, as one JSON file built from parts (it may be large). */
async function saveRawBook(): Promise<number> {
  const tables = new Map<string, string[]>();
  let cursor: RawCursor | undefined;
  let version = 0;
  let rows = 0;
  do {
    const chunk = await send('exportRawBook', cursor ? { cursor } : {});
    version = chunk.version;
    const parts = tables.get(chunk.table) ?? [];
    for (const row of chunk.rows) parts.push(JSON.stringify(row));
    rows += chunk.rows.length;
    tables.set(chunk.table, parts);
    cursor = chunk.next;
  } while (cursor);
  const body: string[] = [`{"format":"beian-helper/raw-database","version":${version},"exportedAt":${Date.now()},"tables":{`];
  [...tables].forEach(([table, parts], index) => {
    body.push(`${index ? ',' : ''}${JSON.stringify(table)}:[`);
    parts.forEach((part, row) => body.push(row ? `,${part}` : part));
    body.push(']');
  });
  body.push('}}');
  saveFile(body, 'application/json', `beian-helper-raw-${today()}.json`);
  return rows;
}

/**
 * Shown when the book cannot be opened (a schema upgrade failed): the old database is intact,
 * and the person can take its raw contents away as a file before anything else is tried.
 */
export function BookRescue() {
  const [broken, setBroken] = useState<string>();
  const [status, setStatus] = useState<{ text: string; error: boolean }>();

  useEffect(() => {
    void send('bookHealth', {}).then(
      (health) => setBroken(health.ok ? undefined : health.error),
      (error: unknown) => setBroken(failureText(error)),
    );
  }, []);

  if (broken === undefined) return null;
  const save = async () => {
    setStatus({ text: i18n.t('rescue.saving'), error: false });
    try {
      setStatus({ text: i18n.t('rescue.saved', [await saveRawBook()]), error: false });
    } catch (error) {
      setStatus({ text: i18n.t('rescue.failed', [failureText(error)]), error: true });
    }
  };
  return (
    <section className="card rescue" role="alert" aria-label={i18n.t('rescue.title')}>
      <h2>{i18n.t('rescue.title')}</h2>
      <p>{i18n.t('rescue.explain')}</p>
      <p className="meta">{broken}</p>
      <button type="button" className="primary" onClick={() => void save()}>
        {i18n.t('rescue.save')}
      </button>
      {status && <p className={`status ${status.error ? 'status-error' : 'status-ok'}`}>{status.text}</p>}
    </section>
  );
}
