import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { resolve } from 'node:path';
import { areaList } from '@vant/area-data';
import type { Rendering, StrangerKit } from '../contract';

/**
 * 全国公安机关互联网站安全服务平台 (beian.mps.gov.cn) — 个人中心, as a Vue 3 + Arco Design Vue SPA
 * served under /web/ with hash routes, and the small back end its pages call (/portal-api/...).
 */
const HERE = import.meta.dirname;

const ASSETS: Record<string, string> = {
  '/web/assets/vue.global.prod.js': 'vue/dist/vue.global.prod.js',
  '/web/assets/arco-vue.min.js': '@arco-design/web-vue/dist/arco-vue.min.js',
  '/web/assets/arco-vue-icon.min.js': '@arco-design/web-vue/dist/arco-vue-icon.min.js',
  '/web/assets/arco.min.css': '@arco-design/web-vue/dist/arco.min.css',
};

interface Isp {
  id: string;
  name: string;
}

/** 服务商字典：type 1 = 网络接入服务商，2 = 域名注册服务商；key = 省级行政区划代码或国家代码。 */
const ISP: Record<'1' | '2', Record<string, string[]>> = {
  '1': {
    '110000': ['北京光环新网科技股份有限公司', '北京新网数码信息技术有限公司', '北京百度网讯科技有限公司', '世纪互联数据中心有限公司'],
    '310000': ['优刻得科技股份有限公司', '中国电信股份有限公司上海分公司'],
    '320000': ['中国电信股份有限公司江苏分公司', '江苏邦宁科技有限公司'],
    '330000': ['阿里云计算有限公司', '中国电信股份有限公司浙江分公司', '华数云科技有限公司'],
    '350000': ['厦门三五互联科技股份有限公司', '中国电信股份有限公司福建分公司'],
    '440000': ['腾讯云计算（北京）有限责任公司', '中国电信股份有限公司广东分公司', '广东睿江云计算股份有限公司'],
    US: ['Amazon Web Services, Inc.', 'Google LLC', 'Microsoft Corporation'],
    JP: ['GMO Internet Group, Inc.', 'Sakura Internet Inc.'],
    SG: ['Alibaba Cloud (Singapore) Private Limited', 'Amazon Web Services Singapore Private Limited'],
  },
  '2': {
    '110000': ['北京新网数码信息技术有限公司', '北京万网志成科技有限公司', '北京中科三方网络技术有限公司'],
    '330000': ['阿里云计算有限公司', '杭州爱名网络有限公司', '浙江贰贰网络有限公司'],
    '350000': ['厦门易名科技股份有限公司', '厦门三五互联科技股份有限公司', '厦门纳网科技股份有限公司'],
    '440000': ['腾讯云计算（北京）有限责任公司', '广州云讯信息科技有限公司', '广东互易网络知识产权有限公司'],
    US: ['NameCheap, Inc.', 'Cloudflare, Inc.', 'Network Solutions, LLC'],
    JP: ['GMO Internet Group, Inc.'],
    DE: ['IONOS SE'],
  },
};

const COUNTRIES: [string, string][] = [
  ['US', '美国'],
  ['JP', '日本'],
  ['SG', '新加坡'],
  ['KR', '韩国'],
  ['DE', '德国'],
  ['GB', '英国'],
  ['CA', '加拿大'],
];

/** 账号已登记的开办主体（审核通过），网站申请第一步与“同主体负责人信息”由此取数。 */
const CURRENT_SUBJECT = {
  id: 'ZT2024061800317',
  natureName: '企业单位',
  unitName: '浙江禾川信息技术有限公司',
  status: '审核通过',
  createdAt: '2024-06-18',
  principal: {
    name: '郑海明',
    certType: '11',
    certTypeName: '居民身份证',
    certNumber: '330105197808150417',
    cert: [
      { uid: 'F202406180001', name: 'fzr-zm.png', fileId: 'F202406180001' },
      { uid: 'F202406180002', name: 'fzr-fm.png', fileId: 'F202406180002' },
    ],
    officePhone: '0571-88216630',
    mobile: '13905710826',
    email: 'zhenghm@hechuan-info.cn',
    address: '浙江省杭州市拱墅区莫干山路188号白马大厦11楼',
    remark: '',
  },
};

const uploads = new Map<string, { name: string; type: string; data: Buffer }>();

const wait = () => new Promise((done) => setTimeout(done, 100 + Math.floor(Math.random() * 300)));

function ok(res: ServerResponse, kit: StrangerKit, data: unknown): void {
  kit.send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ code: 200, msg: '操作成功', data }));
}

function regions(parent: string): { code: string; name: string; leaf: boolean }[] {
  const { province_list: provinces, city_list: cities, county_list: counties } = areaList;
  const children = (table: Record<string, string>, prefix: string) => Object.entries(table).filter(([code]) => code.startsWith(prefix));
  if (parent === '0') return Object.entries(provinces).map(([code, name]) => ({ code, name, leaf: false }));
  if (parent.endsWith('0000')) {
    return children(cities, parent.slice(0, 2)).map(([code, name]) => ({ code, name, leaf: children(counties, code.slice(0, 4)).length === 0 }));
  }
  return children(counties, parent.slice(0, 4)).map(([code, name]) => ({ code, name, leaf: true }));
}

function providers(type: string, region: string): Isp[] {
  const table = type === '2' ? ISP['2'] : ISP['1'];
  const names = table[region] ?? [];
  const prefix = `${type === '2' ? 'D' : 'A'}${region}`;
  return [...names.map((name, index) => ({ id: `${prefix}${String(index + 1).padStart(3, '0')}`, name })), { id: '-1', name: '其他' }];
}

