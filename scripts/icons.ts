// `npm run icons`: renders store/icon.svg (our own drawing) to the PNGs the manifest and the stores
// use, public/icon/{16,32,48,128}.png, with Chromium; run it again after changing the drawing.
import { readFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { chromium } from '@playwright/test';
import { QUIET_CHROMIUM_FLAGS, chromiumExecutable } from './chromium.mjs';

const ROOT = resolve(import.meta.dirname, '..');
export const ICON_SIZES = [16, 32, 48, 128] as const;

const svg = readFileSync(resolve(ROOT, 'store/icon.svg'), 'utf8');
await mkdir(resolve(ROOT, 'public/icon'), { recursive: true });
const browser = await chromium.launch({ headless: true, executablePath: chromiumExecutable(), args: QUIET_CHROMIUM_FLAGS });
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<html><body style="margin:0;background:transparent">${svg.replace('<svg ', `<svg style="display:block;width:${size}px;height:${size}px" `)}</body></html>`);
    await page.screenshot({ path: resolve(ROOT, `public/icon/${size}.png`), omitBackground: true });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
