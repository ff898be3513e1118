import { LIST_COLUMNS, LIST_KEY_COLUMNS, LIST_TABS, type ListColumnKey } from '../pages/lists';
import { visible } from './dom';
import { canonical, cleanText } from './text';

/**
 * The platform's lists of websites as a person reads them: every visible table whose header has a
 * domain or a name column, each row's cells under the kind of column their header says, and the tab shown
 * as the active one. Tables the page splits in two (a header table above a body table, as
 * Element's el-table draws them) are read as one.
 */
export interface WebsiteList {
  /** The active tab's first caption in LIST_TABS, when the page shows one. */
  tab?: string;
  rows: Partial<Record<ListColumnKey, string>>[];
}

/** Bounds on what one reading carries: more than any account's lists. */
const MAX_ROWS = 1_000;
const MAX_CELL = 200;
/** How far up from a header table its body table may sit. */
const SPLIT_TABLE_DEPTH = 4;

const TAB_COUNT = /[(（]\s*\d+\s*[)）]\s*$/;
/** How renderings mark the tab shown: ARIA, or a class with active/current/selected in it (ivu-tabs-tab-active, el-tabs__item is-active, li.active …); only a tab's caption counts. */
const SELECTED = '[role="tab"][aria-selected="true"], [aria-current="page"], [class*="active"], [class*="current"], [class*="selected"]';
const NOT_SELECTED = /(in|un|not-?)(active|selected)/i;

function columnKey(caption: string): ListColumnKey | undefined {
  const meaning = canonical(caption);
  if (!meaning) return undefined;
  return (Object.entries(LIST_COLUMNS) as [ListColumnKey, readonly string[]][]).find(([, captions]) => captions.some((candidate) => canonical(candidate) === meaning))?.[0];
}

function activeTab(root: Document): string | undefined {
  for (const element of root.querySelectorAll(SELECTED)) {
    if (!visible(element) || NOT_SELECTED.test(element.getAttribute('class') ?? '')) continue;
    const meaning = canonical(cleanText(element.textContent).replace(TAB_COUNT, ''));
    const tab = LIST_TABS.find((candidate) => candidate.captions.some((caption) => canonical(caption) === meaning));
    if (tab) return tab.captions[0];
  }
  return undefined;
}

const cellsOf = (row: Element) => [...row.querySelectorAll(':scope > th, :scope > td')];
const rowsOf = (table: Element) => [...table.querySelectorAll(':scope > thead > tr, :scope > tbody > tr, :scope > tr')];

function headerCells(table: Element): Element[] {
  const row = table.querySelector(':scope > thead > tr') ?? rowsOf(table).find((candidate) => cellsOf(candidate).length > 1 && cellsOf(candidate).every((cell) => cell.tagName === 'TH'));
  return row ? cellsOf(row) : [];
}

function dataRows(table: Element): Element[] {
  return rowsOf(table).filter((row) => row.parentElement?.tagName !== 'THEAD' && cellsOf(row).some((cell) => cell.tagName === 'TD'));
}

/** The rows under a header: in its own table, or in the body table drawn just after it. */
function rowsUnder(table: Element): Element[] {
  const own = dataRows(table);
  if (own.length) return own;
  let container: Element | null = table.parentElement;
  for (let depth = 0; container && depth < SPLIT_TABLE_DEPTH; depth++, container = container.parentElement) {
    const following = [...container.querySelectorAll('table')].filter((other) => other !== table && table.compareDocumentPosition(other) & Node.DOCUMENT_POSITION_FOLLOWING);
    const body = following.find((other) => headerCells(other).length === 0 && dataRows(other).length > 0);
    if (body) return dataRows(body);
  }
  return [];
}

export function readWebsiteLists(root: Document): WebsiteList[] {
  const tab = activeTab(root);
  const lists: WebsiteList[] = [];
  for (const table of root.querySelectorAll('table')) {
    if (!visible(table)) continue;
    const keys = headerCells(table).map((cell) => columnKey(cell.textContent ?? ''));
    if (!LIST_KEY_COLUMNS.some((key) => keys.includes(key))) continue;
    const rows = rowsUnder(table)
      .map(cellsOf)
      .filter((row) => row.length > 1)
      .slice(0, MAX_ROWS)
      .map((row) => {
        const cells: Partial<Record<ListColumnKey, string>> = {};
        keys.forEach((key, index) => {
          const text = cleanText(row[index]?.textContent).slice(0, MAX_CELL);
          if (key && text && !cells[key]) cells[key] = text;
        });
        return cells;
      })
      .filter((cells) => LIST_KEY_COLUMNS.some((key) => cells[key]));
    lists.push({ ...(tab ? { tab } : {}), rows });
  }
  return lists;
}
