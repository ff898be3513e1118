import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { areaList } from '@vant/area-data';
import type { Rendering, StrangerKit } from '../contract';

/**
 * 全国公安机关互联网站安全服务平台 (beian.mps.gov.cn) as a Vue 3 + TDesign single-page app.
 * The server answers `/` with the app shell, `/web/assets/*` with Vue, TDesign and the app's own
 * scripts, and `/api/*` with the dictionaries, uploads, drafts and saves the pages call.
 */
const APP = resolve(import.meta.dirname, 'app');
const DRAFT = 'WZ2025061400173';

const ASSETS: Record<string, string> = {
  'vue.global.prod.js': 'vue/dist/vue.global.prod.js',
  'tdesign.min.js': 'tdesign-vue-next/dist/tdesign.min.js',
  'tdesign.min.css': 'tdesign-vue-next/dist/tdesign.min.css',
};
const OWN = new Set(['index.html', 'app.js', 'dicts.js', 'app.css']);

interface Provider {
  code: string;
  name: string;
  /** jr: 接入服务商, ym: 域名注册服务商 */
  kinds: string;
}

/** Filed providers by region code (provinces by area code, abroad by ISO country code). */
const PROVIDERS: Record<string, Provider[]> = {
  '330000': [
    { code: 'JR330001', name: '阿里云计算有限公司', kinds: 'jr,ym' },
    { code: 'JR330002', name: '杭州网银互联科技股份有限公司', kinds: 'jr' },
    { code: 'JR330003', name: '浙江贰贰网络有限公司', kinds: 'jr,ym' },
    { code: 'YM330004', name: '杭州电商互联科技有限公司', kinds: 'ym' },
  ],
  '440000': [
    { code: 'JR440001', name: '腾讯云计算（北京）有限责任公司', kinds: 'jr,ym' },
    { code: 'JR440002', name: '深圳市腾讯计算机系统有限公司', kinds: 'jr' },
    { code: 'JR440003', name: '广东睿江云计算股份有限公司', kinds: 'jr' },
    { code: 'YM440004', name: '广东时代互联科技有限公司', kinds: 'ym' },
  ],
  '110000': [
    { code: 'YM110001', name: '北京新网数码信息技术有限公司', kinds: 'jr,ym' },
    { code: 'JR110002', name: '北京百度网讯科技有限公司', kinds: 'jr' },
    { code: 'JR110003', name: '北京光环新网科技股份有限公司', kinds: 'jr' },
    { code: 'YM110004', name: '北京新网互联科技有限公司', kinds: 'ym' },
  ],
  '310000': [
    { code: 'JR310001', name: '上海优刻得信息科技有限公司', kinds: 'jr' },
    { code: 'JR310002', name: '中国电信股份有限公司上海分公司', kinds: 'jr' },
  ],
  '350000': [{ code: 'YM350001', name: '厦门三五互联科技股份有限公司', kinds: 'jr,ym' }],
  '520000': [{ code: 'JR520001', name: '华为云计算技术有限公司', kinds: 'jr' }],
  US: [
    { code: 'US0001', name: 'Amazon Web Services, Inc.', kinds: 'jr' },
    { code: 'US0002', name: 'Cloudflare, Inc.', kinds: 'jr,ym' },
    { code: 'US0003', name: 'NameCheap, Inc.', kinds: 'ym' },
    { code: 'US0004', name: 'MarkMonitor Inc.', kinds: 'ym' },
  ],
  JP: [{ code: 'JP0001', name: 'GMO Internet Group, Inc.', kinds: 'jr,ym' }],
  SG: [{ code: 'SG0001', name: 'Alibaba Cloud (Singapore) Private Limited', kinds: 'jr' }],
  HK: [{ code: 'HK0001', name: '香港商务数码有限公司', kinds: 'jr' }],
};

const COUNTRIES = [
  ['US', '美国'],
  ['JP', '日本'],
  ['SG', '新加坡'],
  ['DE', '德国'],
  ['GB', '英国'],
  ['CA', '加拿大'],
  ['HK', '中国香港'],
  ['KR', '韩国'],
] as const;

