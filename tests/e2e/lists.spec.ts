import { expect, test, type Page } from '@playwright/test';
import { CHANNEL } from '../../lib/messaging/protocol';
import { openPlatform, openSidePanel } from './pages/platform';
import { CLASSIC, MODERN } from './replica';
import { platformSessionPerTest } from './session';

/**
 * Filing statuses taken from the platform's lists of websites (审核中网站, 已备案网站 …) on both
 * renderings: the side panel shows each listed website beside the book's, and takes the ticked ones.
 */
const session = platformSessionPerTest();

declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data: unknown }> } };

/** The sample company's websites' filings, asked of the background as the extension's pages ask. */
async function companyFilings(panel: Page): Promise<Record<string, unknown>> {
  return panel.evaluate(async (channel) => {
    const ask = async (type: string, payload: unknown) => {
      const reply = await chrome.runtime.sendMessage({ channel, type, payload });
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return reply.data as never;
    };
    const [company]: { id: string }[] = await ask('findClients', { query: '青梧' });
    const client: { websites: { domain: string; filing: unknown }[] } = await ask('getClient', { id: company!.id });
    return Object.fromEntries(client.websites.map((website) => [website.domain, website.filing]));
  }, CHANNEL);
}

test('classic 审核中网站: the shop the book has as a draft is taken as under review, with its date', async () => {
  await openPlatform(session.extension, `${CLASSIC}/portal/user/center`);
  const panel = await openSidePanel(session.extension, `${CLASSIC}/*`);
  await panel.getByRole('button', { name: '读取本页网站列表的备案状态' }).click();
  const shop = panel.locator('tr[data-key="qingwushop.com"]');
  await expect(shop).toContainText('青梧科技');
  await expect(shop).toContainText('草稿');
  await expect(shop).toContainText('审核中 （2026-11-25）');
  await expect(shop.getByRole('checkbox')).toBeChecked();
  await panel.getByRole('button', { name: '更新勾选的 1 个网站' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '已更新 1 个网站的备案状态' })).toBeVisible();
  await expect(shop).toContainText('一致');
  const filings = await companyFilings(panel);
  expect(filings['qingwushop.com']).toMatchObject({ status: 'reviewing', appliedOn: '2026-11-25' });
  expect(filings['qingwutech.cn']).toMatchObject({ status: 'approved', recordNumber: '33010602012345' });
});

test('modern 已备案网站, which lists names only: the site the book has as submitted is taken as filed, with its number and dates', async () => {
  const page = await openPlatform(session.extension, `${MODERN}/#/web/business/businessHome/website?tab=filed`);
  await expect(page.getByRole('tab', { name: /已备案网站/ })).toHaveAttribute('aria-selected', 'true');
  const panel = await openSidePanel(session.extension, `${MODERN}/*`);
  // The agency marked the site 已提交 when it submitted it; the platform has approved it since.
  await panel.evaluate(async (channel) => {
    const ask = async (type: string, payload: unknown) => (await chrome.runtime.sendMessage({ channel, type, payload })).data as never;
    const [company]: { id: string }[] = await ask('findClients', { query: '青梧' });
    const client: { websites: { domain: string; filing: object }[] } = await ask('getClient', { id: company!.id });
    client.websites[0]!.filing = { ...client.websites[0]!.filing, status: 'submitted', recordNumber: '', appliedOn: '', approvedOn: '' };
    await ask('saveClient', { client });
  }, CHANNEL);
  await panel.getByRole('button', { name: '读取本页网站列表的备案状态' }).click();
  const site = panel.locator('tr[data-key="青梧科技官网"]');
  await expect(site).toContainText('已提交');
  await expect(site).toContainText('已备案 33010602012345 （2024-03-01 → 2024-03-08）');
  // Sites of the account that are not in the book are shown, and cannot be ticked.
  await expect(panel.locator('tr[data-key="网娱在线"]')).toContainText('资料里没有这个网站');
  await expect(panel.locator('tr[data-key="网娱在线"]').getByRole('checkbox')).toHaveCount(0);
  await panel.getByRole('button', { name: '更新勾选的 1 个网站' }).click();
  await expect(panel.getByRole('status').filter({ hasText: '已更新 1 个网站的备案状态' })).toBeVisible();
  expect((await companyFilings(panel))['qingwutech.cn']).toMatchObject({ status: 'approved', recordNumber: '33010602012345', appliedOn: '2024-03-01', approvedOn: '2024-03-08' });
});
