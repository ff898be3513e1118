import { captionFrom, captionOf } from './valid';
import type { CaptionStrategy } from './types';

/**
 * aria-labelledby, then aria-label, on the control or the input inside a widget (Chromium's
 * GetAriaLabel) — but not a part of the widget itself: select2 points its box's aria-labelledby
 * at the words it shows inside (请选择省), which are its value or placeholder, not its caption.
 */
export const aria: CaptionStrategy = ({ target }) => {
  const candidates = [target, ...target.querySelectorAll<HTMLElement>('input, [role="combobox"]')];
  for (const element of candidates) {
    const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
    for (const id of ids) {
      const labelledBy = element.ownerDocument.getElementById(id);
      const found = labelledBy && !target.contains(labelledBy) && captionFrom(labelledBy, 'aria');
      if (found) return found;
    }
    const found = captionOf(element.getAttribute('aria-label'), element, 'aria');
    if (found) return found;
  }
  return undefined;
};
