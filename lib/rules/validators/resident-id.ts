import { regionName } from '../../model/regions';

/**
 * 居民身份证号码, GB 11643-1999: 6-digit address code, 8-digit birth date, 3-digit sequence
 * (odd for men), and a MOD 11-2 check character.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK_CHARS = '10X98765432';

export type ResidentIdProblem =
  | 'legacy-15'
  | 'length'
  | 'charset'
  | 'region'
  | 'birth-date'
  | 'future-birth'
  | 'check-digit';

export function residentIdCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17[i]) * WEIGHTS[i]!;
  return CHECK_CHARS[sum % 11]!;
}

export function parseBirthDate(yyyymmdd: string): Date | undefined {
  const year = Number(yyyymmdd.slice(0, 4));
  const month = Number(yyyymmdd.slice(4, 6));
  const day = Number(yyyymmdd.slice(6, 8));
  const date = new Date(Date.UTC(year, month - 1, day));
  const real = date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
  return real && year >= 1900 ? date : undefined;
}

/**
 * The province prefix must be a real one; the full six digits are often an older code
 * (districts are renamed and merged), so only the province is held against the table.
 */
function hasKnownProvince(id: string): boolean {
  return regionName(`${id.slice(0, 2)}0000`) !== undefined;
}

export function checkResidentId(raw: string, today: Date = new Date()): ResidentIdProblem | undefined {
  const id = raw.trim().toUpperCase();
  if (/^\d{15}$/.test(id)) return 'legacy-15';
  if (id.length !== 18) return 'length';
  if (!/^\d{17}[\dX]$/.test(id)) return 'charset';
  if (!hasKnownProvince(id)) return 'region';
  const birth = parseBirthDate(id.slice(6, 14));
  if (!birth) return 'birth-date';
  if (birth.getTime() > today.getTime()) return 'future-birth';
  if (residentIdCheckChar(id.slice(0, 17)) !== id[17]) return 'check-digit';
  return undefined;
}
