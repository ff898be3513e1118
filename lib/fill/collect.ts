/**
 * Collect: every field on the page as a person sees it — a caption, the block heading it sits
 * under, and its controls. Captions come, in order, from Element's form-item label, the table
 * row's caption cell, <label for>, a wrapping <label>, aria attributes, then the placeholder.
 */

export type ControlKind = 'text' | 'select' | 'radio' | 'checkbox' | 'file' | 'el-select' | 'el-cascader' | 'el-upload' | 'el-radio' | 'el-checkbox' | 'add-row';

export interface CollectedControl {
  element: HTMLElement;
  kind: ControlKind;
  /** For radios and checkboxes: the option's own label text. */
  option?: string;
}

export interface CollectedField {
  label: string;
  blocks: string[];
  container: HTMLElement;
  controls: CollectedControl[];
}

/** Captions compared without decoration: stars, bullets, colons and spaces. */
export function normalise(text: string | null | undefined): string {
  return (text ?? '').replace(/[\s*•·：:（）()]/g, '').replace(/\(\d+秒\)$/, '');
}

const BLOCK_SELECTOR = '.block, .el-card, fieldset, section, .panel';
const BLOCK_TITLE_SELECTOR = '.block-title, .el-card__header, legend, h2, h3, h4, .panel-heading';

export function visible(element: HTMLElement): boolean {
  return typeof element.checkVisibility === 'function'
    ? element.checkVisibility({ visibilityProperty: true })
    : element.getClientRects().length > 0 && getComputedStyle(element).visibility !== 'hidden';
}

function elementKind(element: Element): ControlKind | undefined {
  const classes = element.classList;
  if (classes.contains('el-select')) return 'el-select';
  if (classes.contains('el-cascader')) return 'el-cascader';
  if (classes.contains('el-upload')) return 'el-upload';
  if (classes.contains('el-radio')) return 'el-radio';
  if (classes.contains('el-checkbox')) return 'el-checkbox';
  return undefined;
}

/** A repeatable field with no rows yet shows only its 添加 button. */
const ADD_ROW = /^(添加|新增|增加|\+)$/;

function nativeKind(element: Element): ControlKind | undefined {
  if (element instanceof HTMLButtonElement) return ADD_ROW.test(normalise(element.textContent)) ? 'add-row' : undefined;
  if (element instanceof HTMLSelectElement) return 'select';
  if (element instanceof HTMLTextAreaElement) return 'text';
  if (!(element instanceof HTMLInputElement)) return undefined;
  switch (element.type) {
    case 'radio':
      return 'radio';
    case 'checkbox':
      return 'checkbox';
    case 'file':
      return 'file';
    case 'text':
    case 'email':
    case 'tel':
    case 'number':
    case 'date':
    case 'search':
    case 'url':
    case '':
      return 'text';
    default:
      return undefined;
  }
}

const WIDGETS = '.el-select, .el-cascader, .el-upload, .el-radio, .el-checkbox';

function ownText(element: Element): string {
  return normalise(element.textContent);
}

/** The option text of a radio or checkbox: its wrapping label, or the label pointing at it. */
function optionText(control: HTMLElement, document: Document): string | undefined {
  const wrapper = control.closest('label, .el-radio, .el-checkbox');
  if (wrapper) return ownText(wrapper);
  const byFor = control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  return byFor ? ownText(byFor) : undefined;
}

function captionOf(control: HTMLElement, document: Document): { label: string; container: HTMLElement } {
  const formItem = control.closest<HTMLElement>('.el-form-item');
  const itemLabel = formItem?.querySelector(':scope > .el-form-item__label');
  if (formItem && itemLabel) return { label: ownText(itemLabel), container: formItem };
  const row = control.closest<HTMLElement>('tr');
  const caption = row?.querySelector(':scope > td, :scope > th');
  if (row && caption && !caption.contains(control)) return { label: ownText(caption), container: row };
  const byFor = control.id ? document.querySelector(`label[for="${CSS.escape(control.id)}"]`) : null;
  if (byFor) return { label: ownText(byFor), container: control.parentElement ?? control };
  const kind = nativeKind(control) ?? elementKind(control);
  const wrapper = control.closest<HTMLElement>('label');
  if (wrapper && kind !== 'radio' && kind !== 'checkbox') return { label: ownText(wrapper), container: wrapper };
  const aria = control.getAttribute('aria-label') ?? control.querySelector('[aria-label]')?.getAttribute('aria-label');
  if (aria) return { label: normalise(aria), container: control };
  const placeholder = control.getAttribute('placeholder') ?? control.querySelector('[placeholder]')?.getAttribute('placeholder');
  if (placeholder) return { label: normalise(placeholder), container: control };
  if (wrapper) return { label: ownText(wrapper), container: wrapper };
  return { label: '', container: control.parentElement ?? control };
}

function blocksOf(element: HTMLElement): string[] {
  const titles: string[] = [];
  for (let block = element.closest(BLOCK_SELECTOR); block; block = block.parentElement?.closest(BLOCK_SELECTOR) ?? null) {
    const title = block.querySelector(BLOCK_TITLE_SELECTOR);
    if (title) titles.push(ownText(title));
  }
  return titles;
}

/** Every visible field of the document, in document order. `isVisible` is a seam for tests without layout. */
export function collectFields(document: Document, isVisible: (element: HTMLElement) => boolean = visible): CollectedField[] {
  const byContainer = new Map<HTMLElement, CollectedField>();
  const candidates = document.querySelectorAll<HTMLElement>(`input, select, textarea, button, ${WIDGETS}`);
  for (const element of candidates) {
    const widget = element.closest<HTMLElement>(WIDGETS);
    if (widget && widget !== element) continue;
    const kind = elementKind(element) ?? nativeKind(element);
    if (!kind) continue;
    const shown = kind === 'file' || kind === 'radio' || kind === 'checkbox' ? element.parentElement ?? element : element;
    if (!isVisible(shown)) continue;
    const { label, container } = captionOf(element, document);
    let field = byContainer.get(container);
    if (!field) {
      field = { label, blocks: blocksOf(container), container, controls: [] };
      byContainer.set(container, field);
    }
    const control: CollectedControl = { element, kind };
    if (kind === 'radio' || kind === 'checkbox' || kind === 'el-radio' || kind === 'el-checkbox') {
      const option = kind.startsWith('el-') ? ownText(element) : optionText(element, document);
      if (option !== undefined) control.option = option;
    }
    field.controls.push(control);
  }
  return [...byContainer.values()];
}

/** The choice an Element el-select shows (single selects show it in the placeholder slot, transparent while empty). */
export function elementSelectText(widget: Element): string {
  return widget.querySelector('.el-select__placeholder:not(.is-transparent), .el-select__selected-item:not(.el-select__input-wrapper)')?.textContent?.trim() ?? '';
}
