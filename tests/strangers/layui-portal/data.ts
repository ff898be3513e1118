import { areaList } from '@vant/area-data';

/** Server-side tables: regions (from @vant/area-data), countries, service providers. */
export interface Item {
  code: string;
  name: string;
}

const entries = (table: Record<string, string>) => Object.entries(table).map(([code, name]) => ({ code, name }));

export function areaChildren(parent: string): Item[] {
  if (!parent || parent === '0') return entries(areaList.province_list);
  if (/^\d\d0000$/.test(parent)) return entries(areaList.city_list).filter((item) => item.code.startsWith(parent.slice(0, 2)));
  if (/^\d{4}00$/.test(parent)) return entries(areaList.county_list).filter((item) => item.code.startsWith(parent.slice(0, 4)));
  return [];
}

export const COUNTRIES: Item[] = [
  { code: 'US', name: '美国' },
  { code: 'JP', name: '日本' },
  { code: 'SG', name: '新加坡' },
  { code: 'KR', name: '韩国' },
  { code: 'DE', name: '德国' },
  { code: 'GB', name: '英国' },
  { code: 'CA', name: '加拿大' },
];

/** 接入服务商 (jr) and 域名注册服务商 (ym), by province code or country code. */
const ISP: Record<'jr' | 'ym', Record<string, string[]>> = {
  jr: {
    '330000': ['阿里云计算有限公司', '中国电信股份有限公司浙江分公司', '杭州网易雷火科技有限公司'],
    '440000': ['腾讯云计算（北京）有限责任公司', '深圳市腾讯计算机系统有限公司', '中国电信股份有限公司广东分公司', '华为云计算技术有限公司'],
    '110000': ['北京新网数码信息技术有限公司', '北京百度网讯科技有限公司', '北京金山云网络技术有限公司', '世纪互联数据中心有限公司'],
    US: ['Amazon Web Services, Inc.', 'Microsoft Corporation', 'Cloudflare, Inc.'],
    JP: ['Sakura Internet Inc.', 'GMO Internet Group, Inc.'],
    SG: ['Alibaba Cloud (Singapore) Private Limited', 'DigitalOcean, LLC'],
  },
  ym: {
    '330000': ['阿里云计算有限公司', '杭州电商互联科技有限公司', '浙江贰贰网络有限公司'],
    '440000': ['腾讯云计算（北京）有限责任公司', '广东时代互联科技有限公司', '深圳市互联先锋科技有限公司'],
    '110000': ['北京新网数码信息技术有限公司', '北京中科三方网络技术有限公司', '北京新网互联科技有限公司', '北京百度网讯科技有限公司'],
    US: ['Namecheap, Inc.', 'Tucows Domains Inc.', 'MarkMonitor Inc.'],
    JP: ['GMO Internet Group, Inc.'],
    SG: ['Alibaba Cloud (Singapore) Private Limited'],
  },
};

/** Provinces not in the table get the three carriers' local branches. */
export function ispList(type: 'jr' | 'ym', region: string): Item[] {
  let names = ISP[type][region];
  if (!names) {
    const province = areaList.province_list[region];
    if (!province) names = [];
    else {
      const short = province.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
      names = [`中国电信股份有限公司${short}分公司`, `中国联合网络通信有限公司${short}分公司`, `中国移动通信集团${short}有限公司`];
    }
  }
  return names.map((name, index) => ({ code: `${type.toUpperCase()}${region}${String(index + 1).padStart(3, '0')}`, name }));
}
