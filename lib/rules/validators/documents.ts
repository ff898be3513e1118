import type { PersonCertType, UnitCertType } from '../../model/codes';
import { checkCreditCode } from './credit-code';
import { checkOrganizationCode } from './organization-code';
import { checkRegistrationNumber } from './registration-number';
import { checkResidentId, residentIdCheckChar } from './resident-id';

/**
 * Certificate numbers by document type. Each returns a problem code the rules turn into a message.
 * Patterns for permits and passports follow the documents as issued today:
 * 港澳居民来往内地通行证 H/M + 8 digits (+2 for the renewal count), 台湾居民来往大陆通行证 8 digits
 * (10 on older booklets), 外国人永久居留身份证 3 letters + 12 digits (2004 card) or 18 characters
 * starting with 9 with a GB 11643 check (2023 card), passports 5–17 letters and digits.
 */
export type DocumentProblem = string;

const PERSON_PATTERNS: Partial<Record<PersonCertType, RegExp>> = {
  passport: /^[A-Z0-9]{5,17}$/,
  'hk-macao-permit': /^[HM]\d{8}(\d{2})?$/,
  'taiwan-permit': /^\d{8}(\d{2})?$/,
  'officer-id': /^[\u4e00-\u9fa5]{1,6}字?第?\d{4,10}号?$/,
};

export function checkPersonDocument(type: PersonCertType, raw: string, today?: Date): DocumentProblem | undefined {
  const value = raw.trim().toUpperCase();
  if (type === 'resident-id') return checkResidentId(value, today);
  if (type === 'foreigner-permanent-id') {
    if (/^[A-Z]{3}\d{12}$/.test(value)) return undefined;
    if (!/^9\d{16}[\dX]$/.test(value)) return 'pattern';
    return residentIdCheckChar(value.slice(0, 17)) === value[17] ? undefined : 'check-digit';
  }
  const pattern = PERSON_PATTERNS[type];
  return pattern && !pattern.test(value.replace(/\s/g, '')) ? 'pattern' : undefined;
}

export function checkUnitDocument(type: UnitCertType, raw: string): DocumentProblem | undefined {
  const value = raw.trim().toUpperCase();
  switch (type) {
    case 'uscc':
      return checkCreditCode(value);
    case 'business-licence':
      return value.length === 18 ? checkCreditCode(value) : checkRegistrationNumber(value);
    case 'organization-code':
      return checkOrganizationCode(value);
    case 'institution-certificate':
    case 'social-group-certificate':
      return value.length === 18 ? checkCreditCode(value) : value.length >= 6 ? undefined : 'length';
    default:
      return value.length >= 4 ? undefined : 'length';
  }
}
