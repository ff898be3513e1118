// Part of `npm test`, after `npm run zip`: the store packages are what the stores will take.
//  - the Chrome/Edge zip stays under its size budget and carries no source maps, tests or fixtures;
//  - `web-ext lint` finds no error in the Firefox build;
//  - neither package carries the Firefox test's hook (lib/test-hook.ts).
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { TEST_FILL_CHANNEL } from '../lib/test-hook';

const OUTPUT = resolve(import.meta.dirname, '../.output');
/** What the Chrome package may weigh: the code, the locales, the icons and the sample scans. */
const CHROME_ZIP_BUDGET = 1024 * 1024;
const NOT_SHIPPED = [/\.map$/, /(^|\/)tests?\//, /\.(spec|test)\.[cm]?[jt]sx?$/, /(^|\/)fixtures\//, /(^|\/)__test/];

const problems: string[] = [];
const chromeZip = readdirSync(OUTPUT).find((file) => file.endsWith('-chrome.zip'));
if (!chromeZip) problems.push('no Chrome zip in .output: run `npm run zip` first');
else {
  const bytes = readFileSync(resolve(OUTPUT, chromeZip));
  const files = Object.keys(unzipSync(new Uint8Array(bytes)));
  console.log(`${chromeZip}: ${(bytes.length / 1024).toFixed(0)} KB (budget ${CHROME_ZIP_BUDGET / 1024} KB), ${files.length} files`);
  if (bytes.length > CHROME_ZIP_BUDGET) problems.push(`${chromeZip} is ${bytes.length} bytes, over the ${CHROME_ZIP_BUDGET}-byte budget`);
  for (const file of files) if (NOT_SHIPPED.some((pattern) => pattern.test(file))) problems.push(`${chromeZip} carries ${file}`);
  if (!files.includes('manifest.json') || !files.includes('icon/128.png')) problems.push(`${chromeZip} lacks its manifest or its 128 px icon`);
}
// The Firefox test's hook is built in test mode only: no store package may carry it.
for (const zip of readdirSync(OUTPUT).filter((file) => /-(chrome|firefox)\.zip$/.test(file))) {
  for (const [file, content] of Object.entries(unzipSync(new Uint8Array(readFileSync(resolve(OUTPUT, zip)))))) {
    if (file.endsWith('.js') && new TextDecoder().decode(content).includes(TEST_FILL_CHANNEL)) problems.push(`${zip} carries the Firefox test's hook (${file})`);
  }
}

try {
  const report = execFileSync('npx', ['web-ext', 'lint', '--source-dir', resolve(OUTPUT, 'firefox-mv3'), '--output', 'json', '--no-input'], { encoding: 'utf8' });
  const { summary } = JSON.parse(report) as { summary: { errors: number; warnings: number; notices: number } };
  console.log(`web-ext lint, Firefox build: ${summary.errors} errors, ${summary.warnings} warnings, ${summary.notices} notices`);
} catch (error) {
  const output = (error as { stdout?: string }).stdout ?? String(error);
  try {
    const { errors } = JSON.parse(output) as { errors: { code: string; message: string; file?: string }[] };
    for (const found of errors) problems.push(`web-ext lint: ${found.code} ${found.message}${found.file ? ` (${found.file})` : ''}`);
  } catch {
    problems.push(`web-ext lint did not run: ${output.slice(0, 500)}`);
  }
}

if (problems.length) {
  for (const problem of problems) console.error(`✗ ${problem}`);
  process.exit(1);
}
console.log('✓ the store packages are ready');
