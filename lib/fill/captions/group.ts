import { captionFrom, captionOf } from './valid';
import type { CaptionStrategy } from './types';

const GROUP = 'fieldset, [role="group"], [role="radiogroup"]';

/**
 * A group named as a whole — `<fieldset><legend>`, `role="group"` with aria-label(ledby) — around
 * this field's controls only (three cascading selects, rows, a set of checkboxes).
 */
export const group: CaptionStrategy = ({ target, foreign }) => {
  const wrapper = target.closest(GROUP);
  if (!wrapper || foreign(wrapper)) return undefined;
  const legend = wrapper.querySelector(':scope > legend');
  if (legend) return captionFrom(legend, 'group');
  for (const id of wrapper.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? []) {
    const labelledBy = wrapper.ownerDocument.getElementById(id);
    const found = labelledBy && captionFrom(labelledBy, 'group');
    if (found) return found;
  }
  return captionOf(wrapper.getAttribute('aria-label'), wrapper, 'group');
};
