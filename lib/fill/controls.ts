import { CHECKABLE_WRAPPER, DIALOG_SELECTOR, POPUP_SELECTOR, checkableFace, formScope, insideOf, isButton, isInput, isSelect, isTextArea, visible } from './dom';
import { stepsOrMenus } from './headings';
import { cleanText } from './text';
import { BARE_SWITCH_SELECTOR, WIDGET_ROOT_SELECTOR, widgetKind, type ControlKind } from './widgets/registry';

/**
 * Every control a person may operate, told apart as a person does: a native control, a component
 * library's widget as one control, a box that opens a list when pressed (a picker), a switch drawn
 * as a bare box — with the words a radio, checkbox or switch shows as its own.
 */

export interface CollectedControl {
  element: HTMLElement;
  kind: ControlKind;
  /** For radios and checkboxes: the option's own words. */
  option?: string;
}

/** A repeatable field with no rows yet shows only its 添加 button. */
const ADD_ROW = /^(\+\s*)?(添加|新增|增加|\+)$/;

const TEXT_TYPES = new Set(['text', 'email', 'tel', 'number', 'search', 'url', 'date', '']);

function nativeKind(element: Element): ControlKind | undefined {
  if (isButton(element)) return ADD_ROW.test(cleanText(element.textContent).replace(/\s+/g, '')) ? 'add-row' : undefined;
  if (isSelect(element)) return 'select';
  if (isTextArea(element)) return element.readOnly || element.disabled ? undefined : 'text';
  if (isInput(element)) {
    if (element.type === 'radio') return 'radio';
    if (element.type === 'checkbox') return 'checkbox';
    if (element.type === 'file') return 'file';
    return TEXT_TYPES.has(element.type) && !element.readOnly && !element.disabled ? 'text' : undefined;
  }
  const role = element.getAttribute('role');
  return role === 'radio' ? 'radio' : role === 'checkbox' ? 'checkbox' : undefined;
}

export const CHECKABLE_KINDS = new Set<ControlKind>(['radio', 'checkbox']);

/** Roles of focusable boxes that are something else than a box to pick a value in. */
const NOT_A_PICKER = /^(button|link|tab|menuitem|option|checkbox|radio|switch|dialog|tabpanel|tree|treeitem|grid|row|img|none|presentation|navigation|region|group|listitem)$/;
const PICKER_SIZE = { minWidth: 40, minHeight: 14, maxHeight: 80 };

/**
 * A box a person presses to pick a value, known by what it is rather than by a library: a
 * read-only text box (a select, cascader or calendar draws one), or a focusable box of an input's
 * size that holds no box to type in (Naive draws its select as a focusable div).
 */
function isPicker(element: HTMLElement, inStepsOrMenus: (element: Element) => boolean): boolean {
  if (isInput(element)) return TEXT_TYPES.has(element.type) && !element.disabled && (element.readOnly || opensAList(element)) && !inStepsOrMenus(element);
  if (!element.hasAttribute('tabindex') || element.tabIndex < 0) return false;
  if (element.matches('input, select, textarea, button, a, label, svg, svg *') || NOT_A_PICKER.test(element.getAttribute('role') ?? '')) return false;
  if (element.querySelector('button, a[href], input:not([readonly]):not([type="hidden"]), select, textarea')) return false;
  const box = element.getBoundingClientRect();
  return box.width >= PICKER_SIZE.minWidth && box.height >= PICKER_SIZE.minHeight && box.height <= PICKER_SIZE.maxHeight && !inStepsOrMenus(element);
}

/** How far up a box to type in may be wrapped by the dropdown it searches. */
const LIST_CLIMB = 4;
const LIST_WIDGET = /(^|[-_])(select|cascader|combo|combobox|picker|autocomplete|date-?editor)([-_]|$)/i;

