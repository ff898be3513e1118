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

function controlled(widget: HTMLElement): Element[] {
  const ids = [widget, ...widget.querySelectorAll('[aria-controls], [aria-owns]')]
    .flatMap((element) => [element.getAttribute('aria-controls'), element.getAttribute('aria-owns')])
    .flatMap((value) => value?.split(/\s+/) ?? [])
    .filter(Boolean) as string[];
  return ids.map((id) => widget.ownerDocument.getElementById(id)).filter((element): element is HTMLElement => element !== null);
}

/** The visible items of the widget's own list, in page order. */
export function itemsIn(scope: PopupScope, itemSelector: string): HTMLElement[] {
  const document = scope.widget.ownerDocument;
  const places = [scope.widget, ...controlled(scope.widget), ...[...visiblePopups(document, scope.popupSelector)].filter((popup) => !scope.before.has(popup) && !popup.contains(scope.widget))];
  const items = new Set<HTMLElement>();
  for (const place of places) {
    const popup = place.closest(scope.popupSelector) ?? place;
    for (const item of popup.querySelectorAll<HTMLElement>(itemSelector)) if (shownNow(item)) items.add(item);
  }
  return [...items];
}
