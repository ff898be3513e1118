import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** Rows drawn beyond the visible ones, so a quick scroll shows no gap. */
const OVERSCAN = 6;

interface VirtualListProps<Item> {
  items: readonly Item[];
  /** Every row's height in pixels: rows are fixed-height so the list knows where each is without drawing it. */
  rowHeight: number;
  keyOf: (item: Item) => string;
  render: (item: Item) => ReactNode;
  className?: string;
  label?: string;
  /** The scroll box's height when the rows need no more (a short list does not take the whole box); else its CSS decides. */
  maxHeight?: number;
}

/**
 * A list that draws only the rows in view: an agency's book of 10,000 clients scrolls like one of
 * ten. The scroll box takes the height its CSS gives it; rows are `<li>` in a `<ul>`, as a short list's.
 */
export function VirtualList<Item>({ items, rowHeight, keyOf, render, className, label, maxHeight }: VirtualListProps<Item>) {
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: 600 });

  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => setView({ top: element.scrollTop, height: element.clientHeight || 600 });
    measure();
    const resized = new ResizeObserver(measure);
    resized.observe(element);
    return () => resized.disconnect();
  }, []);

  const first = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const last = Math.min(items.length, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);
  return (
    <div
      ref={box}
      className={`virtual-list ${className ?? ''}`}
      style={maxHeight === undefined ? undefined : { height: Math.min(maxHeight, items.length * rowHeight) }}
      onScroll={(event) => setView({ top: event.currentTarget.scrollTop, height: event.currentTarget.clientHeight || 600 })}>
      <ul aria-label={label} style={{ position: 'relative', height: items.length * rowHeight, margin: 0, padding: 0, listStyle: 'none' }}>
        {items.slice(first, last).map((item, index) => (
          <li key={keyOf(item)} style={{ position: 'absolute', top: (first + index) * rowHeight, left: 0, right: 0, height: rowHeight }}>
            {render(item)}
          </li>
        ))}
      </ul>
    </div>
  );
}
