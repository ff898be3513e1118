/**
 * 详细地址 detail (note ⑥): rural addresses reach the village (村), town addresses the street or
 * road and the door number (路/街/巷/道 … 号) or a mailbox (信箱).
 */
export type AddressProblem = 'only-district' | 'repeats-region' | 'no-number' | 'too-short';

const VILLAGE = /[村屯组]|嘎查/;
const ROAD = /路|街|巷|道|弄|胡同|大道|里|段|条|园区|开发区/;
/** A door number: a digit, then its unit. (Not `\d+…`: on a long run of digits that backtracks.) */
const DOOR_NUMBER = /\d\s*(号|弄|栋|幢|座)/;
const MAILBOX = /信箱/;

/**
 * A road, then a door number after it (文三路90号). In linear time: every character the old
 * pattern skipped between the two (路街巷道弄) is itself a road, so any door number after the
 * first road will do.
 */
function hasStreetNumber(detail: string): boolean {
  const road = ROAD.exec(detail);
  return road !== null && DOOR_NUMBER.test(detail.slice(road.index + road[0].length));
}
const ADMINISTRATIVE_ONLY = /^[\u4e00-\u9fa5]{1,12}(省|市|区|县|旗|镇|乡|街道)$/;

export function checkAddressDetail(raw: string, region: { provinceName?: string; cityName?: string } = {}): AddressProblem | undefined {
  const detail = raw.trim().replace(/\s+/g, '');
  if (detail.length < 5) return 'too-short';
  if (ADMINISTRATIVE_ONLY.test(detail)) return 'only-district';
  const { provinceName, cityName } = region;
  if ((provinceName && detail.startsWith(provinceName)) || (cityName && cityName.length > 2 && detail.startsWith(cityName))) {
    return 'repeats-region';
  }
  if (VILLAGE.test(detail) || MAILBOX.test(detail) || hasStreetNumber(detail)) return undefined;
  return 'no-number';
}
