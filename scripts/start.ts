// `npm start`: builds the extension, starts the replica of the filing platform, and opens Chromium
// with the extension loaded, both platform host names mapped to the replica, the sample clients in
// the profile book, on the classic portal's 开办主体管理 page.
//   npm start                                   a browser window to try the product in
//   npm start -- --headless --screenshot FILE   the same without a display: fills the page from a sample
//                                               client, types two mistakes by hand, and saves the page with
//                                               its marks beside the side panel's check; exits 0
//   npm start -- --headless --store-screenshots DIR   the stores' 1280×800 screenshots: the book, a
//                                               filled page with the side panel, the bulk check
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

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = resolve(ROOT, '.output/chrome-mv3');
const CHANNEL = 'beian-helper/v1';
const SUBJECT_PAGE = 'http://www.beian.gov.cn/portal/user/subject';

const { values: options } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'store-screenshots': { type: 'string' },
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

if (options.screenshot) {
  await writeFile(resolve(process.cwd(), options.screenshot), await productAtWork({ page: 1280, panel: 440, height: 860 }));
  console.log(`Screenshot saved to ${options.screenshot}`);
}
if (options['store-screenshots']) {
  const dir = resolve(process.cwd(), options['store-screenshots']);
  mkdirSync(dir, { recursive: true });
  for (const [name, shot] of await storeScreenshots()) {
    await writeFile(resolve(dir, name), shot);
    console.log(`Store screenshot saved to ${join(options['store-screenshots'], name)}`);
  }
}
if (options.headless) {
  await context.close();
  await replica.close();
  rmSync(PROFILE, { recursive: true, force: true });
} else {
  console.log('Close the browser window to stop.');
  await new Promise((done) => context.on('close', done));
  await replica.close();
}

/**
 * The product at work, for the README: the subject page filled from 周若溪 by the helper, then a
 * fake office phone and a mistyped ID number typed by hand; the page with its marks, beside the
 * side panel's live check of it.
 */
async function productAtWork(size: { page: number; panel: number; height: number }): Promise<Buffer> {
  const control = await context.newPage();
  await control.goto(`chrome-extension://${extensionId}/options.html`);
  const [tab] = await control.evaluate((url) => chrome.tabs.query({ url }), 'http://www.beian.gov.cn/*');
  const filled = (await control.evaluate(([channel, tabId]) => chrome.runtime.sendMessage({ channel, type: 'fillTab', payload: { tabId, clientId: 'sample-zhou' } }), [CHANNEL, tab!.id!] as const)) as { ok: boolean };
  if (!filled.ok) throw new Error(`the demo fill failed: ${JSON.stringify(filled)}`);
  await control.close();

  const row = (caption: string) => platform.locator('tr', { has: platform.locator('td.tdt', { hasText: new RegExp(`^\\s*\\*?\\s*${caption}：$`) }) }).locator('input');
  await row('负责人证件号码').fill('440305199202150827');
  await row('办公室电话').fill('010-00000000');
  await platform.locator('beian-helper-marks .box[data-field="subject.principal.officePhone"]').waitFor();
  await row('负责人证件号码').scrollIntoViewIfNeeded();
  await platform.mouse.move(0, 0);

  await platform.setViewportSize({ width: size.page, height: size.height });
  const panel = await context.newPage();
  await panel.setViewportSize({ width: size.panel, height: size.height });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html?tabId=${tab!.id}`);
  await panel.locator('[data-testid="check-summary"][data-errors="2"]').waitFor();
  const [pageShot, panelShot] = [await platform.screenshot(), await panel.screenshot()];

  const frame = await context.newPage();
  await frame.setViewportSize({ width: size.page + size.panel, height: size.height });
  await frame.setContent(
    `<body style="margin:0;display:flex;background:#d9e2ec"><img src="data:image/png;base64,${pageShot.toString('base64')}"><img style="border-left:1px solid #9aa5b1" src="data:image/png;base64,${panelShot.toString('base64')}"></body>`,
  );
  return frame.screenshot();
}

/** The stores' screenshots, 1280×800 each: the profile book, the filled page beside the side panel, the bulk check. */
async function storeScreenshots(): Promise<[string, Buffer][]> {
  const STORE = { width: 1280, height: 800 };
  const options = await context.newPage();
  await options.setViewportSize(STORE);
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  await options.getByRole('navigation').getByRole('button', { name: /青梧科技/ }).click();
  await options.locator('.client-findings').first().waitFor();
  const book = await options.screenshot();
  const atWork = await productAtWork({ page: 840, panel: 440, height: STORE.height });
  await options.getByRole('button', { name: '批量检查' }).click();
  await options.getByRole('button', { name: '检查整个资料库' }).click();
  await options.getByTestId('bulk-summary').waitFor();
  const bulk = await options.screenshot();
  await options.close();
  return [
    ['1-book.png', book],
    ['2-page-and-panel.png', atWork],
    ['3-bulk-check.png', bulk],
  ];
}

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
};
