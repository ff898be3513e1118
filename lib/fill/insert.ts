import { NEVER_CLICK_BUTTONS, NEVER_FILL_LABELS } from '../pages/definitions';
import { elementSelectText, normalise, type CollectedControl, type CollectedField } from './collect';
import type { FilePayload } from './values';

/**
 * Insert: writes a value the way a person's typing and clicking would, so React, Vue and jQuery
 * pages all see it. Native controls get the prototype's value setter and the full event sequence;
 * Element's custom dropdowns are opened and their option clicked; cascading levels are waited for
 * with a bounded MutationObserver, never a fixed sleep.
 */
export class FillError extends Error {}

export interface Waits {
  /** Milliseconds spent waiting for the page (cascades, dropdowns), kept out of the engine's own time. */
  waitedMs: number;
}

const WAIT_LIMIT_MS = 5_000;

export async function waitFor<T>(document: Document, find: () => T | undefined | null, waits: Waits, limitMs = WAIT_LIMIT_MS): Promise<T> {
  const found = find();
  if (found) return found;
  const started = performance.now();
  try {
    return await new Promise<T>((resolve, reject) => {
      const view = document.defaultView!;
      const check = () => {
        const result = find();
        if (!result) return;
        observer.disconnect();
        view.clearInterval(poll);
        view.clearTimeout(timer);
        resolve(result);
      };
      const observer = new view.MutationObserver(check);
      observer.observe(document.documentElement, { childList: true, subtree: true, attributes: true, characterData: true });
      // Some changes (a popper's transition ending) are style-only: look again now and then too.
      const poll = view.setInterval(check, 50);
      const timer = view.setTimeout(() => {
        observer.disconnect();
        view.clearInterval(poll);
        reject(new FillError('timeout'));
      }, limitMs);
    });
  } finally {
    waits.waitedMs += performance.now() - started;
  }
}

export function assertFillable(field: CollectedField) {
  if (NEVER_FILL_LABELS.some((pattern) => pattern.test(field.label))) throw new FillError(`refused: ${field.label}`);
}

export function clickButton(button: HTMLElement) {
  const text = normalise(button.textContent);
  if (NEVER_CLICK_BUTTONS.some((pattern) => pattern.test(text))) throw new FillError(`refused to click ${text}`);
  button.click();
}

function fire(element: HTMLElement, type: string) {
  const view = element.ownerDocument.defaultView!;
  const event = type.startsWith('key') ? new view.KeyboardEvent(type, { bubbles: true }) : type === 'focus' || type === 'blur' ? new view.FocusEvent(type) : new view.Event(type, { bubbles: true });
  element.dispatchEvent(event);
}

/**
 * Sets a text box's value through its prototype setter, then the events a typing person causes.
 * The focus and blur are dispatched, not performed: moving the real focus from box to box would
 * restyle the page at every field, and the page's handlers see the same events either way.
 */
export function typeText(element: HTMLInputElement | HTMLTextAreaElement, value: string): boolean {
  if (element.value === value) return false;
  const prototype = Object.getPrototypeOf(element) as HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  fire(element, 'focus');
  fire(element, 'keydown');
  setter ? setter.call(element, value) : (element.value = value);
  fire(element, 'input');
  fire(element, 'keyup');
  fire(element, 'change');
  fire(element, 'blur');
  return true;
}

/** The same wording with and without its administrative suffix: 北京 / 北京市. */
function looseEquals(text: string, wanted: string): boolean {
  const strip = (value: string) => normalise(value).replace(/(省|市|自治区|特别行政区|区|县)$/, '');
  return normalise(text) === normalise(wanted) || (strip(text) !== '' && strip(text) === strip(wanted));
}

function findOption(select: HTMLSelectElement, candidates: readonly string[], codes: readonly string[] = []): HTMLOptionElement | undefined {
  const options = [...select.options];
  return (
    options.find((option) => codes.includes(option.value) && option.value !== '') ??
    options.find((option) => candidates.some((candidate) => normalise(option.text) === normalise(candidate))) ??
    options.find((option) => candidates.some((candidate) => looseEquals(option.text, candidate)))
  );
}

