import { WIZARD, type GalleryField, type GalleryPage } from '../model';
import type { Random } from '../random';
import { escape } from './controls';

/**
 * Renderings in the component libraries a Chinese government or ISP front end is likely built
 * with: Element Plus (Vue 3), Element UI 2 (Vue 2), Ant Design Vue 4 (Vue 3), iView / View UI
 * (Vue 2). The same fields, each library's own form items, selects, cascaders, uploads, radio
 * and checkbox groups, switches and date pickers, served from node_modules.
 */
export type LibraryId = 'element-plus' | 'element-ui' | 'ant-design-vue' | 'iview';

interface Library {
  id: LibraryId;
  vue: 2 | 3;
  scripts: string[];
  styles: string[];
  /** Registers the library with Vue. */
  install: string;
  form(body: string, random: Random): string;
  item(caption: string, inner: string, condition: string, required: boolean): string;
  text(model: string, placeholder: string): string;
  textarea(model: string): string;
  date(model: string): string;
  select(model: string, options: string, placeholder: string, extra?: string): string;
  radios(model: string, options: string, extra?: string): string;
  checkboxes(model: string, options: string): string;
  checkbox(model: string, text: string): string;
  toggle(model: string): string;
  button(text: string, click?: string): string;
  cascader(model: string): string;
  upload(key: string, side: number): string;
  block(title: string | undefined, body: string, random: Random): string;
  steps(current: number): string;
}

const q = (key: string) => `m['${key}']`;
const options = (key: string) => `opts['${key}']`;

