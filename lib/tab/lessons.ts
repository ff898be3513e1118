import type { Lessons } from '../fill/content-protocol';
import type { Mapping } from '../model/mapping';

/** The lessons of one host, as the content script receives them: nothing of other hosts, no dates. */
export function lessonsOf(mappings: readonly Mapping[]): Lessons {
  return {
    fields: mappings.flatMap((mapping) =>
      mapping.kind === 'field' ? [{ id: mapping.id, pageId: mapping.pageId, path: mapping.path, caption: mapping.caption, position: mapping.position, ...(mapping.steps ? { steps: mapping.steps } : {}) }] : [],
    ),
    pages: mappings.flatMap((mapping) => (mapping.kind === 'page' ? [{ id: mapping.id, location: mapping.location, pageId: mapping.pageId }] : [])),
  };
}
