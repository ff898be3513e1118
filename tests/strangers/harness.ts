import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Page } from '@playwright/test';
import type { FillReport } from '../../lib/fill/values';
import { CHANNEL } from '../../lib/messaging/protocol';
import type { AttachmentRef } from '../../lib/model/profile';
import { SAMPLE_IMAGES, sampleBlogger, type SampleImage } from '../../lib/model/sample';
import { launchWithExtension, newProfileDir, type LoadedExtension } from '../e2e/extension';
import { GALLERY_CLIENT_ID, GALLERY_SCANS, GALLERY_WEBSITE_ID, SCAN_NAMES, galleryClient, type GalleryScan } from '../gallery/client';
import { CLIENTS, type ClientName } from './clients';
import type { PageKind, Rendering, StrangerPage } from './contract';
import { compare, openStrangerPage, readState, type Comparison } from './score';
import { serveRendering, strangerHostRules, type ServedRendering } from './serve';

/**
 * A blind rendering filled by the real built extension, as a person does it from the popup: the
 * page detected, the client chosen, 填写 — then the form's own state read back and compared with
 * the client over the fields its author's by-hand fill proved (truth.json).
 */
declare const chrome: {
  tabs: { query(filter: { url: string }): Promise<{ id?: number; url?: string }[]> };
  runtime: { sendMessage(message: unknown): Promise<{ ok: boolean; data?: unknown; error?: { code?: string; message: string } }> };
};

/** The book's client and website for each of the strangers' clients. */
const BOOK: Record<ClientName, { clientId: string; websiteId: string }> = {
  company: { clientId: GALLERY_CLIENT_ID, websiteId: GALLERY_WEBSITE_ID },
  blogger: { clientId: 'sample-zhou', websiteId: 'sample-zhou-blog' },
};

export interface StrangerSession {
  rendering: Rendering;
  extension: LoadedExtension;
  control: Page;
  close(): Promise<void>;
}

/** What the background answers a message, as the extension's own pages get it. */
export function reply(control: Page, type: string, payload: unknown) {
  return control.evaluate(([channel, kind, body]) => chrome.runtime.sendMessage({ channel, type: kind, payload: body }), [CHANNEL, type, payload] as const);
}

export async function ask<T>(control: Page, type: string, payload: unknown): Promise<T> {
  const answer = await reply(control, type, payload);
  if (!answer.ok) throw new Error(`${type}: ${answer.error?.message ?? 'failed'}`);
  return answer.data as T;
}

async function store(control: Page, clientId: string, name: string, picture: string): Promise<AttachmentRef> {
  const bytes = readFileSync(resolve(import.meta.dirname, '../../public', picture));
  return ask<AttachmentRef>(control, 'putAttachment', { clientId, name, type: 'image/png', base64: bytes.toString('base64'), width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) });
}

/** `also`: other hosts of the platform's domain, each to a port of its own (a page the test serves besides the rendering). */
export async function openStrangerSession(rendering: Rendering, also: Record<string, number> = {}): Promise<StrangerSession> {
  const served: ServedRendering = await serveRendering(rendering);
  const profile = newProfileDir();
  const rules = [strangerHostRules(served.port), ...Object.entries(also).map(([host, port]) => `MAP ${host} 127.0.0.1:${port}`)].join(', ').replace(/, --host-resolver-rules=/g, ', ');
  const extension = await launchWithExtension(profile.path, [rules]);
  const control = await extension.context.newPage();
  await control.goto(`chrome-extension://${extension.extensionId}/options.html`);
  const scans = {} as Record<GalleryScan, AttachmentRef>;
  for (const [key, picture] of Object.entries(GALLERY_SCANS) as [GalleryScan, string][]) scans[key] = await store(control, GALLERY_CLIENT_ID, SCAN_NAMES[key], picture);
  await ask(control, 'saveClient', { client: galleryClient(scans) });
  const front = await store(control, BOOK.blogger.clientId, 'blogger-front.png', 'sample/blogger-front.png');
  const back = await store(control, BOOK.blogger.clientId, 'blogger-back.png', 'sample/blogger-back.png');
  // The blogger's client uses only its own two scans.
  const images = Object.fromEntries(Object.keys(SAMPLE_IMAGES).map((key) => [key, key === 'bloggerBack' ? back : front])) as Record<SampleImage, AttachmentRef>;
  await ask(control, 'saveClient', { client: sampleBlogger(images) });
  return {
    rendering,
    extension,
    control,
    close: async () => {
      await extension.context.close();
      await served.close();
      profile.remove();
    },
  };
}

