import { isHeading as headingLike } from './captions/previous-text';
import { insideOf, readableText, styleOf } from './dom';
import { canonical } from './text';

/**
 * The block a field sits in, as the headings above it name it — a heading known by its tag, a
 * library's class, or by being drawn bold and alone — and the steps bars and menus, which are
 * neither a block nor a field.
 */

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
export function stepsOrMenus(): (element: Element) => boolean {
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
export function assignBlocks(root: Element, firstElements: Map<Element, { blocks: string[] }>, captionAnchors: Set<Node>, isVisible: (element: Element) => boolean) {
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
