import { describe, expect, it } from 'vitest';
import { PROVINCE_ABBREVIATIONS, RECORD_LINKS, footerSnippet, footerText } from '@/lib/model/footer';
import type { Client } from '@/lib/model/profile';
import { sampleClients } from '@/lib/model/sample';
import { FooterReadingSchema, checkFooter, type FooterReading } from '@/lib/tab/footer-check';
import { sampleImageRefs } from '../../helpers/sample-images';

const book = sampleClients(sampleImageRefs()) as Client[];
const NUMBER = '33010602012345';
const ICP = '浙ICP备2023012345号-1';
const icpLink = { href: 'https://beian.miit.gov.cn/', text: ICP };

/** A footer as a page shows it: its text, and its links. */
function footer(html: { text: string; links: { href: string; text: string }[] }, host = 'www.qingwutech.cn'): FooterReading {
  return { host, ...html };
}
const codesOf = (reading: FooterReading) => checkFooter(reading, book).checks.map((check) => `${check.ok ? '✓' : '✗'} ${check.code}`);

describe('the footer snippet', () => {
  it.each(Object.entries(PROVINCE_ABBREVIATIONS))('names the province of a number starting %s as %s', (prefix, province) => {
    expect(footerText(`${prefix}010602012345`)).toBe(`${province}公网安备 ${prefix}010602012345号`);
  });

  it.each(['3301060201234', '330106020123456', '99010602012345', '3301060201234X'])('makes no snippet of %s', (number) => {
    expect(footerSnippet(number, 'current')).toBeUndefined();
  });

  it.each(['current', 'classic'] as const)('links the %s form of the record page, and passes the footer check once pasted', (form) => {
    const snippet = footerSnippet(NUMBER, form)!;
    expect(snippet).toContain(`href="${RECORD_LINKS[form](NUMBER)}"`);
    expect(snippet).toContain('>浙公网安备 33010602012345号</a>');
    const href = /href="([^"]+)"/.exec(snippet)![1]!;
    expect(codesOf(footer({ text: `© 2026 青梧科技 ${ICP} 浙公网安备 ${NUMBER}号`, links: [icpLink, { href, text: `浙公网安备 ${NUMBER}号` }] }))).toEqual([
      '✓ record-found',
      '✓ link-ok',
      '✓ in-book',
      '✓ icp-found',
      '✓ icp-link-ok',
    ]);
  });
});

describe('checking a site’s footer', () => {
  it.each<[string, FooterReading, string[]]>([
    ['the text split across elements, read as shown', footer({ text: `浙 公网安备\n${NUMBER}\n号  ${ICP}`, links: [icpLink, { href: RECORD_LINKS.classic(NUMBER), text: '' }] }), ['✓ record-found', '✓ link-ok', '✓ in-book', '✓ icp-found', '✓ icp-link-ok']],
    ['the ICP number in place of the record number', footer({ text: `浙公网安备 ${ICP}`, links: [icpLink] }), ['✗ icp-in-place', '✗ book-differs', '✓ icp-found', '✓ icp-link-ok']],
    ['no 号 after the number', footer({ text: `浙公网安备 ${NUMBER} ${ICP}`, links: [icpLink, { href: RECORD_LINKS.current(NUMBER), text: '' }] }), ['✓ record-found', '✗ missing-hao', '✓ link-ok', '✓ in-book', '✓ icp-found', '✓ icp-link-ok']],
    ['a link to the query page without the number', footer({ text: `浙公网安备 ${NUMBER}号 ${ICP}`, links: [icpLink, { href: 'https://beian.mps.gov.cn/#/query/webSearch', text: '' }] }), ['✓ record-found', '✗ link-without-code', '✓ in-book', '✓ icp-found', '✓ icp-link-ok']],
    ['the classic link without recordcode', footer({ text: `浙公网安备 ${NUMBER}号 ${ICP}`, links: [icpLink, { href: 'http://www.beian.gov.cn/portal/registerSystemInfo', text: '' }] }), ['✓ record-found', '✗ link-without-code', '✓ in-book', '✓ icp-found', '✓ icp-link-ok']],
    ['no link at all, and no ICP number', footer({ text: `浙公网安备 ${NUMBER}号`, links: [] }), ['✓ record-found', '✗ link-missing', '✓ in-book', '✗ icp-missing']],
    ['the wrong province', footer({ text: `京公网安备 ${NUMBER}号 ${ICP}`, links: [icpLink, { href: RECORD_LINKS.current(NUMBER), text: '' }] }), ['✓ record-found', '✗ wrong-province', '✓ link-ok', '✓ in-book', '✓ icp-found', '✓ icp-link-ok']],
    ['13 digits', footer({ text: `浙公网安备 3301060201234号 ${ICP}`, links: [icpLink] }), ['✗ record-malformed', '✗ link-missing', '✗ not-in-book', '✗ book-differs', '✓ icp-found', '✓ icp-link-ok']],
    ['no record number at all', footer({ text: `© 2026 青梧科技 ${ICP}`, links: [icpLink] }), ['✗ record-missing', '✗ book-differs', '✓ icp-found', '✓ icp-link-ok']],
    ['an ICP number without its link', footer({ text: `浙公网安备 ${NUMBER}号 ${ICP}`, links: [{ href: RECORD_LINKS.current(NUMBER), text: '' }] }), ['✓ record-found', '✓ link-ok', '✓ in-book', '✓ icp-found', '✗ icp-link-missing']],
  ])('%s', (_name, reading, expected) => {
    expect(codesOf(reading)).toEqual(expected);
  });

  it('says when the number is another than the book holds for this site, and whose', () => {
    const verdict = checkFooter(footer({ text: `浙公网安备 33010602099999号 ${ICP}`, links: [icpLink, { href: RECORD_LINKS.current('33010602099999'), text: '' }] }), book);
    expect(verdict.checks).toContainEqual({ code: 'book-differs', ok: false, values: ['青梧科技', NUMBER] });
    expect(verdict.checks).toContainEqual({ code: 'not-in-book', ok: false, values: ['33010602099999'] });
  });
});

describe('what the page hands back', () => {
  const reading = { host: 'www.qingwutech.cn', text: '浙公网安备 33010602012345号', links: [{ href: 'https://beian.mps.gov.cn/#/query/webSearch?code=33010602012345', text: '浙公网安备 33010602012345号' }] };

  it('is taken when it has the shape and size a footer has', () => {
    expect(FooterReadingSchema.safeParse(reading).success).toBe(true);
  });

  it.each<[string, unknown]>([
    ['a link of megabytes (a data: address)', { ...reading, links: [{ href: `data:text/plain,${'x'.repeat(5_000)}`, text: '备案' }] }],
    ['thousands of links', { ...reading, links: Array.from({ length: 500 }, () => reading.links[0]) }],
    ['something else altogether', 'beian'],
  ])('is refused when it is %s', (_, value) => {
    expect(FooterReadingSchema.safeParse(value).success).toBe(false);
  });
});