/** The first file part of a multipart/form-data body. */
function multipartFile(body: Buffer, contentType: string): { name: string; type: string; data: Buffer } | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  const mark = boundary?.[1] ?? boundary?.[2];
  if (!mark) return undefined;
  const separator = Buffer.from(`--${mark}`);
  let start = body.indexOf(separator);
  while (start >= 0) {
    const next = body.indexOf(separator, start + separator.length);
    if (next < 0) break;
    const part = body.subarray(start + separator.length + 2, next - 2);
    const headEnd = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, Math.max(headEnd, 0)).toString('utf8');
    const filename = /filename="([^"]*)"/.exec(head);
    if (filename && headEnd >= 0) {
      return { name: filename[1] ?? 'file', type: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream', data: part.subarray(headEnd + 4) };
    }
    start = next;
  }
  return undefined;
}

async function api(path: string, url: URL, req: IncomingMessage, res: ServerResponse, kit: StrangerKit): Promise<boolean> {
  const query = url.searchParams;
  switch (path) {
    case '/portal-api/user/info':
      ok(res, kit, { account: 'hechuan_it', realName: '郑海明', mobile: '139****0826', credit: { mobile: true, email: true, identity: true } });
      return true;
    case '/portal-api/dict/region':
      await wait();
      ok(res, kit, regions(query.get('parentCode') ?? '0'));
      return true;
    case '/portal-api/dict/country':
      await wait();
      ok(res, kit, COUNTRIES.map(([code, name]) => ({ code, name })));
      return true;
    case '/portal-api/isp/list':
      await wait();
      ok(res, kit, providers(query.get('type') ?? '1', query.get('region') ?? ''));
      return true;
    case '/portal-api/subject/list':
      await wait();
      ok(res, kit, [{ id: CURRENT_SUBJECT.id, natureName: CURRENT_SUBJECT.natureName, unitName: CURRENT_SUBJECT.unitName, principalName: CURRENT_SUBJECT.principal.name, status: CURRENT_SUBJECT.status, createdAt: CURRENT_SUBJECT.createdAt }]);
      return true;
    case '/portal-api/subject/current':
      await wait();
      ok(res, kit, CURRENT_SUBJECT);
      return true;
    case '/portal-api/sms/send':
      await kit.body(req);
      await wait();
      ok(res, kit, { expireIn: 300 });
      return true;
    case '/portal-api/subject/save':
    case '/portal-api/website/draft': {
      const body = (await kit.body(req)).toString('utf8');
      JSON.parse(body || '{}');
      await wait();
      ok(res, kit, { id: `${path.endsWith('save') ? 'ZT' : 'CG'}${Date.now()}` });
      return true;
    }
    case '/portal-api/file/upload': {
      const file = multipartFile(await kit.body(req), req.headers['content-type'] ?? '');
      if (!file) {
        kit.send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ code: 400, msg: '未接收到文件' }));
        return true;
      }
      const fileId = randomUUID().replace(/-/g, '');
      uploads.set(fileId, file);
      await wait();
      ok(res, kit, { fileId, fileName: file.name, size: file.data.length, url: `/portal-api/file/view/${fileId}` });
      return true;
    }
    default: {
      const view = /^\/portal-api\/file\/view\/([0-9a-f]+)$/.exec(path);
      const stored = view?.[1] ? uploads.get(view[1]) : undefined;
      if (stored) {
        kit.send(res, 200, stored.type, stored.data);
        return true;
      }
      kit.send(res, 404, 'application/json; charset=utf-8', JSON.stringify({ code: 404, msg: '接口不存在' }));
      return true;
    }
  }
}

export default {
  id: 'arco-wizard',
  library: 'Arco Design Vue 2.59.0 (UMD build, global ArcoVue + ArcoVueIcon) on Vue 3.5 (global build, templates compiled in the browser)',
  host: 'beian.mps.gov.cn',
  pages: [
    { kind: 'subject', url: '/web/#/userCenter/subject', open: [{ click: 'button:has-text("新增主体")' }, { waitFor: 'text=保存主体信息' }] },
    { kind: 'website-basic', url: '/web/#/userCenter/websiteApply/1', open: [{ click: 'button:has-text("下一步")' }, { waitFor: 'text=网站名称' }] },
    { kind: 'website-people', url: '/web/#/userCenter/websiteApply/3' },
  ],
  async handle(req, res, kit) {
    const url = new URL(req.url ?? '/', 'http://beian.mps.gov.cn');
    const path = url.pathname;
    if (path === '/' || path === '/web') {
      res.writeHead(302, { location: '/web/' });
      res.end();
      return true;
    }
    if (path === '/web/' || path === '/web/index.html') {
      kit.sendFile(res, resolve(HERE, 'public/index.html'), 'text/html; charset=utf-8');
      return true;
    }
    const asset = ASSETS[path];
    if (asset) {
      kit.sendFile(res, kit.nodeModule(asset));
      return true;
    }
    if (path === '/web/assets/index.js' || path === '/web/assets/index.css') {
      const built = await kit.bundle(resolve(HERE, 'app/main.js'));
      if (path.endsWith('.js')) kit.send(res, 200, 'text/javascript; charset=utf-8', built.js);
      else kit.send(res, 200, 'text/css; charset=utf-8', built.css);
      return true;
    }
    if (path === '/web/assets/logo.svg') {
      kit.sendFile(res, resolve(HERE, 'public/logo.svg'));
      return true;
    }
    if (path.startsWith('/portal-api/')) return api(path, url, req, res, kit);
    return false;
  },
} satisfies Rendering;
