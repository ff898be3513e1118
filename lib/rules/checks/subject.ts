import { SUBJECT_NATURES, UNIT_CERT_TYPES, isUnitNature, labelOf, type SubjectNature, type UnitCertType } from '../../model/codes';
import { NATURE_KEYWORDS } from '../data/keywords';
import { containsAny, isBlank, isDemanded, say, textOf, websitesOf } from '../helpers';
import type { AttachmentRef } from '../../model/profile';
import type { DeepPartial, RuleCheck, RuleHit } from '../types';
import { checkAddressDetail } from '../validators/address';
import { parseShownDate, startOfDay, yearsBetween, DAY_MS } from '../validators/dates';
import { checkResidentId, parseBirthDate } from '../validators/resident-id';
import { checkCreditCode } from '../validators/credit-code';
import { checkPersonName, hasKnownSurname } from '../validators/person-name';
import { LONGEST_PHONE, areaCodeMatchesCity, areaCodesOf, isObviouslyFake, parseLandline } from '../validators/phone';
import { ACCEPTED_IMAGE_TYPES, MIN_LEGIBLE, SCAN_LIMITS } from '../../model/attachments';
import { emailMessage, mobileMessage, personDocumentMessage, unitDocumentMessage } from './shared-messages';

const PRINCIPAL = 'subject.principal';
const PRINCIPAL_SCAN_LIMIT = SCAN_LIMITS.principal;
/** Review takes working days: a document ending within this many is flagged before it returns the filing. */
const EXPIRY_WARNING_DAYS = 30;
const ADULT_AGE = 18;
/** Below this many bytes per pixel a JPEG is compressed past legibility (a 600×400 scan under ~7 KB). */
const MIN_BYTES_PER_PIXEL = 0.03;

type Scan = DeepPartial<AttachmentRef> | undefined;

function principalScans(input: Parameters<RuleCheck>[0]): [Scan, string, string][] {
  const principal = input.subject.principal ?? {};
  return [
    [principal.certFront, `${PRINCIPAL}.certFront`, '正面'],
    [principal.certBack, `${PRINCIPAL}.certBack`, '反面'],
    [principal.certHandheld, `${PRINCIPAL}.certHandheld`, '手持照'],
  ];
}

export function scanSizeHits(scan: Scan, path: string, limit: number): RuleHit[] {
  if (!scan) return [];
  const hits: RuleHit[] = [];
  const size = scan.size ?? 0;
  if (size > limit) {
    const kb = (size / 1024).toFixed(0);
    const limitKb = limit / 1024;
    hits.push({
      path,
      message: say(`证件图片 ${kb} KB，超过 ${limitKb} KB 的上限：请压缩或重新扫描。`, `The scan is ${kb} KB, over the ${limitKb} KB limit: compress or rescan it.`),
    });
  }
  if (scan.type && !(ACCEPTED_IMAGE_TYPES as readonly string[]).includes(scan.type)) {
    hits.push({
      path,
      message: say(`平台只接受 jpg、png、bmp、gif 图片，这是 ${scan.type}。`, `The platform accepts jpg, png, bmp and gif images only; this is ${scan.type}.`),
    });
  }
  return hits;
}

const REQUIRED_PRINCIPAL_FIELDS: [string, string, string][] = [
  ['residenceDetail', '详细地址', 'detailed address'],
  ['name', '负责人姓名', 'principal’s name'],
  ['certType', '负责人证件类型', 'principal’s document type'],
  ['certNumber', '负责人证件号码', 'principal’s document number'],
  ['officePhone', '办公室电话', 'office phone'],
  ['mobile', '手机号码', 'mobile'],
  ['email', '电子邮件地址', 'e-mail'],
];

const REQUIRED_UNIT_FIELDS: [string, string, string][] = [
  ['unitName', '主办单位名称', 'sponsor name'],
  ['unitCertType', '单位证件类型', 'unit certificate type'],
  ['unitCertNumber', '单位证件号码', 'unit certificate number'],
];

