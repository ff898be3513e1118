import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { areaList } from '@vant/area-data';
import type { Rendering, StrangerKit } from '../contract';
import { kit as servingKit } from '../serve';

/**
 * 全国公安机关互联网站安全服务平台 (beian.mps.gov.cn) as an Ant Design 6 single-page app: the page
 * shell, the bundled app (app/main.tsx) and the small back end its pages call (/web/api/...).
 */
const ENTRY = resolve(import.meta.dirname, 'app/main.tsx');
// start bundling as soon as the rendering is loaded (kit.bundle caches per process): the first page
// then does not wait for esbuild
void servingKit.bundle(ENTRY).catch(() => undefined);

const HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>全国公安机关互联网站安全服务平台</title>
<link rel="stylesheet" href="/web/assets/index.css">
</head>
<body>
<div id="app"></div>
<script src="/web/assets/index.js"></script>
</body>
</html>`;

interface Region {
  code: string;
  name: string;
  leaf: boolean;
}

const COUNTRIES: Region[] = (
  [
  ['US', '美国'],
  ['JP', '日本'],
  ['SG', '新加坡'],
  ['KR', '韩国'],
  ['DE', '德国'],
  ['GB', '英国'],
  ['CA', '加拿大'],
    ['HK', '中国香港'],
  ] as const
).map(([code, name]) => ({ code, name, leaf: true }));

/** 服务商：区域代码 → [名称, 可作接入商 a / 域名服务商 d] */
const ISPS: Record<string, [string, string][]> = {
  '330000': [['阿里云计算有限公司', 'ad'], ['中国电信股份有限公司浙江分公司', 'a'], ['华数云科技有限公司', 'a'], ['杭州电商互联科技有限公司', 'd']],
  '440000': [['腾讯云计算（北京）有限责任公司', 'ad'], ['深圳市腾讯计算机系统有限公司', 'a'], ['中国电信股份有限公司广东分公司', 'a'], ['广东时代互联科技有限公司', 'd']],
  '110000': [['北京新网数码信息技术有限公司', 'ad'], ['北京百度网讯科技有限公司', 'a'], ['北京光环新网科技股份有限公司', 'a'], ['北京金山云网络技术有限公司', 'a'], ['北京新网互联科技有限公司', 'd']],
  '310000': [['优刻得科技股份有限公司', 'a'], ['上海七牛信息技术有限公司', 'a'], ['上海美橙科技信息发展有限公司', 'd']],
  '320000': [['中国电信股份有限公司江苏分公司', 'a'], ['江苏邦宁科技有限公司', 'd']],
  '350000': [['厦门易名科技股份有限公司', 'd'], ['厦门三五互联科技股份有限公司', 'ad']],
  '520000': [['华为云计算技术有限公司', 'a']],
  US: [['Amazon Web Services, Inc.', 'a'], ['Cloudflare, Inc.', 'ad'], ['Namecheap, Inc.', 'd'], ['Google LLC', 'ad']],
  JP: [['Sakura Internet Inc.', 'a'], ['GMO Internet Group, Inc.', 'ad']],
  SG: [['Alibaba Cloud (Singapore) Private Limited', 'a']],
  HK: [['阿里云计算（香港）有限公司', 'a'], ['香港宽频网络有限公司', 'a']],
};

function regionChildren(parent: string): Region[] {
  const { province_list: provinces, city_list: cities, county_list: counties } = areaList;
  const under = (list: Record<string, string>, prefix: string) => Object.entries(list).filter(([code]) => code.startsWith(prefix));
  if (!parent) return Object.entries(provinces).map(([code, name]) => ({ code, name, leaf: under(cities, code.slice(0, 2)).length === 0 }));
  if (parent.endsWith('0000')) return under(cities, parent.slice(0, 2)).map(([code, name]) => ({ code, name, leaf: under(counties, code.slice(0, 4)).length === 0 }));
  return under(counties, parent.slice(0, 4)).map(([code, name]) => ({ code, name, leaf: true }));
}

/** 每个浏览器会话一份：已提交的主体、网站申请草稿 */
interface Session {
  subjects: Record<string, unknown>[];
  draft: Record<string, unknown>;
}
const sessions = new Map<string, Session>();
const seedSubject = () => ({
  id: 'ZT2016000123',
  status: '审核通过',
  nature: '4',
  unitName: '赵文博',
  principal: {
    name: '赵文博',
    certType: '111',
    certNumber: '110108198807150032',
    officePhone: '010-62781234',
    mobile: '13911112201',
    email: 'zhaowb2016@example.com',
    residence: '北京市北京市海淀区中关村南大街5号',
    cert: [{ fileId: 'F20160001', name: 'zhaowb-id-front.jpg', url: '/web/api/file/F20160001' }],
  },
});

const wait = () => new Promise((done) => setTimeout(done, 100 + Math.random() * 300));

function session(req: IncomingMessage, res: ServerResponse): Session {
  const id = /(?:^|;\s*)BEIAN_SESSION=([\w-]+)/.exec(req.headers.cookie ?? '')?.[1];
  if (id && sessions.has(id)) return sessions.get(id)!;
  const fresh = randomUUID();
  const created: Session = { subjects: [seedSubject()], draft: {} };
  sessions.set(fresh, created);
  res.setHeader('set-cookie', `BEIAN_SESSION=${fresh}; Path=/; HttpOnly; SameSite=Lax`);
  return created;
}

const ok = (kit: StrangerKit, res: ServerResponse, data: unknown) => kit.send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ code: 0, msg: 'success', data }));

async function api(path: string, query: URLSearchParams, req: IncomingMessage, res: ServerResponse, kit: StrangerKit): Promise<boolean> {
  const state = session(req, res);
  const json = async () => JSON.parse((await kit.body(req)).toString('utf8') || '{}') as Record<string, unknown>;
  switch (`${req.method} ${path}`) {
    case 'GET /web/api/region/children':
      await wait();
      ok(kit, res, regionChildren(query.get('parent') ?? ''));
      return true;
    case 'GET /web/api/region/countries':
      await wait();
      ok(kit, res, COUNTRIES);
      return true;
    case 'GET /web/api/isp/list': {
      await wait();
      const kind = query.get('kind') === 'domain' ? 'd' : 'a';
      const region = query.get('region') ?? '';
      const rows = (ISPS[region] ?? []).map(([name, kinds], index) => ({ id: `${region}-${index + 1}`, name, kinds })).filter((row) => row.kinds.includes(kind));
      ok(kit, res, rows.map(({ id, name }) => ({ id, name })));
      return true;
    }
    case 'GET /web/api/subject/list':
      await wait();
      ok(kit, res, state.subjects);
      return true;
    case 'GET /web/api/subject/current':
      await wait();
      ok(kit, res, state.subjects[state.subjects.length - 1]);
      return true;
    case 'POST /web/api/subject/save': {
      const subject = await json();
      state.subjects.push({ ...subject, id: `ZT${Date.now()}`, status: '待审核' });
      ok(kit, res, { id: state.subjects.length });
      return true;
    }
    case 'POST /web/api/sms/send':
      await kit.body(req);
      ok(kit, res, { expiresIn: 300 });
      return true;
    case 'POST /web/api/file/upload': {
      const body = await kit.body(req);
      const raw = /filename="([^"]*)"/.exec(body.toString('latin1'))?.[1] ?? 'file';
      const fileId = `F${Date.now()}${Math.floor(Math.random() * 1000)}`;
      ok(kit, res, { fileId, name: Buffer.from(raw, 'latin1').toString('utf8'), url: `/web/api/file/${fileId}`, size: body.length });
      return true;
    }
    case 'GET /web/api/website/draft':
      await wait();
      ok(kit, res, state.draft);
      return true;
    case 'POST /web/api/website/draft':
      Object.assign(state.draft, await json());
      ok(kit, res, true);
      return true;
    case 'POST /web/api/website/submit':
      await kit.body(req);
      state.draft = {};
      ok(kit, res, { applyNo: `WZ${Date.now()}` });
      return true;
    default:
      kit.send(res, 404, 'application/json; charset=utf-8', JSON.stringify({ code: 404, msg: '接口不存在' }));
      return true;
  }
}

export default {
  id: 'antd-react',
  library: 'Ant Design 6.6.8 (antd) for React 19.3, with @ant-design/icons 6 and dayjs (zh_CN locale).',
  host: 'beian.mps.gov.cn',
  pages: [
    { kind: 'subject', url: '/#/personal/subject', open: [{ click: 'text=新增主体' }, { waitFor: 'form#subject' }] },
    { kind: 'website-basic', url: '/#/personal/newWebsite/step2' },
    { kind: 'website-people', url: '/#/personal/newWebsite/step3' },
  ],
  async handle(req, res, kit) {
    const url = new URL(req.url ?? '/', 'http://beian.mps.gov.cn');
    const path = url.pathname;
    if (path === '/' || path === '/index.html' || path === '/web/' || path === '/web/index.html') {
      session(req, res);
      kit.send(res, 200, 'text/html; charset=utf-8', HTML);
      return true;
    }
    if (path === '/web/assets/index.js' || path === '/web/assets/index.css') {
      const built = await kit.bundle(ENTRY);
      if (path.endsWith('.js')) kit.send(res, 200, 'text/javascript; charset=utf-8', built.js);
      else kit.send(res, 200, 'text/css; charset=utf-8', built.css);
      return true;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204);
      res.end();
      return true;
    }
    if (path.startsWith('/web/api/')) return api(path, url.searchParams, req, res, kit);
    return false;
  },
} satisfies Rendering;
