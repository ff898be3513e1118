import { isInput } from '../dom';
import { cleanText, optionMatches } from '../text';
import { FillError } from './fill-error';
import { dismiss, fire, press, shownNow, typeText } from './events';
import { chooseByKeyboard, keyboardMayHelp } from './keyboard';
import { Opened, disabledOption } from './opened';
import { nextTurn, waitFor, waitForOption, type Waits } from './waits';

/**
 * A control known by its behaviour alone: a box that opens something when pressed (a read-only
 * input, a focusable box with a placeholder) — a dropdown, a cascader or a calendar no hint names.
 * What appeared when it was pressed is its list: the layers the page changed that do not hold
 * the form (a list teleported to the end of the body, or a part of the widget itself). Options
 * are found by their visible words and pressed as a person presses them; the choice is confirmed
 * by what the widget shows afterwards.
 */

/** The words a picker shows as its value: its input's value, else its text without the placeholder. */
export function pickerText(widget: Element): string {
  const input = isInput(widget) ? widget : widget.querySelector<HTMLInputElement>('input:not([type="hidden"])');
  if (input?.value.trim()) return cleanText(input.value);
  const words: string[] = [];
  const walker = widget.ownerDocument.createTreeWalker(widget, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = cleanText(node.nodeValue);
    if (!text || !parent || /placeholder/i.test(parent.className) || parent.closest('[class*="placeholder"]')) continue;
    if (shownNow(parent)) words.push(text);
  }
  return words.join(' ');
}

const shows = (widget: Element, wordings: readonly string[]) => {
  const shown = pickerText(widget);
  return wordings.some((wording) => optionMatches(shown, wording) || shown.split(/\s*[/／>,，、]\s*|\s+/).some((part) => optionMatches(part, wording)));
};

/** Where to press: the box a person clicks (its read-only input, or the focusable box), else the widget. */
function triggerOf(widget: HTMLElement): HTMLElement {
  if (isInput(widget)) return widget;
  return widget.querySelector<HTMLElement>('input:not([type="hidden"])') ?? widget.querySelector<HTMLElement>('[tabindex]:not([tabindex="-1"])') ?? widget;
}

function searchBox(widget: HTMLElement): HTMLInputElement | undefined {
  const input = isInput(widget) ? widget : widget.querySelector<HTMLInputElement>('input:not([type="hidden"])');
  return input && !input.readOnly && !input.disabled ? input : undefined;
}

/** Opens the widget and watches what it changes; nothing when it was open already (a press would close it). */
export function openPicker(widget: HTMLElement, waits: Waits): Opened {
  const opened = new Opened(widget);
  press(triggerOf(widget), waits);
  return opened;
}

/**
 * Presses the option with these words in what the widget opened, typing them into its box when
 * it has one (a remote or long list), and answers what it pressed.
 */
/** How long a list must stay the same, without the wanted option, before the person types to search it (a list may still be loading). */
const SEARCH_AFTER_MS = 400;

/**
 * Presses the option with these words in what the widget opened — typing them into its box when
 * the list has settled without them (a remote or long list) — and, when it typed, leaves the box
 * so that what the widget then shows is its choice, not the words typed.
 */
