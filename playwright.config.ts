import { availableParallelism } from 'node:os';
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  // Two at least: most of a test's time is the browser and the page waiting, so two share two cores well (CI is one such machine).
  workers: Math.max(2, Math.floor(availableParallelism() / 2)),
  retries: 0,
  reporter: [['list']],
  // A stalled action fails in half a minute with what it waited for, not at the test's timeout.
  use: { trace: 'retain-on-failure', actionTimeout: 30_000, navigationTimeout: 30_000 },
});
