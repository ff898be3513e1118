import { AREA_CODES_BY_CITY, OUTSIDE_MAINLAND_PROVINCES } from '../data/area-codes';

/**
 * Mainland phone numbers. A mobile is 11 digits in the 1[3-9] plan, a +86/0086 prefix tolerated.
 * A landline is `区号-号码[-分机]`: a 3- or 4-digit area code starting with 0 (3 digits only for
 * 010 and 02x), then 8 digits after a 3-digit code and 7 or 8 after a 4-digit one; the 2017
 * manual's `0086-010-68870788` form is accepted too.
 */
const KNOWN_AREA_CODES = new Set(Object.values(AREA_CODES_BY_CITY).flat());

export type MobileProblem = 'separators' | 'format';

/** `0086-0571-88888888-123456` is 25 characters: a longer value is no phone number of any form. */
export const LONGEST_PHONE = 32;

export function checkMobile(raw: string): MobileProblem | undefined {
  if (raw.length > LONGEST_PHONE) return 'format';
  const bare = raw.trim().replace(/^(\+86|0086)/, '');
  if (/^1[3-9]\d{9}$/.test(bare)) return undefined;
  return /^1[3-9]\d{9}$/.test(bare.replace(/[\s-]/g, '')) ? 'separators' : 'format';
}

export interface Landline {
  areaCode: string;
  number: string;
  extension?: string;
}

export type LandlineProblem = 'mobile-instead' | 'format' | 'unknown-area-code' | 'number-length';

export type LandlineResult = { landline: Landline } | { problem: LandlineProblem };

export function parseLandline(raw: string): LandlineResult {
  if (raw.length > LONGEST_PHONE) return { problem: 'format' };
  const value = raw.trim().replace(/^(\+86|0086)[\s-]?/, '');
  if (checkMobile(value) !== 'format') return { problem: 'mobile-instead' };
  const match = /^(0\d{2,3})-(\d{5,9})(?:-(\d{1,6}))?$/.exec(value);
  if (!match) return { problem: 'format' };
  const [, areaCode, number, extension] = match as unknown as [string, string, string, string | undefined];
  if (!KNOWN_AREA_CODES.has(areaCode)) return { problem: 'unknown-area-code' };
  const lengths = areaCode.length === 3 ? [8] : [7, 8];
  if (!lengths.includes(number.length)) return { problem: 'number-length' };
  return { landline: { areaCode, number, ...(extension ? { extension } : {}) } };
}

/** 010-00000000, 0571-88888888, 021-12345678: numbers nobody answers (note ⑦). */
export function isObviouslyFake(number: string): boolean {
  if (/^(\d)\1+$/.test(number)) return true;
  const digits = [...number].map(Number);
  const steps = new Set(digits.slice(1).map((digit, index) => digit - digits[index]!));
  return steps.size === 1 && (steps.has(1) || steps.has(-1));
}

/**
 * Whether an area code belongs to the chosen city. Undefined when it cannot be told: no city
 * chosen, or a city outside the mainland numbering plan.
 */
export function areaCodeMatchesCity(areaCode: string, cityCode: string): boolean | undefined {
  const prefix = cityCode.slice(0, 4);
  if (!prefix || OUTSIDE_MAINLAND_PROVINCES.some((province) => prefix.startsWith(province))) return undefined;
  const codes = AREA_CODES_BY_CITY[prefix];
  return codes ? codes.includes(areaCode) : undefined;
}

export function areaCodesOf(cityCode: string): readonly string[] {
  return AREA_CODES_BY_CITY[cityCode.slice(0, 4)] ?? [];
}
