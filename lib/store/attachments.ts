import { LARGEST_UPLOAD_BYTES, attachmentsOf, mapAttachments } from '../model/attachments';
import { newId } from '../model/factory';
import type { AttachmentRef, Client } from '../model/profile';
import { AppError } from '../errors';
import type { BulkOpening } from './bulk-opening';
import type { BeianDatabase, ScanBytes, StoredAttachment } from './db';
import { bytesOf, withKnownBytes } from './scan-bytes';
import { trashOwner } from './trash';

export interface NewAttachment {
  clientId: string;
  name: string;
  type: string;
  blob: Blob;
  width?: number;
  height?: number;
}

/** Attachments nobody refers to (an editor closed without saving) are kept this long, then pruned. */
export const ORPHAN_GRACE_MS = 24 * 60 * 60 * 1000;

function refOf(attachment: StoredAttachment): AttachmentRef {
  const { id, name, type, size, width, height } = attachment;
  return { id, name, type, size, ...(width ? { width } : {}), ...(height ? { height } : {}) };
}

export async function storeAttachment(db: BeianDatabase, input: NewAttachment, now: number): Promise<AttachmentRef> {
  if (input.blob.size > LARGEST_UPLOAD_BYTES) throw new AppError('too-large', `${input.name}: ${input.blob.size} bytes`);
  const blob = await withKnownBytes(input.blob);
  const attachment: StoredAttachment = {
    id: newId(),
    clientId: input.clientId,
    name: input.name,
    type: input.type,
    size: input.blob.size,
    blob,
    createdAt: now,
    ...(input.width ? { width: input.width } : {}),
    ...(input.height ? { height: input.height } : {}),
  };
  await db.attachments.put(attachment);
  return refOf(attachment);
}

export async function readAttachment(db: BeianDatabase, id: string): Promise<{ ref: AttachmentRef; blob: Blob }> {
  const stored = await db.attachments.get(id);
  if (!stored) throw new AppError('not-found', `attachment ${id}`);
  return { ref: refOf(stored), blob: stored.blob };
}

export async function scansAfter(
  db: BeianDatabase,
  bulk: BulkOpening | undefined,
  after: string | undefined,
  limit: number,
  owners: ReadonlySet<string>,
): Promise<{ scans: ScanBytes[]; last?: string }> {
  const rows = await db.transaction('r', db.attachments, (transaction) => {
    bulk?.leave(transaction);
    // Read in one go by key range (a cursor filtering row by row costs a round trip per scan); the 回收站's scans left out after.
    const range = after === undefined ? db.attachments.toCollection() : db.attachments.where(':id').above(after);
    return range.limit(limit).toArray();
  });
  const last = rows.at(-1)?.id;
  const owned = rows.filter((row) => owners.has(row.clientId));
  const scans = bulk ? await bulk.openScans(owned) : await Promise.all(owned.map(async ({ blob, ...scan }) => ({ ...scan, bytes: await bytesOf(blob) })));
  return { scans, ...(last ? { last } : {}) };
}

export async function copyWithScans(db: BeianDatabase, original: Client, displayName: string, now: number): Promise<Client> {
  const copyId = newId();
  const copiedIds = new Map<string, string>();
  for (const ref of attachmentsOf(original)) {
    if (copiedIds.has(ref.id)) continue;
    const stored = await db.attachments.get(ref.id);
    if (!stored) continue;
    const copy = { ...stored, id: newId(), clientId: copyId, createdAt: now };
    await db.attachments.put(copy);
    copiedIds.set(ref.id, copy.id);
  }
  const remapped = mapAttachments(structuredClone(original), (ref) => ({ ...ref, id: copiedIds.get(ref.id) ?? ref.id }));
  return {
    ...remapped,
    id: copyId,
    displayName,
    websites: remapped.websites.map((website) => ({ ...website, id: newId() })),
    createdAt: now,
    updatedAt: now,
  };
}

export async function pruneOrphans(db: BeianDatabase, now: number): Promise<number> {
  return db.transaction('rw', db.clients, db.trash, db.attachments, db.quarantine, async () => {
    const trashOwners = (await db.trash.toCollection().primaryKeys()).map(trashOwner);
    // A client whose own row is in quarantine keeps its scans: restored from a backup, it is whole again.
    const quarantined = (await db.quarantine.where('table').equals('clients').toArray()).map((entry) => entry.rowId);
    const clientIds = new Set([...(await db.clients.toCollection().primaryKeys()), ...trashOwners, ...quarantined]);
    return db.attachments
      .where('createdAt')
      .below(now - ORPHAN_GRACE_MS)
      .filter((attachment) => !clientIds.has(attachment.clientId))
      .delete();
  });
}
