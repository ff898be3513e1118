import { emptyClient, emptyWebsite } from '../../model/factory';
import { ClientSchema, type Client, type Website } from '../../model/profile';
import { SHEET_COLUMNS, readCell, setValueAt, type SheetColumn } from '../../model/sheet';
import { checkProfile } from '../../rules';
import type { ImportAction, ImportMatch, ImportProblem } from './messages';

/**
 * A spreadsheet read into the book: every row judged first (a dry run), then committed all at once.
 * Pure over the book it is given, so the dry run and the commit plan the same thing.
 *
 * Rows of one subject (the same 单位证件号码, else 负责人证件号码, else 客户名称) make one client, one
 * website per row that has website cells. A client already in the book (the same 统一社会信用代码 for
 * a unit, the same ID number for a person, or one of its domains) is skipped, replaced (the book's
 * one goes to the 回收站) or merged (the sheet's non-empty cells written over it, its scans kept).
 */

/** Spreadsheet rows: the header is row 1, so the first data row is row 2. */
export const FIRST_DATA_ROW = 2;

/** Without these a row cannot be told apart from another subject's. */
export const IDENTITY_HEADERS = ['负责人姓名', '负责人证件号码'] as const;

/** Cells a new client or website must say outright: a default would store a guess as the person's answer. */
const STATED_ON_NEW = new Set(['主办单位性质', '网络接入方式']);

export interface PlannedClient {
  /** Spreadsheet row numbers of the client's rows, the first one naming it. */
  rows: number[];
  displayName: string;
  match?: ImportMatch;
  action: ImportAction;
  /** The client to store (for a merge: the book's one with the sheet's cells over it); absent when a row cannot be read. */
  client?: Client;
  problems: ImportProblem[];
}

export interface ImportPlan {
  /** Problems of the file as a whole: nothing is imported while there are any. */
  fileProblems: ImportProblem[];
  unknownHeaders: string[];
  clients: PlannedClient[];
}

interface ReadRow {
  row: number;
  cells: Map<SheetColumn, string>;
}

const identity = (text: string) => text.replace(/\s+/g, '').toUpperCase();

function columnsOf(header: readonly string[]): { columns: (SheetColumn | undefined)[]; fileProblems: ImportProblem[]; unknownHeaders: string[] } {
  const byHeader = new Map(SHEET_COLUMNS.map((column) => [column.header, column]));
  const seen = new Set<string>();
  const fileProblems: ImportProblem[] = [];
  const unknownHeaders: string[] = [];
  const columns = header.map((raw) => {
    const name = raw.replace(/^\ufeff/, '').trim();
    const column = byHeader.get(name);
    if (!column) {
      if (name) unknownHeaders.push(name);
      return undefined;
    }
    if (seen.has(name)) fileProblems.push({ row: 1, column: name, severity: 'error', message: 'sheet.duplicateColumn' });
    seen.add(name);
    return column;
  });
  const missing = IDENTITY_HEADERS.filter((name) => !seen.has(name));
  if (missing.length) fileProblems.push({ row: 1, column: missing.join('、'), severity: 'error', message: 'sheet.missingColumns' });
  return { columns, fileProblems, unknownHeaders };
}

/** Where a model path (from the schema or a rule) shows in the sheet: the row, and the column it was read from (none for a field the sheet does not hold). */
function locate(path: string, rows: readonly number[], websiteRows: readonly number[]): { row: number; column?: string } {
  const websiteMatch = /^websites\.(\d+)\.(.+)$/.exec(path);
  const on = websiteMatch ? 'website' : 'client';
  const within = websiteMatch ? websiteMatch[2]! : path;
  const column = SHEET_COLUMNS.filter((candidate) => candidate.on === on && (within === candidate.path || within.startsWith(`${candidate.path}.`))).sort((a, b) => b.path.length - a.path.length)[0];
  const row = websiteMatch ? (websiteRows[Number(websiteMatch[1])] ?? rows[0]!) : rows[0]!;
  return { row, ...(column ? { column: column.header } : {}) };
}


class BookIndex {
  private readonly byUnitCert = new Map<string, Client>();
  private readonly byPersonCert = new Map<string, Client>();
  private readonly byDomain = new Map<string, Client>();

