import { readFileSync } from 'node:fs';
import { unzipSync, strFromU8 } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { ImportAction } from '@/lib/api/import/messages';
import { attachmentsOf } from '@/lib/model/attachments';
import type { Client } from '@/lib/model/profile';
import { sheetRows } from '@/lib/model/sheet';
import { readSpreadsheet, SheetFileError, toCsv, toXlsx } from '@/lib/spreadsheet';
import { BeianDatabase } from '@/lib/store/db';
import { importHandlers } from '@/lib/api/import/handlers';
import { ProfileRepository } from '@/lib/store/repository';
import { installSamples } from '@/lib/store/samples';
import { planImport } from '@/lib/api/import/plan';
import { loadPublicImage } from '../../helpers/sample-images';
import { SHEET_HEADER, personRow } from '../../helpers/sheet-rows';

const HEADER = SHEET_HEADER;
const COMPANY_USCC = '91330106MA2H7K3LXA';

let count = 0;
let db: BeianDatabase;
let repository: ProfileRepository;
let samples: Client[];

beforeEach(async () => {
  fakeBrowser.reset();
  db = new BeianDatabase(`import-${++count}`);
  repository = new ProfileRepository(db);
  await installSamples(repository, loadPublicImage);
  samples = await repository.allClients();
});

const company = () => samples.find((client) => client.subject.unitCertNumber === COMPANY_USCC)!;
const rowsOf = (clients: readonly Client[]) => clients.flatMap((client) => sheetRows(client));

function actionsOf(entries: Record<number, ImportAction>) {
  return Object.fromEntries(Object.entries(entries).map(([rowNumber, action]) => [String(rowNumber), action])) as Record<string, 'skip' | 'replace' | 'merge'>;
}

