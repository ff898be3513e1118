import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve, normalize } from 'node:path';
import { randomBytes } from 'node:crypto';
import { areaList } from '@vant/area-data';
import type { Rendering, StrangerKit } from '../contract';

/**
 * 全国公安机关互联网站安全服务平台 — 个人中心 (classic portal). The shell is plain HTML + jQuery; its
 * right pane is an <iframe id="mainFrame"> holding Vue 2.7 + Element UI 2.15 form pages.
 */
const HERE = import.meta.dirname;
const PUBLIC = resolve(HERE, 'public');

/** Frame pages (served from public/frame). */
const FRAMES: Record<string, string> = {
  '/portal/user/home': 'home.html',
  '/portal/user/subject/edit': 'subject.html',
  '/portal/user/website/step1': 'step1.html',
  '/portal/user/website/step2': 'step2.html',
  '/portal/user/website/step3': 'step3.html',
  '/portal/user/website/step4': 'step4.html',
  '/portal/user/blank': 'blank.html',
};

/** Library files, as the portal's static folder maps them. */
const LIBS: Record<string, string> = {
  '/portal/static/lib/jquery.min.js': 'jquery/dist/jquery.min.js',
  '/portal/static/lib/vue.min.js': 'vue2/dist/vue.min.js',
  '/portal/static/lib/element-ui/index.js': 'element-ui/lib/index.js',
  '/portal/static/lib/element-ui/theme-chalk/index.css': 'element-ui/lib/theme-chalk/index.css',
  '/portal/static/lib/element-ui/theme-chalk/fonts/element-icons.woff': 'element-ui/lib/theme-chalk/fonts/element-icons.woff',
  '/portal/static/lib/element-ui/theme-chalk/fonts/element-icons.ttf': 'element-ui/lib/theme-chalk/fonts/element-icons.ttf',
};

/** 接入服务商 / 域名注册服务商 by region code (provinces: 6 digits; abroad: ISO 3166 numeric). */
const COUNTRIES: [string, string][] = [['840', '美国'], ['392', '日本'], ['702', '新加坡'], ['410', '韩国'], ['276', '德国'], ['826', '英国'], ['124', '加拿大']];
const ISP: Record<'access' | 'domain', Record<string, string[]>> = {
  access: {
    '330000': ['阿里云计算有限公司', '中国电信股份有限公司浙江分公司', '华数云科技有限公司'],
    '440000': ['腾讯云计算（北京）有限责任公司', '深圳市腾讯计算机系统有限公司', '华为云计算技术有限公司', '中国电信股份有限公司广东分公司'],
    '110000': ['北京新网数码信息技术有限公司', '北京百度网讯科技有限公司', '北京光环新网科技股份有限公司', '北京金山云网络技术有限公司'],
    '310000': ['上海优刻得信息科技有限公司', '中国电信股份有限公司上海分公司'],
    '320000': ['江苏省广电有线信息网络股份有限公司', '中国移动通信集团江苏有限公司'],
    '840': ['Amazon Web Services, Inc.', 'Google LLC', 'Microsoft Corporation'],
    '392': ['Sakura Internet Inc.', 'NTT Communications Corporation'],
    '702': ['Alibaba Cloud (Singapore) Private Limited', 'Digital Ocean Singapore Pte. Ltd.'],
  },
  domain: {
    '330000': ['阿里云计算有限公司', '杭州电商互联科技有限公司', '浙江贰贰网络有限公司'],
    '440000': ['腾讯云计算（北京）有限责任公司', '广东互易网络知识产权有限公司', '深圳市西部数码网络科技有限公司'],
    '110000': ['北京新网数码信息技术有限公司', '北京万网志成科技有限公司', '北京新网互联科技有限公司'],
    '510000': ['成都西维数码科技有限公司'],
    '350000': ['厦门易名科技股份有限公司', '厦门三五互联科技股份有限公司'],
    '840': ['Network Solutions, LLC', 'NameCheap, Inc.', 'Tucows Domains Inc.'],
    '392': ['GMO Internet Group, Inc.'],
    '276': ['Key-Systems GmbH'],
  },
};

const DEFAULT_SUBJECT = {
  ztxz: '2', dwxz: '05', dwmc: '某某市信息中心', fzrXm: '张明', fzrZjlx: '111', fzrZjhm: '110101198001011234',
  fzrZjzp: [{ fileId: 'F000000001', fileName: 'zhangming-front.jpg' }, { fileId: 'F000000002', fileName: 'zhangming-back.jpg' }],
  bgdh: '010-12345625', sjhm: '13800005678', dzyx: 'zhangming@example.cn', fzrCzdMc: ['北京市', '北京市', '东城区'], fzrXxdz: '建国门内大街1号',
};

