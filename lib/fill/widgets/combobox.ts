import { cleanText, optionMatches } from '../text';
import { FillError } from './fill-error';
import { dismiss, press, shownNow, typeText } from './events';
import { nextTurn, waitFor, waitForOption, type Waits } from './waits';
import { chooseByKeyboard, keyboardMayHelp } from './keyboard';
import { itemsIn, popupsShownByMarkup, showsOwnList, type PopupScope } from './popups';
import { COMBOBOX } from './registry';

/**
 * A custom dropdown (Element's el-select, Ant Design's a-select, iView's Select, layui's select,
 * any ARIA combobox): pressed open, searched by typing when it can search, scrolled when it
 * draws only the options in view, its option pressed — and the choice confirmed by reading what
 * the dropdown then shows.
 */

/** What the dropdown shows as chosen (several tags for a multiple select). */
export function comboboxText(widget: Element): string {
  const parts = [...widget.querySelectorAll(COMBOBOX.shown)]
    .filter((part) => !part.closest(COMBOBOX.popup))
    .map((part) => cleanText(part.getAttribute('title') || part.textContent))
    .filter(Boolean);
  if (parts.length) return parts.join(' ');
  const input = [...widget.querySelectorAll<HTMLInputElement>('input:not([type="hidden"])')].find((box) => !box.closest(COMBOBOX.popup));
  if (input?.value.trim()) return cleanText(input.value);
  // Ant Design 6 writes the choice as text beside an empty search box: the words it shows, placeholder aside.
  return shownWords(widget)
    .filter((words) => !widget.querySelector(COMBOBOX.placeholder)?.textContent?.includes(words))
    .join(' ');
}

/** The words a widget shows on screen, without its list (iView keeps it inside the widget, hidden). */
function shownWords(widget: Element): string[] {
  const words: string[] = [];
  const walker = widget.ownerDocument.createTreeWalker(widget, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = cleanText(node.nodeValue);
    if (text && parent && !parent.closest(COMBOBOX.popup) && !parent.closest('[class*="placeholder"]') && shownNow(parent)) words.push(text);
  }
  return words;
}

const shows = (widget: Element, wordings: readonly string[]) => {
  const shown = comboboxText(widget);
  return wordings.some((wording) => optionMatches(shown, wording) || shown.split(/\s+/).some((part) => optionMatches(part, wording)));
};

function optionWords(option: Element): string {
  return cleanText(option.getAttribute('title') || option.textContent);
}

function searchBox(widget: HTMLElement): HTMLInputElement | undefined {
  const input = widget.querySelector<HTMLInputElement>(COMBOBOX.search);
  return input && !input.readOnly && !input.disabled ? input : undefined;
}

/** Scrolls the virtual list the drawn options sit in one screen further; false at its end, or when the list is not virtual. */
function scrollFurther(drawn: readonly HTMLElement[]): boolean {
  const holder = drawn[0]?.closest<HTMLElement>(COMBOBOX.virtualList);
  if (!holder || holder.scrollTop + holder.clientHeight >= holder.scrollHeight - 1) return false;
  holder.scrollTop += Math.max(holder.clientHeight - 32, 32);
  holder.dispatchEvent(new (holder.ownerDocument.defaultView!.Event)('scroll'));
  return true;
}

function findItem(items: readonly HTMLElement[], wordings: readonly string[]): HTMLElement | undefined {
  return items.find((item) => !item.matches('.is-disabled, [aria-disabled="true"], .ant-select-item-option-disabled') && wordings.some((wording) => optionMatches(optionWords(item), wording)));
}

/** Open by ARIA, or by showing its own list (layui says nothing, and a failed choice may leave it open). */
const isOpen = (widget: HTMLElement) => widget.matches('[aria-expanded="true"]') || widget.querySelector('[aria-expanded="true"]') !== null || showsOwnList(widget, COMBOBOX.popup, COMBOBOX.option);

function openCombobox(widget: HTMLElement, waits: Waits): PopupScope {
  const scope: PopupScope = { widget, before: popupsShownByMarkup(widget.ownerDocument, COMBOBOX.popup), popupSelector: COMBOBOX.popup };
  // Pressing an open dropdown closes it (Ant Design toggles on every press).
  if (!isOpen(widget)) press(widget.querySelector(COMBOBOX.trigger) ?? widget, waits);
  return scope;
}

/** Closes a dropdown left open (a multiple select stays open after each choice). */
function closeCombobox(widget: HTMLElement, waits: Waits) {
  dismiss(widget.querySelector('input') ?? widget, waits);
}

/** How long a list must stay the same, without the wanted option, before the person types to search it (a list may still be loading). */
const SEARCH_AFTER_MS = 400;

/** The words to type to search a list, shortest first: the list may word the option longer or shorter than the profile. */
export function searchWords(wordings: readonly string[]): string[] {
  const words = [...new Set(wordings.map((wording) => wording.replace(/^\d{2}\s*/, '').trim()).filter((word) => word.length >= 2))];
  return words.sort((a, b) => a.length - b.length);
}

/**
 * Presses the option in an open dropdown, scrolling to it when it is not in view, and searching
 * for it once the list has settled without it — each of its wordings in turn, as a search that
 * finds nothing may only mean the list words it otherwise.
 */
