import { captionFrom } from './valid';
import type { CaptionStrategy } from './types';

/**
 * A question whose words share a box with its options:
 * `<div><div class="q">是否提供交互服务</div><label><input type="radio">是</label>…</div>` — the box's
 * own words, without the options'. For groups of radios and checkboxes only: a widget's own words
 * are its value.
 */
export const inside: CaptionStrategy = ({ target }) => captionFrom(target, 'inside');