/** Per-session saves (cookie JSESSIONID), so that test browsers never see each other's drafts. */
const sessions = new Map<string, { subject?: unknown; draft?: Record<string, unknown> }>();

/** Uploaded scans (kept in memory for the thumbnails), and the picture shown for files saved elsewhere. */
const files = new Map<string, { name: string; type: string; bytes: Buffer }>();
const PLACEHOLDER = '<svg xmlns="http://www.w3.org/2000/svg" width="160" height="100" viewBox="0 0 160 100"><rect x="4" y="6" width="152" height="88" rx="6" fill="#e9eff7" stroke="#9fb6d6"/><circle cx="118" cy="44" r="16" fill="#c3d2e6"/><rect x="96" y="62" width="44" height="18" rx="8" fill="#c3d2e6"/><rect x="16" y="26" width="64" height="7" fill="#b7c8df"/><rect x="16" y="42" width="54" height="7" fill="#b7c8df"/><rect x="16" y="58" width="70" height="7" fill="#b7c8df"/></svg>';

function filePart(body: Buffer, contentType: string): { name: string; type: string; bytes: Buffer } | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return undefined;
  const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  for (let start = body.indexOf(marker); start >= 0; ) {
    const next = body.indexOf(marker, start + marker.length);
    const headEnd = body.indexOf('\r\n\r\n', start);
    if (next < 0 || headEnd < 0 || headEnd > next) return undefined;
    const head = body.subarray(start, headEnd).toString('utf8');
    const name = /filename="([^"]*)"/.exec(head)?.[1];
    if (name !== undefined) return { name, type: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream', bytes: body.subarray(headEnd + 4, next - 2) };
    start = next;
  }
  return undefined;
}

const wait = (min: number, max: number) => new Promise((done) => setTimeout(done, min + Math.floor(Math.random() * (max - min))));

function sessionOf(req: IncomingMessage): { id: string; fresh: boolean } {
  const found = /(?:^|;\s*)JSESSIONID=([A-F0-9]+)/.exec(req.headers.cookie ?? '')?.[1];
  return found ? { id: found, fresh: false } : { id: randomBytes(16).toString('hex').toUpperCase(), fresh: true };
}

function store(id: string) {
  let entry = sessions.get(id);
  if (!entry) sessions.set(id, (entry = {}));
  return entry;
}

function json(kit: StrangerKit, res: ServerResponse, data: unknown, msg = '操作成功'): true {
  kit.send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ code: '0000', msg, data }));
  return true;
}

function regionChildren(pid: string): { code: string; name: string; leaf: boolean }[] {
  if (pid === '0' || !pid) return Object.entries(areaList.province_list).map(([code, name]) => ({ code, name, leaf: false }));
  const counties = Object.entries(areaList.county_list);
  if (pid.endsWith('0000')) {
    return Object.entries(areaList.city_list)
      .filter(([code]) => code.startsWith(pid.slice(0, 2)))
      .map(([code, name]) => ({ code, name, leaf: !counties.some(([county]) => county.startsWith(code.slice(0, 4))) }));
  }
  return counties.filter(([code]) => code.startsWith(pid.slice(0, 4))).map(([code, name]) => ({ code, name, leaf: true }));
}

