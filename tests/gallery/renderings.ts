import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { designPage, type GalleryPage, type PageKind } from './model';
import { Random } from './random';
import { STATIC_LAYOUTS, renderStatic } from './layouts/static';
import { VUE_LIBRARIES, renderVue, type LibraryId } from './layouts/vue';

/**
 * The gallery: every layout draws the subject page, wizard step 2 and step 3 under routes and
 * names of its own. Seeded, so a rendering is the same on every machine and in every run; the
 * engine was never written against any of them.
 */
export const PAGE_KINDS: readonly PageKind[] = ['subject', 'website', 'people'];
/** What the extension should recognise each page as. */
export const PAGE_IDS: Record<PageKind, string> = { subject: 'subject', website: 'website-basic', people: 'website-people' };

export interface GalleryPageRendering {
  kind: PageKind;
  host: string;
  /** Path and, for single-page apps, the #/ route. */
  url: string;
  path: string;
  design: GalleryPage;
  html: string;
}

export interface GalleryRendering {
  id: string;
  pages: GalleryPageRendering[];
}

const HOSTS = ['www.beian.gov.cn', 'beian.mps.gov.cn'];
/** The seed the tests use. The bench also draws the gallery afresh from other seeds, as renderings nobody has tuned against. */
export const GALLERY_SEED = 'gallery-2026-11';

function shell(title: string, head: string, body: string, script: string): string {
  return `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title><script src="/gallery/in-flight.js"></script>${head}<style>${CSS}</style></head><body>${body}${script}</body></html>`;
}

const CSS = `body{font:14px/1.6 "WenQuanYi Micro Hei",sans-serif;margin:16px}[hidden]{display:none!important}table{border-collapse:collapse;margin-bottom:12px}td,th{border:1px solid #ddd;padding:4px 8px;text-align:left}input,select,textarea{margin:2px}.form-floating{position:relative;margin:6px 0}.form-floating label{position:absolute;left:8px;top:-8px;font-size:12px;background:#fff}dl div{display:flex}dt{width:180px}li{list-style:none;margin:4px 0}`;

function renderPage(layout: string, kind: PageKind, random: Random): { design: GalleryPage; html: string; spa: boolean } {
  const design = designPage(kind, random);
  const title = random.pick(['全国互联网安全管理服务平台', '全国公安机关互联网站安全服务平台', '网站备案']);
  const fields = design.blocks.flatMap((block) => block.fields).map(({ key, control, sides, showWhen, unitOnly }) => ({ key, control, sides, showWhen, unitOnly }));
  if (VUE_LIBRARIES.includes(layout as LibraryId)) {
    const { head, body, script } = renderVue(layout as LibraryId, design, random);
    return { design, html: shell(title, head, body, script), spa: true };
  }
  const staticLayout = STATIC_LAYOUTS.find((candidate) => candidate.id === layout)!;
  const body = renderStatic(staticLayout, design, random);
  const script = `<script>window.__galleryModel = ${JSON.stringify({ fields })};</script><script src="/gallery/static.js"></script>`;
  return { design, html: shell(title, '', body, script), spa: false };
}

const drawn = new Map<string, GalleryRendering[]>();

export function gallery(seed = GALLERY_SEED): GalleryRendering[] {
  const cached = drawn.get(seed);
  if (cached) return cached;
  const renderings = [...STATIC_LAYOUTS.map((layout) => layout.id), ...VUE_LIBRARIES].map((layout, index) => {
    const random = new Random(`${seed}/${layout}`);
    const host = HOSTS[index % HOSTS.length]!;
    return {
      id: layout,
      pages: PAGE_KINDS.map((kind) => {
        const { design, html, spa } = renderPage(layout, kind, random);
        const path = `/${random.word(4)}/${random.word(5)}${random.chance(0.5) ? `/${random.word(3)}.html` : '/'}`;
        const url = spa || random.chance(0.3) ? `${path}#/${random.word(4)}/${random.word(6)}` : path;
        return { kind, host, url, path, design, html };
      }),
    };
  });
  drawn.set(seed, renderings);
  return renderings;
}

/** Seeds the server answers for besides the tests' own: set by the bench before it starts the replica. */
export const EXTRA_SEEDS: string[] = [];

export const GALLERY_SCRIPTS: Record<string, string> = {
  '/gallery/static.js': resolve(import.meta.dirname, 'static.js'),
  '/gallery/vue-app.js': resolve(import.meta.dirname, 'vue-app.js'),
  '/gallery/in-flight.js': resolve(import.meta.dirname, 'in-flight.js'),
};

export function galleryScript(path: string): Buffer | undefined {
  const file = GALLERY_SCRIPTS[path];
  return file ? readFileSync(file) : undefined;
}
