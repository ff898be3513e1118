import { beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import { LARGEST_UPLOAD_BYTES, attachmentsOf } from '@/lib/model/attachments';
import type { Client } from '@/lib/model/profile';
import { BeianDatabase } from '@/lib/store/db';
import { ORPHAN_GRACE_MS } from '@/lib/store/attachments';
import { ProfileRepository } from '@/lib/store/repository';
import { TRASH_KEEP_MS } from '@/lib/store/trash';
import { installSamples } from '@/lib/store/samples';
import { loadPublicImage } from '../../helpers/sample-images';
import { generateClients } from '../../bench/generate';

let db: BeianDatabase;
let repository: ProfileRepository;
let databaseCount = 0;

beforeEach(async () => {
  db = new BeianDatabase(`repository-${++databaseCount}`);
  repository = new ProfileRepository(db);
  await installSamples(repository, loadPublicImage);
});

async function rejection(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe('the profile repository', () => {
  it('lists the clients in pinyin order of their display names, with subject and domains', async () => {
    expect(await repository.listClients()).toEqual([
      expect.objectContaining({
        id: 'sample-qingwu',
        nature: 'enterprise',
        subjectName: '杭州青梧数字科技有限公司',
        domains: ['qingwutech.cn', 'qingwushop.com'],
      }),
      expect.objectContaining({ id: 'sample-zhou', nature: 'individual', subjectName: '周若溪', domains: ['ruoxi-notes.cn'] }),
    ]);
  });

  it('stores the sample scans with their byte size and pixel size', async () => {
    const company = await repository.getClient('sample-qingwu');
    const front = company.subject.principal.certFront!;
    expect(front).toMatchObject({ name: 'principal-front.png', type: 'image/png', width: 428, height: 270 });
    const { blob } = await repository.getAttachment(front.id);
    expect(blob.size).toBe(front.size);
  });

  it('gives back exactly what was saved, websites in order', async () => {
    const company = await repository.getClient('sample-qingwu');
    const edited: Client = structuredClone(company);
    edited.websites.reverse();
    edited.websites[0]!.subdomains.push('api.qingwushop.com');
    const saved = await repository.saveClient(edited, 1_800_000_000_000);
    expect(saved.updatedAt).toBe(1_800_000_000_000);
    expect(await repository.getClient('sample-qingwu')).toEqual(saved);
  });

  it.each([
    ['a domain', 'qingwushop', 'sample-qingwu'],
    ['an ID number', '440305199202150826', 'sample-zhou'],
    ['a mobile number', '13957198765', 'sample-qingwu'],
    ['a person of a website', '沈嘉禾', 'sample-qingwu'],
    ['the subject name', '杭州青梧', 'sample-qingwu'],
    ['a record number', '33010602012345', 'sample-qingwu'],
  ])('finds a client by %s', async (_what, query, id) => {
    expect((await repository.searchClients(query)).map((client) => client.id)).toEqual([id]);
  });

  it('refuses an invalid client with the field paths, and keeps what was stored', async () => {
    const before = await repository.getClient('sample-zhou');
    const broken = structuredClone(before);
    broken.subject.principal.email = 'ruoxi@';
    broken.websites[0]!.name = '';
    const error = await rejection(repository.saveClient(broken));
    expect(error.code).toBe('invalid-profile');
    expect(error.issues).toEqual([
      { path: ['subject', 'principal', 'email'], message: 'email' },
      { path: ['websites', 0, 'name'], message: 'required' },
    ]);
    expect(await repository.getClient('sample-zhou')).toEqual(before);
  });

  it('refuses a client that refers to an attachment that is not stored', async () => {
    const client = await repository.getClient('sample-zhou');
    client.subject.principal.certBack = { id: 'never-uploaded', name: 'x.png', type: 'image/png', size: 1 };
    const error = await rejection(repository.saveClient(client));
    expect(error).toMatchObject({ code: 'invalid-profile', message: expect.stringContaining('never-uploaded') });
  });

  it('answers not-found for a client that does not exist', async () => {
    expect((await rejection(repository.deleteClient('nobody'))).code).toBe('not-found');
  });

  it('duplicates a client under new ids, with its own copies of the attachments', async () => {
    const original = await repository.getClient('sample-qingwu');
    const copy = await repository.duplicateClient('sample-qingwu', '青梧科技（副本）');
    expect(copy.id).not.toBe(original.id);
    expect(copy.displayName).toBe('青梧科技（副本）');
    expect(copy.websites.map((website) => website.domain)).toEqual(['qingwutech.cn', 'qingwushop.com']);
    expect(copy.websites.map((website) => website.id)).not.toContain(original.websites[0]!.id);
    const originalIds = new Set(attachmentsOf(original).map((ref) => ref.id));
    expect(attachmentsOf(copy).filter((ref) => originalIds.has(ref.id))).toEqual([]);

    await repository.deleteClient('sample-qingwu');
    const front = (await repository.getClient(copy.id)).subject.principal.certFront!;
    expect((await repository.getAttachment(front.id)).blob.size).toBe(front.size);
  });

  it('drops an attachment once the client no longer refers to it', async () => {
    const client = await repository.getClient('sample-zhou');
    const back = client.subject.principal.certBack!;
    delete client.subject.principal.certBack;
    await repository.saveClient(client);
    await expect(repository.getAttachment(back.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('prunes attachments of clients never saved, after a day', async () => {
    const blob = new Blob(['scan'], { type: 'image/png' });
    const now = Date.now();
    const old = await repository.putAttachment({ clientId: 'abandoned', name: 'a.png', type: 'image/png', blob }, now - ORPHAN_GRACE_MS - 1);
    const fresh = await repository.putAttachment({ clientId: 'being-edited', name: 'b.png', type: 'image/png', blob }, now);
    expect(await repository.pruneOrphanAttachments(now)).toBe(1);
    await expect(repository.getAttachment(old.id)).rejects.toMatchObject({ code: 'not-found' });
    expect((await repository.getAttachment(fresh.id)).ref.id).toBe(fresh.id);
    expect(await db.attachments.where('clientId').equals('sample-qingwu').count()).toBeGreaterThan(0);
  });

  it('refuses a file past the upload cap before storing anything, and keeps one at the cap', async () => {
    const before = await db.attachments.count();
    const error = await rejection(repository.putAttachment({ clientId: 'sample-zhou', name: 'raw-photo.jpg', type: 'image/jpeg', blob: new Blob([new Uint8Array(LARGEST_UPLOAD_BYTES + 1)]) }));
    expect(error.code).toBe('too-large');
    expect(await db.attachments.count()).toBe(before);
    await repository.putAttachment({ clientId: 'sample-zhou', name: 'scan.jpg', type: 'image/jpeg', blob: new Blob([new Uint8Array(LARGEST_UPLOAD_BYTES)]) });
    expect(await db.attachments.count()).toBe(before + 1);
  });

  it('refuses a client with a text past its bound, naming the field, and keeps the stored one', async () => {
    const client = await repository.getClient('sample-zhou');
    const error = await rejection(repository.saveClient({ ...client, subject: { ...client.subject, unitAddress: '路'.repeat(201) } }));
    expect(error.issues).toContainEqual({ path: ['subject', 'unitAddress'], message: 'tooLong:200' });
    expect(await repository.getClient('sample-zhou')).toEqual(client);
  });
});

describe('the 回收站', () => {
  const DAY = 24 * 60 * 60 * 1000;

  async function scansOf(client: Client): Promise<number[]> {
    return Promise.all(attachmentsOf(client).map(async (ref) => (await repository.getAttachment(ref.id)).blob.size));
  }

  it('takes a deleted client out of the book, its list, its search and the agency rules’ view', async () => {
    const entry = await repository.deleteClient('sample-qingwu', 1_000);
    expect(entry).toMatchObject({ clientId: 'sample-qingwu', displayName: '青梧科技', reason: 'deleted', deletedAt: 1_000, purgeAt: 1_000 + TRASH_KEEP_MS, scans: 5 });
    await expect(repository.getClient('sample-qingwu')).rejects.toMatchObject({ code: 'not-found' });
    expect((await repository.listClients()).map((client) => client.id)).toEqual(['sample-zhou']);
    expect(await repository.searchClients('qingwushop.com')).toEqual([]);
    expect((await repository.allClients()).map((client) => client.id)).toEqual(['sample-zhou']);
    expect(await db.websites.where('clientId').equals('sample-qingwu').count()).toBe(0);
  });

  it('restores a client whole — websites, scans and all — and empties its entry', async () => {
    const original = await repository.getClient('sample-qingwu');
    const sizes = await scansOf(original);
    const entry = await repository.deleteClient('sample-qingwu');
    expect(await repository.listTrash()).toEqual([entry]);
    const restored = await repository.restoreClient(entry.id, original.updatedAt);
    expect(restored).toEqual(original);
    expect(await repository.getClient('sample-qingwu')).toEqual(original);
    expect(await scansOf(restored)).toEqual(sizes);
    expect(await repository.listTrash()).toEqual([]);
    expect((await repository.searchClients('qingwushop.com')).map((client) => client.id)).toEqual(['sample-qingwu']);
  });

  it('keeps a trashed client’s scans when another client is saved under its id, and restores it as a client of its own', async () => {
    const original = await repository.getClient('sample-zhou');
    const entry = await repository.deleteClient('sample-zhou');
    await installSamples(repository, loadPublicImage, { replace: true });
    const restored = await repository.restoreClient(entry.id);
    expect(restored.id).not.toBe('sample-zhou');
    expect(restored.websites.map((website) => website.id)).not.toContain(original.websites[0]!.id);
    expect(restored.subject).toEqual(original.subject);
    expect(await scansOf(restored)).toEqual(await scansOf(original));
    expect((await repository.getClient('sample-zhou')).displayName).toBe('周若溪（个人博客）');
  });

  it('keeps scans in the 回收站 out of the orphan pruning', async () => {
    const client = await repository.getClient('sample-zhou');
    const entry = await repository.deleteClient('sample-zhou');
    expect(await repository.pruneOrphanAttachments(Date.now() + 2 * DAY)).toBe(0);
    expect(await scansOf(await repository.restoreClient(entry.id))).toEqual(await scansOf(client));
  });

  it('empties entries older than 30 days, their scans with them, and keeps younger ones', async () => {
    const now = Date.now();
    const old = await repository.deleteClient('sample-qingwu', now - TRASH_KEEP_MS - 1);
    const young = await repository.deleteClient('sample-zhou', now - 29 * DAY);
    const before = await db.attachments.count();
    const oldScans = await db.attachments.where('clientId').equals(`trash:${old.id}`).count();
    expect(oldScans).toBeGreaterThan(0);
    expect(await repository.purgeTrash(now)).toBe(1);
    expect((await repository.listTrash()).map((entry) => entry.id)).toEqual([young.id]);
    expect(await db.attachments.count()).toBe(before - oldScans);
    await expect(repository.restoreClient(old.id)).rejects.toMatchObject({ code: 'not-found' });
  });

  it('deletes an entry for good on request', async () => {
    const entry = await repository.deleteClient('sample-zhou');
    const before = await db.attachments.count();
    await repository.deleteForever(entry.id);
    expect(await repository.listTrash()).toEqual([]);
    expect(await db.attachments.count()).toBe(before - entry.scans);
  });
});

describe('installing the samples again', () => {
  it('refuses to overwrite the samples in the book unless the person said so, and changes nothing', async () => {
    const edited = await repository.saveClient({ ...(await repository.getClient('sample-zhou')), notes: '我改过的' });
    const error = await rejection(installSamples(repository, loadPublicImage));
    expect(error).toMatchObject({ code: 'conflict', message: expect.stringContaining('周若溪') });
    expect(await repository.getClient('sample-zhou')).toEqual(edited);
    expect(await repository.listTrash()).toEqual([]);
  });

  it('with the person’s say-so, sets the edited samples aside in the 回收站, from where they come back', async () => {
    const edited = await repository.saveClient({ ...(await repository.getClient('sample-zhou')), notes: '我改过的' });
    await installSamples(repository, loadPublicImage, { replace: true });
    expect((await repository.getClient('sample-zhou')).notes).not.toBe('我改过的');
    const aside = (await repository.listTrash()).find((entry) => entry.clientId === 'sample-zhou')!;
    expect(aside.reason).toBe('replaced');
    const back = await repository.restoreClient(aside.id);
    expect(back.notes).toBe('我改过的');
    expect(back.subject).toEqual(edited.subject);
  });
});


describe('the whole book read', () => {
  it('comes whole, in id order, however many slices it is read in (each slice one task of the background)', async () => {
    const clients = generateClients(1_234);
    await repository.restoreBackup({ clients, mappings: [], restoredScans: new Set(), renamed: new Map() }, 'replace');
    const read = await new ProfileRepository(db).allClients();
    expect(read).toEqual([...clients].sort((a, b) => (a.id < b.id ? -1 : 1)));
  });
});
