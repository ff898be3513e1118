import { collectFields, type CollectedField } from './collect';
import { positionAmongSame } from './match';
import { openOverlay } from './overlay';

/**
 * 指定: the person shows which control is a field the helper could not find. The helper's overlay
 * outlines the field under the pointer; a click chooses it (the page never sees that click), the
 * overlay asks to confirm, Esc cancels. What is kept is how the engine reads the control — its
 * caption and its place among controls with that caption — not its id.
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

/** The field a pointed element belongs to: the one whose control holds it, else the smallest territory that does. */
export function fieldAt(target: Element, fields: readonly CollectedField[]): CollectedField | undefined {
  const byControl = fields.find((field) => field.controls.some((control) => control.element.contains(target)));
  if (byControl) return byControl;
  return fields.filter((field) => field.container.contains(target)).sort((a, b) => Number(a.container.contains(b.container)) - Number(b.container.contains(a.container)))[0];
}

export function pickControl(document: Document, texts: PickTexts): Promise<Picked | undefined> {
  const view = document.defaultView!;
  const overlay = openOverlay(document, 'beian-helper-pick');
  let fields = collectFields(document);
  let chosen: CollectedField | undefined;

  return new Promise((resolve) => {
    const finish = (picked: Picked | undefined) => {
      document.removeEventListener('mousemove', onMove, true);
      document.removeEventListener('click', onClick, true);
      document.removeEventListener('keydown', onKey, true);
      overlay.remove();
      resolve(picked);
    };
    const choosing = () => {
      chosen = undefined;
      fields = collectFields(document);
      overlay.say(texts.prompt);
      overlay.buttons({ label: texts.cancel, act: () => finish(undefined) });
    };
    const confirming = (field: CollectedField) => {
      chosen = field;
      overlay.outline(field.container);
      overlay.say(texts.confirm(field.label || '—'));
      const control = field.controls[0]?.element;
      const idHint = control?.id || control?.getAttribute('name') || undefined;
      overlay.buttons(
        { label: texts.ok, act: () => finish({ caption: field.label, position: positionAmongSame(field, fields), ...(idHint ? { idHint } : {}) }), primary: true },
        { label: texts.again, act: choosing },
        { label: texts.cancel, act: () => finish(undefined) },
      );
    };
    const onMove = (event: MouseEvent) => {
      if (chosen || !(event.target instanceof view.Element) || overlay.host.contains(event.target)) return;
      overlay.outline(fieldAt(event.target, fields)?.container);
    };
    const onClick = (event: MouseEvent) => {
      if (event.composedPath().includes(overlay.host)) return;
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