describe('reading a spreadsheet back into the book', () => {
  it('reads the book’s own export back into the same clients, every column the sheet carries', () => {
    const plan = planImport(HEADER, rowsOf(samples), []);
    expect(plan.fileProblems).toEqual([]);
    const imported = plan.clients.map((planned) => planned.client!);
    expect(imported).toHaveLength(samples.length);
    expect(rowsOf(imported)).toEqual(rowsOf(samples));
    expect(plan.clients.flatMap((planned) => planned.problems.filter((problem) => problem.severity === 'error'))).toEqual([]);
  });

  it('makes one client of the rows of one subject, a website per row', () => {
    const plan = planImport(HEADER, [personRow(1), personRow(1, { 网站名称: '张伟的相册', 主域名: 'photos1.cn' }), personRow(2)], []);
    expect(plan.clients.map((planned) => [planned.rows, planned.client?.websites.map((website) => website.domain)])).toEqual([
      [[2, 3], ['notes1.cn', 'photos1.cn']],
      [[4], ['notes2.cn']],
    ]);
  });

  it('reads the platform’s words into the model: labels and synonyms, dates as spreadsheets write them, regions, lists', () => {
    const [planned] = planImport(HEADER, [personRow(1, { 负责人证件类型: '身份证', 证件有效期: '2035年3月7日', 子域名: 'www.notes1.cn，blog.notes1.cn', 网站开通日期: '2024.1.5', 服务类型: '' })], []).clients;
    const client = planned!.client!;
    expect(client.subject.principal).toMatchObject({ certType: 'resident-id', certExpiry: '2035-03-07', residence: { provinceCode: '440000', cityCode: '440300', districtCode: '440305' } });
    expect(client.websites[0]).toMatchObject({ subdomains: ['www.notes1.cn', 'blog.notes1.cn'], openedOn: '2024-01-05', accessMethod: 'cloud-server', accessProvider: { scope: 'domestic', region: '广东省' } });
  });

  it('names the row and the column of every problem: unreadable cells, shape errors and rule findings', () => {
    const plan = planImport(
      HEADER,
      [
        personRow(1),
        personRow(2, { 证件有效期: '明年', 网络接入方式: '卫星' }),
        personRow(3, { 负责人姓名: '' }),
        personRow(4, { 手机号码: '1380013800', 负责人常住地: '火星 某市 某区' }),
        personRow(5, { 客户名称: '=HYPERLINK("http://evil.example","点我")' }),
      ],
      [],
      { withFindings: true },
    );
    const problems = plan.clients.flatMap((planned) => planned.problems.map(({ row: at, column, severity, message }) => ({ row: at, column, severity, message })));
    expect(problems).toEqual(
      expect.arrayContaining([
        { row: 3, column: '证件有效期', severity: 'error', message: 'sheet.date' },
        { row: 3, column: '网络接入方式', severity: 'error', message: 'sheet.choice' },
        { row: 4, column: '负责人姓名', severity: 'error', message: 'required' },
        { row: 5, column: '负责人常住地', severity: 'error', message: 'sheet.region' },
        { row: 6, column: '客户名称', severity: 'error', message: 'sheet.formula' },
      ]),
    );
    // A wrong mobile is a rule finding: the row is imported, and its finding is listed with the rule's words.
    const fourth = plan.clients.find((planned) => planned.rows[0] === 5)!;
    expect(fourth.client).toBeUndefined();
    const first = plan.clients.find((planned) => planned.rows[0] === 2)!;
    expect(first.client).toBeDefined();
    expect(plan.clients.filter((planned) => planned.client).map((planned) => planned.rows[0])).toEqual([2]);
    const mobile = planImport(HEADER, [personRow(7, { 手机号码: '1380013800' })], [], { withFindings: true }).clients[0]!;
    expect(mobile.client).toBeDefined();
    expect(mobile.problems).toContainEqual(expect.objectContaining({ row: 2, column: '手机号码', severity: 'error', message: 'S-MOBILE', finding: expect.objectContaining({ zh: expect.any(String) }) }));
    // What the sheet cannot fix (scans, 技术支持 and the server, which it has no column for) is left to the editor and the 批量检查.
    expect(mobile.problems.map((problem) => problem.column)).not.toContain(undefined);
    expect(mobile.problems.map((problem) => problem.message)).not.toContain('W-TECH-SUPPORT');
  });

  it('does not guess a nature or an access method that the sheet leaves empty', () => {
    const [planned] = planImport(HEADER, [personRow(1, { 主办单位性质: '', 网络接入方式: '' })], []).clients;
    expect(planned!.client).toBeUndefined();
    expect(planned!.problems.map((problem) => problem.column)).toEqual(expect.arrayContaining(['主办单位性质', '网络接入方式']));
  });

  it('refuses a file without the columns that tell subjects apart, and warns of columns it does not know', () => {
    const plan = planImport(['客户名称', '备注栏'], [['甲', '乙']], []);
    expect(plan.fileProblems).toEqual([{ row: 1, column: '负责人姓名、负责人证件号码', severity: 'error', message: 'sheet.missingColumns' }]);
    expect(plan.unknownHeaders).toEqual(['备注栏']);
    expect(plan.clients).toEqual([]);
  });

  it('warns when later rows of a subject disagree with its first row', () => {
    const [planned] = planImport(HEADER, [personRow(1), personRow(1, { 主域名: 'b.cn', 手机号码: '13900139000' })], []).clients;
    expect(planned!.problems).toContainEqual({ row: 3, column: '手机号码', severity: 'warn', message: 'sheet.conflict' });
  });
});

describe('clients the book already holds', () => {
  it('finds them by 统一社会信用代码, by ID number, or by domain', () => {
    const blogger = samples.find((client) => client.subject.nature === 'individual')!;
    const plan = planImport(HEADER, [...sheetRows(company()).slice(0, 1), ...sheetRows(blogger), personRow(9, { 主域名: company().websites[1]!.domain })], samples);
    expect(plan.clients.map((planned) => [planned.match?.by, planned.match?.clientId, planned.action])).toEqual([
      ['unit-cert', company().id, 'skip'],
      ['person-cert', blogger.id, 'skip'],
      ['domain', company().id, 'skip'],
    ]);
  });

  it('merges the sheet’s cells over the book’s client, keeping its scans and the websites the sheet leaves out', () => {
    const [siteRow] = sheetRows(company());
    const changed = [...siteRow!];
    changed[HEADER.indexOf('办公室电话')] = '0571-88886666';
    const [planned] = planImport(HEADER, [changed], samples, { defaultAction: 'merge' }).clients;
    const merged = planned!.client!;
    expect(merged.id).toBe(company().id);
    expect(merged.subject.principal.officePhone).toBe('0571-88886666');
    expect(merged.websites).toHaveLength(2);
    expect(attachmentsOf(merged)).toEqual(attachmentsOf(company()));
  });
});

