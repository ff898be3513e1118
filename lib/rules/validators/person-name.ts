import { COMPOUND_SURNAMES, PLACEHOLDER_NAMES, SINGLE_SURNAMES, TITLES } from '../data/surnames';

/**
 * A person's real full name (guide §第三步: 不得填报“王先生”、“李小姐”、“个人”或者加带数字或字母的姓名).
 * Latin letters are allowed only for a foreigner's name on a passport or permanent-residence card;
 * minority names may join their parts with · (阿依古丽·买买提).
 */
export type PersonNameProblem =
  | 'placeholder'
  | 'title'
  | 'digits'
  | 'latin'
  | 'symbols'
  | 'too-short'
  | 'too-long'
  | 'unknown-surname';

const MIDDLE_DOT = /[·•・.]/;

export function hasKnownSurname(name: string): boolean {
  return COMPOUND_SURNAMES.has(name.slice(0, 2)) || SINGLE_SURNAMES.has(name.slice(0, 1));
}

export function checkPersonName(raw: string, options: { foreignAllowed?: boolean } = {}): PersonNameProblem | undefined {
  const name = raw.trim();
  if (PLACEHOLDER_NAMES.includes(name.toLowerCase())) return 'placeholder';
  if (/\d/.test(name)) return 'digits';
  if (/[A-Za-z]/.test(name)) {
    return options.foreignAllowed && /^[A-Za-z][A-Za-z .'-]*[A-Za-z]$/.test(name) ? undefined : 'latin';
  }
  if (/[^\u3400-\u9fff·•・.]/.test(name)) return 'symbols';
  if (TITLES.some((title) => name.length <= title.length + 2 && name.endsWith(title) && name.length > title.length)) return 'title';
  if (/某/.test(name)) return 'placeholder';
  if (MIDDLE_DOT.test(name)) return name.split(MIDDLE_DOT).every((part) => part.length > 0) ? undefined : 'symbols';
  if (name.length < 2) return 'too-short';
  if (name.length > 6) return 'too-long';
  return hasKnownSurname(name) ? undefined : 'unknown-surname';
}
