/**
 * 组织机构代码, GB 11714-1997: eight body characters (digits or capital letters) and a
 * MOD 11 check character (10 → X, 11 → 0). Written with or without a hyphen before the check.
 */
const WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

function charValue(char: string): number {
  return /\d/.test(char) ? Number(char) : char.charCodeAt(0) - 55;
}

export function organizationCodeCheckChar(body: string): string {
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += charValue(body[i]!) * WEIGHTS[i]!;
  const check = 11 - (sum % 11);
  if (check === 10) return 'X';
  if (check === 11) return '0';
  return String(check);
}

export type OrganizationCodeProblem = 'length' | 'charset' | 'check-digit';

export function checkOrganizationCode(raw: string): OrganizationCodeProblem | undefined {
  const code = raw.trim().toUpperCase().replace('-', '');
  if (code.length !== 9) return 'length';
  if (!/^[0-9A-Z]{8}[0-9X]$/.test(code)) return 'charset';
  return organizationCodeCheckChar(code.slice(0, 8)) === code[8] ? undefined : 'check-digit';
}
