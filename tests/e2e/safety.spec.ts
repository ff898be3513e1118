import { expect, test, type Page } from '@playwright/test';
import { CHANNEL } from '../../lib/messaging/protocol';
import { fillFromPopup, openPlatform, openPopup } from './pages/platform';
import { CLASSIC } from './replica';
import { platformSessionPerTest } from './session';

/**
 * Safe in an agency's hands: what a compromised platform page could try through the helper's
 * content script, and what a busy clerk could do by mistake.
 */
const session = platformSessionPerTest();

/** Inside the extension's service worker, where the shortcut's helpers below run. */
declare const chrome: {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
  commands: { onCommand: unknown };
  action: { getTitle(details: { tabId: number }): Promise<string> };
};

interface ExecutionContext {
  id: number;
  origin: string;
  auxData?: { type?: string };
}

/** Runs an expression in the content script's isolated world of a platform page, as a compromised page's script could only dream of. */
async function inContentScript(page: Page, expression: string): Promise<unknown> {
  const cdp = await page.context().newCDPSession(page);
  const contexts: ExecutionContext[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }: { context: ExecutionContext }) => contexts.push(context));
  await cdp.send('Runtime.enable');
  const ours = () => contexts.find((context) => context.auxData?.type === 'isolated' && context.origin.includes(session.extension.extensionId));
  await expect.poll(() => ours() !== undefined).toBe(true);
  const { result } = (await cdp.send('Runtime.evaluate', { contextId: ours()!.id, expression, awaitPromise: true, returnByValue: true })) as { result: { value: unknown } };
  return result.value;
}

test('the content script cannot read or change the book: its requests get no answer', async () => {
  const page = await openPlatform(session.extension, `${CLASSIC}/portal/user/subject`);
  for (const [type, payload] of [
    ['listClients', {}],
    ['getClient', { id: 'sample-qingwu' }],
    ['deleteClient', { id: 'sample-qingwu' }],
  ] as const) {
    const reply = await inContentScript(
      page,
      `chrome.runtime.sendMessage(${JSON.stringify({ channel: CHANNEL, type, payload })}).then((answer) => ({ answer: answer ?? null }), (error) => ({ refused: String(error) }))`,
    );
    expect(reply).not.toMatchObject({ answer: { ok: true } });
  }
  const options = await session.extension.context.newPage();
  await options.goto(`chrome-extension://${session.extension.extensionId}/options.html`);
  await expect(options.getByRole('navigation').getByRole('button', { name: /青梧科技/ })).toBeVisible();
});

const row = (page: Page, caption: string) => page.locator('tr', { has: page.locator('td.tdt', { hasText: new RegExp(`^\\s*\\*?\\s*${caption}：$`) }) });

test('client A filled, then the page changed to client B’s by hand: filling A again writes nothing of A until the person confirms', async () => {
  const page = await openPlatform(session.extension, `${CLASSIC}/portal/user/subject`);
  const popup = await openPopup(session.extension, 'http://www.beian.gov.cn/*');
  await fillFromPopup(popup, /青梧科技/);
  await expect(row(page, '负责人证件号码').locator('input')).toHaveValue('330106198503121231');

  // The clerk starts client B's filing in the same tab and types B's details.
  await page.bringToFront();
  await row(page, '主办单位性质').locator('select').selectOption({ label: '个人' });
  await row(page, '负责人姓名').locator('input').fill('周若溪');
  await row(page, '负责人证件号码').locator('input').fill('440305199202150826');

  await fillFromPopup(popup, /青梧科技/);
  await expect(popup.getByRole('alert', { name: '页面上是另一个客户' })).toContainText('页面上已是另一个客户“周若溪（个人博客）”的资料');
  await expect(popup.getByRole('alert', { name: '页面上是另一个客户' })).toContainText('负责人证件号码：440305199202150826');
  await expect(row(page, '负责人证件号码').locator('input')).toHaveValue('440305199202150826');
  await expect(row(page, '负责人姓名').locator('input')).toHaveValue('周若溪');
  await expect(row(page, '主办单位名称').locator('input')).toBeHidden();

  await popup.getByRole('button', { name: '仍然用“青梧科技”的资料覆盖' }).click();
  await expect(row(page, '负责人证件号码').locator('input')).toHaveValue('330106198503121231');
});

