import { NEVER_CLICK_BUTTONS } from '../../pages/guards';
import { cleanText, optionMatches } from '../text';
import { CHECKABLE_WRAPPER, checkableFace, isInput } from '../dom';
import { FillError } from './fill-error';
import { click, fire, press } from './events';
import { waitFor, waitForOption, type Waits } from './waits';

/** Native controls: selects chosen by their option's words (or code), radios and checkboxes ticked by a click, buttons guarded. */

function findOption(select: HTMLSelectElement, wordings: readonly string[], codes: readonly string[]): HTMLOptionElement | undefined {
  const options = [...select.options].filter((option) => option.value !== '' || option.text.trim() !== '');
  return options.find((option) => option.value !== '' && codes.includes(option.value)) ?? options.find((option) => wordings.some((wording) => optionMatches(option.text, wording)));
}

/** Chooses a native select's option, waiting for options that load late (a cascade's next level). */
export async function chooseNative(select: HTMLSelectElement, wordings: readonly string[], waits: Waits, codes: readonly string[] = []): Promise<boolean> {
  const listed = () => [...select.options].filter((option) => option.value !== '').map((option) => cleanText(option.text));
  const option = await waitForOption(select.ownerDocument, () => findOption(select, wordings, codes), listed, waits, wordings[0] ?? '');
  if (!option) throw new FillError('no-option', wordings[0], listed().slice(0, 12));
  if (select.value === option.value) return false;
  const prototype = Object.getPrototypeOf(select) as HTMLSelectElement;
  Object.getOwnPropertyDescriptor(prototype, 'value')?.set?.call(select, option.value);
  fire(select, 'input', waits);
  fire(select, 'change', waits);
  return true;
}

export function selectedText(select: HTMLSelectElement): string {
  return select.value ? cleanText(select.selectedOptions[0]?.text) : '';
}

export function isChecked(element: HTMLElement): boolean {
  if (isInput(element)) return element.checked;
  return element.getAttribute('aria-checked') === 'true' || element.classList.contains('is-checked');
}

/**
 * Ticks or unticks a radio or checkbox by pressing what the person sees for it (the control, or
 * the drawing a library hides it behind), and waits until it shows the new state.
 */
export async function setChecked(element: HTMLElement, on: boolean, waits: Waits): Promise<boolean> {
  if (isChecked(element) === on) return false;
  // The option's own box (its label, the words beside it), as a person clicks it: some libraries act on that, not on the input inside.
  const face = element.closest<HTMLElement>(CHECKABLE_WRAPPER) ?? (element as HTMLInputElement).labels?.[0] ?? checkableFace(element);
  if (face === element) click(element, waits);
  else press(face, waits);
  const words = cleanText(element.closest('label')?.textContent ?? element.getAttribute('aria-label'));
  await waitFor(element.ownerDocument, () => isChecked(element) === on, waits, words).catch((error: unknown) => {
    throw error instanceof FillError && error.code === 'timeout' ? new FillError('not-shown', words) : error;
  });
  return true;
}

/** The only buttons the helper presses are a repeatable field's 添加; never a submit, a navigation, a code request. */
export function clickButton(button: HTMLElement, waits: Waits) {
  // Ant Design writes a two-character label with a space between ("提 交").
  const text = cleanText(button.textContent).replace(/\s+/g, '');
  if (NEVER_CLICK_BUTTONS.some((pattern) => pattern.test(text))) throw new FillError('refused', text);
  click(button, waits);
}
