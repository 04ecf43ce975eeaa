/**
 * Demo: launches Chromium with the built extension (npm run build) on the bundled eMENSCR
 * replicas, served at https://emenscr.nesdc.go.th/replica/… by request interception (no account,
 * no network).
 * - With a display: opens a window on the replica index and waits until you close it.
 * - Without one (or with --headless): walks the three headline features and prints what happens:
 *   1. the checker on a partly filled M6 report (the panel's findings);
 *   2. the send guard stopping a send to the wrong approver (its dialog's text), then "back";
 *   3. a snippet fill: the complete report saved as a set from the panel, then filled into an
 *      empty report from the picker (fields filled, findings before → after).
 *   Screenshots of each step go to demo-output/.
 * - --screenshots: the store/README screenshots at 1366×768, in Thai and English, of the welcome
 *   page, the panel, the popup, the options page and the library, into docs/screenshots/<lang>/.
 */
import { chromium } from 'playwright-core';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { CHROMIUM, ORIGIN, ROOT, chromiumArgs, serveReplicas } from './replica-server.mjs';

const screenshots = process.argv.includes('--screenshots');
const headless = screenshots || process.argv.includes('--headless') || !process.env.DISPLAY;
const userDataDir = await mkdtemp(path.join(tmpdir(), 'emenscr-demo-'));
const context = await chromium.launchPersistentContext(userDataDir, {
  executablePath: CHROMIUM,
  headless,
  args: chromiumArgs(),
  viewport: headless ? { width: 1366, height: 768 } : null,
  locale: 'th-TH',
});
await serveReplicas(context);
const page = context.pages()[0] ?? (await context.newPage());
const sw = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
const extensionId = new URL(sw.url()).host;
const host = page.locator('[data-emenscr-assistant]').first();
const panel = page.getByRole('complementary', { name: /eMENSCR/ });
const items = () => page.locator('[data-emenscr-assistant] li.ea-item').allInnerTexts();
const oneLine = (s) => s.replace(/\s+/g, ' ').trim();

async function openReport(route) {
  await page.goto(ORIGIN + route);
  await host.waitFor({ state: 'attached' });
  await panel.waitFor();
  await page.waitForTimeout(800);
}

async function tabId(p) {
  await p.bringToFront();
  return sw.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id);
}

