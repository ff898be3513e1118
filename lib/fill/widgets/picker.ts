import { isElement, isInput } from '../dom';
import { cleanText, optionMatches } from '../text';
import { FillError, dismiss, enterText, fire, lookFor, nextTurn, press, shownNow, typeText, waitFor, waitForOption, type Waits } from './events';
import { chooseByKeyboard, keyboardMayHelp } from './keyboard';

/**
 * A control known by its behaviour alone: a box that opens something when pressed (a read-only
 * input, a focusable box with a placeholder) — a dropdown, a cascader or a calendar no hint names.
 * What appeared when it was pressed is its list: the layers the page changed that do not hold
 * the form (a list teleported to the end of the body, or a part of the widget itself). Options
 * are found by their visible words and pressed as a person presses them; the choice is confirmed
 * by what the widget shows afterwards.
 */

/** The words a picker shows as its value: its input's value, else its text without the placeholder. */
export function pickerText(widget: Element): string {
  const input = isInput(widget) ? widget : widget.querySelector<HTMLInputElement>('input:not([type="hidden"])');
  if (input?.value.trim()) return cleanText(input.value);
  const words: string[] = [];
  const walker = widget.ownerDocument.createTreeWalker(widget, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement;
    const text = cleanText(node.nodeValue);
    if (!text || !parent || /placeholder/i.test(parent.className) || parent.closest('[class*="placeholder"]')) continue;
    if (shownNow(parent)) words.push(text);
  }
  return words.join(' ');
}

const shows = (widget: Element, wordings: readonly string[]) => {
  const shown = pickerText(widget);
  return wordings.some((wording) => optionMatches(shown, wording) || shown.split(/\s*[/／>,，、]\s*|\s+/).some((part) => optionMatches(part, wording)));
};

/** Where to press: the box a person clicks (its read-only input, or the focusable box), else the widget. */
function triggerOf(widget: HTMLElement): HTMLElement {
  if (isInput(widget)) return widget;
  return widget.querySelector<HTMLElement>('input:not([type="hidden"])') ?? widget.querySelector<HTMLElement>('[tabindex]:not([tabindex="-1"])') ?? widget;
}

/** Something the page changed after the widget was pressed: the layer it belongs to, for finding its list. */
export class Opened {
  private readonly touched = new Set<Node>();
  private readonly observer: MutationObserver;
  /** What the widget showed before it was pressed (its value, its placeholder): never one of its options. */
  private readonly shownBefore: Set<Element>;

  constructor(readonly widget: HTMLElement) {
    const document = widget.ownerDocument;
    this.shownBefore = new Set(optionsIn([widget]));
    this.observer = new (document.defaultView!.MutationObserver)((records) => {
      for (const record of records) {
        this.touched.add(record.target);
        for (const node of record.addedNodes) this.touched.add(node);
      }
    });
    this.observer.observe(document.body, { childList: true, subtree: true, attributes: true, attributeFilter: ['class', 'style', 'hidden', 'aria-hidden', 'aria-expanded'] });
  }

  /**
   * The layers that changed: a top-level box of the body that does not hold the widget (a list
   * teleported there), or the widget itself (a list drawn inside it) — only those on screen.
   */
  layers(): Element[] {
    const document = this.widget.ownerDocument;
    const layers = new Set<Element>();
    let inside = false;
    for (const node of this.touched) {
      const element = isElement(node) ? node : node.parentElement;
      if (!element?.isConnected) continue;
      if (this.widget.contains(element)) {
        inside = true;
        continue;
      }
      let top: Element = element;
      while (top.parentElement && top.parentElement !== document.body) top = top.parentElement;
      if (top.parentElement === document.body && !top.contains(this.widget)) layers.add(top);
    }
    // A list teleported to the body is the list; the widget itself only when nothing else appeared.
    const shown = [...layers].filter(shownNow);
    if (!shown.length) return inside ? [this.widget] : [];
    // The previous widget's list may still be fading out: this widget's is the one not leaving, drawn beside it.
    const staying = shown.filter((layer) => !LEAVING.test(classesWithin(layer)));
    return (staying.length ? staying : shown).sort((a, b) => distance(this.widget, a) - distance(this.widget, b));
  }

