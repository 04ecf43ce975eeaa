/**
 * Playwright fixtures: a persistent Chromium context with the built extension
 * loaded, eMENSCR replicas served at https://emenscr.nesdc.go.th by interception.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM helper shared with the demo and the benchmark
import { CHROMIUM, ORIGIN, TEST_EXTENSION_DIR, chromiumArgs, serveReplicas, extraPages } from '../../scripts/replica-server.mjs';

export { expect, ORIGIN, extraPages };

// the service worker's global, inside sw.evaluate callbacks
declare const chrome: any;

export async function launchWithExtension(userDataDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    // the test build (npm run build:test; tests/e2e/global-setup.ts builds it when stale)
    args: chromiumArgs(TEST_EXTENSION_DIR),
    viewport: { width: 1280, height: 800 },
    locale: 'th-TH',
  });
  await serveReplicas(context);
  return context;
}

export async function serviceWorker(context: BrowserContext): Promise<Worker> {
  const [sw] = context.serviceWorkers();
  return sw ?? (await context.waitForEvent('serviceworker'));
}

export const test = base.extend<{ userDataDir: string; context: BrowserContext; extensionId: string; sw: Worker }>({
  // eslint-disable-next-line no-empty-pattern
  userDataDir: async ({}, use) => {
    const dir = await mkdtemp(path.join(tmpdir(), 'ea-e2e-'));
    await use(dir);
    await rm(dir, { recursive: true, force: true });
  },
  context: async ({ userDataDir }, use) => {
    const context = await launchWithExtension(userDataDir);
    await use(context);
    await context.close();
  },
  sw: async ({ context }, use) => {
    await use(await serviceWorker(context));
  },
  extensionId: async ({ sw }, use) => {
    await use(new URL(sw.url()).host);
  },
  page: async ({ context }, use) => {
    const page = context.pages()[0] ?? (await context.newPage());
    await use(page);
  },
});

/** The panel's list items (inside our open shadow root; Playwright locators pierce it). */
export function panelItems(page: Page) {
  return page.locator('emenscr-assistant li.ea-item');
}

export function panel(page: Page) {
  return page.getByRole('complementary', { name: /eMENSCR/ });
}

/** Texts of the panel's items, sorted, once the panel has checked the current screen. */
export async function itemTexts(page: Page): Promise<string[]> {
  const texts = await panelItems(page).allInnerTexts();
  return texts.map((t) => t.replace(/\s+/g, ' ').trim()).sort();
}

/**
 * Badge text of the tab showing `page`. The extension has no "tabs" permission, so
 * tab URLs are hidden from it: the tab is found as the active one after bringing
 * `page` to the front.
 */
export async function badgeText(sw: Worker, page: Page): Promise<string> {
  // the count only: in the last 3 days before a report deadline the badge reads "9!"
  // (utils/badge.ts), which would make count checks depend on the date they run
  return (await rawBadgeText(sw, page)).replace(/!$/, '');
}

/** Badge text as shown, with the deadline marker ("9!"). */
export async function rawBadgeText(sw: Worker, page: Page): Promise<string> {
  const tabId = await tabIdOf(sw, page);
  return sw.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/** Wait until the content script has checked the page at least `n` times after `since`. */
export async function checks(page: Page): Promise<number> {
  return Number((await page.locator('emenscr-assistant').getAttribute('data-checks')) ?? 0);
}

/** Id of the tab showing `page` (brought to the front, then the active tab). */
export async function tabIdOf(sw: Worker, page: Page): Promise<number> {
  await page.bringToFront();
  return sw.evaluate(async () => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    return tab.id as number;
  });
}

/** Rectangles of the visible form controls that overlap the panel (should be none). */
export async function controlsUnderPanel(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const host = document.querySelector('emenscr-assistant')!;
    const panelEl = host.shadowRoot!.querySelector('.ea-root') as HTMLElement;
    const p = panelEl.getBoundingClientRect();
    const hits: string[] = [];
    const sel = 'main input, main select, main textarea, main [role=combobox], main [role=slider], main [role=radio], main [role=checkbox], main [contenteditable=true], form input, form select, form textarea, table input, table select, table textarea, button';
    for (const el of document.querySelectorAll(sel)) {
      if (el.closest('nav, header')) continue;
      const r = el.getBoundingClientRect();
      if (!r.width || !r.height) continue;
      if (r.right > p.left && r.left < p.right && r.bottom > p.top && r.top < p.bottom) hits.push(el.outerHTML.slice(0, 80));
    }
    return hits;
  });
}
