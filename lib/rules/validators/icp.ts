/**
 * 工信部备案号: province short name + ICP备 (filing) or ICP证 (operating licence) + digits + 号,
 * optionally `-n` for the n-th site of the subject: 京ICP备12345678号-1, 京ICP证030173号-1.
 * Several provinces use a second short name on their numbers (蜀, 黔, 滇, 陇); both are accepted.
 */
export const ICP_PROVINCES: Readonly<Record<string, string>> = {
  京: '110000', 津: '120000', 冀: '130000', 晋: '140000', 蒙: '150000', 辽: '210000', 吉: '220000',
  黑: '230000', 沪: '310000', 苏: '320000', 浙: '330000', 皖: '340000', 闽: '350000', 赣: '360000',
  鲁: '370000', 豫: '410000', 鄂: '420000', 湘: '430000', 粤: '440000', 桂: '450000', 琼: '460000',
  渝: '500000', 川: '510000', 蜀: '510000', 贵: '520000', 黔: '520000', 云: '530000', 滇: '530000',
  藏: '540000', 陕: '610000', 甘: '620000', 陇: '620000', 青: '630000', 宁: '640000', 新: '650000',
};

export interface IcpNumber {
  provinceCode: string;
  kind: '备' | '证';
  serial: string;
  siteIndex?: number;
}

export type IcpProblem = 'format' | 'province';

export function parseIcp(raw: string): { icp: IcpNumber } | { problem: IcpProblem } {
  const value = raw.trim().replace(/\s+/g, '');
  const match = /^(.)ICP(备|证)(\d{5,12})号(?:-(\d{1,3}))?$/i.exec(value);
  if (!match) return { problem: 'format' };
  const [, abbreviation, kind, serial, index] = match as unknown as [string, string, '备' | '证', string, string | undefined];
  const provinceCode = ICP_PROVINCES[abbreviation];
  if (!provinceCode) return { problem: 'province' };
  return { icp: { provinceCode, kind, serial, ...(index ? { siteIndex: Number(index) } : {}) } };
}
