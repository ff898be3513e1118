// `npm start`: builds the extension, starts the replica of the filing platform, and opens Chromium
// with the extension loaded, both platform host names mapped to the replica, the sample clients in
// the profile book, on the classic portal's 开办主体管理 page.
//   npm start                                   a browser window to try the product in
//   npm start -- --headless --screenshot FILE   the same without a display: fills the page from a sample
//                                               client, types two mistakes by hand, and saves the page with
//                                               its marks beside the side panel's check; exits 0
//   npm start -- --headless --store-screenshots DIR   the stores' 1280×800 screenshots: the book, a
//                                               filled page with the side panel, the bulk check
//   npm start -- --headless --docs-screenshots DIR    the pictures of the docs/ pages (docs/pictures);
//                                               the scenes are in scripts/scenes.ts
import { execSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { hostRules } from '../tests/e2e/replica';
import { startReplica } from '../tests/site/server';
import { QUIET_CHROMIUM_FLAGS, chromiumExecutable } from './chromium.mjs';
import { scenes } from './scenes';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = resolve(ROOT, '.output/chrome-mv3');
const CHANNEL = 'beian-helper/v1';
const SUBJECT_PAGE = 'http://www.beian.gov.cn/portal/user/subject';

const { values: options } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'store-screenshots': { type: 'string' },
    'docs-screenshots': { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
    port: { type: 'string', default: '8630' },
  },
});

if (!options.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. Run `npm start -- --headless --screenshot out.png` to check the demo without one.');
  process.exit(1);
}

if (!options['skip-build']) execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
const replica = await startReplica(Number(options.port));
for (const event of ['uncaughtException', 'unhandledRejection'] as const) {
  process.on(event, (error) => {
    console.error(error);
    void replica.close().finally(() => process.exit(1));
  });
}
// A person's demo keeps its profile book between runs; a headless check starts from a clean one.
const PROFILE = options.headless ? mkdtempSync(join(tmpdir(), 'beian-demo-')) : resolve(ROOT, '.output/demo-profile');
mkdirSync(PROFILE, { recursive: true });
// Chromium would keep running the previous build's service worker from its cache: drop that cache
// so the fresh build is the one that runs.
rmSync(resolve(PROFILE, 'Default/Service Worker'), { recursive: true, force: true });

const context = await chromium.launchPersistentContext(PROFILE, {
  headless: options.headless,
  executablePath: chromiumExecutable(),
  viewport: options.headless ? { width: 1280, height: 860 } : null,
  ignoreDefaultArgs: ['--disable-extensions'],
  env: { ...process.env, LANGUAGE: process.env.LANGUAGE ?? 'zh_CN' },
  args: [...QUIET_CHROMIUM_FLAGS, hostRules(replica.port), `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

/** Asks the background from an extension page; retried, since Chromium may still be (re)starting the extension. */
async function ask(type: string): Promise<{ ok: boolean; data: unknown[] }> {
  for (let attempt = 1; ; attempt++) {
    const page = await context.newPage();
    try {
      await page.goto(`chrome-extension://${extensionId}/options.html`);
      return (await page.evaluate(([channel, kind]) => chrome.runtime.sendMessage({ channel, type: kind, payload: {} }), [CHANNEL, type] as const)) as {
        ok: boolean;
        data: unknown[];
      };
    } catch (error) {
      if (attempt === 3) throw error;
      await new Promise((done) => setTimeout(done, 500));
    } finally {
      if (!page.isClosed()) await page.close();
    }
  }
}
const book = await ask('listClients');
if (book.ok && book.data.length === 0) await ask('installSamples');

const platform = await context.newPage();
await platform.goto(`http://www.beian.gov.cn/__test/login?next=${encodeURIComponent(SUBJECT_PAGE)}`);
await platform.locator('h3', { hasText: '网站开办主体' }).waitFor();
console.log(`备案助手 loaded (extension ${extensionId}); replica on port ${replica.port}; profile book in ${PROFILE}`);

const { productAtWork, storeScreenshots, docsScreenshots } = scenes({ context, extensionId, platform });
if (options.screenshot) {
  await writeFile(resolve(process.cwd(), options.screenshot), await productAtWork({ page: 1280, panel: 440, height: 860 }));
  console.log(`Screenshot saved to ${options.screenshot}`);
}
await savePictures(options['store-screenshots'], 'Store screenshot', storeScreenshots);
await savePictures(options['docs-screenshots'], 'Docs picture', docsScreenshots);
if (options.headless) {
  await context.close();
  await replica.close();
  rmSync(PROFILE, { recursive: true, force: true });
} else {
  console.log('Close the browser window to stop.');
  await new Promise((done) => context.on('close', done));
  await replica.close();
}

/** Saves a set of scenes' pictures into a directory, if one was asked for. */
async function savePictures(dir: string | undefined, what: string, take: () => Promise<[string, Buffer][]>): Promise<void> {
  if (!dir) return;
  mkdirSync(resolve(process.cwd(), dir), { recursive: true });
  for (const [name, shot] of await take()) {
    await writeFile(resolve(process.cwd(), dir, name), shot);
    console.log(`${what} saved to ${join(dir, name)}`);
  }
}

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };
