import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, test, type Page } from '@playwright/test';
import { readSpreadsheet, toXlsx } from '../../lib/spreadsheet';
import { SHEET_HEADER, personRow } from '../helpers/sheet-rows';
import { openOptions } from './extension';
import { bookSessionPerTest } from './session';

/**
 * 表格导入导出 with the real built extension: the template downloaded, filled by an agency with 200
 * rows (some bad, one a client the book holds), checked row by row, then imported in one go.
 */
const session = bookSessionPerTest();

async function download(page: Page, button: string) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: button }).click();
  const file = await downloading;
  const path = join(session.profilePath, file.suggestedFilename());
  await file.saveAs(path);
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

const sheetOf = (bytes: Buffer) => readSpreadsheet(new Blob([new Uint8Array(bytes)]));

test('the book exports as CSV and XLSX: one row per website, the platform’s captions as headers', async () => {
  const options = await openOptions(session.extension);
  await options.getByRole('button', { name: '表格导入导出' }).click();
  const csv = await download(options, '导出全部客户（CSV）');
  expect(csv.name).toMatch(/^beian-helper-clients-\d{4}-\d{2}-\d{2}\.csv$/);
  await expect(options.getByRole('status').filter({ hasText: '已导出 2 位客户' })).toBeVisible();
  const xlsx = await download(options, '导出全部客户（XLSX）');
  expect(xlsx.name).toMatch(/\.xlsx$/);
  for (const sheet of [await sheetOf(csv.bytes), await sheetOf(xlsx.bytes)]) {
    expect(sheet.header).toEqual(SHEET_HEADER);
    // 青梧科技 has two websites, 周若溪 one.
    expect(sheet.rows.map((row) => row[0])).toEqual(expect.arrayContaining(['青梧科技', '青梧科技', expect.stringMatching(/^周若溪/)]));
    expect(sheet.rows).toHaveLength(3);
  }
});

test('the template filled with 200 rows, some bad: the dry run names each bad row and column, the import stores the good ones in one go', async () => {
  const options = await openOptions(session.extension);
  await options.getByRole('button', { name: '表格导入导出' }).click();
  const template = await sheetOf((await download(options, '下载模板（XLSX）')).bytes);
  expect(template).toMatchObject({ header: SHEET_HEADER, rows: [] });

  // The agency's sheet: the company's row from an export, its office phone changed, then 199 new clients, 4 of them bad.
  const exported = await sheetOf((await download(options, '导出全部客户（CSV）')).bytes);
  const companyRow = [...exported.rows.find((row) => row[0] === '青梧科技')!];
  companyRow[SHEET_HEADER.indexOf('办公室电话')] = '0571-88886666';
  const bad: Record<number, [string, string]> = {
    40: ['证件有效期', '明年'],
    80: ['负责人常住地', '火星 某市 某区'],
    120: ['客户名称', '=HYPERLINK("http://evil.example","点我")'],
    160: ['网络接入方式', '卫星'],
  };
  const rows = [companyRow, ...Array.from({ length: 199 }, (_, index) => personRow(index + 1, bad[index + 1] ? { [bad[index + 1]![0]]: bad[index + 1]![1] } : {}))];
  const file = join(session.profilePath, '客户资料.xlsx');
  writeFileSync(file, new Uint8Array(await (await toXlsx(template.header, rows, '客户')).arrayBuffer()));

  await options.getByLabel('从表格导入（CSV / XLSX）…').setInputFiles(file);
  const counts = options.getByTestId('import-counts');
  await expect(counts).toContainText('200 行，200 位客户 —— 新增 195，合并 0，替换 0，跳过 1；4 位有错误');
  // The bad rows come first, each with its row (the header is row 1) and column.
  const badRows = options.locator('tr.bad');
  await expect(badRows).toHaveCount(4);
  expect(await badRows.evaluateAll((rowsShown) => rowsShown.map((row) => row.getAttribute('data-row')))).toEqual(['42', '82', '122', '162']);
  await expect(options.locator('tr[data-row="42"] li[data-column="证件有效期"]')).toContainText('看不出日期');
  await expect(options.locator('tr[data-row="122"] li[data-column="客户名称"]')).toContainText('公式');
  await expect(options.locator('tr[data-row="162"] li[data-column="网络接入方式"]')).toContainText('不是平台列表里的选项');

  // The company is already in the book: merged at the person's say, the counts follow.
  await options.getByLabel('“青梧科技”的处理方式').selectOption({ label: '合并（表格里填了的栏目覆盖资料库，图片保留）' });
  await expect(counts).toContainText('新增 195，合并 1，替换 0，跳过 0');
  await options.getByRole('button', { name: '导入 196 位客户' }).click();
  await expect(options.getByRole('status').filter({ hasText: '导入完成' })).toContainText('新增 195 位，合并 1 位，替换 0 位（原资料在回收站），跳过 0 位；4 位有错误');

  await options.getByRole('button', { name: '表格导入导出' }).click();
  await expect(options.getByTestId('client-count')).toHaveText('共 197 位客户');
  const search = options.getByLabel('搜索名称、域名、证件号或电话');
  await search.fill('青梧');
  await options.getByRole('navigation').getByRole('button', { name: /青梧科技/ }).click();
  await expect(options.getByLabel('办公室电话')).toHaveValue('0571-88886666');
  // Changed once more by hand, the company comes first when the list is sorted by the latest change.
  await options.getByLabel('办公室电话').fill('0571-88886667');
  await options.getByRole('button', { name: '保存', exact: true }).click();
  await expect(options.getByText('已保存')).toBeVisible();
  await search.fill('');
  await options.getByLabel('排序').selectOption({ label: '最近修改在前' });
  await expect(options.getByRole('navigation').locator('li button').first()).toContainText('青梧科技');
  await search.fill('notes77.cn');
  await expect(options.getByTestId('client-count')).toHaveText('共 1 位客户');
  await expect(options.getByRole('navigation').getByRole('button', { name: /客户77/ })).toBeVisible();
});

test('a file that is no spreadsheet is refused with what is wrong, and the book is untouched', async () => {
  const options = await openOptions(session.extension);
  await options.getByRole('button', { name: '表格导入导出' }).click();
  const junk = join(session.profilePath, 'junk.csv');
  writeFileSync(junk, Buffer.from(Array.from({ length: 8192 }, (_, n) => (n * 7919) % 256)));
  await options.getByLabel('从表格导入（CSV / XLSX）…').setInputFiles(junk);
  await expect(options.getByRole('alert')).toContainText('既不是 UTF-8 也不是 GBK');
  const old = join(session.profilePath, 'old.xls');
  writeFileSync(old, Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]));
  await options.getByLabel('从表格导入（CSV / XLSX）…').setInputFiles(old);
  await expect(options.getByRole('alert')).toContainText('另存为');
  await expect(options.getByTestId('client-count')).toHaveText('共 2 位客户');
});
