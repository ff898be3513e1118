import type { AttachmentRef, Client } from './profile';

/**
 * The sample clients used by the demo and the tests: fictional people and companies, but every
 * value is format-valid (ID numbers and the credit code carry correct check characters, phone
 * area codes match the residence, IPs are public).
 *
 * Scans are images shipped in public/sample/; the caller passes their references, since their
 * ids and sizes are only known once they are stored.
 */
export const SAMPLE_IMAGES = {
  principalFront: 'sample/principal-front.png',
  principalBack: 'sample/principal-back.png',
  liaisonScan: 'sample/liaison-id.png',
  securityScan: 'sample/security-id.png',
  bloggerFront: 'sample/blogger-front.png',
  bloggerBack: 'sample/blogger-back.png',
  topology: 'sample/topology.png',
} as const;
export type SampleImage = keyof typeof SAMPLE_IMAGES;

const SAMPLE_TIME = Date.UTC(2026, 10, 1);

export function sampleCompany(images: Record<SampleImage, AttachmentRef>): Client {
  return {
    id: 'sample-qingwu',
    displayName: '青梧科技',
    tags: ['示例', '企业'],
    notes: '示例客户：一家有两个网站的企业。',
    subject: {
      nature: 'enterprise',
      unitName: '杭州青梧数字科技有限公司',
      unitCertType: 'uscc',
      unitCertNumber: '91330106MA2H7K3LXA',
      supervisor: '林晓峰',
      unitAddress: '浙江省杭州市西湖区文三路90号东部软件园2号楼501室',
      principal: {
        residence: {
          provinceCode: '330000',
          provinceName: '浙江省',
          cityCode: '330100',
          cityName: '杭州市',
          districtCode: '330106',
          districtName: '西湖区',
        },
        residenceDetail: '文三路90号东部软件园2号楼501室',
        name: '林晓峰',
        certType: 'resident-id',
        certNumber: '330106198503121231',
        certExpiry: '2035-03-12',
        certFront: images.principalFront,
        certBack: images.principalBack,
        officePhone: '0571-86781234',
        mobile: '13857112345',
        email: 'linxiaofeng@qingwutech.cn',
        remark: '首次备案',
      },
    },
    websites: [
      {
        id: 'sample-qingwu-site',
        name: '青梧科技官网',
        icpNumber: '浙ICP备2023012345号-1',
        domain: 'qingwutech.cn',
        subdomains: ['www.qingwutech.cn', 'docs.qingwutech.cn'],
        ips: ['47.96.123.45'],
        openedOn: '2023-06-18',
        accessMethod: 'cloud-server',
        accessProvider: { scope: 'domestic', region: '浙江省', name: '阿里云计算有限公司', phone: '0571-85022088', code: '' },
        registrar: { scope: 'domestic', region: '浙江省', name: '阿里云计算有限公司' },
        interactive: false,
        serviceTypes: ['www'],
        controlledGoods: [],
        preapprovals: [],
        qualificationDocs: [],
        languages: ['zh-hans'],
        operating: 'non-operating',
        level: 'level-3',
        serviceCategory: '02',
        techSupport: { name: '杭州青梧数字科技有限公司', phone: '0571-86781234' },
        serverAddress: '浙江省杭州市余杭区文一西路969号',
        serverCount: 2,
        serverPoliceCode: '330100000000',
        topology: images.topology,
        people: {
          security: { sameAsPrincipal: true, name: '', certType: '', certNumber: '', mobile: '', email: '' },
          liaison: {
            sameAsPrincipal: false,
            name: '陈雨桐',
            certType: 'resident-id',
            certNumber: '330106198709210045',
            certScan: images.liaisonScan,
            mobile: '13957198765',
            email: 'chenyutong@qingwutech.cn',
          },
        },
        filing: { status: 'approved', returnedReason: '', recordNumber: '33010602012345', appliedOn: '2024-03-01', approvedOn: '2024-03-08', byAgent: false, reviewTicks: [] },
      },
      {
        id: 'sample-qingwu-shop',
        name: '青梧商城',
        icpNumber: '浙ICP备2023012345号-2',
        domain: 'qingwushop.com',
        subdomains: ['www.qingwushop.com', 'm.qingwushop.com'],
        ips: ['47.96.123.46-47.96.123.50'],
        openedOn: '2025-01-10',
        accessMethod: 'cloud-server',
        accessProvider: { scope: 'domestic', region: '浙江省', name: '阿里云计算有限公司', phone: '0571-85022088', code: '' },
        registrar: { scope: 'domestic', region: '浙江省', name: '阿里云计算有限公司' },
        interactive: true,
        serviceTypes: ['www', 'shopping'],
        controlledGoods: [],
        preapprovals: [],
        qualificationDocs: [],
        languages: ['zh-hans', 'zh-hant'],
        operating: 'operating',
        level: 'level-3',
        serviceCategory: '09',
        techSupport: { name: '杭州青梧数字科技有限公司', phone: '0571-86781234' },
        serverAddress: '浙江省杭州市余杭区文一西路969号',
        serverCount: 4,
        serverPoliceCode: '330100000000',
        people: {
          security: {
            sameAsPrincipal: false,
            name: '沈嘉禾',
            certType: 'resident-id',
            certNumber: '330108199011230113',
            certScan: images.securityScan,
            mobile: '13666612870',
            email: 'shenjiahe@qingwutech.cn',
          },
          liaison: {
            sameAsPrincipal: false,
            name: '陈雨桐',
            certType: 'resident-id',
            certNumber: '330106198709210045',
            certScan: images.liaisonScan,
            mobile: '13957198765',
            email: 'chenyutong@qingwutech.cn',
          },
        },
        filing: { status: 'draft', returnedReason: '', recordNumber: '', appliedOn: '', approvedOn: '', byAgent: false, reviewTicks: [] },
      },
    ],
    createdAt: SAMPLE_TIME,
    updatedAt: SAMPLE_TIME,
  };
}

