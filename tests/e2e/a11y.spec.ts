/**
 * Issue 13 items 5–6: axe-core (WCAG 2.x A/AA rules) reports nothing on any surface of the
 * extension: popup, options, library, welcome (and its dialog), the in-page panel, the guard's
 * dialog, the snippet save dialog and picker; Escape in those dialogs gives focus back to what
 * opened them; and in English no Thai text is left in our UI, except eMENSCR's own labels and
 * the user's data (text the page itself shows) or what is marked lang="th".
 */
import type { Page, Worker } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { test, expect, ORIGIN, panel, tabIdOf } from './harness';

// many pages and measurements per test: slow on a loaded 2-core machine
test.describe.configure({ timeout: 240_000 });

declare const chrome: any;
declare const axe: any;

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** axe violations in `page` (optionally only inside `include`, shadow roots included), as readable lines. */
async function violations(page: Page, include?: string): Promise<string[]> {
  // evaluate, not a <script> tag: extension pages' CSP refuses inline scripts
  if (!(await page.evaluate(() => typeof (window as any).axe !== 'undefined'))) await page.evaluate(AXE_SOURCE);
  const found = await page.evaluate(async (inc) => {
    const r = await axe.run(inc ? { include: [[inc]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
    });
    return r.violations.map((v: any) => `${v.id} (${v.impact}): ${v.nodes.map((n: any) => `${n.target.join(' ')} ${n.failureSummary?.split('\n')[1] ?? ''}`).slice(0, 4).join(' | ')}`);
  }, include ?? null);
  return found;
}

async function fromBackground(sw: Worker, page: Page, msg: object): Promise<void> {
  const tabId = await tabIdOf(sw, page);
  await sw.evaluate(({ tabId, msg }) => chrome.tabs.sendMessage(tabId, msg), { tabId, msg });
}

const HOST = '[data-emenscr-assistant]';
/** The snippet dialogs' host (a closed root in the product, open in the test build: panel-host.tsx PRIVATE_MODE). */
const DIALOGS = '[data-emenscr-assistant-private]';

test('axe: popup, options, library and welcome pages have no violations', async ({ page, context, sw, extensionId }) => {
  test.setTimeout(180_000);
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=partial`);
  await expect(panel(page)).toBeVisible();
  const tabId = await tabIdOf(sw, page);
  const ext = await context.newPage();
  for (const url of [`popup.html?tabId=${tabId}`, 'options.html', 'library.html', 'welcome.html']) {
    await ext.goto(`chrome-extension://${extensionId}/${url}`);
    await expect(ext.locator('h1').first()).toBeVisible();
    await ext.waitForTimeout(400);
    expect(await violations(ext), url).toEqual([]);
  }
  // the welcome page's guard demo dialog
  await ext.getByTestId('try-send').click();
  await expect(ext.getByRole('dialog')).toBeVisible();
  expect(await violations(ext), 'welcome dialog').toEqual([]);
  await ext.keyboard.press('Escape');
  await expect(ext.getByTestId('try-send')).toBeFocused();
});

test('axe: the in-page panel, its edge tab, the snippet save dialog and picker; Escape returns focus', async ({ page, sw }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=partial`);
  await expect(panel(page)).toBeVisible();
  expect(await violations(page, HOST), 'panel').toEqual([]);
  await page.setViewportSize({ width: 1024, height: 768 });
  await expect(panel(page).getByRole('button', { name: /eMENSCR/, expanded: false })).toBeVisible();
  expect(await violations(page, HOST), 'edge tab').toEqual([]);
  await page.setViewportSize({ width: 1366, height: 768 });

  // the save dialog, opened from a field: Escape gives focus back to the field
  const results = page.getByRole('textbox', { name: 'ผลการดำเนินงาน', exact: true });
  await results.focus();
  await results.dispatchEvent('contextmenu', { button: 2 });
  await fromBackground(sw, page, { type: 'snippets:saveField' });
  const save = page.getByRole('dialog', { name: 'บันทึกข้อความในช่องนี้เป็นข้อความสำเร็จรูป' });
  await expect(save).toBeVisible();
  expect(await violations(page, DIALOGS), 'save dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(save).toBeHidden();
  await expect(results).toBeFocused();

  // the picker (Alt+Shift+S): Escape gives focus back to the field it was opened in
  const problems = page.getByLabel('ปัญหา/อุปสรรค');
  await problems.focus();
  await fromBackground(sw, page, { type: 'snippets:openPicker', kind: 'text' });
  const picker = page.getByRole('dialog', { name: 'แทรกข้อความที่บันทึกไว้' });
  await expect(picker.getByRole('searchbox')).toBeFocused();
  expect(await violations(page, DIALOGS), 'picker').toEqual([]);
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(problems).toBeFocused();
});

test('axe: the guard dialog on a wrong approver', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/send-native/progress`);
  await page.locator('tr[data-project-id="RYG-68-0012"] .project-name').click({ button: 'right' });
  await page.getByRole('menuitem', { name: /ส่งรายงาน ไตรมาสที่/ }).click();
  const send = page.locator('[role="dialog"]');
  await send.getByLabel('ผู้อนุมัติ').selectOption({ label: 'นางสาวพิมพ์ใจ รักษ์ดี (ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1)' });
  await send.getByRole('button', { name: 'ยืนยันการส่ง' }).click();
  await expect(page.getByRole('alertdialog')).toBeVisible();
  expect(await violations(page, HOST), 'guard dialog').toEqual([]);
});

