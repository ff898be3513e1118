import { i18n } from '#i18n';
import { useMemo, useState } from 'react';
import { toCsv } from '@/lib/spreadsheet';
import { failureText, findingText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { CATALOGUE } from '@/lib/rules';
import { saveFile, today } from '../save-file';

type Row = ResponseOf<'bulkCheck'>['rows'][number];

/** Clients per message: the background judges them against the whole book meanwhile, and the bar moves. */
const SLICE = 250;

const SEVERITY_TEXT = { error: () => i18n.t('findings.error'), warn: () => i18n.t('findings.warn'), info: () => i18n.t('findings.info') };

/** The to-do list as a spreadsheet: every finding a line. */
function findingsCsv(rows: readonly Row[]): string {
  const lines = rows.flatMap((row) =>
    row.findings.map((finding) => [row.displayName, row.tags.join('、'), SEVERITY_TEXT[finding.severity](), finding.ruleId, finding.path, findingText(finding.message)]),
  );
  return toCsv([i18n.t('bulk.client'), i18n.t('bulk.tags'), i18n.t('bulk.severity'), i18n.t('bulk.rule'), i18n.t('bulk.field'), i18n.t('bulk.message')], lines);
}

/**
 * 批量检查: the rules over the whole book — the agency's to-do list before a filing day — clients
 * with the most errors first, filtered by rule and tag, and exported as CSV.
 */
export function BulkCheck({ onOpen }: { onOpen: (clientId: string) => void }) {
  const [rows, setRows] = useState<Row[]>();
  const [progress, setProgress] = useState<{ done: number; total: number }>();
  const [problem, setProblem] = useState<string>();
  const [rule, setRule] = useState('');
  const [tag, setTag] = useState('');
  const [withErrorsOnly, setWithErrorsOnly] = useState(false);

  const run = async () => {
    setProblem(undefined);
    setRows(undefined);
    const found: Row[] = [];
    let offset: number | undefined = 0;
    try {
      while (offset !== undefined) {
        const slice: ResponseOf<'bulkCheck'> = await send('bulkCheck', { offset, limit: SLICE });
        found.push(...slice.rows);
        setProgress({ done: found.length, total: slice.total });
        offset = slice.next;
      }
      setRows(found);
    } catch (error) {
      setProblem(failureText(error));
    } finally {
      setProgress(undefined);
    }
  };

  const rulesFound = useMemo(() => CATALOGUE.filter((meta) => rows?.some((row) => row.findings.some((finding) => finding.ruleId === meta.id))), [rows]);
  const tagsFound = useMemo(() => [...new Set(rows?.flatMap((row) => row.tags))].sort(), [rows]);
  const shown = useMemo(
    () =>
      (rows ?? [])
        .filter((row) => (!rule || row.findings.some((finding) => finding.ruleId === rule)) && (!tag || row.tags.includes(tag)) && (!withErrorsOnly || row.counts.error > 0))
        .sort((a, b) => b.counts.error - a.counts.error || b.counts.warn - a.counts.warn || a.displayName.localeCompare(b.displayName, 'zh-Hans-CN')),
    [rows, rule, tag, withErrorsOnly],
  );

  const exportCsv = () => {
    saveFile([findingsCsv(shown)], 'text/csv;charset=utf-8', `beian-helper-check-${today()}.csv`);
  };

  return (
    <section className="card bulk-check" aria-labelledby="bulk-title">
      <h2 id="bulk-title">{i18n.t('bulk.title')}</h2>
      <p>{i18n.t('bulk.explain')}</p>
      <div className="toolbar">
        <button type="button" className="primary" disabled={progress !== undefined} onClick={() => void run()}>
          {i18n.t('bulk.run')}
        </button>
        {rows && (
          <button type="button" disabled={shown.every((row) => row.findings.length === 0)} onClick={exportCsv}>
            {i18n.t('bulk.export')}
          </button>
        )}
      </div>
      {progress && (
        <p role="status">
          <progress value={progress.done} max={progress.total} /> {i18n.t('bulk.progress', [progress.done, progress.total])}
        </p>
      )}
      {problem && (
        <p className="status status-error" role="alert">
          {problem}
        </p>
      )}
      {rows && (
        <>
          <div className="toolbar filters">
            <label>
              {i18n.t('bulk.rule')}
              <select value={rule} onChange={(event) => setRule(event.target.value)}>
                <option value="">{i18n.t('bulk.any')}</option>
                {rulesFound.map((meta) => (
                  <option key={meta.id} value={meta.id}>
                    {meta.id} {findingText(meta.title)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {i18n.t('bulk.tags')}
              <select value={tag} onChange={(event) => setTag(event.target.value)}>
                <option value="">{i18n.t('bulk.any')}</option>
                {tagsFound.map((name) => (
                  <option key={name} value={name}>
                    {name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              <input type="checkbox" checked={withErrorsOnly} onChange={(event) => setWithErrorsOnly(event.target.checked)} /> {i18n.t('bulk.errorsOnly')}
            </label>
          </div>
          <p className="meta" data-testid="bulk-summary">
            {i18n.t('bulk.summary', [rows.length, rows.filter((row) => row.counts.error > 0).length, shown.length])}
          </p>
          <table className="bulk-rows">
            <thead>
              <tr>
                <th>{i18n.t('bulk.client')}</th>
                <th>{i18n.t('bulk.tags')}</th>
                <th>{i18n.t('findings.error')}</th>
                <th>{i18n.t('findings.warn')}</th>
                <th>{i18n.t('bulk.rule')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((row) => (
                <tr key={row.clientId} data-client={row.clientId}>
                  <td>
                    <button type="button" className="link" onClick={() => onOpen(row.clientId)}>
                      {row.displayName}
                    </button>
                  </td>
                  <td>{row.tags.join('、')}</td>
                  <td className={row.counts.error ? 'status-error' : ''}>{row.counts.error}</td>
                  <td>{row.counts.warn}</td>
                  <td className="rule-ids">{[...new Set(row.findings.map((finding) => finding.ruleId))].join(' ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}
