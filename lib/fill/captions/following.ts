import { captionFrom } from './valid';
import type { CaptionStrategy } from './types';

/**
 * A label drawn after the control and floated over it (Bootstrap's form-floating, Material's
 * floating label): `<input placeholder=" "><label>负责人姓名</label>`.
 */
export const following: CaptionStrategy = ({ target, foreign }) => {
  for (let next = target.nextElementSibling; next; next = next.nextElementSibling) {
    if (foreign(next)) return undefined;
    if (next.tagName === 'LABEL' || /(^|[-_\s])label([-_\s]|$)/i.test(next.className)) return captionFrom(next, 'following');
  }
  return undefined;
};
