import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AttachmentRef } from '@/lib/model/profile';
import { SAMPLE_IMAGES, type SampleImage } from '@/lib/model/sample';
import type { LoadedImage } from '@/lib/store/samples';

const ROOT = resolve(import.meta.dirname, '../..');

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Reads a file of public/ as the extension's background would fetch it. */
export async function loadPublicImage(path: string): Promise<LoadedImage> {
  const bytes = readFileSync(resolve(ROOT, 'public', path));
  return { blob: new Blob([bytes], { type: 'image/png' }), ...pngSize(bytes) };
}

/** References to the sample images as if stored under their own names. */
export function sampleImageRefs(): Record<SampleImage, AttachmentRef> {
  const entries = Object.entries(SAMPLE_IMAGES).map(([key, path]) => {
    const bytes = readFileSync(resolve(ROOT, 'public', path));
    return [key, { id: `image-${key}`, name: path.split('/').pop()!, type: 'image/png', size: bytes.length, ...pngSize(bytes) }];
  });
  return Object.fromEntries(entries) as Record<SampleImage, AttachmentRef>;
}