/** Chooses a native select's option by its text (or code), waiting for options that load late. */
export async function chooseNative(select: HTMLSelectElement, candidates: readonly string[], waits: Waits, codes: readonly string[] = []): Promise<boolean> {
  const option = await waitFor(select.ownerDocument, () => findOption(select, candidates, codes), waits);
  if (select.value === option.value) return false;
  const prototype = Object.getPrototypeOf(select) as HTMLSelectElement;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(select, option.value);
  fire(select, 'input');
  fire(select, 'change');
  return true;
}

function isChecked(control: CollectedControl): boolean {
  if (control.element instanceof HTMLInputElement) return control.element.checked;
  return control.element.classList.contains('is-checked');
}

/** Ticks or unticks a radio or checkbox by clicking it, as a person does. */
export function setChecked(control: CollectedControl, on: boolean): boolean {
  if (isChecked(control) === on) return false;
  const target = control.element instanceof HTMLInputElement ? control.element : (control.element.querySelector<HTMLElement>('input') ?? control.element);
  target.click();
  return true;
}

function visibleIn(document: Document, selector: string): HTMLElement[] {
  return [...document.querySelectorAll<HTMLElement>(selector)].filter((element) => element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden');
}

/** Element's el-select: open it, click the option, check the page shows it. */
export async function chooseElement(widget: HTMLElement, candidates: readonly string[], waits: Waits): Promise<boolean> {
  const document = widget.ownerDocument;
  const shown = () => normalise(elementSelectText(widget));
  if (candidates.some((candidate) => shown() === normalise(candidate))) return false;
  (widget.querySelector<HTMLElement>('.el-select__wrapper') ?? widget).click();
  // The select's own listbox (aria-controls), not another dropdown still fading out.
  const listId = widget.querySelector('[aria-controls]')?.getAttribute('aria-controls');
  const options = () => {
    const list = listId ? document.getElementById(listId) : null;
    return list ? [...list.querySelectorAll<HTMLElement>('[role="option"], .el-select-dropdown__item')] : visibleIn(document, '.el-select-dropdown__item');
  };
  const item = await waitFor(document, () => options().find((option) => option.getClientRects().length > 0 && candidates.some((candidate) => looseEquals(option.textContent ?? '', candidate))), waits);
  item.click();
  await waitFor(document, () => candidates.some((candidate) => looseEquals(shown(), candidate)) || undefined, waits);
  return true;
}

/** Element's lazy el-cascader: open it and click each level's node once it has loaded. */
export async function chooseCascade(widget: HTMLElement, names: readonly string[], waits: Waits): Promise<boolean> {
  const document = widget.ownerDocument;
  const input = widget.querySelector<HTMLInputElement>('input');
  if (input && normalise(input.value) === normalise(names.join('/'))) return false;
  (widget.querySelector<HTMLElement>('.el-input__wrapper') ?? widget).click();
  for (const name of names) {
    const node = await waitFor(document, () => visibleIn(document, '.el-cascader-node').find((candidate) => looseEquals(candidate.textContent ?? '', name)), waits);
    node.click();
  }
  await waitFor(document, () => (input && normalise(input.value) === normalise(names.join('/'))) || undefined, waits);
  return true;
}

function fileOf(payload: FilePayload, view: Window & typeof globalThis): File {
  const binary = view.atob(payload.base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new view.File([bytes], payload.name, { type: payload.type });
}

/** A file input (native, or inside el-upload) gets the stored file through a DataTransfer. */
export function attachFile(input: HTMLInputElement, payload: FilePayload): boolean {
  const view = input.ownerDocument.defaultView! as Window & typeof globalThis;
  const transfer = new view.DataTransfer();
  transfer.items.add(fileOf(payload, view));
  input.files = transfer.files;
  fire(input, 'input');
  fire(input, 'change');
  return true;
}

