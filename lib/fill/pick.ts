import { collectFields, type CollectedField } from './collect';
import { positionAmongSame } from './match';

/**
 * 指定: the person shows which control is a field the helper could not find. An overlay in a
 * shadow root (neither side's CSS leaks) outlines the field under the pointer; a click chooses it
 * (the page never sees that click), the overlay asks to confirm, Esc cancels. What is kept is how
 * the engine reads the control — its caption and its place among controls with that caption —
 * not its id.
 */
export interface PickTexts {
  /** Shown while choosing: which field to click. */
  prompt: string;
  /** Shown to confirm: $1 the caption as read, $2 the field. */
  confirm: (caption: string) => string;
  ok: string;
  again: string;
  cancel: string;
}

export interface Picked {
  caption: string;
  position: number;
  idHint?: string;
}

const STYLE = `
  :host { all: initial; }
  .outline { position: fixed; pointer-events: none; border: 2px solid #1677ff; background: rgba(22, 119, 255, 0.08); border-radius: 4px; z-index: 2147483646; display: none; }
  .bar { position: fixed; top: 12px; left: 50%; transform: translateX(-50%); z-index: 2147483647; font: 14px/1.5 system-ui, "PingFang SC", "Microsoft YaHei", sans-serif;
         background: #fff; color: #1f1f1f; border: 1px solid #d9d9d9; border-radius: 8px; box-shadow: 0 4px 16px rgba(0,0,0,0.15); padding: 10px 14px; display: flex; gap: 10px; align-items: center; max-width: 90vw; }
  button { font: inherit; border: 1px solid #d9d9d9; background: #fff; border-radius: 6px; padding: 2px 12px; cursor: pointer; }
  button.primary { background: #1677ff; border-color: #1677ff; color: #fff; }
`;

/** The field a pointed element belongs to: the one whose control holds it, else the smallest territory that does. */
function fieldAt(target: Element, fields: readonly CollectedField[]): CollectedField | undefined {
  const byControl = fields.find((field) => field.controls.some((control) => control.element.contains(target)));
  if (byControl) return byControl;
  return fields.filter((field) => field.container.contains(target)).sort((a, b) => Number(a.container.contains(b.container)) - Number(b.container.contains(a.container)))[0];
}

export function pickControl(document: Document, texts: PickTexts): Promise<Picked | undefined> {
  const view = document.defaultView!;
  const host = document.createElement('beian-helper-pick');
  const shadow = host.attachShadow({ mode: 'open' });
  shadow.innerHTML = `<style>${STYLE}</style><div class="outline"></div><div class="bar" role="dialog"><span class="text"></span><span class="buttons"></span></div>`;
  const outline = shadow.querySelector<HTMLElement>('.outline')!;
  const text = shadow.querySelector<HTMLElement>('.text')!;
  const buttons = shadow.querySelector<HTMLElement>('.buttons')!;
  document.documentElement.append(host);
  let fields = collectFields(document);
  let chosen: CollectedField | undefined;

  return new Promise((resolve) => {
    const button = (label: string, act: () => void, primary = false) => {
      const element = document.createElement('button');
      element.type = 'button';
      element.textContent = label;
      if (primary) element.className = 'primary';
      element.addEventListener('click', act);
      return element;
    };
    const finish = (picked: Picked | undefined) => {
      document.removeEventListener('mousemove', onMove, true);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
      host.remove();
      resolve(picked);
    };
    const show = (field: CollectedField | undefined) => {
      if (!field) {
        outline.style.display = 'none';
        return;
      }
      const box = field.container.getBoundingClientRect();
      Object.assign(outline.style, { display: 'block', left: `${box.left - 3}px`, top: `${box.top - 3}px`, width: `${box.width + 6}px`, height: `${box.height + 6}px` });
    };
    const choosing = () => {
      chosen = undefined;
      fields = collectFields(document);
      text.textContent = texts.prompt;
      buttons.replaceChildren(button(texts.cancel, () => finish(undefined)));
    };
    const confirming = (field: CollectedField) => {
      chosen = field;
      show(field);
      text.textContent = texts.confirm(field.label || '—');
      const control = field.controls[0]?.element;
      const idHint = control?.id || control?.getAttribute('name') || undefined;
      buttons.replaceChildren(
        button(texts.ok, () => finish({ caption: field.label, position: positionAmongSame(field, fields), ...(idHint ? { idHint } : {}) }), true),
        button(texts.again, choosing),
        button(texts.cancel, () => finish(undefined)),
      );
    };
    const onMove = (event: MouseEvent) => {
      if (chosen || !(event.target instanceof view.Element) || host.contains(event.target)) return;
      show(fieldAt(event.target, fields));
    };
    const onClick = (event: MouseEvent) => {
      if (event.composedPath().includes(host)) return;
      // The person is choosing, not using the page: the click is ours.
      event.preventDefault();
      event.stopPropagation();
      if (chosen || !(event.target instanceof view.Element)) return;
      const field = fieldAt(event.target, fields);
      if (field) confirming(field);
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      finish(undefined);
    };
    document.addEventListener('mousemove', onMove, true);
    document.addEventListener('click', onClick, true);
    document.addEventListener('keydown', onKey, true);
    choosing();
  });
}
