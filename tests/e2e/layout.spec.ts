/**
 * Issue 13 item 3: the panel never covers the page. On every replica, at 1024×768, 1366×768 and
 * 1920×1080, scrolled to the top and half-way down (and with the send dialogs open), the panel's
 * rectangle (expanded beside the form, or the slim edge tab when there is no free column) is
 * measured against every visible control, label, text run and drawn box (a card's border or
 * background) of the page: none may overlap.
 */
import type { Page } from '@playwright/test';
import { test, expect, ORIGIN, panel, tabIdOf } from './harness';
import { LIBRARIES } from './zoo-matrix';

// many pages and measurements per test: slow on a loaded 2-core machine
test.describe.configure({ timeout: 240_000 });

const SIZES = [
  { width: 1024, height: 768 },
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

/** What of the page lies under the panel: text runs, controls and labels, described for the failure message. */
async function underPanel(page: Page): Promise<{ mode: string; rect: number[]; hits: string[] }> {
  return page.evaluate(() => {
    const host = document.querySelector('[data-emenscr-assistant]')!;
    const box = host.shadowRoot!.querySelector('.ea-root') as HTMLElement;
    const p = box.getBoundingClientRect();
    const mode = host.shadowRoot!.querySelector('.ea-collapsed') ? 'tab' : 'panel';
    const hits: string[] = [];
    const overlaps = (r: DOMRect) => r.width > 0 && r.height > 0 && r.right > p.left + 0.5 && r.left < p.right - 0.5 && r.bottom > p.top + 0.5 && r.top < p.bottom - 0.5;
    const visible = (el: Element) => el.checkVisibility({ opacityProperty: true, visibilityProperty: true });
    // text runs, one rectangle per line
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    const range = document.createRange();
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!/\S/.test(n.nodeValue ?? '') || !n.parentElement || !visible(n.parentElement)) continue;
      if (/^(SCRIPT|STYLE|TEMPLATE|NOSCRIPT)$/.test(n.parentElement.tagName)) continue;
      range.selectNodeContents(n);
      for (const r of range.getClientRects()) if (overlaps(r)) hits.push(`text "${n.nodeValue!.trim().slice(0, 40)}"`);
    }
    // controls and labels
    const sel =
      'input:not([type=hidden]), select, textarea, button, a[href], label, img, [role=combobox], [role=slider], [role=radio], [role=checkbox], [role=button], [role=option], [role=menuitem], [role=textbox], [contenteditable=true], [contenteditable=""]';
    for (const el of document.body.querySelectorAll(sel)) {
      if (!visible(el)) continue;
      if (overlaps(el.getBoundingClientRect())) hits.push(`${el.tagName.toLowerCase()} ${el.outerHTML.slice(0, 70)}`);
    }
    // drawn boxes: a card's border or background (a box within 24 px, a tab's width, of an edge
    // of the window is the backdrop: a content wrapper, a sidebar, a card filling a 1024 px
    // window); the panel sat on the right 11 px of M6's form card at 1366
    const clear = (c: string) => c === 'transparent' || /(?:,|\/)\s*0(?:\.0+)?\s*\)$/.test(c);
    for (const el of document.body.querySelectorAll('*')) {
      if (host.contains(el) || el === host) continue;
      const r = el.getBoundingClientRect();
      if (!overlaps(r) || r.left <= 24 || r.right >= document.documentElement.clientWidth - 24 || !visible(el)) continue;
      const s = getComputedStyle(el);
      const border = (['Left', 'Right', 'Top', 'Bottom'] as const).some(
        (side) => parseFloat(s[`border${side}Width`]) > 0 && s[`border${side}Style`] !== 'none' && !clear(s[`border${side}Color`]),
      );
      if (border || !clear(s.backgroundColor) || s.backgroundImage !== 'none' || s.boxShadow !== 'none') {
        hits.push(`box ${el.outerHTML.slice(0, 70)} [${[r.left, r.right].map(Math.round).join('–')}]`);
      }
    }
    return { mode, rect: [p.left, p.top, p.width, p.height].map(Math.round), hits };
  });
}

/** Let the panel settle: two frames after the last layout-relevant change. */
async function settle(page: Page) {
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await page.waitForTimeout(150);
}

/**
 * `failures`: collect what the panel covers there (one line per placement) instead of failing at
 * the first; `wheres`: the scroll positions.
 */
async function checkEverywhere(page: Page, label: string, results: string[], failures?: string[], wheres: readonly ('top' | 'half-way')[] = ['top', 'half-way']) {
  for (const size of SIZES) {
    await page.setViewportSize(size);
    for (const where of wheres) {
      await page.evaluate((w) => {
        const max = document.documentElement.scrollHeight - innerHeight;
        scrollTo(0, w === 'top' ? 0 : Math.round(max / 2));
      }, where);
      await settle(page);
      await expect(panel(page)).toBeVisible();
      const got = await underPanel(page);
      results.push(`${label} ${size.width}×${size.height} ${where}: ${got.mode} at [${got.rect.join(', ')}]`);
      if (failures) {
        if (got.hits.length) failures.push(`${label} at ${size.width}×${size.height}, ${where}: the ${got.mode} [${got.rect.join(', ')}] covers ${got.hits.slice(0, 4).join(' | ')}`);
      } else expect(got.hits, `${label} at ${size.width}×${size.height}, ${where}: the ${got.mode} covers`).toEqual([]);
    }
  }
}

