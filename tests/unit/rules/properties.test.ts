import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATALOGUE, checkProfile, type ProfileInput } from '@/lib/rules';
import { RULES } from '@/lib/rules/registry';
import type { RuleInput } from '@/lib/rules/types';
import * as address from '@/lib/rules/validators/address';
import * as creditCode from '@/lib/rules/validators/credit-code';
import * as documents from '@/lib/rules/validators/documents';
import * as domain from '@/lib/rules/validators/domain';
import * as email from '@/lib/rules/validators/email';
import * as icp from '@/lib/rules/validators/icp';
import * as ip from '@/lib/rules/validators/ip';
import * as organizationCode from '@/lib/rules/validators/organization-code';
import * as personName from '@/lib/rules/validators/person-name';
import * as phone from '@/lib/rules/validators/phone';
import * as recordNumber from '@/lib/rules/validators/record-number';
import * as registrationNumber from '@/lib/rules/validators/registration-number';
import * as residentId from '@/lib/rules/validators/resident-id';
import { ADVERSARIAL, clientWithEveryString } from '../../helpers/adversarial';

/**
 * Every rule and every validator over what a page can hold: any string in any field (a read-back
 * holds whatever was typed), and very long runs of what their patterns look for. Nothing throws;
 * nothing takes super-linear time — `npm run bench` prints the slowest rule on 100,000 characters.
 */
const CHARACTERS = ['1', '0', 'X', 'a', '.', '-', '@', ' ', '号', '路', '村', '省', '市', '浙', 'ICP', '备', '·', '\u0000', '😀'];
const anyText = fc.string({ unit: fc.constantFrom(...CHARACTERS), maxLength: 60 });

const VALIDATORS: [string, (text: string) => unknown][] = [
  ['checkAddressDetail', (text) => address.checkAddressDetail(text, { provinceName: text, cityName: text })],
  ['checkCreditCode', creditCode.checkCreditCode],
  ['checkPersonDocument', (text) => documents.checkPersonDocument('resident-id', text)],
  ['checkUnitDocument', (text) => documents.checkUnitDocument('uscc', text)],
  ['checkMainDomain', domain.checkMainDomain],
  ['checkSubdomains', (text) => domain.checkSubdomains([text, text], text)],
  ['checkEmail', email.checkEmail],
  ['parseIcp', icp.parseIcp],
  ['checkIpEntry', ip.checkIpEntry],
  ['checkOrganizationCode', organizationCode.checkOrganizationCode],
  ['checkPersonName', personName.checkPersonName],
  ['checkMobile', phone.checkMobile],
  ['parseLandline', phone.parseLandline],
  ['isObviouslyFake', phone.isObviouslyFake],
  ['checkRecordNumber', recordNumber.checkRecordNumber],
  ['checkPoliceUnitCode', recordNumber.checkPoliceUnitCode],
  ['checkRegistrationNumber', registrationNumber.checkRegistrationNumber],
  ['checkResidentId', residentId.checkResidentId],
];

const ids = new Set(CATALOGUE.map((rule) => rule.id));

function inputOf(profile: unknown): RuleInput {
  const typed = profile as ProfileInput;
  return { profile: typed, subject: typed.subject ?? {}, knownSubject: typed.subject ?? {}, nature: typed.subject?.nature, context: {}, today: new Date(2026, 10, 28) };
}

describe('every validator, on any text', () => {
  it.each(VALIDATORS)('%s never throws on random text', (_name, validate) => {
    fc.assert(fc.property(anyText, (text) => void validate(text)));
  });

  it.each(VALIDATORS)('%s gets through 100,000 characters of each adversarial kind', (_name, validate) => {
    for (const text of Object.values(ADVERSARIAL)) validate(text);
  });
});

describe('every rule, on any profile', () => {
  it('judges a client whose every field holds random text, with findings of known rules only', () => {
    fc.assert(
      fc.property(fc.array(anyText, { minLength: 1, maxLength: 8 }), (texts) => {
        let next = 0;
        const profile = clientWithEveryString(() => texts[next++ % texts.length]!);
        const findings = checkProfile(profile as ProfileInput, { book: [] });
        return findings.every((finding) => ids.has(finding.ruleId) && typeof finding.path === 'string' && finding.message.zh.length > 0);
      }),
      { numRuns: 200 },
    );
  });

  it.each(Object.keys(ADVERSARIAL))('gets every rule through a client whose every field is 100,000 characters of %s', (kind) => {
    const input = inputOf(clientWithEveryString(() => ADVERSARIAL[kind]!));
    for (const id of ids) expect(Array.isArray(RULES[id]!(input))).toBe(true);
  });
});
