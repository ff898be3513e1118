import { SUBJECT_NATURES, UNIT_CERT_TYPES, labelOf, type SubjectNature, type UnitCertType } from '../../../model/codes';
import { NATURE_KEYWORDS } from '../../data/keywords';
import { containsAny, say, textOf, websitesOf } from '../../helpers';
import type { RuleCheck, RuleHit } from '../../types';
import { checkCreditCode } from '../../validators/credit-code';
import { checkPersonName, hasKnownSurname } from '../../validators/person-name';
import { checkResidentId } from '../../validators/resident-id';

/** Unit certificate types that fit each nature (note ④). */
const CERT_TYPES_FOR_NATURE: Record<SubjectNature, readonly UnitCertType[]> = {
  individual: [],
  enterprise: ['uscc', 'business-licence', 'organization-code'],
  military: ['military-code', 'uscc', 'organization-code'],
  university: ['institution-certificate', 'uscc', 'organization-code'],
  government: ['uscc', 'organization-code'],
  institution: ['institution-certificate', 'uscc', 'organization-code'],
  'social-group': ['social-group-certificate', 'uscc', 'organization-code'],
  overseas: ['overseas-registration'],
};

function natureLabel(nature: SubjectNature): string {
  return labelOf(SUBJECT_NATURES, nature) ?? nature;
}

/** Who the sponsor is: its full name, the nature the name suggests, and the certificate that fits the nature. */
export const sponsorRules: Record<string, RuleCheck> = {
  'S-UNIT-NAME-FULL': (input) => {
    const name = textOf(input.subject.unitName);
    if (!name) return [];
    const path = 'subject.unitName';
    const websiteNames = websitesOf(input).map(([website]) => textOf(website.name)).filter(Boolean);
    if (/^[a-z0-9-]+(\.[a-z0-9-]+)+$/i.test(name) || /^https?:/i.test(name)) {
      return [{ path, message: say('主办单位名称不能填域名：个人填姓名，单位填营业执照上的全称。', 'The sponsor name is not a domain: an individual gives their name, a unit its full registered name.') }];
    }
    if (!/[\u4e00-\u9fa5A-Za-z]{2}/.test(name)) {
      return [{ path, message: say('主办单位名称不能只是数字或符号。', 'The sponsor name cannot be only digits or symbols.') }];
    }
    if (websiteNames.includes(name)) {
      return [{ path, message: say('主办单位名称不能用网站名称代替：填主办者的全称。', 'Do not give the website’s name as the sponsor: give the sponsor’s full name.') }];
    }
    const principalName = textOf(input.subject.principal?.name);
    if (input.nature === 'individual' && principalName && name !== principalName) {
      return [{ path, message: say(`个人主办的，主办单位名称应为本人姓名“${principalName}”。`, `For an individual the sponsor name is their own name, “${principalName}”.`) }];
    }
    if (input.nature === 'enterprise' && name.length < 6) {
      return [{ path, message: say('企业应填写营业执照上的注册全称（如“某某科技有限公司”），不要用简称。', 'An enterprise gives its full registered name as on the business licence, not a short name.') }];
    }
    return [];
  },

  'S-NATURE-MATCH': (input) => {
    const name = textOf(input.subject.unitName) || (input.nature === 'individual' ? textOf(input.subject.principal?.name) : '');
    const nature = input.nature;
    if (!name || !nature) return [];
    const path = 'subject.nature';
    const signals = NATURE_KEYWORDS.map((keyword) => ({ keyword, word: containsAny(name, keyword.words) })).filter(({ word }) => word);
    const [signal] = signals;
    if (signal && !signals.some(({ keyword }) => keyword.natures.includes(nature))) {
      const expected = signal.keyword.natures.map(natureLabel).join('或');
      return [{
        path,
        severity: signal.keyword.strong ? 'error' : 'warn',
        message: say(
          `名称含“${signal.word}”，主办单位性质通常应为${expected}，而不是${natureLabel(nature)}。`,
          `The name contains “${signal.word}”, so the nature is usually ${signal.keyword.natures.join(' or ')}, not ${nature}.`,
        ),
      }];
    }
    if (nature !== 'individual' && name.length <= 4 && hasKnownSurname(name) && checkPersonName(name) === undefined) {
      return [{
        path,
        message: say(`“${name}”像是个人姓名：个人主办的网站，性质应选“个人”。`, `“${name}” looks like a person’s name: a site run by a person has the nature 个人.`),
      }];
    }
    return [];
  },

  'S-CERT-TYPE-MATCH': (input) => {
    const { nature, subject } = input;
    if (!nature) return [];
    const number = textOf(subject.unitCertNumber);
    if (nature === 'individual') {
      return number && checkCreditCode(number) === undefined
        ? [{ path: 'subject.unitCertNumber', message: say('个人主办的网站应使用个人证件，不要填写单位的统一社会信用代码：主体性质是否应为单位？', 'A site run by an individual uses a personal document, not a unit’s credit code: should the nature be a unit?') }]
        : [];
    }
    const hits: RuleHit[] = [];
    const type = subject.unitCertType;
    const allowed = CERT_TYPES_FOR_NATURE[nature];
    // A nature the platform does not have is another rule's finding.
    if (type && allowed && !allowed.includes(type)) {
      const fitting = allowed.map((code) => labelOf(UNIT_CERT_TYPES, code)).join('、');
      hits.push({
        path: 'subject.unitCertType',
        message: say(`${natureLabel(nature)}的单位证件应为${fitting}，不是${labelOf(UNIT_CERT_TYPES, type)}。`, `A ${nature} files with ${allowed.join(', ')}, not ${type}.`),
      });
    }
    if (number && checkResidentId(number) === undefined) {
      hits.push({
        path: 'subject.unitCertNumber',
        message: say('单位证件号码填成了个人身份证号：应填营业执照（统一社会信用代码）或组织机构代码。', 'The unit certificate number is a personal ID number: give the credit code or organisation code.'),
      });
    }
    return hits;
  },
};
