import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test } from '@playwright/test';
import type { FillReport } from '../../lib/fill/values';
import type { PageStructureFile } from '../../lib/api/tab/messages';
import { company, type ClientName } from '../strangers/clients';
import { ask, fillAsPopup, fillStrangerPage, openStrangerSession, reply, reportPathOf, tabOf, type StrangerResult, type StrangerSession } from '../strangers/harness';
import { openStrangerPage, readState, waitReady } from '../strangers/score';
import { loadRendering, renderingIds } from '../strangers/serve';

/**
 * The blind renderings (tests/strangers): pages of the platform written by people who never saw
 * the engine, frozen as they handed them over. The real built extension fills every page of each
 * for both clients, as the popup does, and the form's own state — what its server would receive —
 * must then hold the client's values: no field with another value, no field half filled.
 */
const CLIENTS: ClientName[] = ['company', 'blogger'];

/** Fields a rendering's form keeps that the engine does not fill yet, each with why. Empty is the goal. */
const KNOWN_MISSES: Record<string, readonly string[]> = {};

/** What the report said of each field the form did not get: a failure in CI then says why, not only what. */
const reportedOf = (result: StrangerResult) =>
  result.comparison.missed.map((field) => {
    const entry = result.report?.entries.find((candidate) => candidate.path === reportPathOf(field.key));
    return `${field.key}: ${entry ? `${entry.status}${entry.reason ? ` ${JSON.stringify(entry.reason)}` : ''}` : 'not in the report'}`;
  });

const outcome = (result: StrangerResult) => ({
  page: [`${result.kind} · ${result.client}`, ...reportedOf(result)].join(' · '),
  wrong: result.comparison.wrong.map((field) => `${field.key}: ${JSON.stringify(field.after)}`),
  partial: result.comparison.partial.map((field) => `${field.key}: ${JSON.stringify(field.after)}`),
  missed: result.comparison.missed.map((field) => `${result.kind}/${result.client}/${field.key}`),
});

for (const id of renderingIds()) {
  test(`${id}: every page filled for both clients holds the client's values, and no other`, async () => {
    const rendering = await loadRendering(id);
    const session = await openStrangerSession(rendering);
    try {
      for (const client of CLIENTS) {
        for (const target of rendering.pages) {
          const result = await fillStrangerPage(session, target, client);
          const seen = outcome(result);
          expect(result.error, seen.page).toBeUndefined();
          expect(seen.wrong, seen.page).toEqual([]);
          expect(seen.partial, seen.page).toEqual([]);
          expect(seen.missed.filter((miss) => !(KNOWN_MISSES[id] ?? []).includes(miss)), seen.page).toEqual([]);
        }
      }
    } finally {
      await session.close();
    }
  });
}

