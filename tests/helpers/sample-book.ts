import Dexie from 'dexie';
import { attachmentsOf } from '@/lib/model/attachments';
import { installSamples } from '@/lib/store/samples';
import { SEALED_TABLES } from '@/lib/store/sealed-rows';
import { lockableBook } from './locked-book';
import { loadPublicImage } from './sample-images';

let count = 0;

/** A book with the background's sealing and lock, the sample clients and their scans in it, and its rows as stored on disk at hand. */
export async function sampleBook(options: Parameters<typeof lockableBook>[1] = {}) {
  const name = `sample-book-${++count}`;
  const book = lockableBook(name, options);
  await installSamples(book.repository, loadPublicImage);
  await book.lock.start();
  /** The database as stored, without the sealing: what a disk (or a hostile edit of it) holds. */
  const raw = async <T,>(use: (db: Dexie) => Promise<T>): Promise<T> => {
    const db = new Dexie(name);
    await db.open();
    try {
      return await use(db);
    } finally {
      db.close();
    }
  };
  const rawRows = () => raw(async (db) => Object.fromEntries(await Promise.all([...SEALED_TABLES, 'vault'].map(async (table) => [table, await db.table(table).toArray()] as const))));
  return { ...book, name, raw, rawRows };
}

/** Everything the book holds, scans as bytes: what must come back whole after every change. */
export async function everything(book: Awaited<ReturnType<typeof sampleBook>>) {
  const clients = await book.repository.allClients();
  const scans: Record<string, string> = {};
  for (const client of clients) {
    for (const ref of attachmentsOf(client)) scans[ref.id] = Buffer.from(await (await book.repository.getAttachment(ref.id)).blob.arrayBuffer()).toString('base64');
  }
  return { clients, scans };
}
