import { attachmentsOf, mapAttachments } from '../model/attachments';
import type { AttachmentRef } from '../model/profile';
import { SAMPLE_IMAGES, sampleClients, type SampleImage } from '../model/sample';
import type { ProfileRepository } from './repository';

export interface LoadedImage {
  blob: Blob;
  width: number;
  height: number;
}

/**
 * Stores the sample clients with their scans. `loadImage` reads a file of public/ (the
 * extension fetches it; tests read it from disk). Installing again replaces the samples.
 */
export async function installSamples(
  repository: ProfileRepository,
  loadImage: (path: string) => Promise<LoadedImage>,
): Promise<void> {
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
