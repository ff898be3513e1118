import { randomBytes } from 'node:crypto';
import { resolve } from 'node:path';
import { areaList } from '@vant/area-data';
import type { Rendering, StrangerKit } from '../contract';
import { DICT } from './dict';
import { applyStep, subjectPage, placeholderPage, type PageBody } from './pages';

/**
 * 全国公安机关互联网站安全服务平台（经典版门户）——个人中心的三张表单页。
 * 多页面站点：每个 *.do 都是一次真实的页面加载；下拉框、级联与上传走本服务器的 AJAX 接口。
 */
const HERE = import.meta.dirname;

/** Library files served under /portal/static/lib/ (all from node_modules). */
const LIB: Record<string, string> = {
  'bootstrap.min.css': 'bootstrap/dist/css/bootstrap.min.css',
  'bootstrap.bundle.min.js': 'bootstrap/dist/js/bootstrap.bundle.min.js',
  'jquery.min.js': 'jquery/dist/jquery.min.js',
  'select2.min.css': 'select2/dist/css/select2.min.css',
  'select2.min.js': 'select2/dist/js/select2.min.js',
  'select2.zh-CN.js': 'select2/dist/js/i18n/zh-CN.js',
  'datepicker.min.css': 'bootstrap-datepicker/dist/css/bootstrap-datepicker3.min.css',
  'datepicker.min.js': 'bootstrap-datepicker/dist/js/bootstrap-datepicker.min.js',
  'datepicker.zh-CN.min.js': 'bootstrap-datepicker/dist/locales/bootstrap-datepicker.zh-CN.min.js',
};

/** 接入商 (A) / 域名注册服务商 (D) by region code. */
const PROVIDERS: Record<string, [string, string][]> = {
  '330000': [['阿里云计算有限公司', 'AD'], ['中国电信股份有限公司浙江分公司', 'A'], ['浙江贰贰网络有限公司', 'AD'], ['杭州网银互联科技股份有限公司', 'D']],
  '440000': [['腾讯云计算（北京）有限责任公司', 'AD'], ['中国电信股份有限公司广东分公司', 'A'], ['深圳市互联先锋科技有限公司', 'AD'], ['广东金万邦科技投资有限公司', 'D']],
  '110000': [['北京新网数码信息技术有限公司', 'AD'], ['北京百度网讯科技有限公司', 'A'], ['北京光环新网科技股份有限公司', 'A'], ['北京新网互联科技有限公司', 'D']],
  '310000': [['上海美橙科技信息发展有限公司', 'AD'], ['上海优刻得科技股份有限公司', 'A']],
  '350000': [['厦门易名科技股份有限公司', 'D'], ['厦门三五互联科技股份有限公司', 'AD']],
  '510000': [['成都西维数码科技有限公司', 'AD']],
  US: [['Amazon Web Services, Inc.', 'A'], ['Cloudflare, Inc.', 'AD'], ['NameCheap, Inc.', 'D'], ['Google LLC', 'AD']],
  JP: [['GMO Internet Group, Inc.', 'AD'], ['Sakura Internet Inc.', 'A']],
  SG: [['Alibaba Cloud (Singapore) Private Limited', 'AD'], ['Vodien Internet Solutions Pte Ltd', 'D']],
  DE: [['Hetzner Online GmbH', 'A'], ['IONOS SE', 'AD']],
  GB: [['Fasthosts Internet Ltd', 'AD']],
  CA: [['Tucows Domains Inc.', 'D'], ['OVH Hosting Inc.', 'A']],
};
const COUNTRIES: [string, string][] = [['US', '美国'], ['JP', '日本'], ['SG', '新加坡'], ['DE', '德国'], ['GB', '英国'], ['CA', '加拿大']];

interface Stored { name: string; type: string; data: Buffer }
const files = new Map<string, Stored>();
const subjects: Record<string, unknown>[] = [];

/** The account's subject as step 1 / 同主体负责人 read it (the last one saved, else the account's approved one). */
const DEMO_SUBJECT = { dwxz: '4', dwmc: '张明', fzrxm: '张明', fzrzjlx: '1', fzrzjhm: '110105198001011234', sjhm: '13800138000', bgdh: '010-12345625', dzyx: 'zhangming@example.com', files: [] as { fileId: string; fileName: string }[], shzt: '审核通过' };

const wait = () => new Promise((done) => setTimeout(done, 100 + Math.floor(Math.random() * 300)));
const json = (kit: StrangerKit, res: Parameters<StrangerKit['send']>[0], body: unknown) => kit.send(res, 200, 'application/json; charset=utf-8', JSON.stringify(body));

function areaChildren(pid: string): { code: string; name: string }[] {
  const pick = (list: Record<string, string>, test: (code: string) => boolean) => Object.entries(list).filter(([code]) => test(code)).map(([code, name]) => ({ code, name }));
  if (!pid || pid === '0' || pid === '000000') return pick(areaList.province_list, () => true);
  if (pid.endsWith('0000')) return pick(areaList.city_list, (code) => code.startsWith(pid.slice(0, 2)));
  return pick(areaList.county_list, (code) => code.startsWith(pid.slice(0, 4)));
}

