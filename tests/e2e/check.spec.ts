import { expect, test, type Locator, type Page } from '@playwright/test';
import { fillFromPopup, openPlatform as openPlatformAs, openPopup as openPopupFor, openSidePanel as openSidePanelFor } from './pages/platform';
import { CLASSIC, MODERN, testState } from './replica';
import { platformSessionPerTest } from './session';

/**
 * Check before submit, where the person is looking: whatever is on the page — filled by the helper
 * or typed by hand — is judged live; each likely rejection shows in the side panel and as a mark
 * beside its field; the toolbar badge counts the errors.
 */
const session = platformSessionPerTest();

/** Inside the extension's pages and its service worker, where `evaluate` runs. */
declare const chrome: {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  runtime: { sendMessage(message: unknown): Promise<unknown> };
};

interface Rendering {
  name: string;
  tabs: string;
  subject: string;
  /** Opens 网站基本信息 (the wizard's second step) in the page. */
  toWebsiteStep(page: Page): Promise<void>;
  /** A field's text box, by its caption as the page shows it. */
  input(page: Page, caption: string): Locator;
}

const classicRow = (page: Page, caption: string) => page.locator('tr', { has: page.locator('td.tdt', { hasText: new RegExp(`^\\s*\\*?\\s*${caption}：$`) }) });
const modernItem = (page: Page, caption: string) => page.locator('.el-form-item').filter({ has: page.locator('.el-form-item__label', { hasText: new RegExp(`^${caption}$`) }) });

const RENDERINGS: Rendering[] = [
  {
    name: 'classic',
    tabs: 'http://www.beian.gov.cn/*',
    subject: `${CLASSIC}/portal/user/subject`,
    toWebsiteStep: async (page) => {
      await page.goto(`${CLASSIC}/portal/user/website/apply?step=2`);
    },
    input: (page, caption) => classicRow(page, caption).locator('input').first(),
  },
  {
    name: 'modern',
    tabs: 'http://beian.mps.gov.cn/*',
    subject: `${MODERN}/#/web/subject`,
    toWebsiteStep: async (page) => {
      // The Vue wizard starts only for a saved subject: the person saves it with the SMS code.
      await modernItem(page, '手机验证码').getByRole('button', { name: '获取验证码' }).click();
      await expect(page.locator('.el-message--success')).toBeVisible();
      await modernItem(page, '手机验证码').locator('input').fill((await testState(page)).lastSms!);
      await page.getByRole('button', { name: '保存' }).click();
      await expect(page.locator('.el-message--success').last()).toContainText('保存成功');
      await page.goto(`${MODERN}/#/web/website/apply`);
      await page.getByRole('button', { name: '下一步' }).locator('visible=true').click();
      await expect(modernItem(page, '网站名称')).toBeVisible();
    },
    input: (page, caption) => modernItem(page, caption).locator('input').first(),
  },
];

/** The rule ids each field's mark on the page carries. */
async function marksOn(page: Page): Promise<Record<string, string[]>> {
  const boxes = await page.locator('beian-helper-marks .box[data-field]').evaluateAll((elements) =>
    elements.map((element) => [(element as HTMLElement).dataset.field!, (element as HTMLElement).dataset.rules!.split(' ')] as const),
  );
  return Object.fromEntries(boxes);
}

/** The rule ids of the side panel's errors and warnings, by the field they are about. */
async function panelFindings(panel: Page): Promise<Record<string, string[]>> {
  const rows = await panel.locator('.page-check .finding:not(.finding-info)').evaluateAll((elements) => elements.map((element) => [element.getAttribute('data-field')!, element.getAttribute('data-rule')!] as const));
  const byField: Record<string, string[]> = {};
  for (const [field, rule] of rows) byField[field] = [...(byField[field] ?? []), rule].sort();
  return byField;
}

