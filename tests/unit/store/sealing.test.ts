import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { AppError } from '@/lib/errors';
import type { Client } from '@/lib/model/profile';
import { sampleClients } from '@/lib/model/sample';
import { BeianDatabase } from '@/lib/store/db';
import { ProfileRepository } from '@/lib/store/repository';
import { SEALED_TABLES } from '@/lib/store/sealed-rows';
import { sealingMiddleware } from '@/lib/store/sealing';
import { SwitchableSealing, reseal } from '@/lib/store/switchable-sealing';
import { openedCursor } from '@/lib/store/unreadable-rows';
import type { DBCoreCursor } from 'dexie';
import { createVault, type VaultKeys } from '@/lib/store/vault';
import { sampleImageRefs } from '../../helpers/sample-images';

let count = 0;
/** The sample company without its scans (this test stores no files): every reference to a scan left out. */
const company = JSON.parse(
  JSON.stringify(sampleClients(sampleImageRefs())[0], (key, value: unknown) =>
    key === 'qualificationDocs' ? [] : value && typeof value === 'object' && 'size' in value && 'type' in value ? undefined : value,
  ),
) as Client;

async function sealedBook() {
  const name = `sealed-${++count}`;
  const { keys } = await createVault('口令', 1_000);
  let current: VaultKeys | undefined = keys;
  const db = new BeianDatabase(name);
  db.use(sealingMiddleware({ openingKeys: () => current, writing: () => ({ encrypted: true, ...(current ? { keys: current } : {}) }) }));
  return { name, keys, db, repository: new ProfileRepository(db), lock: () => (current = undefined), unlock: () => (current = keys) };
}

describe('sealing the book at rest', () => {
  it('reads back every field it sealed, and the stored rows hold no ID number, phone or address', async () => {
    const book = await sealedBook();
    const saved = await book.repository.saveClient(JSON.parse(JSON.stringify(company)));
    expect(await book.repository.getClient(saved.id)).toEqual(saved);
    const raw = new Dexie(book.name);
    await raw.open();
    const rows = JSON.stringify([await raw.table('clients').toArray(), await raw.table('websites').toArray()]);
    for (const secret of [company.subject.principal.certNumber, company.subject.principal.mobile, company.subject.principal.residenceDetail, company.subject.principal.email]) expect(rows).not.toContain(secret);
    expect(rows).toContain(company.displayName);
    // The search terms live in the list's index, sealed whole: no term of a client is left on disk beside its row, not even a domain.
    const index = JSON.stringify(await raw.table('summaries').toArray());
    for (const term of [company.subject.principal.certNumber, company.subject.principal.mobile, company.websites[0]!.domain, company.subject.unitName]) {
      expect(rows).not.toContain(term);
      expect(index).not.toContain(term);
    }
    raw.close();
  });

  it('refuses to read or write while locked, and reads again once unlocked', async () => {
    const book = await sealedBook();
    const saved = await book.repository.saveClient(JSON.parse(JSON.stringify(company)));
    book.lock();
    const locked = new ProfileRepository(book.db);
    await expect(locked.getClient(saved.id)).rejects.toThrow('the book is locked');
    await expect(locked.saveClient(saved)).rejects.toThrow('the book is locked');
    book.unlock();
    expect((await new ProfileRepository(book.db).allClients()).map((client) => client.id)).toEqual([saved.id]);
  });
});

describe('encrypting, re-keying and decrypting the book', () => {
  async function plainBook() {
    const name = `reseal-${++count}`;
    const sealing = new SwitchableSealing();
    const db = new BeianDatabase(name);
    db.use(sealingMiddleware(sealing));
    const repository = new ProfileRepository(db);
    const saved = await repository.saveClient(JSON.parse(JSON.stringify(company)));
    const rawRows = async () => {
      const raw = new Dexie(name);
      await raw.open();
      const rows = JSON.stringify(await Promise.all(SEALED_TABLES.map((table) => raw.table(table).toArray())));
      raw.close();
      return rows;
    };
    return { db, sealing, saved, rawRows, repository };
  }

  it('encrypts a plain book, changes its passphrase, and decrypts it, every client intact each time', async () => {
    const book = await plainBook();
    const first = (await createVault('一', 1_000)).keys;
    await reseal(book.db, book.sealing, { keys: first, encrypted: true });
    expect(await book.rawRows()).not.toContain(company.subject.principal.certNumber);
    expect(await new ProfileRepository(book.db).getClient(book.saved.id)).toEqual(book.saved);
    const second = (await createVault('二', 1_000)).keys;
    await reseal(book.db, book.sealing, { keys: second, encrypted: true });
    expect(await new ProfileRepository(book.db).getClient(book.saved.id)).toEqual(book.saved);
    await reseal(book.db, book.sealing, { encrypted: false });
    expect(await book.rawRows()).toContain(company.subject.principal.certNumber);
    expect(await new ProfileRepository(book.db).searchClients(company.subject.principal.certNumber.slice(0, 8))).toHaveLength(1);
  });

  it('leaves the old ciphertext and the old keys when re-keying fails halfway', async () => {
    const book = await plainBook();
    const first = (await createVault('一', 1_000)).keys;
    await reseal(book.db, book.sealing, { keys: first, encrypted: true });
    const before = await book.rawRows();
    let writes = 0;
    book.db.websites.hook('creating', () => {
      writes += 1;
      if (writes === 2) throw new Error('disk full');
    });
    book.db.websites.hook('updating', () => {
      writes += 1;
      if (writes === 2) throw new Error('disk full');
    });
    await expect(reseal(book.db, book.sealing, { keys: (await createVault('二', 1_000)).keys, encrypted: true })).rejects.toThrow('disk full');
    expect(await book.rawRows()).toBe(before);
    expect(book.sealing.openingKeys()).toBe(first);
    expect(await new ProfileRepository(book.db).getClient(book.saved.id)).toEqual(book.saved);
  });
});

