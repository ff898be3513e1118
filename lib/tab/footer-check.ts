import * as z from 'zod';
import { checkRecordNumber } from '../rules/validators/record-number';
import { provinceOf } from '../model/footer';
import type { Client } from '../model/profile';

/**
 * Whether a site's home page shows its 公安备案号 as guide step 7 wants (F-RECORD-NO, F-FOOTER):
 * the text <省简称>公网安备 <14 digits>号, linked to the platform's record page for that number, a
 * number the book knows for this site, and the ICP number beside it linking to beian.miit.gov.cn.
 * Judged on what the page shows: its text (split across elements or not) and its links.
 */
export const FooterReadingSchema = z.object({
  host: z.string().max(253),
  /** The page's text as shown, the end of it (where footers are). */
  text: z.string().max(20_000),
  links: z.array(z.object({ href: z.string().max(2_000), text: z.string().max(200) })).max(200),
});
export type FooterReading = z.infer<typeof FooterReadingSchema>;

export type FooterCheckCode =
  | 'record-found'
  | 'record-missing'
  | 'icp-in-place'
  | 'record-malformed'
  | 'wrong-province'
  | 'missing-hao'
  | 'link-ok'
  | 'link-missing'
  | 'link-without-code'
  | 'link-other-number'
  | 'in-book'
  | 'not-in-book'
  | 'book-differs'
  | 'icp-found'
  | 'icp-missing'
  | 'icp-link-ok'
  | 'icp-link-missing';

export interface FooterCheck {
  code: FooterCheckCode;
  ok: boolean;
  /** Words the message names: the number, the province, the client … */
  values: string[];
}

export interface FooterVerdict {
  recordNumber?: string;
  icpNumber?: string;
  checks: FooterCheck[];
}

const RECORD_TEXT = /(?:([\u4e00-\u9fa5])\s*)?公网安备\s*(\d[\d ]*\d|[^\s号]*?)\s*(号)?(?=\s|$|[^\d\s])/u;
const ICP_TEXT = /([\u4e00-\u9fa5])\s*ICP\s*备\s*(\d{4,12})\s*号(?:\s*-\s*(\d+))?/iu;

/** What a link to the platform's record page names: the current platform's #/query/webSearch?code=, or the classic registerSystemInfo?recordcode=. */
function recordLinkCode(href: string): { platform: boolean; code?: string } {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return { platform: false };
  }
  const host = url.hostname.toLowerCase();
  if (host === 'beian.mps.gov.cn') {
    const query = new URLSearchParams(url.hash.split('?')[1] ?? url.search);
    const code = query.get('code') ?? url.searchParams.get('code') ?? undefined;
    return { platform: true, ...(code ? { code } : {}) };
  }
  if (host === 'www.beian.gov.cn' || host === 'beian.gov.cn') {
    const code = url.searchParams.get('recordcode') ?? undefined;
    return { platform: true, ...(code ? { code } : {}) };
  }
  return { platform: false };
}

const isIcpLink = (href: string) => {
  try {
    return new URL(href).hostname.toLowerCase() === 'beian.miit.gov.cn';
  } catch {
    return false;
  }
};

const bareHost = (host: string) => host.toLowerCase().replace(/^www\./, '');

export function checkFooter(reading: FooterReading, book: readonly Client[]): FooterVerdict {
  const text = reading.text.normalize('NFKC').replace(/\s+/g, ' ');
  const checks: FooterCheck[] = [];
  const say = (code: FooterCheckCode, ok: boolean, ...values: string[]) => checks.push({ code, ok, values });

  const recordMatch = RECORD_TEXT.exec(text);
  const afterRecord = recordMatch ? text.slice(recordMatch.index + recordMatch[0].indexOf('公网安备') + 4) : '';
  const platformLinks = reading.links.map((link) => ({ ...link, ...recordLinkCode(link.href) })).filter((link) => link.platform);
  let recordNumber: string | undefined;

  if (!recordMatch) {
    const linked = platformLinks.find((link) => link.code)?.code;
    if (linked) recordNumber = linked;
    say('record-missing', false);
  } else if (/^\s*[\u4e00-\u9fa5]{0,2}\s*ICP/iu.test(afterRecord)) {
    say('icp-in-place', false);
  } else {
    const digits = (recordMatch[2] ?? '').replace(/\D/g, '');
    recordNumber = digits || undefined;
    if (!digits || checkRecordNumber(digits)) say('record-malformed', false, recordMatch[2] ?? '');
    else {
      say('record-found', true, `${recordMatch[1] ?? ''}公网安备 ${digits}号`);
      const province = provinceOf(digits);
      if (province && recordMatch[1] !== province) say('wrong-province', false, recordMatch[1] ?? '', province);
      if (!recordMatch[3]) say('missing-hao', false);
    }
  }

  if (recordNumber) {
    const exact = platformLinks.find((link) => link.code === recordNumber);
    if (exact) say('link-ok', true, exact.href);
    else if (platformLinks.some((link) => link.code)) say('link-other-number', false, platformLinks.find((link) => link.code)!.code!);
    else if (platformLinks.length) say('link-without-code', false, platformLinks[0]!.href);
    else say('link-missing', false);

    const owner = book.flatMap((client) => client.websites.map((website) => ({ client, website }))).find(({ website }) => website.filing.recordNumber === recordNumber);
    if (owner) say('in-book', true, owner.client.displayName, owner.website.name);
    else say('not-in-book', false, recordNumber);
  }

  const site = book.flatMap((client) => client.websites.map((website) => ({ client, website }))).find(({ website }) => website.domain && bareHost(website.domain) === bareHost(reading.host));
  if (site?.website.filing.recordNumber && site.website.filing.recordNumber !== recordNumber) say('book-differs', false, site.client.displayName, site.website.filing.recordNumber);

  const icp = ICP_TEXT.exec(text);
  const icpNumber = icp ? `${icp[1]}ICP备${icp[2]}号${icp[3] ? `-${icp[3]}` : ''}` : undefined;
  if (icpNumber) {
    say('icp-found', true, icpNumber);
    if (reading.links.some((link) => isIcpLink(link.href))) say('icp-link-ok', true);
    else say('icp-link-missing', false);
  } else say('icp-missing', false);

  return { ...(recordNumber ? { recordNumber } : {}), ...(icpNumber ? { icpNumber } : {}), checks };
}