const required = (path: string, zh: string, en: string): RuleHit => ({
  path,
  message: say(`请填写${zh}（必填）。`, `Fill in the ${en} (required).`),
});

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

export const subjectRules: Record<string, RuleCheck> = {
  'S-REQUIRED': (input) => {
    const { subject } = input;
    const hits: RuleHit[] = [];
    if (isDemanded(input, subject.nature) && isBlank(subject.nature)) hits.push(required('subject.nature', '主办单位性质', 'sponsor nature'));
    if (input.nature && isUnitNature(input.nature)) {
      for (const [key, zh, en] of REQUIRED_UNIT_FIELDS) {
        const value = subject[key as keyof typeof subject];
        if (isDemanded(input, value) && isBlank(value)) hits.push(required(`subject.${key}`, zh, en));
      }
    }
    const principal = subject.principal ?? {};
    const residence = principal.residence;
    if (isDemanded(input, residence) && (isBlank(residence?.provinceCode) || isBlank(residence?.cityCode) || isBlank(residence?.districtCode))) {
      hits.push(required(`${PRINCIPAL}.residence`, '负责人常住地（省、市、区都要选）', 'principal’s residence (province, city and district)'));
    }
    for (const [key, zh, en] of REQUIRED_PRINCIPAL_FIELDS) {
      const value = principal[key as keyof typeof principal];
      if (isDemanded(input, value) && isBlank(value)) hits.push(required(`${PRINCIPAL}.${key}`, zh, en));
    }
    if (isDemanded(input, principal.certFront) && !principal.certFront) {
      hits.push(required(`${PRINCIPAL}.certFront`, '负责人证件扫描件（正反面）', 'principal’s document scans (front and back)'));
    }
    return hits;
  },

  'S-CERT-IMG-SIZE': (input) =>
    principalScans(input).flatMap(([scan, path]) => scanSizeHits(scan, path, PRINCIPAL_SCAN_LIMIT)),

  'S-CERT-IMG-CLEAR': (input) =>
    principalScans(input).flatMap(([scan, path, side]): RuleHit[] => {
      if (!scan?.width || !scan.height) return [];
      if (scan.width < MIN_LEGIBLE.width || scan.height < MIN_LEGIBLE.height) {
        return [{
          path,
          message: say(
            `证件${side}图片只有 ${scan.width}×${scan.height} 像素，可能看不清：请用至少 ${MIN_LEGIBLE.width}×${MIN_LEGIBLE.height} 的清晰扫描件。`,
            `The ${side === '正面' ? 'front' : side === '反面' ? 'back' : 'hand-held'} scan is only ${scan.width}×${scan.height} px and may be illegible: use a clear scan of at least ${MIN_LEGIBLE.width}×${MIN_LEGIBLE.height}.`,
          ),
        }];
      }
      const bytesPerPixel = (scan.size ?? 0) / (scan.width * scan.height);
      if (scan.type === 'image/jpeg' && bytesPerPixel < MIN_BYTES_PER_PIXEL) {
        return [{
          path,
          message: say('证件图片压缩过度，文字可能模糊：请用较高质量重新保存。', 'The scan is compressed so hard the text may blur: save it again at a higher quality.'),
        }];
      }
      return [];
    }),

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

  'S-ADDRESS-DETAIL': (input) => {
    const principal = input.subject.principal ?? {};
    const detail = principal.residenceDetail;
    if (!detail?.trim()) return [];
    const problem = checkAddressDetail(detail, principal.residence ?? {});
    const path = `${PRINCIPAL}.residenceDetail`;
    const messages = {
      'too-short': say('详细地址太简略：城镇写到街道门牌号或信箱号，农村写到村。', 'The address is too brief: streets need the door number or mailbox; rural addresses the village.'),
      'only-district': say('详细地址只写到了区县或乡镇：请写到街道门牌号（城镇）或村（农村）。', 'The address stops at the district or town: give the street and number, or the village.'),
      'repeats-region': say('详细地址不要重复已选的省市，从区县以下写起，写到门牌号或村。', 'Do not repeat the chosen province and city; start below them and reach the door number or village.'),
      'no-number': say('详细地址缺少门牌号：城镇地址应写到“某某路/街 + 号”或信箱号，农村写到村。', 'The address lacks a door number: give “road/street + number” or a mailbox, or the village.'),
    } as const;
    return problem ? [{ path, message: messages[problem] }] : [];
  },

  'S-OFFICE-PHONE': (input) => {
    const phone = input.subject.principal?.officePhone;
    // A value too long for any phone is S-PHONE's finding, not a fake number.
    if (!phone?.trim() || phone.length > LONGEST_PHONE) return [];
    const result = parseLandline(phone);
    if ('landline' in result) return [];
    const path = `${PRINCIPAL}.officePhone`;
    const messages = {
      'mobile-instead': say('办公室电话应为固定电话，格式“区号-号码”（例：010-12345625），手机号请填在“手机号码”。', 'The office phone is a landline, “area code-number” (e.g. 010-12345625); the mobile goes in its own field.'),
      format: say('办公室电话格式应为“区号-号码”，如 010-12345625 或 0571-87654321（可加“-分机”）。', 'Write the office phone as “area code-number”, e.g. 010-12345625 or 0571-87654321 (“-extension” allowed).'),
      'unknown-area-code': say('办公室电话的区号不存在，请核对。', 'The office phone’s area code does not exist; check it.'),
      'number-length': say('号码位数不对：三位区号（010、02X）后为 8 位，四位区号后为 7 或 8 位。', 'Wrong number length: 8 digits after 010/02X, 7 or 8 after a four-digit area code.'),
    } as const;
    return [{ path, message: messages[result.problem] }];
  },

  'S-PHONE-AREA': (input) => {
    const principal = input.subject.principal ?? {};
    const cityCode = principal.residence?.cityCode;
    if (!principal.officePhone || !cityCode) return [];
    const result = parseLandline(principal.officePhone);
    if (!('landline' in result)) return [];
    const matches = areaCodeMatchesCity(result.landline.areaCode, cityCode);
    if (matches !== false) return [];
    const city = principal.residence?.cityName || cityCode;
    const expected = areaCodesOf(cityCode).join(' / ');
    return [{
      path: `${PRINCIPAL}.officePhone`,
      message: say(
        `电话区号须与通讯地址相符：${city}的区号是 ${expected}，这里是 ${result.landline.areaCode}。`,
        `The area code must match the address: ${city} is ${expected}, this is ${result.landline.areaCode}.`,
      ),
    }];
  },

  'S-PHONE-FAKE': (input) => {
    const phone = input.subject.principal?.officePhone;
    // A value too long for any phone is S-PHONE's finding, not a fake number.
    if (!phone?.trim() || phone.length > LONGEST_PHONE) return [];
    const result = parseLandline(phone);
    const number = 'landline' in result ? result.landline.number : phone.replace(/\D/g, '').slice(-8);
    return number.length >= 7 && isObviouslyFake(number)
      ? [{ path: `${PRINCIPAL}.officePhone`, message: say(`“${phone.trim()}”是明显不真实的号码，会被退回：请填写能接通的办公电话。`, `“${phone.trim()}” is obviously not a real number and will be returned: give an office phone that answers.`) }]
      : [];
  },

  'S-MOBILE': (input) => {
    const message = mobileMessage(input.subject.principal?.mobile);
    return message ? [{ path: `${PRINCIPAL}.mobile`, message }] : [];
  },

  'S-EMAIL': (input) => {
    const message = emailMessage(input.subject.principal?.email);
    return message ? [{ path: `${PRINCIPAL}.email`, message }] : [];
  },
};
