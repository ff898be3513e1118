import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { FillReport } from '../../lib/fill/values';
import { CHANNEL } from '../../lib/messaging/protocol';
import type { AttachmentRef } from '../../lib/model/profile';
import { launchWithExtension, newProfileDir, type LoadedExtension } from '../e2e/extension';
import { hostRules } from '../e2e/replica';
import { startReplica, type Replica } from '../site/server';
import { GALLERY_CLIENT_ID, GALLERY_SCANS, GALLERY_WEBSITE_ID, SCAN_NAMES, galleryClient, type GalleryScan } from './client';
import { EXPECTED, UNTOUCHED, holds, reportPath } from './expected';
import type { GalleryPageRendering } from './renderings';

/**
 * Filling gallery pages with the real built extension, and scoring what each page then holds
 * against the profile. Shared by the Playwright test (tests/e2e/gallery.spec.ts) and the bench.
 */
declare const chrome: {
  tabs: { query(filter: { url: string }): Promise<{ id?: number }[]> };
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data?: unknown; error?: { message: string } }> };
};

export interface GallerySession {
  extension: LoadedExtension;
  control: Page;
  close(): Promise<void>;
}

async function ask<T>(control: Page, type: string, payload: unknown): Promise<T> {
  const reply = await control.evaluate(([channel, kind, body]) => chrome.runtime.sendMessage({ channel, type: kind, payload: body }), [CHANNEL, type, payload] as const);
  if (!reply.ok) throw new Error(`${type}: ${reply.error?.message ?? 'failed'}`);
  return reply.data as T;
}

export async function openGallerySession(): Promise<GallerySession> {
  const replica: Replica = await startReplica();
  const profile = newProfileDir();
  const extension = await launchWithExtension(profile.path, [hostRules(replica.port)]);
  const control = await extension.context.newPage();
  await control.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const scans = {} as Record<GalleryScan, AttachmentRef>;
  for (const [key, path] of Object.entries(GALLERY_SCANS) as [GalleryScan, string][]) {
    const bytes = readFileSync(resolve(import.meta.dirname, '../../public', path));
    scans[key] = await ask<AttachmentRef>(control, 'putAttachment', {
      clientId: GALLERY_CLIENT_ID,
      name: SCAN_NAMES[key],
      type: 'image/png',
      base64: bytes.toString('base64'),
      width: bytes.readUInt32BE(16),
      height: bytes.readUInt32BE(20),
    });
  }
  await ask(control, 'saveClient', { client: galleryClient(scans) });
  return {
    extension,
    control,
    close: async () => {
      await extension.context.close();
      await replica.close();
      profile.remove();
    },
  };
}

export interface Miss {
  key: string;
  caption: string;
  expected: unknown;
  shown: unknown;
  status?: string;
  reason?: unknown;
  /** The caption strategy that named the field, when the helper found it. */
  via?: string;
}

export interface GalleryResult {
  pageId?: string;
  report: FillReport;
  /** Fields the page shows that the profile has a value for. */
  present: number;
  right: number;
  misses: Miss[];
  /** Fields whose report entry says otherwise than the page: filled but wrong, or failed but right. */
  inconsistent: string[];
  /** Fields the helper must not touch (SMS codes) that it touched. */
  touched: string[];
  /** For each field found, the caption strategy that named it. */
  strategies: string[];
}

export async function fillGalleryPage(session: GallerySession, rendering: GalleryPageRendering): Promise<GalleryResult> {
  const page = await session.extension.context.newPage();
  try {
    await page.goto(`http://${rendering.host}${rendering.url}`);
    await page.waitForFunction(() => (window as unknown as { __gallery?: { ready: boolean } }).__gallery?.ready === true);
    const [tab] = await session.control.evaluate((url) => chrome.tabs.query({ url }), `http://${rendering.host}${rendering.path}*`);
    const report = await ask<FillReport>(session.control, 'fillTab', { tabId: tab!.id!, clientId: GALLERY_CLIENT_ID, websiteId: GALLERY_WEBSITE_ID });
    await page.waitForFunction(() => !(window as unknown as { __gallery: { busy(): boolean } }).__gallery.busy());
    const values = await page.evaluate(() => (window as unknown as { __gallery: { values(): Record<string, unknown> } }).__gallery.values());
    const fields = new Map(rendering.design.blocks.flatMap((block) => block.fields).map((field) => [field.key, field]));
    const entries = new Map(report.entries.map((entry) => [entry.path, entry]));
    const result: GalleryResult = { ...(report.pageId ? { pageId: report.pageId } : {}), report, present: 0, right: 0, misses: [], inconsistent: [], touched: [], strategies: [] };
    for (const [key, shown] of Object.entries(values)) {
      const expected = EXPECTED[key];
      const field = fields.get(key);
      if (expected === undefined || !field) continue;
      if (UNTOUCHED.has(key)) {
        if (shown !== '') result.touched.push(key);
        continue;
      }
      result.present++;
      const entry = entries.get(reportPath(key));
      const right = holds(shown, expected, field.control);
      if (entry?.via) result.strategies.push(entry.via);
      if (right) result.right++;
      else result.misses.push({ key, caption: field.caption, expected, shown, ...(entry ? { status: entry.status } : {}), ...(entry?.reason ? { reason: entry.reason } : {}), ...(entry?.via ? { via: entry.via } : {}) });
      const claimed = entry?.status === 'filled' || entry?.status === 'already';
      if (claimed !== right) result.inconsistent.push(`${key}: page ${right ? 'right' : 'wrong'}, report ${entry?.status ?? 'silent'}`);
    }
    return result;
  } finally {
    await page.close();
  }
}
