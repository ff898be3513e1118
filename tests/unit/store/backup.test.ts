import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BACKUP_FORMAT, BACKUP_VERSION } from '@/lib/store/backup-format';
import { backupSlice } from '@/lib/store/backup-slice';
import { BeianDatabase } from '@/lib/store/db';
import { MappingRepository } from '@/lib/store/mappings';
import { ProfileRepository } from '@/lib/store/repository';
import { installSamples } from '@/lib/store/samples';
import { loadSettings, saveSettings } from '@/lib/settings';
import { attachmentsOf } from '@/lib/model/attachments';
import { backupsFor, type Backups } from '../../helpers/backup-file';
import { lockableBook } from '../../helpers/locked-book';
import { loadPublicImage } from '../../helpers/sample-images';

let count = 0;

interface Book {
  db: BeianDatabase;
  repository: ProfileRepository;
  mappings: MappingRepository;
  backup: Backups;
}

/** A book as the background keeps it: the sealing middleware installed (a plain book still goes through it). */
function openBookNamed(): Book {
  const { db, repository } = lockableBook(`backup-${++count}`);
  return { db, repository, mappings: new MappingRepository(db), backup: backupsFor(db, repository) };
}

const backupLines = (book: Book) => book.backup.backupLines();

/** Hands a file to a book's background, as the options page does, and asks for its dry run. */
async function read(book: Book, lines: readonly string[], restoreId = 'r1') {
  await book.backup.read(restoreId, lines);
  return book.backup.restorePreview({ restoreId });
}

/** Every client with its websites, and every scan's bytes, for comparing two books. */
async function contents(book: Book) {
  const clients = await book.repository.allClients();
  const scans: Record<string, number[]> = {};
  for (const client of clients) {
    for (const ref of attachmentsOf(client)) scans[ref.id] = [...new Uint8Array(await (await book.repository.getAttachment(ref.id)).blob.arrayBuffer())];
  }
  return { clients: clients.sort((a, b) => a.id.localeCompare(b.id)), scans, mappings: await book.mappings.list() };
}

let source: Book;

beforeEach(async () => {
  fakeBrowser.reset();
  source = openBookNamed();
  await installSamples(source.repository, loadPublicImage);
  await source.mappings.teachField({ host: 'www.beian.gov.cn', pageId: 'subject', path: 'subject.principal.mobile', caption: '常用联系方式', position: 0 });
  await saveSettings({ highlightFilled: false, autoLockMinutes: 15 });
});

