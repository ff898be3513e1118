import { findCaptions, type Caption } from './captions';
import { isHeading as headingLike } from './captions/previous-text';
import { CHECKABLE_WRAPPER, DIALOG_SELECTOR, POPUP_SELECTOR, checkableFace, commonAncestor, formScope, insideOf, isButton, isInput, isSelect, isTextArea, readableText, styleOf, visible } from './dom';
import { canonical, cleanText } from './text';
import { BARE_SWITCH_SELECTOR, CHECKABLE_GROUP, WIDGET_ROOT_SELECTOR, widgetKind, type ControlKind } from './widgets/registry';

/**
 * Collect: every field on the page as a person sees it — its caption, the block heading above
 * it, and its controls (native ones, or a component library's widget as one control). Fields are
 * whatever shares a caption: three cascading selects under 负责人常住地, 境内/境外 radios with the
 * region select beside them, a row of checkboxes.
 */
export type { ControlKind } from './widgets/registry';

export interface CollectedControl {
  element: HTMLElement;
  kind: ControlKind;
  /** For radios and checkboxes: the option's own words. */
  option?: string;
}

export interface CollectedField {
  /** The caption a person reads, then second opinions (the hint inside the control, a lone checkbox's own words). */
  captions: Caption[];
  /** The first caption as shown, for the report. */
  label: string;
  /** Headings above the field, nearest first, in canonical form. */
  blocks: string[];
  /** The smallest element holding the caption and the controls. */
  container: HTMLElement;
  controls: CollectedControl[];
  /** Order on the page. */
  index: number;
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

const CHECKABLE_KINDS = new Set<ControlKind>(['radio', 'checkbox']);

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

/**
 * The whole widget a picker belongs to: out from the box pressed, as long as the wrappers show
 * nothing more (no caption, no hint, no other control) — where it shows its value and its list.
 */
/** What an element shows besides its placeholder: a placeholder is the widget's own, not another text beside it. */
function wordsBesidesPlaceholder(element: Element): string {
  const parts: string[] = [];
  const walker = element.ownerDocument.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) if (!node.parentElement?.closest('[class*="placeholder"]')) parts.push(node.nodeValue ?? '');
  return cleanText(parts.join(''));
}

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

