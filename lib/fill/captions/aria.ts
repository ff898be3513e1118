import { captionFrom, captionOf } from './valid';
import type { CaptionStrategy } from './types';

/** aria-labelledby, then aria-label, on the control or the input inside a widget (Chromium's GetAriaLabel). */
export const aria: CaptionStrategy = ({ target }) => {
  const candidates = [target, ...target.querySelectorAll<HTMLElement>('input, [role="combobox"]')];
  for (const element of candidates) {
    const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
    for (const id of ids) {
      const labelledBy = element.ownerDocument.getElementById(id);
      const found = labelledBy && captionFrom(labelledBy, 'aria');
      if (found) return found;
    }
    const found = captionOf(element.getAttribute('aria-label'), element, 'aria');
    if (found) return found;
  }
  return undefined;
};