async function pressOption(opened: Opened, wordings: readonly string[], waits: Waits, among: (options: HTMLElement[]) => HTMLElement[] = (options) => options): Promise<HTMLElement> {
  const wanted = wordings[0] ?? '';
  const document = opened.widget.ownerDocument;
  let searched: HTMLInputElement | undefined;
  let seen: string[] = [];
  let listed = '';
  let since = performance.now();
  const look = () => {
    if (!opened.widget.isConnected) return 'redrawn' as const;
    const options = among(opened.options());
    seen = options.map((option) => cleanText(option.textContent));
    const found = likeliestOption(options.filter((option) => !disabledOption(option) && wordings.some((wording) => optionMatches(cleanText(option.textContent), wording))));
    if (found) return found;
    if (seen.join('|') !== listed) {
      listed = seen.join('|');
      since = performance.now();
    }
    const search = searched ? undefined : searchBox(opened.widget);
    if (search && seen.length && performance.now() - since >= SEARCH_AFTER_MS) {
      typeText(search, wanted.replace(/^\d{2}\s*/, ''), waits, { stay: true });
      searched = search;
    }
    return undefined;
  };
  const option = await waitForOption(document, look, () => seen, waits, wanted, { emptyIsAnswer: () => searched !== undefined });
  if (option === 'redrawn') throw new FillError('redrawn', wanted);
  // The words typed found nothing: take them out again, so the list is whole for the next choice (其他).
  if (!option && searched?.value) typeText(searched, '', waits, { stay: true });
  if (!option) throw seen.length ? new FillError('no-option', wanted, seen.slice(0, 12)) : new FillError('no-list', wanted);
  press(option, waits);
  await nextTurn(document, waits);
  if (searched) fire(searched, 'blur', waits);
  return option;
}

/** Closes what the widget opened, as a person would. */
export function closePicker(widget: HTMLElement, waits: Waits) {
  dismiss(triggerOf(widget), waits);
}

/** One option of a dropdown nobody named, confirmed by what it shows afterwards; by the keyboard when pressing did not do it. */
export async function choosePicked(widget: HTMLElement, wordings: readonly string[], waits: Waits): Promise<boolean> {
  if (shows(widget, wordings)) return false;
  try {
    await pressToChoose(widget, wordings, waits);
  } catch (error) {
    if (!keyboardMayHelp(error)) throw error;
    // A press that landed while the list was being redrawn (a search just taken out, a page slow to
    // answer) is made once more before the keys are tried; if that fails too, the first failure is the one reported.
    if (error.code === 'not-shown') {
      try {
        await pressToChoose(widget, wordings, waits);
        return true;
      } catch (again) {
        if (!keyboardMayHelp(again)) throw again;
      }
    }
    const opened = new Opened(widget);
    try {
      const search = searchBox(widget);
      const choice = { widget, box: triggerOf(widget), ...(search ? { search } : {}), options: () => opened.options(), chosen: () => shows(widget, wordings) };
      if (!(await chooseByKeyboard(choice, wordings, waits))) throw error;
    } catch (failure) {
      closePicker(widget, waits);
      throw failure;
    } finally {
      opened.stop();
    }
  }
  return true;
}

async function pressToChoose(widget: HTMLElement, wordings: readonly string[], waits: Waits): Promise<void> {
  const opened = openPicker(widget, waits);
  try {
    await nextTurn(widget.ownerDocument, waits);
    await pressOption(opened, wordings, waits);
    // Some widgets show the choice only once the person has moved on (Naive hides it while its box has the focus).
    if (!shows(widget, wordings)) leave(widget, waits);
    await waitFor(widget.ownerDocument, () => shows(widget, wordings), waits, wordings[0] ?? '').catch(() => {
      throw new FillError('not-shown', wordings[0]);
    });
  } catch (error) {
    closePicker(widget, waits);
    throw error;
  } finally {
    opened.stop();
  }
}

/** Moves on from a widget as a person does after choosing: its box loses the focus. */
function leave(widget: HTMLElement, waits: Waits) {
  const box = triggerOf(widget);
  fire(box, 'blur', waits);
  fire(box, 'focusout', waits);
  if (box.ownerDocument.activeElement === box) box.blur();
}

/** Several options of a multiple dropdown, each confirmed by the widget showing it. */
export async function chooseManyPicked(widget: HTMLElement, options: readonly (readonly string[])[], waits: Waits): Promise<boolean> {
  const missing = options.filter((wordings) => !shows(widget, wordings));
  if (missing.length === 0) return false;
  const opened = openPicker(widget, waits);
  try {
    await nextTurn(widget.ownerDocument, waits);
    for (const wordings of missing) {
      await pressOption(opened, wordings, waits);
      await waitFor(widget.ownerDocument, () => shows(widget, wordings), waits, wordings[0] ?? '').catch(() => {
        throw new FillError('not-shown', wordings[0]);
      });
    }
  } finally {
    closePicker(widget, waits);
    opened.stop();
  }
  return true;
}