export function sampleBlogger(images: Record<SampleImage, AttachmentRef>): Client {
  return {
    id: 'sample-zhou',
    displayName: '周若溪（个人博客）',
    tags: ['示例', '个人'],
    notes: '示例客户：一位有个人博客的个人。',
    subject: {
      nature: 'individual',
      unitName: '周若溪',
      unitCertType: '',
      unitCertNumber: '',
      supervisor: '',
      unitAddress: '',
      principal: {
        residence: {
          provinceCode: '440000',
          provinceName: '广东省',
          cityCode: '440300',
          cityName: '深圳市',
          districtCode: '440305',
          districtName: '南山区',
        },
        residenceDetail: '科技园南区高新南七道18号',
        name: '周若溪',
        certType: 'resident-id',
        certNumber: '440305199202150826',
        certExpiry: '2036-02-15',
        certFront: images.bloggerFront,
        certBack: images.bloggerBack,
        officePhone: '0755-26781234',
        mobile: '13682950417',
        email: 'ruoxi@ruoxi-notes.cn',
        remark: '',
      },
    },
    websites: [
      {
        id: 'sample-zhou-blog',
        name: '若溪的技术笔记',
        icpNumber: '粤ICP备2024087654号-1',
        domain: 'ruoxi-notes.cn',
        subdomains: ['www.ruoxi-notes.cn'],
        ips: ['119.29.45.67'],
        openedOn: '2024-05-20',
        accessMethod: 'cloud-server',
        accessProvider: { scope: 'domestic', region: '广东省', name: '腾讯云计算（北京）有限责任公司', phone: '', code: '' },
        registrar: { scope: 'domestic', region: '北京市', name: '北京新网数码信息技术有限公司' },
        interactive: true,
        serviceTypes: ['blog'],
        controlledGoods: [],
        preapprovals: [],
        qualificationDocs: [],
        languages: ['zh-hans'],
        operating: 'non-operating',
        level: 'level-2',
        serviceCategory: '04',
        techSupport: { name: '周若溪', phone: '13682950417' },
        serverAddress: '广东省深圳市南山区',
        serverCount: 1,
        serverPoliceCode: '440300000000',
        people: {
          security: { sameAsPrincipal: true, name: '', certType: '', certNumber: '', mobile: '', email: '' },
          liaison: { sameAsPrincipal: true, name: '', certType: '', certNumber: '', mobile: '', email: '' },
        },
        filing: { status: 'draft', returnedReason: '', recordNumber: '', appliedOn: '', approvedOn: '', byAgent: false, reviewTicks: [] },
      },
    ],
    createdAt: SAMPLE_TIME,
    updatedAt: SAMPLE_TIME,
  };
}

export function sampleClients(images: Record<SampleImage, AttachmentRef>): Client[] {
  return [sampleCompany(images), sampleBlogger(images)];
}