/** The account's saved subject (what 同主体负责人 copies on step 3). */
let subject: Record<string, unknown> = {
  ztxz: '1',
  dwmc: '示例科技有限公司',
  fzrxm: '王建国',
  fzrzjlx: '111',
  fzrzjhm: '110108198001010011',
  fzrzj: [
    { name: '身份证正面.jpg', url: '/api/file/view/F0000000001' },
    { name: '身份证反面.jpg', url: '/api/file/view/F0000000002' },
  ],
  bgdh: '010-12345625',
  sjhm: '13800138000',
  dzyj: 'wangjianguo@example.com.cn',
  cjdmc: ['北京市', '北京市', '海淀区'],
  xxdz: '中关村大街1号',
  shzt: '审核通过',
};

const drafts = new Map<string, unknown>();
let serial = 200;
const uploads = new Map<string, { name: string; type: string; data: Buffer }>();

const wait = () => new Promise((done) => setTimeout(done, 100 + Math.floor(Math.random() * 300)));
const ok = (kit: StrangerKit, res: ServerResponse, data: unknown) => kit.send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ code: 200, msg: '操作成功', data }));

function regionChildren(parent: string): { value: string; label: string; leaf: boolean }[] {
  const counties = Object.entries(areaList.county_list);
  if (!parent) return Object.entries(areaList.province_list).map(([value, label]) => ({ value, label, leaf: false }));
  if (parent.endsWith('0000')) {
    return Object.entries(areaList.city_list)
      .filter(([code]) => code.slice(0, 2) === parent.slice(0, 2))
      .map(([value, label]) => ({ value, label, leaf: !counties.some(([code]) => code.slice(0, 4) === value.slice(0, 4)) }));
  }
  return counties.filter(([code]) => code.slice(0, 4) === parent.slice(0, 4)).map(([value, label]) => ({ value, label, leaf: true }));
}

/** The one file part of a multipart/form-data body. */
function filePart(body: Buffer, contentType: string): { name: string; type: string; data: Buffer } | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return undefined;
  const mark = Buffer.from(`--${boundary[1] ?? boundary[2] ?? ''}`);
  let start = body.indexOf(mark);
  while (start >= 0) {
    const next = body.indexOf(mark, start + mark.length);
    if (next < 0) break;
    const part = body.subarray(start + mark.length + 2, next - 2);
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const filename = /filename="([^"]*)"/.exec(head);
    if (filename) return { name: filename[1] ?? 'file', type: /content-type:\s*(\S+)/i.exec(head)?.[1] ?? 'application/octet-stream', data: part.subarray(split + 4) };
    start = next;
  }
  return undefined;
}

