import { sha256 } from '@noble/hashes/sha2.js';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { attachmentsOf } from '@/lib/model/attachments';
import { bytesToBase64 } from '@/lib/model/base64';
import { lineBinding } from '@/lib/store/backup-format';
import { importHandlers } from '@/lib/api/import/handlers';
import { memoryTabStore } from '@/lib/tab/tab-store';
import { VAULT_ITERATIONS, openText, sealText } from '@/lib/store/vault';
import { backupsFor } from '../../helpers/backup-file';
import { everything, sampleBook } from '../../helpers/sample-book';
import { lockableBook } from '../../helpers/locked-book';

/**
 * Issue 13: the book encrypted at rest — enable, lock, unlock, auto-lock, change the passphrase,
 * decrypt — through the background's lock, on a book with the sample clients and their scans.
 */
const PASSPHRASE = '青梧 correct horse';
const NEW_PASSPHRASE = '新的口令 battery staple';

const secretsOf = (clients: Awaited<ReturnType<typeof everything>>['clients']) =>
  clients.flatMap((client) => [client.subject.principal.certNumber, client.subject.principal.mobile, client.subject.principal.email, client.subject.principal.residenceDetail]).filter(Boolean);

beforeEach(() => fakeBrowser.reset());

describe('encrypting the book with a passphrase', () => {
  it('seals every ID number, phone, e-mail, address and scan at rest, and reads them all back unchanged', async () => {
    const book = await sampleBook();
    const before = await everything(book);
    expect(await book.lock.enable(PASSPHRASE)).toEqual({
      encrypted: true,
      locked: false,
      lockAt: book.clock.now + 15 * 60_000,
    });
    const raw = await book.rawRows();
    const rawText = JSON.stringify(raw);
    for (const secret of secretsOf(before.clients)) expect(rawText).not.toContain(secret);
    for (const scan of raw['attachments'] as Record<string, unknown>[]) {
      expect(scan).not.toHaveProperty('blob');
      expect(scan['sealedBytes']).toBeInstanceOf(Uint8Array);
    }
    expect(raw['vault']).toEqual([expect.objectContaining({ id: 'vault', version: 1, iterations: 1_000 })]);
    expect(await everything(book)).toEqual(before);
    expect(VAULT_ITERATIONS).toBeGreaterThanOrEqual(600_000);
  });

  it('refuses a passphrase under 8 characters and leaves the book plain', async () => {
    const book = await sampleBook();
    await expect(book.lock.enable('short')).rejects.toMatchObject({
      code: 'invalid-request',
    });
    expect(await book.lock.status()).toEqual({
      encrypted: false,
      locked: false,
    });
    expect((await book.rawRows())['vault']).toEqual([]);
  });
});

describe('reading the whole encrypted book', () => {
  it('opens its rows after the transaction, all at once with WebCrypto, into the same clients the row-by-row reading gives', async () => {
    const book = await sampleBook();
    await book.lock.enable(PASSPHRASE);
    const rowByRow = await Promise.all((await book.repository.listClients()).map((summary) => book.repository.getClient(summary.id)));
    book.repository.forget();
    const decrypt = vi.spyOn(crypto.subtle, 'decrypt');
    try {
      const whole = await book.repository.allClients();
      expect(decrypt.mock.calls.length).toBeGreaterThanOrEqual(rowByRow.length);
      expect([...whole].sort((a, b) => a.id.localeCompare(b.id))).toEqual([...rowByRow].sort((a, b) => a.id.localeCompare(b.id)));
    } finally {
      decrypt.mockRestore();
    }
  });
});

