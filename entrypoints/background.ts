/**
 * Background service worker: keeps the toolbar badge in step with each tab's
 * checklist (it holds no page data beyond the last count per tab), and turns
 * enterprise policy (storage.managed) into the effective profile and settings.
 */
import { browser } from 'wxt/browser';
import { countFindings, type BackgroundRequest } from '@/utils/messages';
import { registerSnippetHandlers } from '@/utils/snippets/background';
import { badgeLook, BADGE_TEXT_COLOR } from '@/utils/badge';
import { deadlineStatus, savedReportsIn } from '@/utils/deadline';
import { registerCorrectionHandlers } from '@/utils/corrections/background';
import { KEYS, readSettings } from '@/utils/settings';
import { refreshPolicy, seedDefaultProfile } from '@/utils/profile/store';
import { installAction, WHATS_NEW_KEY } from '@/utils/first-run';
import { DEFAULT_PROFILE } from '@/utils/profile/default';

/** Last counts per tab, to recolour the badges when the deadline settings change. */
const counts = new Map<number, { errors: number; warnings: number }>();

async function showBadge(tabId: number): Promise<void> {
  const [settings, all] = await Promise.all([readSettings(), browser.storage.local.get(null)]);
  const deadline = deadlineStatus(settings, new Date(), savedReportsIn(all));
  const c = counts.get(tabId);
  if (!c) return; // the tab navigated meanwhile
  const look = badgeLook(c.errors, c.warnings, deadline);
  await browser.action.setBadgeText({ tabId, text: look.text });
  if (look.text) {
    await browser.action.setBadgeBackgroundColor({ tabId, color: look.color });
    // Chrome 110+/Firefox: white text whatever colour Chrome would pick for the background
    await browser.action.setBadgeTextColor?.({ tabId, color: BADGE_TEXT_COLOR });
  }
}

export default defineBackground(() => {
  registerSnippetHandlers();
  registerCorrectionHandlers();
  // First run: the welcome page (Thai first); an update with visible changes leaves a short
  // "what's new" note for the popup and options page instead of opening a tab. The test build
  // opens no tab: a tab appearing mid-test would take the focus the tests' tab look-ups rely on
  // (tests/e2e/welcome.spec.ts opens the page itself; installAction is unit-tested).
  browser.runtime.onInstalled.addListener((details) => {
    const act = installAction(details.reason, browser.runtime.getManifest().version, details.previousVersion);
    if (act.openWelcome && !__TEST_HOOKS__) void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') });
    if (act.whatsNew) void browser.storage.local.set({ [WHATS_NEW_KEY]: act.whatsNew });
  });
  // Alt+Shift+E: keyboard focus to the panel of the active eMENSCR tab
  browser.commands?.onCommand.addListener((command, tab) => {
    if (command !== 'focus-panel') return;
    void (async () => {
      const id = tab?.id ?? (await browser.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id;
      if (id !== undefined) await browser.tabs.sendMessage(id, { type: 'panel:focus' }).catch(() => {});
    })();
  });
  // The only reader of storage.managed: a policy profile is validated (zod) here, and only a
  // valid one reaches storage.local.
  const policy = () => void refreshPolicy().catch((e) => console.warn('[eMENSCR Assistant] policy sync failed', e));
  policy();
  // the content script reads the default profile from storage (utils/settings.ts readStart)
  const seeded = seedDefaultProfile().catch((e) => {
    console.warn('[eMENSCR Assistant] could not store the default profile', e);
    return DEFAULT_PROFILE;
  });
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') policy();
    if (area === 'local' && (changes[KEYS.settings] || changes[KEYS.managedSettings] || changes[KEYS.activeProfile] || Object.keys(changes).some((k) => k.startsWith('progress:')))) {
      for (const tabId of counts.keys()) void showBadge(tabId).catch(() => counts.delete(tabId));
    }
  });

  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const req = msg as BackgroundRequest;
    const tabId = sender.tab?.id;
    if (req?.type === 'tabState' && tabId !== undefined) {
      counts.set(tabId, countFindings(req.state));
      return showBadge(tabId).then(() => true);
    }
    // a content script that found no stored default profile (it started before this worker stored it)
    if (req?.type === 'defaultProfile') return seeded;
    return undefined;
  });

  // A tab that starts loading another page loses its count until that page reports again.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'loading') return;
    counts.delete(tabId);
    void browser.action.setBadgeText({ tabId, text: '' });
  });
});
