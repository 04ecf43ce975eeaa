/**
 * Background service worker: keeps the toolbar badge in step with each tab's
 * checklist. It holds no page data beyond the last count per tab.
 */
import { browser } from 'wxt/browser';
import { countFindings, type BackgroundRequest } from '@/utils/messages';
import { registerSnippetHandlers } from '@/utils/snippets/background';

const BADGE_ERROR = '#b91c1c';
const BADGE_WARNING = '#b45309';

async function showBadge(tabId: number, errors: number, warnings: number): Promise<void> {
  const total = errors + warnings;
  await browser.action.setBadgeText({ tabId, text: total ? String(Math.min(total, 999)) : '' });
  if (total) await browser.action.setBadgeBackgroundColor({ tabId, color: errors ? BADGE_ERROR : BADGE_WARNING });
}

export default defineBackground(() => {
  registerSnippetHandlers();
  browser.runtime.onMessage.addListener((msg: unknown, sender) => {
    const req = msg as BackgroundRequest;
    const tabId = sender.tab?.id;
    if (req?.type === 'tabState' && tabId !== undefined) {
      const { errors, warnings } = countFindings(req.state);
      return showBadge(tabId, errors, warnings).then(() => true);
    }
    return undefined;
  });

  // A tab that starts loading another page loses its count until that page reports again.
  browser.tabs.onUpdated.addListener((tabId, info) => {
    if (info.status === 'loading') void browser.action.setBadgeText({ tabId, text: '' });
  });
});
