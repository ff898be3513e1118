// The pictures `npm start` takes of the product at work (scripts/start.ts says which flag takes which):
// the README's demo, the stores' screenshots and the pictures of the docs/ pages. Each scene drives the
// built extension in the browser `npm start` opened, as a person would, and returns PNGs.
import type { BrowserContext, Page } from '@playwright/test';

/** What `npm start` has opened: the browser with the extension, and the classic 开办主体管理 page, logged in. */
export interface Stage {
  context: BrowserContext;
  extensionId: string;
  platform: Page;
}

const CHANNEL = 'beian-helper/v1';
const MODERN_SUBJECT = 'http://beian.mps.gov.cn/__test/login?next=%2F%23%2Fweb%2Fsubject';
const SAMPLE_COMPANY = { client: 'sample-qingwu', website: 'sample-qingwu-site', shop: 'sample-qingwu-shop' };
const ICP_FOOTER = '<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备2023012345号-1</a>';
const STORE = { width: 1280, height: 800 };

declare const chrome: {
  runtime: { sendMessage(message: unknown): Promise<unknown> };
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
};

export function scenes({ context, extensionId, platform }: Stage) {
  const extensionPage = (path: string) => `chrome-extension://${extensionId}/${path}`;
  let filledBefore = false;

  /** The id of the one tab whose URL matches, asked from an extension page. */
  async function tabOf(urlPattern: string): Promise<number> {
    const control = await context.newPage();
    await control.goto(extensionPage('options.html'));
    const [tab] = await control.evaluate((url) => chrome.tabs.query({ url }), urlPattern);
    await control.close();
    if (tab?.id === undefined) throw new Error(`no tab at ${urlPattern}`);
    return tab.id;
  }

  /** Two pictures side by side, the second after a thin rule, as one. */
  async function sideBySide(left: Buffer, right: Buffer, size: { width: number; height: number }): Promise<Buffer> {
    const frame = await context.newPage();
    await frame.setViewportSize(size);
    await frame.setContent(
      `<body style="margin:0;display:flex;align-items:flex-start;background:#d9e2ec"><img src="data:image/png;base64,${left.toString('base64')}"><img style="border-left:1px solid #9aa5b1" src="data:image/png;base64,${right.toString('base64')}"></body>`,
    );
    const shot = await frame.screenshot();
    await frame.close();
    return shot;
  }

  /** Makes both pages as tall as the taller one's document, so each is shown whole beside the other; returns that height. */
  async function sameHeight(pages: Page[], least: number): Promise<number> {
    let height = least;
    for (const page of pages) height = Math.max(height, await page.evaluate(() => document.documentElement.scrollHeight));
    for (const page of pages) await page.setViewportSize({ width: page.viewportSize()!.width, height });
    return height;
  }

  /**
   * The product at work, for the README: the subject page filled from 周若溪 by the helper, then a
   * fake office phone and a mistyped ID number typed by hand; the page with its marks, beside the
   * side panel's live check of it.
   */
  async function productAtWork(size: { page: number; panel: number; height: number }): Promise<Buffer> {
    // A second fill would find the first one's mistyped ID number and, rightly, refuse: start from a blank page.
    if (filledBefore) {
      await platform.reload();
      await platform.locator('h3', { hasText: '网站开办主体' }).waitFor();
    }
    filledBefore = true;
    const tabId = await tabOf('http://www.beian.gov.cn/*');
    const control = await context.newPage();
    await control.goto(extensionPage('options.html'));
    const filled = (await control.evaluate(([channel, tab]) => chrome.runtime.sendMessage({ channel, type: 'fillTab', payload: { tabId: tab, clientId: 'sample-zhou' } }), [CHANNEL, tabId] as const)) as { ok: boolean };
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
    await panel.goto(extensionPage(`sidepanel.html?tabId=${tabId}`));
    await panel.locator('[data-testid="check-summary"][data-errors="2"]').waitFor();
    const [pageShot, panelShot] = [await platform.screenshot(), await panel.screenshot()];
    await panel.close();
    return sideBySide(pageShot, panelShot, { width: size.page + size.panel, height: size.height });
  }

  /** The options page, 1280×800, on one of its views (a nav button's title), or the book with 青梧科技 open. */
  async function optionsPage(view?: string): Promise<Page> {
    const options = await context.newPage();
    await options.setViewportSize(STORE);
    await options.goto(extensionPage('options.html'));
    await options.getByRole('navigation').getByRole('button', { name: /青梧科技/ }).click();
    await options.locator('.client-findings').first().waitFor();
    if (view) await options.getByRole('button', { name: view, exact: true }).click();
    return options;
  }

  /** The profile book: the client list, 青梧科技 open in the editor with its findings. */
  async function book(): Promise<Buffer> {
    const options = await optionsPage();
    const shot = await options.screenshot();
    await options.close();
    return shot;
  }

  /** Options → 批量检查, run over the whole book. */
  async function bulkCheck(): Promise<Buffer> {
    const options = await optionsPage('批量检查');
    await options.getByRole('button', { name: '检查整个资料库' }).click();
    await options.getByTestId('bulk-summary').waitFor();
    const shot = await options.screenshot();
    await options.close();
    return shot;
  }

  /** One of the options page's views as it opens (its heading shown). */
  async function optionsView(view: string): Promise<Buffer> {
    const options = await optionsPage(view);
    await options.getByRole('heading', { name: view, exact: true }).first().waitFor();
    await options.mouse.move(0, 0);
    const shot = await options.screenshot();
    await options.close();
    return shot;
  }

  /** The stores' screenshots, 1280×800 each: the profile book, the filled page beside the side panel, the bulk check. */
  async function storeScreenshots(): Promise<[string, Buffer][]> {
    return [
      ['1-book.png', await book()],
      ['2-page-and-panel.png', await productAtWork({ page: 840, panel: 440, height: STORE.height })],
      ['3-bulk-check.png', await bulkCheck()],
    ];
  }

  /** The modern rendering's 开办主体 page filled from 青梧科技, beside the whole popup: the client chosen, and its report of each field. */
  async function popupFill(): Promise<Buffer> {
    const page = await context.newPage();
    await page.setViewportSize({ width: 900, height: STORE.height });
    await page.goto(MODERN_SUBJECT);
    await page.locator('.el-form-item', { hasText: '负责人姓名' }).first().waitFor();
    const popup = await context.newPage();
    await popup.setViewportSize({ width: 380, height: 600 });
    await popup.goto(extensionPage(`popup.html?tabId=${await tabOf('http://beian.mps.gov.cn/*')}`));
    await popup.getByRole('radio', { name: /青梧科技/ }).check();
    const run = Number(await popup.locator('.outcome').getAttribute('data-run'));
    await popup.getByRole('button', { name: '填写', exact: true }).click();
    await popup.locator(`.outcome[data-run="${run + 1}"] tr[data-path]`).first().waitFor({ timeout: 30_000 });
    await popup.mouse.move(0, 0);
    const height = await sameHeight([popup], STORE.height);
    await page.setViewportSize({ width: 900, height });
    const [pageShot, popupShot] = [await page.screenshot(), await popup.screenshot()];
    await popup.close();
    await page.close();
    return sideBySide(pageShot, popupShot, { width: 900 + 381, height });
  }

  /** Options → 回收站 with 周若溪 just deleted (删除客户, confirmed); then 恢复, so the book is as it was. */
  async function trash(): Promise<Buffer> {
    const options = await optionsPage();
    await options.getByRole('navigation').getByRole('button', { name: /周若溪/ }).click();
    await options.waitForFunction(() => [...document.querySelectorAll('input')].some((input) => input.value.startsWith('周若溪')));
    options.once('dialog', (dialog) => void dialog.accept());
    await options.getByRole('button', { name: '删除客户', exact: true }).click();
    await options.getByText(/已把“周若溪.*”移到回收站/).waitFor();
    await options.getByRole('button', { name: '回收站', exact: true }).click();
    const entry = options.getByRole('button', { name: '恢复', exact: true });
    await entry.waitFor();
    await options.mouse.move(0, 0);
    const shot = await options.screenshot();
    await entry.click();
    await options.getByRole('navigation').getByRole('button', { name: /周若溪/ }).waitFor();
    await options.close();
    return shot;
  }

  /** filing.html of one of 青梧科技's websites, whole: its 面审 checklist and, once filed, its footer code. */
  async function filingPage(website: string): Promise<Page> {
    const filing = await context.newPage();
    await filing.setViewportSize({ width: 1000, height: STORE.height });
    await filing.goto(extensionPage(`filing.html?client=${SAMPLE_COMPANY.client}&website=${website}`));
    await filing.getByRole('heading', { name: '页脚备案标识' }).waitFor();
    return filing;
  }

  /** The shop (interactive, not filed yet): the 面审 checklist its answers call for. */
  async function reviewChecklist(): Promise<Buffer> {
    const filing = await filingPage(SAMPLE_COMPANY.shop);
    await filing.locator('table.materials tbody tr').first().waitFor();
    const shot = await filing.screenshot({ fullPage: true });
    await filing.close();
    return shot;
  }

  /** 青梧科技官网 (filed, with its 公安备案号): the footer code and its preview. */
  async function footerCode(): Promise<{ shot: Buffer; snippet: string }> {
    const filing = await filingPage(SAMPLE_COMPANY.website);
    await filing.getByTestId('footer-preview').waitFor();
    const snippet = await filing.getByLabel('页脚代码').inputValue();
    const shot = await filing.screenshot({ fullPage: true });
    await filing.close();
    return { shot, snippet };
  }

  /** A website's own page with that footer code (and its ICP number), beside the side panel's footer check of it. */
  async function footerCheck(snippet: string): Promise<Buffer> {
    const site = await context.newPage();
    await site.setViewportSize({ width: 840, height: 560 });
    await site.goto(`http://www.beian.gov.cn/__test/site?footer=${encodeURIComponent(`${ICP_FOOTER} ${snippet}`)}`);
    const panel = await context.newPage();
    await panel.setViewportSize({ width: 440, height: 560 });
    await panel.goto(extensionPage(`sidepanel.html?tabId=${await tabOf('http://www.beian.gov.cn/__test/site*')}`));
    await panel.getByText('检查网站页脚的备案号').click();
    await panel.getByRole('button', { name: '检查当前网页的页脚' }).click();
    await panel.getByTestId('footer-summary').waitFor();
    const height = await sameHeight([panel], 560);
    await site.setViewportSize({ width: 840, height });
    const [siteShot, panelShot] = [await site.screenshot(), await panel.screenshot()];
    await panel.close();
    await site.close();
    return sideBySide(siteShot, panelShot, { width: 1281, height });
  }

  /**
   * The book encrypted (设置 → 加密保存) and locked (立即锁定): the options page then shows only this.
   * Then unlocked and decrypted again (取消加密), so a person's demo book is left as it was.
   */
  async function locked(): Promise<Buffer> {
    const passphrase = '示例口令 correct horse';
    const options = await optionsPage('设置');
    await options.getByLabel('口令（至少 8 个字符）').fill(passphrase);
    await options.getByLabel('再输一次新口令').fill(passphrase);
    await options.getByRole('button', { name: '加密保存', exact: true }).click();
    await options.getByText('客户资料已加密保存。').first().waitFor({ timeout: 60_000 });
    await options.getByRole('button', { name: '立即锁定' }).click();
    await options.getByRole('heading', { name: '客户资料已锁定' }).waitFor();
    await options.setViewportSize({ width: 900, height: 420 });
    const shot = await options.screenshot();

    await options.setViewportSize(STORE);
    await options.getByLabel('口令', { exact: true }).fill(passphrase);
    await options.getByRole('button', { name: '解锁', exact: true }).click();
    await options.goto(extensionPage('options.html#settings'));
    const decrypt = options.getByRole('form', { name: '取消加密' });
    await decrypt.getByLabel('当前口令').fill(passphrase);
    await decrypt.getByRole('button', { name: '取消加密', exact: true }).click();
    await options.getByText(/^客户资料未加密/).waitFor({ timeout: 60_000 });
    await options.close();
    return shot;
  }

  /** The replica's two renderings of the 开办主体 page, side by side: classic (www.beian.gov.cn) and modern (beian.mps.gov.cn). */
  async function replica(): Promise<Buffer> {
    const classic = await context.newPage();
    await classic.setViewportSize({ width: 760, height: STORE.height });
    await classic.goto('http://www.beian.gov.cn/portal/user/subject');
    await classic.locator('h3', { hasText: '网站开办主体' }).waitFor();
    const modern = await context.newPage();
    await modern.setViewportSize({ width: 640, height: STORE.height });
    await modern.goto(MODERN_SUBJECT);
    await modern.locator('.el-form-item', { hasText: '负责人姓名' }).first().waitFor();
    const [left, right] = [await classic.screenshot(), await modern.screenshot()];
    await classic.close();
    await modern.close();
    return sideBySide(left, right, { width: 1401, height: STORE.height });
  }

  /** The pictures of the docs/ pages, each named for the page it is on. */
  async function docsScreenshots(): Promise<[string, Buffer][]> {
    const footer = await footerCode();
    return [
      ['fill-popup.png', await popupFill()],
      ['check-page-and-panel.png', await productAtWork({ page: 840, panel: 440, height: STORE.height })],
      ['book-editor.png', await book()],
      ['book-bulk-check.png', await bulkCheck()],
      ['book-sheet.png', await optionsView('表格导入导出')],
      ['book-trash.png', await trash()],
      ['book-backup.png', await optionsView('备份与恢复')],
      ['book-settings.png', await optionsView('设置')],
      ['after-filing-checklist.png', await reviewChecklist()],
      ['after-filing-footer.png', footer.shot],
      ['after-filing-footer-check.png', await footerCheck(footer.snippet)],
      ['development-replica.png', await replica()],
      ['privacy-locked.png', await locked()],
    ];
  }

  return { productAtWork, storeScreenshots, docsScreenshots };
}
