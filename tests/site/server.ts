import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { citiesOf, districtsOf, provinces } from '../../lib/model/regions';
import { galleryRoutes } from '../gallery/routes';
import { classicRoutes } from './classic/routes';
import { OVERSEAS_REGIONS, PROVIDERS } from './forms';
import { modernRoutes } from './modern/routes';
import { initialState, newSession, randomCode, type ReplicaState, type Session } from './state';

/**
 * The replica of the filing platform: the classic portal on www.beian.gov.cn and the modern app
 * on beian.mps.gov.cn, told apart by the Host header (tests and `npm start` map both names to
 * this server with --host-resolver-rules). It records every submission for the tests to read at
 * /__test/state.
 */
const ROOT = resolve(import.meta.dirname, '../..');
const MODERN_HOST = 'beian.mps.gov.cn';

const VENDOR: Record<string, [string, string]> = {
  '/vendor/jquery.js': ['node_modules/jquery/dist/jquery.min.js', 'text/javascript'],
  '/vendor/vue.js': ['node_modules/vue/dist/vue.global.prod.js', 'text/javascript'],
  '/vendor/element-plus.js': ['node_modules/element-plus/dist/index.full.min.js', 'text/javascript'],
  '/vendor/element-plus.css': ['node_modules/element-plus/dist/index.css', 'text/css'],
  '/vendor/element-plus-zh-cn.js': ['node_modules/element-plus/dist/locale/zh-cn.min.js', 'text/javascript'],
  '/vendor/vue2.js': ['node_modules/vue2/dist/vue.min.js', 'text/javascript'],
  '/vendor/element-ui.js': ['node_modules/element-ui/lib/index.js', 'text/javascript'],
  '/vendor/element-ui.css': ['node_modules/element-ui/lib/theme-chalk/index.css', 'text/css'],
  '/vendor/antd.js': ['node_modules/ant-design-vue/dist/antd.min.js', 'text/javascript'],
  '/vendor/antd-reset.css': ['node_modules/ant-design-vue/dist/reset.css', 'text/css'],
  '/vendor/dayjs.js': ['node_modules/dayjs/dayjs.min.js', 'text/javascript'],
  ...Object.fromEntries(
    ['advancedFormat', 'customParseFormat', 'localeData', 'quarterOfYear', 'weekOfYear', 'weekYear', 'weekday'].map((plugin) => [`/vendor/dayjs/${plugin}.js`, [`node_modules/dayjs/plugin/${plugin}.js`, 'text/javascript']]),
  ),
  '/vendor/iview.js': ['node_modules/view-design/dist/iview.min.js', 'text/javascript'],
  '/vendor/iview.css': ['node_modules/view-design/dist/styles/iview.css', 'text/css'],
  '/static/classic.js': ['tests/site/classic/classic.js', 'text/javascript'],
  '/static/classic.css': ['tests/site/classic/classic.css', 'text/css'],
  '/static/modern.js': ['tests/site/modern/app.js', 'text/javascript'],
  '/static/modern.css': ['tests/site/modern/app.css', 'text/css'],
};

export interface Request {
  method: string;
  url: URL;
  modern: boolean;
  session: Session;
  state: ReplicaState;
  body: () => Promise<Buffer>;
  form: () => Promise<FormData>;
  json: () => Promise<Record<string, unknown>>;
  headers: IncomingMessage['headers'];
}

export interface Reply {
  status?: number;
  type?: string;
  body?: string | Buffer;
  redirect?: string;
}

export type Route = (request: Request) => Promise<Reply | undefined> | Reply | undefined;

export const html = (body: string, status = 200): Reply => ({ status, type: 'text/html; charset=utf-8', body });
export const json = (value: unknown, status = 200): Reply => ({ status, type: 'application/json; charset=utf-8', body: JSON.stringify(value) });

/** The cascades answer after a realistic delay, so a filler has to wait for them. */
const cascadeDelay = () => new Promise((done) => setTimeout(done, 150 + Math.random() * 350));

