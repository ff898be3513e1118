import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import type { Rendering, StrangerKit } from '../contract';
import { COUNTRIES, areaChildren, ispList } from './data';
import { CERTS_BY_NATURE, DICT } from './dict';
import { placeholderPage, step1Page, step2Page, step3Page, subjectPage, type SavedSubject } from './pages';

/**
 * The classic portal www.beian.gov.cn, as a Struts/JSP-era application would serve it: every page is
 * a server-rendered page load; lists (areas, providers) come by AJAX from `*.do?method=…` actions.
 */
const HERE = import.meta.dirname;
const SUBJECT_URL = '/portal/wzba/zbManage.do?method=toZtgl';
const STEP_URL = (step: number) => `/portal/wzba/wzsq.do?method=toApply&step=${step}`;

interface StoredFile {
  name: string;
  type: string;
  bytes: Buffer;
}

const files = new Map<string, StoredFile>();
let fileSeq = 0;

/** A card-shaped placeholder for the demo subject's scan, until the person saves a subject of their own. */
const DEMO_SCAN = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="320" height="200"><rect width="320" height="200" rx="12" fill="#e8f0fb" stroke="#8aa9d6"/><text x="160" y="108" font-size="20" text-anchor="middle" fill="#5578a8">居民身份证（正面）</text></svg>',
);
files.set('F20240000001', { name: 'fzr-zjzm.svg', type: 'image/svg+xml', bytes: DEMO_SCAN });

/** The subject this account has on file (step 1 shows it; step 3's 同主体负责人信息 copies its principal). */
let subject: SavedSubject & { fzrZjId: string } = {
  ztxz: '5',
  zbdwmc: '张建国',
  fzrxm: '张建国',
  fzrZjlx: '1',
  fzrZjhm: '110108198001011234',
  bgdh: '010-62345678',
  sjhm: '13900001234',
  dzyx: 'zhangjianguo@example.cn',
  address: '北京市北京市海淀区中关村大街1号',
  bz: '',
  fzrZjId: 'F20240000001',
};

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const lag = () => sleep(100 + Math.floor(Math.random() * 300));

function json(res: ServerResponse, kit: StrangerKit, data: unknown): true {
  kit.send(res, 200, 'application/json; charset=utf-8', JSON.stringify(data));
  return true;
}

/** One file part of a multipart body (layui upload posts the field `file`). */
function filePart(body: Buffer, contentType: string): StoredFile | undefined {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType);
  if (!boundary) return undefined;
  const marker = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  let start = body.indexOf(marker);
  while (start >= 0) {
    const headEnd = body.indexOf('\r\n\r\n', start);
    if (headEnd < 0) return undefined;
    const head = body.subarray(start, headEnd).toString('utf8');
    const next = body.indexOf(marker, headEnd);
    const name = /filename="([^"]*)"/.exec(head)?.[1];
    if (name !== undefined && next > 0) {
      return { name, type: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1] ?? 'application/octet-stream', bytes: body.subarray(headEnd + 4, next - 2) };
    }
    start = next;
  }
  return undefined;
}

function areaName(code: string): string {
  for (const level of [areaChildren('0'), areaChildren(`${code.slice(0, 2)}0000`), areaChildren(`${code.slice(0, 4)}00`)]) {
    const hit = level.find((item) => item.code === code);
    if (hit) return hit.name;
  }
  return '';
}

