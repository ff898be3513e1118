import { provinces } from '../../../lib/model/regions';
import type { GalleryField } from '../model';
import type { Random } from '../random';

/**
 * Native controls as the static renderings draw them. `data-gk` ties a control to its field for
 * the page's own script (cascades, rows, what the page holds); the extension never reads it.
 */
export const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export interface ControlStyle {
  /** How a radio or checkbox carries its words: wrapped in its label, or a label pointing at it, or bare text after it. */
  options: 'wrap' | 'for' | 'text';
  /** Placeholders on text boxes: the hint, a 请输入 + caption, or none. */
  placeholder: 'hint' | 'caption' | 'none';
  /** A select's empty first option. */
  empty: 'plain' | 'caption';
  /** Radios for 单选 fields that are selects elsewhere. */
  radiosForSelects: boolean;
}

function checkable(type: 'radio' | 'checkbox', field: GalleryField, label: string, index: number, style: ControlStyle, random: Random, part = ''): string {
  const id = `${field.id}${index}${random.word(3)}`;
  const input = `<input type="${type}" name="${field.id}${part}" value="${escape(label)}" data-gk="${field.key}"${part ? ` data-part="${part}"` : ''} id="${id}"${part === 'scope' && index === 0 ? ' checked' : ''}>`;
  if (style.options === 'wrap') return `<label class="${random.word(4)}">${input} ${escape(label)}</label>`;
  if (style.options === 'for') return `<span class="${random.word(4)}">${input}<label for="${id}">${escape(label)}</label></span>`;
  return `<span class="${random.word(4)}">${input}${escape(label)}</span>`;
}

function selectOf(field: GalleryField, style: ControlStyle, options: readonly string[], extra = ''): string {
  const empty = style.empty === 'caption' ? `请选择${field.caption}` : '请选择';
  return `<select id="${field.id}" name="${field.id}" data-gk="${field.key}"${extra}><option value="">${escape(empty)}</option>${options.map((option, index) => `<option value="${index + 1}">${escape(option)}</option>`).join('')}</select>`;
}

const placeholderOf = (field: GalleryField, style: ControlStyle) =>
  style.placeholder === 'hint' && field.hint ? field.hint : style.placeholder === 'caption' ? `请输入${field.caption}` : '';

export function textBox(field: GalleryField, style: ControlStyle, type = 'text'): string {
  const hint = placeholderOf(field, style);
  return `<input type="${type}" id="${field.id}" name="${field.id}" data-gk="${field.key}"${hint ? ` placeholder="${escape(hint)}"` : ''}>`;
}

/** The provider's name select and the box typed after 其他. */
export function providerName(field: GalleryField, style: ControlStyle): string {
  const empty = style.empty === 'caption' ? `请选择${field.provider!.nameCaption}` : '请选择';
  return `<select name="${field.id}mc" data-gk="${field.key}" data-part="name"><option value="">${escape(empty)}</option></select> <input type="text" name="${field.id}qt" data-gk="${field.key}" data-part="other" placeholder="请填写服务商名称" hidden>`;
}

export function providerRegion(field: GalleryField, style: ControlStyle, random: Random): string {
  const scopes = ['境内', '境外'].map((scope, index) => checkable('radio', field, scope, index, style, random, 'scope')).join(' ');
  const regions = provinces().map((province) => province.name);
  return `${scopes} <select name="${field.id}qy" data-gk="${field.key}" data-part="region"><option value="">请选择</option>${regions.map((region) => `<option>${region}</option>`).join('')}</select>`;
}

export function controlHtml(field: GalleryField, style: ControlStyle, random: Random): string {
  switch (field.control) {
    case 'text':
      return textBox(field, style);
    case 'date':
      return textBox({ ...field, hint: 'YYYY-MM-DD' }, style, random.chance(0.5) ? 'date' : 'text');
    case 'textarea':
      return `<textarea id="${field.id}" name="${field.id}" data-gk="${field.key}" rows="2"${style.placeholder === 'caption' ? ` placeholder="请输入${escape(field.caption)}"` : ''}></textarea>`;
    case 'sms':
      return `${textBox(field, style)} <button type="button" class="${random.word(4)}">获取验证码</button>`;
    case 'select':
      return style.radiosForSelects && field.options.length <= 3
        ? field.options.map((option, index) => checkable('radio', field, option, index, style, random)).join(' ')
        : selectOf(field, style, field.options);
    case 'radio':
      return field.options.map((option, index) => checkable('radio', field, option, index, style, random)).join(' ');
    case 'checkboxes':
      return `<span class="${random.word(5)}">${field.options.map((option, index) => checkable('checkbox', field, option, index, style, random)).join(' ')}</span>`;
    case 'flag':
      return checkable('checkbox', field, field.caption, 0, style, random);
    case 'rows':
      return `<div class="${random.word(5)}" data-rows="${field.key}" data-hint="${escape(placeholderOf(field, style))}"><button type="button" data-add="${field.key}" class="${random.word(4)}">添加</button></div>`;
    case 'region':
      return ['省', '市', '区'].map((level, index) => `<select name="${field.id}${index}" data-gk="${field.key}" data-level="${index + 1}"><option value="">请选择${level}</option>${index === 0 ? provinces().map((province) => `<option value="${province.code}">${province.name}</option>`).join('') : ''}</select>`).join(' ');
    case 'provider':
      return field.provider!.sameRow ? `${providerRegion(field, style, random)} ${providerName(field, style)}` : providerRegion(field, style, random);
    case 'file':
      return Array.from({ length: field.sides }, (_, side) => {
        const input = `<input type="file" name="${field.id}${side}" data-gk="${field.key}" accept="image/*">`;
        const label = field.sides > 1 ? (side === 0 ? '正面' : '反面') : '';
        return random.chance(0.5) ? `<span class="${random.word(4)}">${label} ${input}</span>` : `<div class="${random.word(4)}">${label}${input}</div>`;
      }).join(' ');
  }
}
