import { captionFrom, captionOf } from './valid';
import type { CaptionStrategy } from './types';

const HAN = /\p{Script=Han}/u;

/**
 * aria-labelledby, then aria-label, on the control or the input inside a widget (Chromium's
 * GetAriaLabel) — but not a part of the widget itself: select2 points its box's aria-labelledby
 * at the words it shows inside (请选择省), which are its value or placeholder, not its caption.
 */
export const aria: CaptionStrategy = ({ target, foreign }) => {
  // The input inside a widget speaks for it; in a group of options each input names only its option.
  const inner = [...target.querySelectorAll<HTMLElement>('input, [role="combobox"]')].filter((element) => !foreign(element));
  const candidates = [target, ...(inner.length === 1 ? inner : [])];
  for (const element of candidates) {
    const ids = element.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
    for (const id of ids) {
      const labelledBy = element.ownerDocument.getElementById(id);
      const found = labelledBy && !target.contains(labelledBy) && captionFrom(labelledBy, 'aria');
      if (found) return found;
    }
    // A library's own English label (input value, Choose date) is not what a person reads on a Chinese form.
    const label = element.getAttribute('aria-label');
    const found = label && HAN.test(label) ? captionOf(label, element, 'aria') : undefined;
    if (found) return found;
  }
  return undefined;
};
