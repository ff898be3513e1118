import { SHEET_COLUMNS } from '../../lib/model/sheet';
import { residentIdCheckChar } from '../../lib/rules/validators/resident-id';

/** The template's headers: the platform's captions, in the export's order. */
export const SHEET_HEADER = SHEET_COLUMNS.map((column) => column.header);

/** A row of the template from cells named by their headers. */
export function sheetRow(cells: Record<string, string>): string[] {
  return SHEET_HEADER.map((header) => cells[header] ?? '');
}

/** A valid 居民身份证 number of its own for each n (up to a million): born on 1980-01-01 plus a day per thousand, the sequence number n's last three digits. */
export function residentIdOf(n: number): string {
  const birth = new Date(Date.UTC(1980, 0, 1) + Math.floor(n / 1000) * 86_400_000).toISOString().slice(0, 10).replace(/-/g, '');
  const first17 = `440305${birth}${String(n % 1000).padStart(3, '0')}`;
  return first17 + residentIdCheckChar(first17);
}

/** The n-th new individual with a website, as an agency types one into the template: every cell a complete row needs, each number unique to n. */
export function personRow(n: number, overrides: Record<string, string> = {}): string[] {
  return sheetRow({
    客户名称: `客户${n}`,
    标签: n % 2 ? '华南' : '华北',
    主办单位性质: '个人',
    负责人常住地: '广东省 深圳市 南山区',
    详细地址: `科技园${n}号`,
    负责人姓名: '张伟',
    负责人证件类型: '居民身份证',
    负责人证件号码: residentIdOf(n),
    证件有效期: '2035/3/7',
    办公室电话: '0755-86001234',
    手机号码: `138${String(n).padStart(8, '0')}`,
    电子邮件地址: `c${n}@example.cn`,
    网站名称: `张伟的笔记${n}`,
    主域名: `notes${n}.cn`,
    网络接入方式: '云服务器',
    接入服务商所属区域: '境内 广东省',
    接入服务商名称: '腾讯云计算（北京）有限责任公司',
    域名服务商所属区域: '境内 北京市',
    域名服务商名称: '阿里云计算有限公司',
    是否提供互联网交互服务: '否',
    ...overrides,
  });
}
