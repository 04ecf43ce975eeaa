import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: './tests/e2e',
  // builds the test build (.output/test-chrome-mv3) when the sources are newer than it
  globalSetup: './tests/e2e/global-setup.ts',
  testMatch: /.*\.spec\.ts/,
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
});