const LIBRARIES: Record<LibraryId, Library> = {
  'element-plus': {
    id: 'element-plus',
    vue: 3,
    scripts: ['/vendor/vue.js', '/vendor/element-plus.js'],
    styles: ['/vendor/element-plus.css'],
    install: 'app.use(ElementPlus)',
    form: (body, random) => `<el-form label-width="${random.pick([140, 180, 200])}px" label-position="${random.pick(['right', 'left', 'top'])}">${body}</el-form>`,
    item: (caption, inner, condition, required) => `<el-form-item label="${escape(caption)}"${required ? ' required' : ''}${condition}>${inner}</el-form-item>`,
    text: (model, placeholder) => `<el-input v-model="${model}" placeholder="${escape(placeholder)}" />`,
    textarea: (model) => `<el-input type="textarea" v-model="${model}" />`,
    date: (model) => `<el-date-picker v-model="${model}" type="date" value-format="YYYY-MM-DD" placeholder="选择日期" />`,
    select: (model, list, placeholder, extra = '') => `<el-select v-model="${model}" placeholder="${escape(placeholder)}" style="width: 280px"${extra}><el-option v-for="o in ${list}" :key="o" :label="o" :value="o" /></el-select>`,
    radios: (model, list, extra = '') => `<el-radio-group v-model="${model}"${extra}><el-radio v-for="o in ${list}" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>`,
    checkboxes: (model, list) => `<el-checkbox-group v-model="${model}"><el-checkbox v-for="o in ${list}" :key="o" :value="o">{{ o }}</el-checkbox></el-checkbox-group>`,
    checkbox: (model, text) => `<el-checkbox v-model="${model}">${escape(text)}</el-checkbox>`,
    toggle: (model) => `<el-switch v-model="${model}" />`,
    button: (text, click) => `<el-button${click ? ` @click="${click}"` : ''}>${text}</el-button>`,
    cascader: (model) => `<el-cascader v-model="${model}" :props="cascaderProps" placeholder="请选择" style="width: 320px" />`,
    upload: (key, side) => `<el-upload action="/gallery/upload" :limit="1" accept="image/*" :on-success="(r, f) => uploaded('${key}', ${side}, f.name)"><el-button>点击上传</el-button></el-upload>`,
    block: (title, body, random) =>
      !title ? body : random.chance(0.5) ? `<el-card shadow="never" style="margin-bottom: 12px"><template #header><span>${title}</span></template>${body}</el-card>` : `<el-divider content-position="left">${title}</el-divider>${body}`,
    steps: (current) => `<el-steps :active="${current}" finish-status="success" style="margin-bottom: 16px">${WIZARD.map((title) => `<el-step title="${title}" />`).join('')}</el-steps>`,
  },
  'element-ui': {
    id: 'element-ui',
    vue: 2,
    scripts: ['/vendor/vue2.js', '/vendor/element-ui.js'],
    styles: ['/vendor/element-ui.css'],
    install: 'Vue.use(ELEMENT)',
    form: (body, random) => `<el-form label-width="${random.pick([140, 180, 200])}px" label-position="${random.pick(['right', 'left', 'top'])}">${body}</el-form>`,
    item: (caption, inner, condition, required) => `<el-form-item label="${escape(caption)}"${required ? ' required' : ''}${condition}>${inner}</el-form-item>`,
    text: (model, placeholder) => `<el-input v-model="${model}" placeholder="${escape(placeholder)}"></el-input>`,
    textarea: (model) => `<el-input type="textarea" v-model="${model}"></el-input>`,
    date: (model) => `<el-date-picker v-model="${model}" type="date" value-format="yyyy-MM-dd" placeholder="选择日期"></el-date-picker>`,
    select: (model, list, placeholder, extra = '') => `<el-select v-model="${model}" placeholder="${escape(placeholder)}" style="width: 280px"${extra}><el-option v-for="o in ${list}" :key="o" :label="o" :value="o"></el-option></el-select>`,
    radios: (model, list, extra = '') => `<el-radio-group v-model="${model}"${extra}><el-radio v-for="o in ${list}" :key="o" :label="o">{{ o }}</el-radio></el-radio-group>`,
    checkboxes: (model, list) => `<el-checkbox-group v-model="${model}"><el-checkbox v-for="o in ${list}" :key="o" :label="o">{{ o }}</el-checkbox></el-checkbox-group>`,
    checkbox: (model, text) => `<el-checkbox v-model="${model}">${escape(text)}</el-checkbox>`,
    toggle: (model) => `<el-switch v-model="${model}"></el-switch>`,
    button: (text, click) => `<el-button${click ? ` @click="${click}"` : ''}>${text}</el-button>`,
    cascader: (model) => `<el-cascader v-model="${model}" :props="cascaderProps" placeholder="请选择" style="width: 320px"></el-cascader>`,
    upload: (key, side) => `<el-upload action="/gallery/upload" :limit="1" accept="image/*" :on-success="(r, f) => uploaded('${key}', ${side}, f.name)"><el-button>点击上传</el-button></el-upload>`,
    block: (title, body, random) =>
      !title ? body : random.chance(0.5) ? `<el-card shadow="never" style="margin-bottom: 12px"><div slot="header">${title}</div>${body}</el-card>` : `<el-divider content-position="left">${title}</el-divider>${body}`,
    steps: (current) => `<el-steps :active="${current}" finish-status="success" style="margin-bottom: 16px">${WIZARD.map((title) => `<el-step title="${title}"></el-step>`).join('')}</el-steps>`,
  },
  'ant-design-vue': {
    id: 'ant-design-vue',
    vue: 3,
    scripts: [
      '/vendor/vue.js',
      '/vendor/dayjs.js',
      ...['advancedFormat', 'customParseFormat', 'localeData', 'quarterOfYear', 'weekOfYear', 'weekYear', 'weekday'].map((plugin) => `/vendor/dayjs/${plugin}.js`),
      '/vendor/antd.js',
    ],
    styles: ['/vendor/antd-reset.css'],
    install: 'app.use(antd)',
    form: (body, random) =>
      random.chance(0.5) ? `<a-form :label-col="{ span: 6 }" :wrapper-col="{ span: 16 }">${body}</a-form>` : `<a-form layout="vertical">${body}</a-form>`,
    item: (caption, inner, condition, required) => `<a-form-item label="${escape(caption)}"${required ? ' required' : ''}${condition}>${inner}</a-form-item>`,
    text: (model, placeholder) => `<a-input v-model:value="${model}" placeholder="${escape(placeholder)}" />`,
    textarea: (model) => `<a-textarea v-model:value="${model}" />`,
    date: (model) => `<a-date-picker v-model:value="${model}" value-format="YYYY-MM-DD" placeholder="选择日期" />`,
    select: (model, list, placeholder, extra = '') =>
      `<a-select v-model:value="${model}" placeholder="${escape(placeholder)}" style="width: 280px" :options="${list}.map((o) => ({ value: o, label: o }))"${extra} />`,
    radios: (model, list, extra = '') => `<a-radio-group v-model:value="${model}"${extra}><a-radio v-for="o in ${list}" :key="o" :value="o">{{ o }}</a-radio></a-radio-group>`,
    checkboxes: (model, list) => `<a-checkbox-group v-model:value="${model}" :options="${list}" />`,
    checkbox: (model, text) => `<a-checkbox v-model:checked="${model}">${escape(text)}</a-checkbox>`,
    toggle: (model) => `<a-switch v-model:checked="${model}" />`,
    button: (text, click) => `<a-button${click ? ` @click="${click}"` : ''}>${text}</a-button>`,
    cascader: (model) => `<a-cascader v-model:value="${model}" :options="regionTree" :load-data="loadData" placeholder="请选择" style="width: 320px" />`,
    upload: (key, side) => `<a-upload action="/gallery/upload" :max-count="1" accept="image/*" @change="(info) => info.file.status === 'done' && uploaded('${key}', ${side}, info.file.name)"><a-button>点击上传</a-button></a-upload>`,
    block: (title, body, random) =>
      !title ? body : random.chance(0.5) ? `<a-card title="${title}" size="small" style="margin-bottom: 12px">${body}</a-card>` : `<a-divider orientation="left">${title}</a-divider>${body}`,
    steps: (current) => `<a-steps :current="${current}" :items="[${WIZARD.map((title) => `{ title: '${title}' }`).join(', ')}]" style="margin-bottom: 16px" />`,
  },
  iview: {
    id: 'iview',
    vue: 2,
    scripts: ['/vendor/vue2.js', '/vendor/iview.js'],
    styles: ['/vendor/iview.css'],
    install: 'Vue.use(iview)',
    form: (body, random) => `<i-form :label-width="${random.pick([140, 180])}" label-position="${random.pick(['right', 'left', 'top'])}">${body}</i-form>`,
    item: (caption, inner, condition, required) => `<form-item label="${escape(caption)}"${required ? ' required' : ''}${condition}>${inner}</form-item>`,
    text: (model, placeholder) => `<i-input v-model="${model}" placeholder="${escape(placeholder)}" style="width: 300px"></i-input>`,
    textarea: (model) => `<i-input type="textarea" v-model="${model}" style="width: 300px"></i-input>`,
    date: (model) => `<date-picker type="date" :value="${model}" @on-change="(v) => (${model} = v)" format="yyyy-MM-dd" placeholder="选择日期" style="width: 200px"></date-picker>`,
    select: (model, list, placeholder, extra = '') => `<i-select v-model="${model}" placeholder="${escape(placeholder)}" style="width: 280px"${extra}><i-option v-for="o in ${list}" :key="o" :value="o">{{ o }}</i-option></i-select>`,
    radios: (model, list, extra = '') => `<radio-group v-model="${model}"${extra}><radio v-for="o in ${list}" :key="o" :label="o">{{ o }}</radio></radio-group>`,
    checkboxes: (model, list) => `<checkbox-group v-model="${model}"><checkbox v-for="o in ${list}" :key="o" :label="o">{{ o }}</checkbox></checkbox-group>`,
    checkbox: (model, text) => `<checkbox v-model="${model}">${escape(text)}</checkbox>`,
    toggle: (model) => `<i-switch v-model="${model}"></i-switch>`,
    button: (text, click) => `<i-button${click ? ` @click="${click}"` : ''}>${text}</i-button>`,
    cascader: (model) => `<cascader v-model="${model}" :data="regionTree" :load-data="loadDataIview" placeholder="请选择" style="width: 320px"></cascader>`,
    upload: (key, side) => `<upload action="/gallery/upload" accept="image/*" :on-success="(r, f) => uploaded('${key}', ${side}, f.name)"><i-button>点击上传</i-button></upload>`,
    block: (title, body, random) =>
      !title ? body : random.chance(0.5) ? `<card style="margin-bottom: 12px"><p slot="title">${title}</p>${body}</card>` : `<divider orientation="left">${title}</divider>${body}`,
    steps: (current) => `<steps :current="${current}" style="margin-bottom: 16px">${WIZARD.map((title) => `<step title="${title}"></step>`).join('')}</steps>`,
  },
};

