import { formPlace } from '@/lib/fill/frames';
import { pageStructure } from '@/lib/fill/structure';

/**
 * Run in a platform tab on the person's click (导出页面结构), never on its own: the structure of the
 * page the form is in, with only the words the page writes for everyone (lib/fill/structure.ts).
 * Kept out of the content script, which stays small: this runs once, when asked.
 */
export default defineUnlistedScript(() => {
  const here = formPlace(document, location);
  return pageStructure(here.document, here.location);
});
