import { captionFrom } from './valid';
import type { CaptionStrategy } from './types';

const CELL = 'td, th';

function cellOf(target: HTMLElement): HTMLTableCellElement | undefined {
  const cell = target.closest<HTMLTableCellElement>(CELL);
  return cell ?? undefined;
}

/** The cell to the left: `<tr><td>负责人姓名：</td><td><input></td></tr>`; a cell holding another field ends the search (four-column forms). */
export const tableLeft: CaptionStrategy = ({ target, foreign }) => {
  const cell = cellOf(target);
  for (let previous = cell?.previousElementSibling; previous; previous = previous.previousElementSibling) {
    if (!previous.matches(CELL)) continue;
    if (foreign(previous)) return undefined;
    const found = captionFrom(previous, 'table-left');
    if (found) return found;
  }
  return undefined;
};

function columnOf(cell: HTMLTableCellElement): number {
  let column = 0;
  for (let previous = cell.previousElementSibling; previous; previous = previous.previousElementSibling) {
    if (previous.matches(CELL)) column += (previous as HTMLTableCellElement).colSpan || 1;
  }
  return column;
}

function cellAt(row: HTMLTableRowElement, column: number): HTMLTableCellElement | undefined {
  let at = 0;
  for (const cell of row.cells) {
    if (at === column) return cell;
    at += cell.colSpan || 1;
    if (at > column) return undefined;
  }
  return undefined;
}

/**
 * The header above, for tables laid out in columns: the cell in the same column of the nearest
 * row above that holds no fields (Chromium's InferLabelFromTableRow), or of the table's head.
 */
export const tableAbove: CaptionStrategy = ({ target, foreign }) => {
  const cell = cellOf(target);
  const row = cell?.parentElement as HTMLTableRowElement | null;
  if (!cell || !row || row.tagName !== 'TR') return undefined;
  const column = columnOf(cell);
  const table = row.closest('table');
  const rows = table ? [...table.rows] : [];
  for (let index = rows.indexOf(row) - 1; index >= 0; index--) {
    const above = rows[index]!;
    if (foreign(above)) continue;
    const header = cellAt(above, column);
    return header ? captionFrom(header, 'table-above') : undefined;
  }
  return undefined;
};
