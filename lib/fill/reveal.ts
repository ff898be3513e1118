import { NEVER_CLICK_BUTTONS } from '../pages/guards';
import { commonAncestor, visible } from './dom';
import { WIDGET_ROOT_SELECTOR } from './widgets/registry';
import { cleanText } from './text';
import { press } from './widgets/events';
import type { Waits } from './widgets/waits';

/**
 * Parts of a form a person opens to see its fields: sections folded into collapsed panels, and
 * the other tabs of a form split over tabs. ARIA first (`aria-expanded`, `role="tab"`,
 * `aria-selected`), the libraries' classes as hints. Only what lies in the form's own area is
 * opened — never a menu, a navigation link or a button that sends anything — and the person's
 * view is put back afterwards.
 */

/** Menus and navigation fold and unfold too; they are never part of a form. */
const NAVIGATION = 'nav, aside, header, [role="navigation"], [role="menu"], [role="menubar"], [role="tree"], .el-menu, .ant-menu, .n-menu, .t-menu, .arco-menu, .semi-navigation, .layui-nav, .layui-side';

const COLLAPSED_HINTS = [
  '.el-collapse-item__header:not(.is-active)',
  '.ant-collapse-item:not(.ant-collapse-item-active) > .ant-collapse-header',
  '.arco-collapse-item:not(.arco-collapse-item-active) > .arco-collapse-item-header',
  '.n-collapse-item:not(.n-collapse-item--active) > .n-collapse-item__header',
  '.t-collapse-panel:not(.t-is-active) .t-collapse-panel__header',
  '.semi-collapse-header[aria-expanded="false"]',
  '.layui-colla-item > .layui-colla-title',
  '.accordion-button.collapsed',
].join(', ');

const TAB_HINTS = '[role="tab"], .el-tabs__item, .ant-tabs-tab, .n-tabs-tab, .t-tabs__nav-item, .arco-tabs-tab, .semi-tabs-tab, .layui-tab-title > li, .nav-tabs .nav-link';
const SELECTED_TAB = /(^|[-_\s])(active|is-active|selected|current|this)([-_\s]|$)/i;

const isNavigation = (element: Element) => element.closest(NAVIGATION) !== null;
const says = (element: Element) => cleanText(element.textContent).replace(/\s+/g, '');
const refused = (element: Element) => NEVER_CLICK_BUTTONS.some((pattern) => pattern.test(says(element)));

/** A link to another page (not `#`, not a script): pressing it would leave the form. */
function leaves(element: Element): boolean {
  const href = element.closest('a[href]')?.getAttribute('href')?.trim() ?? '';
  return href !== '' && href !== '#' && !href.startsWith('javascript:');
}

/** The region a folding header opens: the one it names, else what follows it in its item. */
function regionOf(header: Element): Element | undefined {
  const named = header.getAttribute('aria-controls');
  const byId = named ? header.ownerDocument.getElementById(named) : null;
  return byId ?? header.nextElementSibling ?? header.parentElement?.nextElementSibling ?? undefined;
}

/** Whether a header's region is folded away: it says so, or its region shows nothing. */
function folded(header: Element): boolean {
  if (header.getAttribute('aria-expanded') === 'false') return true;
  if (header.getAttribute('aria-expanded') === 'true') return false;
  const region = regionOf(header);
  return !region || !visible(region);
}

/**
 * The form's area: from the smallest element holding every field shown now, out to the largest
 * that holds no menu or navigation — where its folded sections and tabs are, beside those fields.
 */
export function formArea(controls: readonly Element[], scope: Element): Element {
  if (controls.length === 0) return scope;
  let area = controls.slice(1).reduce<Element>((common, control) => commonAncestor(common, control), controls[0]!);
  for (let parent = area.parentElement; parent && parent !== scope.parentElement && parent.tagName !== 'BODY' && !parent.querySelector(NAVIGATION); parent = parent.parentElement) area = parent;
  return area;
}