  constructor(book: readonly Client[]) {
    for (const client of book) {
      const { subject } = client;
      if (subject.nature !== 'individual' && subject.unitCertNumber) this.byUnitCert.set(identity(subject.unitCertNumber), client);
      if (subject.nature === 'individual' && subject.principal.certNumber) this.byPersonCert.set(identity(subject.principal.certNumber), client);
      for (const website of client.websites) if (website.domain) this.byDomain.set(website.domain.toLowerCase(), client);
    }
  }

  find(unitCert: string, personCert: string, domains: readonly string[]): ImportMatch | undefined {
    const hit = (client: Client | undefined, by: ImportMatch['by']) => (client ? { clientId: client.id, displayName: client.displayName, by } : undefined);
    // A unit is known by its code; its principal may head other units too, so a person's ID number identifies only a person.
    const bySubject = unitCert ? hit(this.byUnitCert.get(identity(unitCert)), 'unit-cert') : personCert ? hit(this.byPersonCert.get(identity(personCert)), 'person-cert') : undefined;
    if (bySubject) return bySubject;
    for (const domain of domains) {
      const found = hit(this.byDomain.get(domain.trim().toLowerCase()), 'domain');
      if (found) return found;
    }
    return undefined;
  }
}

function readRows(columns: readonly (SheetColumn | undefined)[], rows: readonly (readonly string[])[]): ReadRow[] {
  return rows.flatMap((cells, index) => {
    const read: ReadRow = { row: index + FIRST_DATA_ROW, cells: new Map() };
    cells.forEach((cell, position) => {
      const column = columns[position];
      if (column && cell.trim()) read.cells.set(column, cell);
    });
    return read.cells.size ? [read] : [];
  });
}

function cellOf(row: ReadRow, header: string): string {
  for (const [column, cell] of row.cells) if (column.header === header) return cell.trim();
  return '';
}

function groupKey(row: ReadRow): string {
  const key = cellOf(row, '单位证件号码') || cellOf(row, '负责人证件号码') || cellOf(row, '客户名称');
  return key ? identity(key) : `row:${row.row}`;
}

export interface PlanOptions {
  /** What to do with each client the book already holds, by the row number that names it. */
  actions?: Readonly<Record<number, ImportAction>>;
  /** For the clients without an action of their own. */
  defaultAction?: ImportAction;
  /** Rule findings on each row (the dry run); the commit needs only the shape. */
  withFindings?: boolean;
  now?: number;
}

export function planImport(header: readonly string[], rows: readonly (readonly string[])[], book: readonly Client[], options: PlanOptions = {}): ImportPlan {
  const { columns, fileProblems, unknownHeaders } = columnsOf(header);
  if (fileProblems.length) return { fileProblems, unknownHeaders, clients: [] };
  const now = options.now ?? Date.now();
  const index = new BookIndex(book);
  const byId = new Map(book.map((client) => [client.id, client]));
  const groups = new Map<string, ReadRow[]>();
  for (const row of readRows(columns, rows)) {
    const key = groupKey(row);
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }

  return {
    fileProblems,
    unknownHeaders,
    clients: oneGroupPerClient([...groups.values()].map((group) => {
      const first = group[0]!;
      const domains = group.map((row) => cellOf(row, '主域名')).filter(Boolean);
      const match = index.find(cellOf(first, '单位证件号码'), cellOf(first, '负责人证件号码'), domains);
      const action: ImportAction = match ? (options.actions?.[first.row] ?? options.defaultAction ?? 'skip') : 'add';
      const base = match && action === 'merge' ? byId.get(match.clientId) : undefined;
      const planned = buildClient(group, base, now);
      const displayName = planned.client.displayName;
      if (planned.problems.some((problem) => problem.severity === 'error')) {
        return { rows: group.map((row) => row.row), displayName, ...(match ? { match } : {}), action, problems: planned.problems };
      }
      const problems = [...planned.problems];
      const parsed = ClientSchema.safeParse(planned.client);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          const path = issue.path.filter((key) => typeof key !== 'symbol').join('.');
          const where = locate(path, planned.rows, planned.websiteRows);
          problems.push({ row: where.row, column: where.column ?? path, severity: 'error', message: issue.message });
        }
        return { rows: group.map((row) => row.row), displayName, ...(match ? { match } : {}), action, problems };
      }
      if (options.withFindings) {
        // Only what the sheet can fix: scans and the fields it has no column for are the editor's (the 批量检查 lists them).
        for (const finding of checkProfile(parsed.data, { book, clientId: parsed.data.id })) {
          const where = locate(finding.path, planned.rows, planned.websiteRows);
          if (finding.severity === 'info' || !where.column) continue;
          problems.push({ row: where.row, column: where.column, severity: finding.severity, message: finding.ruleId, finding: finding.message });
        }
      }
      return { rows: group.map((row) => row.row), displayName, ...(match ? { match } : {}), action, client: parsed.data, problems };
    })),
  };
}

