// `npm run test:firefox`: the Firefox build, for real, in Debian's firefox-esr driven over WebDriver
// BiDi (puppeteer-core; Playwright drives only its own patched Firefox). The add-on is installed
// from `.output/firefox-mv3-test` (`wxt build -b firefox --mode test`: the production build plus
// the test hook of lib/test-hook.ts, because BiDi cannot open the extension's own pages). The
// platform's host names reach the replica through a PAC proxy, the content script recognises the
// classic subject page and fills it from the sample company, the test types the SMS code and saves,
// and the replica's recorded submission is checked.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import assert from 'node:assert/strict';
import puppeteer from 'puppeteer-core';
import { startReplica } from '../site/server';
import { TEST_FILL_CHANNEL } from '../../lib/test-hook';

const EXTENSION = resolve(import.meta.dirname, '../../.output/firefox-mv3-test');
const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const SUBJECT_PAGE = 'http://www.beian.gov.cn/portal/user/subject';
/** Bounds on every wait: conditions are polled, never slept on. */
const WAIT_MS = 60_000;

if (!existsSync(FIREFOX)) throw new Error(`Firefox not found at ${FIREFOX} (.ci/run installs Debian's firefox-esr; FIREFOX_PATH overrides)`);
if (!existsSync(resolve(EXTENSION, 'manifest.json'))) throw new Error(`no test build in ${EXTENSION}: run \`npx wxt build -b firefox --mode test\``);

const replica = await startReplica(0);
const pac = `function FindProxyForURL(url, host) { return host === 'www.beian.gov.cn' || host === 'beian.mps.gov.cn' ? 'PROXY 127.0.0.1:${replica.port}' : 'DIRECT'; }`;
const browser = await puppeteer.launch({
  browser: 'firefox',
  executablePath: FIREFOX,
  headless: true,
  extraPrefsFirefox: {
    'network.proxy.type': 2,
    'network.proxy.autoconfig_url': `data:text/plain,${encodeURIComponent(pac)}`,
    'network.proxy.allow_hijacking_localhost': true,
    'intl.locale.requested': 'zh-CN',
  },
});
try {
  const id = await browser.installExtension(EXTENSION);
  console.log(`installed ${id} in ${await browser.version()}`);
  const page = await browser.newPage();
  await page.goto(`http://www.beian.gov.cn/__test/login?next=${encodeURIComponent(SUBJECT_PAGE)}`);
  await page.waitForSelector('h3', { timeout: WAIT_MS });

  // The content script is in the page when the live check has drawn its layer; then the fill is asked for.
  await page.waitForFunction(() => document.documentElement.querySelector('beian-helper-marks') !== null, { timeout: WAIT_MS });
  await page.evaluate((channel) => window.postMessage({ channel, clientId: 'sample-qingwu' }, '*'), TEST_FILL_CHANNEL);
  await page.waitForFunction(
    () => [...document.querySelectorAll('td.tdt')].some((cell) => /负责人姓名/.test(cell.textContent ?? '') && (cell.parentElement?.querySelector('input') as HTMLInputElement | null)?.value === '林晓峰'),
    { timeout: WAIT_MS },
  );

  // What the person does: the SMS code, then 保存.
  const sms = await page.$(`xpath/.//tr[contains(., '手机验证码')]//button`);
  await sms!.click();
  const state = async () => (await (await fetch(`http://127.0.0.1:${replica.port}/__test/state`, { headers: { cookie: await cookieOf(page) } })).json()) as { lastSms?: string; submissions: { fields: Record<string, unknown> }[] };
  let code: string | undefined;
  for (const started = Date.now(); !code && Date.now() - started < WAIT_MS; ) code = (await state()).lastSms;
  const smsInput = await page.$(`xpath/.//tr[contains(., '手机验证码')]//input`);
  await smsInput!.type(code!);
  const save = await page.$(`xpath/.//button[normalize-space(.)='保存']`);
  await save!.click();
  await page.waitForFunction(() => /保存成功/.test(document.querySelector('.alert-success')?.textContent ?? ''), { timeout: WAIT_MS });
  const [submission] = (await state()).submissions;
  assert.ok(submission, 'the platform recorded no submission');
  assert.deepEqual(
    {
      nature: submission.fields['nature'],
      unitName: submission.fields['unitName'],
      unitCertNumber: submission.fields['unitCertNumber'],
      name: submission.fields['principal.name'],
      certNumber: submission.fields['principal.certNumber'],
      mobile: submission.fields['principal.mobile'],
      scans: (submission.fields['principal.cert'] as { name: string }[]).map((scan) => scan.name),
    },
    {
      nature: '企业单位',
      unitName: '杭州青梧数字科技有限公司',
      unitCertNumber: '91330106MA2H7K3LXA',
      name: '林晓峰',
      certNumber: '330106198503121231',
      mobile: '13857112345',
      scans: ['principal-front.png', 'principal-back.png'],
    },
  );
  console.log('✓ Firefox: the classic subject page was filled from the sample company, and the platform received it');
} finally {
  await browser.close();
  await replica.close();
}

async function cookieOf(page: import('puppeteer-core').Page): Promise<string> {
  return (await page.cookies()).map((cookie) => `${cookie.name}=${cookie.value}`).join('; ');
}
