import { PERSON_CERT_TYPES, UNIT_CERT_TYPES, labelOf } from '../../model/codes';
import { checkPersonDocument, checkUnitDocument } from '../validators/documents';
import { checkEmail } from '../validators/email';
import { checkMobile } from '../validators/phone';
import { say } from '../helpers';
import type { LocalText, PersonInput, PrincipalInput } from '../types';

/** Messages shared by the subject's and the people's rules (S-/P-CERT-NO-FORMAT, -MOBILE, -EMAIL). */

const DOCUMENT_PROBLEMS: Record<string, LocalText> = {
  'legacy-15': say('这是 15 位旧身份证号码，已停止使用：请填写 18 位居民身份证号码。', 'This is a 15-digit legacy ID number, no longer valid: give the 18-digit one.'),
  length: say('位数不对。', 'The number has the wrong length.'),
  charset: say('含有不该出现的字符（只应有数字，最后一位可以是 X）。', 'It holds characters that do not belong (digits only, the last may be X).'),
  region: say('开头的地区代码不存在。', 'Its leading region code does not exist.'),
  'birth-date': say('其中的出生日期不是真实日期。', 'The birth date in it is not a real date.'),
  'future-birth': say('其中的出生日期在未来。', 'The birth date in it lies in the future.'),
  'check-digit': say('校验位不对：号码很可能抄错了一位，请对照证件核对。', 'The check character is wrong: a digit was likely mistyped; compare with the document.'),
  'organization-code': say('其中的组织机构代码（第 9–17 位）校验不通过。', 'The organisation code inside it (characters 9–17) fails its check.'),
  pattern: say('不符合该证件的号码格式。', 'It does not match the number format of that document.'),
};

function documentMessage(documentLabel: string, problem: string): LocalText {
  const detail = DOCUMENT_PROBLEMS[problem] ?? DOCUMENT_PROBLEMS.pattern!;
  return say(`${documentLabel}号码有误：${detail.zh}`, `${documentLabel} number: ${detail.en}`);
}

export function personDocumentMessage(holder: PrincipalInput | PersonInput, today: Date): LocalText | undefined {
  const type = holder.certType;
  const number = holder.certNumber?.trim();
  if (!type || !number) return undefined;
  const problem = checkPersonDocument(type, number, today);
  return problem ? documentMessage(labelOf(PERSON_CERT_TYPES, type) ?? type, problem) : undefined;
}

export function unitDocumentMessage(type: string | undefined, number: string | undefined): LocalText | undefined {
  if (!type || !number?.trim()) return undefined;
  const problem = checkUnitDocument(type as Parameters<typeof checkUnitDocument>[0], number);
  return problem ? documentMessage(labelOf(UNIT_CERT_TYPES, type) ?? type, problem) : undefined;
}

export function mobileMessage(value: string | undefined): LocalText | undefined {
  if (!value?.trim()) return undefined;
  const problem = checkMobile(value);
  if (problem === 'separators') return say('手机号码中不要留空格或横线：填 11 位数字。', 'Leave no spaces or dashes in the mobile number: 11 digits.');
  if (problem === 'format') return say('手机号码应为 11 位、以 13–19 开头的大陆号码（可带 +86）。', 'A mobile number is 11 digits starting 13–19 (a +86 prefix is fine).');
  return undefined;
}

export function emailMessage(value: string | undefined): LocalText | undefined {
  if (!value?.trim()) return undefined;
  const problem = checkEmail(value);
  if (problem === 'format') return say('电子邮件地址格式不正确，备案成功通知会发到这里。', 'Not a valid e-mail address; the approval notice is sent here.');
  if (problem === 'domain') return say('电子邮件地址的域名不存在（检查 @ 后面的部分）。', 'The e-mail address’s domain does not exist (check the part after @).');
  return undefined;
}
