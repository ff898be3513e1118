import type { Dexie } from 'dexie';

/**
 * The bytes of the scans read from the book or about to be written to it. Reading a Blob is
 * asynchronous, and an IndexedDB transaction commits while it waits: the sealing needs a scan's
 * bytes in hand, so every Blob the book writes is one whose bytes are known (`blobOfBytes`,
 * `withKnownBytes`).
 */
const knownBytes = new WeakMap<Blob, Uint8Array>();

export function blobOfBytes(bytes: Uint8Array, type: string): Blob {
  const blob = new Blob([bytes as BlobPart], { type });
  knownBytes.set(blob, bytes);
  return blob;
}

/** The same scan as a Blob whose bytes the sealing knows (read once, before any transaction). */
export async function withKnownBytes(blob: Blob): Promise<Blob> {
  return knownBytes.has(blob) ? blob : blobOfBytes(new Uint8Array(await blob.arrayBuffer()), blob.type);
}

/** A scan's bytes: those the sealing knows at once, else read from the Blob. */
export async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return knownBytes.get(blob) ?? new Uint8Array(await blob.arrayBuffer());
}

/** A scan as it is stored: its bytes (a Uint8Array) rather than a Blob, which a book written before v8 may still hold. */
export function storableBlob(blob: unknown): unknown {
  return blob instanceof Blob && knownBytes.has(blob) ? knownBytes.get(blob) : blob;
}

/**
 * Makes every scan stored as a Blob (before v8, or by an older build) bytes, one at a time: the
 * bytes are the same, so this is safe to stop halfway, and it lets `reseal` run without waiting on
 * a Blob inside its transaction. Plain books only.
 */
export async function storeScansAsBytes(db: Dexie): Promise<number> {
  const table = db.table('attachments');
  let converted = 0;
  for (const id of await table.toCollection().primaryKeys()) {
    const row = (await table.get(id)) as { blob?: unknown } | undefined;
    if (!(row?.blob instanceof Blob) || knownBytes.has(row.blob)) continue;
    const blob = await withKnownBytes(row.blob);
    await db.transaction('rw', table, async () => {
      if (await table.get(id)) await table.update(id, { blob });
    });
    converted += 1;
  }
  return converted;
}
