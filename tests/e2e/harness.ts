/**
 * Playwright fixtures: a persistent Chromium context with the built extension
 * loaded, eMENSCR replicas served at https://emenscr.nesdc.go.th by interception.
 */
import { test as base, chromium, expect, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
// @ts-expect-error plain ESM helper shared with the demo and the benchmark
import { CHROMIUM, ORIGIN, chromiumArgs, serveReplicas } from '../../scripts/replica-server.mjs';

export { expect, ORIGIN };

export async function launchWithExtension(userDataDir: string): Promise<BrowserContext> {
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: chromiumArgs(),
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

/** Badge text of a tab, read from the background service worker. */
export async function badgeText(sw: Worker, page: Page): Promise<string> {
  const url = page.url();
  return sw.evaluate(async (u) => {
    const tabs = await chrome.tabs.query({});
    const tab = tabs.find((t) => t.url === u) ?? tabs.find((t) => t.url?.startsWith(u.split('?')[0]!));
    if (!tab?.id) return '<no tab>';
    return chrome.action.getBadgeText({ tabId: tab.id });
  }, url);
}

/** Wait until the content script has checked the page at least `n` times after `since`. */
export async function checks(page: Page): Promise<number> {
  return Number((await page.locator('emenscr-assistant').getAttribute('data-checks')) ?? 0);
}