/** The report entry (the engine's field path) that speaks for a field key of FIELDS.md. */
export function reportPathOf(key: string): string {
  const person = /^(security|liaison|opinionGuide)\.(\w+)$/.exec(key);
  if (person) return `website.people.${person[1]}.${person[2] === 'cert' ? 'certScans' : person[2]}`;
  const special: Record<string, string> = {
    'principal.cert': 'subject.principal.certScans',
    hasControlled: 'website.hasControlledGoods',
    hasPreapproval: 'website.hasPreapprovals',
  };
  if (special[key]) return special[key];
  if (['nature', 'unitName', 'unitCertType', 'unitCertNumber', 'supervisor'].includes(key) || key.startsWith('principal.')) return `subject.${key}`;
  return `website.${key}`;
}

export interface StrangerResult {
  rendering: string;
  client: ClientName;
  kind: PageKind;
  /** The page the helper said it detected, and what its report said of each field. */
  pageId?: string;
  report?: FillReport;
  comparison: Comparison;
  /** Fields a person fills on this page for this client (truth.json). */
  present: number;
  error?: string;
}

export function truthOf(rendering: Rendering): Record<ClientName, Partial<Record<PageKind, string[]>>> {
  return JSON.parse(readFileSync(resolve(import.meta.dirname, rendering.id, 'truth.json'), 'utf8')) as Record<ClientName, Partial<Record<PageKind, string[]>>>;
}

/** The tab a page is in, as the popup knows it. */
export async function tabOf(session: StrangerSession, page: Page): Promise<number> {
  const tabs = await session.control.evaluate(() => chrome.tabs.query({ url: '*://*/*' }));
  const tab = tabs.find((candidate) => candidate.url === page.url());
  if (tab?.id === undefined) throw new Error(`no tab shows ${page.url()}`);
  return tab.id;
}

/** Detect, then 填写 for the document (and page) detected, as the popup does. */
export async function fillAsPopup(session: StrangerSession, page: Page, client: ClientName): Promise<FillReport> {
  const tabId = await tabOf(session, page);
  const detected = await ask<{ pageId?: string; document?: string }>(session.control, 'detectTab', { tabId });
  return ask<FillReport>(session.control, 'fillTab', { tabId, ...BOOK[client], ...(detected.document ? { document: detected.document } : {}) });
}

export async function fillStrangerPage(session: StrangerSession, target: StrangerPage, client: ClientName): Promise<StrangerResult> {
  const truth = truthOf(session.rendering)[client]?.[target.kind] ?? [];
  const page = await session.extension.context.newPage();
  const base = { rendering: session.rendering.id, client, kind: target.kind, present: truth.length };
  try {
    await openStrangerPage(page, `http://${session.rendering.host}`, target);
    const before = await readState(page);
    let report: FillReport | undefined;
    let error: string | undefined;
    try {
      report = await fillAsPopup(session, page, client);
    } catch (failure) {
      error = failure instanceof Error ? failure.message : String(failure);
    }
    const after = await readState(page);
    const comparison = compare(target.kind, CLIENTS[client], before, after, truth);
    return { ...base, ...(report?.pageId ? { pageId: report.pageId } : {}), ...(report ? { report } : {}), comparison, ...(error ? { error } : {}) };
  } finally {
    await page.close();
  }
}