  /** The options of what appeared: the words on screen in its layers, but not what the widget showed before. */
  options(): HTMLElement[] {
    return optionsIn(this.layers()).filter((option) => !this.shownBefore.has(option));
  }

  stop() {
    this.observer.disconnect();
  }
}

/** Classes a library gives a list while it closes (a leave transition, a fade out, a hiding animation). */
const LEAVING = /(^|[-_\s])(leave|leaving|fade-?out|zoom-?out|slide-?up-?leave|hid(e|ing)|closing)([-_\s]|$)/i;

/** The classes of a layer and its first few boxes, where a transition puts its class. */
function classesWithin(layer: Element): string {
  const boxes = [layer, ...[...layer.querySelectorAll('*')].slice(0, 3)];
  return boxes.map((box) => (typeof box.className === 'string' ? box.className : '')).join(' ');
}

/** How far apart two boxes are drawn, in pixels (0 when they touch or overlap). */
function distance(a: Element, b: Element): number {
  const one = a.getBoundingClientRect();
  const other = b.getBoundingClientRect();
  const dx = Math.max(0, other.left - one.right, one.left - other.right);
  const dy = Math.max(0, other.top - one.bottom, one.top - other.bottom);
  return Math.hypot(dx, dy);
}

const MAX_OPTION_TEXT = 60;

/** Elements of the layers a person reads as options: on screen, short, and holding no other such words below them. */
export function optionsIn(layers: readonly Element[]): HTMLElement[] {
  const options: HTMLElement[] = [];
  for (const layer of layers) {
    for (const element of layer.querySelectorAll<HTMLElement>('*')) {
      if (element.matches('input, textarea, select, svg, svg *, script, style') || element.children.length > 3) continue;
      const text = cleanText(element.textContent);
      if (!text || text.length > MAX_OPTION_TEXT) continue;
      // The deepest element with these words: a child saying the same is the option.
      if ([...element.children].some((child) => cleanText(child.textContent) === text)) continue;
      if (!shownNow(element) || element.getBoundingClientRect().height === 0) continue;
      options.push(element);
    }
  }
  return options;
}

const disabled = (element: Element) => element.closest('[aria-disabled="true"], [class*="disabled"]') !== null;

function searchBox(widget: HTMLElement): HTMLInputElement | undefined {
  const input = isInput(widget) ? widget : widget.querySelector<HTMLInputElement>('input:not([type="hidden"])');
  return input && !input.readOnly && !input.disabled ? input : undefined;
}

/** Opens the widget and watches what it changes; nothing when it was open already (a press would close it). */
export function openPicker(widget: HTMLElement, waits: Waits): Opened {
  const opened = new Opened(widget);
  press(triggerOf(widget), waits);
  return opened;
}

/**
 * Presses the option with these words in what the widget opened, typing them into its box when
 * it has one (a remote or long list), and answers what it pressed.
 */
/** How long a list must stay the same, without the wanted option, before the person types to search it (a list may still be loading). */
const SEARCH_AFTER_MS = 400;

/**
 * Presses the option with these words in what the widget opened — typing them into its box when
 * the list has settled without them (a remote or long list) — and, when it typed, leaves the box
 * so that what the widget then shows is its choice, not the words typed.
 */
