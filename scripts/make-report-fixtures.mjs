#!/usr/bin/env node
/**
 * Makes tests/fixtures/reports/*.json: the page-structure report of some replicas, exported
 * through the panel exactly as a user would (button "ส่งออกโครงสร้างหน้า", the preview's
 * text). Run after `npm run build:test` when the report format or a replica changes:
 *   node scripts/make-report-fixtures.mjs
 */
import { chromium } from 'playwright-core';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, ORIGIN, ROOT, TEST_EXTENSION_DIR, chromiumArgs, serveReplicas } from './replica-server.mjs';

export const REPORT_PAGES = {
  teach: '/replica/teach/report/1',
  'm6-native': '/replica/m6-native/report/1?state=partial',
  'm6-table': '/replica/m6-table/report/1?state=partial',
  'm6-custom': '/replica/m6-custom/report/1?state=partial',
};

const dir = await mkdtemp(path.join(tmpdir(), 'ea-reports-'));
const context = await chromium.launchPersistentContext(dir, {
  executablePath: CHROMIUM,
  headless: true,
  args: chromiumArgs(TEST_EXTENSION_DIR),
  viewport: { width: 1280, height: 800 },
  locale: 'th-TH',
});
try {
  await serveReplicas(context);
  const out = path.join(ROOT, 'tests', 'fixtures', 'reports');
  await mkdir(out, { recursive: true });
  const page = context.pages()[0] ?? (await context.newPage());
  for (const [name, url] of Object.entries(REPORT_PAGES)) {
    await page.goto(ORIGIN + url);
    const button = page.locator('emenscr-assistant .ea-teach-tool[data-action="report"]');
    await button.waitFor({ timeout: 30_000 });
    await page.waitForTimeout(500); // let the checker settle after the replica's own rendering
    await button.click();
    const preview = page.getByTestId('report-preview');
    await preview.waitFor();
    const text = await preview.textContent();
    await writeFile(path.join(out, `${name}.json`), text);
    await page.keyboard.press('Escape');
    console.log(`${name}: ${JSON.parse(text).controls.length} controls`);
  }
} finally {
  await context.close();
  await rm(dir, { recursive: true, force: true });
}
