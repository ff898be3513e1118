import Papa from 'papaparse';

/**
 * A CSV a spreadsheet opens as it was written: UTF-8 with the byte-order mark Excel looks for, and
 * no cell a formula — a value starting with = + - @ or a tab is written with a leading ' (so a client
 * named "=HYPERLINK(…)" stays text on the agency's PC).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return `\ufeff${Papa.unparse({ fields: [...header], data: rows.map((row) => [...row]) }, { escapeFormulae: true })}`;
}
