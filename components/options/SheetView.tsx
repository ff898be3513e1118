import { i18n } from '#i18n';
import { useState } from 'react';
import { failureText, findingText, shapeMessageText } from '@/lib/i18n/messages';
import { send } from '@/lib/messaging/client';
import type { ImportAction, ImportProblem } from '@/lib/api/import/messages';
import type { ResponseOf } from '@/lib/messaging/protocol';
import { SHEET_COLUMNS } from '@/lib/model/sheet';
import { readSpreadsheet, SheetFileError, toCsv, toXlsx, type SheetFile } from '@/lib/spreadsheet';
import { saveFile, today } from '../save-file';

/** Rows sent to the background per message while a sheet is read: well under the browser's message limit. */
const ROWS_PER_MESSAGE = 1_000;
const TEMPLATE_HEADER = SHEET_COLUMNS.map((column) => column.header);
const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

type Format = 'csv' | 'xlsx';
type DuplicateAction = Exclude<ImportAction, 'add'>;
type Preview = ResponseOf<'importPreview'>;

const ACTION_TEXT: Record<ImportAction, () => string> = {
  add: () => i18n.t('sheet.actionAdd'),
  skip: () => i18n.t('sheet.actionSkip'),
  replace: () => i18n.t('sheet.actionReplace'),
  merge: () => i18n.t('sheet.actionMerge'),
};
const DUPLICATE_ACTIONS: readonly DuplicateAction[] = ['skip', 'merge', 'replace'];

const MATCH_TEXT = {
  'unit-cert': () => i18n.t('sheet.matchUnitCert'),
  'person-cert': () => i18n.t('sheet.matchPersonCert'),
  domain: () => i18n.t('sheet.matchDomain'),
};

const CELL_TEXT: Record<string, () => string> = {
  'sheet.formula': () => i18n.t('sheet.problemFormula'),
  'sheet.choice': () => i18n.t('sheet.problemChoice'),
  'sheet.yesNo': () => i18n.t('sheet.problemYesNo'),
  'sheet.date': () => i18n.t('sheet.problemDate'),
  'sheet.region': () => i18n.t('sheet.problemRegion'),
  'sheet.numberLostDigits': () => i18n.t('sheet.problemNumberLostDigits'),
  'sheet.conflict': () => i18n.t('sheet.problemConflict'),
  'sheet.sameClient': () => i18n.t('sheet.problemSameClient'),
  'sheet.duplicateColumn': () => i18n.t('sheet.problemDuplicateColumn'),
  'sheet.missingColumns': () => i18n.t('sheet.problemMissingColumns'),
};

function problemText(problem: ImportProblem): string {
  if (problem.finding) return `${problem.message} ${findingText(problem.finding)}`;
  return CELL_TEXT[problem.message]?.() ?? shapeMessageText(problem.message) ?? problem.message;
}

const FILE_TEXT: Record<SheetFileError['problem'], (row?: number) => string> = {
  tooLarge: () => i18n.t('sheet.fileTooLarge'),
  oldExcel: () => i18n.t('sheet.fileOldExcel'),
  notSpreadsheet: () => i18n.t('sheet.fileNotSpreadsheet'),
  encoding: () => i18n.t('sheet.fileEncoding'),
  quotes: (row) => i18n.t('sheet.fileQuotes', [row ?? 0]),
  xlsx: () => i18n.t('sheet.fileXlsx'),
  empty: () => i18n.t('sheet.fileEmpty'),
};

const readFailureText = (error: unknown) => (error instanceof SheetFileError ? FILE_TEXT[error.problem](error.row) : failureText(error));

async function saveSheet(format: Format, header: readonly string[], rows: readonly (readonly string[])[], name: string) {
  if (format === 'csv') saveFile([toCsv(header, rows)], 'text/csv;charset=utf-8', `${name}.csv`);
  else saveFile([await toXlsx(header, rows, i18n.t('sheet.sheetName'))], XLSX_TYPE, `${name}.xlsx`);
}

/** The book as spreadsheet rows, in the options list's order, slice by slice. */
async function bookRows(onProgress: (done: number, total: number) => void): Promise<{ header: string[]; rows: string[][]; clients: number }> {
  let header: string[] = TEMPLATE_HEADER;
  const rows: string[][] = [];
  let offset: number | undefined = 0;
  let clients = 0;
  while (offset !== undefined) {
    const slice: ResponseOf<'exportSheet'> = await send('exportSheet', { offset, limit: 500 });
    header = slice.header;
    rows.push(...slice.rows);
    clients = slice.next ?? slice.total;
    onProgress(clients, slice.total);
    offset = slice.next;
  }
  return { header, rows, clients };
}

