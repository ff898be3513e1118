import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, resolve } from 'node:path';
import { build } from 'esbuild';
import type { Rendering, StrangerKit } from './contract';

/** Serving a blind rendering on 127.0.0.1 (tests map the platform's host names to it). */
const ROOT = resolve(import.meta.dirname, '../..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.jsp': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

const bundles = new Map<string, Promise<{ js: string; css: string }>>();

async function bundle(entry: string): Promise<{ js: string; css: string }> {
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    outdir: '/bundle',
    jsx: 'automatic',
    define: { 'process.env.NODE_ENV': '"production"' },
    loader: { '.png': 'dataurl', '.svg': 'dataurl', '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl' },
    logLevel: 'silent',
  });
  const text = (ending: string) => result.outputFiles.filter((file) => file.path.endsWith(ending)).map((file) => file.text).join('\n');
  return { js: text('.js'), css: text('.css') };
}

export const kit: StrangerKit = {
  sendFile(res, absolutePath, type) {
    if (!existsSync(absolutePath)) {
      kit.send(res, 404, 'text/plain; charset=utf-8', `not found: ${absolutePath}`);
      return;
    }
    kit.send(res, 200, type ?? TYPES[extname(absolutePath)] ?? 'application/octet-stream', readFileSync(absolutePath));
  },
  nodeModule: (relativePath) => resolve(ROOT, 'node_modules', relativePath),
  bundle(entry) {
    let pending = bundles.get(entry);
    if (!pending) {
      pending = bundle(entry);
      bundles.set(entry, pending);
    }
    return pending;
  },
  body: (req) =>
    new Promise<Buffer>((done, fail) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => done(Buffer.concat(chunks)));
      req.on('error', fail);
    }),
  send(res, status, type, body) {
    res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
    res.end(body);
  },
};

export interface ServedRendering {
  port: number;
  close(): Promise<void>;
}

export async function serveRendering(rendering: Rendering, port = 0): Promise<ServedRendering> {
  const server: Server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    try {
      if (!(await rendering.handle(req, res, kit)) && !res.headersSent) kit.send(res, 404, 'text/html; charset=utf-8', '<h1>404</h1>');
    } catch (error) {
      if (!res.headersSent) kit.send(res, 500, 'text/plain; charset=utf-8', `rendering ${rendering.id} failed: ${error instanceof Error ? error.stack : String(error)}`);
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    close: () =>
      new Promise<void>((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}

/** The frozen renderings: every folder of tests/strangers with a rendering.ts. */
export function renderingIds(): string[] {
  return readdirSync(import.meta.dirname, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(resolve(import.meta.dirname, entry.name, 'rendering.ts')))
    .map((entry) => entry.name)
    .sort();
}

export async function loadRendering(id: string): Promise<Rendering> {
  const module = (await import(resolve(import.meta.dirname, id, 'rendering.ts'))) as { default: Rendering };
  return module.default;
}

/** Chromium's flag that sends both platform host names to the rendering's server. */
export function strangerHostRules(port: number): string {
  return `--host-resolver-rules=MAP www.beian.gov.cn 127.0.0.1:${port}, MAP beian.mps.gov.cn 127.0.0.1:${port}`;
}
