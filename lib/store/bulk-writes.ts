import { mapAttachments } from '../model/attachments';
import { newId } from '../model/factory';
import type { Mapping } from '../model/mapping';
import type { Client, Website } from '../model/profile';
import { readClient, storeClient, storedClientOf, storedWebsitesOf } from './client-rows';
import type { BeianDatabase, ScanBytes } from './db';
import { moveToTrash } from './trash';

/** A backup's clients and lessons, its scans stored before (`restoredScans` are their ids, `renamed` their new ids). */
export interface RestoredBook {
  clients: Iterable<Client>;
  mappings: readonly Mapping[];
  restoredScans: ReadonlySet<string>;
  renamed: ReadonlyMap<string, string>;
}

/** The writes of `ProfileRepository.storeRestoredScans`, in its transaction. */
export async function storeScans(db: BeianDatabase, scans: readonly ScanBytes[], owners: ReadonlyMap<string, string>, renamed: Map<string, string>): Promise<string[]> {
  const taken = new Set(await db.attachments.where(':id').anyOf(scans.map((scan) => scan.id)).primaryKeys());
  const stored = scans.map(({ bytes, ...scan }) => {
    // The book keeps a scan's bytes (v8), and the sealing takes them as they are: no Blob made of them only to be read back.
    const owned = { ...scan, clientId: owners.get(scan.id) ?? scan.clientId, blob: bytes as unknown as Blob };
    if (!taken.has(scan.id)) return owned;
    const id = newId();
    renamed.set(scan.id, id);
    return { ...owned, id };
  });
  await db.attachments.bulkPut(stored);
  return stored.map((scan) => scan.id);
}

/** What a restore wrote: the clients as stored (under the ids they got), and the ids of the book's clients it set aside in the 回收站. */
export interface RestoreWrites {
  restored: Client[];
  setAside: string[];
}

/** The writes of `ProfileRepository.restoreBackup`, in its transaction. */
export async function restoreClients(db: BeianDatabase, backup: RestoredBook, mode: 'merge' | 'replace', now: number): Promise<RestoreWrites> {
  const clients = [...backup.clients];
  const incoming = new Set(clients.map((client) => client.id));
  const current = (await db.clients.toCollection().primaryKeys()) as string[];
  const setAside = current.filter((id) => mode === 'replace' || incoming.has(id));
  for (const id of setAside) await moveToTrash(db, await readClient(db, id), 'replaced', now, backup.restoredScans);
  // A client whose own row was in quarantine left its websites and scans behind: the backup's come instead.
  const quarantined = new Set((await db.quarantine.where('table').equals('clients').toArray()).map((entry) => entry.rowId));
  const absent = clients.filter((client) => quarantined.has(client.id)).map((client) => client.id);
  await db.websites.where('clientId').anyOf(absent).delete();
  await db.attachments
    .where('clientId')
    .anyOf(absent)
    .filter((attachment) => !backup.restoredScans.has(attachment.id))
    .delete();
  // A website id the book still uses for another client (or the file uses twice) gets a new id: a website never moves to another client.
  // The book's website ids, keys only: reading 10,000 websites whole to learn which ids exist took most of a second.
  const siteTaken = new Set((await db.websites.toCollection().primaryKeys()) as string[]);
  const sitesSeen = new Set<string>();
  const ownSite = (website: Website): Website => {
    const clash = siteTaken.has(website.id) || sitesSeen.has(website.id);
    sitesSeen.add(website.id);
    return clash ? { ...website, id: newId() } : website;
  };
  // None of these clients is in the book any more (set aside above): they are written in bulk.
  const restored = clients.map((client) => {
    const withScans = backup.renamed.size ? mapAttachments(client, (ref) => ({ ...ref, id: backup.renamed.get(ref.id) ?? ref.id })) : client;
    return { ...withScans, websites: withScans.websites.map(ownSite) };
  });
  await db.clients.bulkPut(restored.map(storedClientOf));
  await db.websites.bulkPut(restored.flatMap((client) => storedWebsitesOf(client)));
  await db.mappings.bulkPut([...backup.mappings]);
  return { restored, setAside };
}

/** What a spreadsheet import changes: clients added, merged over the book's, and replacing one of the book's. */
export interface ImportChanges {
  add: readonly Client[];
  merge: readonly Client[];
  replace: readonly { replacedId: string; client: Client }[];
}

/** The writes of `ProfileRepository.importClients`, in its transaction. */
export async function importChanges(db: BeianDatabase, changes: ImportChanges, now: number): Promise<void> {
  for (const { replacedId } of changes.replace) await moveToTrash(db, await readClient(db, replacedId), 'replaced', now);
  for (const client of changes.merge) await storeClient(db, client);
  // New clients hold no scans (a spreadsheet carries none) and no website of the book: written in bulk.
  const added = [...changes.add, ...changes.replace.map(({ client }) => client)];
  await db.clients.bulkAdd(added.map(storedClientOf));
  await db.websites.bulkAdd(added.flatMap((client) => storedWebsitesOf(client)));
}
