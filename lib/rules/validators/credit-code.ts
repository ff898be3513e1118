import { regionName } from '../../model/regions';
import { checkOrganizationCode } from './organization-code';

/**
 * 统一社会信用代码, GB 32100-2015: registration authority (1), unit category (1), the
 * registering office's region code (6), the unit's 组织机构代码 (9) and a MOD 31 check,
 * over the 31-character set without I, O, S, V, Z.
 */
const CHARSET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

export type CreditCodeProblem = 'length' | 'charset' | 'region' | 'organization-code' | 'check-digit';

export function creditCodeCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += CHARSET.indexOf(first17[i]!) * WEIGHTS[i]!;
  return CHARSET[(31 - (sum % 31)) % 31]!;
}

export function checkCreditCode(raw: string): CreditCodeProblem | undefined {
  const code = raw.trim().toUpperCase();
  if (code.length !== 18) return 'length';
  if ([...code].some((char) => !CHARSET.includes(char))) return 'charset';
  if (regionName(`${code.slice(2, 4)}0000`) === undefined) return 'region';
  if (checkOrganizationCode(code.slice(8, 17))) return 'organization-code';
  return creditCodeCheckChar(code.slice(0, 17)) === code[17] ? undefined : 'check-digit';
}
