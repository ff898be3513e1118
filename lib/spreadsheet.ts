import Papa from 'papaparse';

/**
 * Spreadsheets in and out of the options page: CSV (as Excel on Chinese Windows saves it, in GBK,
 * or in UTF-8) and XLSX. What a sheet means is the model's business (lib/model/sheet.ts); this is
 * only the file.
 */

/**
 * A CSV a spreadsheet opens as it was written: UTF-8 with the byte-order mark Excel looks for, and
 * no cell a formula — a value starting with = + - @ or a tab is written with a leading ' (so a client
 * named "=HYPERLINK(…)" stays text on the agency's PC).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\ufeff${Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { escapeFormulae: true })}`;
}

/**
 * An XLSX workbook of one sheet, the header in bold. Every cell is a typed text cell, which Excel
 * shows and never evaluates: a value like "=HYPERLINK(…)" stays text, and ID numbers keep their digits.
 */
export async function toXlsx(header: readonly string[], rows: readonly (readonly string[])[], sheet: string): Promise<Blob> {
  // The XLSX libraries load only when a workbook is written or read: most visits to the options page need neither.
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  const textCell = (value: string, bold = false) => ({ value, type: String, ...(bold ? { fontWeight: 'bold' as const } : {}) });
  const data = [header.map((value) => textCell(value, true)), ...rows.map((row) => row.map((value) => textCell(value)))];
  return writeXlsxFile(data, { sheet, columns: header.map((title) => ({ width: Math.max(10, title.length * 2 + 2) })), stickyRowsCount: 1 }).toBlob();
}

/** A spreadsheet bigger than this is refused before it is read: a book of 50,000 rows is far smaller. */
export const LARGEST_SHEET_BYTES = 20 * 1024 * 1024;

/** Why a file could not be read as a spreadsheet: keys of the `sheetFile` block in lib/i18n/locales. */
export type SheetFileProblem = 'tooLarge' | 'oldExcel' | 'notSpreadsheet' | 'encoding' | 'quotes' | 'xlsx' | 'empty';

export class SheetFileError extends Error {
  constructor(
    readonly problem: SheetFileProblem,
    /** The row the problem is on, when it is on one. */
    readonly row?: number,
  ) {
    super(`${problem}${row ? ` (row ${row})` : ''}`);
    this.name = 'SheetFileError';
  }
}

export interface SheetFile {
  header: string[];
  rows: string[][];
  /** How the text was read (utf-8, gbk, utf-16le…), or xlsx. */
  encoding: string;
}

const startsWith = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((byte, index) => bytes[index] === byte);

/** The text of a CSV: a byte-order mark says its encoding; without one, UTF-8 if it is valid UTF-8, else GBK (GB 18030, which includes it). */
function decodeText(bytes: Uint8Array): { text: string; encoding: string } {
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' };
  if (startsWith(bytes, 0xff, 0xfe)) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
  if (startsWith(bytes, 0xfe, 0xff)) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    const text = new TextDecoder('gb18030').decode(bytes);
    if (text.includes('\ufffd')) throw new SheetFileError('encoding');
    return { text, encoding: 'gbk' };
  }
}

/** A cell of an XLSX as the text a person sees: dates as YYYY-MM-DD, 是/否 for true/false. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if (typeof value === 'boolean') return value ? '是' : '否';
  return String(value);
}

function splitHeader(grid: string[][], encoding: string): SheetFile {
  const [header, ...rows] = grid;
  if (!header || header.every((cell) => !cell.trim())) throw new SheetFileError('empty');
  return { header, rows, encoding };
}

/** Reads a CSV or XLSX file into text cells, the first row its header; a file that is neither, or unreadable, is a SheetFileError. */
export async function readSpreadsheet(file: Blob): Promise<SheetFile> {
  if (file.size > LARGEST_SHEET_BYTES) throw new SheetFileError('tooLarge');
  const bytes = new Uint8Array(await file.arrayBuffer());
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0)) throw new SheetFileError('oldExcel');
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04)) {
    let grid: unknown[][];
    try {
      const { readSheet } = await import('read-excel-file/universal');
      grid = (await readSheet(bytes.buffer as ArrayBuffer)) as unknown[][];
    } catch {
      throw new SheetFileError('xlsx');
    }
    return splitHeader(grid.map((row) => row.map(cellText)), 'xlsx');
  }
  const { text, encoding } = decodeText(bytes);
  if (text.includes('\u0000')) throw new SheetFileError('notSpreadsheet');
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: 'greedy' });
  const quotes = parsed.errors.find((error) => error.type === 'Quotes');
  if (quotes) throw new SheetFileError('quotes', (quotes.row ?? 0) + 1);
  return splitHeader(parsed.data, encoding);
}