function controlOf(lib: Library, field: GalleryField, random: Random, useSwitch: boolean): string[] {
  const model = q(field.key);
  const placeholder = random.pick([field.hint ?? `请输入${field.caption}`, `请输入${field.caption}`, '']);
  switch (field.control) {
    case 'text':
      return [lib.text(model, placeholder)];
    case 'textarea':
      return [lib.textarea(model)];
    case 'date':
      return [lib.date(model)];
    case 'sms':
      return [`${lib.text(model, '请输入验证码')} ${lib.button('获取验证码')}`];
    case 'select':
      return [lib.select(model, options(field.key), random.pick(['请选择', `请选择${field.caption}`]))];
    case 'radio':
      return [lib.radios(model, options(field.key))];
    case 'checkboxes':
      return [lib.checkboxes(model, options(field.key))];
    case 'flag':
      return [useSwitch ? lib.toggle(model) : lib.checkbox(model, field.caption)];
    case 'rows':
      return [
        `<div><div v-for="(row, i) in ${model}" :key="i" style="margin-bottom: 4px">${lib.text(`${model}[i]`, field.hint ?? '')} ${lib.button('删除', `${model}.splice(i, 1)`)}</div>${lib.button('添加', `${model}.push('')`)}</div>`,
      ];
    case 'region':
      return [lib.cascader(model)];
    case 'file':
      return [Array.from({ length: field.sides }, (_, side) => `<div style="display: inline-block; margin-right: 12px">${field.sides > 1 ? (side === 0 ? '正面 ' : '反面 ') : ''}${lib.upload(field.key, side)}</div>`).join('')];
    case 'provider': {
      const change = lib.id === 'iview' ? '@on-change' : '@change';
      const region = `${lib.radios(`${model}.scope`, "['境内', '境外']", ` ${change}="onScope('${field.key}')"`)} ${lib.select(`${model}.region`, `providerRegions['${field.key}']`, '请选择所属区域', ` ${change}="onRegion('${field.key}')"`)}`;
      const name = `${lib.select(`${model}.name`, `providerNames['${field.key}']`, random.pick(['请选择服务商名称', '请选择']), lib.id === 'ant-design-vue' ? ' show-search' : ' filterable')}<div v-if="${model}.name === '其他'" style="margin-top: 6px">${lib.text(`${model}.other`, '请填写服务商名称')}</div>`;
      return field.provider!.sameRow ? [`${region} ${name}`] : [region, name];
    }
  }
}

