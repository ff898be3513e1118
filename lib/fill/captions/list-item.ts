import { captionFrom } from './valid';
import type { CaptionStrategy } from './types';

/** `<li>负责人姓名：<input></li>`: the list item's words, when the item holds only this field. */
export const listItem: CaptionStrategy = ({ target, foreign }) => {
  const item = target.closest('li');
  return item && !foreign(item) ? captionFrom(item, 'list-item') : undefined;
};