function providers(type: string, area: string): { code: string; name: string }[] {
  const flag = type === 'domain' ? 'D' : 'A';
  let list = PROVIDERS[area];
  if (!list && /^\d{6}$/.test(area)) {
    const province = (areaList.province_list[area] ?? '').replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, '');
    list = [[`中国电信股份有限公司${province}分公司`, 'A'], [`中国联合网络通信有限公司${province}分公司`, 'A'], ['阿里云计算有限公司', 'AD']];
  }
  return (list ?? []).filter(([, flags]) => flags.includes(flag)).map(([name], index) => ({ code: `${area}${flag}${String(index + 1).padStart(3, '0')}`, name }));
}

function parseUpload(body: Buffer, contentType: string): Stored | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return undefined;
  const text = body.toString('latin1');
  const at = text.search(/filename="/);
  if (at < 0) return undefined;
  const nameEnd = text.indexOf('"', at + 10);
  const headEnd = text.indexOf('\r\n\r\n', nameEnd);
  const dataEnd = text.indexOf(`\r\n--${boundary[1] ?? boundary[2]}`, headEnd);
  const type = /Content-Type:\s*([^\r\n]+)/i.exec(text.slice(nameEnd, headEnd))?.[1] ?? 'application/octet-stream';
  return { name: Buffer.from(text.slice(at + 10, nameEnd), 'latin1').toString('utf8'), type, data: body.subarray(headEnd + 4, dataEnd) };
}