async function api(req: IncomingMessage, res: ServerResponse, kit: StrangerKit, url: URL): Promise<boolean> {
  const path = url.pathname;
  const method = url.searchParams.get('method') ?? '';
  const q = (name: string) => url.searchParams.get(name) ?? '';

  if (path === '/portal/common/area.do' && method === 'getChildren') {
    await lag();
    return json(res, kit, { code: 0, msg: 'success', data: areaChildren(q('parentCode')) });
  }
  if (path === '/portal/common/isp.do' && method === 'getRegions') {
    await lag();
    return json(res, kit, { code: 0, msg: 'success', data: q('jnjw') === '2' ? COUNTRIES : areaChildren('0') });
  }
  if (path === '/portal/common/isp.do' && method === 'getIspList') {
    await lag();
    const type = q('type') === 'ym' ? 'ym' : 'jr';
    return json(res, kit, { code: 0, msg: 'success', data: ispList(type, q('regionCode')) });
  }
  if (path === '/portal/common/upload.do' && method === 'upload' && req.method === 'POST') {
    const part = filePart(await kit.body(req), req.headers['content-type'] ?? '');
    await lag();
    if (!part || !part.bytes.length) return json(res, kit, { code: 1, msg: '未接收到文件，请重新选择' });
    const fileId = `F${Date.now().toString().slice(-8)}${String(++fileSeq).padStart(4, '0')}`;
    files.set(fileId, part);
    return json(res, kit, { code: 0, msg: '上传成功', data: { fileId, fileName: part.name, size: part.bytes.length, url: `/portal/common/upload.do?method=view&fileId=${fileId}` } });
  }
  if (path === '/portal/common/upload.do' && method === 'view') {
    const file = files.get(q('fileId'));
    if (!file) return json(res, kit, { code: 1, msg: '文件不存在' });
    kit.send(res, 200, file.type, file.bytes);
    return true;
  }
  if (path === '/portal/common/sms.do' && method === 'sendCode') {
    await kit.body(req);
    await lag();
    return json(res, kit, { code: 0, msg: '验证码已发送，5分钟内有效' });
  }
  if (path === '/portal/wzba/zbManage.do' && method === 'save' && req.method === 'POST') {
    const form = new URLSearchParams((await kit.body(req)).toString('utf8'));
    const f = (name: string) => form.get(name) ?? '';
    subject = {
      ztxz: f('ztxz'), zbdwmc: f('zbdwmc'), fzrxm: f('fzrxm'), fzrZjlx: f('fzrZjlx'), fzrZjhm: f('fzrZjhm'), bgdh: f('bgdh'),
      sjhm: f('sjhm'), dzyx: f('dzyx'), bz: f('bz'), fzrZjId: f('zjzmId'),
      address: [f('fzrSheng'), f('fzrShi'), f('fzrXian')].map(areaName).join('') + f('fzrXxdz'),
    };
    await lag();
    return json(res, kit, { code: 0, msg: '保存成功，请等待审核（2-3个工作日）' });
  }
  if (path === '/portal/wzba/zbManage.do' && method === 'getFzrxx') {
    await lag();
    const file = files.get(subject.fzrZjId);
    return json(res, kit, {
      code: 0,
      data: { xm: subject.fzrxm, zjlx: subject.fzrZjlx, zjhm: subject.fzrZjhm, sjhm: subject.sjhm, dzyx: subject.dzyx, zjId: subject.fzrZjId, zjName: file?.name ?? '', zjUrl: `/portal/common/upload.do?method=view&fileId=${subject.fzrZjId}` },
    });
  }
  if (path === '/portal/wzba/wzsq.do' && method === 'saveStep' && req.method === 'POST') {
    await kit.body(req);
    await lag();
    return json(res, kit, { code: 0, msg: '保存成功', data: { next: STEP_URL(Number(q('step')) + 1) } });
  }
  return false;
}

function html(res: ServerResponse, kit: StrangerKit, body: string): true {
  kit.send(res, 200, 'text/html; charset=utf-8', body);
  return true;
}

const rendering = {
  id: 'layui-portal',
  library: 'layui 2.13.6 (classic modular UI: form, laydate, upload, layer, element), served as is from node_modules/layui/dist; page scripts are plain ES5 with jQuery (layui.$)',
  host: 'www.beian.gov.cn',
  pages: [
    { kind: 'subject', url: SUBJECT_URL, open: [{ click: '#btnAddZt' }, { waitFor: '#ztForm' }] },
    { kind: 'website-basic', url: STEP_URL(2) },
    { kind: 'website-people', url: STEP_URL(3) },
  ],
  async handle(req, res, kit) {
    const url = new URL(req.url ?? '/', 'http://www.beian.gov.cn');
    const path = url.pathname;
    if (path.startsWith('/portal/layui/')) {
      kit.sendFile(res, kit.nodeModule(`layui/dist/${path.slice('/portal/layui/'.length).replace(/\.\.+/g, '')}`));
      return true;
    }
    if (path === '/portal/static/js/dict.js') {
      kit.send(res, 200, 'text/javascript; charset=utf-8', `window.BA_DICT=${JSON.stringify(DICT)};window.BA_CERTS_BY_NATURE=${JSON.stringify(CERTS_BY_NATURE)};`);
      return true;
    }
    if (path.startsWith('/portal/static/')) {
      kit.sendFile(res, resolve(HERE, 'public', path.slice('/portal/static/'.length).replace(/\.\.+/g, '')));
      return true;
    }
    if (path === '/favicon.ico') {
      res.writeHead(204, { 'cache-control': 'max-age=86400' });
      res.end();
      return true;
    }
    if (path === '/' || path === '/portal/index.do' || path === '/portal/index') {
      res.writeHead(302, { location: '/portal/ucenter/index.jsp' });
      res.end();
      return true;
    }
    if (path === '/portal/wzba/zbManage.do' && url.searchParams.get('method') === 'toZtgl') return html(res, kit, subjectPage());
    if (path === '/portal/wzba/wzsq.do' && url.searchParams.get('method') === 'toApply') {
      const step = url.searchParams.get('step') ?? '1';
      return html(res, kit, step === '2' ? step2Page() : step === '3' ? step3Page() : step1Page(subject));
    }
    if (await api(req, res, kit, url)) return true;
    const other: Record<string, [string, string]> = {
      '/portal/ucenter/index.jsp': ['主页', 'home'],
      '/portal/wzba/wzrl.do': ['已办网站认领', 'rl'],
      '/portal/wzba/wzbg.do': ['网站信息变更', 'bg'],
      '/portal/wzba/wzzx.do': ['网站注销申请', 'zx'],
      '/portal/ucenter/xyrz.jsp': ['信用认证', 'xy'],
    };
    const page = other[path];
    if (page) return html(res, kit, placeholderPage(page[0], page[1]));
    return false;
  },
} satisfies Rendering;

export default rendering;
