import { captionFrom } from './valid';
import type { CaptionStrategy } from './types';

/**
 * Component libraries wrap each field in a form item whose label slot is the caption, whether
 * or not it is tied to the control: Element Plus and Element UI 2, Ant Design Vue, iView / View
 * UI, Naive UI, Arco, layui, Vant.
 */
const FORM_ITEMS: readonly { item: string; label: string }[] = [
  { item: '.el-form-item', label: '.el-form-item__label' },
  { item: '.ant-form-item', label: '.ant-form-item-label' },
  { item: '.ivu-form-item', label: '.ivu-form-item-label' },
  { item: '.n-form-item', label: '.n-form-item-label' },
  { item: '.arco-form-item', label: '.arco-form-item-label-col' },
  { item: '.layui-form-item', label: '.layui-form-label' },
  { item: '.van-field', label: '.van-field__label' },
  { item: '.t-form__item', label: '.t-form__label' },
  { item: '.semi-form-field', label: '.semi-form-field-label' },
];

export const formItem: CaptionStrategy = ({ target }) => {
  for (const { item, label } of FORM_ITEMS) {
    const wrapper = target.closest(item);
    if (!wrapper) continue;
    const caption = [...wrapper.querySelectorAll(label)].find((candidate) => candidate.closest(item) === wrapper);
    const found = caption && captionFrom(caption, 'form-item');
    if (found) return found;
  }
  return undefined;
};
