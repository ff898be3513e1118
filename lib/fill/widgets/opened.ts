import { isElement } from '../dom';
import { cleanText } from '../text';
import { shownNow } from './events';

/** Something the page changed after the widget was pressed: the layer it belongs to, for finding its list. */
export class Opened {
  private readonly touched = new Set<Node>();
  private readonly observer: MutationObserver;
  /** What the widget showed before it was pressed (its value, its placeholder): never one of its options. */
  private readonly shownBefore: Set<Element>;

  constructor(readonly widget: HTMLElement) {
    const document = widget.ownerDocument;
    this.shownBefore = new Set(optionsIn([widget]));
    this.observer = new (document.defaultView!.MutationObserver)((records) => {
      for (const record of records) {
        this.touched.add(record.target);
        for (const node of record.addedNodes) this.touched.add(node);
      }
    });
    this.observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'aria-expanded'] });
  }

  /**
   * The layers that changed: a top-level box of the body that does not hold the widget (a list
   * teleported there), or the widget itself (a list drawn inside it) — only those on screen.
   */
  layers(): Element[] {
    const document = this.widget.ownerDocument;
    const layers = new Set<Element>();
    let inside = false;
    for (const node of this.touched) {
      const element = isElement(node) ? node : node.parentElement;
      if (!element?.isConnected) continue;
      if (this.widget.contains(element)) {
        inside = true;
        continue;
      }
      let top: Element = element;
      while (top.parentElement && top.parentElement !== document.body) top = top.parentElement;
      if (top.parentElement === document.body && !top.contains(this.widget)) layers.add(top);
    }
    // A list teleported to the body is the list; the widget itself only when nothing else appeared.
    const shown = [...layers].filter(shownNow);
    if (!shown.length) return inside ? [this.widget] : [];
    // The previous widget's list may still be fading out: this widget's is the one not leaving, drawn beside it.
    const staying = shown.filter((layer) => !LEAVING.test(classesWithin(layer)));
    return (staying.length ? staying : shown).sort((a, b) => distance(this.widget, a) - distance(this.widget, b));
  }

  /** The options of what appeared: the words on screen in its layers, but not what the widget showed before. */
  options(): HTMLElement[] {
    return optionsIn(this.layers()).filter((option) => !this.shownBefore.has(option));
  }

  stop() {
    this.observer.disconnect();
  }
}

/** Classes a library gives a list while it closes (a leave transition, a fade out, a hiding animation). */
const LEAVING = /(^|[-_\s])(leave|leaving|fade-?out|zoom-?out|slide-?up-?leave|hid(e|ing)|closing)([-_\s]|$)/i;

/** The classes of a layer and its first few boxes, where a transition puts its class. */
function classesWithin(layer: Element): string {
  const boxes = [layer, ...[...layer.querySelectorAll('*')].slice(0, 3)];
  return boxes.map((box) => (typeof box.className === 'string' ? box.className : '')).join(' ');
}

/** How far apart two boxes are drawn, in pixels (0 when they touch or overlap). */
function distance(a: Element, b: Element): number {
  const one = a.getBoundingClientRect();
  const other = b.getBoundingClientRect();
  const dx = Math.max(0, other.left - one.right, one.left - other.right);
  const dy = Math.max(0, other.top - one.bottom, one.top - other.bottom);
  return Math.hypot(dx, dy);
}

const MAX_OPTION_TEXT = 60;

/** Elements of the layers a person reads as options: on screen, short, and holding no other such words below them. */
export function optionsIn(layers: readonly Element[]): HTMLElement[] {
  const options: HTMLElement[] = [];
  for (const layer of layers) {
    for (const element of layer.querySelectorAll<HTMLElement>('*')) {
      if (element.matches('input, textarea, select, svg, svg *, script, style') || element.children.length > 3) continue;
      const text = cleanText(element.textContent);
      if (!text || text.length > MAX_OPTION_TEXT) continue;
      // The deepest element with these words: a child saying the same is the option.
      if ([...element.children].some((child) => cleanText(child.textContent) === text)) continue;
      if (!shownNow(element) || element.getBoundingClientRect().height === 0) continue;
      options.push(element);
    }
  }
  return options;
}

/** An option the page shows but does not take now: greyed out by ARIA or by a library's class. */
export const disabledOption = (element: Element) => element.closest('[aria-disabled="true"], [class*="disabled"]') !== null;
