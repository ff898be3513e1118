import type { IncomingMessage, ServerResponse } from 'node:http';
import { resolve } from 'node:path';
import { areaList } from '@vant/area-data';
import type { Rendering, StrangerKit } from '../contract';
import { COUNTRIES, DICTS, providersOf } from './dicts';

/**
 * 全国公安机关互联网站安全服务平台 — 个人中心（Vue 3 + Element Plus 后台风格）。
 * 静态资源在 /web/ 下，接口在 /prod-api/ 下（若依式 { code, msg, data } 响应）。
 */
const APP = resolve(import.meta.dirname, 'app/main.js');

const LIBS: Record<string, string> = {
  '/web/lib/vue.global.prod.js': 'vue/dist/vue.global.prod.js',
  '/web/lib/element-plus/index.full.min.js': 'element-plus/dist/index.full.min.js',
  '/web/lib/element-plus/index.css': 'element-plus/dist/index.css',
  '/web/lib/element-plus/zh-cn.min.js': 'element-plus/dist/locale/zh-cn.min.js',
  '/web/lib/icons-vue/index.iife.min.js': '@element-plus/icons-vue/dist/index.iife.min.js',
};

const INDEX = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1">
<title>全国公安机关互联网站安全服务平台</title>
<link rel="stylesheet" href="/web/lib/element-plus/index.css">
<link rel="stylesheet" href="/web/assets/index.css">
</head>
<body>
<div id="app"><div class="app-loading">正在加载系统资源，请耐心等待</div></div>
<script src="/web/lib/vue.global.prod.js"></script>
<script src="/web/lib/element-plus/index.full.min.js"></script>
<script src="/web/lib/element-plus/zh-cn.min.js"></script>
<script src="/web/lib/icons-vue/index.iife.min.js"></script>
<script src="/web/assets/index.js"></script>
</body>
</html>`;

const SUBJECTS = [
  {
    subjectId: 1021, nature: '1', unitName: '宁波明远文化传播有限公司', unitCertType: '01', unitCertNumber: '91330212MA2AH5YB7K', supervisor: '张明远',
    residence: ['330000', '330200', '330212'], residenceText: '浙江省宁波市鄞州区', residenceDetail: '鄞州区天童南路588号B座1203室',
    principalName: '张明远', certType: '1', certNumber: '330212197811034411', certExpiry: '2031-06-30', certFront: 'zhangmingyuan-front.jpg',
    officePhone: '0574-87651234', mobile: '13906681234', email: 'zmy@mingyuan-culture.cn', remark: '', status: '2', createTime: '2024-03-18 10:24:51',
  },
  {
    subjectId: 1187, nature: '5', unitName: '李慧敏', residence: ['320000', '320100', '320106'], residenceText: '江苏省南京市鼓楼区',
    residenceDetail: '中山北路200号3栋402', principalName: '李慧敏', certType: '1', certNumber: '320106199004120829', certExpiry: '2030-04-12',
    certFront: 'lihuimin-front.jpg', officePhone: '025-83451122', mobile: '15951887720', email: 'lihm@163.com', remark: '', status: '1',
    createTime: '2025-06-02 16:40:12',
  },
];

const WEBSITES = [
  { websiteId: 5501, tab: 'filed', websiteName: '明远文化', domain: 'mingyuan-culture.cn', subjectName: '宁波明远文化传播有限公司', category: '非交互式', applyDate: '2024-03-22', finishDate: '2024-03-26', recordNo: '33021202001562', status: '已备案' },
  { websiteId: 5502, tab: 'filed', websiteName: '明远书画频道', domain: 'shuhua.mingyuan-culture.cn', subjectName: '宁波明远文化传播有限公司', category: '交互式', applyDate: '2024-09-10', finishDate: '2024-09-19', recordNo: '33021202001893', status: '已备案' },
  { websiteId: 5610, tab: 'auditing', websiteName: '明远活动报名', domain: 'huodong-mingyuan.cn', subjectName: '宁波明远文化传播有限公司', category: '交互式', applyDate: '2025-07-01', finishDate: '', recordNo: '', status: '审核中' },
  { websiteId: 5633, tab: 'draft', websiteName: '明远读书会', domain: 'mingyuan-read.cn', subjectName: '宁波明远文化传播有限公司', category: '', applyDate: '2025-07-08', finishDate: '', recordNo: '', status: '草稿（第3步）' },
];

/** 草稿 5633：第 2 步已填完，停在第 3 步“网站负责人”。 */
const DRAFT = {
  websiteId: 5633, subjectId: 1021, step: 3,
  basic: {
    name: '明远读书会', hasIcp: 'Y', icpNumber: '浙ICP备2024031122号-3', hasOwnDomain: 'Y', domain: 'mingyuan-read.cn',
    subdomains: ['www.mingyuan-read.cn'], ips: ['121.41.20.88'], openedOn: '2025-06-20', accessMethod: '05',
    access: { scope: '1', regionCode: '330000', regionName: '浙江省', ispId: '330000001', ispName: '阿里云计算有限公司' },
    registrar: { scope: '1', regionCode: '330000', regionName: '浙江省', ispId: '330000001', ispName: '阿里云计算有限公司' },
    interactive: 'N', serviceTypes: ['01'], hasControlled: 'N', hasPreapproval: 'N', languages: ['zh_CN'], operating: '2', level: '3', serviceCategory: '02',
  },
};

const wait = () => new Promise((done) => setTimeout(done, 100 + Math.floor(Math.random() * 300)));
const json = (kit: StrangerKit, res: ServerResponse, payload: object) => kit.send(res, 200, 'application/json; charset=utf-8', JSON.stringify({ code: 200, msg: '操作成功', ...payload }));

function children(code: string): { code: string; name: string; leaf: boolean }[] {
  if (!code) return Object.entries(areaList.province_list).map(([c, name]) => ({ code: c, name, leaf: false }));
  if (code.endsWith('0000')) {
    return Object.entries(areaList.city_list).filter(([c]) => c.slice(0, 2) === code.slice(0, 2)).map(([c, name]) => ({ code: c, name, leaf: false }));
  }
  return Object.entries(areaList.county_list).filter(([c]) => c.slice(0, 4) === code.slice(0, 4)).map(([c, name]) => ({ code: c, name, leaf: true }));
}

let nextId = 9000;

async function api(req: IncomingMessage, res: ServerResponse, kit: StrangerKit, url: URL): Promise<boolean> {
  const path = url.pathname.slice('/prod-api'.length);
  const q = url.searchParams;
  const post = req.method === 'POST';
  if (post || req.method === 'PUT') await kit.body(req);
  await wait();
  if (path === '/getInfo') {
    json(kit, res, { user: { userName: 'mingyuan_nb', nickName: '张明远', phonenumber: '139****1234' }, roles: ['beian_user'] });
  } else if (path.startsWith('/system/dict/data/type/')) {
    const rows = DICTS[path.split('/').pop() ?? ''] ?? [];
    json(kit, res, { data: rows.map(([dictValue, dictLabel], dictSort) => ({ dictValue, dictLabel, dictSort })) });
  } else if (path === '/system/area/children') {
    json(kit, res, { data: children(q.get('code') ?? '') });
  } else if (path === '/beian/isp/regions') {
    json(kit, res, { data: q.get('scope') === '2' ? COUNTRIES.map(([code, name]) => ({ code, name })) : children('').map(({ code, name }) => ({ code, name })) });
  } else if (path === '/beian/isp/list') {
    const code = q.get('regionCode') ?? '';
    json(kit, res, { data: providersOf(code, areaList.province_list[code]) });
  } else if (path === '/beian/subject/list') {
    const name = q.get('unitName') ?? '';
    const status = q.get('status') ?? '';
    const rows = SUBJECTS.filter((s) => s.unitName.includes(name) && (!status || s.status === status));
    json(kit, res, { rows, total: rows.length });
  } else if (path === '/beian/website/list') {
    const tab = q.get('tab') ?? 'auditing';
    const rows = WEBSITES.filter((w) => w.tab === tab && w.websiteName.includes(q.get('websiteName') ?? '') && w.domain.includes(q.get('domain') ?? ''));
    const counts = Object.fromEntries(['auditing', 'unfiled', 'claim', 'filed', 'draft'].map((t) => [t, WEBSITES.filter((w) => w.tab === t).length]));
    json(kit, res, { rows, total: rows.length, counts });
  } else if (path === `/beian/website/draft/${DRAFT.websiteId}`) {
    json(kit, res, { data: DRAFT });
  } else if (post && (path === '/beian/subject' || path === '/beian/website' || path === '/beian/website/draft')) {
    json(kit, res, { data: { id: nextId++ } });
  } else if (post && path === '/common/upload') {
    const ossId = String(nextId++);
    json(kit, res, { data: { ossId, url: `/web/profile/upload/${ossId}.png` } });
  } else if (post && path === '/captcha/sms') {
    json(kit, res, { msg: '验证码已发送，请注意查收（5分钟内有效）' });
  } else {
    return false;
  }
  return true;
}

export default {
  id: 'admin-dialogs',
  library: 'Vue 3.5 (global build) with Element Plus 2.14.8 (index.full.min.js, zh-cn locale) and @element-plus/icons-vue 2.3, in a RuoYi-Vue3-like admin layout',
  host: 'beian.mps.gov.cn',
  pages: [
    {
      kind: 'subject',
      url: '/web/#/business/subject',
      open: [{ click: 'role=button[name="新增"]' }, { waitFor: '.el-dialog .subject-form' }],
    },
    {
      kind: 'website-basic',
      url: '/web/#/business/website',
      open: [{ click: 'role=button[name="新增备案"]' }, { waitFor: '.el-dialog .wizard-subject' }, { click: 'role=button[name="下一步"]' }, { waitFor: '.el-dialog .basic-form' }],
    },
    {
      kind: 'website-people',
      url: '/web/#/business/website',
      open: [{ click: 'text=已保存草稿' }, { click: 'role=button[name="继续填写"]' }, { waitFor: '.el-dialog .people-form' }],
    },
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
      kit.send(res, 200, 'text/html; charset=utf-8', INDEX);
      return true;
    }
    const lib = LIBS[path];
    if (lib) {
      kit.sendFile(res, kit.nodeModule(lib));
      return true;
    }
    if (path === '/web/assets/index.js' || path === '/web/assets/index.css') {
      const built = await kit.bundle(APP);
      if (path.endsWith('.js')) kit.send(res, 200, 'text/javascript; charset=utf-8', built.js);
      else kit.send(res, 200, 'text/css; charset=utf-8', built.css);
      return true;
    }
    if (path.startsWith('/web/profile/upload/')) {
      kit.send(res, 200, 'image/svg+xml', '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="80"><rect width="120" height="80" fill="#e8f0fe"/><text x="60" y="45" font-size="12" text-anchor="middle" fill="#409eff">已上传</text></svg>');
      return true;
    }
    if (path === '/favicon.ico') {
      kit.send(res, 204, 'image/x-icon', '');
      return true;
    }
    if (path.startsWith('/prod-api/')) return api(req, res, kit, url);
    return false;
  },
} satisfies Rendering;