const FORMS = [
  'm6-native/report/1?state=partial',
  'm6-native/report/1?state=complete',
  'm6-variant/report/1?state=partial',
  'm6-table/report/1?state=partial',
  'm6-custom/report/1?state=partial',
  'm1-linkage/linkage/1?state=empty',
  'm1-linkage/linkage/1?state=complete',
];

for (const path of FORMS) {
  test(`the panel covers nothing on ${path} at 1024, 1366 and 1920 px, top and half-way`, async ({ page }) => {
    // 6 placements, each measured against every text run: slow on a loaded machine
    test.setTimeout(240_000);
    const results: string[] = [];
    await page.goto(`${ORIGIN}/replica/${path}`);
    await expect(panel(page)).toBeVisible();
    await checkEverywhere(page, path, results);
    console.log(results.join('\n'));
  });
}

// the zoo: the same M6 form drawn by real component libraries (tests/zoo), each page's own
// cards, grids and side margins; built by `npm run zoo:build` (part of `npm test`)
const ZOO_PAGES = LIBRARIES;

test('the panel covers nothing on the zoo pages (M6 drawn by each component library) at 1024, 1366 and 1920 px', async ({ page }) => {
  test.setTimeout(ZOO_PAGES.length * 60_000);
  const results: string[] = [];
  const failures: string[] = [];
  for (const library of ZOO_PAGES) {
    await page.setViewportSize(SIZES[0]!);
    await page.goto(`${ORIGIN}/replica/zoo/${library}/report/1?scenario=m6-partial`);
    await page.waitForFunction(() => (window as any).__zoo?.ready === true, null, { timeout: 30_000 });
    await expect(panel(page)).toBeVisible({ timeout: 15_000 });
    // at the top only: the placement is worked out in document terms, and half-way gave the
    // same placement as the top for all 96 zoo placements (CI of 4b6ed13, 7 Dec)
    await checkEverywhere(page, `zoo ${library}`, results, failures, ['top']);
  }
  console.log(results.join('\n'));
  expect(failures).toEqual([]);
});

for (const replica of ['send-native', 'send-custom']) {
  test(`the panel covers nothing on ${replica} with the send dialog open, and moves when it opens`, async ({ page }) => {
    // 6 placements, each measured against every text run: slow on a loaded machine
    test.setTimeout(240_000);
    const results: string[] = [];
    await page.goto(`${ORIGIN}/replica/${replica}/progress`);
    await page.locator('tr[data-project-id] .project-name').first().click({ button: 'right' });
    await page.getByRole('menuitem', { name: /ส่งรายงาน ไตรมาสที่/ }).click();
    await expect(page.locator('[role="dialog"]')).toBeVisible();
    await expect(panel(page)).toBeVisible();
    await checkEverywhere(page, `${replica} (send dialog open)`, results);
    console.log(results.join('\n'));
  });
}

test('a page with no free column gets the edge tab, which opens on demand and closes with Escape', async ({ page }) => {
  await page.setViewportSize({ width: 1024, height: 768 });
  await page.goto(`${ORIGIN}/replica/m6-table/report/1?state=partial`);
  await expect(panel(page)).toBeVisible();
  // the table layout spans the whole window at 1024 px: no free column, so the tab
  const before = await underPanel(page);
  expect(before.mode).toBe('tab');
  expect(before.hits).toEqual([]);
  const tab = panel(page).getByRole('button', { name: /eMENSCR/, expanded: false });
  await expect(tab).toBeVisible();
  await tab.click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
  // opened over the page on demand: Escape puts it back to the tab, focus on the tab
  await page.keyboard.press('Escape');
  await expect(panel(page).getByRole('button', { name: /eMENSCR/, expanded: false })).toBeFocused();
  expect((await underPanel(page)).hits).toEqual([]);
  // Alt+Shift+E (the focus-panel command) opens it and moves the keyboard to its heading
  const sw = page.context().serviceWorkers()[0]!;
  const tabId = await tabIdOf(sw, page);
  await sw.evaluate((id) => chrome.tabs.sendMessage(id, { type: 'panel:focus' }), tabId);
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeFocused();
});

test('the collapsed state is remembered across pages; the panel can be switched off per screen and globally', async ({ page, context, extensionId }) => {
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=partial`);
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();
  expect((await underPanel(page)).mode).toBe('panel');
  await panel(page).getByRole('button', { name: 'ย่อ' }).click();
  await expect(panel(page).getByRole('button', { name: /eMENSCR/, expanded: false })).toBeFocused();
  await page.reload();
  await expect(panel(page).getByRole('button', { name: /eMENSCR/, expanded: false })).toBeVisible();
  await expect(panel(page).getByRole('heading', { level: 2 })).toHaveCount(0);
  await panel(page).getByRole('button', { name: /eMENSCR/, expanded: false }).click();
  await expect(panel(page).getByRole('heading', { level: 2 })).toBeVisible();

  // off on this screen (the popup's switch), still on elsewhere
  const sw = context.serviceWorkers()[0]!;
  await sw.evaluate(() => chrome.storage.local.set({ panelPrefs: { enabled: true, offScreens: ['progressReport'], collapsed: false } }));
  await expect(panel(page)).toBeHidden();
  await page.goto(`${ORIGIN}/replica/m1-linkage/linkage/1?state=empty`);
  await expect(panel(page)).toBeVisible();
  // off everywhere
  await sw.evaluate(() => chrome.storage.local.set({ panelPrefs: { enabled: false, offScreens: [], collapsed: false } }));
  await expect(panel(page)).toBeHidden();
  void extensionId;
});

declare const chrome: any;