describe('the import, through the background', () => {
  const handlers = () => importHandlers(repository);

  async function stage(rows: string[][], header = HEADER, per = 50) {
    const importer = handlers();
    for (let start = 0; start < rows.length || start === 0; start += per) {
      await importer.importRead({ importId: 'i1', ...(start === 0 ? { header } : {}), rows: rows.slice(start, start + per) });
    }
    return importer;
  }

  it('is a dry run first: the preview changes nothing, the commit stores the good clients and the skipped stay as they were', async () => {
    const rows = [...Array.from({ length: 120 }, (_, n) => personRow(n + 1)), personRow(500, { 证件有效期: '明年' }), ...sheetRows(company())];
    const importer = await stage(rows);
    const before = await repository.allClients();
    const preview = await importer.importPreview({ importId: 'i1', actions: {}, defaultAction: 'skip' });
    expect(await repository.allClients()).toEqual(before);
    expect(preview.counts).toMatchObject({ rows: 123, clients: 122, add: 120, skip: 1, bad: 1 });
    expect(preview.entries[0]).toMatchObject({ row: 122, bad: true, problems: [expect.objectContaining({ column: '证件有效期' })] });
    const outcome = await importer.importCommit({ importId: 'i1', actions: {}, defaultAction: 'skip' });
    expect(outcome).toEqual({ added: 120, replaced: 0, merged: 0, skipped: 1, bad: 1 });
    const after = await repository.allClients();
    expect(after).toHaveLength(before.length + 120);
    expect(after.find((client) => client.id === company().id)).toEqual(company());
    expect(await repository.searchClients('notes77.cn')).toHaveLength(1);
  });

  it('replaces a client per row when asked: the book’s version goes to the 回收站 with its scans', async () => {
    const [siteRow] = sheetRows(company());
    const importer = await stage([siteRow!]);
    const outcome = await importer.importCommit({ importId: 'i1', actions: actionsOf({ 2: 'replace' }), defaultAction: 'skip' });
    expect(outcome.replaced).toBe(1);
    const trash = await repository.listTrash();
    expect(trash).toEqual([expect.objectContaining({ clientId: company().id, reason: 'replaced' })]);
    expect(trash[0]!.scans).toBeGreaterThan(0);
    const successor = (await repository.allClients()).find((client) => client.subject.unitCertNumber === COMPANY_USCC)!;
    expect(successor.id).not.toBe(company().id);
    expect(successor.websites.map((website) => website.domain)).toEqual([company().websites[0]!.domain]);
  });

  it('commits all or nothing: a failure in the middle leaves the book exactly as before', async () => {
    const rows = [personRow(1), personRow(2), ...sheetRows(company()).slice(0, 1), personRow(3)];
    const importer = await stage(rows);
    const before = await repository.allClients();
    let written = 0;
    db.websites.hook('creating', () => {
      written += 1;
      if (written === 2) throw new Error('disk full');
    });
    await expect(importer.importCommit({ importId: 'i1', actions: actionsOf({ 4: 'replace' }), defaultAction: 'skip' })).rejects.toThrow('disk full');
    expect(await repository.allClients()).toEqual(before);
    expect(await repository.listTrash()).toEqual([]);
  });

  it.each(['merge', 'replace'] as const)('two groups of rows naming the same client, to %s: the first goes in, the second is refused where it names the client, the rest goes on', async (action) => {
    // The company's first website row, then a person's row without a unit number but with the company's other domain.
    const rows = [sheetRows(company())[0]!, personRow(9, { 主域名: company().websites[1]!.domain }), personRow(10)];
    const importer = await stage(rows);
    const preview = await importer.importPreview({ importId: 'i1', actions: {}, defaultAction: action });
    expect(preview.counts).toMatchObject({ clients: 3, add: 1, [action]: 1, bad: 1 });
    expect(preview.entries).toContainEqual(expect.objectContaining({ row: 3, bad: true, problems: expect.arrayContaining([expect.objectContaining({ row: 3, column: '主域名', message: 'sheet.sameClient' })]) }));
    const outcome = await importer.importCommit({ importId: 'i1', actions: {}, defaultAction: action });
    expect(outcome).toMatchObject({ added: 1, bad: 1, [action === 'merge' ? 'merged' : 'replaced']: 1 });
    const holders = (await repository.allClients()).filter((client) => client.subject.unitCertNumber === COMPANY_USCC);
    expect(holders).toHaveLength(1);
    expect(holders[0]!.subject.principal.name).toBe(company().subject.principal.name);
  });

  it('refuses more rows than a sheet may hold, naming the limit', async () => {
    const importer = handlers();
    const many = Array.from({ length: 25_001 }, () => ['x']);
    await importer.importRead({ importId: 'big', header: HEADER, rows: many });
    await expect(importer.importRead({ importId: 'big', rows: many })).rejects.toMatchObject({ code: 'too-many-rows' });
  });
});

