import type { AttachmentRef, Client } from '../../lib/model/profile';

/**
 * The client every gallery page is filled from: a company with every field of every page filled,
 * its own security officer, liaison and 舆情引导员, a registrar abroad that no picker lists (so the
 * helper must choose 其他 and type the name), pre-approval content with its documents.
 */
export const GALLERY_SCANS = {
  principalFront: 'sample/principal-front.png',
  principalBack: 'sample/principal-back.png',
  securityScan: 'sample/security-id.png',
  liaisonScan: 'sample/liaison-id.png',
  guideScan: 'sample/blogger-front.png',
  qualification: 'sample/topology.png',
  topology: 'sample/topology.png',
} as const;
export type GalleryScan = keyof typeof GALLERY_SCANS;

/** The names the scans are stored under, as the page must receive them. */
export const SCAN_NAMES: Record<GalleryScan, string> = {
  principalFront: 'principal-front.png',
  principalBack: 'principal-back.png',
  securityScan: 'security-id.png',
  liaisonScan: 'liaison-id.png',
  guideScan: 'guide-id.png',
  qualification: 'qualification.png',
  topology: 'topology.png',
};

export const GALLERY_CLIENT_ID = 'gallery-client';
export const GALLERY_WEBSITE_ID = 'gallery-shop';

const person = (name: string, certNumber: string, certScan: AttachmentRef, mobile: string, email: string) => ({
  sameAsPrincipal: false,
  name,
  certType: 'resident-id' as const,
  certNumber,
  certScan,
  mobile,
  email,
});

export function galleryClient(scans: Record<GalleryScan, AttachmentRef>): Client {
  return {
    id: GALLERY_CLIENT_ID,
    displayName: '画廊测试客户',
    tags: ['测试'],
    notes: '',
    subject: {
      nature: 'enterprise',
      unitName: '杭州青梧数字科技有限公司',
      unitCertType: 'uscc',
      unitCertNumber: '91330106MA2H7K3LXA',
      supervisor: '林晓峰',
      unitAddress: '',
      principal: {
        residence: { provinceCode: '330000', provinceName: '浙江省', cityCode: '330100', cityName: '杭州市', districtCode: '330106', districtName: '西湖区' },
        residenceDetail: '文三路90号东部软件园2号楼501室',
        name: '林晓峰',
        certType: 'resident-id',
        certNumber: '330106198503121231',
        certExpiry: '2035-03-12',
        certFront: scans.principalFront,
        certBack: scans.principalBack,
        officePhone: '0571-86781234',
        mobile: '13857112345',
        email: 'linxiaofeng@qingwutech.cn',
        remark: '首次备案',
      },
    },
    websites: [
      {
        id: GALLERY_WEBSITE_ID,
        name: '青梧商城',
        icpNumber: '浙ICP备2023012345号-2',
        domain: 'qingwushop.com',
        subdomains: ['www.qingwushop.com', 'm.qingwushop.com'],
        ips: ['47.96.123.46', '47.96.123.50'],
        openedOn: '2025-01-10',
        accessMethod: 'cloud-server',
        accessProvider: { scope: 'domestic', region: '浙江省', name: '阿里云计算有限公司', phone: '', code: '' },
        registrar: { scope: 'overseas', region: '美国', name: 'GoDaddy.com, LLC' },
        interactive: true,
        serviceTypes: ['www', 'forum', 'shopping'],
        controlledGoods: [],
        preapprovals: ['news', 'education'],
        qualificationDocs: [scans.qualification],
        languages: ['zh-hans', 'zh-hant'],
        operating: 'operating',
        level: 'level-3',
        serviceCategory: '09',
        techSupport: { name: '杭州青梧数字科技有限公司', phone: '0571-86781234' },
        serverAddress: '浙江省杭州市余杭区文一西路969号',
        serverCount: 4,
        serverPoliceCode: '330100000000',
        topology: scans.topology,
        people: {
          security: person('沈嘉禾', '330108199011230113', scans.securityScan, '13666612870', 'shenjiahe@qingwutech.cn'),
          liaison: person('陈雨桐', '330106198709210045', scans.liaisonScan, '13957198765', 'chenyutong@qingwutech.cn'),
          opinionGuide: person('王思远', '330102199305060019', scans.guideScan, '13588001234', 'wangsiyuan@qingwutech.cn'),
        },
        filing: { status: 'draft', returnedReason: '', recordNumber: '', appliedOn: '', approvedOn: '', byAgent: false, reviewTicks: [] },
      },
    ],
    createdAt: Date.UTC(2026, 10, 1),
    updatedAt: Date.UTC(2026, 10, 1),
  };
}
