import { cleanText } from './text';
import { isBareSwitch } from './widgets/registry';

/** Small DOM helpers shared by collect, the caption strategies and the widget drivers. */

/*
 * Kinds of element by their tag, not by `instanceof`: a same-origin frame's elements are made by
 * the frame's own constructors, so `instanceof HTMLInputElement` is false for them.
 */
export const isInput = (node: Node | null | undefined): node is HTMLInputElement => (node as Element | null)?.tagName === 'INPUT';
export const isSelect = (node: Node | null | undefined): node is HTMLSelectElement => (node as Element | null)?.tagName === 'SELECT';
export const isTextArea = (node: Node | null | undefined): node is HTMLTextAreaElement => (node as Element | null)?.tagName === 'TEXTAREA';
export const isButton = (node: Node | null | undefined): node is HTMLButtonElement => (node as Element | null)?.tagName === 'BUTTON';
export const isLabel = (node: Node | null | undefined): node is HTMLLabelElement => (node as Element | null)?.tagName === 'LABEL';
export const isElement = (node: Node | null | undefined): node is Element => node?.nodeType === Node.ELEMENT_NODE;

/** An element's computed style, in its own document's window. */
export const styleOf = (element: Element): CSSStyleDeclaration => element.ownerDocument.defaultView!.getComputedStyle(element);

/**
 * `element.closest(selector) !== null`, for the many elements of one look at the page: each
 * ancestor is matched once, not once per element below it.
 */
export function insideOf(selector: string): (element: Element | null) => boolean {
  const verdicts = new Map<Element, boolean>();
  const inside = (element: Element | null): boolean => {
    if (!element) return false;
    let verdict = verdicts.get(element);
    if (verdict === undefined) {
      verdict = element.matches(selector) || inside(element.parentElement);
      verdicts.set(element, verdict);
    }
    return verdict;
  };
  return inside;
}

export function visible(element: Element): boolean {
  if (typeof element.checkVisibility === 'function') return element.checkVisibility({ visibilityProperty: true });
  return element.getClientRects().length > 0 && styleOf(element).visibility !== 'hidden';
}

/**
 * Floating layers the page opens and closes (dropdowns, pickers, tooltips teleported to the
 * body): their inputs are parts of a widget, not fields of the form.
 */
export const POPUP_SELECTOR = [
  '.el-popper',
  '.el-select-dropdown',
  '.el-picker-panel',
  '.el-cascader__dropdown',
  '.ant-select-dropdown',
  '.ant-picker-dropdown',
  '.ant-cascader-dropdown',
  '.ant-popover',
  '.ivu-select-dropdown',
  '[role="listbox"]',
  '[role="tooltip"]',
  '[role="menu"]',
].join(', ');

/** Dialogs a page opens over itself: ARIA first, the libraries' classes as hints. */
export const DIALOG_SELECTOR = [
  '[role="dialog"]',
  '[role="alertdialog"]',
  '[aria-modal="true"]',
  'dialog[open]',
  '.el-dialog',
  '.ant-modal',
  '.ivu-modal',
  '.modal.show',
  '.layui-layer',
].join(', ');

/** A dialog holds a form (not a confirmation or a date panel) when it has this many controls. */
const FORM_CONTROLS = 3;
const CONTROL = 'input:not([type="hidden"]), select, textarea';

/**
 * Where the form a person fills is: a dialog open over the page when one holds a form (the last
 * opened, drawn last, is the one in front; a person fills it, not the list behind), else the page.
 * Dialogs inside a dialog's own markup count once, as the outermost.
 */
export function formScope(document: Document): Element {
  const root = document.body ?? document.documentElement;
  const dialogs = [...root.querySelectorAll(DIALOG_SELECTOR)].filter((dialog) => !dialog.parentElement?.closest(DIALOG_SELECTOR));
  const open = dialogs.filter((dialog) => dialog.querySelectorAll(CONTROL).length >= FORM_CONTROLS && visible(dialog));
  return open.at(-1) ?? root;
}

