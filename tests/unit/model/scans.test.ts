import { describe, expect, it } from 'vitest';
import { MIN_LEGIBLE, SCAN_LIMITS } from '@/lib/model/attachments';
import { scanFileProblem, shrinkToFit, type Encoder } from '@/lib/scans';

/** A JPEG encoder's sizes as a model: bytes grow with the area and the quality. */
function modelEncoder(bytesPerPixelAtBest: number): { encode: Encoder; tried: { width: number; height: number; quality: number }[] } {
  const tried: { width: number; height: number; quality: number }[] = [];
  const encode: Encoder = async (width, height, quality) => {
    tried.push({ width, height, quality });
    return new Blob([new Uint8Array(Math.round(width * height * bytesPerPixelAtBest * quality ** 2))]);
  };
  return { encode, tried };
}

describe('shrinking a scan to the platform’s limit', () => {
  it.each<[string, { bytes: number; width: number; height: number }, number, number]>([
    ['a phone photo of an ID card for the principal (512 KB)', { bytes: 4_800_000, width: 4032, height: 3024 }, SCAN_LIMITS.principal, 0.5],
    ['a scan for a liaison (100 KB)', { bytes: 900_000, width: 1800, height: 1200 }, SCAN_LIMITS.person, 0.5],
    ['a PNG screenshot', { bytes: 2_000_000, width: 1280, height: 800 }, SCAN_LIMITS.person, 1.2],
  ])('%s: under the limit, never below the legible size', async (_name, original, limit, density) => {
    const { encode, tried } = modelEncoder(density);
    const shrunk = await shrinkToFit(original, limit, encode);
    expect(shrunk).toBeDefined();
    expect(shrunk!.blob.size).toBeLessThanOrEqual(limit);
    expect(shrunk!.width).toBeGreaterThanOrEqual(MIN_LEGIBLE.width);
    expect(shrunk!.height).toBeGreaterThanOrEqual(MIN_LEGIBLE.height);
    expect(shrunk!.width / shrunk!.height).toBeCloseTo(original.width / original.height, 1);
    for (const attempt of tried) expect(attempt.width).toBeGreaterThanOrEqual(MIN_LEGIBLE.width);
  });

  it('keeps the size when a better compression alone fits', async () => {
    const { encode } = modelEncoder(0.5);
    expect(await shrinkToFit({ bytes: 700_000, width: 1200, height: 800 }, SCAN_LIMITS.principal, encode)).toMatchObject({ width: 1200, height: 800 });
  });

  it('gives up rather than go below the legible size', async () => {
    const { encode, tried } = modelEncoder(50);
    expect(await shrinkToFit({ bytes: 9_000_000, width: 3000, height: 2000 }, SCAN_LIMITS.person, encode)).toBeUndefined();
    expect(Math.min(...tried.map((attempt) => attempt.width))).toBe(MIN_LEGIBLE.width);
  });
});

describe('files that cannot be scans', () => {
  it.each<[string, { name: string; type: string; size: number }, string | undefined]>([
    ['a JPEG', { name: 'front.jpg', type: 'image/jpeg', size: 3_000_000 }, undefined],
    ['an iPhone HEIC photo', { name: 'IMG_0001.HEIC', type: '', size: 2_000_000 }, 'heic'],
    ['a PDF of the licence', { name: 'licence.pdf', type: 'application/pdf', size: 200_000 }, 'pdf'],
    ['a Word document', { name: 'id.docx', type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', size: 50_000 }, 'not-image'],
    ['a 60 MB image', { name: 'huge.png', type: 'image/png', size: 60 * 1024 * 1024 }, 'too-large'],
  ])('%s', (_name, file, problem) => {
    expect(scanFileProblem(file)).toBe(problem);
  });
});