async function badgeOf(tabs: string): Promise<string> {
  const worker = session.extension.context.serviceWorkers()[0]!;
  return worker.evaluate(async (pattern: string) => {
    const [tab] = await chrome.tabs.query({ url: pattern });
    return chrome.action.getBadgeText({ tabId: tab!.id! });
  }, tabs);
}

/** Marks sorted like the panel's findings: errors and warnings only (the page gets no mark for advice). */
const sorted = (marks: Record<string, string[]>) => Object.fromEntries(Object.entries(marks).map(([field, rules]) => [field, [...rules].sort()]));

for (const rendering of RENDERINGS) {
  test(`${rendering.name}: a bad set typed by hand shows its rule ids in the side panel and beside the fields, live, with the badge and 定位`, async () => {
    const page = await openPlatformAs(session.extension, rendering.subject);
    await expect(rendering.input(page, '办公室电话')).toBeVisible();
    const popup = await openPopupFor(session.extension, rendering.tabs);
    await fillFromPopup(popup, /周若溪/);
    await popup.close();
    const panel = await openSidePanelFor(session.extension, rendering.tabs);
    const summary = panel.getByTestId('check-summary');

    // The sample client, filled by the helper: nothing that would be returned.
    await expect(summary).toHaveAttribute('data-errors', '0');
    await expect(summary).toHaveAttribute('data-warnings', '0');
    expect(await marksOn(page)).toEqual({});
    await expect.poll(() => badgeOf(rendering.tabs)).toBe('');

    // 开办主体, typed over by hand: a fake office phone, an ID number with a wrong check digit.
    await page.bringToFront();
    await rendering.input(page, '办公室电话').fill('010-00000000');
    await rendering.input(page, '负责人证件号码').fill('440305199202150827');
    const subjectFindings = {
      'subject.principal.certNumber': ['S-CERT-NO-FORMAT'],
      // A Beijing area code for a Shenzhen address is a warning of its own.
      'subject.principal.officePhone': ['S-PHONE-AREA', 'S-PHONE-FAKE'],
    };
    await expect.poll(() => panelFindings(panel)).toEqual(subjectFindings);
    await expect.poll(async () => sorted(await marksOn(page))).toEqual(subjectFindings);
    await expect(summary).toHaveAttribute('data-errors', '2');
    await expect.poll(() => badgeOf(rendering.tabs)).toBe('2');
    const phoneMark = page.locator('beian-helper-marks .box[data-field="subject.principal.officePhone"]');
    await expect(phoneMark).toHaveAttribute('data-severity', 'error');
    await expect(phoneMark.locator('.tip')).toContainText('明显不真实的号码');

    // The page re-renders and moves the field down: its mark follows.
    const markTop = () => phoneMark.evaluate((box) => box.getBoundingClientRect().top);
    const inputTop = () => rendering.input(page, '办公室电话').evaluate((input) => input.getBoundingClientRect().top);
    const gap = (await markTop()) - (await inputTop());
    await page.evaluate(() => document.querySelector('form')!.insertAdjacentHTML('afterbegin', '<div style="height: 120px">通知：系统维护</div>'));
    await expect.poll(async () => Math.round((await markTop()) - (await inputTop()))).toBe(Math.round(gap));

    // 定位 takes the person to the field.
    await panel.locator('.finding[data-rule="S-CERT-NO-FORMAT"]').getByRole('button', { name: '定位' }).click();
    await expect(rendering.input(page, '负责人证件号码')).toBeFocused();

    // Corrected one by one, each finding and its mark go away.
    await rendering.input(page, '负责人证件号码').fill('440305199202150826');
    await expect.poll(() => panelFindings(panel)).toEqual({ 'subject.principal.officePhone': ['S-PHONE-AREA', 'S-PHONE-FAKE'] });
    await expect.poll(async () => Object.keys(await marksOn(page))).toEqual(['subject.principal.officePhone']);
    await rendering.input(page, '办公室电话').fill('0755-86013388');
    await expect.poll(() => panelFindings(panel)).toEqual({});
    await expect.poll(() => marksOn(page)).toEqual({});
    await expect.poll(() => badgeOf(rendering.tabs)).toBe('');

    // 网站基本信息 for the same personal subject: a national, news name; www. in 主域名; a private IP; a subdomain elsewhere.
    await rendering.toWebsiteStep(page);
    const websitePopup = await openPopupFor(session.extension, rendering.tabs);
    await fillFromPopup(websitePopup, /周若溪/);
    await websitePopup.close();
    await expect(summary).toHaveAttribute('data-errors', '0');
    await page.bringToFront();
    await rendering.input(page, '网站名称').fill('中国若溪新闻网');
    await rendering.input(page, '主域名').fill('www.ruoxi-notes.cn');
    await rendering.input(page, 'IP').fill('192.168.1.10');
    await rendering.input(page, '子域名').fill('blog.other.cn');
    const websiteFindings = {
      'website.name': ['W-NAME-NATIONAL', 'W-NAME-PREAPPROVAL'],
      'website.domain': ['W-DOMAIN'],
      'website.ips': ['W-IP'],
      'website.subdomains': ['W-SUBDOMAIN'],
    };
    await expect.poll(() => panelFindings(panel)).toEqual(websiteFindings);
    await expect.poll(async () => sorted(await marksOn(page))).toEqual(websiteFindings);
    await expect.poll(() => badgeOf(rendering.tabs)).toBe('5');

    // Moving to 下一步 with errors on the page draws the eye, in the page and in the panel; nothing is blocked or sent.
    await page.getByRole('button', { name: '下一步' }).locator('visible=true').hover();
    await expect(page.locator('beian-helper-marks .attention')).toHaveCount(1);
    await expect(panel.locator('.attention-note')).toContainText('本页还有 5 个错误');
    await expect(panel.locator('.page-check')).toHaveClass(/attention/);
    await panel.locator('.finding[data-rule="W-DOMAIN"]').getByRole('button', { name: '定位' }).click();
    await expect(rendering.input(page, '主域名')).toBeFocused();

    await rendering.input(page, '网站名称').fill('若溪的技术笔记');
    await rendering.input(page, '主域名').fill('ruoxi-notes.cn');
    await expect.poll(async () => Object.keys(await marksOn(page)).sort()).toEqual(['website.ips', 'website.subdomains']);
    await rendering.input(page, 'IP').fill('119.29.45.67');
    await rendering.input(page, '子域名').fill('www.ruoxi-notes.cn');
    await expect.poll(() => panelFindings(panel)).toEqual({});
    await expect.poll(() => marksOn(page)).toEqual({});
    await expect.poll(() => badgeOf(rendering.tabs)).toBe('');
    expect((await testState(page)).submissions.filter((submission) => submission.kind === 'website')).toEqual([]);
  });
}

