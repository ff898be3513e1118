import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 180_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: [['list']],
  // A stalled action fails in half a minute with what it waited for, not at the test's timeout.
  use: { trace: 'retain-on-failure', actionTimeout: 30_000, navigationTimeout: 30_000 },
});