async function pressOption(opened: Opened, wordings: readonly string[], waits: Waits, among: (options: HTMLElement[]) => HTMLElement[] = (options) => options): Promise<HTMLElement> {
  const wanted = wordings[0] ?? '';
  const document = opened.widget.ownerDocument;
  let searched: HTMLInputElement | undefined;
  let seen: string[] = [];
  let listed = '';
  let since = performance.now();
  const look = () => {
    if (!opened.widget.isConnected) return 'redrawn' as const;
    const options = among(opened.options());
    seen = options.map((option) => cleanText(option.textContent));
    const found = likeliestOption(options.filter((option) => !disabled(option) && wordings.some((wording) => optionMatches(cleanText(option.textContent), wording))));
    if (found) return found;
    if (seen.join('|') !== listed) {
      listed = seen.join('|');
      since = performance.now();
    }
    const search = searched ? undefined : searchBox(opened.widget);
    if (search && seen.length && performance.now() - since >= SEARCH_AFTER_MS) {
      typeText(search, wanted.replace(/^\d{2}\s*/, ''), waits, { stay: true });
      searched = search;
    }
    return undefined;
  };
  const option = await waitForOption(document, look, () => seen, waits, wanted, { emptyIsAnswer: () => searched !== undefined });
  if (option === 'redrawn') throw new FillError('redrawn', wanted);
  // The words typed found nothing: take them out again, so the list is whole for the next choice (其他).
  if (!option && searched?.value) typeText(searched, '', waits, { stay: true });
  if (!option) throw seen.length ? new FillError('no-option', wanted, seen.slice(0, 12)) : new FillError('no-list', wanted);
  press(option, waits);
  await nextTurn(document, waits);
  if (searched) fire(searched, 'blur', waits);
  return option;
}

/** Closes what the widget opened, as a person would. */
function close(widget: HTMLElement, waits: Waits) {
  dismiss(triggerOf(widget), waits);
}

/** One option of a dropdown nobody named, confirmed by what it shows afterwards; by the keyboard when pressing did not do it. */
export async function choosePicked(widget: HTMLElement, wordings: readonly string[], waits: Waits): Promise<boolean> {
  if (shows(widget, wordings)) return false;
  try {
    await pressToChoose(widget, wordings, waits);
  } catch (error) {
    if (!keyboardMayHelp(error)) throw error;
    // A press that landed while the list was being redrawn (a search just taken out, a page slow to
    // answer) is made once more before the keys are tried; if that fails too, the first failure is the one reported.
    if (error.code === 'not-shown') {
      try {
        await pressToChoose(widget, wordings, waits);
        return true;
      } catch (again) {
        if (!keyboardMayHelp(again)) throw again;
      }
    }
    const opened = new Opened(widget);
    try {
      const search = searchBox(widget);
      const choice = { widget, box: triggerOf(widget), ...(search ? { search } : {}), options: () => opened.options(), chosen: () => shows(widget, wordings) };
      if (!(await chooseByKeyboard(choice, wordings, waits))) throw error;
    } catch (failure) {
      close(widget, waits);
      throw failure;
    } finally {
      opened.stop();
    }
  }
  return true;
}

async function pressToChoose(widget: HTMLElement, wordings: readonly string[], waits: Waits): Promise<void> {
  const opened = openPicker(widget, waits);
  try {
    await nextTurn(widget.ownerDocument, waits);
    await pressOption(opened, wordings, waits);
    // Some widgets show the choice only once the person has moved on (Naive hides it while its box has the focus).
    if (!shows(widget, wordings)) leave(widget, waits);
    await waitFor(widget.ownerDocument, () => shows(widget, wordings), waits, wordings[0] ?? '').catch(() => {
      throw new FillError('not-shown', wordings[0]);
    });
  } catch (error) {
    close(widget, waits);
    throw error;
  } finally {
    opened.stop();
  }
}

/** Moves on from a widget as a person does after choosing: its box loses the focus. */
function leave(widget: HTMLElement, waits: Waits) {
  const box = triggerOf(widget);
  fire(box, 'blur', waits);
  fire(box, 'focusout', waits);
  if (box.ownerDocument.activeElement === box) box.blur();
}

/** Several options of a multiple dropdown, each confirmed by the widget showing it. */
export async function chooseManyPicked(widget: HTMLElement, options: readonly (readonly string[])[], waits: Waits): Promise<boolean> {
  const missing = options.filter((wordings) => !shows(widget, wordings));
  if (missing.length === 0) return false;
  const opened = openPicker(widget, waits);
  try {
    await nextTurn(widget.ownerDocument, waits);
    for (const wordings of missing) {
      await pressOption(opened, wordings, waits);
      await waitFor(widget.ownerDocument, () => shows(widget, wordings), waits, wordings[0] ?? '').catch(() => {
        throw new FillError('not-shown', wordings[0]);
      });
    }
  } finally {
    close(widget, waits);
    opened.stop();
  }
  return true;
}

