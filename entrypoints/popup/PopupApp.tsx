/**
 * The toolbar popup: the same checklist as the in-page panel, for the active tab.
 * (`?tabId=N` picks a tab explicitly; tests use it because a popup opened as a page
 * is its own active tab.)
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Checklist } from '@/components/Checklist';
import { SendCheck } from '@/components/SendCheck';
import { DeadlineNote } from '@/components/DeadlineNote';
import type { TabState } from '@/utils/messages';
import type { Finding } from '@/utils/types';
import { setLang, t } from '@/utils/i18n';
import { readSettings } from '@/utils/settings';
import { PopupSnippets } from '@/components/snippets/PopupSnippets';

async function targetTabId(): Promise<number | undefined> {
  const fromQuery = new URLSearchParams(location.search).get('tabId');
  if (fromQuery) return Number(fromQuery);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

type View = { kind: 'loading' } | { kind: 'none' } | { kind: 'state'; tabId: number; state: TabState };

export function PopupApp() {
  const [view, setView] = useState<View>({ kind: 'loading' });

  useEffect(() => {
    let stop = false;
    void (async () => {
      setLang((await readSettings()).language);
      const tabId = await targetTabId();
      if (tabId === undefined) return setView({ kind: 'none' });
      const load = async () => {
        try {
          const state = (await browser.tabs.sendMessage(tabId, { type: 'getState' })) as TabState | undefined;
          if (!stop) setView(state ? { kind: 'state', tabId, state } : { kind: 'none' });
        } catch {
          // no content script in that tab: not an eMENSCR page
          if (!stop) setView({ kind: 'none' });
        }
      };
      await load();
      // follow the page while the popup is open
      const timer = setInterval(load, 700);
      addEventListener('unload', () => clearInterval(timer));
    })();
    return () => {
      stop = true;
    };
  }, []);

  const activate = (tabId: number) => (f: Finding) => {
    void browser.tabs.sendMessage(tabId, { type: 'activateFinding', findingId: f.id }).then(() => {
      if (!new URLSearchParams(location.search).has('tabId')) window.close();
    });
  };

  return (
    <main class="popup">
      <h1 class="popup-title">{t('panel.title')}</h1>
      <DeadlineNote />
      {view.kind === 'loading' && <p class="ea-note">{t('popup.loading')}</p>}
      {view.kind === 'none' && <p class="ea-note" data-testid="not-emenscr">{t('popup.noTab')}</p>}
      {view.kind === 'state' &&
        (view.state.isForm ? (
          <>
            {view.state.send && <SendCheck send={view.state.send} />}
            {!(view.state.send && !view.state.result?.findings.length) && (
              <Checklist
                result={view.state.result}
                isForm={view.state.isForm}
                failed={view.state.failed}
                onActivate={activate(view.tabId)}
              />
            )}
          </>
        ) : (
          <p class="ea-note" data-testid="not-form">{t('popup.noTab')}</p>
        ))}
      <PopupSnippets tabId={view.kind === 'state' ? view.tabId : undefined} />
    </main>
  );
}
