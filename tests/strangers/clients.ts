import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { ClientValues, ScanFile } from './contract';

/**
 * The two clients every blind rendering is filled from, by field key (tests/strangers/FIELDS.md).
 * Choices are written in the wording of ../shared/spec/pages.md (FIELDS.md lists it per field);
 * a rendering may show other words or submit codes, and its state reader translates back.
 * Files are the names of the scans a person picks; `scan(name)` gives their bytes.
 *
 * `company`: a unit with every field, its own security officer, liaison and 舆情引导员, a
 * registrar abroad that no list names (choose 其他, type the name), pre-approval content.
 * `blogger`: a person, whose security officer and liaison are the principal (同主体负责人信息).
 */
export const company: ClientValues = {
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
  'principal.email': 'linxiaofeng@qingwutech.cn',
  'principal.remark': '首次备案',
  name: '青梧商城',
  hasIcp: '是',
  icpNumber: '浙ICP备2023012345号-2',
  hasOwnDomain: '是',
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
  serviceCategory: '交易类网站',
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

export const blogger: ClientValues = {
  nature: '个人',
  unitName: '周若溪',
  'principal.residence': ['广东省', '深圳市', '南山区'],
  'principal.residenceDetail': '科技园南区高新南七道18号',
  'principal.name': '周若溪',
  'principal.certType': '居民身份证',
  'principal.certNumber': '440305199202150826',
  'principal.certExpiry': '2036-02-15',
  'principal.cert': ['blogger-front.png', 'blogger-back.png'],
  'principal.officePhone': '0755-26781234',
  'principal.mobile': '13682950417',
  'principal.email': 'ruoxi@ruoxi-notes.cn',
  name: '若溪的技术笔记',
  hasIcp: '是',
  icpNumber: '粤ICP备2024087654号-1',
  hasOwnDomain: '是',
  domain: 'ruoxi-notes.cn',
  subdomains: ['www.ruoxi-notes.cn'],
  ips: ['119.29.45.67'],
  openedOn: '2024-05-20',
  accessMethod: '云服务器',
  accessProvider: { scope: '境内', region: '广东省', name: '腾讯云计算（北京）有限责任公司' },
  registrar: { scope: '境内', region: '北京市', name: '北京新网数码信息技术有限公司' },
  interactive: '是',
  serviceTypes: ['博客、个人空间'],
  hasControlled: '否',
  hasPreapproval: '否',
  languages: ['中文简体'],
  operating: '非经营性',
  level: '二级',
  serviceCategory: '个人主页（包含社交、微博、博客）类网站',
  'techSupport.name': '周若溪',
  'techSupport.phone': '13682950417',
  serverAddress: '广东省深圳市南山区',
  serverCount: '1',
  serverPoliceCode: '440300000000',
  'security.sameAsPrincipal': true,
  'liaison.sameAsPrincipal': true,
};

export const CLIENTS = { company, blogger } as const;
export type ClientName = keyof typeof CLIENTS;

function person(role: string, name: string, certNumber: string, scan: string, mobile: string, email: string): ClientValues {
  return {
    [`${role}.sameAsPrincipal`]: false,
    [`${role}.name`]: name,
    [`${role}.certType`]: '居民身份证',
    [`${role}.certNumber`]: certNumber,
    [`${role}.cert`]: [scan],
    [`${role}.mobile`]: mobile,
    [`${role}.email`]: email,
  };
}

/** Which picture each scan name is (the sample pictures the extension ships). */
export const SCAN_PICTURES: Readonly<Record<string, string>> = {
  'principal-front.png': 'sample/principal-front.png',
  'principal-back.png': 'sample/principal-back.png',
  'security-id.png': 'sample/security-id.png',
  'liaison-id.png': 'sample/liaison-id.png',
  'guide-id.png': 'sample/blogger-front.png',
  'qualification.png': 'sample/topology.png',
  'topology.png': 'sample/topology.png',
  'blogger-front.png': 'sample/blogger-front.png',
  'blogger-back.png': 'sample/blogger-back.png',
};

export function scan(name: string): ScanFile {
  const picture = SCAN_PICTURES[name];
  if (!picture) throw new Error(`no scan named ${name}`);
  return { name, mimeType: 'image/png', buffer: readFileSync(resolve(import.meta.dirname, '../../public', picture)) };
}