describe('the book’s work, encrypted', () => {
  it('deletes to the 回收站 and restores, and duplicates with the scans, every scan byte for byte', async () => {
    const book = await sampleBook();
    const before = await everything(book);
    await book.lock.enable(PASSPHRASE);
    const company = before.clients.find((client) => client.id === 'sample-qingwu')!;
    const entry = await book.repository.deleteClient(company.id);
    expect(JSON.stringify(await book.rawRows())).not.toContain(company.subject.principal.certNumber);
    expect(await book.repository.restoreClient(entry.id)).toEqual({ ...company, updatedAt: expect.any(Number) });
    const copy = await book.repository.duplicateClient(company.id, '青梧科技（副本）');
    const copiedScans = attachmentsOf(copy);
    expect(copiedScans.length).toBe(attachmentsOf(company).length);
    for (const [index, ref] of copiedScans.entries()) {
      const original = attachmentsOf(company)[index]!;
      expect(ref.id).not.toBe(original.id);
      expect(Buffer.from(await (await book.repository.getAttachment(ref.id)).blob.arrayBuffer()).toString('base64')).toBe(before.scans[original.id]);
    }
    const raw = await book.rawRows();
    expect((raw['attachments'] as Record<string, unknown>[]).every((scan) => scan['sealedBytes'] instanceof Uint8Array && !('blob' in scan))).toBe(true);
  });
});

describe('locking and unlocking', () => {
  it('while locked, refuses every read and write of a client; a wrong passphrase says so and changes nothing; the right one opens it', async () => {
    const book = await sampleBook();
    const before = await everything(book);
    await book.lock.enable(PASSPHRASE);
    const [first] = before.clients;
    expect(await book.lock.lock()).toEqual({ encrypted: true, locked: true });
    await expect(book.repository.allClients()).rejects.toMatchObject({
      code: 'locked',
    });
    await expect(book.repository.getClient(first!.id)).rejects.toMatchObject({
      code: 'locked',
    });
    await expect(book.repository.saveClient(first)).rejects.toMatchObject({
      code: 'locked',
    });
    expect(book.keyStore.value).toBeUndefined();
    const sealed = await book.rawRows();
    await expect(book.lock.unlock('not the passphrase')).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    expect(await book.lock.status()).toEqual({ encrypted: true, locked: true });
    expect(await book.rawRows()).toEqual(sealed);
    await book.lock.unlock(PASSPHRASE);
    expect(await everything(book)).toEqual(before);
    expect(book.announced.map((status) => status.locked)).toEqual([false, true, false]);
  });

  it('locks itself after the idle time the person set; each use starts the time again; a restarted background keeps the key until then', async () => {
    const book = await sampleBook({ autoLockMinutes: 5 });
    await book.lock.enable(PASSPHRASE);
    expect(book.alarm.at).toBe(book.clock.now + 5 * 60_000);
    book.clock.now += 4 * 60_000;
    await book.lock.touch();
    expect(book.alarm.at).toBe(book.clock.now + 5 * 60_000);

    const restarted = lockableBook(book.name, {
      keyStore: book.keyStore,
      autoLockMinutes: 5,
    });
    restarted.clock.now = book.clock.now + 60_000;
    await restarted.lock.start();
    expect(await restarted.lock.status()).toMatchObject({
      encrypted: true,
      locked: false,
    });
    expect((await restarted.repository.allClients()).length).toBe(2);

    book.clock.now += 5 * 60_000 + 1;
    await book.lock.timerRang();
    expect(await book.lock.status()).toEqual({ encrypted: true, locked: true });
    expect(book.keyStore.value).toBeUndefined();
    await expect(book.repository.allClients()).rejects.toMatchObject({
      code: 'locked',
    });
  });

  it('a new idle time set in 设置 counts at once, from now', async () => {
    let minutes = 15;
    const book = await sampleBook({ autoLockMinutes: () => minutes });
    await book.lock.enable(PASSPHRASE);
    expect(book.alarm.at).toBe(book.clock.now + 15 * 60_000);
    book.clock.now += 1_000;
    minutes = 5;
    await book.lock.idleTimeChanged();
    expect(book.alarm.at).toBe(book.clock.now + 5 * 60_000);
    minutes = 0;
    await book.lock.idleTimeChanged();
    expect(book.alarm.at).toBeUndefined();
    expect(await book.lock.status()).toEqual({ encrypted: true, locked: false });
  });

  it('a timer that rings before the idle time is up waits again for it', async () => {
    const book = await sampleBook({ autoLockMinutes: 5 });
    await book.lock.enable(PASSPHRASE);
    const lockAt = book.alarm.at!;
    book.clock.now = lockAt - 1_000;
    await book.lock.timerRang();
    expect(await book.lock.status()).toMatchObject({ locked: false });
    expect(book.alarm.at).toBe(lockAt);
  });

  it('a background that starts after the idle time is up starts locked', async () => {
    const book = await sampleBook({ autoLockMinutes: 5 });
    await book.lock.enable(PASSPHRASE);
    const restarted = lockableBook(book.name, {
      keyStore: book.keyStore,
      autoLockMinutes: 5,
    });
    restarted.clock.now = book.clock.now + 6 * 60_000;
    await restarted.lock.start();
    expect(await restarted.lock.status()).toEqual({
      encrypted: true,
      locked: true,
    });
  });
});

