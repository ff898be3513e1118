import { regionName } from '../../lib/model/regions';
import type { BlockSpec, FieldSpec } from './forms';
import type { FieldValue, StoredFile } from './state';

/**
 * Reads a posted form (classic multipart, or the modern app's JSON) back into semantic keys, and
 * judges it the way the platform does server-side: required fields and upload limits.
 */
export interface PostedForm {
  values(param: string): string[];
  files(param: string): StoredFile[];
}

const SIDE_SUFFIX = { 正面: 'zm', 反面: 'fm' } as const;

export function fileParams(field: FieldSpec): string[] {
  return field.sides ? field.sides.map((side) => `${field.param}_${SIDE_SUFFIX[side]}`) : [field.param];
}

function label(field: FieldSpec, value: string): string {
  return field.options?.find((option) => option.value === value)?.label ?? value;
}

function readField(field: FieldSpec, form: PostedForm): FieldValue | undefined {
  const first = form.values(field.param)[0]?.trim() ?? '';
  switch (field.control) {
    case 'text':
    case 'textarea':
    case 'sms':
      return first;
    case 'select':
    case 'radio':
      return first ? label(field, first) : '';
    case 'checkboxes': {
      const ticked = form.values(field.param).filter(Boolean).map((value) => label(field, value));
      return field.options?.length === 1 ? ticked.length > 0 : ticked;
    }
    case 'rows':
      return form.values(field.param).map((value) => value.trim()).filter(Boolean);
    case 'region': {
      const [province, city, district] = ['sheng', 'shi', 'qu'].map((level) => form.values(`${field.param}_${level}`)[0] ?? '');
      return {
        provinceCode: province!,
        provinceName: regionName(province!) ?? '',
        cityCode: city!,
        cityName: regionName(city!) ?? '',
        districtCode: district!,
        districtName: regionName(district!) ?? '',
      };
    }
    case 'provider': {
      const picked = form.values(`${field.param}_mc`)[0] ?? '';
      const other = form.values(`${field.param}_qt`)[0]?.trim() ?? '';
      return {
        scope: form.values(`${field.param}_jw`)[0] ?? '',
        region: form.values(`${field.param}_qy`)[0] ?? '',
        name: picked === '其他' ? other : picked,
      };
    }
    case 'file': {
      const files = fileParams(field).flatMap((param) => form.files(param));
      return field.sides ? files : files[0];
    }
  }
}

/**
 * The posted values by semantic key. A file field with nothing chosen is left out, so a file
 * uploaded on an earlier visit of the same step stays.
 */
export function readForm(blocks: readonly BlockSpec[], form: PostedForm): Record<string, FieldValue> {
  const fields: Record<string, FieldValue> = {};
  for (const field of blocks.flatMap((block) => block.fields)) {
    const value = readField(field, form);
    if (value === undefined || (field.control === 'file' && Array.isArray(value) && value.length === 0)) continue;
    fields[field.key] = value;
  }
  return fields;
}

function isEmpty(value: FieldValue | undefined): boolean {
  if (value === undefined || value === '' || value === false) return true;
  if (Array.isArray(value)) return value.length === 0;
  if (typeof value === 'object' && 'provinceCode' in value) return !value.provinceCode || !value.cityCode || !value.districtCode;
  if (typeof value === 'object' && 'scope' in value) return !value.scope || !value.region || !value.name;
  return false;
}

/** The platform's server-side checks, with its own wording. */
export function validate(blocks: readonly BlockSpec[], fields: Record<string, FieldValue>, options: { individual?: boolean } = {}): string[] {
  const errors: string[] = [];
  for (const block of blocks) {
    const blockKey = block.fields[0]?.key.split('.')[0];
    const same = blockKey && fields[`${blockKey}.sameAsPrincipal`] === true;
    for (const field of block.fields) {
      if (field.unitOnly && options.individual) continue;
      if (same && field.key !== `${blockKey}.sameAsPrincipal`) continue;
      const value = fields[field.key];
      if (field.required && isEmpty(value)) {
        errors.push(field.control === 'file' ? `请上传${field.label}` : field.control === 'select' || field.control === 'region' || field.control === 'radio' || field.control === 'provider' ? `请选择${field.label}` : `请填写${field.label}`);
        continue;
      }
      if (field.sides && Array.isArray(value) && value.length < field.sides.length) errors.push(`请上传${field.label}正反面扫描件`);
      if (field.maxBytes) {
        const files = (Array.isArray(value) ? value : value ? [value] : []) as StoredFile[];
        if (files.some((file) => file.size > field.maxBytes!)) errors.push(`${field.label}大小不能超过${field.maxBytes / 1024}KB`);
      }
    }
  }
  return errors;
}
