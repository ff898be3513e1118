/**
 * The helper's own bar over a platform page, for the moments the person shows it something (指定):
 * in a shadow root, so neither side's CSS leaks, with an outline it can draw around a field.
 */
const STYLE = `
  :host { all: initial; }
  .outline { position: fixed; pointer-events: none; border: 2px solid #1677ff; background: rgba(22, 119, 255, 0.08); border-radius: 4px; z-index: 2147483646; display: none; }
  .bar { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); z-index: 2147483647; font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif;
         background: #fff; color: #1f1f1f; border: 1px solid #d9d9d9; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,0.15); padding: 10px 14px; display: flex; gap: 10px; align-items: center; max-width: 90vw; }
  .bar.warning { border-color: #faad14; background: #fffbe6; }
  button { font: inherit; border: 1px solid #d9d9d9; background: #fff; border-radius: 6px; padding: 2px 12px; cursor: pointer; }
  button.primary { background: #1677ff; border-color: #1677ff; color: #fff; }
`;

export interface Overlay {
  /** The overlay's own element: events inside it are the helper's, not the page's. */
  host: HTMLElement;
  say(text: string, warning?: boolean): void;
  buttons(...buttons: { label: string; act: () => void; primary?: boolean }[]): void;
  /** Outlines a box of the page; nothing to hide the outline. */
  outline(box: Element | undefined): void;
  remove(): void;
}

export function openOverlay(document: Document, tag: string): Overlay {
  const host = document.createElement(tag);
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>${STYLE}</style><div class="outline"></div><div class="bar" role="dialog"><span class="text"></span><span class="buttons"></span></div>`;
  const outline = shadow.querySelector<HTMLElement>('.outline')!;
  const bar = shadow.querySelector<HTMLElement>('.bar')!;
  const text = shadow.querySelector<HTMLElement>('.text')!;
  const buttons = shadow.querySelector<HTMLElement>('.buttons')!;
  document.documentElement.append(host);
  return {
    host,
    say(words, warning = false) {
      text.textContent = words;
      bar.classList.toggle('warning', warning);
    },
    buttons(...list) {
      buttons.replaceChildren(
        ...list.map(({ label, act, primary }) => {
          const element = document.createElement('button');
          element.type = 'button';
          element.textContent = label;
          if (primary) element.className = 'primary';
          element.addEventListener('click', act);
          return element;
        }),
      );
    },
    outline(element) {
      if (!element) {
        outline.style.display = 'none';
        return;
      }
      const box = element.getBoundingClientRect();
      Object.assign(outline.style, { display: 'block', left: `${box.left - 3}px`, top: `${box.top - 3}px`, width: `${box.width + 6}px`, height: `${box.height + 6}px` });
    },
    remove() {
      host.remove();
    },
  };
}
