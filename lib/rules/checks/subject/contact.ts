import { say } from '../../helpers';
import type { RuleCheck } from '../../types';
import { checkAddressDetail } from '../../validators/address';
import { LONGEST_PHONE, areaCodeMatchesCity, areaCodesOf, isObviouslyFake, parseLandline } from '../../validators/phone';
import { emailMessage, mobileMessage } from '../shared-messages';
import { PRINCIPAL } from './paths';

/** How the platform reaches the principal: the address, the office phone, the mobile and the e-mail. */
export const contactRules: Record<string, RuleCheck> = {
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
