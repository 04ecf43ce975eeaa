import { defineConfig } from '@playwright/test';

/** The specs on the zoo's real component libraries (tests/zoo); the summary runs after them. */
const ZOO = /[\\/]zoo(-guard|-live)?\.spec\.ts$/;
const ZOO_SUMMARY = /[\\/]zoo-summary\.spec\.ts$/;

export default defineConfig({
  testDir: './tests/e2e',
  // builds the test build (.output/test-chrome-mv3) when the sources are newer than it
  globalSetup: './tests/e2e/global-setup.ts',
  testMatch: /.*\.spec\.ts/,
  // one browser at a time by default; scripts/e2e.mjs (npm run test:e2e) runs the zoo with two
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  reporter: [['list']],
  use: { trace: 'retain-on-failure' },
  projects: [
    // the product's own fixtures: one browser at a time, as their idle, focus and timing tests expect
    { name: 'core', testIgnore: [ZOO, ZOO_SUMMARY], outputDir: 'test-results/core' },
    // every zoo test is independent (its own browser context) and waits on what the panel shows,
    // never on time: run in parallel, two browsers on a 2-core machine took 6 libraries of the
    // matrix from 2.3 to 1.5 min (7 Dec, 21:10 UTC, load 1)
    { name: 'zoo', testMatch: ZOO, fullyParallel: true, outputDir: 'test-results/zoo' },
    { name: 'zoo-summary', testMatch: ZOO_SUMMARY, dependencies: ['zoo'], outputDir: 'test-results/zoo-summary' },
  ],
});
