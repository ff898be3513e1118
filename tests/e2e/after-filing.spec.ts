import { expect, test, type Page } from '@playwright/test';
import { CHANNEL } from '../../lib/messaging/protocol';
import { footerSnippet } from '../../lib/model/footer';
import { openPlatform, openSidePanel } from './pages/platform';
import { CLASSIC } from './replica';
import { platformSessionPerTest } from './session';

/**
 * After 提交: the 面审 checklist of a website, the record number taken from the platform's
 * 已备案网站 page, the footer snippet, and the check of a site's footer — with the real built extension.
 */
const session = platformSessionPerTest();

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data: unknown }> } };

const NUMBER = '33010602012345';
const ICP = '<a href="https://beian.miit.gov.cn/" target="_blank">浙ICP备2023012345号-1</a>';

/** Asks the background as the extension's pages do. */
function ask<T>(page: Page, type: string, payload: unknown): Promise<T> {
  return page.evaluate(
    async ([channel, kind, body]) => {
      const reply = await chrome.runtime.sendMessage({ channel, type: kind, payload: body });
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return reply.data as never;
    },
    [CHANNEL, type, payload] as const,
  );
}

async function company(page: Page) {
  const [found] = await ask<{ id: string }[]>(page, 'findClients', { query: '青梧' });
  return ask<{ id: string; websites: { id: string; domain: string; filing: Record<string, unknown> }[] }>(page, 'getClient', { id: found!.id });
}

test('the sample shop’s 面审 checklist lists what its answers require; ticks are kept; an agent filing adds the power of attorney', async () => {
  const { context, extensionId } = session.extension;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const client = await company(options);
  const shop = client.websites.find((website) => website.domain === 'qingwushop.com')!;
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/filing.html?client=${client.id}&website=${shop.id}`);
  const rows = page.locator('table.materials tbody tr');
  // A company (统一社会信用代码) filing its own interactive shop, without pre-approved content.
  await expect(rows).toHaveCount(9);
  expect(await rows.evaluateAll((shown) => shown.map((row) => row.getAttribute('data-material')))).toEqual([
    'application', 'sponsor-id', 'security-officer-id', 'business-licence', 'access-agreement', 'access-provider-licence', 'domain-ownership', 'registrar-licence', 'security-plan',
  ]);
  await expect(page.locator('tr[data-material="security-plan"]')).toContainText('原件');
  await page.getByLabel('“工商营业执照”已备齐').check();
  await expect(page.getByRole('status')).toHaveText('已保存');
  await page.getByLabel('由代理人（备案服务机构）办理：需要授权委托书和代理人身份证').check();
  await expect(page.locator('tr[data-material="power-of-attorney"]')).toBeVisible();
  await expect(rows).toHaveCount(11);
  await page.reload();
  await expect(page.getByLabel('“工商营业执照”已备齐')).toBeChecked();
  await expect(page.getByText('已备齐 1 / 11 项。')).toBeVisible();
  await expect(page.getByRole('button', { name: '打印清单' })).toBeVisible();
  // The shop has no record number yet: no footer code, and the page says how to get one.
  await expect(page.getByText('网站备案通过后，在客户资料里填入公安备案号')).toBeVisible();
});

test('classic 已备案网站: the record number and dates are taken into the sample client, after the comparison', async () => {
  const list = await openPlatform(session.extension, `${CLASSIC}/portal/user/website/filed`);
  const panel = await openSidePanel(session.extension, `${CLASSIC}/*`);
  const client = await company(panel);
  client.websites[0]!.filing = { ...client.websites[0]!.filing, status: 'submitted', recordNumber: '', appliedOn: '', approvedOn: '' };
  await ask(panel, 'saveClient', { client });
  await list.reload();
  await panel.reload();
  await panel.getByRole('button', { name: '读取本页网站列表的备案状态' }).click();
  // The list shows names and dates, the 备案号代码 block domains: one website, by its record number.
  const row = panel.locator('tr[data-key="qingwutech.cn"]');
  await expect(row).toContainText('青梧科技官网');
  await expect(row).toContainText(`已备案 ${NUMBER} （2024-03-01 → 2024-03-08）`);
  await panel.getByRole('button', { name: '更新勾选的 1 个网站' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '已更新 1 个网站的备案状态' })).toBeVisible();
  expect((await company(panel)).websites[0]!.filing).toMatchObject({ status: 'approved', recordNumber: NUMBER, appliedOn: '2024-03-01', approvedOn: '2024-03-08' });
});

test('the footer snippet, pasted into a site, passes the footer check; the ICP number in its place or a link without the number get their finding', async () => {
  const { context, extensionId } = session.extension;
  const options = await context.newPage();
  await options.goto(`chrome-extension://${extensionId}/options.html`);
  const client = await company(options);
  const filing = await context.newPage();
  await filing.goto(`chrome-extension://${extensionId}/filing.html?client=${client.id}&website=${client.websites[0]!.id}`);
  const snippet = await filing.getByLabel('页脚代码').inputValue();
  expect(snippet).toBe(footerSnippet(NUMBER, 'current'));
  await expect(filing.getByTestId('footer-preview')).toHaveText(`浙公网安备 ${NUMBER}号`);
  await filing.getByLabel('旧平台（www.beian.gov.cn）').check();
  await expect(filing.getByLabel('页脚代码')).toHaveValue(footerSnippet(NUMBER, 'classic')!);

  const site = await context.newPage();
  const open = (footer: string) => site.goto(`${CLASSIC}/__test/site?footer=${encodeURIComponent(footer)}`);
  await open(`${ICP} ${snippet}`);
  const panel = await openSidePanel(session.extension, `${CLASSIC}/__test/site*`);
  await panel.getByText('检查网站页脚的备案号').click();
  const check = panel.getByRole('button', { name: '检查当前网页的页脚' });
  await check.click();
  await expect(panel.getByTestId('footer-summary')).toHaveText('“www.beian.gov.cn”的页脚没有问题。');
  await expect(panel.locator('li[data-code="in-book"]')).toContainText('青梧科技官网');

  await open(`${ICP} 浙公网安备 浙ICP备2023012345号-1`);
  await check.click();
  await expect(panel.locator('li[data-code="icp-in-place"]')).toContainText('工信部ICP备案号');

  await open(`${ICP} <a href="https://beian.mps.gov.cn/#/query/webSearch">浙公网安备 ${NUMBER}号</a>`);
  await check.click();
  await expect(panel.locator('li[data-code="link-without-code"]')).toContainText('没有带上备案号');
});