describe('the backup file', () => {
  it('is a header, the settings, each client, each scan, each lesson, and an end line that counts them', async () => {
    const lines = (await backupLines(source)).map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(lines[0]).toMatchObject({ format: BACKUP_FORMAT, version: BACKUP_VERSION });
    expect(lines[1]).toEqual({ settings: { highlightFilled: false, autoLockMinutes: 15 } });
    expect(lines.filter((line) => 'client' in line)).toHaveLength(2);
    expect(lines.filter((line) => 'mapping' in line)).toHaveLength(1);
    const scans = lines.filter((line) => 'attachment' in line).length;
    expect(scans).toBeGreaterThan(4);
    expect(lines.at(-1)).toEqual({ end: { clients: 2, attachments: scans, mappings: 1 } });
  });

  it('restores into an empty book exactly: every field, every scan byte for byte, the lessons and the settings', async () => {
    const lines = await backupLines(source);
    const target = openBookNamed();
    await saveSettings({ highlightFilled: true, autoLockMinutes: 15 });
    const preview = await read(target, lines);
    expect(preview).toMatchObject({ counts: { clients: 2, mappings: 1 }, problems: [], problemCount: 0, replaced: [], onlyInBook: [] });
    expect(await target.backup.restoreCommit({ restoreId: 'r1', mode: 'merge' })).toEqual({ restored: 2, setAside: 0 });
    expect(await contents(target)).toEqual(await contents(source));
    expect((await fakeBrowser.storage.local.get('settings')).settings).toEqual({ highlightFilled: false, autoLockMinutes: 15 });
  });

  it('merges into a book that has moved on: the backup’s clients replace theirs, whose current version goes to the 回收站, the others stay', async () => {
    const lines = await backupLines(source);
    const company = await source.repository.getClient('sample-qingwu');
    await source.repository.saveClient({ ...company, notes: '备份之后的改动' });
    const preview = await read(source, lines);
    expect(preview.replaced.sort()).toEqual(['周若溪（个人博客）', '青梧科技']);
    await source.backup.restoreCommit({ restoreId: 'r1', mode: 'merge' });
    expect((await source.repository.getClient('sample-qingwu')).notes).toBe(company.notes);
    expect((await source.repository.listTrash()).map((entry) => entry.displayName).sort()).toEqual(['周若溪（个人博客）', '青梧科技']);
    // The scans of the versions set aside are theirs still; the restored ones have their own.
    const trashed = await source.db.attachments.where('clientId').startsWith('trash:').count();
    expect(trashed).toBeGreaterThan(0);
    for (const ref of attachmentsOf(await source.repository.getClient('sample-qingwu'))) await expect(source.repository.getAttachment(ref.id)).resolves.toBeDefined();
  });

  it('never moves a website to another client: a website id the book still uses elsewhere is restored under a new one', async () => {
    const lines = await backupLines(source);
    const blogger = await source.repository.getClient('sample-zhou');
    const target = openBookNamed();
    // In the target book, another client already holds a website with the blogger's website id.
    const company = await source.repository.getClient('sample-qingwu');
    const other = { ...company, id: 'other-client', displayName: '另一个客户', websites: [{ ...company.websites[0]!, id: blogger.websites[0]!.id }] };
    // Without its scans: the target book has none of them.
    const withoutScans = (key: string, value: unknown) => (key === 'qualificationDocs' ? [] : value && typeof value === 'object' && 'size' in value && 'type' in value ? undefined : value);
    await target.repository.saveClient(JSON.parse(JSON.stringify(other, withoutScans)));
    await read(target, lines);
    await target.backup.restoreCommit({ restoreId: 'r1', mode: 'merge' });
    const kept = await target.repository.getClient('other-client');
    expect(kept.websites.map((website) => [website.id, website.domain])).toEqual([[blogger.websites[0]!.id, company.websites[0]!.domain]]);
    const restored = await target.repository.getClient('sample-zhou');
    expect(restored.websites.map((website) => website.domain)).toEqual(blogger.websites.map((website) => website.domain));
    expect(restored.websites[0]!.id).not.toBe(blogger.websites[0]!.id);
  });

  it('restores fully: the book becomes the backup, a client it lacks goes to the 回收站', async () => {
    const lines = await backupLines(source);
    const extra = await source.repository.duplicateClient('sample-zhou', '后来加的客户');
    const preview = await read(source, lines);
    expect(preview.onlyInBook).toEqual(['后来加的客户']);
    await source.backup.restoreCommit({ restoreId: 'r1', mode: 'replace' });
    expect((await source.repository.allClients()).map((client) => client.id).sort()).toEqual(['sample-qingwu', 'sample-zhou']);
    expect((await source.repository.listTrash()).map((entry) => entry.clientId)).toContain(extra.id);
  });

  it('says what and where for a bad line, refuses a cut-short or foreign file, and changes nothing', async () => {
    const lines = await backupLines(source);
    const clientLine = lines.findIndex((line) => line.startsWith('{"client"'));
    const broken = [...lines];
    const client = JSON.parse(broken[clientLine]!) as { client: { subject: { principal: { mobile: unknown } } } };
    client.client.subject.principal.mobile = 13800000000;
    const badClient = JSON.stringify(client);
    broken[clientLine] = badClient;
    broken.splice(3, 0, '{"client": {');
    const target = openBookNamed();
    const preview = await read(target, broken);
    expect(preview.problems).toContainEqual({ line: 4, message: 'not-json' });
    expect(preview.problems).toContainEqual(expect.objectContaining({ line: broken.indexOf(badClient) + 1, field: 'client.subject.principal.mobile' }));
    await expect(target.backup.restoreCommit({ restoreId: 'r1', mode: 'merge' })).rejects.toMatchObject({ code: 'invalid-request' });
    expect(await target.repository.allClients()).toEqual([]);

    expect((await read(target, lines.slice(0, -3), 'r2')).problems).toContainEqual(expect.objectContaining({ message: 'cut-short' }));
    expect((await read(target, ['{"hello":"world"}'], 'r3')).problems).toEqual([{ line: 1, message: 'not-a-backup' }, { line: 1, message: 'not-a-backup' }]);
    const newer = [JSON.stringify({ format: BACKUP_FORMAT, version: 99, createdAt: 1 }), ...lines.slice(1)];
    expect((await read(target, newer, 'r4')).problems[0]).toEqual({ line: 1, message: 'newer-version' });
  });

  it('gives each scan to a client that uses it, whatever owner the file names', async () => {
    const lines = (await backupLines(source)).map((line) => {
      const record = JSON.parse(line) as { attachment?: { clientId: string } };
      if (record.attachment) record.attachment.clientId = 'sample-qingwu';
      return JSON.stringify(record);
    });
    const target = openBookNamed();
    expect((await read(target, lines)).problemCount).toBe(0);
    await target.backup.restoreCommit({ restoreId: 'r1', mode: 'merge' });
    expect(await contents(target)).toEqual(await contents(source));
  });

  it('is all or nothing: a failure in the middle of a restore leaves the book exactly as it was', async () => {
    const lines = await backupLines(source);
    await source.repository.duplicateClient('sample-zhou', '后来加的客户');
    const before = await contents(source);
    await read(source, lines);
    const scansBefore = await source.db.attachments.count();
    vi.spyOn(source.db.mappings, 'bulkPut').mockRejectedValueOnce(new Error('disk full'));
    await expect(source.backup.restoreCommit({ restoreId: 'r1', mode: 'replace' })).rejects.toThrow('disk full');
    expect(await contents(source)).toEqual(before);
    expect(await source.repository.listTrash()).toEqual([]);
    // The scans the commit had stored before its last step are taken back.
    expect(await source.db.attachments.count()).toBe(scansBefore);
  });

  it('takes back the scans it stored when storing a later batch of them fails (issue 22 #4)', async () => {
    // More scans than one write stores: the commit stores them batch by batch.
    for (let index = 0; index < 40; index += 1) await source.repository.putAttachment({ clientId: 'sample-zhou', name: `extra-${index}.png`, type: 'image/png', blob: new Blob([new Uint8Array([index])]) });
    const lines = await backupLines(source);
    const target = openBookNamed();
    await read(target, lines);
    const store = target.repository.storeRestoredScans.bind(target.repository);
    vi.spyOn(target.repository, 'storeRestoredScans').mockImplementationOnce(store).mockRejectedValueOnce(new Error('disk full'));
    await expect(target.backup.restoreCommit({ restoreId: 'r1', mode: 'merge' })).rejects.toThrow('disk full');
    vi.restoreAllMocks();
    expect(await target.db.attachments.count()).toBe(0);
    expect(await target.repository.allClients()).toEqual([]);
    // Nothing half-written stands in the way: the same restore, committed again, is whole.
    await target.backup.restoreCommit({ restoreId: 'r1', mode: 'merge' });
    expect(await contents(target)).toEqual(await contents(source));
  });

  it('over a book changed between slices, writes no line twice and leaves none out of its count (issue 22 #4, #5)', async () => {
    // Scans large enough that the file takes several slices: a slice ends after about 4 MB of text.
    const big = new Uint8Array(1_600_000).map((_, index) => index % 251);
    for (let index = 0; index < 4; index += 1) await source.repository.putAttachment({ clientId: 'sample-zhou', name: `big-${index}.png`, type: 'image/png', blob: new Blob([big]) });
    const book = { book: await source.repository.allClients(), scansAfter: source.repository.scansAfter.bind(source.repository), mappings: async () => [] };
    const first = await backupSlice(book, await loadSettings(), undefined);
    expect(first.next?.part).toBe('attachments');
    // Meanwhile a scan is added before the slice's place (by id): counted by place, the next slice began with a line written already.
    await source.db.attachments.put({ id: '0-added-meanwhile', clientId: 'sample-zhou', name: 'late.png', type: 'image/png', size: 3, blob: new Blob([new Uint8Array([1, 2, 3])]), createdAt: 0 });
    const lines = [...first.lines];
    let slice = first;
    while (slice.next) {
      slice = await backupSlice(book, await loadSettings(), slice.next);
      lines.push(...slice.lines);
    }
    const parsed = lines.map((line) => JSON.parse(line) as { attachment?: { id: string }; end?: { attachments: number } });
    const scanIds = parsed.flatMap((line) => (line.attachment ? [line.attachment.id] : []));
    expect(new Set(scanIds).size).toBe(scanIds.length);
    expect(parsed.at(-1)!.end!.attachments).toBe(scanIds.length);
  });

  it('tells when the book changed since the last backup', async () => {
    const state = await source.backup.backupState({});
    expect(state).toMatchObject({ clients: 2 });
    expect(state.lastBackupAt).toBeUndefined();
    await source.backup.markBackedUp({ at: state.bookChangedAt! + 1 });
    expect((await source.backup.backupState({})).lastBackupAt).toBe(state.bookChangedAt! + 1);
  });
});
