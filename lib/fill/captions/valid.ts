import { readableText } from '../dom';
import { captionText } from '../text';
import type { Caption, CaptionSource } from './types';

/** Longer text than this is prose (a notice, a hint paragraph), not a caption. */
const MAX_CAPTION = 60;

/** A caption from text, when it has words: a lone `*`, `：` or `(必填)` is not one. */
export function captionOf(text: string | null | undefined, anchor: Node, source: CaptionSource): Caption | undefined {
  const shown = captionText(text);
  if (!/[\p{L}\p{N}]/u.test(shown) || shown.length > MAX_CAPTION) return undefined;
  return { text: shown, anchor, source };
}

export function captionFrom(element: Element, source: CaptionSource): Caption | undefined {
  return captionOf(readableText(element), element, source);
}
