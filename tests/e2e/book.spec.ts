import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { CHANNEL } from '../../lib/messaging/protocol';
import { openOptions } from './extension';
import { bookSessionPerTest } from './session';

/** The agency's book as a whole: the to-do list of what would be returned, exported for the office. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data: unknown }> } };

const session = bookSessionPerTest();

test('批量检查 lists the clients that would be returned, worst first, filters by rule, and exports a CSV no cell of which is a formula', async () => {
  const options = await openOptions(session.extension);
  // A client whose office phone is fake, named like a spreadsheet formula.
  await options.evaluate(async (channel) => {
    const ask = async (type: string, payload: unknown) => {
      const reply = await chrome.runtime.sendMessage({ channel, type, payload });
      if (!reply.ok) throw new Error(JSON.stringify(reply));
      return reply.data as Record<string, unknown>;
    };
    const blogger = await ask('getClient', { id: 'sample-zhou' });
    const subject = blogger.subject as { principal: Record<string, unknown> };
    const principal = { ...subject.principal, officePhone: '010-00000000' };
    await ask('saveClient', { client: { ...blogger, id: 'bad-1', displayName: '=HYPERLINK("http://evil.example","点我")', tags: ['六月批'], websites: [], subject: { ...subject, principal } } });
  }, CHANNEL);
  await options.reload();

  await options.getByRole('button', { name: '批量检查' }).click();
  await options.getByRole('button', { name: '检查整个资料库' }).click();
  await expect(options.getByTestId('bulk-summary')).toHaveText('共 3 位客户，其中 1 位有错误；当前显示 3 位。');
  const rows = options.locator('.bulk-rows tbody tr');
  await expect(rows.first()).toHaveAttribute('data-client', 'bad-1');
  await expect(rows.first().locator('.rule-ids')).toContainText('S-PHONE-FAKE');

  await options.getByLabel('规则').selectOption('S-PHONE-FAKE');
  await expect(rows).toHaveCount(1);
  await options.getByLabel('规则').selectOption('');
  await options.getByLabel('标签').selectOption('六月批');
  await expect(rows).toHaveCount(1);

  const downloading = options.waitForEvent('download');
  await options.getByRole('button', { name: '导出 CSV' }).click();
  const csv = readFileSync((await (await downloading).path())!, 'utf8');
  expect(csv.startsWith('\ufeff客户,标签,严重程度,规则,字段,问题')).toBe(true);
  expect(csv).toContain('S-PHONE-FAKE');
  expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""点我"")"`);

  await rows.first().getByRole('button').click();
  await expect(options.getByLabel('客户名称', { exact: true })).toHaveValue('=HYPERLINK("http://evil.example","点我")');
});

test('a website sent back is marked so with the reason, shown in the list, and the list filters by filing status', async () => {
  const options = await openOptions(session.extension);
  await options.getByRole('navigation').getByRole('button', { name: /青梧科技/ }).click();
  const shop = options.locator('section[data-website="1"]');
  await shop.getByLabel('备案状态').selectOption({ label: '被退回' });
  await shop.getByLabel('退回原因').fill('网站名称含“商城”，需补充经营许可');
  await options.getByRole('button', { name: '保存', exact: true }).click();
  const company = options.getByRole('navigation').getByRole('button', { name: /青梧科技/ });
  await expect(company).toContainText('qingwushop.com（被退回）');
  await expect(company).toContainText('qingwutech.cn（已备案）');
  await options.getByLabel('备案状态', { exact: true }).first().selectOption({ label: '被退回' });
  await expect(options.getByRole('navigation').locator('li')).toHaveCount(1);
  await options.reload();
  await options.getByRole('navigation').getByRole('button', { name: /青梧科技/ }).click();
  await expect(options.locator('section[data-website="1"]').getByLabel('退回原因')).toHaveValue('网站名称含“商城”，需补充经营许可');
});
