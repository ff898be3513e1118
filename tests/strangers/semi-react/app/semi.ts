/**
 * Semi 组件按需引入（等同 babel-plugin-import / semi-webpack-plugin 的效果）：
 * 直接从 lib/es/<组件> 引入，避免整包入口把全部组件及样式打进来。
 */
import '@douyinfe/semi-ui/lib/es/_base/base.css';

export { Form, ArrayField, useFormApi, useFormState } from '@douyinfe/semi-ui/lib/es/form';
export { default as Layout } from '@douyinfe/semi-ui/lib/es/layout';
export { default as Nav } from '@douyinfe/semi-ui/lib/es/navigation';
export { default as Breadcrumb } from '@douyinfe/semi-ui/lib/es/breadcrumb';
export { default as Avatar } from '@douyinfe/semi-ui/lib/es/avatar';
export { default as Dropdown } from '@douyinfe/semi-ui/lib/es/dropdown';
export { default as Typography } from '@douyinfe/semi-ui/lib/es/typography';
export { default as Empty } from '@douyinfe/semi-ui/lib/es/empty';
export { default as Button } from '@douyinfe/semi-ui/lib/es/button';
export { default as Card } from '@douyinfe/semi-ui/lib/es/card';
export { default as Space } from '@douyinfe/semi-ui/lib/es/space';
export { default as Tag } from '@douyinfe/semi-ui/lib/es/tag';
export { default as LocaleProvider } from '@douyinfe/semi-ui/lib/es/locale/localeProvider';
export { default as Toast } from '@douyinfe/semi-ui/lib/es/toast';
export { default as Table } from '@douyinfe/semi-ui/lib/es/table';
export { default as Banner } from '@douyinfe/semi-ui/lib/es/banner';
export { default as Steps } from '@douyinfe/semi-ui/lib/es/steps';
export { default as Descriptions } from '@douyinfe/semi-ui/lib/es/descriptions';
export { default as Checkbox } from '@douyinfe/semi-ui/lib/es/checkbox';
export { default as Tooltip } from '@douyinfe/semi-ui/lib/es/tooltip';
