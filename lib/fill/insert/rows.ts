import type { CollectedField } from '../collect';
import { opensAList } from '../controls';
import { visible } from '../dom';
import { cleanText } from '../text';
import { enterText, fire, typeText } from '../widgets/events';
import { FillError } from '../widgets/fill-error';
import { clickButton } from '../widgets/native';
import { WIDGET_ROOT_SELECTOR } from '../widgets/registry';
import { nextTurn, waitFor, type Waits } from '../widgets/waits';

/** The words of a row's 添加 button. */
const ADD_ROW = /^(\+\s*)?(添加|新增|增加|\+)$/;

const TEXT_BOX = 'input[type="text"], input:not([type])';

/** Text boxes of a field that are not part of a widget: the rows of a repeatable field, the name typed after 其他. */
export function plainTextBoxes(container: Element): HTMLInputElement[] {
  const boxes = [...(container.matches(TEXT_BOX) ? [container as HTMLInputElement] : []), ...container.querySelectorAll<HTMLInputElement>(TEXT_BOX)];
  // A dropdown's search box is the dropdown's, not a box to type a value in.
  return boxes.filter((input) => !input.readOnly && !input.disabled && !input.parentElement?.closest(WIDGET_ROOT_SELECTOR) && !opensAList(input) && visible(input));
}

const ADD_NAME = /添加|新增|增加|^add$|^plus$/i;
const ADD_ICON = /(^|[-_\s])(add|plus)([-_\s]|$)/i;

/**
 * An icon button drawn as a plus: its lines go both across and down (a minus only across). Icon
 * sets draw their plus as one path with a vertical and a horizontal stroke (M256 112v288M400 256H112).
 */
function drawsPlus(button: Element): boolean {
  const strokes = [...button.querySelectorAll('path')].map((path) => path.getAttribute('d') ?? '').join(' ');
  // Straight strokes only (moves, verticals, horizontals): a bin or a pen is drawn with more.
  return /^[MmVvHhZz\d.,\s-]+$/.test(strokes) && /[vV]/.test(strokes) && /[hH]/.test(strokes);
}

/** A row's 添加: a button saying so, or an icon button named or drawn as a plus (Naive draws one per row). */
function addButtonOf(field: CollectedField): HTMLElement | undefined {
  const buttons = [...field.container.querySelectorAll<HTMLElement>('button, a, [role="button"]')].filter((button) => visible(button));
  const says = (button: HTMLElement) => ADD_ROW.test(cleanText(button.textContent).replace(/\s+/g, '')) || ADD_NAME.test(button.getAttribute('aria-label') ?? button.getAttribute('title') ?? '');
  const draws = (button: HTMLElement) => !cleanText(button.textContent) && ([...button.querySelectorAll('[class]')].some((icon) => ADD_ICON.test(icon.getAttribute('class') ?? '')) || drawsPlus(button));
  return buttons.filter(says).at(-1) ?? buttons.filter(draws).at(-1);
}

/** A box that turns each entry into a tag: it says so (按回车, Enter), or sits in a box named for tags. Enter is pressed in no other box. */
function takesTags(input: HTMLInputElement, field: Element): boolean {
  if (/回车|enter/i.test(input.placeholder)) return true;
  for (let node: Element | null = input.parentElement; node && node !== field.parentElement; node = node.parentElement) if (/(^|[-_\s])tag/i.test(node.className)) return true;
  return false;
}

/** A box that takes one value after another, each committed with Enter into a tag (Semi's TagInput): true when it took this one. */
async function typedAsTag(input: HTMLInputElement, row: string, box: Element, waits: Waits): Promise<boolean> {
  typeText(input, row, waits, { stay: true });
  const enter = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 } as KeyboardEventInit;
  fire(input, 'keydown', waits, enter);
  fire(input, 'keypress', waits, enter);
  fire(input, 'keyup', waits, enter);
  await nextTurn(input.ownerDocument, waits);
  return input.value === '' && cleanText(box.textContent).includes(row);
}

/**
 * Rows, one after another as a person enters them: the row typed into the next empty box, a row
 * added (its 添加, found again each time) when there is none, and the page given its turn between
 * rows — a list that copies its rows on each change loses the one before otherwise. A single box
 * with no 添加 that turns each entry into a tag takes them all in turn.
 */
export async function insertRows(field: CollectedField, rows: readonly string[], waits: Waits): Promise<boolean> {
  const document = field.container.ownerDocument;
  const inputs = () => plainTextBoxes(field.container);
  const [single, ...others] = inputs();
  if (single && others.length === 0 && !addButtonOf(field) && takesTags(single, field.container)) {
    for (const row of rows) {
      if (!(await typedAsTag(inputs()[0] ?? single, row, field.container, waits))) throw new FillError('no-add-button', row);
    }
    return true;
  }
  let changed = false;
  for (const [index, row] of rows.entries()) {
    while (inputs().length <= index) {
      const add = addButtonOf(field);
      if (!add) throw new FillError('no-add-button', row);
      const before = inputs().length;
      clickButton(add, waits);
      await waitFor(document, () => inputs().length > before, waits, row);
      changed = true;
    }
    changed = (await enterText(inputs()[index]!, row, waits)) || changed;
    await nextTurn(document, waits);
  }
  return changed;
}
