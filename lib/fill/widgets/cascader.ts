import { cleanText, optionMatches } from '../text';
import { FillError } from './fill-error';
import { press } from './events';
import { nextTurn, waitFor, waitForOption, type Waits } from './waits';
import { itemsIn, popupsShownByMarkup, type PopupScope } from './popups';
import { CASCADER } from './registry';

/**
 * A cascader (省 / 市 / 区 in one widget: Element's el-cascader, Ant Design's a-cascader, iView's
 * Cascader): pressed open, then each level's node pressed once that level has loaded, in the
 * column of that level — a city may share its province's name (北京市 / 北京市).
 */
function cascaderText(widget: Element): string {
  const shown = widget.querySelector(CASCADER.shown);
  if (shown) return cleanText(shown.getAttribute('title') || shown.textContent);
  return cleanText(widget.querySelector<HTMLInputElement>('input:not([type="hidden"])')?.value ?? '');
}

/** The places the cascader shows, one per level. */
export function cascaderLevels(widget: Element): string[] {
  const text = cascaderText(widget);
  return text ? text.split(/\s*[/／>]\s*/).filter(Boolean) : [];
}

function shows(widget: Element, names: readonly string[]): boolean {
  const levels = cascaderLevels(widget);
  return levels.length === names.length && names.every((name, index) => optionMatches(levels[index]!, name));
}

function nodeWords(node: Element): string {
  return cleanText(node.getAttribute('title') || node.textContent);
}

/**
 * Which level a node belongs to: the rank of its column among the cascade's columns in page
 * order. Element Plus nests a role="menu" list inside each column (the column is the outermost
 * one); iView nests each next column inside the previous one's wrapper (columns are not siblings).
 */
function columnOf(node: Element, scope: PopupScope): number {
  const outermost = (menu: Element | null) => {
    for (let outer = menu?.parentElement?.closest(CASCADER.menu); outer; outer = outer.parentElement?.closest(CASCADER.menu)) menu = outer;
    return menu;
  };
  const menu = outermost(node.closest(CASCADER.menu));
  if (!menu) return 0;
  const root = menu.closest(scope.popupSelector) ?? scope.widget;
  const columns = [...root.querySelectorAll(CASCADER.menu)].filter((candidate) => outermost(candidate) === candidate);
  return Math.max(0, columns.indexOf(menu));
}

export async function chooseCascade(widget: HTMLElement, names: readonly string[], waits: Waits): Promise<boolean> {
  if (shows(widget, names)) return false;
  const scope: PopupScope = { widget, before: popupsShownByMarkup(widget.ownerDocument, CASCADER.popup), popupSelector: CASCADER.popup };
  press(widget.querySelector(CASCADER.trigger) ?? widget, waits);
  await nextTurn(widget.ownerDocument, waits);
  for (const [level, name] of names.entries()) {
    const inColumn = () => itemsIn(scope, CASCADER.node).filter((node) => columnOf(node, scope) === level);
    const node = await waitForOption(
      widget.ownerDocument,
      () => inColumn().find((candidate) => optionMatches(nodeWords(candidate), name)),
      () => inColumn().map(nodeWords),
      waits,
      name,
    );
    if (!node) throw new FillError('no-option', name, inColumn().map(nodeWords).slice(0, 12));
    press(node.querySelector('.el-cascader-node__label, .ant-cascader-menu-item-content') ?? node, waits);
    await nextTurn(widget.ownerDocument, waits);
  }
  await waitFor(widget.ownerDocument, () => shows(widget, names), waits, names.join(' / ')).catch(() => {
    throw new FillError('not-shown', names.join(' / '));
  });
  return true;
}
