import { describe, expect, it } from 'vitest';
import { emptyClient } from '@/lib/model/factory';
import { sampleBlogger, sampleCompany } from '@/lib/model/sample';
import { SHEET_COLUMNS, sheetRows } from '@/lib/model/sheet';
import { sampleImageRefs } from '../../helpers/sample-images';

const images = sampleImageRefs();
const cellsOf = (row: readonly string[]) => Object.fromEntries(SHEET_COLUMNS.map((column, index) => [column.header, row[index]]));

describe('the book as a spreadsheet', () => {
  it('has one row per website, in the platform’s words under the platform’s captions', () => {
    const rows = sheetRows(sampleCompany(images));
    expect(rows).toHaveLength(2);
    const [site, shop] = rows.map(cellsOf);
    expect(site).toMatchObject({
      客户名称: '青梧科技',
      主办单位性质: '企业单位',
      单位证件类型: '统一社会信用代码',
      负责人常住地: '浙江省 杭州市 西湖区',
      负责人证件类型: '居民身份证',
      网站名称: '青梧科技官网',
      主域名: 'qingwutech.cn',
      子域名: 'www.qingwutech.cn、docs.qingwutech.cn',
      接入服务商所属区域: '境内 浙江省',
      是否提供互联网交互服务: '否',
      网站安全负责人同主体负责人: '是',
    });
    expect(site!['备案状态']).toBe('已备案');
    expect(shop!['备案状态']).toBe('草稿');
    expect(shop!['主域名']).toBe('qingwushop.com');
    expect(shop!['网站信息联络人姓名']).toBe('陈雨桐');
  });

  it('gives a client without a website a row of its own, its website columns empty', () => {
    const client = { ...emptyClient(), displayName: '新客户' };
    const [row] = sheetRows(client);
    expect(cellsOf(row!)).toMatchObject({ 客户名称: '新客户', 主办单位性质: '个人', 网站名称: '', 主域名: '', 是否提供互联网交互服务: '' });
    expect(sheetRows(sampleBlogger(images))).toHaveLength(1);
  });

  it('has a header for every column, none twice', () => {
    const headers = SHEET_COLUMNS.map((column) => column.header);
    expect(new Set(headers).size).toBe(headers.length);
  });
});
