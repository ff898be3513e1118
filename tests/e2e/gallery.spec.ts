import { expect, test } from '@playwright/test';
import { fillGalleryPage, openGallerySession, type GallerySession } from '../gallery/harness';
import { PAGE_IDS, gallery } from '../gallery/renderings';

/**
 * Renderings of the platform the engine was not written against (tests/gallery): ten static
 * layouts and four component libraries, each drawing the subject page, wizard step 2 and step 3
 * under routes, ids, classes, field order and caption wordings of its own. The real built
 * extension fills each from a client with every field, and what the page then holds is compared
 * with the profile — and with what the helper's report says it did.
 */
let session: GallerySession;

test.beforeEach(async () => {
  session = await openGallerySession();
});

test.afterEach(async () => {
  await session.close();
});

for (const rendering of gallery()) {
  test(`${rendering.id}: the subject page, step 2 and step 3 are recognised under unknown routes and filled with what the profile holds`, async () => {
    for (const page of rendering.pages) {
      const result = await fillGalleryPage(session, page);
      const where = `${rendering.id} ${page.kind} at ${page.url}`;
      expect(result.pageId, where).toBe(PAGE_IDS[page.kind]);
      expect(result.present, where).toBeGreaterThan(page.kind === 'people' ? 12 : 15);
      expect(result.misses, where).toEqual([]);
      expect(result.inconsistent, where).toEqual([]);
      expect(result.touched, where).toEqual([]);
    }
  });
}
