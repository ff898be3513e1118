import { fillGalleryPage, openGallerySession, type Miss } from '../gallery/harness';
import { EXTRA_SEEDS, GALLERY_SEED, PAGE_IDS, gallery } from '../gallery/renderings';

/**
 * The gallery score: every generated rendering's subject, step 2 and step 3 filled with the real
 * built extension; fields right over fields present, per rendering and in total; each miss with
 * what the report said and the caption strategy that named the field; and how many fields each
 * strategy named. Run on the seed the tests use, and on a fresh one nobody has tuned against.
 */
const count = (items: readonly string[]) => [...items.reduce((tally, item) => tally.set(item, (tally.get(item) ?? 0) + 1), new Map<string, number>())].sort((a, b) => b[1] - a[1]);

export async function benchGallery(seed = GALLERY_SEED, only?: string): Promise<string[]> {
  if (seed !== GALLERY_SEED) EXTRA_SEEDS.push(seed);
  const lines: string[] = [];
  const misses: (Miss & { rendering: string; page: string })[] = [];
  const strategies: string[] = [];
  const unrecognised: string[] = [];
  let present = 0;
  let right = 0;
  const renderings = gallery(seed).filter((rendering) => !only || rendering.id.startsWith(only));
  const session = await openGallerySession();
  try {
    for (const rendering of renderings) {
      const scores: string[] = [];
      let renderingRight = 0;
      let renderingPresent = 0;
      for (const page of rendering.pages) {
        const result = await fillGalleryPage(session, page);
        if (result.pageId !== PAGE_IDS[page.kind]) unrecognised.push(`${rendering.id} ${page.kind} (recognised as ${result.pageId ?? 'nothing'})`);
        renderingRight += result.right;
        renderingPresent += result.present;
        strategies.push(...result.strategies);
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
  lines.unshift(`gallery “${seed}”: ${right}/${present} fields right (${total.toFixed(1)}%) on ${renderings.length} renderings × 3 pages, ${unrecognised.length} pages not recognised   (target: 98% or better)`);
  if (unrecognised.length) lines.push(`  pages not recognised: ${unrecognised.join('; ')}`);
  lines.push(`  misses by caption strategy: ${misses.length ? count(misses.map((miss) => miss.via ?? 'not found')).map(([via, n]) => `${via} ${n}`).join(', ') : 'none'}`);
  for (const miss of misses) {
    lines.push(`  miss: ${miss.rendering} ${miss.page} ${miss.key} “${miss.caption}” (${miss.via ?? 'not found'}): ${miss.status ?? 'no report entry'}${miss.reason ? ` ${JSON.stringify(miss.reason)}` : ''} — page holds ${JSON.stringify(miss.shown)}`);
  }
  lines.push(`  fields named by each caption strategy: ${count(strategies).map(([via, n]) => `${via} ${n}`).join(', ')}`);
  return lines;
}
