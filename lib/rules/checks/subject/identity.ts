import { isUnitNature } from '../../../model/codes';
import { containsAny, say, textOf } from '../../helpers';
import type { RuleCheck, RuleHit } from '../../types';
import { parseShownDate, startOfDay, yearsBetween, DAY_MS } from '../../validators/dates';
import { checkResidentId, parseBirthDate } from '../../validators/resident-id';
import { personDocumentMessage, unitDocumentMessage } from '../shared-messages';
import { PRINCIPAL } from './paths';

/** Review takes working days: a document ending within this many is flagged before it returns the filing. */
const EXPIRY_WARNING_DAYS = 30;
const ADULT_AGE = 18;

/** Who answers for the subject: the documents' numbers, the principal's document still valid, the principal of age, the unit's head named. */
export const identityRules: Record<string, RuleCheck> = {
  'S-CERT-NO-FORMAT': (input) => {
    const hits: RuleHit[] = [];
    const principal = input.subject.principal ?? {};
    const personal = personDocumentMessage(principal, input.today);
    if (personal) hits.push({ path: `${PRINCIPAL}.certNumber`, message: personal });
    if (input.nature && isUnitNature(input.nature)) {
      const unit = unitDocumentMessage(input.subject.unitCertType, input.subject.unitCertNumber);
      if (unit) hits.push({ path: 'subject.unitCertNumber', message: unit });
    }
    return hits;
  },

  'S-CERT-EXPIRY': (input) => {
    const expiry = textOf(input.subject.principal?.certExpiry);
    const until = parseShownDate(expiry);
    if (!until) return [];
    const path = `${PRINCIPAL}.certExpiry`;
    const daysLeft = Math.floor((until.getTime() - startOfDay(input.today)) / DAY_MS);
    if (daysLeft < 0) {
      return [{ path, message: say(`负责人证件已于 ${expiry} 过期：请先换领证件，用新证件的号码、有效期和扫描件备案。`, `The principal’s document expired on ${expiry}: renew it first and file with the new document’s number, date and scans.`) }];
    }
    if (daysLeft <= EXPIRY_WARNING_DAYS) {
      return [
        {
          path,
          severity: 'warn',
          message: say(`负责人证件 ${daysLeft} 天后（${expiry}）到期：审核要几个工作日，证件过期会被退回，建议先换领证件。`, `The principal’s document expires in ${daysLeft} days (${expiry}): review takes working days and an expired document returns the filing; renew it first.`),
        },
      ];
    }
    return [];
  },

  'S-PRINCIPAL-ADULT': (input) => {
    const principal = input.subject.principal ?? {};
    if (principal.certType !== undefined && principal.certType !== 'resident-id') return [];
    const number = textOf(principal.certNumber).toUpperCase();
    if (checkResidentId(number, input.today)) return [];
    const birth = parseBirthDate(number.slice(6, 14))!;
    const age = yearsBetween(birth, input.today);
    if (age >= ADULT_AGE) return [];
    return [
      {
        path: `${PRINCIPAL}.certNumber`,
        message: say(`按身份证号码，负责人今天 ${age} 岁，未满 18 周岁：未成年人不能作为网站负责人，这样的备案多半会被退回。`, `By the ID number the principal is ${age} today, under 18: a minor cannot be the responsible person, and such a filing is very likely returned.`),
      },
    ];
  },

  'S-SUPERVISOR': (input) => {
    if (!input.nature || !isUnitNature(input.nature) || input.nature === 'overseas') return [];
    const supervisor = input.subject.supervisor;
    if (supervisor === undefined) return [];
    const path = 'subject.supervisor';
    const value = supervisor.trim();
    if (!value) {
      return [{ path, message: say('投资或主管单位：请填写法人姓名或单位最高负责人姓名。', 'Investor or supervising unit: give the legal representative’s or the unit head’s name.') }];
    }
    if (value === textOf(input.subject.unitName) || containsAny(value, ['公司', '集团', '有限', '局', '委员会', '学校', '协会'])) {
      return [{ path, message: say('投资或主管单位应填一个人的姓名（法人或单位最高负责人），不是单位名称。', 'Give a person’s name here (the legal representative or the unit head), not a unit’s name.') }];
    }
    return [];
  },
};
