import {
  ACCESS_METHODS,
  CONTROLLED_GOODS,
  LANGUAGES,
  OPERATING_KINDS,
  PERSON_CERT_TYPES,
  PREAPPROVAL_ITEMS,
  PROVIDER_SCOPES,
  SERVICE_CATEGORIES,
  SERVICE_TYPES,
  SUBJECT_NATURES,
  UNIT_CERT_TYPES,
  WEBSITE_LEVELS,
  isUnitNature,
  type CodeEntry,
} from '../model/codes';
import type { AttachmentRef, Client, Region, Website } from '../model/profile';
import { citiesOf, districtsOf, provinces } from '../model/regions';
import { PAGES, pageById } from '../pages';
import type { CodeListName, FieldDefinition } from '../pages/types';
import type { ProfileInput } from '../rules';
import { NO_WORDS, YES_WORDS, type FilePayload, type FillValue, type FillValues } from '../fill/values';
import { optionMatches } from '../fill/text';

/**
 * The conversion between the profile model and what a page shows, one encoder and one decoder
 * per field kind, driven by the page definitions: a client becomes fill values in the platform's
 * words (labels and their synonyms, never codes); values read off a page become a partial profile
 * for the rule engine. Runs in the background: the page gets only the values, never the client.
 */
const CODE_LISTS: Record<CodeListName, readonly CodeEntry[]> = {
  natures: SUBJECT_NATURES,
  personCerts: PERSON_CERT_TYPES,
  unitCerts: UNIT_CERT_TYPES,
  accessMethods: ACCESS_METHODS,
  serviceTypes: SERVICE_TYPES,
  controlledGoods: CONTROLLED_GOODS,
  preapprovals: PREAPPROVAL_ITEMS,
  languages: LANGUAGES,
  operating: OPERATING_KINDS,
  levels: WEBSITE_LEVELS,
  serviceCategories: SERVICE_CATEGORIES,
};

function wordingsOf(list: readonly CodeEntry[], code: string): string[] {
  const entry = list.find((candidate) => candidate.code === code);
  if (!entry) return [];
  const words = [entry.label, ...(entry.synonyms ?? [])];
  // 服务类型分类 options show their number: "03 论坛类网站".
  return list === SERVICE_CATEGORIES ? [...words.map((word) => `${entry.code} ${word}`), ...words] : words;
}

function codeOf(list: readonly CodeEntry[], shown: string | undefined): string | undefined {
  if (!shown) return undefined;
  return list.find((entry) => [entry.label, ...(entry.synonyms ?? [])].some((word) => optionMatches(shown, word)) || shown.trim().startsWith(`${entry.code} `))?.code;
}

type Scope = { subject: Client['subject']; website?: Website };

/** The model value at a fill path: `subject.…` in the client's subject, `website.…` in the website being filed. */
function valueAt(scope: Scope, path: string): unknown {
  const [root, ...rest] = path.split('.');
  let node: unknown = root === 'subject' ? scope.subject : root === 'website' ? scope.website : undefined;
  for (const key of rest) node = node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined;
  return node;
}

/** The person a field of 第三步 belongs to, and whether they are "同主体负责人信息". */
function personOf(scope: Scope, path: string): { present: boolean; same: boolean } | undefined {
  const role = /^website\.people\.(\w+)\./.exec(path)?.[1];
  if (!role) return undefined;
  const person = scope.website?.people[role as keyof Website['people']];
  return { present: person !== undefined, same: person?.sameAsPrincipal ?? false };
}

export type AttachmentLoader = (ref: AttachmentRef) => Promise<FilePayload>;

const yesNo = (yes: boolean): FillValue => ({ kind: 'choice', options: yes ? YES_WORDS : NO_WORDS });

async function encodeField(definition: FieldDefinition, scope: Scope, load: AttachmentLoader): Promise<FillValue | undefined> {
  const person = personOf(scope, definition.path);
  if (person && (!person.present || (person.same && definition.kind !== 'same-as-principal'))) return undefined;
  if (definition.unitOnly && !isUnitNature(scope.subject.nature)) return undefined;
  const model = definition.model;
  const forPerson = definition.forPerson && !isUnitNature(scope.subject.nature) ? definition.forPerson : undefined;
  const raw = forPerson ? valueAt(scope, forPerson) : model && 'nonEmpty' in model ? valueAt(scope, model.nonEmpty) : model && 'integer' in model ? valueAt(scope, model.integer) : valueAt(scope, definition.path);
  switch (definition.kind) {
    case 'text':
    case 'date': {
      const text = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw : '';
      return text ? { kind: 'text', text } : undefined;
    }
    case 'choice': {
      const options = typeof raw === 'string' && definition.codes ? wordingsOf(CODE_LISTS[definition.codes], raw) : [];
      return options.length ? { kind: 'choice', options } : undefined;
    }
    case 'yes-no':
      if (Array.isArray(raw)) return yesNo(raw.length > 0);
      if (typeof raw === 'string' && model && 'nonEmpty' in model) return yesNo(raw.trim() !== '');
      return typeof raw === 'boolean' ? yesNo(raw) : undefined;
    case 'multi-choice':
      return Array.isArray(raw) && definition.codes ? { kind: 'multi-choice', options: raw.map((code: string) => wordingsOf(CODE_LISTS[definition.codes!], code)) } : undefined;
    case 'rows':
      return Array.isArray(raw) ? { kind: 'rows', rows: raw as string[] } : undefined;
    case 'region': {
      const region = raw as Region | undefined;
      if (!region?.provinceCode) return undefined;
      return { kind: 'region', names: [region.provinceName, region.cityName, region.districtName], codes: [region.provinceCode, region.cityCode, region.districtCode] };
    }
    case 'files': {
      const refs = model && 'refs' in model ? model.refs.map((path) => valueAt(scope, path)) : model && 'refList' in model ? ((valueAt(scope, model.refList) as unknown[]) ?? []) : [];
      const present = refs.filter((ref): ref is AttachmentRef => ref !== undefined && ref !== null);
      return present.length ? { kind: 'files', files: await Promise.all(present.map(load)) } : undefined;
    }
    case 'provider': {
      const provider = raw as Website['registrar'] | undefined;
      if (!provider?.region && !provider?.name) return undefined;
      return { kind: 'provider', scope: PROVIDER_SCOPES.find((entry) => entry.code === provider.scope)?.label ?? '', region: provider.region, name: provider.name };
    }
    case 'same-as-principal':
      return typeof raw === 'boolean' ? { kind: 'flag', on: raw } : undefined;
  }
}