/** Two boxes drawn alike: the same tag and the same first class (the chosen one carries more classes). */
const alike = (a: Element, b: Element) => a.tagName === b.tagName && (a.classList[0] ?? '') === (b.classList[0] ?? '');

/** An option's own box: the nearest box around its words that has siblings like it (the other options). */
function itemOf(option: Element, layer: Element): Element | undefined {
  for (let node: Element = option; node !== layer && node.parentElement; node = node.parentElement) {
    if ([...node.parentElement.children].some((sibling) => sibling !== node && alike(sibling, node))) return node;
  }
  return undefined;
}

/** The list an option sits in, for telling a cascade's columns apart. */
function listOf(option: Element, layer: Element): Element {
  return itemOf(option, layer)?.parentElement ?? layer;
}

const NEAR = 3;
const OPTION_CLASS = /option|item|node/i;
const TITLE_CLASS = /group|header|title|divider/i;

/** Of the boxes showing the wanted words, the one a person presses: an option of a list, not a group's title. */
function likeliestOption(found: readonly HTMLElement[]): HTMLElement | undefined {
  const near = (option: Element, test: (element: Element) => boolean) => {
    for (let node: Element | null = option, level = 0; node && level < NEAR; node = node.parentElement, level++) if (test(node)) return true;
    return false;
  };
  const score = (option: HTMLElement) =>
    (option.closest('[role="option"], [role="menuitem"], [role="treeitem"], [role="gridcell"]') ? 4 : 0) +
    (near(option, (node) => OPTION_CLASS.test(node.className) && !TITLE_CLASS.test(node.className)) ? 2 : 0) +
    (near(option, (node) => cleanText(node.getAttribute('title')) === cleanText(option.textContent)) ? 1 : 0) -
    (TITLE_CLASS.test(option.className) || TITLE_CLASS.test(option.parentElement?.className ?? '') ? 3 : 0);
  return [...found].sort((a, b) => score(b) - score(a))[0];
}

/**
 * A cascade nobody named (省 / 市 / 区 in one widget): each level's option pressed once it has
 * appeared, in the column of that level — the columns are the lists the options sit in, in page
 * order; a city may bear its province's name (北京市 / 北京市).
 */
export async function cascadePicked(widget: HTMLElement, names: readonly string[], waits: Waits): Promise<boolean> {
  const levelsShown = () => pickerText(widget).split(/\s*[/／>]\s*/).filter(Boolean);
  const done = () => {
    const levels = levelsShown();
    return levels.length >= names.length && names.every((name, index) => optionMatches(levels[index] ?? '', name));
  };
  if (done()) return false;
  const opened = openPicker(widget, waits);
  try {
    await nextTurn(widget.ownerDocument, waits);
    for (const [level, name] of names.entries()) {
      const inColumn = (options: HTMLElement[]) => {
        const layers = opened.layers();
        const columns: Element[] = [];
        for (const option of options) {
          const list = listOf(option, layers.find((layer) => layer.contains(option)) ?? option);
          if (!columns.includes(list)) columns.push(list);
        }
        const column = columns[level];
        return column ? options.filter((option) => column.contains(option)) : [];
      };
      await pressOption(opened, [name], waits, inColumn);
    }
    await waitFor(widget.ownerDocument, done, waits, names.join(' / ')).catch(() => {
      throw new FillError('not-shown', names.join(' / '));
    });
    return true;
  } catch (error) {
    closePicker(widget, waits);
    throw error;
  } finally {
    opened.stop();
  }
}
