import { ACCEPTED_IMAGE_TYPES, MIN_LEGIBLE } from './model/attachments';

/**
 * Scans that fit the platform's limits: an image over its limit is re-encoded as JPEG and, if need
 * be, scaled down — never below a legible size — until it fits. The loop is apart from the canvas
 * that encodes, so it is tested without a browser.
 */
export interface ScanSize {
  bytes: number;
  width: number;
  height: number;
}

/** Encodes the image at a size and a JPEG quality. */
export type Encoder = (width: number, height: number, quality: number) => Promise<Blob>;

/** A phone's photo is far larger than any document needs: shrinking starts at most this wide. */
const WIDEST = 2000;
/** JPEG qualities tried at each size, the best first: text stays sharp at 0.6 and above. */
const QUALITIES = [0.9, 0.8, 0.7, 0.6];
/** Each smaller size aims a little under what the area alone would give. */
const MARGIN = 0.9;
const MAX_ROUNDS = 10;

/** The largest input worth shrinking (a 50-megapixel photo); past it the file is refused. */
export const LARGEST_SHRINK_INPUT = 40 * 1024 * 1024;

export type ScanFileProblem = 'heic' | 'pdf' | 'not-image' | 'too-large';

/** Why a chosen file cannot become a scan for the platform, if it cannot. */
export function scanFileProblem(file: { name: string; type: string; size: number }): ScanFileProblem | undefined {
  const name = file.name.toLowerCase();
  if (/image\/hei[cf]/.test(file.type) || /\.hei[cf]$/.test(name)) return 'heic';
  if (file.type === 'application/pdf' || name.endsWith('.pdf')) return 'pdf';
  if (!(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(file.type)) return 'not-image';
  if (file.size > LARGEST_SHRINK_INPUT) return 'too-large';
  return undefined;
}

/** The image re-encoded under `limit` bytes at the largest size that fits, never smaller than legible; none when even that is too big. */
export async function shrinkToFit(original: ScanSize, limit: number, encode: Encoder): Promise<{ blob: Blob; width: number; height: number } | undefined> {
  const smallestScale = Math.max(MIN_LEGIBLE.width / original.width, MIN_LEGIBLE.height / original.height);
  let scale = Math.min(1, WIDEST / original.width);
  if (scale < smallestScale) scale = Math.min(1, smallestScale);
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const width = Math.round(original.width * scale);
    const height = Math.round(original.height * scale);
    let smallest: Blob | undefined;
    for (const quality of QUALITIES) {
      const blob = await encode(width, height, quality);
      if (blob.size <= limit) return { blob, width, height };
      smallest = blob;
    }
    if (scale <= smallestScale) return undefined;
    scale = Math.max(smallestScale, scale * Math.sqrt(limit / smallest!.size) * MARGIN);
  }
  return undefined;
}

/** A browser's encoder for an image file (OffscreenCanvas), with the image's own size. */
export async function canvasEncoder(file: Blob): Promise<{ size: ScanSize; encode: Encoder; close: () => void }> {
  const bitmap = await createImageBitmap(file);
  const encode: Encoder = async (width, height, quality) => {
    const canvas = new OffscreenCanvas(width, height);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    // A transparent PNG would turn black as a JPEG: scans sit on white paper.
    context.fillStyle = '#fff';
    context.fillRect(0, 0, width, height);
    context.imageSmoothingQuality = 'high';
    context.drawImage(bitmap, 0, 0, width, height);
    return canvas.convertToBlob({ type: 'image/jpeg', quality });
  };
  return { size: { bytes: file.size, width: bitmap.width, height: bitmap.height }, encode, close: () => bitmap.close() };
}