test('the cancel page, which has nothing to fill, is checked too: close the site first (F-CANCEL-CLOSED)', async () => {
  const page = await openPlatformAs(session.extension, `${CLASSIC}/portal/user/website/cancel`);
  await expect(page.locator('h3', { hasText: '网站注销申请' })).toBeVisible();
  const panel = await openSidePanelFor(session.extension, 'http://www.beian.gov.cn/*');
  const finding = panel.locator('.finding[data-rule="F-CANCEL-CLOSED"]');
  await expect(finding).toContainText('注销前请先关闭网站');
  await expect(finding).toContainText('整个页面');
  await expect(panel.getByRole('button', { name: '检查本页' })).toBeEnabled();
  await expect.poll(() => badgeOf('http://www.beian.gov.cn/*')).toBe('1');
});

test('capture: what the page holds is saved into the client after the person approves the field-by-field diff', async () => {
  const page = await openPlatformAs(session.extension, `${CLASSIC}/portal/user/subject`);
  const popup = await openPopupFor(session.extension, 'http://www.beian.gov.cn/*');
  await fillFromPopup(popup, /周若溪/);
  await popup.close();
  await page.bringToFront();
  await classicRow(page, '手机号码').locator('input').fill('13900001111');
  await classicRow(page, '电子邮件地址').locator('input').fill('zhou@ruoxi-notes.cn');

  const panel = await openSidePanelFor(session.extension, 'http://www.beian.gov.cn/*');
  await panel.getByRole('button', { name: '把本页存入客户资料…' }).click();
  const capture = panel.getByRole('region', { name: '把本页存入客户资料' });
  await expect(capture.getByRole('combobox').first()).toHaveValue('sample-zhou');
  const changed = capture.locator('tr[data-same="false"]');
  await expect(changed).toHaveCount(2);
  await expect(capture.locator('tr[data-field="subject.principal.mobile"]')).toContainText('1368295041713900001111');
  await expect(capture.locator('tr[data-field="subject.principal.name"]')).toHaveAttribute('data-same', 'true');

  // The person takes the new mobile, not the e-mail.
  await capture.getByRole('checkbox', { name: '电子邮件地址' }).uncheck();
  await capture.getByRole('button', { name: '保存选中的 1 项' }).click();
  await expect(capture.getByRole('status')).toHaveText('已把 1 项存入“周若溪（个人博客）”。');
  await expect(capture.locator('tr[data-field="subject.principal.mobile"]')).toHaveAttribute('data-same', 'true');

  const stored = await panel.evaluate(async () => {
    const reply = (await chrome.runtime.sendMessage({ channel: 'beian-helper/v1', type: 'getClient', payload: { id: 'sample-zhou' } })) as { data: { subject: { principal: { mobile: string; email: string } } } };
    return reply.data.subject.principal;
  });
  expect(stored).toMatchObject({ mobile: '13900001111', email: 'ruoxi@ruoxi-notes.cn' });
});

