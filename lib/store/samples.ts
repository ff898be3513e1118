import { attachmentsOf, mapAttachments } from '../model/attachments';
import type { AttachmentRef } from '../model/profile';
import { SAMPLE_IMAGES, sampleClients, type SampleImage } from '../model/sample';
import { AppError } from '../errors';
import type { ProfileRepository } from './repository';

/** Refs that only stand in for the images, to learn which clients the samples are. */
function placeholderRefs(): Record<SampleImage, AttachmentRef> {
  return Object.fromEntries(Object.entries(SAMPLE_IMAGES).map(([key, path]) => [key, { id: key, name: path, type: 'image/png', size: 0 }])) as Record<SampleImage, AttachmentRef>;
}

export interface LoadedImage {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * Stores the sample clients with their scans. `loadImage` reads a file of public/ (the
 * extension fetches it; tests read it from disk). Samples already in the book — perhaps edited,
 * perhaps used as a template — are replaced only when the person said so (`replace`), and then
 * set aside in the 回收站 first, scans and all.
 */
export async function installSamples(
  repository: ProfileRepository,
  loadImage: (path: string) => Promise<LoadedImage>,
  { replace = false }: { replace?: boolean } = {},
): Promise<void> {
  const book = new Set((await repository.allClients()).map((client) => client.id));
  const present = sampleClients(placeholderRefs()).filter((client) => book.has(client.id));
  if (present.length > 0 && !replace) throw new AppError('conflict', present.map((client) => client.displayName).join('、'));
  for (const client of present) await repository.setAside(client.id);

  const images = new Map<string, LoadedImage & { ref: AttachmentRef }>();
  for (const [key, path] of Object.entries(SAMPLE_IMAGES)) {
    const image = await loadImage(path);
    const ref = { id: key, name: path.split('/').pop() ?? path, type: image.blob.type, size: image.blob.size };
    images.set(key, { ...image, ref });
  }
  const refs = Object.fromEntries([...images].map(([key, image]) => [key, image.ref])) as Record<SampleImage, AttachmentRef>;

  for (const client of sampleClients(refs)) {
    const stored = new Map<string, AttachmentRef>();
    for (const ref of attachmentsOf(client)) {
      const image = images.get(ref.id);
      if (!image || stored.has(ref.id)) continue;
      const { blob, width, height } = image;
      stored.set(ref.id, await repository.putAttachment({ clientId: client.id, name: ref.name, type: ref.type, blob, width, height }));
    }
    await repository.saveClient(
      mapAttachments(client, (ref) => stored.get(ref.id) ?? ref),
      client.updatedAt,
    );
  }
}
