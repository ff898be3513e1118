import { optionMatches } from '../../lib/fill/text';
import { optionVariants } from './model';

/**
 * What a gallery page must hold once the helper has filled it from the gallery client, by the
 * field keys of the replica's specs, and which report entry speaks for each.
 */
export type Expected = string | boolean | readonly string[] | { scope: string; region: string; name: string };

const person = (role: string, name: string, certNumber: string, scan: string, mobile: string, email: string): Record<string, Expected> => ({
  [`${role}.sameAsPrincipal`]: false,
  [`${role}.name`]: name,
  [`${role}.certType`]: '居民身份证',
  [`${role}.certNumber`]: certNumber,
  [`${role}.certScan`]: [scan],
  [`${role}.mobile`]: mobile,
  [`${role}.email`]: email,
});

export const EXPECTED: Record<string, Expected> = {
  nature: '企业单位',
  unitName: '杭州青梧数字科技有限公司',
  unitCertType: '统一社会信用代码',
  unitCertNumber: '91330106MA2H7K3LXA',
  supervisor: '林晓峰',
  'principal.residence': ['浙江省', '杭州市', '西湖区'],
  'principal.residenceDetail': '文三路90号东部软件园2号楼501室',
  'principal.name': '林晓峰',
  'principal.certType': '居民身份证',
  'principal.certNumber': '330106198503121231',
  'principal.certExpiry': '2035-03-12',
  'principal.cert': ['principal-front.png', 'principal-back.png'],
  'principal.officePhone': '0571-86781234',
  'principal.mobile': '13857112345',
  'principal.smsCode': '',
  'principal.email': 'linxiaofeng@qingwutech.cn',
  'principal.remark': '首次备案',
  name: '青梧商城',
  icpNumber: '浙ICP备2023012345号-2',
  domain: 'qingwushop.com',
  subdomains: ['www.qingwushop.com', 'm.qingwushop.com'],
  ips: ['47.96.123.46', '47.96.123.50'],
  openedOn: '2025-01-10',
  accessMethod: '云服务器',
  accessProvider: { scope: '境内', region: '浙江省', name: '阿里云计算有限公司' },
  registrar: { scope: '境外', region: '美国', name: 'GoDaddy.com, LLC' },
  interactive: '是',
  serviceTypes: ['www服务', '论坛/bbs', '网络购物'],
  hasControlled: '否',
  hasPreapproval: '是',
  preapprovals: ['新闻', '教育'],
  qualificationDocs: ['qualification.png'],
  languages: ['中文简体', '中文繁体'],
  operating: '经营性',
  level: '三级',
  serviceCategory: '09 交易类网站',
  'techSupport.name': '杭州青梧数字科技有限公司',
  'techSupport.phone': '0571-86781234',
  serverAddress: '浙江省杭州市余杭区文一西路969号',
  serverCount: '4',
  serverPoliceCode: '330100000000',
  topology: ['topology.png'],
  ...person('security', '沈嘉禾', '330108199011230113', 'security-id.png', '13666612870', 'shenjiahe@qingwutech.cn'),
  ...person('liaison', '陈雨桐', '330106198709210045', 'liaison-id.png', '13957198765', 'chenyutong@qingwutech.cn'),
  ...person('opinionGuide', '王思远', '330102199305060019', 'guide-id.png', '13588001234', 'wangsiyuan@qingwutech.cn'),
};

/** Fields the helper must leave as they are: the page's own codes. */
export const UNTOUCHED = new Set(['principal.smsCode']);

/** The report entry (fill path) that speaks for each gallery field. */
export function reportPath(key: string): string {
  const people = /^(security|liaison|opinionGuide)\.(\w+)$/.exec(key);
  if (people) return `website.people.${people[1]}.${people[2] === 'certScan' ? 'certScans' : people[2]}`;
  const special: Record<string, string> = {
    'principal.cert': 'subject.principal.certScans',
    hasControlled: 'website.hasControlledGoods',
    hasPreapproval: 'website.hasPreapprovals',
  };
  if (special[key]) return special[key];
  if (['nature', 'unitName', 'unitCertType', 'unitCertNumber', 'supervisor'].includes(key) || key.startsWith('principal.')) return `subject.${key}`;
  return `website.${key}`;
}

/** An option, in any wording the rendering may show it in; typed text, exactly. */
const same = (shown: unknown, wanted: string, choice: boolean) =>
  typeof shown === 'string' && (choice ? optionVariants(wanted).some((variant) => optionMatches(shown, variant)) : shown.trim() === wanted);

const CHOICES = new Set(['select', 'radio', 'checkboxes', 'region']);

/** Whether what the page holds is what the profile says, allowing the option wordings the rendering used. */
export function holds(shown: unknown, expected: Expected, control: string): boolean {
  const choice = CHOICES.has(control);
  if (typeof expected === 'boolean') return shown === expected;
  if (typeof expected === 'string') return same(shown, expected, choice);
  if (Array.isArray(expected)) {
    const list = Array.isArray(shown) ? (shown as unknown[]) : [];
    return list.length === expected.length && expected.every((wanted) => list.some((item) => same(item, wanted, choice)));
  }
  const provider = expected as { scope: string; region: string; name: string };
  const value = (shown ?? {}) as Record<string, unknown>;
  return same(value.scope, provider.scope, true) && same(value.region, provider.region, true) && value.name === provider.name;
}
