import { captionFrom } from './valid';
import type { CaptionStrategy } from './types';

/** `<dl><dt>负责人姓名</dt><dd><input></dd></dl>`: the term before the control's description. */
export const definitionList: CaptionStrategy = ({ target }) => {
  const description = target.closest('dd');
  let term = description?.previousElementSibling;
  while (term && term.tagName === 'DD') term = term.previousElementSibling;
  return term?.tagName === 'DT' ? captionFrom(term, 'definition-list') : undefined;
};