/**
 * A box to type in that searches a list (a filterable select, a typable date picker): it says so
 * (role="combobox", aria-autocomplete, aria-haspopup), or it sits in a box named a select, a
 * cascader or a picker, whatever the library.
 */
export function opensAList(input: HTMLInputElement): boolean {
  if (input.getAttribute('role') === 'combobox' || input.hasAttribute('aria-haspopup') || ['list', 'both'].includes(input.getAttribute('aria-autocomplete') ?? '')) return true;
  let node: Element | null = input.parentElement;
  for (let level = 0; node && level < LIST_CLIMB; level++, node = node.parentElement) {
    if ([...node.classList].some((token) => LIST_WIDGET.test(token))) return true;
    if (node.querySelectorAll('input:not([type="hidden"]), select, textarea').length > 1) return false;
  }
  return false;
}

/** What an element shows besides its placeholder: a placeholder is the widget's own, not another text beside it. */
function wordsBesidesPlaceholder(element: Element): string {
  const parts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('[class*="placeholder"]')) parts.push(node.nodeValue ?? '');
  return cleanText(parts.join(''));
}

/**
 * The whole widget a picker belongs to: out from the box pressed, as long as the wrappers show
 * nothing more (no caption, no hint, no other control) — where it shows its value and its list.
 */
function pickerRoot(element: HTMLElement): HTMLElement {
  const words = wordsBesidesPlaceholder(element);
  // Boxes to type in, lists, buttons; a focusable wrapper around them is the widget itself, not one more.
  const own = (box: Element) => (box.matches('input, select, textarea, button') ? 1 : 0) + box.querySelectorAll('input:not([type="hidden"]), select, textarea, button').length;
  let root = element;
  for (let parent = root.parentElement; parent && parent.tagName !== 'BODY' && parent.tagName !== 'FORM'; parent = parent.parentElement) {
    if (wordsBesidesPlaceholder(parent) !== words || own(parent) > own(root)) break;
    root = parent;
  }
  return root;
}

/** A native control drawn off screen or squeezed to a pixel (select2, chosen): a person uses the widget drawn for it. */
function squeezed(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.width < 4 || box.height < 4;
}

/** Native radios, checkboxes and file inputs are often hidden behind a styled label: look at what the person sees. */
function shownPart(element: HTMLElement, kind: ControlKind): Element {
  if (kind === 'radio' || kind === 'checkbox') return checkableFace(element);
  if (kind !== 'file') return element;
  return element.closest(CHECKABLE_WRAPPER) ?? element.parentElement ?? element;
}

/** The words aria-labelledby points at, outside the control itself. */
function labelledText(control: HTMLElement): string {
  const ids = control.getAttribute('aria-labelledby')?.split(/\s+/).filter(Boolean) ?? [];
  return cleanText(ids.map((id) => control.ownerDocument.getElementById(id)?.textContent ?? '').join(' '));
}

/**
 * The words of a radio or checkbox as a person reads them: its wrapper, its label, its title (the
 * words a library draws it with), the drawing that stands for it, the text right after it, its
 * aria-label — its value only when nothing else says anything (a value is often a code).
 */
function optionText(control: HTMLElement): string {
  const wrapper = control.closest(CHECKABLE_WRAPPER);
  if (wrapper && wrapper !== control) return cleanText(wrapper.textContent);
  const labelled = (control as HTMLInputElement).labels?.[0];
  if (labelled) return cleanText(labelled.textContent);
  const title = cleanText(control.getAttribute('title'));
  if (title) return title;
  const named = labelledText(control);
  if (named) return named;
  const face = checkableFace(control);
  if (face !== control && face !== control.parentElement && cleanText(face.textContent)) return cleanText(face.textContent);
  let words = '';
  for (let node = control.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === Node.ELEMENT_NODE && !['SPAN', 'B', 'STRONG', 'FONT', 'EM'].includes((node as Element).tagName)) break;
    words += node.textContent ?? '';
  }
  return cleanText(words) || cleanText(control.getAttribute('aria-label') ?? control.textContent) || cleanText(control.getAttribute('value'));
}

