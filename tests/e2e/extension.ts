import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, expect, type BrowserContext, type Page } from '@playwright/test';
import { QUIET_CHROMIUM_FLAGS, chromiumExecutable } from '../../scripts/chromium.mjs';

/** The built extension (`npm run build` writes it); BEIAN_EXTENSION names another build (a baseline to compare with). */
export const EXTENSION_DIR = process.env.BEIAN_EXTENSION ?? resolve(import.meta.dirname, '../../.output/chrome-mv3');

export interface LoadedExtension {
  context: BrowserContext;
  extensionId: string;
}

/** Chromium with the real built extension, on a profile directory that survives a relaunch. */
export async function launchWithExtension(userDataDir: string, extraArgs: string[] = []): Promise<LoadedExtension> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    headless: true,
    executablePath: chromiumExecutable(),
    // The extension's UI follows the browser's language; Chromium on Linux takes it from LANGUAGE
    // (and needs Debian's chromium-l10n for anything but en-US).
    env: { ...process.env, LANGUAGE: 'zh_CN' },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [...QUIET_CHROMIUM_FLAGS, `--disable-extensions-except=${EXTENSION_DIR}`, `--load-extension=${EXTENSION_DIR}`, ...extraArgs],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return { context, extensionId };
}

export function newProfileDir(): { path: string; remove: () => void } {
  const path = mkdtempSync(join(tmpdir(), 'beian-profile-'));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export async function openOptions({ context, extensionId }: LoadedExtension): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  return page;
}

/** Chromium with the extension and the sample clients installed from the options page, as a person would. */
export async function launchWithSamples(userDataDir: string, extraArgs: string[] = []): Promise<LoadedExtension> {
  const extension = await launchWithExtension(userDataDir, extraArgs);
  const options = await openOptions(extension);
  await options.getByRole('button', { name: '载入示例客户' }).click();
  await expect(options.getByRole('navigation').getByRole('button', { name: /青梧科技/ })).toBeVisible();
  await options.close();
  return extension;
}