describe('spreadsheet files', () => {
  const blob = (bytes: Uint8Array<ArrayBuffer> | string) => new Blob([bytes]);

  it('reads a CSV in GBK, as Excel on Chinese Windows saves it', async () => {
    const sheet = await readSpreadsheet(blob(new Uint8Array(readFileSync(new URL('../../fixtures/sheets/gbk.csv', import.meta.url)))));
    expect(sheet).toMatchObject({ encoding: 'gbk', header: ['客户名称', '主办单位性质', '负责人姓名', '负责人证件号码', '负责人常住地'] });
    expect(sheet.rows).toEqual([['周若溪的博客', '个人', '周若溪', '330106199205164328', '浙江省 杭州市 西湖区']]);
  });

  it('reads a CSV in UTF-8 with or without its byte-order mark, and in UTF-16 (Excel’s “Unicode text”, tab-separated)', async () => {
    const csv = toCsv(HEADER, [personRow(1)]);
    for (const file of [blob(csv), blob(csv.slice(1)), blob(new Uint8Array(Buffer.from(`\ufeff${csv.slice(1).replace(/,/g, '\t')}`, 'utf16le')))]) {
      const sheet = await readSpreadsheet(file);
      expect(sheet.header).toEqual(HEADER);
      expect(sheet.rows).toEqual([personRow(1)]);
    }
  });

  it('round-trips an XLSX: typed text cells, no formula anywhere, ID numbers with all their digits', async () => {
    const rows = [personRow(1, { 客户名称: '=HYPERLINK("http://evil.example","点我")' })];
    const xlsx = await toXlsx(HEADER, rows, '客户');
    const files = unzipSync(new Uint8Array(await xlsx.arrayBuffer()));
    const sheetXml = Object.entries(files).find(([name]) => name.startsWith('xl/worksheets/'))![1];
    expect(strFromU8(sheetXml)).not.toContain('<f>');
    const sheet = await readSpreadsheet(xlsx);
    expect(sheet).toMatchObject({ encoding: 'xlsx', header: HEADER, rows });
    const [planned] = planImport(sheet.header, sheet.rows, []).clients;
    expect(planned!.problems).toContainEqual(expect.objectContaining({ column: '客户名称', message: 'sheet.formula' }));
  });

  it('keeps a CSV cell our export escaped as text, and reads it back without the escape', () => {
    const named = { ...structuredClone(company()), displayName: '=1+1 工作室' };
    const csvRows = sheetRows(named).map((cells) => cells.map((cell) => (/^[=+\-@]/.test(cell) ? `'${cell}` : cell)));
    const [planned] = planImport(HEADER, csvRows, []).clients;
    expect(planned!.client!.displayName).toBe('=1+1 工作室');
  });

  it.each<[string, () => Blob, string, number?]>([
    ['50 MB of junk', () => new Blob([new Uint8Array(50 * 1024 * 1024).fill(0x41)]), 'tooLarge'],
    ['binary junk', () => blob(Uint8Array.from({ length: 4096 }, (_, n) => (n * 7919) % 256)), 'encoding'],
    ['a file of zero bytes between text', () => blob(`客户名称\u0000\u0000负责人姓名`), 'notSpreadsheet'],
    ['an old .xls workbook', () => blob(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])), 'oldExcel'],
    ['a broken XLSX', () => blob(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3, 4, 5])), 'xlsx'],
    ['a quote never closed', () => blob('客户名称,负责人姓名\r\n甲,乙\r\n"丙,丁\r\n'), 'quotes', 3],
    ['an empty file', () => blob(''), 'empty'],
  ])('refuses %s with a reason', async (_name, file, problem, atRow) => {
    const failure = await readSpreadsheet(file()).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SheetFileError);
    expect(failure).toMatchObject({ problem, ...(atRow ? { row: atRow } : {}) });
  });
});
