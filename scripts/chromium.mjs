import { existsSync } from 'node:fs';

/** Debian's Chromium unless CHROMIUM_PATH names another (Playwright cannot download its own here). */
export function chromiumExecutable() {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) throw new Error(`Chromium not found at ${path}: install it (apt-get install chromium) or set CHROMIUM_PATH`);
  return path;
}

/** Flags for a machine without network: without them Chromium floods refused connections. */
export const QUIET_CHROMIUM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
