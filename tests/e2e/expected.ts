import { expect } from '@playwright/test';

/**
 * What the platform must receive when the hand-filled flows of both renderings complete: the
 * same person typing the same values into either rendering gets the same submission.
 */
const scan = (name: string) => ({ name, type: 'image/png', size: expect.any(Number) });

export const expectedSubject = {
  nature: '企业单位',
  unitName: '杭州青梧数字科技有限公司',
  unitCertType: '统一社会信用代码',
  unitCertNumber: '91330106MA2H7K3LXA',
  supervisor: '林晓峰',
  'principal.residence': { provinceCode: '330000', provinceName: '浙江省', cityCode: '330100', cityName: '杭州市', districtCode: '330106', districtName: '西湖区' },
  'principal.residenceDetail': '文三路90号东部软件园2号楼501室',
  'principal.name': '林晓峰',
  'principal.certType': '居民身份证',
  'principal.certNumber': '330106198503121231',
  'principal.cert': [scan('principal-front.png'), scan('principal-back.png')],
  'principal.officePhone': '0571-86781234',
  'principal.mobile': '13857112345',
  'principal.email': 'linxiaofeng@qingwutech.cn',
  'principal.remark': '首次备案',
};

export const expectedWebsite = {
  name: '青梧科技官网',
  icpNumber: '浙ICP备2023012345号-1',
  domain: 'qingwutech.cn',
  subdomains: ['www.qingwutech.cn', 'docs.qingwutech.cn'],
  ips: ['47.96.123.45'],
  accessMethod: '云服务器',
  accessProvider: { scope: '境内', region: '浙江省', name: '阿里云计算有限公司' },
  registrar: { scope: '境外', region: '美国', name: 'GoDaddy.com, LLC' },
  interactive: '是',
  serviceTypes: ['www服务', '论坛/bbs'],
  hasPreapproval: '是',
  preapprovals: ['教育'],
  qualificationDocs: scan('topology.png'),
  languages: ['中文繁体'],
  operating: '非经营性',
  level: '二级',
  serviceCategory: '03 论坛类网站',
  'techSupport.name': '杭州青梧数字科技有限公司',
  serverCount: '2',
  'security.sameAsPrincipal': false,
  'security.name': '沈嘉禾',
  'security.certType': '居民身份证',
  'security.certNumber': '330108199011230113',
  'security.certScan': scan('security-id.png'),
  'security.mobile': '13666612870',
  'security.email': 'shenjiahe@qingwutech.cn',
  'liaison.sameAsPrincipal': true,
};
