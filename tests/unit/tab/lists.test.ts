import { describe, expect, it } from 'vitest';
import type { WebsiteList } from '@/lib/fill/lists';
import type { Client } from '@/lib/model/profile';
import { sampleClients } from '@/lib/model/sample';
import { clientsWithListedFilings, listCaptureRows, listedWebsites } from '@/lib/tab/lists';
import { sampleImageRefs } from '../../helpers/sample-images';

const book = sampleClients(sampleImageRefs()) as Client[];
const company = book[0]!;
const [site, shop] = company.websites as [Client['websites'][number], Client['websites'][number]];

describe('what a list says of each website’s filing', () => {
  it.each<[string, WebsiteList, string | undefined, object]>([
    ['the 审核中网站 tab', { tab: '审核中网站', rows: [{ name: '青梧商城', domain: 'https://www.qingwushop.com/', appliedOn: '2026-11-25 10:02:11' }] }, undefined, { domain: 'qingwushop.com', filing: { status: 'reviewing', appliedOn: '2026-11-25' } }],
    ['a status column over its tab', { tab: '审核中网站', rows: [{ domain: 'qingwushop.com', status: '审核不通过' }] }, undefined, { filing: { status: 'returned' } }],
    ['the 已备案网站 page, its number within the footer text', { rows: [{ name: '青梧科技官网', recordNumber: '浙公网安备33010602012345号', approvedOn: '2024年3月8日' }] }, 'filed', { filing: { status: 'approved', recordNumber: '33010602012345', approvedOn: '2024-03-08' } }],
    ['a list that says nothing of its status', { rows: [{ domain: 'qingwushop.com' }] }, undefined, { filing: {} }],
  ])('reads %s', (_name, list, pageId, expected) => {
    expect(listedWebsites([list], pageId)[0]).toMatchObject(expected);
  });

  it('makes one website of a list’s row and its 备案号代码 block’s row with the same record number', () => {
    const list: WebsiteList = { tab: '已备案网站', rows: [{ name: '青梧科技官网', appliedOn: '2024-03-01', recordNumber: '33010602012345' }] };
    const block: WebsiteList = { tab: '已备案网站', rows: [{ domain: 'qingwutech.cn', recordNumber: '33010602012345' }] };
    expect(listedWebsites([list, block], 'filed')).toEqual([{ name: '青梧科技官网', domain: 'qingwutech.cn', filing: { status: 'approved', recordNumber: '33010602012345', appliedOn: '2024-03-01' } }]);
  });
});

describe('the book’s websites beside the list', () => {
  it('matches by domain, or by a name only one website of the book has, and says what differs', () => {
    const rows = listCaptureRows(
      [
        { domain: 'qingwushop.com', filing: { status: 'reviewing', appliedOn: '2026-11-25' } },
        { name: site.name, filing: { status: 'approved', recordNumber: site.filing.recordNumber } },
        { domain: 'elsewhere.cn', filing: { status: 'approved' } },
      ],
      book,
    );
    expect(rows.map((row) => [row.key, row.match?.websiteId, row.changed])).toEqual([
      ['qingwushop.com', shop.id, true],
      [site.name, site.id, false],
      ['elsewhere.cn', undefined, false],
    ]);
    expect(rows[0]!.match!.inBook).toEqual({ status: 'draft' });
  });

  it('takes no website by a name several websites of the book share', () => {
    const twins = [company, { ...structuredClone(company), id: 'twin', websites: company.websites.map((website) => ({ ...website, id: `${website.id}-twin`, domain: `twin-${website.domain}` })) }];
    expect(listCaptureRows([{ name: shop.name, filing: { status: 'reviewing' } }], twins)[0]).toMatchObject({ ambiguous: true, changed: false });
  });

  it('changes only the websites ticked, and only what the list says', () => {
    const rows = listCaptureRows(
      [
        { domain: 'qingwushop.com', filing: { status: 'reviewing', appliedOn: '2026-11-25' } },
        { domain: 'qingwutech.cn', filing: { status: 'returned' } },
      ],
      book,
    );
    const [changed] = clientsWithListedFilings(rows, new Set(['qingwushop.com']), book, 42);
    expect(changed!.websites[1]!.filing).toEqual({ ...shop.filing, status: 'reviewing', appliedOn: '2026-11-25' });
    expect(changed!.websites[0]!.filing).toEqual(site.filing);
    expect(changed!.updatedAt).toBe(42);
  });
});