function findControls(scope: Element, isVisible: (element: Element) => boolean): CollectedControl[] {
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

/** Kinds that may share a question's box: its options, and a list beside them (the region beside 境内 / 境外). */
const SCOPE_KINDS = new Set<ControlKind>(['radio', 'checkbox', 'select', 'combobox', 'picker']);

/** How far up from an option's own box its siblings are looked for: the row of options a person sees as one question. */
const GROUP_CLIMB = 4;

/**
 * The question a radio or checkbox answers: a library's group, else every input sharing its
 * name, else the options drawn side by side in one box holding nothing else (a row of 是 / 否,
 * a wall of service types), else the option alone (同主体负责人信息).
 */
function groupOf(control: CollectedControl, byName: Map<string, CollectedControl[]>, holders: Map<Element, CollectedControl[]>): HTMLElement {
  const element = control.element;
  const framework = element.closest<HTMLElement>(CHECKABLE_GROUP);
  if (framework) return framework;
  const name = element.getAttribute('name');
  const siblings = name ? byName.get(name) : undefined;
  if (siblings && siblings.length > 1) {
    const box = siblings.slice(1).reduce<Element>((ancestor, other) => commonAncestor(ancestor, other.element), siblings[0]!.element) as HTMLElement;
    // A name shared across fields (a library naming every radio "default") groups nothing: its box holds
    // boxes to type in, or the same option twice (是 … 是).
    const words = siblings.map((sibling) => sibling.option ?? '');
    const acrossFields = (holders.get(box) ?? []).some((other) => !SCOPE_KINDS.has(other.kind)) || new Set(words).size < words.length;
    if (!acrossFields) return box;
  }
  // The nearest box holding other options of the same kind and nothing else.
  const own = element.closest<HTMLElement>(CHECKABLE_WRAPPER) ?? element;
  for (let level = 0, parent = own.parentElement; parent && level < GROUP_CLIMB; level++, parent = parent.parentElement) {
    const held = holders.get(parent) ?? [];
    if (!held.every((other) => other.kind === control.kind)) break;
    if (held.length > 1) return parent;
  }
  return own;
}

/** Controls of one field that are not grouped by markup: cascade levels, rows of a repeatable field. */
function sameField(a: CollectedControl, b: CollectedControl): boolean {
  // A row's 添加 belongs with the rows it adds.
  if ((a.kind === 'text' && b.kind === 'add-row') || (a.kind === 'add-row' && b.kind === 'text')) return true;
  if (a.kind !== b.kind) return false;
  if (a.kind === 'select' || a.kind === 'combobox') return true;
  if (a.kind !== 'text') return false;
  const name = a.element.getAttribute('name');
  const hint = a.element.getAttribute('placeholder');
  return (!!name && name === b.element.getAttribute('name')) || (!!hint && hint === b.element.getAttribute('placeholder'));
}

/** Controls that can be parts of one field: the sides of a scan, the levels of a region. */
function samePart(a: CollectedControl, b: CollectedControl): boolean {
  const family = (kind: ControlKind) => (kind === 'upload' ? 'file' : kind === 'combobox' ? 'select' : kind);
  return family(a.kind) === family(b.kind) && !CHECKABLE_KINDS.has(a.kind);
}

interface Target {
  element: HTMLElement;
  controls: CollectedControl[];
  checkables: boolean;
}

function targetsOf(controls: readonly CollectedControl[], holders: Map<Element, CollectedControl[]>): Target[] {
  const byName = new Map<string, CollectedControl[]>();
  for (const control of controls) {
    const name = CHECKABLE_KINDS.has(control.kind) ? control.element.getAttribute('name') : null;
    if (name) byName.set(name, [...(byName.get(name) ?? []), control]);
  }
  const targets: Target[] = [];
  const groups = new Map<HTMLElement, Target>();
  for (const control of controls) {
    if (!CHECKABLE_KINDS.has(control.kind)) {
      targets.push({ element: control.element, controls: [control], checkables: false });
      continue;
    }
    const group = groupOf(control, byName, holders);
    const existing = groups.get(group);
    if (existing) {
      existing.controls.push(control);
      continue;
    }
    const target: Target = { element: group, controls: [control], checkables: true };
    groups.set(group, target);
    targets.push(target);
  }
  return targets;
}

/** Every element that holds a control, and which controls it holds: "is this another field's territory?" in one lookup. */
function controlsByAncestor(controls: readonly CollectedControl[]): Map<Element, CollectedControl[]> {
  const holders = new Map<Element, CollectedControl[]>();
  for (const control of controls) {
    for (let node: Element | null = control.element; node; node = node.parentElement) {
      const held = holders.get(node);
      if (held) held.push(control);
      else holders.set(node, [control]);
    }
  }
  return holders;
}

const STEPS_AND_MENUS =
  '.el-steps, .ant-steps, .ivu-steps, .steps, nav, aside, header, footer, [role="navigation"], [role="tablist"], [role="menu"], [role="menubar"], .el-menu, .ant-menu, .ivu-menu, .nav, .breadcrumb, .el-tabs__header, .ant-tabs-nav';
/** A wizard's steps bar or a breadcrumb by its class, whatever the library: `t-steps`, `n-steps`, `ba-steps`, `wizard-bar`. */
const STEPS_CLASS = /(^|[-_\s])(steps?|stepbar|wizard|breadcrumbs?)([-_\s]|$)/i;
const STEPS_CLIMB = 6;
const HEADING_CLASSES = '.el-card__header, .ant-card-head-title, .ivu-card-head, .card-header, .panel-heading, .el-divider__text, .ant-divider-inner-text, .ivu-divider-inner-text';
const MAX_HEADING = 24;
/** Weight of a short line of words a page draws bold on its own: a section's title, whatever its markup. */
const HEADING_WEIGHT = 600;
const NEVER_HEADINGS = new Set(['TH', 'TD', 'LABEL', 'BUTTON', 'A', 'OPTION', 'LI', 'DT', 'DD', 'SPAN', 'B', 'STRONG', 'I', 'EM']);

/** Whether an element is in a steps bar, a menu or a breadcrumb, for the many elements of one look at the page. */
function stepsOrMenus(): (element: Element) => boolean {
  const inNavigation = insideOf(STEPS_AND_MENUS);
  return (element) => {
    if (inNavigation(element)) return true;
    let node: Element | null = element;
    // A steps bar holds no field: a box named a wizard that holds the form is not one.
    for (let level = 0; node && level < STEPS_CLIMB; level++, node = node.parentElement) if (STEPS_CLASS.test(node.className) && !node.querySelector('input, select, textarea')) return true;
    return false;
  };
}

/** A block of a few words, drawn bold and alone: how a page that names no heading still shows one. */
function styledAsHeading(element: Element): boolean {
  // The shape first: a box's whole text is read only for the few that can be a line of words.
  if (NEVER_HEADINGS.has(element.tagName) || element.children.length > 2 || !(element.firstChild?.nodeType === Node.TEXT_NODE || element.lastChild?.nodeType === Node.TEXT_NODE)) return false;
  const length = element.textContent?.trim().length ?? 0;
  if (length < 2 || length > MAX_HEADING) return false;
  const known = boldBlocks.get(element);
  if (known && known.className === element.className) return known.bold;
  const style = styleOf(element);
  const bold = Number(style.fontWeight) >= HEADING_WEIGHT && /^(block|flex|list-item)$/.test(style.display);
  boldBlocks.set(element, { className: element.className, bold });
  return bold;
}

/**
 * Whether a box is drawn bold and alone, as last read: every look at the page asks it of the same
 * boxes, and reading an element's style is what a look costs most. A box whose classes change is read again.
 */
const boldBlocks = new WeakMap<Element, { className: string; bold: boolean }>();

/** A table cell alone across its row: `<tr><th colspan="4">网站安全负责人信息</th></tr>`. */
function spansItsRow(element: Element): boolean {
  return (element.tagName === 'TH' || element.tagName === 'TD') && (element as HTMLTableCellElement).colSpan > 1 && element.parentElement?.children.length === 1;
}

/** How far a caption's own words may sit inside the element its caption was read from (a bold div in a label). */
const IN_CAPTION = 3;

function isHeading(element: Element, captionAnchors: Set<Node>, isVisible: (element: Element) => boolean, inStepsOrMenus: (element: Element) => boolean): boolean {
  for (let node: Element | null = element, level = 0; node && level <= IN_CAPTION; node = node.parentElement, level++) if (captionAnchors.has(node)) return false;
  if (!(headingLike(element) || element.tagName === 'CAPTION' || element.matches(HEADING_CLASSES) || spansItsRow(element) || styledAsHeading(element)) || inStepsOrMenus(element)) return false;
  if (element.querySelector('input:not([type="checkbox"]):not([type="radio"]), select, textarea')) return false;
  const text = readableText(element);
  return text.length > 0 && text.length <= MAX_HEADING && isVisible(element);
}

const SVG_NAMESPACE = 'http://www.w3.org/2000/svg';

/** For each field, the heading nearest above it in the page's order — the block it sits in. */
function assignBlocks(root: Element, firstElements: Map<Element, CollectedField>, captionAnchors: Set<Node>, isVisible: (element: Element) => boolean) {
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  const headings: string[] = [];
  const inSteps = stepsOrMenus();
  let remaining = firstElements.size;
  for (let node = walker.nextNode() as Element | null; node && remaining > 0; node = walker.nextNode() as Element | null) {
    // An icon's drawing holds neither a field nor a heading (a filter on the walker would cost a call per element).
    if (node.namespaceURI === SVG_NAMESPACE) continue;
    const field = firstElements.get(node);
    if (field) {
      field.blocks = [...headings].reverse();
      remaining--;
    }
    if (isHeading(node, captionAnchors, isVisible, inSteps)) {
      const heading = canonical(readableText(node));
      if (heading && headings.at(-1) !== heading) headings.push(heading);
      if (headings.length > 3) headings.shift();
    }
  }
}

/**
 * The field's territory: from where its controls are, out to the largest element that holds no
 * other field's controls. Rows added later, and the box a page shows after 其他, appear in it.
 */
function territoryOf(controls: readonly CollectedControl[], holders: Map<Element, CollectedControl[]>): HTMLElement {
  const own = new Set(controls);
  let territory = controls.slice(1).reduce<Element>((ancestor, control) => commonAncestor(ancestor, control.element), controls[0]!.element);
  for (let parent = territory.parentElement; parent && parent.tagName !== 'FORM' && parent.tagName !== 'BODY'; parent = parent.parentElement) {
    if ((holders.get(parent) ?? []).some((control) => !own.has(control))) break;
    territory = parent;
  }
  return territory as HTMLElement;
}

/**
 * A field's controls as they are now: a library that re-renders a widget (layui redraws every
 * select of the form after a cascade loads) leaves the field's box in place with new controls in it.
 */
export function currentControls(field: CollectedField): CollectedControl[] {
  if (field.controls.every((control) => control.element.isConnected)) return field.controls;
  return field.container.isConnected ? findControls(field.container, visible) : [];
}

/** Every visible field of the document, in document order. `isVisible` is a seam for tests without layout. */
export function collectFields(document: Document, isVisible: (element: Element) => boolean = visible): CollectedField[] {
  const scope = formScope(document);
  const controls = findControls(scope, isVisible);
  const holders = controlsByAncestor(controls);
  const targets = targetsOf(controls, holders);
  const ownerOf = new Map<CollectedControl, Target>();
  for (const target of targets) for (const control of target.controls) ownerOf.set(control, target);

  // First, what each control (or group) shows as its own caption; then, for those that show none
  // — a provider's radios beside its region select, 正面 and 反面 — the caption of the box they
  // share, where only captionless controls count as company.
  const captionsOf = new Map<Target, Caption[]>();
  const find = (target: Target, strict: boolean) => {
    const own = new Set(target.controls);
    const kind = target.controls[0]!;
    const foreign = (element: Element) =>
      (holders.get(element) ?? []).some(
        (control) => !own.has(control) && (target.checkables || !sameField(kind, control)) && (strict || (captionsOf.get(ownerOf.get(control)!)?.length ?? 0) > 0),
      );
    return findCaptions({ target: target.element, foreign }, { checkables: target.checkables });
  };
  for (const target of targets) captionsOf.set(target, find(target, true));
  const captionless = targets.filter((target) => captionsOf.get(target)!.length === 0);
  const captioned = (target: Target) => captionsOf.get(target)!.length > 0;
  // A control inside a captioned group's box (the region select beside 境内/境外) answers the same question.
  const groupAround = (target: Target) => targets.find((group) => group !== target && group.checkables && captioned(group) && group.element.contains(target.element));
  // A control of the same kind sharing a box with a captioned one, and nothing else, is its other part (反面 beside 正面).
  const partner = (target: Target) =>
    targets.find((other) => {
      if (other === target || !captioned(other) || !samePart(other.controls[0]!, target.controls[0]!)) return false;
      const box = commonAncestor(other.element, target.element);
      return (holders.get(box) ?? []).every((control) => ownerOf.get(control) === other || !captioned(ownerOf.get(control)!));
    });
  const shared = captionless.map((target) => {
    const joined = groupAround(target) ?? partner(target);
    return [target, joined ? captionsOf.get(joined)! : find(target, false)] as const;
  });
  for (const [target, captions] of shared) captionsOf.set(target, captions);

  const fields = new Map<Node, CollectedField>();
  const ordered: CollectedField[] = [];
  const firstElements = new Map<Element, CollectedField>();
  const captionAnchors = new Set<Node>();
  for (const target of targets) {
    const captions = [...captionsOf.get(target)!];
    const [only, ...others] = target.controls;
    // A lone checkbox or switch says what it is beside itself (同主体负责人信息).
    if (only?.option && others.length === 0 && (target.checkables || only.kind === 'switch')) {
      captions.unshift({ text: only.option, anchor: only.element, source: 'option' });
    }
    const anchor = captions[0]?.anchor ?? target.element;
    // A field's caption is never a block's heading; a second opinion read from the text before it (a
    // switch's block title) still may be.
    captions.forEach((caption, index) => {
      if (index === 0 || caption.source !== 'previous-text') captionAnchors.add(caption.anchor);
    });
    let field = fields.get(anchor);
    if (!field) {
      field = { captions, label: captions[0]?.text ?? '', blocks: [], container: target.element, controls: [], index: ordered.length };
      fields.set(anchor, field);
      ordered.push(field);
      firstElements.set(target.controls[0]!.element, field);
    }
    field.controls.push(...target.controls);
  }
  for (const field of ordered) field.container = territoryOf(field.controls, holders);
  // The headings that count are the form's: in a dialog, those of the page behind it are not.
  assignBlocks(scope, firstElements, captionAnchors, isVisible);
  return ordered;
}
