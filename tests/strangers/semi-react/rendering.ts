import { resolve } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { areaList } from '@vant/area-data';
import type { Rendering, StrangerKit } from '../contract';

/**
 * semi-react: beian.mps.gov.cn as a Semi Design (React) single-page app under /web/, with its own
 * small back end under /web/api/ (regions, providers, uploads, drafts, SMS).
 */
const APP = resolve(import.meta.dirname, 'app/main.tsx');

const HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>全国公安机关互联网站安全服务平台</title>
<link rel="stylesheet" href="/web/assets/index.css">
<script defer src="/web/assets/index.js"></script>
</head>
<body>
<div id="app"></div>
<noscript>请启用浏览器的 JavaScript 功能后使用本平台。</noscript>
</body>
</html>`;

const wait = () => new Promise((done) => setTimeout(done, 100 + Math.floor(Math.random() * 300)));

// ---- 行政区划 ----
function regionChildren(parent: string) {
  const provinces = Object.entries(areaList.province_list);
  const cities = Object.entries(areaList.city_list);
  const counties = Object.entries(areaList.county_list);
  if (parent === '0') return provinces.map(([code, name]) => ({ code, name, leaf: false }));
  if (parent.endsWith('0000')) {
    return cities.filter(([code]) => code.slice(0, 2) === parent.slice(0, 2)).map(([code, name]) => ({ code, name, leaf: !counties.some(([c]) => c.slice(0, 4) === code.slice(0, 4)) }));
  }
  if (parent.endsWith('00')) return counties.filter(([code]) => code.slice(0, 4) === parent.slice(0, 4)).map(([code, name]) => ({ code, name, leaf: true }));
  return [];
}

// ---- 服务商目录 ----
const COUNTRIES: [string, string][] = [
  ['US', '美国'],
  ['JP', '日本'],
  ['SG', '新加坡'],
  ['KR', '韩国'],
  ['DE', '德国'],
  ['GB', '英国'],
  ['CA', '加拿大'],
];

const ORGS: Record<string, { jr: string[]; ym: string[] }> = {
  '330000': {
    jr: ['阿里云计算有限公司', '中国电信股份有限公司浙江分公司', '中国移动通信集团浙江有限公司', '中国联合网络通信有限公司浙江省分公司'],
    ym: ['阿里云计算有限公司', '浙江贰贰网络有限公司', '杭州爱名网络有限公司'],
  },
  '440000': {
    jr: ['腾讯云计算（北京）有限责任公司', '中国电信股份有限公司广东分公司', '广东时代互联科技有限公司', '深圳市华为云计算技术有限公司'],
    ym: ['腾讯云计算（北京）有限责任公司', '广东时代互联科技有限公司', '广州名扬信息科技有限公司'],
  },
  '110000': {
    jr: ['北京百度网讯科技有限公司', '北京光环新网科技股份有限公司', '北京新网数码信息技术有限公司', '中国联合网络通信有限公司北京市分公司'],
    ym: ['北京新网数码信息技术有限公司', '北京中科三方网络技术有限公司', '北京新网互联科技有限公司'],
  },
  '310000': {
    jr: ['优刻得科技股份有限公司', '中国电信股份有限公司上海分公司', '上海七牛信息技术有限公司'],
    ym: ['上海美橙科技信息发展有限公司', '上海有孚网络股份有限公司'],
  },
  US: {
    jr: ['Amazon Web Services, Inc.', 'Cloudflare, Inc.', 'Google LLC'],
    ym: ['Network Solutions, LLC', 'NameCheap, Inc.', 'Amazon Registrar, Inc.'],
  },
  JP: { jr: ['Sakura Internet Inc.'], ym: ['GMO Internet Group, Inc.'] },
  SG: { jr: ['Alibaba Cloud (Singapore) Private Limited'], ym: ['Vodien Internet Solutions Pte Ltd'] },
};

function orgList(kind: 'jr' | 'ym', region: string) {
  let names = ORGS[region]?.[kind];
  if (!names) {
    const province = areaList.province_list[region];
    if (!province) return [];
    const short = province.replace(/(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区)$/, '');
    names = kind === 'jr' ? [`中国电信股份有限公司${short}分公司`, `中国联合网络通信有限公司${short}分公司`] : [];
  }
  return names.map((name, i) => ({ code: `${kind.toUpperCase()}${region}${String(i + 1).padStart(3, '0')}`, name }));
}

// ---- 当前账号已提交的开办主体 ----
const SUBJECT = {
  ztxz: '1',
  dwmc: '杭州青梧数字科技有限公司',
  xm: '林晓峰',
  zjlx: '1',
  zjhm: '330106198503121231',
  zjzp: [
    { fileId: 'F20250107001', name: 'principal-front.png', url: '/web/api/file/view/F20250107001' },
    { fileId: 'F20250107002', name: 'principal-back.png', url: '/web/api/file/view/F20250107002' },
  ],
  sjhm: '13857112345',
  yx: 'linxiaofeng@qingwutech.cn',
  bgdh: '0571-86781234',
  dz: '浙江省杭州市西湖区文三路90号东部软件园2号楼501室',
  bz: '',
  zt: '审核通过',
};

const json = (kit: StrangerKit, res: ServerResponse, data: unknown, code = 0, msg = 'success') => kit.send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ code, msg, data }));

let uploads = 0;

async function handle(req: IncomingMessage, res: ServerResponse, kit: StrangerKit): Promise<boolean> {
  const url = new URL(req.url ?? '/', 'http://beian.mps.gov.cn');
  const path = url.pathname;
  const q = (name: string) => url.searchParams.get(name) ?? '';

  if (path === '/' || path === '/web') {
    res.writeHead(302, { location: '/web/' });
    res.end();
    return true;
  }
  if (path === '/web/' || path === '/web/index.html') {
    kit.send(res, 200, 'text/html; charset=utf-8', HTML);
    return true;
  }
  if (path === '/web/assets/index.js' || path === '/web/assets/index.css') {
    const { js, css } = await kit.bundle(APP);
    if (path.endsWith('.js')) kit.send(res, 200, 'text/javascript; charset=utf-8', js);
    else kit.send(res, 200, 'text/css; charset=utf-8', css);
    return true;
  }
  if (path === '/favicon.ico') {
    kit.send(res, 204, 'image/x-icon', '');
    return true;
  }
  if (!path.startsWith('/web/api/')) return false;

  switch (path) {
    case '/web/api/dict/region':
      await wait();
      json(kit, res, regionChildren(q('parent') || '0'));
      return true;
    case '/web/api/org/regions':
      await wait();
      json(kit, res, q('sd') === '2' ? COUNTRIES.map(([code, name]) => ({ code, name })) : Object.entries(areaList.province_list).map(([code, name]) => ({ code, name })));
      return true;
    case '/web/api/org/list':
      await wait();
      json(kit, res, orgList(q('kind') === 'ym' ? 'ym' : 'jr', q('region')));
      return true;
    case '/web/api/subject/current':
      await wait();
      json(kit, res, SUBJECT);
      return true;
    case '/web/api/file/upload': {
      const body = await kit.body(req);
      await wait();
      uploads += 1;
      const fileId = `F${Date.now()}${String(uploads).padStart(3, '0')}`;
      json(kit, res, { fileId, size: body.length, url: `/web/api/file/view/${fileId}` });
      return true;
    }
    case '/web/api/subject/save':
    case '/web/api/website/draft':
      await kit.body(req);
      await wait();
      json(kit, res, { id: `D${Date.now()}` });
      return true;
    case '/web/api/sms/send':
      await kit.body(req);
      await wait();
      json(kit, res, { expire: 300 });
      return true;
  }
  if (path.startsWith('/web/api/file/view/')) {
    kit.send(
      res,
      200,
      'image/svg+xml',
      '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="320" height="200" fill="#eef2f7"/><text x="160" y="105" font-size="16" text-anchor="middle" fill="#7a8599">证件扫描件（已上传）</text></svg>'
    );
    return true;
  }
  json(kit, res, null, 404, '接口不存在');
  return true;
}

export default {
  id: 'semi-react',
  library: 'Semi Design for React (@douyinfe/semi-ui 2.90.1) on React 19.3, bundled by esbuild',
  host: 'beian.mps.gov.cn',
  pages: [
    { kind: 'subject', url: '/web/#/business/subject', open: [{ click: 'button:has-text("新增主体")' }, { waitFor: 'text=负责人信息' }] },
    { kind: 'website-basic', url: '/web/#/business/website/apply/2', open: [{ waitFor: 'text=网络接入服务商' }] },
    { kind: 'website-people', url: '/web/#/business/website/apply/3', open: [{ waitFor: 'text=网站应急联络人' }] },
  ],
  handle,
} satisfies Rendering;