/** Sends a read sheet to the background in slices; nothing is stored until the person imports. */
async function stageSheet(sheet: SheetFile, importId: string, onProgress: (rows: number) => void) {
  for (let start = 0; start < sheet.rows.length || start === 0; start += ROWS_PER_MESSAGE) {
    await send('importRead', { importId, ...(start === 0 ? { header: sheet.header } : {}), rows: sheet.rows.slice(start, start + ROWS_PER_MESSAGE) });
    onProgress(Math.min(start + ROWS_PER_MESSAGE, sheet.rows.length));
  }
}

/**
 * 表格导入导出: the template, the book as CSV or XLSX, and an import that is a dry run first — every
 * row's problems and every client the book already holds, each skipped, merged or replaced as the
 * person says — then stored in one go, or not at all.
 */
export function SheetView({ onImported }: { onImported: () => void }) {
  const [working, setWorking] = useState<{ text: string; done?: number; total?: number }>();
  const [status, setStatus] = useState<{ text: string; error: boolean }>();
  const [staged, setStaged] = useState<{ importId: string; file: string; encoding: string }>();
  const [preview, setPreview] = useState<Preview>();
  const [defaultAction, setDefaultAction] = useState<DuplicateAction>('skip');
  const [actions, setActions] = useState<Record<string, DuplicateAction>>({});

  const run = async (work: () => Promise<void>) => {
    setStatus(undefined);
    try {
      await work();
    } catch (error) {
      setStatus({ text: i18n.t('sheet.failed', [readFailureText(error)]), error: true });
    } finally {
      setWorking(undefined);
    }
  };

  const exportBook = (format: Format) =>
    run(async () => {
      const { header, rows, clients } = await bookRows((done, total) => setWorking({ text: i18n.t('sheet.exporting', [done, total]), done, total }));
      await saveSheet(format, header, rows, `beian-helper-clients-${today()}`);
      setStatus({ text: i18n.t('sheet.exported', [clients]), error: false });
    });

  const dryRun = async (importId: string, nextDefault: DuplicateAction, nextActions: Record<string, DuplicateAction>) => {
    setWorking({ text: i18n.t('sheet.judging') });
    setPreview(await send('importPreview', { importId, actions: nextActions, defaultAction: nextDefault }));
  };

  const choose = (file: File) =>
    run(async () => {
      setPreview(undefined);
      setStaged(undefined);
      setActions({});
      setWorking({ text: i18n.t('sheet.reading', [file.name]) });
      const sheet = await readSpreadsheet(file);
      const importId = crypto.randomUUID();
      await stageSheet(sheet, importId, (done) => setWorking({ text: i18n.t('sheet.sending', [done, sheet.rows.length]), done, total: sheet.rows.length }));
      setStaged({ importId, file: file.name, encoding: sheet.encoding });
      await dryRun(importId, defaultAction, {});
    });

  const decide = (nextDefault: DuplicateAction, nextActions: Record<string, DuplicateAction>) =>
    run(async () => {
      setDefaultAction(nextDefault);
      setActions(nextActions);
      if (staged) await dryRun(staged.importId, nextDefault, nextActions);
    });

  const commit = () =>
    run(async () => {
      if (!staged) return;
      setWorking({ text: i18n.t('sheet.importing') });
      const outcome = await send('importCommit', { importId: staged.importId, actions, defaultAction });
      setStatus({ text: i18n.t('sheet.imported', [outcome.added, outcome.merged, outcome.replaced, outcome.skipped, outcome.bad]), error: false });
      setPreview(undefined);
      setStaged(undefined);
      onImported();
    });

  const importable = preview ? preview.counts.add + preview.counts.merge + preview.counts.replace : 0;
  return (
    <section className="card sheet-view" aria-labelledby="sheet-title">
      <h2 id="sheet-title">{i18n.t('sheet.title')}</h2>
      <p>{i18n.t('sheet.explain')}</p>
      <div className="toolbar">
        <label className="file-button primary">
          {i18n.t('sheet.choose')}
          <input type="file" accept=".csv,.txt,.xlsx,text/csv,text/plain,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" disabled={working !== undefined} onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void choose(file);
          }} />
        </label>
        <button type="button" disabled={working !== undefined} onClick={() => void run(() => saveSheet('xlsx', TEMPLATE_HEADER, [], 'beian-helper-template'))}>
          {i18n.t('sheet.templateXlsx')}
        </button>
        <button type="button" disabled={working !== undefined} onClick={() => void run(() => saveSheet('csv', TEMPLATE_HEADER, [], 'beian-helper-template'))}>
          {i18n.t('sheet.templateCsv')}
        </button>
        <button type="button" disabled={working !== undefined} onClick={() => void exportBook('xlsx')}>
          {i18n.t('sheet.exportXlsx')}
        </button>
        <button type="button" disabled={working !== undefined} onClick={() => void exportBook('csv')}>
          {i18n.t('sheet.exportCsv')}
        </button>
      </div>
      <p className="meta">{i18n.t('sheet.noScans')}</p>
      {working && (
        <p className="meta" role="status">
          <progress {...(working.total ? { value: working.done ?? 0, max: working.total } : {})} /> {working.text}
        </p>
      )}
      {status && (
        <p className={`status ${status.error ? 'status-error' : 'status-ok'}`} role={status.error ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      {preview && staged && (
        <section className="import-preview" aria-label={i18n.t('sheet.previewTitle')}>
          <h3>{i18n.t('sheet.previewTitle')}</h3>
          <p data-testid="import-counts">
            {i18n.t('sheet.previewCounts', [staged.file, staged.encoding.toUpperCase(), preview.counts.rows, preview.counts.clients, preview.counts.add, preview.counts.merge, preview.counts.replace, preview.counts.skip, preview.counts.bad])}
          </p>
          {preview.unknownHeaders.length > 0 && <p className="status">{i18n.t('sheet.unknownHeaders', [preview.unknownHeaders.join('、')])}</p>}
          {preview.fileProblems.length > 0 ? (
            <ul className="status status-error" role="alert">
              {preview.fileProblems.map((problem, index) => (
                <li key={index}>
                  {problem.column}: {problemText(problem)}
                </li>
              ))}
            </ul>
          ) : (
            <>
              {preview.counts.skip + preview.counts.merge + preview.counts.replace > 0 && (
                <fieldset className="toolbar">
                  <legend>{i18n.t('sheet.defaultAction')}</legend>
                  {DUPLICATE_ACTIONS.map((action) => (
                    <label key={action}>
                      <input type="radio" name="import-default" checked={defaultAction === action} disabled={working !== undefined} onChange={() => void decide(action, actions)} /> {ACTION_TEXT[action]()}
                    </label>
                  ))}
                </fieldset>
              )}
              {preview.entries.length > 0 && (
                <table className="problems import-entries">
                  <thead>
                    <tr>
                      <th>{i18n.t('sheet.row')}</th>
                      <th>{i18n.t('sheet.client')}</th>
                      <th>{i18n.t('sheet.inBook')}</th>
                      <th>{i18n.t('sheet.problems')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.entries.map((entry) => (
                      <tr key={entry.row} data-row={entry.row} className={entry.bad ? 'bad' : undefined}>
                        <td>{entry.rowCount > 1 ? `${entry.row}–${entry.row + entry.rowCount - 1}` : entry.row}</td>
                        <td>
                          {entry.displayName || '—'}
                          {entry.bad && <strong className="status-error"> {i18n.t('sheet.notImported')}</strong>}
                        </td>
                        <td>
                          {entry.match && (
                            <>
                              {entry.match.displayName} <span className="meta">({MATCH_TEXT[entry.match.by]()})</span>
                              <select
                                aria-label={i18n.t('sheet.actionFor', [entry.displayName])}
                                value={entry.action}
                                disabled={working !== undefined}
                                onChange={(event) => void decide(defaultAction, { ...actions, [String(entry.row)]: event.target.value as DuplicateAction })}
                              >
                                {DUPLICATE_ACTIONS.map((action) => (
                                  <option key={action} value={action}>
                                    {ACTION_TEXT[action]()}
                                  </option>
                                ))}
                              </select>
                            </>
                          )}
                        </td>
                        <td>
                          <ul>
                            {entry.problems.map((problem, index) => (
                              <li key={index} className={problem.severity === 'error' ? 'status-error' : undefined} data-column={problem.column}>
                                {i18n.t('sheet.at', [problem.row, problem.column ?? ''])} {problemText(problem)}
                              </li>
                            ))}
                          </ul>
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {preview.entryCount > preview.entries.length && <p className="meta">{i18n.t('sheet.moreEntries', [preview.entryCount - preview.entries.length])}</p>}
              <button type="button" className="primary" disabled={working !== undefined || importable === 0} onClick={() => void commit()}>
                {i18n.t('sheet.import', [importable])}
              </button>
            </>
          )}
        </section>
      )}
    </section>
  );
}
