/**
 * The record number shown on the site (guide step 7): after approval, the bottom of the home page
 * carries the badge, the text <省简称>公网安备 <14 digits>号, and a link to the platform's public
 * record page. The province is the number's first two digits (GB/T 2260).
 */
export const PROVINCE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  '11': '京', '12': '津', '13': '冀', '14': '晋', '15': '蒙',
  '21': '辽', '22': '吉', '23': '黑',
  '31': '沪', '32': '苏', '33': '浙', '34': '皖', '35': '闽', '36': '赣', '37': '鲁',
  '41': '豫', '42': '鄂', '43': '湘', '44': '粤', '45': '桂', '46': '琼',
  '50': '渝', '51': '川', '52': '贵', '53': '云', '54': '藏',
  '61': '陕', '62': '甘', '63': '青', '64': '宁', '65': '新',
  '71': '台', '81': '港', '82': '澳',
};

/** The platform's public record page, in the current platform's form and the classic one. */
export const RECORD_LINKS = {
  current: (number: string) => `https://beian.mps.gov.cn/#/query/webSearch?code=${number}`,
  classic: (number: string) => `http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=${number}`,
} as const;
export type RecordLinkForm = keyof typeof RECORD_LINKS;

/** The badge shipped with the extension (our own drawing), for the person to put on their site beside the snippet. */
export const BADGE_FILE = 'beian-badge.svg' as const;

const RECORD_NUMBER = /^\d{14}$/;

export function provinceOf(recordNumber: string): string | undefined {
  return PROVINCE_ABBREVIATIONS[recordNumber.slice(0, 2)];
}

/** 浙公网安备 33010602012345号; none for a number that is not 14 digits of a known province. */
export function footerText(recordNumber: string): string | undefined {
  const province = RECORD_NUMBER.test(recordNumber) ? provinceOf(recordNumber) : undefined;
  return province ? `${province}公网安备 ${recordNumber}号` : undefined;
}

/** The HTML to paste at the bottom of the home page: the badge (uploaded beside the page as `badgeSrc`) and the text, linked to the record page. */
export function footerSnippet(recordNumber: string, form: RecordLinkForm, badgeSrc: string = BADGE_FILE): string | undefined {
  const text = footerText(recordNumber);
  if (!text) return undefined;
  const src = badgeSrc.replace(/[^\w./:-]/g, '');
  return `<a href="${RECORD_LINKS[form](recordNumber)}" target="_blank" rel="noreferrer" style="display:inline-flex;align-items:center;gap:4px;color:inherit;text-decoration:none"><img src="${src}" alt="" width="18" height="20">${text}</a>`;
}
