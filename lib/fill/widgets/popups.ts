import { shownNow } from './events';

/**
 * Finding the list a widget opened. Libraries draw it inside the widget, or teleport it to the
 * body and point at it with aria-controls / aria-owns, or neither: then it is the one that
 * appeared when the widget was pressed.
 */
export interface PopupScope {
  /** Popups already on screen before the widget was pressed: another widget's, still fading out. */
  before: Set<Element>;
  widget: HTMLElement;
  popupSelector: string;
}

export function visiblePopups(document: Document, selector: string): Set<Element> {
  return new Set([...document.querySelectorAll(selector)].filter(shownNow));
}

/**
 * The lists on screen before a widget is pressed, read from the markup alone (the libraries hide
 * a closed list with `display: none` or a `…-hidden` class): a snapshot that forces no layout,
 * taken before every press.
 */
export function popupsShownByMarkup(document: Document, selector: string): Set<Element> {
  return new Set(
    [...document.querySelectorAll<HTMLElement>(selector)].filter((popup) => popup.style.display !== 'none' && !/(^|[-_\s])hidden([-_\s]|$)|-hidden\b/.test(popup.className) && !popup.hidden),
  );
}

function controlled(widget: HTMLElement): Element[] {
  const ids = [widget, ...widget.querySelectorAll('[aria-controls], [aria-owns]')]
    .flatMap((element) => [element.getAttribute('aria-controls'), element.getAttribute('aria-owns')])
    .flatMap((value) => value?.split(/\s+/) ?? [])
    .filter(Boolean) as string[];
  return ids.map((id) => widget.ownerDocument.getElementById(id)).filter((element): element is HTMLElement => element !== null);
}

function takesSpace(element: Element): boolean {
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.height > 0;
}

/** An item inside a zero-size box is not on screen, whatever its own size (Ant Design's screen-reader list sits in one). */
function insideNothing(item: Element, popup: Element): boolean {
  for (let box = item.parentElement; box && box !== popup; box = box.parentElement) if (!takesSpace(box)) return true;
  return false;
}

/**
 * Lists a widget opened before, found by appearing when it was pressed: when it is pressed again
 * while that list is still fading out, the list is already on screen but still its own.
 */
const openedBefore = new WeakMap<HTMLElement, Set<Element>>();

function itemsOf(places: readonly Element[], scope: PopupScope, itemSelector: string): HTMLElement[] {
  const items = new Set<HTMLElement>();
  for (const place of places) {
    const popup = place.closest(scope.popupSelector) ?? place;
    // Ant Design's aria-controls names a zero-size copy of the list kept for screen readers.
    if (!takesSpace(popup)) continue;
    for (const item of popup.querySelectorAll<HTMLElement>(itemSelector)) if (shownNow(item) && !insideNothing(item, popup)) items.add(item);
  }
  return [...items];
}

/** Whether the widget shows its own list now (inside it, or where ARIA says): it is open, and a press would close it. */
export function showsOwnList(widget: HTMLElement, popupSelector: string, itemSelector: string): boolean {
  return itemsOf([widget, ...controlled(widget)], { widget, before: new Set(), popupSelector }, itemSelector).length > 0;
}

/**
 * The visible items of the widget's own list, in page order: inside the widget or where ARIA
 * says, first; only when neither shows any, in the lists that appeared when it was pressed (a
 * scan of every list on the page, which costs a layout).
 */
export function itemsIn(scope: PopupScope, itemSelector: string): HTMLElement[] {
  const declared = itemsOf([scope.widget, ...controlled(scope.widget)], scope, itemSelector);
  if (declared.length) return declared;
  const known = openedBefore.get(scope.widget) ?? new Set<Element>();
  const appeared = [...visiblePopups(scope.widget.ownerDocument, scope.popupSelector)].filter((popup) => (!scope.before.has(popup) || known.has(popup)) && !popup.contains(scope.widget));
  for (const popup of appeared) known.add(popup);
  openedBefore.set(scope.widget, known);
  return itemsOf(appeared, scope, itemSelector);
}
