import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { QUIET_CHROMIUM_FLAGS, chromiumExecutable } from '../../scripts/chromium.mjs';
import { startReplica, type Replica } from '../site/server';
import type { Submission } from '../site/state';

export const CLASSIC = 'http://www.beian.gov.cn';
export const MODERN = 'http://beian.mps.gov.cn';

/** Both platform host names, pointed at the replica, so pages load under their real names. */
export function hostRules(port: number): string {
  return `--host-resolver-rules=MAP www.beian.gov.cn 127.0.0.1:${port}, MAP beian.mps.gov.cn 127.0.0.1:${port}`;
}

export interface ReplicaBrowser {
  replica: Replica;
  browser: Browser;
  context: BrowserContext;
  close: () => Promise<void>;
}

/** The replica and a plain Chromium (no extension) that reaches it under the platform's names. */
export async function openReplica(): Promise<ReplicaBrowser> {
  const replica = await startReplica();
  const browser = await chromium.launch({
    headless: true,
    executablePath: chromiumExecutable(),
    args: [...QUIET_CHROMIUM_FLAGS, hostRules(replica.port)],
  });
  const context = await browser.newContext({ locale: 'zh-CN' });
  return {
    replica,
    browser,
    context,
    close: async () => {
      await browser.close();
      await replica.close();
    },
  };
}

/** Logs in to the classic portal by hand: username, password, and the captcha read off the session as a person reads the image. */
export async function logInClassic(page: Page) {
  await page.goto(`${CLASSIC}/portal/login`);
  await page.getByRole('img', { name: '验证码' }).waitFor();
  const { captcha } = await testState(page);
  await page.locator('tr', { hasText: '用户名' }).locator('input').fill('demo');
  await page.locator('tr', { hasText: '密码' }).locator('input').fill('demo123');
  await page.locator('tr', { hasText: '验证码' }).locator('input').fill(captcha);
  await page.getByRole('button', { name: '登录' }).click();
  await page.waitForURL(/\/portal\/user\//);
}

export interface ReplicaTestState {
  submissions: Submission[];
  lastSms?: string;
  captcha: string;
}

/** What the replica recorded, read from inside the page (the host names resolve only in the browser). */
export async function testState(page: Page): Promise<ReplicaTestState> {
  return page.evaluate(async () => (await fetch('/__test/state')).json() as Promise<ReplicaTestState>);
}