/** Two boxes drawn alike: the same tag and the same first class (the chosen one carries more classes). */
const alike = (a: Element, b: Element) => a.tagName === b.tagName && (a.classList[0] ?? '') === (b.classList[0] ?? '');

/** An option's own box: the nearest box around its words that has siblings like it (the other options). */
function itemOf(option: Element, layer: Element): Element | undefined {
  for (let node: Element = option; node !== layer && node.parentElement; node = node.parentElement) {
    if ([...node.parentElement.children].some((sibling) => sibling !== node && alike(sibling, node))) return node;
  }
  return undefined;
}

/** The list an option sits in, for telling a cascade's columns apart. */
function listOf(option: Element, layer: Element): Element {
  return itemOf(option, layer)?.parentElement ?? layer;
}

const NEAR = 3;
const OPTION_CLASS = /option|item|node/i;
const TITLE_CLASS = /group|header|title|divider/i;

/** Of the boxes showing the wanted words, the one a person presses: an option of a list, not a group's title. */
function likeliestOption(found: readonly HTMLElement[]): HTMLElement | undefined {
  const near = (option: Element, test: (element: Element) => boolean) => {
    for (let node: Element | null = option, level = 0; node && level < NEAR; node = node.parentElement, level++) if (test(node)) return true;
    return false;
  };
  const score = (option: HTMLElement) =>
    (option.closest('[role="option"], [role="menuitem"], [role="treeitem"], [role="gridcell"]') ? 4 : 0) +
    (near(option, (node) => OPTION_CLASS.test(node.className) && !TITLE_CLASS.test(node.className)) ? 2 : 0) +
    (near(option, (node) => cleanText(node.getAttribute('title')) === cleanText(option.textContent)) ? 1 : 0) -
    (TITLE_CLASS.test(option.className) || TITLE_CLASS.test(option.parentElement?.className ?? '') ? 3 : 0);
  return [...found].sort((a, b) => score(b) - score(a))[0];
}

/**
 * A cascade nobody named (省 / 市 / 区 in one widget): each level's option pressed once it has
 * appeared, in the column of that level — the columns are the lists the options sit in, in page
 * order; a city may bear its province's name (北京市 / 北京市).
 */
export async function cascadePicked(widget: HTMLElement, names: readonly string[], waits: Waits): Promise<boolean> {
  const levelsShown = () => pickerText(widget).split(/\s*[/／>]\s*/).filter(Boolean);
  const done = () => {
    const levels = levelsShown();
    return levels.length >= names.length && names.every((name, index) => optionMatches(levels[index] ?? '', name));
  };
  if (done()) return false;
  const opened = openPicker(widget, waits);
  try {
    await nextTurn(widget.ownerDocument, waits);
    for (const [level, name] of names.entries()) {
      const inColumn = (options: HTMLElement[]) => {
        const layers = opened.layers();
        const columns: Element[] = [];
        for (const option of options) {
          const list = listOf(option, layers.find((layer) => layer.contains(option)) ?? option);
          if (!columns.includes(list)) columns.push(list);
        }
        const column = columns[level];
        return column ? options.filter((option) => column.contains(option)) : [];
      };
      await pressOption(opened, [name], waits, inColumn);
    }
    await waitFor(widget.ownerDocument, done, waits, names.join(' / ')).catch(() => {
      throw new FillError('not-shown', names.join(' / '));
    });
    return true;
  } catch (error) {
    close(widget, waits);
    throw error;
  } finally {
    opened.stop();
  }
}

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
      if (DATE_ATTRIBUTES.some((name) => sameDay(dateParts(element.getAttribute(name)), wanted)) && shownNow(element) && !disabled(element)) return element;
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
    close(widget, waits);
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
    if (opened.layers().some((layer) => layer !== opened.widget)) close(input, waits);
    fire(input, 'blur', waits);
    await waitFor(document, () => sameDay(dateParts(input.value), wanted), waits, date).catch(() => {
      throw new FillError('not-shown', date);
    });
    return true;
  } finally {
    opened.stop();
  }
}