/** Thai runs in our UI text that are neither the page's own text nor inside lang="th". */
async function strayThai(page: Page, root: 'document' | 'host'): Promise<string[]> {
  return page.evaluate((where) => {
    const THAI = /[\u0E00-\u0E7F]+(?:[\s\d.,:;()/%*-]+[\u0E00-\u0E7F]+)*/g;
    const host = document.querySelector('[data-emenscr-assistant]');
    // the page's own text (eMENSCR's labels, the user's data), for in-page surfaces
    // (on an extension page: the Thai content it marks lang="th", such as the welcome page's replica form)
    const values = Array.from(document.querySelectorAll(where === 'host' ? 'input, textarea, select option' : '[lang="th"] :is(input, textarea, option)'), (e) => (e as HTMLInputElement).value ?? e.textContent).join(' ');
    const pageText = (where === 'host' ? document.body.innerText : Array.from(document.querySelectorAll('[lang="th"]'), (e) => (e as HTMLElement).innerText).join(' ')) + ' ' + values;
    const norm = (s: string) => s.replace(/\s+/g, ' ').trim();
    const pageNorm = norm(pageText);
    const out: string[] = [];
    const walk = (node: Node) => {
      const w = document.createTreeWalker(node, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT);
      for (let n: Node | null = w.currentNode; n; n = w.nextNode()) {
        if (n instanceof Element && n.shadowRoot) walk(n.shadowRoot);
        if (n.nodeType !== Node.TEXT_NODE) continue;
        const parent = n.parentElement;
        if (!parent || /^(SCRIPT|STYLE)$/.test(parent.tagName) || parent.closest('[lang="th"]')) continue;
        if (!parent.checkVisibility()) continue;
        for (const m of n.nodeValue!.matchAll(THAI)) if (!pageNorm.includes(norm(m[0]))) out.push(m[0]);
      }
    };
    if (where === 'host') {
      if (host?.shadowRoot) walk(host.shadowRoot);
      for (const h of document.querySelectorAll('[data-emenscr-assistant], [data-emenscr-assistant-private]')) if (h !== host && h.shadowRoot) walk(h.shadowRoot);
    } else walk(document.body);
    // attributes a screen reader says
    const attrs = (r: ParentNode) => r.querySelectorAll('[aria-label], [title], [placeholder]');
    const roots: ParentNode[] = where === 'host' ? Array.from(document.querySelectorAll('[data-emenscr-assistant], [data-emenscr-assistant-private]'), (h) => h.shadowRoot!).filter(Boolean) : [document];
    for (const r of roots) for (const el of attrs(r)) {
      if (el.closest('[lang="th"]')) continue;
      for (const a of ['aria-label', 'title', 'placeholder']) for (const m of (el.getAttribute(a) ?? '').matchAll(THAI)) if (!pageNorm.includes(norm(m[0]))) out.push(`${a}: ${m[0]}`);
    }
    return [...new Set(out)];
  }, root);
}

test('English: no Thai UI text on any page or dialog outside the user’s data and eMENSCR’s own labels', async ({ page, context, sw, extensionId }) => {
  test.setTimeout(240_000);
  await sw.evaluate(() => chrome.storage.local.set({ settings: { deadlineDay: 10, internalDeadlineDay: null, defaultBudgetType: 'provincial', language: 'en' } }));
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=partial`);
  await expect(panel(page)).toBeVisible();
  await expect(panel(page).getByRole('heading', { level: 2 })).toContainText('eMENSCR Assistant');
  expect(await strayThai(page, 'host'), 'panel').toEqual([]);

  const results = page.getByRole('textbox', { name: 'ผลการดำเนินงาน', exact: true });
  await results.focus();
  await results.dispatchEvent('contextmenu', { button: 2 });
  await fromBackground(sw, page, { type: 'snippets:saveField' });
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await strayThai(page, 'host'), 'save dialog').toEqual([]);
  await page.keyboard.press('Escape');
  await fromBackground(sw, page, { type: 'snippets:openPicker', kind: 'text' });
  await expect(page.getByRole('dialog')).toBeVisible();
  expect(await strayThai(page, 'host'), 'picker').toEqual([]);
  await page.keyboard.press('Escape');

  const tabId = await tabIdOf(sw, page);
  const ext = await context.newPage();
  for (const url of [`popup.html?tabId=${tabId}`, 'options.html', 'library.html', 'welcome.html']) {
    await ext.goto(`chrome-extension://${extensionId}/${url}`);
    await expect(ext.locator('h1').first()).toBeVisible();
    await ext.waitForTimeout(400);
    expect(await strayThai(ext, 'document'), url).toEqual([]);
  }
  await ext.getByTestId('try-send').click();
  expect(await strayThai(ext, 'document'), 'welcome dialog').toEqual([]);
});
