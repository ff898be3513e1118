import { captionBefore } from './previous-text';
import type { CaptionStrategy } from './types';

/** Containers whose caption has a strategy of its own, or which hold a whole form: the climb stops there. */
const STOP = new Set(['TD', 'TH', 'TR', 'DD', 'LI', 'FIELDSET', 'FORM', 'BODY', 'TABLE']);

/**
 * Div tables (Chromium's InferLabelFromDivTable): climbs from the control through the wrappers
 * that hold nothing but this field, and takes the caption shown before the first of them —
 * `<div><label>负责人姓名：</label><div class="x"><input></div></div>`, captions above the control,
 * label columns of a grid.
 */
export const divTable: CaptionStrategy = (context) => {
  for (let node: Element | null = context.target; node && !STOP.has(node.tagName); node = node.parentElement) {
    if (node !== context.target && context.foreign(node)) return undefined;
    const found = captionBefore(node, context, 'div-table');
    if (found) return found;
  }
  return undefined;
};
