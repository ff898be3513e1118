import { aria } from './aria';
import { definitionList } from './definition-list';
import { divTable } from './div-table';
import { following } from './following';
import { formItem } from './form-item';
import { group } from './group';
import { inside } from './inside';
import { labelElement } from './label';
import { listItem } from './list-item';
import { placeholder } from './placeholder';
import { previousText } from './previous-text';
import { tableAbove, tableLeft } from './table';
import { title } from './title';
import type { Caption, CaptionContext, CaptionStrategy } from './types';

/**
 * How a person finds a control's caption, tried in order (after Chromium's InferLabelForElement
 * and Bitwarden's collect service): what the markup ties to the control first, then what the
 * layout puts before, above or around it, then the hint inside it. Design notes: lib/fill/README.md.
 */
const CAPTION_STRATEGIES: readonly [string, CaptionStrategy][] = [
  ['form-item', formItem],
  ['label', labelElement],
  ['aria', aria],
  ['table-left', tableLeft],
  ['table-above', tableAbove],
  ['definition-list', definitionList],
  ['inside', inside],
  ['previous-text', previousText],
  ['following', following],
  ['div-table', divTable],
  ['list-item', listItem],
  ['group', group],
  ['placeholder', placeholder],
  ['title', title],
];

/** Strategies that read the markup around a control; a group of radios or checkboxes is named only by these. */
const STRUCTURAL = new Set(['form-item', 'aria', 'table-left', 'table-above', 'definition-list', 'inside', 'previous-text', 'div-table', 'list-item', 'group']);
/** Strategies that read a group's own box: a single control's box holds its value, not its caption. */
const GROUPS_ONLY = new Set(['inside']);

/** The caption a person would read for the target, and, when the target is a control, the hint inside it as a second opinion. */
export function findCaptions(context: CaptionContext, options: { checkables: boolean }): Caption[] {
  const captions: Caption[] = [];
  for (const [name, strategy] of CAPTION_STRATEGIES) {
    if (options.checkables ? !STRUCTURAL.has(name) : GROUPS_ONLY.has(name)) continue;
    const caption = strategy(context);
    if (!caption) continue;
    captions.push(caption);
    break;
  }
  if (!options.checkables && captions[0]?.source !== 'placeholder') {
    const hint = placeholder(context);
    if (hint) captions.push(hint);
  }
  return captions;
}

export type { Caption, CaptionContext, CaptionSource } from './types';
