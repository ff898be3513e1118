import { isSelect } from '../dom';
import { captionOf } from './valid';
import type { CaptionStrategy } from './types';

/** Where component libraries draw a select's placeholder instead of using the attribute. */
const PLACEHOLDER_TEXT = '.el-select__placeholder, .ant-select-selection-placeholder, .ivu-select-placeholder';

/**
 * The hint inside an empty control, when nothing else names it: the placeholder attribute (on
 * the control or a widget's input), a library's placeholder slot, a native select's empty first
 * option (请选择负责人证件类型).
 */
export const placeholder: CaptionStrategy = ({ target }) => {
  const own = target.getAttribute('placeholder') ?? target.querySelector('[placeholder]')?.getAttribute('placeholder');
  const slot = target.querySelector(PLACEHOLDER_TEXT)?.textContent;
  const emptyOption = isSelect(target) ? [...target.options].find((option) => option.value === '')?.text : undefined;
  return captionOf(own || slot || emptyOption, target, 'placeholder');
};
