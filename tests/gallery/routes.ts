import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { html, json, type Route } from '../site/server';
import { EXTRA_SEEDS, GALLERY_SEED, gallery, galleryScript } from './renderings';

/**
 * The gallery, served by the replica's server on both platform hosts (`npm run replica`, then
 * /gallery/ lists every rendering): its pages, their scripts, and an upload endpoint that
 * accepts any scan.
 */
/** The icon fonts the libraries' stylesheets ask for, relative to /vendor/. */
const FONT_DIRS = ['node_modules/element-ui/lib/theme-chalk/fonts', 'node_modules/view-design/dist/styles/fonts'].map((dir) => resolve(import.meta.dirname, '../..', dir));

export const galleryRoutes: Route = async (request) => {
  const { url } = request;
  const font = /^\/vendor\/fonts\/([\w.-]+)$/.exec(url.pathname)?.[1];
  if (font) {
    const file = FONT_DIRS.map((dir) => resolve(dir, font)).find(existsSync);
    return file ? { type: font.endsWith('.ttf') ? 'font/ttf' : 'font/woff', body: readFileSync(file) } : html('', 404);
  }
  const script = galleryScript(url.pathname);
  if (script) return { type: 'text/javascript; charset=utf-8', body: script };
  if (url.pathname === '/gallery/upload') {
    const file = (await request.form()).get('file');
    return json({ code: 0, data: { name: file && typeof file !== 'string' ? file.name : '' } });
  }
  if (url.pathname === '/gallery/' || url.pathname === '/gallery') {
    const links = gallery()
      .flatMap((rendering) => rendering.pages.map((page) => `<li><a href="http://${page.host}${page.url}">${rendering.id} · ${page.kind}</a></li>`))
      .join('');
    return html(`<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>Gallery</title></head><body><h1>Renderings the engine was not written against</h1><ul>${links}</ul></body></html>`);
  }
  for (const seed of [GALLERY_SEED, ...EXTRA_SEEDS]) {
    for (const rendering of gallery(seed)) {
      const page = rendering.pages.find((candidate) => candidate.path === url.pathname);
      if (page) return html(page.html);
    }
  }
  return undefined;
};