try {
  if (!headless) {
    await page.goto(`${ORIGIN}/`);
    console.log(`Chromium is open on ${ORIGIN}/ (bundled replica). Close the window to end the demo.`);
    await new Promise((resolve) => context.on('close', resolve));
  } else if (screenshots) {
    for (const lang of ['th', 'en']) {
      const dir = path.join(ROOT, 'docs', 'screenshots', lang);
      await mkdir(dir, { recursive: true });
      await sw.evaluate((language) => chrome.storage.local.set({ settings: { deadlineDay: 10, internalDeadlineDay: null, defaultBudgetType: 'provincial', language } }), lang);
      await openReport('/replica/m6-native/report/1?state=partial');
      await page.screenshot({ path: path.join(dir, 'panel.png') });
      const id = await tabId(page);
      const ext = await context.newPage();
      await ext.setViewportSize({ width: 1366, height: 768 });
      if (lang === 'th') {
        // a library with something in it: the example file a user can import too (docs/examples)
        await ext.goto(`chrome-extension://${extensionId}/library.html`);
        await ext.locator('input[type="file"]').setInputFiles(path.join(ROOT, 'docs', 'examples', 'snippets-example.json'));
        await ext.getByTestId('library-toast').waitFor();
      }
      for (const [name, url] of [['popup', `popup.html?tabId=${id}`], ['options', 'options.html'], ['library', 'library.html'], ['welcome', 'welcome.html']]) {
        await ext.goto(`chrome-extension://${extensionId}/${url}`);
        await ext.locator('h1').first().waitFor();
        await ext.waitForTimeout(700);
        if (name === 'popup') {
          // the popup as Chrome shows it: its own size, not the window's
          let box = await ext.locator('main').boundingBox();
          // the whole popup in one picture, also when a filled library makes it taller than the window
          if (box.y + box.height + 12 > 768) {
            await ext.setViewportSize({ width: 1366, height: Math.ceil(box.y + box.height + 12) });
            box = await ext.locator('main').boundingBox();
          }
          await ext.screenshot({ path: path.join(dir, `${name}.png`), clip: { x: 0, y: 0, width: Math.ceil(Math.max(box.width, 360)), height: Math.ceil(box.y + box.height + 12) } });
          await ext.setViewportSize({ width: 1366, height: 768 });
        } else await ext.screenshot({ path: path.join(dir, `${name}.png`) });
        console.log(path.relative(ROOT, path.join(dir, `${name}.png`)));
      }
      await ext.close();
    }
  } else {
    const out = path.join(ROOT, 'demo-output');
    await mkdir(out, { recursive: true });
    console.log('No display: running the demo headless.\n');

    // 1. the checker
    await openReport('/replica/m6-native/report/1?state=partial');
    console.log('1. The checker on a partly filled M6 report:');
    for (const t of await items()) console.log('   - ' + oneLine(t));
    await page.screenshot({ path: path.join(out, '1-checker.png') });

    // 2. the send guard
    await page.goto(`${ORIGIN}/replica/send-native/progress`);
    await page.locator('tr[data-project-id="RYG-68-0012"] .project-name').click({ button: 'right' });
    await page.getByRole('menuitem', { name: /ส่งรายงาน ไตรมาสที่/ }).click();
    const send = page.locator('[role="dialog"]');
    const wrong = 'นางสาวพิมพ์ใจ รักษ์ดี (ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1)';
    await send.getByLabel('ผู้อนุมัติ').selectOption({ label: wrong });
    await send.getByRole('button', { name: 'ยืนยันการส่ง' }).click();
    const guard = page.getByRole('alertdialog');
    await guard.waitFor();
    console.log(`\n2. The send guard: a provincial-budget report sent to "${wrong}" is stopped:`);
    console.log('   ' + oneLine(await guard.innerText()).slice(0, 400));
    await page.screenshot({ path: path.join(out, '2-guard.png') });
    await guard.getByRole('button', { name: 'กลับไปแก้ไข' }).click();
    const sent = await page.evaluate(() => JSON.parse(sessionStorage.getItem('replica:sent') || '[]').length);
    console.log(`   "กลับไปแก้ไข" (go back): reports sent = ${sent}`);

    // 3. a snippet fill
    await openReport('/replica/m6-native/report/1?state=complete');
    // the snippet dialogs are in a closed shadow root (no page script can read them, and no
    // Playwright locator reaches in): driven with the keyboard, as a person would
    const inOurDialog = () =>
      page.waitForFunction(() => document.activeElement?.hasAttribute('data-emenscr-assistant-private') === true);
    await panel.getByRole('button', { name: 'บันทึกฟอร์มนี้เป็นชุดข้อความ…' }).click();
    await inOurDialog(); // the caret is in the name box
    await page.keyboard.press('Control+A');
    await page.keyboard.type('รายงานไตรมาส (ตัวอย่าง)');
    await page.keyboard.press('Enter');
    await panel.getByTestId('snippet-notice').filter({ hasText: 'บันทึกแล้ว' }).waitFor();
    await openReport('/replica/m6-native/report/2?state=empty');
    const before = (await items()).length;
    await panel.getByRole('button', { name: 'เติมจากชุดข้อความ…' }).click();
    await inOurDialog(); // the caret is in the search box
    await page.keyboard.type('รายงานไตรมาส (ตัวอย่าง)');
    await page.waitForTimeout(800); // the list follows the search
    await page.keyboard.press('Enter'); // the first match
    // the fill goes field by field (widgets open, plans reveal their details), then reports
    await page.getByText('เติมแล้ว').first().waitFor({ timeout: 60_000 });
    await page.waitForTimeout(1500);
    const after = (await items()).length;
    console.log(`\n3. A snippet fill: the complete report saved as a set, filled into an empty report: findings ${before} → ${after}`);
    for (const t of await items()) console.log('   - ' + oneLine(t));
    await page.screenshot({ path: path.join(out, '3-snippet-fill.png') });
    console.log(`\nScreenshots: ${path.relative(ROOT, out)}/`);
  }
} finally {
  await context.close();
  await rm(userDataDir, { recursive: true, force: true });
}
