/**
 * Background service worker: keeps the toolbar badge in step with each tab's
 * checklist (it holds no page data beyond the last count per tab), and turns
 * enterprise policy (storage.managed) into the effective profile and settings.
 */
import { browser } from 'wxt/browser';
import { countFindings, type BackgroundRequest } from '@/utils/messages';
import { registerSnippetHandlers } from '@/utils/snippets/background';
import { registerCorrectionHandlers } from '@/utils/corrections/background';
import { badgeLook } from '@/utils/badge';
import { currentPeriod } from '@/utils/deadline';
import { KEYS, readSettings } from '@/utils/settings';
import { refreshPolicy } from '@/utils/profile/store';

/** Last counts per tab, to recolour the badges when the deadline settings change. */
const counts = new Map<number, { errors: number; warnings: number }>();

async function showBadge(tabId: number): Promise<void> {
  const daysLeft = currentPeriod(await readSettings())?.daysLeft;
  const c = counts.get(tabId);
  if (!c) return; // the tab navigated meanwhile
  const look = badgeLook(c.errors, c.warnings, daysLeft);
  await browser.action.setBadgeText({ tabId, text: look.text });
  if (look.text) await browser.action.setBadgeBackgroundColor({ tabId, color: look.color });
}

export default defineBackground(() => {
  registerSnippetHandlers();
  registerCorrectionHandlers();
  // The only reader of storage.managed: a policy profile is validated (zod) here, and only a
  // valid one reaches storage.local.
  const policy = () => void refreshPolicy().catch((e) => console.warn('[eMENSCR Assistant] policy sync failed', e));
  policy();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'managed') policy();
    if (area === 'local' && (changes[KEYS.settings] || changes[KEYS.managedSettings] || changes[KEYS.activeProfile])) {
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
    return undefined;
  });

  // A tab that starts loading another page loses its count until that page reports again.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status !== 'loading') return;
    counts.delete(tabId);
    void browser.action.setBadgeText({ tabId, text: '' });
  });
});