function layout(page: PageBody): string {
  const menu = [
    ['index', '主页', '/portal/ucenter/index.do'],
    ['subject', '开办主体管理', '/portal/ucenter/subject/list.do'],
    ['apply', '新办网站申请', '/portal/ucenter/website/apply.do?step=1'],
    ['claim', '已办网站认领', '/portal/ucenter/website/claim.do'],
    ['change', '网站信息变更', '/portal/ucenter/website/change.do'],
    ['cancel', '网站注销申请', '/portal/ucenter/website/cancel.do'],
    ['credit', '信用认证', '/portal/ucenter/credit.do'],
  ];
  const nav = ['首页', '公共查询', '通知公告', '备案须知', '政策法规', '常见问题', '备案展厅'];
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>${page.title} - 全国公安机关互联网站安全服务平台</title>
<link rel="stylesheet" href="/portal/static/lib/bootstrap.min.css">
<link rel="stylesheet" href="/portal/static/lib/select2.min.css">
<link rel="stylesheet" href="/portal/static/lib/datepicker.min.css">
<link rel="stylesheet" href="/portal/static/css/portal.css">
</head><body>
<header class="portal-head"><div class="container-xl d-flex align-items-center">
  <div class="emblem" aria-hidden="true"><span>公安</span></div>
  <div class="ms-3"><div class="site-name">全国公安机关互联网站安全服务平台</div><div class="site-en">Internet Security Service Platform of Public Security Organs</div></div>
  <div class="ms-auto small user-bar">欢迎您，<b>beian_user01</b>　|　<a href="/portal/ucenter/index.do">个人中心</a>　|　<a href="#" onclick="return false">退出</a></div>
</div></header>
<nav class="portal-nav"><div class="container-xl"><ul class="nav">${nav.map((item) => `<li class="nav-item"><a class="nav-link" href="#" onclick="return false">${item}</a></li>`).join('')}<li class="nav-item"><a class="nav-link active" href="/portal/ucenter/index.do">个人中心</a></li></ul></div></nav>
<div class="container-xl my-3"><div class="row g-3">
  <aside class="col-md-3 col-lg-2"><div class="side-menu"><div class="side-title">个人中心</div>
    <div class="list-group list-group-flush">${menu.map(([key, text, href]) => `<a class="list-group-item list-group-item-action${key === page.menu ? ' active' : ''}" href="${href}">${text}</a>`).join('')}</div>
  </div></aside>
  <main class="col-md-9 col-lg-10">
    <nav aria-label="breadcrumb" class="crumbs"><ol class="breadcrumb mb-2"><li class="breadcrumb-item">当前位置：<a href="/portal/ucenter/index.do">个人中心</a></li>${page.crumbs.map((crumb, index) => `<li class="breadcrumb-item${index === page.crumbs.length - 1 ? ' active' : ''}">${crumb}</li>`).join('')}</ol></nav>
    ${page.body}
  </main>
</div></div>
<footer class="portal-foot"><div class="container-xl text-center">
  <div>主办单位：中华人民共和国公安部　技术支持：公安部网络安全保卫局</div>
  <div>版权所有 © 全国公安机关互联网站安全服务平台　建议使用 1366×768 以上分辨率、Chrome 或 IE10 以上浏览器访问</div>
</div></footer>
<script src="/portal/static/lib/jquery.min.js"></script>
<script src="/portal/static/lib/bootstrap.bundle.min.js"></script>
<script src="/portal/static/lib/select2.min.js"></script>
<script src="/portal/static/lib/select2.zh-CN.js"></script>
<script src="/portal/static/lib/datepicker.min.js"></script>
<script src="/portal/static/lib/datepicker.zh-CN.min.js"></script>
<script src="/portal/static/js/dict.js"></script>
<script src="/portal/static/js/common.js"></script>
${page.scripts.map((src) => `<script src="/portal/static/js/${src}"></script>`).join('\n')}
</body></html>`;
}

export default {
  id: 'bootstrap-select2',
  library: 'jQuery 3.8 + Bootstrap 5.3.9 + select2 4.0.13 (zh-CN) + bootstrap-datepicker 1.10.1 (zh-CN), classic server-rendered pages',
  host: 'www.beian.gov.cn',
  pages: [
    { kind: 'subject', url: '/portal/ucenter/subject/list.do', open: [{ click: 'button:has-text("新增主体")' }, { waitFor: '#subjectForm' }] },
    { kind: 'website-basic', url: '/portal/ucenter/website/apply.do?step=2' },
    { kind: 'website-people', url: '/portal/ucenter/website/apply.do?step=3' },
  ],
  async handle(req, res, kit) {
    const url = new URL(req.url ?? '/', 'http://www.beian.gov.cn');
    const path = url.pathname;
    const html = (page: PageBody) => kit.send(res, 200, 'text/html; charset=utf-8', layout(page));
    if (path === '/' || path === '/portal/index.do') {
      res.writeHead(302, { location: '/portal/ucenter/index.do' });
      res.end();
      return true;
    }
    if (path.startsWith('/portal/static/lib/')) {
      const file = LIB[path.slice('/portal/static/lib/'.length)];
      if (!file) return false;
      kit.sendFile(res, kit.nodeModule(file));
      return true;
    }
    if (path === '/portal/static/js/dict.js') {
      kit.send(res, 200, 'text/javascript; charset=utf-8', `window.BA_DICT = ${JSON.stringify(DICT)};`);
      return true;
    }
    const asset = /^\/portal\/static\/(js|css)\/([\w-]+\.(?:js|css))$/.exec(path);
    if (asset) {
      kit.sendFile(res, resolve(HERE, 'public', asset[1]!, asset[2]!));
      return true;
    }
    switch (path) {
      case '/portal/ucenter/subject/list.do':
        html(subjectPage());
        return true;
      case '/portal/ucenter/website/apply.do':
        html(applyStep(Number(url.searchParams.get('step') ?? '1'), (subjects.at(-1) ?? DEMO_SUBJECT) as Record<string, unknown>));
        return true;
      case '/portal/common/area.do':
        await wait();
        json(kit, res, { code: 0, data: areaChildren(url.searchParams.get('pid') ?? '') });
        return true;
      case '/portal/common/ispArea.do':
        await wait();
        json(kit, res, { code: 0, data: url.searchParams.get('scope') === '2' ? COUNTRIES.map(([code, name]) => ({ code, name })) : areaChildren('') });
        return true;
      case '/portal/common/ispList.do':
        await wait();
        json(kit, res, { code: 0, data: providers(url.searchParams.get('type') ?? 'access', url.searchParams.get('area') ?? '') });
        return true;
      case '/portal/common/upload.do': {
        const stored = parseUpload(await kit.body(req), String(req.headers['content-type'] ?? ''));
        await wait();
        if (!stored) {
          json(kit, res, { code: 1, msg: '未接收到文件' });
          return true;
        }
        const fileId = randomBytes(8).toString('hex');
        files.set(fileId, stored);
        json(kit, res, { code: 0, data: { fileId, fileName: stored.name, size: stored.data.length, url: `/portal/common/file.do?id=${fileId}` } });
        return true;
      }
      case '/portal/common/file.do': {
        const stored = files.get(url.searchParams.get('id') ?? '');
        if (!stored) return false;
        kit.send(res, 200, stored.type, stored.data);
        return true;
      }
      case '/portal/common/sendSms.do':
        await kit.body(req);
        await wait();
        json(kit, res, { code: 0, msg: '验证码已发送，5分钟内有效' });
        return true;
      case '/portal/ucenter/subject/current.do':
        json(kit, res, { code: 0, data: subjects.at(-1) ?? DEMO_SUBJECT });
        return true;
      case '/portal/ucenter/subject/save.do':
      case '/portal/ucenter/website/saveStep.do': {
        const form = Object.fromEntries(new URLSearchParams((await kit.body(req)).toString('utf8')));
        await wait();
        if (path.includes('subject')) subjects.push({ ...form, files: [form.zjzm, form.zjfm].filter(Boolean).map((id) => ({ fileId: id, fileName: files.get(String(id))?.name ?? '' })), shzt: '待审核' });
        json(kit, res, { code: 0, msg: '保存成功', data: { id: randomBytes(6).toString('hex') } });
        return true;
      }
    }
    const other = /^\/portal\/ucenter\/(?:website\/)?(\w+)\.do$/.exec(path);
    if (other) {
      html(placeholderPage(other[1]!));
      return true;
    }
    return false;
  },
} satisfies Rendering;
