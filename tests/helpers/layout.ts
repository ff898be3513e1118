/**
 * happy-dom lays nothing out: every box is 0 × 0. For the engine, "on screen" is what matters, so
 * these tests give every element a box unless the markup hides it — the `hidden` attribute, an
 * inline `display: none`, or an inline zero width or height on it or an ancestor.
 */
function hiddenByMarkup(element: Element | null): boolean {
  for (let node = element; node; node = node.parentElement) {
    const style = (node as HTMLElement).style;
    if ((node as HTMLElement).hidden || style?.display === 'none' || style?.visibility === 'hidden') return true;
    if (style && (style.width === '0px' || style.height === '0px')) return true;
  }
  return false;
}

export function withMarkupLayout(): () => void {
  const proto = Element.prototype;
  const originals = { rect: proto.getBoundingClientRect, rects: proto.getClientRects, visible: (proto as HTMLElement).checkVisibility };
  proto.getBoundingClientRect = function (this: Element) {
    return (hiddenByMarkup(this) ? new DOMRect(0, 0, 0, 0) : new DOMRect(0, 0, 100, 20)) as DOMRect;
  };
  proto.getClientRects = function (this: Element) {
    const rects = hiddenByMarkup(this) ? [] : [new DOMRect(0, 0, 100, 20)];
    return Object.assign(rects, { item: (index: number) => rects[index] ?? null }) as unknown as DOMRectList;
  };
  (proto as HTMLElement).checkVisibility = function (this: Element) {
    return !hiddenByMarkup(this);
  };
  return () => {
    proto.getBoundingClientRect = originals.rect;
    proto.getClientRects = originals.rects;
    (proto as HTMLElement).checkVisibility = originals.visible;
  };
}