test('the keyboard shortcut after client B was typed by hand: nothing of A is written, the page is told so without whose they are, the toolbar button says whose', async () => {
  const page = await openPlatform(session.extension, `${CLASSIC}/portal/user/subject`);
  const popup = await openPopup(session.extension, 'http://www.beian.gov.cn/*');
  await fillFromPopup(popup, /青梧科技/);
  await expect(row(page, '负责人证件号码').locator('input')).toHaveValue('330106198503121231');
  await popup.close();

  await page.bringToFront();
  await row(page, '主办单位性质').locator('select').selectOption({ label: '个人' });
  await row(page, '负责人姓名').locator('input').fill('周若溪');
  await row(page, '负责人证件号码').locator('input').fill('440305199202150826');
  await pressShortcut();

  // The page is told that it holds another client's values, never whose: the toolbar button says that.
  await expect(page.locator('beian-helper-toast').getByRole('status')).toContainText('没有填写：页面上已是另一个客户的资料，快捷键不会用“青梧科技”的资料覆盖');
  await expect(page.locator('beian-helper-toast').getByRole('status')).not.toContainText('周若溪');
  await expect.poll(buttonTitle).toContain('没有填写：页面上已是另一个客户（周若溪（个人博客））的资料');
  await expect(row(page, '负责人证件号码').locator('input')).toHaveValue('440305199202150826');
  await expect(row(page, '负责人姓名').locator('input')).toHaveValue('周若溪');
  await expect(row(page, '主办单位名称').locator('input')).toBeHidden();

  // Back to A's filing by hand: now the shortcut fills, and says whose values it wrote.
  await row(page, '负责人证件号码').locator('input').fill('');
  await row(page, '负责人姓名').locator('input').fill('');
  await row(page, '主办单位性质').locator('select').selectOption({ label: '企业单位' });
  await pressShortcut();
  await expect(row(page, '负责人证件号码').locator('input')).toHaveValue('330106198503121231');
  await expect(page.locator('beian-helper-toast').getByRole('status')).toContainText('已用“青梧科技”的资料填写');
  await expect.poll(buttonTitle).toContain('备案助手 — 已用“青梧科技”的资料填写本页');
});

test('a navigation between the popup’s detection and 填写 writes nothing; the popup then shows the page that is there', async () => {
  const page = await openPlatform(session.extension, `${CLASSIC}/portal/user/subject`);
  const popup = await openPopup(session.extension, 'http://www.beian.gov.cn/*');
  await expect(popup.locator('.page')).toHaveAttribute('data-page', 'subject');
  await popup.getByRole('radio', { name: /青梧科技/ }).check();

  await page.reload();
  await popup.getByRole('button', { name: '填写', exact: true }).click();
  await expect(popup.getByRole('alert')).toContainText('页面在填写前变了');
  await expect(row(page, '负责人证件号码').locator('input')).toHaveValue('');
  await expect(row(page, '负责人姓名').locator('input')).toHaveValue('');

  // The popup looked again: the next 填写 is for the page as it is now.
  await fillFromPopup(popup, /青梧科技/);
  await expect(row(page, '负责人证件号码').locator('input')).toHaveValue('330106198503121231');
});

/** The browser turns Alt+Shift+F into the `fill-page` command, which no synthetic key event reaches in a test: the command is dispatched to the background as the browser does, for the platform tab. */
async function pressShortcut() {
  const worker = session.extension.context.serviceWorkers()[0]!;
  await worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'http://www.beian.gov.cn/*' });
    (chrome.commands.onCommand as unknown as { dispatch(command: string, tab: unknown): void }).dispatch('fill-page', tab);
  });
}

/** The toolbar button's tooltip for the platform tab: what the shortcut last did there (the badge is the page's check). */
async function buttonTitle(): Promise<string> {
  const worker = session.extension.context.serviceWorkers()[0]!;
  return worker.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ url: 'http://www.beian.gov.cn/*' });
    return chrome.action.getTitle({ tabId: tab!.id! });
  });
}

test('a page typing another client’s number learns nothing of the book: the helper’s panel warns of it, the page shows no mark for it', async () => {
  const page = await openPlatform(session.extension, `${CLASSIC}/portal/user/subject`);
  const popup = await openPopup(session.extension, 'http://www.beian.gov.cn/*');
  await fillFromPopup(popup, /青梧科技/);
  await page.bringToFront();
  // 周若溪's mobile, then an office phone the rules refuse: once that one's mark is on the page, the page has been judged with both.
  await row(page, '手机号码').locator('input').fill('13682950417');
  await row(page, '办公室电话').locator('input').fill('010-00000000');
  await expect(page.locator('beian-helper-marks .box[data-field="subject.principal.officePhone"]')).toHaveAttribute('data-rules', /S-PHONE-FAKE/);
  await popup.getByRole('button', { name: '检查本页' }).click();
  await expect(popup.locator('[data-rule="A-SHARED-CONTACT"]')).toContainText('周若溪');
  const onPage = await page.locator('beian-helper-marks .box[data-field]').evaluateAll((boxes) => boxes.map((box) => `${box.getAttribute('data-rules')} ${box.textContent}`).join(' '));
  expect(onPage).not.toContain('A-SHARED-CONTACT');
  expect(onPage).not.toContain('周若溪');
});
