import { SCAN_LIMITS } from '../../model/attachments';
import { ROLE_NAMES, isBlank, isDemanded, ownPeopleOf, say } from '../helpers';
import type { RuleCheck, RuleHit } from '../types';
import { checkPersonName } from '../validators/person-name';
import { scanSizeHits } from './scan-size';
import { emailMessage, mobileMessage, personDocumentMessage } from './shared-messages';

const PERSON_SCAN_LIMIT = SCAN_LIMITS.person;

const REQUIRED_FIELDS: [string, string, string][] = [
  ['name', '姓名', 'name'],
  ['certType', '证件类型', 'document type'],
  ['certNumber', '证件号码', 'document number'],
  ['certScan', '证件扫描件', 'document scan'],
  ['mobile', '手机号码', 'mobile'],
  ['email', '电子邮件地址', 'e-mail'],
];

const NAME_PROBLEMS = {
  placeholder: say('不是真实姓名：请填写身份证件上的姓名全称。', 'Not a real name: give the full name on the document.'),
  title: say('不得填“王先生”“李小姐”之类的称呼：请填写姓名全称。', 'No forms of address like 王先生 or 李小姐: give the full name.'),
  digits: say('姓名中不得带数字。', 'No digits in a name.'),
  latin: say('姓名中不得带字母（持护照或外国人永久居留证的外籍人士除外，请先选对证件类型）。', 'No Latin letters in a name (except a foreigner on a passport or permanent-residence card: choose that document type first).'),
  symbols: say('姓名中有不该出现的符号（少数民族姓名可用间隔号“·”）。', 'The name holds stray symbols (minority names may use the middle dot “·”).'),
  'too-short': say('姓名不完整：请填写全称。', 'The name is incomplete: give the full name.'),
  'too-long': say('姓名过长：是否把其他内容填进了姓名？', 'The name is too long: did something else end up in it?'),
  'unknown-surname': say('姓氏不在常见姓氏中，请确认是证件上的全名（藏族等少数民族姓名没有姓氏，属正常）。', 'The surname is not a common one: check it is the full name on the document (Tibetan and some other names have no surname, which is fine).'),
} as const;

/** 网站安全负责人 / 网站信息联络人 / 舆情引导员 that are persons of their own (guide §第三步). */
export const peopleRules: Record<string, RuleCheck> = {
  'P-REQUIRED': (input) =>
    ownPeopleOf(input).flatMap(({ person, role, path }) =>
      REQUIRED_FIELDS.flatMap(([key, zh, en]): RuleHit[] => {
        const value = person[key as keyof typeof person];
        if (!isDemanded(input, value) || !isBlank(value)) return [];
        const roleName = ROLE_NAMES[role];
        return [{
          path: `${path}.${key}`,
          message: say(`请填写${roleName.zh}的${zh}，或勾选“同主体负责人信息”。`, `Fill in the ${roleName.en}’s ${en}, or tick “same as the principal”.`),
        }];
      }),
    ),

  'P-NAME-REAL': (input) =>
    ownPeopleOf(input).flatMap(({ person, path }): RuleHit[] => {
      const name = person.name?.trim();
      if (!name) return [];
      const foreignAllowed = person.certType === 'passport' || person.certType === 'foreigner-permanent-id';
      const problem = checkPersonName(name, { foreignAllowed });
      if (!problem) return [];
      return [{ path: `${path}.name`, message: NAME_PROBLEMS[problem], ...(problem === 'unknown-surname' ? { severity: 'warn' as const } : {}) }];
    }),

  'P-CERT-IMG-SIZE': (input) =>
    ownPeopleOf(input).flatMap(({ person, path }) => scanSizeHits(person.certScan, `${path}.certScan`, PERSON_SCAN_LIMIT)),

  'P-CERT-NO-FORMAT': (input) =>
    ownPeopleOf(input).flatMap(({ person, path }): RuleHit[] => {
      const message = personDocumentMessage(person, input.today);
      return message ? [{ path: `${path}.certNumber`, message }] : [];
    }),

  'P-MOBILE': (input) =>
    ownPeopleOf(input).flatMap(({ person, path }): RuleHit[] => {
      const message = mobileMessage(person.mobile);
      return message ? [{ path: `${path}.mobile`, message }] : [];
    }),

  'P-EMAIL': (input) =>
    ownPeopleOf(input).flatMap(({ person, path }): RuleHit[] => {
      const message = emailMessage(person.email);
      return message ? [{ path: `${path}.email`, message }] : [];
    }),
};