/** Popups a folded control may open: a dropdown's list, a menu, a picker — not a section of the form. */
const POPUP_ROLES = new Set(['listbox', 'menu', 'tree', 'grid', 'dialog', 'tooltip']);

/**
 * A header that folds a section by ARIA alone (no library hint): a button-like element, holding
 * no control, inside no widget, whose region is a part of the page rather than a popup.
 */
function foldsSection(header: HTMLElement): boolean {
  if (header.matches('input, select, textarea, [role="combobox"], [aria-haspopup]') || header.querySelector('input, select, textarea')) return false;
  if (header.closest(WIDGET_ROOT_SELECTOR)) return false;
  const region = regionOf(header);
  return !!region && !POPUP_ROLES.has(region.getAttribute('role') ?? '') && !region.querySelector('[role="listbox"], [role="option"]');
}

/** Headers of the form's folded sections. */
export function collapsedSections(area: Element): HTMLElement[] {
  const headers = new Set<HTMLElement>();
  for (const header of area.querySelectorAll<HTMLElement>(COLLAPSED_HINTS)) headers.add(header);
  for (const header of area.querySelectorAll<HTMLElement>('[aria-expanded="false"]')) if (foldsSection(header) && ![...headers].some((known) => known.contains(header) || header.contains(known))) headers.add(header);
  return [...headers].filter((header) => !isNavigation(header) && !leaves(header) && !refused(header) && visible(header) && folded(header));
}

/** Opens the folded sections of the form; answers what to press to fold them again. */
export function unfold(headers: readonly HTMLElement[], waits: Waits): HTMLElement[] {
  const opened: HTMLElement[] = [];
  for (const header of headers) {
    if (!header.isConnected || !folded(header)) continue;
    press(header, waits);
    opened.push(header);
  }
  return opened;
}

export function refold(headers: readonly HTMLElement[], waits: Waits) {
  for (const header of headers) if (header.isConnected && !folded(header)) press(header, waits);
}

export interface TabStrip {
  tabs: HTMLElement[];
  selected: HTMLElement;
}

/** How far up from a tab its strip may be: each tab may sit in a wrapper of its own (Naive). */
const STRIP_CLIMB = 3;

/** The nearest box around a tab that holds other tabs too. */
function stripOf(tab: Element): Element {
  for (let node = tab.parentElement, level = 0; node && level < STRIP_CLIMB; node = node.parentElement, level++) {
    if ([...node.querySelectorAll(TAB_HINTS)].some((other) => other !== tab && !other.contains(tab) && !tab.contains(other))) return node;
  }
  return tab.parentElement ?? tab;
}

function isSelected(tab: Element): boolean {
  const aria = tab.getAttribute('aria-selected');
  if (aria !== null) return aria === 'true';
  return SELECTED_TAB.test(tab.className) || SELECTED_TAB.test(tab.parentElement?.className ?? '');
}

/** The tab strips of the form: tabs side by side in the form's area, one of them showing. */
export function tabStrips(area: Element): TabStrip[] {
  const byStrip = new Map<Element, HTMLElement[]>();
  for (const tab of area.querySelectorAll<HTMLElement>(TAB_HINTS)) {
    if (tab.parentElement?.closest(TAB_HINTS)) continue;
    if (isNavigation(tab) || leaves(tab) || refused(tab) || !visible(tab) || tab.matches('[aria-disabled="true"], .is-disabled, [class*="disabled"]')) continue;
    const strip = tab.closest('[role="tablist"]') ?? stripOf(tab);
    byStrip.set(strip, [...(byStrip.get(strip) ?? []), tab]);
  }
  const strips: TabStrip[] = [];
  for (const tabs of byStrip.values()) {
    const selected = tabs.find(isSelected);
    if (tabs.length > 1 && selected) strips.push({ tabs, selected });
  }
  return strips;
}

export function openTab(tab: HTMLElement, waits: Waits) {
  press(tab, waits);
}

export { isSelected as tabIsSelected };