export function captchaSvg(code: string): string {
  const letters = [...code]
    .map((char, index) => `<text x="${12 + index * 20}" y="${26 + (index % 2) * 4}" transform="rotate(${(index % 2 ? 8 : -8)} ${12 + index * 20} 24)">${char}</text>`)
    .join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="96" height="36"><rect width="96" height="36" fill="#eef"/><path d="M0 20 Q48 0 96 24" stroke="#99c" fill="none"/><g font-family="monospace" font-size="22" fill="#335">${letters}</g></svg>`;
}

const commonRoutes: Route = async (request) => {
  const { url, state, session } = request;
  const vendor = VENDOR[url.pathname];
  if (vendor) return { type: `${vendor[1]}; charset=utf-8`, body: readFileSync(resolve(ROOT, vendor[0])) };
  switch (url.pathname) {
    case '/common/region': {
      await cascadeDelay();
      const parent = url.searchParams.get('parent') ?? '';
      const children = !parent ? provinces() : parent.endsWith('0000') ? citiesOf(parent) : districtsOf(parent);
      return json(children);
    }
    case '/common/provider-regions':
      await cascadeDelay();
      return json(url.searchParams.get('scope') === '境外' ? OVERSEAS_REGIONS : provinces().map((option) => option.name));
    case '/common/providers': {
      await cascadeDelay();
      const region = url.searchParams.get('region') ?? '';
      const query = url.searchParams.get('q') ?? '';
      const names = (PROVIDERS[region] ?? []).filter((name) => name.includes(query));
      return json([...names, '其他']);
    }
    case '/portal/captcha.svg': {
      session.captcha = randomCode(4, 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789');
      return { type: 'image/svg+xml', body: captchaSvg(session.captcha) };
    }
    case '/portal/sms':
    case '/api/sms':
      session.smsCode = randomCode(6);
      state.lastSms = session.smsCode;
      return json({ code: 0, msg: '验证码已发送' });
    case '/__test/state':
      return json({ submissions: state.submissions, lastSms: state.lastSms, captcha: session.captcha, subject: state.subject });
    case '/__test/reset':
      Object.assign(state, initialState());
      return json({ ok: true });
    case '/__test/subject':
      // Benchmarks start the wizard without filling the subject page first.
      state.subject = { nature: '企业单位', 'principal.name': '林晓峰' };
      state.subjectStatus = '审核中';
      return json({ ok: true });
    case '/__test/site':
      // A site of the person's own (its footer for the footer check), as the test writes it: not a page of the platform.
      return { type: 'text/html; charset=utf-8', body: `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>青梧科技</title></head><body><main><h1>青梧科技</h1></main><footer>${url.searchParams.get('footer') ?? ''}</footer></body></html>` };
    case '/__test/login':
      session.loggedIn = true;
      return { redirect: url.searchParams.get('next') ?? '/' };
    default:
      return undefined;
  }
};

function sessionOf(state: ReplicaState, request: IncomingMessage): { session: Session; fresh: boolean } {
  const id = /JSESSIONID=([a-f0-9]+)/.exec(request.headers.cookie ?? '')?.[1];
  const existing = id ? state.sessions.get(id) : undefined;
  return existing ? { session: existing, fresh: false } : { session: newSession(state), fresh: true };
}

function reader(incoming: IncomingMessage) {
  let cached: Promise<Buffer> | undefined;
  return () =>
    (cached ??= new Promise<Buffer>((done, fail) => {
      const chunks: Buffer[] = [];
      incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
      incoming.on('end', () => done(Buffer.concat(chunks)));
      incoming.on('error', fail);
    }));
}

export interface Replica {
  server: Server;
  port: number;
  state: ReplicaState;
  close: () => Promise<void>;
}

export async function startReplica(port = 0): Promise<Replica> {
  const state = initialState();
  const server = createServer(async (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const { session, fresh } = sessionOf(state, incoming);
    const host = (incoming.headers.host ?? '').split(':')[0] ?? '';
    const body = reader(incoming);
    const request: Request = {
      method: incoming.method ?? 'GET',
      url: new URL(incoming.url ?? '/', `http://${host || 'localhost'}`),
      modern: host === MODERN_HOST,
      session,
      state,
      headers: incoming.headers,
      body,
      form: async () =>
        new globalThis.Request('http://replica/', {
          method: 'POST',
          headers: { 'content-type': incoming.headers['content-type'] ?? '' },
          body: new Uint8Array(await body()),
        }).formData(),
      json: async () => JSON.parse((await body()).toString('utf8') || '{}') as Record<string, unknown>,
    };
    let reply: Reply | undefined;
    try {
      reply = (await commonRoutes(request)) ?? (await galleryRoutes(request)) ?? (await (request.modern ? modernRoutes : classicRoutes)(request));
    } catch (error) {
      reply = json({ code: 500, msg: `服务器错误：${error instanceof Error ? error.message : String(error)}` }, 500);
    }
    reply ??= html('<h1>404 页面不存在</h1>', 404);
    const headers: Record<string, string> = { 'cache-control': 'no-store' };
    if (fresh) headers['set-cookie'] = `JSESSIONID=${session.id}; Path=/; HttpOnly`;
    if (reply.redirect) {
      outgoing.writeHead(302, { ...headers, location: reply.redirect });
      outgoing.end();
      return;
    }
    outgoing.writeHead(reply.status ?? 200, { ...headers, 'content-type': reply.type ?? 'text/plain; charset=utf-8' });
    outgoing.end(reply.body ?? '');
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    server,
    state,
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.dirname, 'server.ts')) {
  const port = Number(process.env.PORT ?? 8630);
  const replica = await startReplica(port);
  console.log(`Replica of the filing platform on http://127.0.0.1:${replica.port} (Host: www.beian.gov.cn or beian.mps.gov.cn)`);
}
