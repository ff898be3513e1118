import { fillGalleryPage, openGallerySession, type Miss } from '../gallery/harness';
import { EXTRA_SEEDS, GALLERY_SEED, PAGE_IDS, gallery } from '../gallery/renderings';

/**
 * The gallery score: every generated rendering's subject, step 2 and step 3 filled with the real
 * built extension; fields right over fields present, per rendering and in total, and each miss
 * with what the report said about it.
 */
export async function benchGallery(seed = GALLERY_SEED, only?: string): Promise<string[]> {
  if (seed !== GALLERY_SEED) EXTRA_SEEDS.push(seed);
  const lines: string[] = [];
  const misses: (Miss & { rendering: string; page: string })[] = [];
  let present = 0;
  let right = 0;
  const unrecognised: string[] = [];
  const session = await openGallerySession();
  try {
    for (const rendering of gallery(seed)) {
      if (only && !rendering.id.startsWith(only)) continue;
      const scores: string[] = [];
      let renderingRight = 0;
      let renderingPresent = 0;
      for (const page of rendering.pages) {
        const result = await fillGalleryPage(session, page);
        if (result.pageId !== PAGE_IDS[page.kind]) unrecognised.push(`${rendering.id} ${page.kind} (recognised as ${result.pageId ?? 'nothing'})`);
        renderingRight += result.right;
        renderingPresent += result.present;
        scores.push(`${page.kind} ${result.right}/${result.present}`);
        misses.push(...result.misses.map((miss) => ({ ...miss, rendering: rendering.id, page: page.kind })));
      }
      present += renderingPresent;
      right += renderingRight;
      lines.push(`  ${rendering.id.padEnd(22)} ${renderingRight}/${renderingPresent}   (${scores.join(', ')})`);
    }
  } finally {
    await session.close();
  }
  const total = present ? (100 * right) / present : 0;
  lines.unshift(`gallery “${seed}”: ${right}/${present} fields right (${total.toFixed(1)}%) on ${gallery(seed).filter((rendering) => !only || rendering.id.startsWith(only)).length} renderings × 3 pages   (target: 98% or better)`);
  if (unrecognised.length) lines.push(`  pages not recognised: ${unrecognised.join('; ')}`);
  for (const miss of misses) {
    lines.push(`  miss: ${miss.rendering} ${miss.page} ${miss.key} “${miss.caption}”: ${miss.status ?? 'no report entry'}${miss.reason ? ` ${JSON.stringify(miss.reason)}` : ''} — page holds ${JSON.stringify(miss.shown)}`);
  }
  return lines;
}
