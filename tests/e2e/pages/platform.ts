import { expect, type Page } from '@playwright/test';
import type { LoadedExtension } from '../extension';

/** Inside the extension's pages, where `evaluate` runs. */
declare const chrome: { tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> } };

/** A platform page on the replica, logged in (the replica's test login, for pages behind it). */
export async function openPlatform({ context }: LoadedExtension, url: string): Promise<Page> {
  const page = await context.newPage();
  const origin = new URL(url).origin;
  await page.goto(`${origin}/__test/login?next=${encodeURIComponent(url.replace(origin, ''))}`);
  return page;
}

/** One of the extension's views as a page, aimed at the platform tab whose URL matches (`?tabId=N`). */
async function openForTab({ context, extensionId }: LoadedExtension, view: 'popup.html' | 'sidepanel.html', urlPattern: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/${view}`);
  const [tab] = await page.evaluate((pattern) => chrome.tabs.query({ url: pattern }), urlPattern);
  await page.goto(`chrome-extension://${extensionId}/${view}?tabId=${tab!.id}`);
  return page;
}

/** The popup as a page, aimed at the platform tab whose URL matches. */
export const openPopup = (extension: LoadedExtension, urlPattern: string) => openForTab(extension, 'popup.html', urlPattern);

/** The side panel as a page, pinned to the platform tab whose URL matches. */
export const openSidePanel = (extension: LoadedExtension, urlPattern: string) => openForTab(extension, 'sidepanel.html', urlPattern);

export interface ReportRow {
  path: string | null;
  status: string | null;
  text: string | null;
}

/** Chooses the client (and website) in the popup, presses 填写, and returns the report's rows. */
export async function fillFromPopup(popup: Page, client: RegExp, website?: string): Promise<ReportRow[]> {
  await popup.getByRole('radio', { name: client }).check();
  if (website) await popup.getByRole('combobox').selectOption({ label: website });
  // A report already on screen is the last fill's: wait for the next one.
  const outcome = popup.locator('.outcome');
  const run = Number(await outcome.getAttribute('data-run'));
  await popup.getByRole('button', { name: '填写', exact: true }).click();
  await expect(outcome).toHaveAttribute('data-run', String(run + 1), { timeout: 30_000 });
  return popup.locator('tr[data-path]').evaluateAll((elements) =>
    elements.map((element) => ({ path: element.getAttribute('data-path'), status: element.getAttribute('data-status'), text: element.textContent })),
  );
}