export const VUE_LIBRARIES = Object.keys(LIBRARIES) as LibraryId[];

export function renderVue(libraryId: LibraryId, page: GalleryPage, random: Random): { head: string; body: string; script: string } {
  const lib = LIBRARIES[libraryId];
  const blocks = page.blocks
    .map((block) => {
      const items = block.fields
        .flatMap((field) => {
          const condition = field.unitOnly || field.showWhen ? ` v-if="shown('${field.key}')"` : '';
          const useSwitch = field.control === 'flag' && random.chance(0.4);
          const parts = controlOf(lib, field, random, useSwitch);
          const caption = field.control === 'flag' && !useSwitch ? '' : field.caption;
          if (parts.length === 2) return [lib.item(caption, parts[0]!, condition, field.required), lib.item(field.provider!.nameCaption, parts[1]!, condition, field.required)];
          return [lib.item(caption, parts[0]!, condition, field.required)];
        })
        .join('');
      return lib.block(block.title, items, random);
    })
    .join('');
  const buttons = (page.kind === 'subject' ? ['保存'] : ['上一步', '下一步']).map((text) => lib.button(text)).join(' ');
  const template = `<div style="max-width: 1100px; margin: 16px auto">${page.heading ? `<h2>${page.heading}</h2>` : ''}${page.steps ? lib.steps(page.steps.current) : ''}${lib.form(blocks, random)}<div>${buttons}</div></div>`;
  const model = {
    library: libraryId,
    fields: page.blocks.flatMap((block) => block.fields).map(({ key, control, options: labels, sides, showWhen, unitOnly }) => ({ key, control, options: labels, sides, showWhen, unitOnly })),
  };
  const mount =
    lib.vue === 3
      ? `const app = Vue.createApp(options); ${lib.install}; app.mount('#app');`
      : `${lib.install}; new Vue(Object.assign(options, { el: '#app' }));`;
  return {
    head: lib.styles.map((href) => `<link rel="stylesheet" href="${href}">`).join(''),
    body: '<div id="app"></div>',
    script: `${lib.scripts.map((src) => `<script src="${src}"></script>`).join('')}<script src="/gallery/vue-app.js"></script><script>const options = galleryOptions(${JSON.stringify(model)}); options.template = ${JSON.stringify(template)}; ${mount}</script>`,
  };
}
