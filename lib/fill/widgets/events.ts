import { DIALOG_SELECTOR, styleOf } from '../dom';
import { nextTurn, pageTime, type Waits } from './waits';

/**
 * Acting like a person: the events a typing or clicking person causes, so React, Vue and jQuery
 * pages all register what is written.
 */

/**
 * Runs the page's handlers for an event the helper dispatches, on the page's clock — and the work
 * they leave for the microtask queue (Vue and React render there), which runs at the helper's next
 * `await`: between a marker queued before the event and one queued after it. When that `await` is
 * a wait, the wait has the time already.
 */
function onPageClock(waits: Waits, act: () => void) {
  let reaction: (() => void) | undefined;
  queueMicrotask(() => {
    if (!waits.waiting) reaction = pageTime(waits);
  });
  const done = pageTime(waits);
  try {
    act();
  } finally {
    done();
    queueMicrotask(() => reaction?.());
  }
}

export function fire(element: Element, type: string, waits: Waits, init: KeyboardEventInit = {}) {
  const view = element.ownerDocument.defaultView!;
  const event = type.startsWith('key')
    ? new view.KeyboardEvent(type, { bubbles: true, cancelable: true, ...init })
    : type === 'focus' || type === 'blur'
      ? new view.FocusEvent(type)
      : type === 'focusin' || type === 'focusout'
        ? new view.FocusEvent(type, { bubbles: true })
        : new view.Event(type, { bubbles: true });
  onPageClock(waits, () => element.dispatchEvent(event));
}

/**
 * Closes a list or panel a widget left open, as a person would — but never the dialog the form is
 * in: inside a dialog, Escape would close the dialog with the form (Element, Ant Design and the
 * others close theirs on Escape anywhere), so there the person clicks beside the list instead: a
 * press on the page's body, outside every list and not on the dialog's mask.
 */
export function dismiss(control: Element, waits: Waits) {
  if (!control.closest(DIALOG_SELECTOR)) {
    fire(control, 'keydown', waits, { key: 'Escape', code: 'Escape', keyCode: 27, which: 27 } as KeyboardEventInit);
    fire(control, 'keyup', waits, { key: 'Escape', code: 'Escape', keyCode: 27, which: 27 } as KeyboardEventInit);
  }
  // A list that does not close on Escape (layui's) closes on a click beside it.
  press(control.ownerDocument.body, waits);
}

/** A person's press: some libraries act on mousedown (Ant Design opens its dropdowns there), others on click. */
export function press(element: Element, waits: Waits) {
  const view = element.ownerDocument.defaultView!;
  // The whole sequence a pointer makes: libraries listen at different points of it.
  const pointer = { bubbles: true, cancelable: true, view, button: 0, pointerId: 1, pointerType: 'mouse', isPrimary: true };
  onPageClock(waits, () => {
    element.dispatchEvent(new view.PointerEvent('pointerdown', pointer));
    element.dispatchEvent(new view.MouseEvent('mousedown', { bubbles: true, cancelable: true, view, button: 0 }));
    // A press on a box to type in puts the cursor there (bootstrap-datepicker opens its calendar on that focus).
    if (element.matches('input:not([type="checkbox"]):not([type="radio"]):not([type="file"]), textarea')) (element as HTMLElement).focus({ preventScroll: true });
    element.dispatchEvent(new view.PointerEvent('pointerup', pointer));
    element.dispatchEvent(new view.MouseEvent('mouseup', { bubbles: true, cancelable: true, view, button: 0 }));
    (element as HTMLElement).click();
  });
}

/** A click, as on a radio, a checkbox or a row's 添加. */
export function click(element: HTMLElement, waits: Waits) {
  onPageClock(waits, () => element.click());
}

/**
 * Sets a text box's value through its prototype setter, then the events a typing person causes.
 * The focus and blur are dispatched, not performed: moving the real focus from box to box would
 * restyle the page at every field, and the page's handlers see the same events either way.
 * `stay` types a search query: leaving the box would close the list being searched.
 */
export function typeText(element: HTMLInputElement | HTMLTextAreaElement, value: string, waits: Waits, options: { stay?: boolean } = {}): boolean {
  if (element.value === value) return false;
  const prototype = Object.getPrototypeOf(element) as HTMLInputElement;
  const setter = Object.getOwnPropertyDescriptor(prototype, 'value')?.set;
  // React listens for focusin and focusout (its onFocus, onBlur); the others for focus and blur.
  fire(element, 'focus', waits);
  fire(element, 'focusin', waits);
  fire(element, 'keydown', waits);
  if (setter) setter.call(element, value);
  else element.value = value;
  fire(element, 'input', waits);
  fire(element, 'keyup', waits);
  if (options.stay) return true;
  fire(element, 'change', waits);
  fire(element, 'blur', waits);
  fire(element, 'focusout', waits);
  return true;
}

/**
 * Types a value as a person does and then leaves the box — the page taking its turn in between,
 * as between a person's last keystroke and leaving: a widget that commits on leaving compares with
 * what its own update made of the typing (Arco's number box commits nothing otherwise).
 */
export async function enterText(element: HTMLInputElement | HTMLTextAreaElement, value: string, waits: Waits): Promise<boolean> {
  if (!typeText(element, value, waits, { stay: true })) return false;
  await nextTurn(element.ownerDocument, waits);
  fire(element, 'change', waits);
  fire(element, 'blur', waits);
  fire(element, 'focusout', waits);
  return true;
}

export function shownNow(element: Element): boolean {
  return element.getClientRects().length > 0 && styleOf(element).visibility !== 'hidden';
}
