import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { QUIET_CHROMIUM_FLAGS, chromiumExecutable } from '../../scripts/chromium.mjs';
import { CLIENTS, scan, type ClientName } from './clients';
import type { FillByHand } from './contract';
import { compare, openStrangerPage, readState } from './score';
import { loadRendering, renderingIds, serveRendering, strangerHostRules } from './serve';

/**
 * `npx tsx tests/strangers/check.ts <id>`: the rendering's own proof. Every page is opened as a
 * person does and filled by its author's by-hand code for each client, and its state reader must
 * then give every value of the client that the page shows. Writes tests/strangers/<id>/truth.json
 * (the fields a person fills, per client and page: what the helper is scored on) and screenshots
 * to .output/strangers/. Exit 1 on any disagreement.
 */
const ids = process.argv.slice(2).filter((arg) => !arg.startsWith('--'));
const only = process.argv.find((arg) => arg.startsWith('--client='))?.slice('--client='.length) as ClientName | undefined;
let failed = false;

for (const id of ids.length ? ids : renderingIds()) {
  const rendering = await loadRendering(id);
  const { fillByHand } = (await import(resolve(import.meta.dirname, id, 'by-hand.ts'))) as { fillByHand: FillByHand };
  const served = await serveRendering(rendering);
  const browser = await chromium.launch({ headless: true, executablePath: chromiumExecutable(), args: [...QUIET_CHROMIUM_FLAGS, strangerHostRules(served.port)] });
  const truth: Record<string, Record<string, string[]>> = {};
  const shots = resolve(import.meta.dirname, '../../.output/strangers');
  mkdirSync(shots, { recursive: true });
  try {
    for (const [client, values] of Object.entries(CLIENTS) as [ClientName, (typeof CLIENTS)[ClientName]][]) {
      if (only && client !== only) continue;
      truth[client] = {};
      for (const target of rendering.pages) {
        const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 900 } });
        const page = await context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (error) => errors.push(error.message));
        try {
          await openStrangerPage(page, `http://${rendering.host}`, target);
          const before = await readState(page);
          await fillByHand(page, target.kind, values, scan);
          const after = await readState(page);
          await page.screenshot({ path: resolve(shots, `${id}-${target.kind}-${client}.png`), fullPage: true });
          const comparison = compare(target.kind, values, before, after);
          truth[client][target.kind] = comparison.right.map((outcome) => outcome.key);
          const bad = [...comparison.missed, ...comparison.partial, ...comparison.wrong];
          console.log(`${id} ${target.kind} ${client}: ${comparison.right.length} fields right${bad.length ? `, ${bad.length} not` : ''}${errors.length ? `; page errors: ${errors.join(' | ')}` : ''}`);
          for (const outcome of bad) console.log(`  ${outcome.key}: expected ${JSON.stringify(outcome.expected)}, state ${JSON.stringify(outcome.after)}`);
          if (bad.length || errors.length) failed = true;
        } catch (error) {
          failed = true;
          console.log(`${id} ${target.kind} ${client}: ${error instanceof Error ? error.message : String(error)}`);
          await page.screenshot({ path: resolve(shots, `${id}-${target.kind}-${client}-failed.png`), fullPage: true }).catch((shotError: unknown) => console.log(`  (no screenshot: ${String(shotError)})`));
        } finally {
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await served.close();
  }
  if (!only) writeFileSync(resolve(import.meta.dirname, id, 'truth.json'), `${JSON.stringify(truth, null, 2)}\n`);
}
process.exit(failed ? 1 : 0);
