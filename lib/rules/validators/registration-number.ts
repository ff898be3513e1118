/**
 * The 15-digit 工商注册号 of business licences issued before 统一社会信用代码: the last digit is
 * an ISO 7064 MOD 11,10 check digit.
 */
export function registrationNumberCheckDigit(first14: string): number {
  let product = 10;
  for (const char of first14) {
    const sum = (product + Number(char)) % 10 || 10;
    product = (sum * 2) % 11;
  }
  return (11 - product) % 10;
}

export type RegistrationNumberProblem = 'length' | 'check-digit';

export function checkRegistrationNumber(raw: string): RegistrationNumberProblem | undefined {
  const number = raw.trim();
  if (!/^\d{15}$/.test(number)) return 'length';
  return registrationNumberCheckDigit(number.slice(0, 14)) === Number(number[14]) ? undefined : 'check-digit';
}