const MATCH_COLUMN: Record<ImportMatch['by'], string> = { 'unit-cert': '单位证件号码', 'person-cert': '负责人证件号码', domain: '主域名' };

/**
 * Two groups of rows that name the same client of the book (a blank 单位证件号码 but the same
 * domain): only the first is merged or replaced — the second would overwrite it unseen — and the
 * others are refused, at their row and the column that names the client, the rest of the import going on.
 */
function oneGroupPerClient(clients: PlannedClient[]): PlannedClient[] {
  const claimed = new Set<string>();
  return clients.map((planned) => {
    if (!planned.match || planned.action === 'skip') return planned;
    if (!claimed.has(planned.match.clientId)) {
      claimed.add(planned.match.clientId);
      return planned;
    }
    const { client: _refused, ...rest } = planned;
    return { ...rest, problems: [{ row: planned.rows[0]!, column: MATCH_COLUMN[planned.match.by], severity: 'error', message: 'sheet.sameClient' }, ...planned.problems] };
  });
}

/** The client the rows describe, over the book's one for a merge. */
function buildClient(group: readonly ReadRow[], base: Client | undefined, now: number): { client: Client; rows: number[]; websiteRows: number[]; problems: ImportProblem[] } {
  const client: Client = base ? structuredClone(base) : emptyClient(now);
  client.updatedAt = now;
  const problems: ImportProblem[] = [];
  const rows = group.map((row) => row.row);
  const websiteRows: number[] = client.websites.map(() => rows[0]!);
  const firstCells = new Map<string, string>();

  const apply = (target: object, column: SheetColumn, cell: string, row: number) => {
    const read = readCell(column, cell);
    if (!read) return;
    if ('problem' in read) problems.push({ row, column: column.header, severity: 'error', message: `sheet.${read.problem}` });
    else setValueAt(target, column.path, read.value);
  };

  for (const row of group) {
    const websiteCells = [...row.cells].filter(([column]) => column.on === 'website');
    for (const [column, cell] of row.cells) {
      if (column.on !== 'client') continue;
      const earlier = firstCells.get(column.header);
      if (earlier === undefined) {
        firstCells.set(column.header, cell.trim());
        apply(client, column, cell, row.row);
      } else if (earlier !== cell.trim()) {
        problems.push({ row: row.row, column: column.header, severity: 'warn', message: 'sheet.conflict' });
      }
    }
    if (!websiteCells.length) continue;
    const domain = cellOf(row, '主域名').toLowerCase();
    let position = domain ? client.websites.findIndex((website) => website.domain.toLowerCase() === domain) : -1;
    if (position < 0) {
      const website: Website = emptyWebsite();
      client.websites.push(website);
      position = client.websites.length - 1;
      for (const header of STATED_ON_NEW) {
        const column = SHEET_COLUMNS.find((candidate) => candidate.header === header && candidate.on === 'website');
        if (column && !row.cells.has(column)) problems.push({ row: row.row, column: header, severity: 'error', message: 'required' });
      }
    }
    websiteRows[position] = row.row;
    for (const [column, cell] of websiteCells) apply(client.websites[position]!, column, cell, row.row);
  }

  if (!base) {
    for (const header of STATED_ON_NEW) {
      const column = SHEET_COLUMNS.find((candidate) => candidate.header === header && candidate.on === 'client');
      if (column && !firstCells.has(header)) problems.push({ row: rows[0]!, column: header, severity: 'error', message: 'required' });
    }
  }
  if (!client.displayName) client.displayName = client.subject.unitName || client.subject.principal.name;
  return { client, rows, websiteRows, problems };
}
