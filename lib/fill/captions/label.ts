import { captionFrom } from './valid';
import type { CaptionStrategy } from './types';

/** The control's own input, for widgets whose root is a div around it. */
function inputOf(target: HTMLElement): HTMLElement {
  return target.matches('input, select, textarea') ? target : (target.querySelector<HTMLElement>('input, select, textarea') ?? target);
}

/** `<label for>` or a wrapping `<label>` (Chromium's explicit labels), as long as it is not the label of some other control. */
export const labelElement: CaptionStrategy = ({ target, foreign }) => {
  const input = inputOf(target);
  const labels = [
    ...((input as HTMLInputElement).labels ?? []),
    ...(target.id ? [...target.ownerDocument.querySelectorAll(`label[for="${CSS.escape(target.id)}"]`)] : []),
  ];
  for (const label of labels) {
    if (foreign(label)) continue;
    const found = captionFrom(label, 'label');
    if (found) return found;
  }
  return undefined;
};
