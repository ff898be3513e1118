// `npm start`: builds the extension, then opens Chromium with it loaded on the profile editor, with
// the sample clients in the profile book.
//   npm start                                   a browser window to try the product in
//   npm start -- --headless --screenshot FILE   the same without a display: saves a screenshot, exits 0
import { execSync } from 'node:child_process';
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { QUIET_CHROMIUM_FLAGS, chromiumExecutable } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = resolve(ROOT, '.output/chrome-mv3');
const PROFILE = resolve(ROOT, '.output/demo-profile');
const CHANNEL = 'beian-helper/v1';

const { values: options } = parseArgs({
  options: {
    headless: { type: 'boolean', default: false },
    screenshot: { type: 'string' },
    'skip-build': { type: 'boolean', default: false },
  },
});

if (!options.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. Run `npm start -- --headless --screenshot out.png` to check the demo without one.');
  process.exit(1);
}

if (!options['skip-build']) execSync('npx wxt build', { cwd: ROOT, stdio: 'inherit' });
mkdirSync(PROFILE, { recursive: true });
// The demo keeps its profile book between runs, but Chromium would also keep running the previous
// build's service worker from its cache: drop that cache so the fresh build is the one that runs.
rmSync(resolve(PROFILE, 'Default/Service Worker'), { recursive: true, force: true });

const context = await chromium.launchPersistentContext(PROFILE, {
  headless: options.headless,
  executablePath: chromiumExecutable(),
  viewport: options.headless ? { width: 1280, height: 800 } : null,
  ignoreDefaultArgs: ['--disable-extensions'],
  env: { ...process.env, LANGUAGE: process.env.LANGUAGE ?? 'zh_CN' },
  args: [...QUIET_CHROMIUM_FLAGS, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`],
});
const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(worker.url()).host;

const page = context.pages()[0] ?? (await context.newPage());
await page.goto(`chrome-extension://${extensionId}/options.html`);
const ask = (type, payload = {}) =>
  page.evaluate(([channel, type, payload]) => chrome.runtime.sendMessage({ channel, type, payload }), [CHANNEL, type, payload]);
const book = await ask('listClients');
if (book.ok && book.data.length === 0) {
  await ask('installSamples');
  await page.reload();
}
await page.getByRole('navigation').getByRole('button').first().click();
console.log(`备案助手 loaded (extension ${extensionId}); profile book in ${PROFILE}`);

if (options.screenshot) {
  await page.waitForLoadState('networkidle');
  await page.screenshot({ path: resolve(process.cwd(), options.screenshot) });
  console.log(`Screenshot saved to ${options.screenshot}`);
}
if (options.headless) {
  await context.close();
} else {
  console.log('Close the browser window to stop.');
  await new Promise((done) => context.on('close', done));
}
