import { HINT_SELECTOR } from '../dom';
import { captionFrom, captionOf, isSubLabel } from './valid';
import type { CaptionContext, CaptionStrategy } from './types';

/** Inline elements that carry a caption's words as a text node would (Chromium's "lightweight" nodes). */
const LIGHTWEIGHT = new Set(['B', 'STRONG', 'SPAN', 'FONT', 'EM', 'I']);
/** Block elements that hold a whole caption: `<label>`, `<p>`, a caption `<div>` above or beside the control. */
const WHOLE_CAPTION = new Set(['LABEL', 'P', 'DIV', 'DT']);
/** Headings name a block, never a single field. */
export const HEADING_TAGS = new Set(['H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LEGEND']);
/** Class names that mark a block's title (block-title, sec-hd, panel-heading …). */
const TITLED = /(^|[-_\s])(title|header|heading|head|hd)([-_\s]|$)/i;

export function isHeading(element: Element): boolean {
  return HEADING_TAGS.has(element.tagName) || element.getAttribute('role') === 'heading' || TITLED.test(element.className);
}

/**
 * Walks back over the siblings of `start` and returns the caption they show, coalescing text split
 * over text nodes and inline elements (`负责人<b>姓名</b>：`), skipping images, line breaks and
 * hints, and stepping over siblings that belong to the same field (an earlier row, an earlier
 * cascade level). It stops at another field or at a heading.
 */
export function captionBefore(start: Node, { foreign }: Pick<CaptionContext, 'foreign'>, source: 'previous-text' | 'div-table') {
  // A title-like element is this field's caption when they share a box of their own
  // (`<div class="f"><div class="item-title">证件号码</div><input></div>`), a block's title when
  // the box holds other fields too.
  const sharedWithOthers = !start.parentElement || foreign(start.parentElement);
  let words = '';
  let anchor: Node | undefined;
  for (let node = start.previousSibling; node; node = node.previousSibling) {
    if (node.nodeType === Node.TEXT_NODE) {
      words = `${node.nodeValue ?? ''}${words}`;
      if (node.nodeValue?.trim()) anchor ??= node;
      continue;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) continue;
    const element = node as Element;
    if (element.tagName === 'BR' || element.tagName === 'IMG' || element.matches(HINT_SELECTOR)) continue;
    if (foreign(element) || (isHeading(element) && sharedWithOthers)) break;
    if (element.matches('input, select, textarea, button') || element.querySelector('input, select, textarea')) {
      // An earlier part of the same field (a row, a cascade level, the front side): its part label (正面) is not our caption.
      if (words.trim() && !isSubLabel(words)) break;
      words = '';
      anchor = undefined;
      continue;
    }
    if (LIGHTWEIGHT.has(element.tagName)) {
      words = `${element.textContent ?? ''}${words}`;
      anchor ??= element;
      continue;
    }
    if (words.trim()) break;
    if (WHOLE_CAPTION.has(element.tagName) || isHeading(element)) return captionFrom(element, source);
    break;
  }
  return anchor ? captionOf(words, anchor, source) : undefined;
}

/** Text right before the control: `负责人姓名：<input>`, `<span>姓名</span><input>`, `<label>姓名</label><input>`. */
export const previousText: CaptionStrategy = (context) => captionBefore(context.target, context, 'previous-text');