/** The fill values for a client and the website being filed: of one page, or of every page. Only the scans of those fields are loaded. */
export async function encodeClient(client: Client, website: Website | undefined, load: AttachmentLoader, pageId?: string): Promise<FillValues> {
  const scope: Scope = { subject: client.subject, ...(website ? { website } : {}) };
  const values: FillValues = {};
  for (const page of PAGES.filter((candidate) => !pageId || candidate.id === pageId)) {
    for (const definition of page.fields) {
      if (definition.path.startsWith('website.') && !website) continue;
      const value = await encodeField(definition, scope, load);
      if (value) values[definition.path] = value;
    }
  }
  return values;
}

/** Region codes from the names a cascader shows (it shows no codes). */
function regionOf(names: readonly string[], codes: readonly string[]): Region {
  const [provinceName = '', cityName = '', districtName = ''] = names;
  const province = codes[0] ? { code: codes[0] } : provinces().find((option) => optionMatches(option.name, provinceName));
  const city = codes[1] ? { code: codes[1] } : province ? citiesOf(province.code).find((option) => optionMatches(option.name, cityName)) : undefined;
  const district = codes[2] ? { code: codes[2] } : city ? districtsOf(city.code).find((option) => optionMatches(option.name, districtName)) : undefined;
  return { provinceName, cityName, districtName, provinceCode: province?.code ?? '', cityCode: city?.code ?? '', districtCode: district?.code ?? '' };
}

function decodeField(definition: FieldDefinition, value: FillValue): unknown {
  const list = definition.codes ? CODE_LISTS[definition.codes] : undefined;
  switch (value.kind) {
    case 'text':
      if (definition.model && 'integer' in definition.model) return /^\d+$/.test(value.text) ? Number(value.text) : value.text;
      return value.text;
    case 'choice':
      if (definition.kind === 'yes-no') return value.options[0] === undefined ? undefined : YES_WORDS.some((word) => optionMatches(value.options[0]!, word));
      return list ? (codeOf(list, value.options[0]) ?? '') : (value.options[0] ?? '');
    case 'multi-choice':
      return value.options.map((wordings) => (list ? codeOf(list, wordings[0]) : wordings[0])).filter((code): code is string => !!code);
    case 'rows':
      return value.rows;
    case 'region':
      return regionOf(value.names, value.codes);
    case 'provider':
      return { scope: codeOf(PROVIDER_SCOPES, value.scope) ?? '', region: value.region, name: value.name };
    case 'flag':
      return value.on;
    case 'files':
      return undefined;
  }
}

function setAt(target: Record<string, unknown>, path: readonly string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

/** One field of a page read back: its definition's path, where it lives in the model, and the model's value. */
export interface DecodedField {
  field: string;
  kind: FieldDefinition['kind'];
  root: 'subject' | 'website';
  /** The path under the subject or the website, e.g. `principal.mobile`, `accessProvider`. */
  path: string[];
  value: unknown;
}

/** Each field read from a page in the model's shape (codes, booleans, numbers); files and 是/否 questions that only say whether a list is empty are left out. */
export function decodeFields(pageId: string | undefined, values: FillValues): DecodedField[] {
  const decoded: DecodedField[] = [];
  for (const definition of pageById(pageId)?.fields ?? []) {
    const value = values[definition.path];
    if (!value || (definition.model && 'nonEmpty' in definition.model)) continue;
    const model = decodeField(definition, value);
    if (model === undefined) continue;
    const [root, ...rest] = (definition.model && 'integer' in definition.model ? definition.model.integer : definition.path).split('.');
    decoded.push({ field: definition.path, kind: definition.kind, root: root === 'website' ? 'website' : 'subject', path: rest, value: model });
  }
  return decoded;
}

/** Writes a decoded field into a subject or website: a provider's scope, region and name go into its object, keeping what the page does not show (its phone). */
export function writeField(target: Record<string, unknown>, field: Pick<DecodedField, 'kind' | 'path' | 'value'>) {
  if (field.kind === 'provider' && field.path.length === 1) {
    target[field.path[0]!] = { ...(target[field.path[0]!] as object | undefined), ...(field.value as object) };
    return;
  }
  setAt(target, field.path, field.value);
}

/** Values read from a page, back in the model's shape (codes, booleans, numbers), as one client with at most one website. */
export function decodePage(pageId: string | undefined, values: FillValues): ProfileInput {
  const subject: Record<string, unknown> = {};
  const website: Record<string, unknown> = {};
  for (const field of decodeFields(pageId, values)) writeField(field.root === 'website' ? website : subject, field);
  return {
    ...(Object.keys(subject).length ? { subject } : {}),
    ...(Object.keys(website).length ? { websites: [website] } : {}),
  } as ProfileInput;
}