describe('writing while the book is resealed (issue 22 #3)', () => {
  /**
   * A save that arrives while 加密/修改口令/解密 runs: before, it was sealed with the next keys
   * and committed after the reseal — unopenable if the reseal failed, and one unopenable row took
   * the whole book down. Now it is refused with a sentence, and the book opens whole either way.
   */
  async function saveDuringReseal(fails: boolean) {
    const name = `reseal-race-${++count}`;
    const sealing = new SwitchableSealing();
    const db = new BeianDatabase(name);
    db.use(sealingMiddleware(sealing));
    const repository = new ProfileRepository(db);
    const first = await repository.saveClient(JSON.parse(JSON.stringify(company)));
    if (fails) {
      db.websites.hook('updating', () => {
        throw new Error('disk full');
      });
      db.websites.hook('creating', () => {
        throw new Error('disk full');
      });
    }
    let saving: Promise<PromiseSettledResult<unknown>> | undefined;
    const { keys } = await createVault('口令', 1_000);
    const resealed = reseal(db, sealing, { encrypted: true, keys }, async () => {
      // Another save, from the popup, while the reseal's transaction runs (outside it: its own transaction).
      const another = Dexie.ignoreTransaction(() => repository.saveClient({ ...JSON.parse(JSON.stringify(company)), id: 'client-another', displayName: '另一家公司' }));
      saving = Promise.allSettled([another]).then(([settled]) => settled!);
    });
    const [outcome] = await Promise.allSettled([resealed]);
    return { db, first, reseal: outcome!, save: await saving!, sealing };
  }

  for (const fails of [false, true]) {
    it(`a save while the book is ${fails ? 'being encrypted and the encryption fails' : 'being encrypted'} is refused with a sentence, and every client opens afterwards`, async () => {
      const { db, first, reseal: outcome, save, sealing } = await saveDuringReseal(fails);
      expect(outcome.status).toBe(fails ? 'rejected' : 'fulfilled');
      expect(sealing.mode.encrypted).toBe(!fails);
      expect(save.status).toBe('rejected');
      expect(AppError.from((save as PromiseRejectedResult).reason).code).toBe('resealing');
      const clients = await new ProfileRepository(db).allClients();
      expect(clients.map((client) => client.id)).toEqual([first.id]);
    });
  }

  it('a write outside the reseal is refused from the moment the reseal asks for the next keys', async () => {
    const sealing = new SwitchableSealing();
    const { keys } = await createVault('口令', 1_000);
    let during: unknown;
    await sealing.switching({ encrypted: true, keys }, async () => {
      expect(() => sealing.writing({})).toThrow(AppError);
      const own = {};
      sealing.resealIn(own);
      during = sealing.writing(own);
      expect(sealing.writing()).toEqual({ encrypted: false });
    });
    expect(during).toEqual({ encrypted: true, keys });
    expect(sealing.writing({})).toEqual({ encrypted: true, keys });
  });
});

describe('finding a client of an encrypted book', () => {
  it('finds it by its ID number, phone, e-mail, name or domain, or the start of any — searched in memory over the sealed index', async () => {
    const name = `search-${++count}`;
    const { keys } = await createVault('口令', 1_000);
    const sealing = new SwitchableSealing({ keys, encrypted: true });
    const db = new BeianDatabase(name);
    db.use(sealingMiddleware(sealing));
    const repository = new ProfileRepository(db);
    const saved = await repository.saveClient(JSON.parse(JSON.stringify(company)));
    const { principal } = company.subject;
    for (const query of [principal.certNumber, principal.certNumber.slice(0, 10), principal.mobile, principal.email, principal.email.toUpperCase(), company.displayName, company.websites[0]!.domain]) {
      expect((await repository.searchClients(query)).map((client) => client.id), query).toEqual([saved.id]);
    }
    expect(await repository.searchClients('99999')).toEqual([]);
    // A background that starts afresh (nothing in memory) finds it the same way.
    expect((await new ProfileRepository(db).searchClients(principal.mobile.slice(0, 7))).map((client) => client.id)).toEqual([saved.id]);
  });

  it('a cursor read through the sealing answers its key, primary key and moves on as the browser’s own does', () => {
    // Like the browser's IDBCursor: its getters and methods work only on the cursor itself ("Illegal invocation" otherwise).
    class BrowserLikeCursor {
      #key = 'k1';
      #primaryKey = 'p1';
      #moved = 0;
      readonly value = { id: 'p1', clientId: 'c1' };
      get key() {
        return this.#key;
      }
      get primaryKey() {
        return this.#primaryKey;
      }
      get moved() {
        return this.#moved;
      }
      continue() {
        this.#moved += 1;
      }
    }
    const native = new BrowserLikeCursor();
    expect(() => (Object.create(native) as BrowserLikeCursor).key).toThrow(TypeError);
    const cursor = openedCursor(native as unknown as DBCoreCursor, (row) => ({ row })) as unknown as BrowserLikeCursor;
    expect([cursor.key, cursor.primaryKey]).toEqual(['k1', 'p1']);
    expect(cursor.value).toEqual({ id: 'p1', clientId: 'c1' });
    cursor.continue();
    expect(native.moved).toBe(1);
  });
});
