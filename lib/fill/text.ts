/**
 * Text as a person reads it: full-width and half-width alike, decoration ignored. Captions and
 * options are compared through these, never byte for byte.
 */

/** NFKC folds full-width letters, digits and punctuation into their usual forms. */
export function cleanText(text: string | null | undefined): string {
  return (text ?? '').normalize('NFKC').replace(/\s+/g, ' ').trim();
}

const DECORATION = /[\s*•·●◆■▪※★☆:;,.!?'"“”‘’、，。；！？《》<>【】\[\]()（）{}|\\/_\-–—~～#＃]/g;

/**
 * A caption as shown, without what surrounds the words: the required star, bullets, the trailing
 * colon, a hint after the colon ("负责人证件：请上传…"), a countdown such as "(10秒)".
 */
export function captionText(text: string | null | undefined): string {
  let caption = cleanText(text).replace(/^[\s*•·●◆■▪※★☆]+/, '');
  const colon = caption.search(/[:：]/);
  if (colon > 0) caption = caption.slice(0, colon);
  return caption.replace(/[(（]\s*\d+\s*秒\s*[)）]\s*$/, '').replace(/[\s:：*]+$/, '').trim();
}

const LEADING_VERB = /^(请您?)?(填写|输入|选择|上传|勾选|录入)/;
const TRAILING_NOUN = /(号码|号|地址|地)$/;

/**
 * A caption or wording reduced to its meaning for matching: lower case, no decoration, no
 * parenthesised hint, no leading 请填写/请选择, no trailing 号码/号/地址/地 — so 手机号 and 手机号码,
 * 电子邮件 and 电子邮件地址, 请填写主域名 and 主域名 meet.
 */
export function canonical(text: string | null | undefined): string {
  const words = captionText(text)
    .toLowerCase()
    .replace(/[(（【[][^)）】\]]*[)）】\]]/g, '')
    .replace(DECORATION, '');
  return words.replace(LEADING_VERB, '').replace(TRAILING_NOUN, '') || words;
}

/** An option's words, for comparing with a profile's wording: case and punctuation aside. */
export function optionKey(text: string | null | undefined): string {
  return cleanText(text).toLowerCase().replace(DECORATION, '');
}

/** A code list's number in front of a label ("03 论坛类网站", "00-www服务"), which some renderings show. */
const LIST_NUMBER = /^\d{1,3}(?=\D)/;
function withoutCode(key: string): string {
  return key.replace(LIST_NUMBER, '');
}

const REGION_SUFFIX = /(特别行政区|自治区|自治州|自治县|地区|省|市|区|县|盟|旗)$/;
/** An aside in brackets after an option's words: 云服务器（云主机）, 其他（列表中没有）. */
const ASIDE = /\s*[(（][^)）]*[)）]\s*$/;

/**
 * True when an option shows the wanted value: the same words, without its list number, without an
 * aside in brackets, or the same place (北京 / 北京市) — or the same list number with its label
 * shortened (09-交易类 for 09 交易类网站).
 */
export function optionMatches(shown: string, wanted: string): boolean {
  const a = optionKey(shown);
  const b = optionKey(wanted);
  if (!a || !b) return false;
  if (a === b || withoutCode(a) === b || a === withoutCode(b)) return true;
  const bare = optionKey(cleanText(shown).replace(ASIDE, ''));
  if (bare && bare !== a && (bare === b || withoutCode(bare) === withoutCode(b))) return true;
  // The same number of the same list, its label worded otherwise (09-交易类, 04-个人主页(社交、微博、博客)).
  const number = LIST_NUMBER.exec(a)?.[0];
  if (number && number.length >= 2 && number === LIST_NUMBER.exec(b)?.[0] && withoutCode(a).length >= 2 && withoutCode(b).length >= 2) return true;
  const placeA = a.replace(REGION_SUFFIX, '');
  return placeA.length > 0 && placeA === b.replace(REGION_SUFFIX, '');
}
