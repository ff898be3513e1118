import { cleanText } from '../text';
import { FillError } from './fill-error';
import { enterText, fire, press, shownNow, typeText } from './events';
import { Opened, disabledOption, optionsIn } from './opened';
import { closePicker, openPicker, pickerText } from './picker';
import { lookFor, nextTurn, waitFor, type Waits } from './waits';

/**
 * A date in a calendar nobody named: read from the ways pages write one, the calendar moved to its
 * month with its own arrows, and its day pressed.
 */

/** A date as year, month and day, from the ways pages write one (2035-03-12, 2035/3/12, 2035年3月12日, a timestamp). */
export function dateParts(text: string | null | undefined): [number, number, number] | undefined {
  const value = cleanText(text);
  if (/^\d{12,13}$/.test(value)) {
    const day = new Date(Number(value));
    return [day.getFullYear(), day.getMonth() + 1, day.getDate()];
  }
  const match = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value);
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : undefined;
}

const sameDay = (a: readonly number[] | undefined, b: readonly number[]) => !!a && a[0] === b[0] && a[1] === b[1] && a[2] === b[2];

/** The month a calendar shows: "2026年 12月", "2026-12", or a year and a month apart. */
function shownMonth(layers: readonly Element[]): [number, number] | undefined {
  for (const layer of layers) {
    // A calendar may show its year and month in little selects of its own: their boxes' values count.
    const boxes = [...layer.querySelectorAll<HTMLInputElement>('input')].map((input) => input.value).join(' ');
    const text = cleanText(`${boxes} ${layer.textContent}`);
    const together = /(\d{4})\s*年\s*(\d{1,2})\s*月/.exec(text) ?? /(\d{4})\s*[-/.]\s*(\d{1,2})(?![\d-/.])/.exec(text);
    if (together) return [Number(together[1]), Number(together[2])];
    const year = /(\d{4})\s*年/.exec(text) ?? /(?<!\d)((?:19|20)\d{2})(?!\d)/.exec(boxes);
    const month = /(?<!\d)(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)/.exec(text) ?? /(一|二|三|四|五|六|七|八|九|十|十一|十二)月/.exec(text);
    if (year && month) {
      const names = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
      const number = /\d/.test(month[1]!) ? Number(month[1]) : names.indexOf(month[1]!) + 1;
      return [Number(year[1]), number];
    }
  }
  return undefined;
}

const DATE_ATTRIBUTES = ['title', 'data-date', 'lay-ymd', 'data-value', 'data-day', 'aria-label', 'date'];

/** A calendar cell that names its own date in an attribute. */
function cellNamed(layers: readonly Element[], wanted: readonly number[]): HTMLElement | undefined {
  for (const layer of layers) {
    for (const element of layer.querySelectorAll<HTMLElement>(DATE_ATTRIBUTES.map((name) => `[${name}]`).join(', '))) {
      if (DATE_ATTRIBUTES.some((name) => sameDay(dateParts(element.getAttribute(name)), wanted)) && shownNow(element) && !disabledOption(element)) return element;
    }
  }
  return undefined;
}

const OTHER_MONTH = /(^|[-_\s])(old|new|prev|next|other|outside|last|not-current|adjacent|additional|disabled)([-_\s]|$)|-(prev|next)-month/i;
const OTHER_MONTH_TYPE = /(prev|next|last)/i;

/** The cell of a day in the month shown: its number, not greyed as another month's. */
function dayCell(layers: readonly Element[], day: number): HTMLElement | undefined {
  const cells = optionsIn(layers).filter((cell) => cleanText(cell.textContent) === String(day));
  const own = cells.filter((cell) => {
    for (let node: Element | null = cell; node && !layers.includes(node); node = node.parentElement) {
      if (OTHER_MONTH.test(node.className) || OTHER_MONTH_TYPE.test(node.getAttribute('type') ?? node.getAttribute('data-type') ?? '')) return false;
    }
    return true;
  });
  const candidates = own.length ? own : cells;
  return day >= 15 ? candidates.at(-1) : candidates[0];
}

/**
 * The buttons that move a calendar on (or back), as their words, symbols or names say, the ones
 * that look like a year's step (a double arrow, 年, year) last.
 */
function steppers(layers: readonly Element[], forward: boolean): HTMLElement[] {
  const direction = forward ? /next|下一|后一|[›»>]|right/i : /prev|上一|前一|[‹«<]|left/i;
  const found: { button: HTMLElement; yearish: boolean }[] = [];
  for (const layer of layers) {
    for (const element of layer.querySelectorAll<HTMLElement>('button, a, span, i, th, [role="button"], [class*="prev"], [class*="next"], [class*="icon"], [class*="arrow"], [class*="btn"]')) {
      // What the button says: its own names, the icon drawn in it (arco-icon-double-left), or its one symbol.
      const icons = [...element.querySelectorAll('[class]')].map((inner) => inner.getAttribute('class') ?? '').join(' ');
      const says = `${element.className} ${icons} ${element.getAttribute('aria-label') ?? ''} ${element.getAttribute('title') ?? ''} ${element.children.length ? '' : cleanText(element.textContent)}`;
      if (!direction.test(says) || !shownNow(element) || cleanText(element.textContent).length > 3) continue;
      // The arrow of a little select in the calendar's header opens that select; it moves nothing.
      if (element.closest('[class*="select"]') || element.querySelector('input')) continue;
      if (found.some((known) => known.button.contains(element) || element.contains(known.button))) continue;
      found.push({ button: element, yearish: /year|年|super|double|[»«]|>>|<<|-y(\b|$)/i.test(says) });
    }
  }
  return [...found.filter((candidate) => !candidate.yearish), ...found.filter((candidate) => candidate.yearish)].map((candidate) => candidate.button);
}