const placeholder = (name: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="150"><rect width="240" height="150" rx="8" fill="#eef3fb"/><text x="120" y="80" font-size="14" text-anchor="middle" fill="#6b7a90">${name}</text></svg>`;

async function api(req: IncomingMessage, res: ServerResponse, kit: StrangerKit, url: URL): Promise<boolean> {
  const path = url.pathname;
  const method = req.method ?? 'GET';
  if (path === '/api/region/children') {
    await wait();
    ok(kit, res, regionChildren(url.searchParams.get('parent') ?? ''));
    return true;
  }
  if (path === '/api/dict/provider-regions') {
    await wait();
    const abroad = url.searchParams.get('scope') === '2';
    ok(kit, res, abroad ? COUNTRIES.map(([code, name]) => ({ code, name })) : Object.entries(areaList.province_list).map(([code, name]) => ({ code, name })));
    return true;
  }
  if (path === '/api/dict/providers') {
    await wait();
    const kind = url.searchParams.get('kind') ?? 'jr';
    const list = (PROVIDERS[url.searchParams.get('region') ?? ''] ?? []).filter((p) => p.kinds.split(',').includes(kind));
    ok(kit, res, list.map(({ code, name }) => ({ code, name })));
    return true;
  }
  if (path === '/api/file/upload' && method === 'POST') {
    const body = await kit.body(req);
    await wait();
    const file = filePart(body, req.headers['content-type'] ?? '');
    if (!file) {
      kit.send(res, 400, 'application/json; charset=utf-8', JSON.stringify({ code: 400, msg: '未接收到文件' }));
      return true;
    }
    const fileId = `F${Date.now()}${randomBytes(2).toString('hex')}`;
    uploads.set(fileId, file);
    ok(kit, res, { fileId, fileName: file.name, url: `/api/file/view/${fileId}`, size: file.data.length });
    return true;
  }
  const view = /^\/api\/file\/view\/(\w+)$/.exec(path);
  if (view) {
    const file = uploads.get(view[1] ?? '');
    if (file) kit.send(res, 200, file.type, file.data);
    else kit.send(res, 200, 'image/svg+xml', placeholder('证件扫描件'));
    return true;
  }
  if (path === '/api/subject/current') {
    await wait();
    ok(kit, res, subject);
    return true;
  }
  if (path === '/api/subject/save' && method === 'POST') {
    subject = { ...(JSON.parse((await kit.body(req)).toString('utf8')) as Record<string, unknown>), shzt: '待审核' };
    await wait();
    ok(kit, res, { shzt: '待审核' });
    return true;
  }
  if (path === '/api/sms/send' && method === 'POST') {
    await wait();
    ok(kit, res, { expire: 300 });
    return true;
  }
  if (path === '/api/website/draft' && method === 'POST') {
    await wait();
    ok(kit, res, { id: `WZ${new Date().toISOString().slice(0, 10).replace(/-/g, '')}${String(++serial).padStart(5, '0')}` });
    return true;
  }
  const draft = /^\/api\/website\/draft\/(\w+)$/.exec(path);
  if (draft) {
    const id = draft[1] ?? DRAFT;
    if (method === 'POST') drafts.set(id, JSON.parse((await kit.body(req)).toString('utf8')));
    await wait();
    ok(kit, res, method === 'POST' ? { id } : (drafts.get(id) ?? { id, basic: null, people: null }));
    return true;
  }
  if (/^\/api\/website\/submit\/\w+$/.test(path) && method === 'POST') {
    await wait();
    ok(kit, res, { shzt: '审核中' });
    return true;
  }
  return false;
}

export default {
  id: 'tdesign-spa',
  library: 'TDesign Vue Next 1.20.8 (tdesign.min.js UMD) on Vue 3.5 global build, string templates compiled in the browser',
  host: 'beian.mps.gov.cn',
  pages: [
    { kind: 'subject', url: '/#/home', open: [{ click: '.t-menu >> text=开办主体管理' }, { waitFor: 'text=开办主体性质' }] },
    { kind: 'website-basic', url: `/#/website/apply/${DRAFT}/2` },
    { kind: 'website-people', url: `/#/website/apply/${DRAFT}/3` },
  ],
  async handle(req, res, kit) {
    const url = new URL(req.url ?? '/', 'http://beian.mps.gov.cn');
    if (url.pathname === '/' || url.pathname === '/index.html' || url.pathname === '/web/' || url.pathname === '/web/index.html') {
      kit.sendFile(res, resolve(APP, 'index.html'));
      return true;
    }
    const asset = /^\/web\/assets\/([\w.-]+)$/.exec(url.pathname)?.[1];
    if (asset && ASSETS[asset]) {
      kit.sendFile(res, kit.nodeModule(ASSETS[asset]));
      return true;
    }
    if (asset && OWN.has(asset)) {
      kit.sendFile(res, resolve(APP, asset));
      return true;
    }
    if (url.pathname === '/favicon.ico') {
      kit.send(res, 200, 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 44 44"><circle cx="22" cy="22" r="21" fill="#f5c400"/><circle cx="22" cy="22" r="16" fill="#123f8c"/></svg>');
      return true;
    }
    if (url.pathname.startsWith('/api/')) return api(req, res, kit, url);
    return false;
  },
} satisfies Rendering;