describe('changing the passphrase and decrypting', () => {
  it('changes the passphrase in one go: the old one no longer opens the book, the new one does, every client and scan intact', async () => {
    const book = await sampleBook();
    const before = await everything(book);
    await book.lock.enable(PASSPHRASE);
    await expect(book.lock.changePassphrase('not the passphrase', NEW_PASSPHRASE)).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await book.lock.changePassphrase(PASSPHRASE, NEW_PASSPHRASE);
    await book.lock.lock();
    await expect(book.lock.unlock(PASSPHRASE)).rejects.toMatchObject({
      code: 'wrong-passphrase',
    });
    await book.lock.unlock(NEW_PASSPHRASE);
    expect(await everything(book)).toEqual(before);
  });

  it('a change that fails halfway leaves the old ciphertext and the old passphrase', async () => {
    const book = await sampleBook();
    await book.lock.enable(PASSPHRASE);
    const sealed = await book.rawRows();
    let writes = 0;
    book.db.attachments.hook('updating', () => {
      writes += 1;
      if (writes === 3) throw new Error('disk full');
    });
    await expect(book.lock.changePassphrase(PASSPHRASE, NEW_PASSPHRASE)).rejects.toThrow('disk full');
    expect(await book.rawRows()).toEqual(sealed);
    await book.lock.lock();
    await book.lock.unlock(PASSPHRASE);
    expect((await book.repository.allClients()).length).toBe(2);
  });

  it('a locked book whose decryption or change of passphrase fails halfway is still locked, with nothing of it readable', async () => {
    const book = await sampleBook();
    await book.lock.enable(PASSPHRASE);
    await book.lock.lock();
    book.db.attachments.hook('updating', () => {
      throw new Error('disk full');
    });
    await expect(book.lock.disable(PASSPHRASE)).rejects.toThrow('disk full');
    await expect(book.lock.changePassphrase(PASSPHRASE, NEW_PASSPHRASE)).rejects.toThrow('disk full');
    expect(await book.lock.status()).toMatchObject({ encrypted: true, locked: true });
    await expect(book.repository.allClients()).rejects.toMatchObject({ code: 'locked' });
  });

  it('a lock while the rows are resealed for a new passphrase is kept: the book ends locked', async () => {
    const book = await sampleBook();
    await book.lock.enable(PASSPHRASE);
    let locked = false;
    book.db.attachments.hook('updating', () => {
      if (locked) return;
      locked = true;
      void book.lock.lock();
    });
    await book.lock.changePassphrase(PASSPHRASE, NEW_PASSPHRASE).then(
      () => undefined,
      (error: unknown) => expect(error).toMatchObject({ code: 'locked' }),
    );
    expect(locked).toBe(true);
    expect(await book.lock.status()).toMatchObject({ encrypted: true, locked: true });
    await expect(book.repository.allClients()).rejects.toMatchObject({ code: 'locked' });
  });

  it('decrypts the book with its passphrase: rows plain again, no vault, search by a part of a number again', async () => {
    const book = await sampleBook();
    const before = await everything(book);
    await book.lock.enable(PASSPHRASE);
    await expect(book.lock.disable('not the passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    expect(await book.lock.disable(PASSPHRASE)).toEqual({
      encrypted: false,
      locked: false,
    });
    const raw = await book.rawRows();
    expect(raw['vault']).toEqual([]);
    expect(JSON.stringify(raw)).toContain(before.clients[0]!.subject.principal.certNumber);
    expect(await everything(book)).toEqual(before);
    const number = before.clients[0]!.subject.principal.certNumber;
    expect((await book.repository.searchClients(number.slice(0, 8))).map((client) => client.id)).toContain(before.clients[0]!.id);
  });
});

