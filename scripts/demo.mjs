/**
 * Demo: launches Chromium with the built extension on the bundled eMENSCR replicas,
 * served at https://emenscr.nesdc.go.th/replica/… by request interception (no account,
 * no network). With a display it opens a window and waits until you close it; without
 * one (or with --headless) it visits each replica, saves screenshots in demo-output/
 * and prints what the extension found.
 */
import { chromium } from 'playwright-core';
import { mkdir, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, ORIGIN, ROOT, chromiumArgs, serveReplicas } from './replica-server.mjs';

const headless = process.argv.includes('--headless') || !process.env.DISPLAY;
const userDataDir = await mkdtemp(path.join(tmpdir(), 'emenscr-demo-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless,
  args: chromiumArgs(),
  viewport: headless ? { width: 1280, height: 800 } : null,
  locale: 'th-TH',
});
await serveReplicas(context);
const page = context.pages()[0] ?? (await context.newPage());

if (!headless) {
  await page.goto(`${ORIGIN}/`);
  console.log(`Chromium is open on ${ORIGIN}/ (bundled replica). Close the window to end the demo.`);
  await new Promise((resolve) => context.on('close', resolve));
} else {
  const out = path.join(ROOT, 'demo-output');
  await mkdir(out, { recursive: true });
  const pages = [
    ['m6-native', '/replica/m6-native/report/1?state=partial'],
    ['m6-table', '/replica/m6-table/report/1?state=empty'],
    ['m6-custom', '/replica/m6-custom/report/1?state=partial'],
    ['m6-complete', '/replica/m6-native/report/1?state=complete'],
  ];
  console.log('No display: running the demo headless.');
  for (const [name, p] of pages) {
    await page.goto(ORIGIN + p);
    await page.locator('emenscr-assistant').waitFor({ state: 'attached' });
    await page.waitForTimeout(1200);
    const items = await page.locator('emenscr-assistant li.ea-item').allInnerTexts();
    const file = path.join(out, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`\n${ORIGIN}${p}\n  screenshot: ${path.relative(ROOT, file)}`);
    for (const t of items.length ? items : ['(ครบถ้วนแล้ว: no findings)']) console.log('  - ' + t.replace(/\s+/g, ' '));
  }
  await context.close();
}
