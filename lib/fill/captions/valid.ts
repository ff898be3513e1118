import { SUB_LABELS } from '../../pages/guards';
import { readableText } from '../dom';
import { canonical, captionText } from '../text';
import type { Caption, CaptionSource } from './types';

/** Longer text than this is prose (a notice, a hint paragraph), not a caption. */
const MAX_CAPTION = 60;

const PARTS = new Set(SUB_LABELS.map(canonical));

/** Words that name only a part of a field (正面, 省, 请选择): never a caption. */
export function isSubLabel(text: string): boolean {
  return PARTS.has(canonical(text)) || canonical(text) === '';
}

/** A caption from text, when it has words: a lone `*`, `：`, `(必填)` or a part's label (正面, 请选择省) is not one. */
export function captionOf(text: string | null | undefined, anchor: Node, source: CaptionSource): Caption | undefined {
  const shown = captionText(text);
  if (!/[\p{L}\p{N}]/u.test(shown) || shown.length > MAX_CAPTION || isSubLabel(shown)) return undefined;
  return { text: shown, anchor, source };
}

export function captionFrom(element: Element, source: CaptionSource): Caption | undefined {
  return captionOf(readableText(element), element, source);
}