const MAX_STEPS = 300;
const monthIndex = (shown: readonly number[]) => shown[0]! * 12 + shown[1]!;

/**
 * Moves a calendar to the month of the wanted date. How far each button goes is learnt by
 * pressing it (« is a year on one calendar, a month on another): the longest step not past the
 * month is taken each time.
 */
async function goToMonth(opened: Opened, year: number, month: number, waits: Waits): Promise<void> {
  const document = opened.widget.ownerDocument;
  const stride = new Map<HTMLElement, number>();
  for (let steps = 0; steps < MAX_STEPS; steps++) {
    const shown = shownMonth(opened.layers());
    if (!shown) throw new FillError('no-list', `${year}-${month}`);
    const delta = year * 12 + month - monthIndex(shown);
    if (delta === 0) return;
    const buttons = steppers(opened.layers(), delta > 0);
    // A button known to go no further than the month, the longest such; else one not tried yet.
    const known = buttons.filter((button) => (stride.get(button) ?? Infinity) <= Math.abs(delta)).sort((a, b) => stride.get(b)! - stride.get(a)!);
    const button = known[0] ?? buttons.find((button) => !stride.has(button));
    if (!button) throw new FillError('no-option', `${year}-${String(month).padStart(2, '0')}`);
    const before = monthIndex(shown);
    press(button, waits);
    const after = await waitFor(document, () => {
      const now = shownMonth(opened.layers());
      return now && monthIndex(now) !== before ? now : undefined;
    }, waits, `${year}-${month}`);
    stride.set(button, Math.abs(monthIndex(after) - before));
  }
  throw new FillError('no-option', `${year}-${month}`);
}

/**
 * A read-only date box that takes only a calendar click: opened, the calendar moved to the month,
 * the day pressed — or the cell that names the date pressed straight away — and the date read back.
 */
export async function pickDate(widget: HTMLElement, date: string, waits: Waits): Promise<boolean> {
  const wanted = dateParts(date);
  if (!wanted) throw new FillError('no-option', date);
  if (sameDay(dateParts(pickerText(widget)), wanted)) return false;
  const opened = openPicker(widget, waits);
  const document = widget.ownerDocument;
  try {
    await waitFor(document, () => shownMonth(opened.layers()) ?? cellNamed(opened.layers(), wanted), waits, date).catch(() => {
      throw new FillError('no-list', date);
    });
    let cell = cellNamed(opened.layers(), wanted);
    if (!cell) {
      await goToMonth(opened, wanted[0], wanted[1], waits);
      cell = cellNamed(opened.layers(), wanted) ?? dayCell(opened.layers(), wanted[2]);
    }
    if (!cell) throw new FillError('no-option', date);
    press(cell, waits);
    await waitFor(document, () => sameDay(dateParts(pickerText(widget)), wanted), waits, date).catch(() => {
      throw new FillError('not-shown', date);
    });
    return true;
  } catch (error) {
    closePicker(widget, waits);
    throw error;
  } finally {
    opened.stop();
  }
}

/** How long a typed-into date box may take to show its calendar, if it has one. */
const CALENDAR_WAIT_MS = 1_200;

/**
 * A date box a person may type into (a library's date picker nobody named): the date typed, then
 * — when the box opened its calendar — the day pressed in it, as typing alone commits nothing in
 * many pickers; confirmed by what the box shows once left.
 */
export async function typeDateBox(input: HTMLInputElement, date: string, waits: Waits): Promise<boolean> {
  const wanted = dateParts(date);
  if (!wanted) return enterText(input, date, waits);
  if (sameDay(dateParts(input.value), wanted)) return false;
  const document = input.ownerDocument;
  const opened = new Opened(input.parentElement ?? input);
  try {
    press(input, waits);
    typeText(input, date, waits, { stay: true });
    await nextTurn(document, waits);
    // A box with a calendar has opened something of its own by now; a plain box has not.
    const appeared = opened.layers().some((layer) => layer !== opened.widget);
    const calendar = appeared ? await lookFor(document, () => shownMonth(opened.layers()) ?? cellNamed(opened.layers(), wanted), waits, date, CALENDAR_WAIT_MS) : undefined;
    if (calendar) {
      if (!cellNamed(opened.layers(), wanted)) await goToMonth(opened, wanted[0], wanted[1], waits);
      const cell = cellNamed(opened.layers(), wanted) ?? dayCell(opened.layers(), wanted[2]);
      if (cell) press(cell, waits);
      await nextTurn(document, waits);
    } else {
      fire(input, 'change', waits);
      const enter = { key: 'Enter', code: 'Enter', keyCode: 13, which: 13 } as KeyboardEventInit;
      fire(input, 'keydown', waits, enter);
      fire(input, 'keyup', waits, enter);
    }
    if (opened.layers().some((layer) => layer !== opened.widget)) closePicker(input, waits);
    fire(input, 'blur', waits);
    await waitFor(document, () => sameDay(dateParts(input.value), wanted), waits, date).catch(() => {
      throw new FillError('not-shown', date);
    });
    return true;
  } finally {
    opened.stop();
  }
}
