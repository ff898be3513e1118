import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { areaList } from '@vant/area-data';
import type { Rendering, StrangerKit } from '../contract';

/**
 * 全国公安机关互联网站安全服务平台 (beian.mps.gov.cn) as a Vue 3 + Naive UI single-page app.
 * Every `/web/...` page path answers with the same shell; the app routes on location.pathname.
 */
const HERE = import.meta.dirname;

const SHELL = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>全国公安机关互联网站安全服务平台</title>
<link rel="icon" href="/web/assets/emblem.svg">
<link rel="stylesheet" href="/web/assets/app.css">
</head>
<body>
<div id="app"><div class="boot-loading">正在加载，请稍候…</div></div>
<script src="/web/assets/vue.global.prod.js"></script>
<script src="/web/assets/naive.prod.js"></script>
<script src="/web/assets/app.js"></script>
</body>
</html>`;

interface Provider { id: string; name: string }

/** 服务商目录 by region code (境内: province code; 境外: country code). 'OTHER' is added by the client. */
const PROVIDERS: Record<string, readonly string[]> = {
  '330000': ['阿里云计算有限公司', '杭州网银互联科技股份有限公司', '中国电信股份有限公司浙江分公司', '杭州电商互联科技有限公司'],
  '440000': ['腾讯云计算（北京）有限责任公司', '深圳市腾讯计算机系统有限公司', '广东睿江云计算股份有限公司', '中国电信股份有限公司广东分公司'],
  '110000': ['北京新网数码信息技术有限公司', '北京百度网讯科技有限公司', '北京金山云网络技术有限公司', '华为云计算技术有限公司', '世纪互联宽带数据中心有限公司'],
  '310000': ['优刻得科技股份有限公司', '上海美橙科技信息发展有限公司', '中国电信股份有限公司上海分公司'],
  '320000': ['江苏邦宁科技有限公司', '中国电信股份有限公司江苏分公司'],
  '510000': ['成都西维数码科技有限公司', '中国电信股份有限公司四川分公司'],
  'US': ['Amazon Web Services, Inc.', 'Cloudflare, Inc.', 'NameCheap, Inc.', 'Google LLC'],
  'HK': ['阿里云计算（香港）有限公司', '香港电讯有限公司'],
  'JP': ['GMO Internet Group, Inc.', 'Sakura Internet Inc.'],
  'SG': ['Alibaba Cloud (Singapore) Private Limited', 'DigitalOcean, LLC'],
  'DE': ['Hetzner Online GmbH', 'IONOS SE'],
};

const COUNTRIES = [
  { code: 'HK', name: '中国香港' },
  { code: 'MO', name: '中国澳门' },
  { code: 'TW', name: '中国台湾' },
  { code: 'US', name: '美国' },
  { code: 'JP', name: '日本' },
  { code: 'SG', name: '新加坡' },
  { code: 'KR', name: '韩国' },
  { code: 'DE', name: '德国' },
  { code: 'GB', name: '英国' },
];

/** The account's subject already on file (审核中), shown on step 1 and copied by 同主体负责人信息. */
const ACCOUNT_SUBJECT = {
  id: 'ZT330106202405170032',
  unitNature: '4',
  unitName: '张建国',
  leaderName: '张建国',
  leaderCertType: '1',
  leaderCertNo: '330106197805061234',
  leaderCertFiles: [{ fileId: 'F0000001', name: 'zhangjianguo-sfz-front.jpg' }, { fileId: 'F0000002', name: 'zhangjianguo-sfz-back.jpg' }],
  officeTel: '0571-87651234',
  mobile: '13905718888',
  email: 'zhangjg@163.com',
  address: '浙江省杭州市西湖区 文二路391号西湖国际科技大厦A座',
  remark: '',
  status: '审核中',
  createTime: '2024-05-17 10:21:43',
};

const delay = () => new Promise((done) => setTimeout(done, 100 + Math.floor(Math.random() * 300)));
let fileSeq = 1000;

function json(kit: StrangerKit, res: ServerResponse, data: unknown): void {
  kit.send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ code: 0, msg: 'success', data }));
}

function regionChildren(parent: string): { code: string; name: string; leaf: boolean }[] {
  const pick = (table: Record<string, string>, keep: (code: string) => boolean, leaf: boolean) =>
    Object.entries(table).filter(([code]) => keep(code)).map(([code, name]) => ({ code, name, leaf }));
  if (!parent || parent === '0') return pick(areaList.province_list, () => true, false);
  if (parent.endsWith('0000')) return pick(areaList.city_list, (code) => code.slice(0, 2) === parent.slice(0, 2), false);
  return pick(areaList.county_list, (code) => code.slice(0, 4) === parent.slice(0, 4), true);
}

async function api(path: string, url: URL, req: IncomingMessage, res: ServerResponse, kit: StrangerKit): Promise<boolean> {
  switch (path) {
    case '/web/api/region/children':
      await delay();
      json(kit, res, regionChildren(url.searchParams.get('parentCode') ?? ''));
      return true;
    case '/web/api/region/abroad':
      await delay();
      json(kit, res, COUNTRIES);
      return true;
    case '/web/api/provider/list': {
      await delay();
      const region = url.searchParams.get('regionCode') ?? '';
      const names = PROVIDERS[region] ?? (/^\d{6}$/.test(region) ? [`中国电信股份有限公司${areaList.province_list[region]?.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, '') ?? ''}分公司`] : []);
      const list: Provider[] = names.map((name, index) => ({ id: `${region}${String(index + 1).padStart(3, '0')}`, name }));
      json(kit, res, list);
      return true;
    }
    case '/web/api/subject/current':
      await delay();
      json(kit, res, ACCOUNT_SUBJECT);
      return true;
    case '/web/api/subject/list':
      await delay();
      json(kit, res, [ACCOUNT_SUBJECT]);
      return true;
    case '/web/api/website/draft':
      await delay();
      json(kit, res, { draftId: url.searchParams.get('draftId'), step: 3, subjectId: ACCOUNT_SUBJECT.id, saveTime: '2025-06-18 16:02:11' });
      return true;
    case '/web/api/file/upload': {
      const body = await kit.body(req);
      const name = /filename="([^"]*)"/.exec(body.subarray(0, 2048).toString('utf8'))?.[1] ?? 'file';
      const fileId = `F${Date.now().toString(36).toUpperCase()}${fileSeq++}`;
      await delay();
      json(kit, res, { fileId, name, size: body.length, url: `/web/api/file/view/${fileId}` });
      return true;
    }
    case '/web/api/sms/send':
      await kit.body(req);
      await delay();
      json(kit, res, { expire: 300 });
      return true;
    case '/web/api/subject/save':
    case '/web/api/website/save':
      await kit.body(req);
      await delay();
      json(kit, res, { id: `${path.includes('subject') ? 'ZT' : 'WZ'}${Date.now()}` });
      return true;
    default:
      if (path.startsWith('/web/api/file/view/')) {
        kit.sendFile(res, resolve(HERE, 'public/scan-placeholder.svg'));
        return true;
      }
      kit.send(res, 404, 'application/json; charset=utf-8', JSON.stringify({ code: 404, msg: '接口不存在' }));
      return true;
  }
}

export default {
  id: 'naive-console',
  library: 'Naive UI 2.45.3 (UMD build, global `naive`) on Vue 3.5 (global build, string templates)',
  host: 'beian.mps.gov.cn',
  pages: [
    { kind: 'subject', url: '/web/center/subject', open: [{ click: 'button:has-text("新增主体")' }, { waitFor: 'text=负责人信息' }] },
    { kind: 'website-basic', url: '/web/business/websiteApply', open: [{ click: 'button:has-text("下一步")' }, { waitFor: '.n-tabs' }] },
    { kind: 'website-people', url: '/web/business/websiteApply?draftId=WZ330106202506180017&step=3', open: [{ waitFor: 'text=网站安全负责人' }] },
  ],
  async handle(req, res, kit) {
    const url = new URL(req.url ?? '/', 'http://beian.mps.gov.cn');
    const path = url.pathname;
    if (path === '/' || path === '/web' || path === '/web/') {
      res.writeHead(302, { location: '/web/center/home' });
      res.end();
      return true;
    }
    if (!path.startsWith('/web/')) return false;
    if (path.startsWith('/web/api/')) return api(path, url, req, res, kit);
    if (path.startsWith('/web/assets/')) {
      const name = path.slice('/web/assets/'.length);
      if (name === 'vue.global.prod.js') kit.sendFile(res, kit.nodeModule('vue/dist/vue.global.prod.js'));
      else if (name === 'naive.prod.js') kit.sendFile(res, kit.nodeModule('naive-ui/dist/index.prod.js'));
      else if (name === 'app.js' || name === 'app.css') {
        const built = await kit.bundle(resolve(HERE, 'app/main.js'));
        kit.send(res, 200, name === 'app.js' ? 'text/javascript; charset=utf-8' : 'text/css; charset=utf-8', name === 'app.js' ? built.js : built.css);
      } else if (/^[\w.-]+\.(svg|png)$/.test(name)) kit.sendFile(res, resolve(HERE, 'public', name));
      else return false;
      return true;
    }
    kit.send(res, 200, 'text/html; charset=utf-8', SHELL);
    return true;
  },
} satisfies Rendering;