test.describe('a single-page app whose route changes between detection and 填写', () => {
  let session: StrangerSession;
  test.beforeEach(async () => {
    session = await openStrangerSession(await loadRendering('tdesign-spa'));
  });
  test.afterEach(async () => {
    await session.close();
  });

  test('step 2 detected, the app moved on to step 3 in the same document: nothing is written and the popup is told', async () => {
    const page = await session.extension.context.newPage();
    const step2 = session.rendering.pages.find((target) => target.kind === 'website-basic')!;
    await openStrangerPage(page, `http://${session.rendering.host}`, step2);
    const tabId = await tabOf(session, page);
    const detected = await ask<{ pageId?: string; document?: string; location?: string }>(session.control, 'detectTab', { tabId });
    expect(detected.pageId).toBe('website-basic');
    await page.evaluate(() => {
      (window as unknown as { stillHere: boolean }).stillHere = true;
      location.hash = location.hash.replace(/\/2$/, '/3');
    });
    await waitReady(page);
    await expect.poll(async () => Object.keys(await readState(page))).toContain('security.name');
    const before = await readState(page);
    const refusal = await reply(session.control, 'fillTab', { tabId, clientId: 'gallery-client', websiteId: 'gallery-shop', pin: { document: detected.document!, location: detected.location!, pageId: detected.pageId! } });
    expect(refusal).toMatchObject({ ok: false, error: { code: 'page-changed' } });
    expect(await readState(page)).toEqual(before);
    // The same document all along: only the route changed.
    expect(await page.evaluate(() => (window as unknown as { stillHere?: boolean }).stillHere)).toBe(true);
    // Detected again, it is step 3, and 填写 fills it.
    const again = await ask<{ pageId?: string; document?: string; location?: string }>(session.control, 'detectTab', { tabId });
    expect(again.pageId).toBe('website-people');
    expect(again.document).toBe(detected.document);
    const report = await fillAsPopup(session, page, 'company');
    expect(report.pageId).toBe('website-people');
    expect((await readState(page))['security.name']).toBe('沈嘉禾');
  });

  test('the subject page shows only 开办主体性质 until it is chosen: it is recognised, and filled in rounds as it unfolds', async () => {
    const page = await session.extension.context.newPage();
    const subject = session.rendering.pages.find((target) => target.kind === 'subject')!;
    await openStrangerPage(page, `http://${session.rendering.host}`, subject);
    expect(Object.keys(await readState(page))).toEqual(['nature']);
    const tabId = await tabOf(session, page);
    expect(await ask<{ pageId?: string }>(session.control, 'detectTab', { tabId })).toMatchObject({ pageId: 'subject' });
    const report = await fillAsPopup(session, page, 'company');
    expect(report.entries.find((entry) => entry.path === 'subject.principal.name')).toMatchObject({ status: 'filled' });
    const state = await readState(page);
    expect(state).toMatchObject({ nature: '企业单位', unitName: '杭州青梧数字科技有限公司', 'principal.name': '林晓峰', 'principal.residence': ['浙江省', '杭州市', '西湖区'] });
  });
});

test.describe('导出页面结构: a page the helper got wrong, saved for the tests with nothing of anyone in it', () => {
  test('the structure of a filled page holds none of the client’s values, and served on its own it is the same page with the same fields', async () => {
    let html = '';
    const server = createServer((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(html);
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const port = (server.address() as AddressInfo).port;
    const session = await openStrangerSession(await loadRendering('tdesign-spa'), { 'beian.gov.cn': port });
    try {
      const step2 = session.rendering.pages.find((target) => target.kind === 'website-basic')!;
      const page = await session.extension.context.newPage();
      await openStrangerPage(page, `http://${session.rendering.host}`, step2);
      const blank = await ask<PageStructureFile>(session.control, 'exportPageStructure', { tabId: await tabOf(session, page) });
      const filled = await fillAsPopup(session, page, 'company');
      const file = await ask<PageStructureFile>(session.control, 'exportPageStructure', { tabId: await tabOf(session, page) });
      expect(file).toMatchObject({ format: 'beian-helper/page-structure', version: 1, pageId: 'website-basic', host: 'beian.mps.gov.cn' });
      // Nothing personal: none of the client's words, no long number, no e-mail address. A word the
      // blank page already writes for everyone (an option of a checkbox group: 网络购物) is no value.
      const words = Object.values(company).flatMap((value) => (typeof value === 'string' ? [value] : Array.isArray(value) ? value : typeof value === 'object' ? Object.values(value) : []));
      const personal = words.filter((word) => word.length >= 4 && file.html.includes(word) && !blank.html.includes(word));
      expect(personal).toEqual([]);
      expect(file.html).not.toMatch(/\d{5,}/);
      expect(file.location).not.toMatch(/\d{5,}/);
      expect(file.html).not.toMatch(/@[\w-]+\./);
      // Served on its own, the export is recognised as the same page, with the same fields found by their captions.
      html = file.html;
      const copy = await session.extension.context.newPage();
      await copy.goto(`http://beian.gov.cn${file.location}`);
      const copyTab = await tabOf(session, copy);
      await expect.poll(async () => (await ask<{ pageId?: string }>(session.control, 'detectTab', { tabId: copyTab })).pageId).toBe('website-basic');
      const found = (report: FillReport) => report.entries.filter((entry) => entry.status !== 'not-found').map((entry) => entry.path);
      const again = await fillAsPopup(session, copy, 'company');
      expect(found(again).filter((path) => !found(filled).includes(path))).toEqual([]);
      expect(found(again).length).toBeGreaterThan(found(filled).length * 0.8);
    } finally {
      await session.close();
      server.close();
    }
  });
});