/** Text around a control that explains rather than names it: hints, help, errors. */
export const HINT_SELECTOR = [
  '.help-inline',
  '.help-block',
  '.form-text',
  '.hint',
  '.tip',
  '.tips',
  '[class*="hint"]',
  '[class*="help"]',
  '[class~="tip"]',
  '[class~="tips"]',
  '[class*="-tip"]',
  '[class*="_tip"]',
  '[class*="tip-"]',
  '[class*="desc"]',
  '[class*="extra"]',
  '[class*="explain"]',
  '[class*="error"]',
  '[class*="message"]',
  '[role="alert"]',
  'small',
].join(', ');

/** An option's own wrapper (the label around a radio or checkbox): its words are the option, not a caption. */
export const CHECKABLE_WRAPPER = 'label, .el-radio, .el-checkbox, .el-radio-button, .el-checkbox-button, .ant-radio-wrapper, .ant-checkbox-wrapper, .ivu-radio-wrapper, .ivu-checkbox-wrapper';
const CHECKABLE = 'input[type="radio"], input[type="checkbox"], [role="radio"], [role="checkbox"]';

/**
 * What a person sees and presses for a radio or checkbox: the control itself, or — when the page
 * hides it behind a drawing of its own — its wrapper, its label, or the drawing right after it
 * (layui draws `<div class="layui-form-radio">` after a hidden input).
 */
export function checkableFace(input: HTMLElement): HTMLElement {
  if (visible(input)) return input;
  const wrapper = input.closest<HTMLElement>(CHECKABLE_WRAPPER);
  if (wrapper && visible(wrapper)) return wrapper;
  const label = (input as HTMLInputElement).labels?.[0];
  if (label && visible(label)) return label;
  const next = input.nextElementSibling as HTMLElement | null;
  if (next && visible(next) && !next.matches('input, select, textarea') && !next.querySelector('input, select, textarea')) return next;
  return input.parentElement ?? input;
}

/** A switch's own words (同主体负责人信息 beside a block's title) are not part of a caption or a heading. */
function isSwitch(element: Element): boolean {
  return element.matches('[role="switch"], .el-switch, .ant-switch, .ivu-switch') || isBareSwitch(element);
}

function isOptionWrapper(element: Element): boolean {
  if (element.matches(CHECKABLE)) return true;
  if (isLabel(element) && element.control?.matches(CHECKABLE)) return true;
  return element.matches(CHECKABLE_WRAPPER) && element.querySelector(CHECKABLE) !== null;
}

/**
 * The words an element shows, without its form controls, the option labels of its radios and
 * checkboxes, its hints, and anything hidden — what a person reads as a caption.
 */
const SILENT_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'OPTION', 'BUTTON']);
const INLINE = new Set(['SPAN', 'B', 'STRONG', 'FONT', 'EM', 'I']);

export function readableText(root: Node): string {
  const parts: string[] = [];
  const walkChildren = (parent: Node) => {
    // The words right after a bare radio or checkbox are its option, not the caption (Chromium's InferLabelFromNext).
    let afterCheckable = false;
    for (const child of parent.childNodes) {
      if (child.nodeType === Node.TEXT_NODE) {
        if (!afterCheckable) parts.push(child.nodeValue ?? '');
        continue;
      }
      if (child.nodeType !== Node.ELEMENT_NODE) continue;
      const element = child as Element;
      if (element.matches(CHECKABLE)) {
        afterCheckable = true;
        continue;
      }
      if (afterCheckable && INLINE.has(element.tagName)) continue;
      afterCheckable = false;
      if (SILENT_TAGS.has(element.tagName) || element.matches(HINT_SELECTOR) || isOptionWrapper(element) || isSwitch(element)) continue;
      if (element.getAttribute('aria-hidden') === 'true' || (element as HTMLElement).hidden) continue;
      walkChildren(element);
    }
  };
  if (root.nodeType === Node.TEXT_NODE) parts.push(root.nodeValue ?? '');
  else walkChildren(root);
  return cleanText(parts.join(' '));
}

/** The nearest ancestor (or the element itself) that both elements sit in. */
export function commonAncestor(a: Element, b: Element): Element {
  let node: Element | null = a;
  while (node && !node.contains(b)) node = node.parentElement;
  return node ?? a.ownerDocument.documentElement;
}