async function pickOption(scope: PopupScope, wordings: readonly string[], waits: Waits): Promise<void> {
  const wanted = wordings[0] ?? '';
  const searches = searchBox(scope.widget) ? searchWords(wordings) : [];
  let drawn: string[] = [];
  for (let attempt = 0; attempt <= searches.length; attempt++) {
    const query = attempt > 0 ? searches[attempt - 1] : undefined;
    if (query) {
      const search = searchBox(scope.widget);
      if (!search) break;
      typeText(search, query, waits, { stay: true });
    }
    let drawnAtScroll = '';
    let listed = '';
    let since = performance.now();
    let settled = false;
    const look = () => {
      if (!scope.widget.isConnected) return 'redrawn' as const;
      const items = itemsIn(scope, COMBOBOX.option);
      drawn = items.map(optionWords).filter(Boolean);
      const item = findItem(items, wordings);
      if (item) return item;
      const signature = drawn.join('|');
      if (signature !== listed) {
        listed = signature;
        since = performance.now();
      } else if (!query && searches.length && performance.now() - since >= SEARCH_AFTER_MS) {
        // Settled without it: search (a person types it into a long or remote list).
        settled = true;
        return 'search' as const;
      }
      // A virtual list draws only what is in view: scroll on once it has drawn what the last scroll brought.
      if (items.length && signature !== drawnAtScroll) {
        drawnAtScroll = signature;
        scrollFurther(items);
      }
      return undefined;
    };
    const found = await waitForOption(scope.widget.ownerDocument, look, () => drawn, waits, wanted, { emptyIsAnswer: () => query !== undefined });
    if (found === 'redrawn') throw new FillError('redrawn', wanted);
    if (found && found !== 'search') {
      press(found, waits);
      await nextTurn(scope.widget.ownerDocument, waits);
      return;
    }
    if (!settled && !query) break;
  }
  // The words typed found nothing: take them out again, so the list is whole for the next choice (其他).
  const search = searches.length ? searchBox(scope.widget) : undefined;
  if (search?.value) typeText(search, '', waits, { stay: true });
  throw drawn.length || searches.length ? new FillError('no-option', wanted, drawn.slice(0, 12)) : new FillError('no-list', wanted);
}

export async function chooseCombobox(widget: HTMLElement, wordings: readonly string[], waits: Waits): Promise<boolean> {
  if (shows(widget, wordings)) return false;
  try {
    await pressToChoose(widget, wordings, waits);
  } catch (error) {
    if (!keyboardMayHelp(error)) throw error;
    const scope: PopupScope = { widget, before: popupsShownByMarkup(widget.ownerDocument, COMBOBOX.popup), popupSelector: COMBOBOX.popup };
    const search = searchBox(widget);
    const box = widget.querySelector<HTMLElement>('input:not([type="hidden"]), [role="combobox"], [tabindex]:not([tabindex="-1"])') ?? widget;
    const choice = { widget, box, ...(search ? { search } : {}), options: () => itemsIn(scope, COMBOBOX.option), chosen: () => shows(widget, wordings) };
    const chosen = await chooseByKeyboard(choice, wordings, waits).catch((failure: unknown) => {
      closeCombobox(widget, waits);
      throw failure;
    });
    if (!chosen) {
      closeCombobox(widget, waits);
      throw error;
    }
  }
  return true;
}

async function pressToChoose(widget: HTMLElement, wordings: readonly string[], waits: Waits): Promise<void> {
  const scope = openCombobox(widget, waits);
  try {
    await nextTurn(widget.ownerDocument, waits);
    await pickOption(scope, wordings, waits);
  } catch (error) {
    closeCombobox(widget, waits);
    throw error;
  }
  await waitFor(widget.ownerDocument, () => shows(widget, wordings), waits, wordings[0] ?? '').catch(() => {
    throw new FillError('not-shown', wordings[0]);
  });
}

/** The options chosen in a multiple select, as its tags show them. */
export function comboboxChoices(widget: Element): string[] {
  const tags = [...widget.querySelectorAll(COMBOBOX.shown)].map((tag) => cleanText(tag.getAttribute('title') || tag.textContent)).filter(Boolean);
  return tags.length ? tags : [comboboxText(widget)].filter(Boolean);
}

/** A multiple select: every wanted option chosen, each confirmed by its tag. */
export async function chooseManyCombobox(widget: HTMLElement, options: readonly (readonly string[])[], waits: Waits): Promise<boolean> {
  const has = (wordings: readonly string[]) => comboboxChoices(widget).some((choice) => wordings.some((wording) => optionMatches(choice, wording)));
  const missing = options.filter((wordings) => !has(wordings));
  if (missing.length === 0) return false;
  for (const wordings of missing) {
    const scope = openCombobox(widget, waits);
    await pickOption(scope, wordings, waits);
    await waitFor(widget.ownerDocument, () => has(wordings), waits, wordings[0] ?? '').catch(() => {
      throw new FillError('not-shown', wordings[0]);
    });
  }
  closeCombobox(widget, waits);
  return true;
}