describe('the backup of an encrypted book', () => {
  it('is sealed line by line, and restores into another book only with its passphrase', async () => {
    const book = await sampleBook();
    const before = await everything(book);
    await book.lock.enable(PASSPHRASE);
    const handlers = backupsFor(book.db, book.repository, { sealing: () => book.lock.backupSealing() });
    const lines = await handlers.backupLines();
    const text = lines.join('\n');
    for (const secret of [...secretsOf(before.clients), ...before.clients.map((client) => client.displayName)]) expect(text).not.toContain(secret);
    expect(JSON.parse(lines[0]!)).toMatchObject({
      format: 'beian-helper/backup',
      vault: { version: 1 },
    });
    expect(lines.slice(1).every((line) => Object.keys(JSON.parse(line) as object).join() === 'sealed')).toBe(true);

    const other = lockableBook(`${book.name}-other`);
    await other.lock.start();
    const restore = backupsFor(other.db, other.repository, { sealing: () => other.lock.backupSealing() });
    await expect(restore.read('r', lines)).rejects.toMatchObject({ code: 'needs-passphrase' });
    await expect(restore.read('r', lines, 'not the passphrase')).rejects.toMatchObject({ code: 'wrong-passphrase' });
    await restore.read('r', lines, PASSPHRASE);
    expect(await restore.restorePreview({ restoreId: 'r' })).toMatchObject({
      problemCount: 0,
      counts: { clients: 2 },
    });
    await restore.restoreCommit({ restoreId: 'r', mode: 'replace' });
    const restored = await everything({
      ...book,
      repository: other.repository,
    } as Awaited<ReturnType<typeof sampleBook>>);
    expect(restored.clients.map((client) => client.id).sort()).toEqual(before.clients.map((client) => client.id).sort());
    expect(Object.values(restored.scans).sort()).toEqual(Object.values(before.scans).sort());

    // The book it came from opens its own backup without asking; a line altered in the file is named, not read.
    const tampered = [...lines];
    tampered[2] = JSON.stringify({
      sealed: Buffer.from('not what was sealed, at all').toString('base64'),
    });
    await handlers.read('own', tampered);
    const preview = await handlers.restorePreview({ restoreId: 'own' });
    expect(preview.problems).toContainEqual({
      line: 3,
      message: 'sealed-broken',
    });
  });

  it('binds each sealed line to its place (issue 22 #6): a line dropped, moved, taken from another backup or put under an altered header does not open', async () => {
    const book = await sampleBook();
    await book.lock.enable(PASSPHRASE);
    const handlers = backupsFor(book.db, book.repository, { sealing: () => book.lock.backupSealing() });
    const lines = await handlers.backupLines();
    expect(JSON.parse(lines[0]!)).toMatchObject({ version: 2 });
    const problemsOf = async (file: string[], restoreId: string) => {
      await handlers.read(restoreId, file);
      return (await handlers.restorePreview({ restoreId })).problems;
    };
    expect(await problemsOf(lines, 'whole')).toEqual([]);

    // Two clients' lines swapped: each is where the other was sealed.
    const swapped = [...lines];
    [swapped[2], swapped[3]] = [swapped[3]!, swapped[2]!];
    expect(await problemsOf(swapped, 'swapped')).toEqual(expect.arrayContaining([{ line: 3, message: 'sealed-broken' }, { line: 4, message: 'sealed-broken' }]));

    // A client's line dropped (and the count in the end line is sealed: it cannot be made to agree).
    const dropped = lines.filter((_, index) => index !== 2);
    expect(await problemsOf(dropped, 'dropped')).toContainEqual({ line: 3, message: 'sealed-broken' });

    // A line from another backup of the same book, at the same place.
    await new Promise((done) => setTimeout(done, 2));
    const later = await handlers.backupLines();
    const spliced = [...lines];
    spliced[2] = later[2]!;
    expect(await problemsOf(spliced, 'spliced')).toContainEqual({ line: 3, message: 'sealed-broken' });

    // The header altered (its date): no line opens under it.
    const header = JSON.parse(lines[0]!) as { createdAt: number };
    const altered = [JSON.stringify({ ...header, createdAt: header.createdAt - 86_400_000 }), ...lines.slice(1)];
    const problems = await problemsOf(altered, 'altered');
    expect(problems.filter((problem) => problem.message === 'sealed-broken')).toHaveLength(lines.length - 1);

    // A file of version 1, whose lines were sealed unbound, still restores.
    const { keys } = book.lock.backupSealing()!;
    const headerDigest = bytesToBase64(sha256(new TextEncoder().encode(lines[0]!)));
    const unbound = lines.slice(1).map((line, index) => JSON.stringify({ sealed: sealText(keys, openText(keys, (JSON.parse(line) as { sealed: string }).sealed, lineBinding(headerDigest, index + 2))) }));
    expect(await problemsOf([JSON.stringify({ ...JSON.parse(lines[0]!), version: 1 }), ...unbound], 'version-1')).toEqual([]);
  });
});