async function api(path: string, url: URL, req: IncomingMessage, res: ServerResponse, kit: StrangerKit): Promise<boolean> {
  const session = store(sessionOf(req).id);
  switch (path) {
    case '/portal/api/dict/region':
      await wait(120, 380);
      return json(kit, res, regionChildren(url.searchParams.get('pid') ?? '0'));
    case '/portal/api/isp/regions': {
      await wait(100, 250);
      const abroad = url.searchParams.get('scope') === '2';
      const list = abroad ? COUNTRIES : Object.entries(areaList.province_list);
      return json(kit, res, list.map(([code, name]) => ({ code, name })));
    }
    case '/portal/api/isp/list': {
      await wait(150, 400);
      const type = url.searchParams.get('type') === 'domain' ? 'domain' : 'access';
      const region = url.searchParams.get('region') ?? '';
      const names = ISP[type][region] ?? [];
      return json(kit, res, names.map((name, index) => ({ id: `${type === 'access' ? 'JR' : 'YM'}${region}${String(index + 1).padStart(3, '0')}`, name })));
    }
    case '/portal/api/file/upload': {
      const body = await kit.body(req);
      await wait(100, 300);
      const file = filePart(body, req.headers['content-type'] ?? '');
      const fileId = `F${Date.now()}${randomBytes(3).toString('hex').toUpperCase()}`;
      if (file) {
        files.set(fileId, file);
        if (files.size > 200) files.delete(files.keys().next().value!);
      }
      return json(kit, res, { fileId, fileName: file?.name ?? 'file', size: file?.bytes.length ?? 0, url: `/portal/api/file/view?id=${fileId}` }, '上传成功');
    }
    case '/portal/api/file/view': {
      const file = files.get(url.searchParams.get('id') ?? '');
      if (file) kit.send(res, 200, file.type, file.bytes);
      else kit.send(res, 200, 'image/svg+xml', PLACEHOLDER);
      return true;
    }
    case '/portal/api/sms/send':
      await kit.body(req);
      await wait(200, 400);
      return json(kit, res, null, '验证码已发送，5分钟内有效');
    case '/portal/api/subject/current':
      await wait(100, 250);
      return json(kit, res, session.subject ?? DEFAULT_SUBJECT);
    case '/portal/api/subject/save':
      session.subject = JSON.parse((await kit.body(req)).toString('utf8') || '{}');
      await wait(150, 300);
      return json(kit, res, null, '保存成功，开办主体信息将在2-3个工作日内审核');
    case '/portal/api/website/draft':
      if (req.method === 'POST') {
        session.draft = { ...(session.draft ?? {}), ...JSON.parse((await kit.body(req)).toString('utf8') || '{}') };
        await wait(150, 300);
        return json(kit, res, null, '已保存');
      }
      await wait(100, 200);
      return json(kit, res, session.draft ?? null);
    case '/portal/api/website/submit':
      await kit.body(req);
      await wait(200, 400);
      session.draft = undefined;
      return json(kit, res, { applyNo: `WZ${Date.now()}` }, '提交成功，请等待公安机关审核');
    default:
      return false;
  }
}

export default {
  id: 'iframe-portal',
  library: 'Portal shell in plain HTML + jQuery 3.8.0; form pages in a same-origin iframe built with Vue 2.7.16 + Element UI 2.15.14 (theme-chalk), no build step.',
  host: 'www.beian.gov.cn',
  pages: [
    { kind: 'subject', url: '/portal/user/index?menu=subject', open: [{ waitFor: 'text=网站开办主体', frame: 'iframe#mainFrame' }] },
    { kind: 'website-basic', url: '/portal/user/index?menu=apply&step=2', open: [{ waitFor: 'text=网站基本信息', frame: 'iframe#mainFrame' }] },
    { kind: 'website-people', url: '/portal/user/index?menu=apply&step=3', open: [{ waitFor: 'text=网站安全负责人信息', frame: 'iframe#mainFrame' }] },
  ],
  async handle(req, res, kit) {
    const url = new URL(req.url ?? '/', 'http://www.beian.gov.cn');
    const path = url.pathname;
    if (path === '/' || path === '/portal/index' || path === '/portal/user' || path === '/portal/user/') {
      res.writeHead(302, { location: '/portal/user/index' });
      res.end();
      return true;
    }
    if (path === '/portal/user/index') {
      const session = sessionOf(req);
      if (session.fresh) res.setHeader('set-cookie', `JSESSIONID=${session.id}; Path=/; HttpOnly`);
      kit.sendFile(res, resolve(PUBLIC, 'shell.html'));
      return true;
    }
    const frame = FRAMES[path];
    if (frame) {
      kit.sendFile(res, resolve(PUBLIC, 'frame', frame));
      return true;
    }
    const lib = LIBS[path];
    if (lib) {
      kit.sendFile(res, kit.nodeModule(lib));
      return true;
    }
    if (path.startsWith('/portal/static/')) {
      const file = normalize(resolve(PUBLIC, `.${path.slice('/portal/static'.length)}`));
      if (!file.startsWith(PUBLIC) || /\/frame\//.test(file)) return false;
      kit.sendFile(res, file);
      return true;
    }
    if (path === '/favicon.ico') {
      kit.send(res, 204, 'image/x-icon', '');
      return true;
    }
    if (path.startsWith('/portal/api/')) return api(path, url, req, res, kit);
    return false;
  },
} satisfies Rendering;
