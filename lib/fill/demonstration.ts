import type { FieldDefinition } from '../pages/types';
import type { DemonstratedStep } from '../pages/demonstration';
import { NEVER_CLICK_BUTTONS } from '../pages/guards';
import type { PageContext } from './insert';
import type { Match } from './match';
import { readField } from './read-field';
import { cleanText, optionMatches } from './text';
import { valueParts, type FillValue } from './values';
import { FillError } from './widgets/fill-error';
import { dismiss, press, shownNow } from './widgets/events';
import { nextTurn, waitFor, waitForOption, type Waits } from './widgets/waits';
import { Opened, optionsIn } from './widgets/opened';

/**
 * 指定 by showing how. A field the helper could not set (a chooser in a dialog, a widget that
 * takes no press it knows) is set once by the person while the helper watches; what they pressed
 * is kept as steps — the field's control or a button in it, the option showing each part of the
 * value, a button such as 确定 — and done again for every client, with that client's words.
 */

const BUTTON = 'button, [role="button"], input[type="button"], input[type="submit"], a';
const MAX_PRESSED_WORDS = 40;

/** What a press landed on, as a person reads it: the words of the nearest box that shows some, and whether it is a button. */
export interface Pressed {
  words: string;
  button: boolean;
  inField: boolean;
}

export function pressedAt(target: Element, field: Element): Pressed {
  let words = '';
  for (let node: Element | null = target, level = 0; node && level < 4 && !words; node = node.parentElement, level++) {
    const text = cleanText(node.textContent || (node as HTMLInputElement).value);
    if (text && text.length <= MAX_PRESSED_WORDS) words = text;
  }
  return { words, button: target.closest(BUTTON) !== null, inField: field.contains(target) };
}

/**
 * The step a press is: the option showing a part of the value not chosen yet (by its part, never
 * its words), a button by its words, or the field's control itself; 'other' for a press on
 * something that is none of these — an option other than the client's.
 */
export function stepOf(pressed: Pressed, parts: readonly (readonly string[])[], chosen: ReadonlySet<number>): DemonstratedStep | 'other' {
  const at = pressed.inField ? ('field' as const) : ('list' as const);
  const part = parts.findIndex((wordings, index) => !chosen.has(index) && wordings.some((wording) => optionMatches(pressed.words, wording)));
  if (part >= 0) return { at, part };
  if (pressed.button && pressed.words && pressed.words.length <= 20) return mayPress({ at, words: pressed.words }) ? { at, words: pressed.words } : 'other';
  return pressed.inField ? { at, words: '' } : 'other';
}

/**
 * Whether the helper may press a button a person showed: never a submit or a navigation (提交,
 * 保存, 下一步 …); 确定 and 确认 only in what the field itself opened — a chooser's dialog, never
 * the form's own.
 */
export function mayPress(step: { at: 'field' | 'list'; words: string }): boolean {
  if (!NEVER_CLICK_BUTTONS.some((refused) => refused.test(step.words))) return true;
  return step.at === 'list' && /^(确定|确认)$/.test(step.words.replace(/\s+/g, ''));
}

const disabled = (element: Element) => element.closest('[aria-disabled="true"], [class*="disabled"], :disabled') !== null;

/** The box showing these words among the candidates, a button's words exactly, an option's as options are compared. */
function named(candidates: readonly HTMLElement[], wanted: readonly string[], exact: boolean): HTMLElement | undefined {
  return candidates.find((candidate) => {
    const words = cleanText(candidate.textContent || (candidate as HTMLInputElement).value);
    return !disabled(candidate) && wanted.some((wording) => (exact ? words === wording : optionMatches(words, wording)));
  });
}

/** Where to press on the field itself: its first control (the box a person clicks). */
function controlOf(match: Match): HTMLElement {
  const control = match.field.controls[0]?.element ?? match.field.container;
  return control.querySelector<HTMLElement>('input:not([type="hidden"])') ?? control;
}

/** Whether the field shows the value now, as the check reads it. */
export function fieldShows(definition: FieldDefinition, match: Match, page: PageContext, parts: readonly (readonly string[])[]): boolean {
  const read = readField(definition, match, page.fields, page.definitions);
  const shown = read && valueParts(read);
  return !!shown && parts.every((wordings) => shown.some((part) => part.some((words) => wordings.some((wording) => optionMatches(words, wording)))));
}

/** Does again what the person showed, with this value's words; false when the field shows the value already. */
export async function replayDemonstration(definition: FieldDefinition, match: Match, page: PageContext, steps: readonly DemonstratedStep[], value: FillValue, waits: Waits): Promise<boolean> {
  const parts = valueParts(value);
  if (!parts) throw new FillError('no-control', match.field.label);
  if (fieldShows(definition, match, page, parts)) return false;
  // A lesson from a shared file is checked before anything is pressed: it may name a button the helper never presses.
  const refused = steps.find((step) => 'words' in step && !mayPress(step));
  if (refused && 'words' in refused) throw new FillError('refused', refused.words);
  const container = match.field.container as HTMLElement;
  const document = container.ownerDocument;
  // What the page opens from the first press on: a list teleported to the body, a dialog.
  const opened = new Opened(container);
  try {
    for (const step of steps) {
      const wanted = 'part' in step ? parts[step.part] : [step.words];
      if (!wanted) throw new FillError('no-option', match.field.label);
      const here = () => (step.at === 'field' ? optionsIn([container]) : opened.options().filter(shownNow));
      let seen: string[] = [];
      const look = () => {
        const candidates = here();
        seen = candidates.map((option) => cleanText(option.textContent)).filter(Boolean);
        return named(candidates, wanted, 'words' in step);
      };
      const target = step.at === 'field' && 'words' in step && !step.words ? controlOf(match) : await waitForOption(document, look, () => seen, waits, wanted[0] ?? '');
      if (!target) {
        dismiss(controlOf(match), waits);
        throw new FillError('no-option', wanted[0], seen.slice(0, 12));
      }
      press(target, waits);
      await nextTurn(document, waits);
    }
  } finally {
    opened.stop();
  }
  const last = parts[parts.length - 1]![0] ?? '';
  await waitFor(document, () => fieldShows(definition, match, page, parts), waits, last).catch(() => {
    throw new FillError('not-shown', last);
  });
  return true;
}
