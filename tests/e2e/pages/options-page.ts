import { expect, type Locator, type Page } from '@playwright/test';
import { CHANNEL } from '../../../lib/messaging/protocol';
import type { Client } from '../../../lib/model/profile';

/** Inside the extension's pages, where `evaluate` runs. */
declare const chrome: { runtime: { sendMessage(message: unknown): Promise<unknown> } };

/** The profile editor as a person sees it: sections by heading, fields by their platform labels. */
export class OptionsPage {
  constructor(readonly page: Page) {}

  get list(): Locator {
    return this.page.getByRole('navigation', { name: '客户' });
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  website(index: number): Locator {
    return this.page.locator(`section[data-website="${index}"]`);
  }

  person(website: Locator, role: '网站安全负责人信息' | '网站信息联络人' | '舆情引导员'): Locator {
    return website.getByRole('group', { name: role, exact: true });
  }

  field(scope: Locator, label: string): Locator {
    return scope.getByLabel(label, { exact: true });
  }

  /** A checkbox or radio group by its caption, then the option by its label. */
  choice(scope: Locator, group: string, option: string): Locator {
    return scope.getByRole('group', { name: group, exact: true }).getByLabel(option, { exact: true });
  }

  /**
   * Ticks an option. The findings under the fields above come and go as the form changes, moving
   * the form: a click that landed while it moved is made again until the option is ticked.
   */
  async tick(scope: Locator, group: string, option: string) {
    const box = this.choice(scope, group, option);
    await expect(async () => {
      await box.check({ timeout: 2_000 });
    }).toPass({ timeout: 30_000 });
  }

  async openClient(displayName: string) {
    await this.list.getByRole('button', { name: new RegExp(displayName) }).click();
    await expect(this.field(this.section('客户信息'), '客户名称')).toHaveValue(displayName);
  }

  async save() {
    await this.page.getByRole('button', { name: '保存', exact: true }).click();
  }

  status(): Locator {
    return this.page.getByRole('status');
  }

  /** Reads a client back from the background, as the extension's pages do. */
  async storedClient(id: string): Promise<Client | undefined> {
    const reply = (await this.page.evaluate(
      ([channel, clientId]) => chrome.runtime.sendMessage({ channel, type: 'getClient', payload: { id: clientId } }),
      [CHANNEL, id] as const,
    )) as { ok: boolean; data?: Client };
    return reply.ok ? reply.data : undefined;
  }

  async storedClientIds(): Promise<{ id: string; displayName: string }[]> {
    const reply = (await this.page.evaluate(
      (channel) => chrome.runtime.sendMessage({ channel, type: 'listClients', payload: {} }),
      CHANNEL,
    )) as { ok: boolean; data: { id: string; displayName: string }[] };
    return reply.data;
  }
}
