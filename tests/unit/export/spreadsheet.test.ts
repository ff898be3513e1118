import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { toCsv } from '@/lib/spreadsheet';

describe('a CSV for a spreadsheet', () => {
  it('starts with the byte-order mark Excel reads as UTF-8, and keeps Chinese, commas, quotes and line breaks', () => {
    const csv = toCsv(['客户', '问题'], [['杭州青梧数字科技有限公司', '电话"010,0000"\n请核对']]);
    expect(csv.startsWith('\ufeff客户,问题\r\n')).toBe(true);
    expect(Papa.parse<string[]>(csv.slice(1)).data).toEqual([['客户', '问题'], ['杭州青梧数字科技有限公司', '电话"010,0000"\n请核对']]);
  });

  it.each(['=HYPERLINK("http://evil.example","点我")', '+86 138', '-1+1', '@SUM(A1)', '\t=1+1'])('writes %j as text, never a formula', (cell) => {
    const [, row] = Papa.parse<string[]>(toCsv(['客户'], [[cell]]).slice(1)).data;
    expect(row).toEqual([`'${cell}`]);
  });
});