test('filled fields are outlined for a moment after a fill, unless the person turns it off in 设置', async () => {
  const page = await openPlatformAs(session.extension, `${CLASSIC}/portal/user/subject`);
  /** Counts the outlines the fill adds (they fade and go after a moment), from before the fill on. */
  const countFlashes = () =>
    page.evaluate(() => {
      const seen = { count: 0 };
      (window as unknown as { flashes: typeof seen }).flashes = seen;
      const watch = (root: Node) =>
        new MutationObserver((records) => {
          for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLElement && node.dataset.flash === 'filled') seen.count++;
        }).observe(root, { childList: true, subtree: true });
      const host = document.querySelector('beian-helper-marks');
      if (host?.shadowRoot) watch(host.shadowRoot);
      else
        new MutationObserver((_records, observer) => {
          const added = document.querySelector('beian-helper-marks');
          if (!added?.shadowRoot) return;
          observer.disconnect();
          watch(added.shadowRoot);
          seen.count += added.shadowRoot.querySelectorAll('[data-flash="filled"]').length;
        }).observe(document.documentElement, { childList: true });
    });
  const flashes = () => page.evaluate(() => (window as unknown as { flashes: { count: number } }).flashes.count);

  await countFlashes();
  let popup = await openPopupFor(session.extension, 'http://www.beian.gov.cn/*');
  const filled = (await fillFromPopup(popup, /周若溪/)).filter((row) => row.status === 'filled').length;
  await expect.poll(flashes).toBe(filled);

  const options = await session.extension.context.newPage();
  await options.goto(`chrome-extension://${session.extension.extensionId}/options.html#settings`);
  await options.getByLabel('填写后用绿色短暂标出助手填写的栏目').uncheck();
  await page.reload();
  await countFlashes();
  await classicRow(page, '手机号码').locator('input').fill('');
  popup = await openPopupFor(session.extension, 'http://www.beian.gov.cn/*');
  const report = await fillFromPopup(popup, /周若溪/);
  expect(report.filter((row) => row.status === 'filled').length).toBeGreaterThan(0);
  expect(await flashes()).toBe(0);
});
