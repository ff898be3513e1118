/**
 * Component-library widgets as data: how to recognise each kind of control a person operates as
 * one thing (a dropdown, a cascader, an upload), and where its parts are. ARIA roles come first;
 * the libraries' classes (Element Plus, Element UI 2, Ant Design Vue, iView / View UI, layui) are
 * the fallback for what ARIA does not say.
 */
export type ControlKind = 'text' | 'select' | 'combobox' | 'cascader' | 'date' | 'picker' | 'radio' | 'checkbox' | 'switch' | 'file' | 'upload' | 'add-row';

/** Roots, most specific first: Ant Design's cascader is also an `.ant-select`. */
const WIDGET_ROOTS: readonly { kind: ControlKind; selector: string }[] = [
  { kind: 'cascader', selector: '.el-cascader, .ant-cascader, .ivu-cascader' },
  { kind: 'date', selector: '.el-date-editor, .ant-picker, .ivu-date-picker' },
  { kind: 'combobox', selector: '.el-select, .ant-select, .ivu-select, .layui-form-select, div[role="combobox"], span[role="combobox"]' },
  { kind: 'upload', selector: '.el-upload, .ant-upload-wrapper, .ivu-upload' },
  { kind: 'switch', selector: '.el-switch, .ant-switch, .ivu-switch, [role="switch"]' },
];
export const WIDGET_ROOT_SELECTOR = WIDGET_ROOTS.map((root) => root.selector).join(', ');

/** Controls that offer a list to choose from: a native select, a named dropdown, a picker known by its behaviour. */
export const LIST_KINDS: readonly ControlKind[] = ['select', 'combobox', 'picker'];

/**
 * A switch drawn as a bare box, known by the name every library gives it (t-switch, n-switch,
 * arco-switch, semi-switch, layui-form-switch …): the innermost such box, small, with no box to
 * type in — its state is read from its classes (checked, active, on) when it has no aria-checked.
 */
const SWITCH_NAME = /(^|[-_])switch$/;
export const BARE_SWITCH_SELECTOR = '[class*="switch"]';
const SWITCH_SIZE = { maxWidth: 120, maxHeight: 40 };

export function isBareSwitch(element: Element): boolean {
  if (![...element.classList].some((token) => SWITCH_NAME.test(token)) || element.matches('input, label, a')) return false;
  if (element.querySelector(BARE_SWITCH_SELECTOR) && [...element.querySelectorAll(BARE_SWITCH_SELECTOR)].some((inner) => [...inner.classList].some((token) => SWITCH_NAME.test(token)))) return false;
  if (element.querySelector('input:not([type="checkbox"]), select, textarea')) return false;
  const box = element.getBoundingClientRect();
  return box.width > 0 && box.width <= SWITCH_SIZE.maxWidth && box.height > 0 && box.height <= SWITCH_SIZE.maxHeight;
}

export function widgetKind(element: Element): ControlKind | undefined {
  return WIDGET_ROOTS.find((root) => element.matches(root.selector))?.kind ?? (isBareSwitch(element) ? 'switch' : undefined);
}

/** The parts of a custom dropdown. */
export const COMBOBOX = {
  /** What to click to open it. */
  trigger: '.el-select__wrapper, .el-input__inner, .ant-select-selector, .ivu-select-selection, .layui-select-title, [role="combobox"]',
  /** Where it shows the chosen option. */
  shown: '.el-select__selected-item:not(.el-select__input-wrapper):not(.el-select__placeholder), .el-select__placeholder:not(.is-transparent), .ant-select-selection-item, .ivu-select-selected-value, .el-select__tags-text, .ivu-tag-text',
  /** Where it shows its placeholder while empty. */
  placeholder: '.el-select__placeholder.is-transparent, .ant-select-selection-placeholder, .ivu-select-placeholder',
  /** An option in its list. */
  option: '[role="option"], .el-select-dropdown__item, .ant-select-item-option, .ivu-select-item, dd[lay-value]',
  /** Its list, where the page draws it (often teleported to the body). */
  popup: '.el-select-dropdown, .el-popper, .ant-select-dropdown, .ivu-select-dropdown, [role="listbox"], dl.layui-anim',
  /** The box to type into when it can search. */
  search: 'input:not([readonly]):not([type="hidden"])',
  /** The scrolling part of a virtual list that renders only the options in view (Ant Design). */
  virtualList: '.rc-virtual-list-holder',
};

export const CASCADER = {
  trigger: '.el-input__wrapper, .el-input__inner, .ant-select-selector, .ivu-cascader-rel, input',
  /** A column of the cascade. */
  menu: '[role="menu"], .el-cascader-menu, .ant-cascader-menu, .ivu-cascader-menu',
  /** A node in a column. */
  node: '[role="menuitem"], [role="menuitemcheckbox"], [role="menuitemradio"], .el-cascader-node, .ant-cascader-menu-item, .ivu-cascader-menu-item',
  popup: '.el-cascader__dropdown, .el-popper, .ant-cascader-dropdown, .ant-select-dropdown, .ivu-select-dropdown',
  shown: '.ant-select-selection-item',
};

/** Where a switch shows that it is on, besides aria-checked: the libraries' classes, or any class saying checked, active or on. */
export const SWITCH_ON = '.is-checked, .ant-switch-checked, .ivu-switch-checked';
export const SWITCH_ON_CLASS = /(^|[-_])(checked|active|on)$/;

/** Wrappers that group radios or checkboxes into one question. */
export const CHECKABLE_GROUP = '[role="radiogroup"], .el-radio-group, .el-checkbox-group, .ant-radio-group, .ant-checkbox-group, .ivu-radio-group, .ivu-checkbox-group';