/** Words a switch may show inside itself that say which way it is, not what it is for. */
const STATE_WORDS = /^(是|否|开|关|开启|关闭|启用|停用|on|off|y|n|yes|no)$/i;

/**
 * The words a switch shows as what it is for: right after it (`<div class="switch"></div>
 * 同主体负责人`), else its own label (Element's active-text) unless that only says on or off.
 */
function switchWords(element: HTMLElement): string {
  let words = '';
  for (let node = element.nextSibling; node; node = node.nextSibling) {
    if (node.nodeType === Node.ELEMENT_NODE && !['SPAN', 'B', 'STRONG', 'FONT', 'EM', 'LABEL'].includes((node as Element).tagName)) break;
    if ((node as Element).querySelector?.('input, select, textarea, button')) break;
    words += node.textContent ?? '';
  }
  const after = cleanText(words);
  if (after) return after;
  const own = cleanText(element.textContent);
  return own && !STATE_WORDS.test(own) ? own : '';
}

/** Everything a person may operate, before it is told apart: a widget's parts, a picker, a switch drawn as a bare box. */
const MAY_BE_CONTROLS = `input, select, textarea, button, [role="radio"], [role="checkbox"], [tabindex]:not([tabindex="-1"]), ${WIDGET_ROOT_SELECTOR}, ${BARE_SWITCH_SELECTOR}`;

const DRAWN_OVER = new Set(['radio', 'checkbox', 'file']);

/**
 * What the form shows that a person may operate, without working out its fields: when it is the
 * same as before, the form has shown nothing new (a quick look, for the fill to know whether to look again).
 */
export function operableNow(document: Document): HTMLElement[] {
  // A native radio, checkbox or file box is often hidden behind the face the page draws for it.
  return [...formScope(document).querySelectorAll<HTMLElement>(MAY_BE_CONTROLS)].filter((element) => visible(element) || (isInput(element) && DRAWN_OVER.has(element.type) && visible(checkableFace(element))));
}

export function findControls(scope: Element, isVisible: (element: Element) => boolean): CollectedControl[] {
  const controls: CollectedControl[] = [];
  const inDialog = insideOf(DIALOG_SELECTOR);
  const inWidget = insideOf(WIDGET_ROOT_SELECTOR);
  const inPopup = insideOf(POPUP_SELECTOR);
  const inSteps = stepsOrMenus();
  const formInDialog = inDialog(scope);
  const candidates = scope.querySelectorAll<HTMLElement>(MAY_BE_CONTROLS);
  const pickers: HTMLElement[] = [];
  for (const element of candidates) {
    if (inWidget(element.parentElement) || pickers.some((picker) => picker.contains(element)) || controls.some((control) => control.kind === 'switch' && control.element.contains(element))) continue;
    const kind = widgetKind(element) ?? (isPicker(element, inSteps) ? 'picker' : nativeKind(element));
    if (!kind) continue;
    if ((kind === 'select' || kind === 'text') && isVisible(element) && squeezed(element)) continue;
    if (inPopup(element)) continue;
    // When the form is the page, a dialog (a confirmation, a picker's panel) holds no field of it.
    if (!formInDialog && inDialog(element)) continue;
    if ((kind === 'radio' || kind === 'checkbox') && (element as HTMLInputElement).disabled) continue;
    if (!isVisible(shownPart(element, kind))) continue;
    const widget = kind === 'picker' ? pickerRoot(element) : element;
    if (kind === 'picker') pickers.push(widget);
    const control: CollectedControl = { element: widget, kind };
    if (CHECKABLE_KINDS.has(kind)) control.option = optionText(element);
    if (kind === 'switch') {
      const words = switchWords(widget);
      if (words) control.option = words;
    }
    controls.push(control);
  }
  return controls;
}
