import type { CodeEntry } from '../model/codes';
import { PROVIDER_SCOPES } from '../model/codes';
import type { PageDefinition } from '../pages/types';
import { PAGES } from '../pages/definitions';
import type { PageKind, ProfileInput } from '../rules';
import { CODE_LISTS } from './profile';
import type { FillValue, FillValues } from './values';

/**
 * The values read from a page, back in the profile model's shape (codes, booleans, numbers), so
 * the rule engine can judge what is on the page before the person submits it.
 */
export const PAGE_KINDS: Record<string, PageKind> = {
  subject: 'subject',
  'website-basic': 'website',
  'website-people': 'people',
  'website-agreement': 'agreement',
  unfiled: 'unfiled',
  claim: 'claim',
  change: 'change',
  cancel: 'cancel',
  filed: 'filed',
};

function codeOf(list: readonly CodeEntry[], label: string | undefined): string | undefined {
  if (!label) return undefined;
  const wanted = label.replace(/^\d{2}\s*/, '').trim();
  return list.find((entry) => entry.label === wanted || entry.synonyms?.includes(wanted) || label.startsWith(`${entry.code} `))?.code;
}

function set(target: Record<string, unknown>, path: string[], value: unknown) {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

function modelValue(value: FillValue, list: readonly CodeEntry[] | undefined, kind: string): unknown {
  switch (value.kind) {
    case 'text':
      return value.text;
    case 'choice':
      if (kind === 'yes-no') return value.options[0] === undefined ? undefined : value.options[0] === '是';
      return list ? (codeOf(list, value.options[0]) ?? '') : (value.options[0] ?? '');
    case 'multi-choice':
      return value.options.map((wordings) => (list ? codeOf(list, wordings[0]) : wordings[0])).filter(Boolean);
    case 'rows':
      return value.rows;
    case 'region':
      return {
        provinceName: value.names[0] ?? '',
        cityName: value.names[1] ?? '',
        districtName: value.names[2] ?? '',
        provinceCode: value.codes[0] ?? '',
        cityCode: value.codes[1] ?? '',
        districtCode: value.codes[2] ?? '',
      };
    case 'provider':
      return { scope: codeOf(PROVIDER_SCOPES, value.scope) ?? '', region: value.region, name: value.name };
    case 'flag':
      return value.on;
    case 'files':
      return undefined;
  }
}

export function profileFromPage(pageId: string | undefined, values: FillValues): ProfileInput {
  const page: PageDefinition | undefined = PAGES.find((candidate) => candidate.id === pageId);
  const profile: Record<string, unknown> = {};
  for (const field of page?.fields ?? []) {
    const value = values[field.path];
    if (!value) continue;
    const converted = modelValue(value, field.codes ? CODE_LISTS[field.codes] : undefined, field.kind);
    if (converted === undefined) continue;
    if (field.path === 'website.serverCount') {
      set(profile, ['websites', '0', 'serverCount'], /^\d+$/.test(String(converted)) ? Number(converted) : converted);
      continue;
    }
    const [root, ...rest] = field.path.split('.');
    if (field.path === 'website.hasControlledGoods' || field.path === 'website.hasPreapprovals') continue;
    set(profile, root === 'website' ? ['websites', '0', ...rest] : [root!, ...rest], converted);
  }
  const websites = profile.websites as Record<string, unknown> | undefined;
  if (websites) profile.websites = [websites['0']];
  return profile as ProfileInput;
}