describe('what the lock makes the background forget (issue 22 #9)', () => {
  it('a staged import, a staged restore and the subjects pages showed are dropped when the book locks; their next step says the book locked', async () => {
    const book = await sampleBook();
    await book.lock.enable(PASSPHRASE);
    const forgets: (() => void)[] = [];
    const whenLocked = (forget: () => void) => forgets.push(forget);
    const imports = importHandlers(book.repository, whenLocked);
    const backups = backupsFor(book.db, book.repository, { sealing: () => book.lock.backupSealing(), whenLocked });
    const subjects = memoryTabStore<{ name: string }>();

    await imports.importRead({ importId: 'i1', header: ['单位名称', '负责人证件号码'], rows: [['青梧科技', '330106198503121231']] });
    const lines = await backups.backupLines();
    await backups.read('r1', lines);
    await subjects.set(3, { name: '林晓峰' });

    // What the background does when the lock says it locked (entrypoints/background.ts).
    await book.lock.lock();
    for (const forget of forgets) forget();
    await subjects.clear();

    await expect(imports.importPreview({ importId: 'i1', actions: {}, defaultAction: 'skip' })).rejects.toMatchObject({ code: 'locked' });
    await expect(imports.importRead({ importId: 'i1', rows: [['另一行', '1']] })).rejects.toMatchObject({ code: 'locked' });
    await expect(backups.restorePreview({ restoreId: 'r1' })).rejects.toMatchObject({ code: 'locked' });
    await expect(backups.read('r1', lines)).rejects.toMatchObject({ code: 'locked' });
    expect(await subjects.get(3)).toBeUndefined();

    // Unlocked, a new import starts as before.
    await book.lock.unlock(PASSPHRASE);
    await imports.importRead({ importId: 'i2', header: ['单位名称'], rows: [['青梧科技']] });
    expect((await imports.importPreview({ importId: 'i2', actions: {}, defaultAction: 'skip' })).counts.rows).toBe(1);
  });
});

