import { attachmentsOf } from '../model/attachments';
import { newId } from '../model/factory';
import type { Client } from '../model/profile';
import type { TrashSummary } from '../model/summaries';
import { AppError } from '../errors';
import type { BeianDatabase, TrashEntry } from './db';

/** How long the 回收站 keeps a deleted client before it is gone for good. */
export const TRASH_KEEP_MS = 30 * 24 * 60 * 60 * 1000;

/** Who owns a trashed client's attachments meanwhile: the entry, not the client id another client may take. */
export const trashOwner = (entryId: string) => `trash:${entryId}`;

function trashSummaryOf(entry: TrashEntry): TrashSummary {
  const { client } = entry;
  return {
    id: entry.id,
    clientId: client.id,
    displayName: client.displayName,
    subjectName: client.subject.unitName || client.subject.principal.name,
    domains: client.websites.map((website) => website.domain),
    scans: new Set(attachmentsOf(client).map((ref) => ref.id)).size,
    reason: entry.reason,
    deletedAt: entry.deletedAt,
    purgeAt: entry.deletedAt + TRASH_KEEP_MS,
  };
}

/** `keep`: scans owned by the client's id that are not its own (a restore stored them for the client coming in its place). */
export async function moveToTrash(db: BeianDatabase, client: Client, reason: TrashEntry['reason'], now: number, keep: ReadonlySet<string> = new Set()): Promise<TrashSummary> {
  const entry: TrashEntry = { id: newId(), client, deletedAt: now, reason };
  await db.trash.put(entry);
  await db.attachments
    .where('clientId')
    .equals(client.id)
    .filter((attachment) => !keep.has(attachment.id))
    .modify({ clientId: trashOwner(entry.id) });
  await db.clients.delete(client.id);
  await db.websites.where('clientId').equals(client.id).delete();
  return trashSummaryOf(entry);
}

export async function trashSummaries(db: BeianDatabase): Promise<TrashSummary[]> {
  const entries = await db.trash.orderBy('deletedAt').reverse().toArray();
  return entries.map(trashSummaryOf);
}

/** A client taken out of the 回收站 with its scans, under new ids where its own were taken since, to be saved again (`ProfileRepository.restoreClient`). */
export async function takeOutOfTrash(db: BeianDatabase, entryId: string): Promise<Client> {
  const entry = await db.trash.get(entryId);
  if (!entry) throw new AppError('not-found', `trash entry ${entryId}`);
  const taken = (await db.clients.get(entry.client.id)) !== undefined;
  const websiteIds = entry.client.websites.map((website) => website.id);
  const websitesTaken = (await db.websites.bulkGet(websiteIds)).some((website) => website !== undefined);
  const client: Client = {
    ...entry.client,
    ...(taken ? { id: newId() } : {}),
    websites: websitesTaken ? entry.client.websites.map((website) => ({ ...website, id: newId() })) : entry.client.websites,
  };
  await db.attachments.where('clientId').equals(trashOwner(entry.id)).modify({ clientId: client.id });
  await db.trash.delete(entry.id);
  return client;
}

export async function deleteFromTrash(db: BeianDatabase, entryId: string): Promise<void> {
  if (!(await db.trash.get(entryId))) throw new AppError('not-found', `trash entry ${entryId}`);
  await db.attachments.where('clientId').equals(trashOwner(entryId)).delete();
  await db.trash.delete(entryId);
}

export async function purgeExpired(db: BeianDatabase, now: number): Promise<number> {
  const expired = await db.trash.where('deletedAt').below(now - TRASH_KEEP_MS).primaryKeys();
  for (const entryId of expired) await db.attachments.where('clientId').equals(trashOwner(entryId)).delete();
  await db.trash.bulkDelete(expired);
  return expired.length;
}
