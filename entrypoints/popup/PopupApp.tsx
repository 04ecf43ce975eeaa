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
import { addMessages, setLang, t } from '@/utils/i18n';
import { welcome as welcomeMessages } from '@/utils/i18n/messages/welcome';
import { readSettings } from '@/utils/settings';
import { DEFAULT_PANEL_PREFS, PANEL_PREFS_KEY, panelShown, parsePanelPrefs, withScreen, type PanelPrefs } from '@/utils/panel-prefs';
import { notesOf, WHATS_NEW_KEY, extensionVersion } from '@/utils/first-run';

addMessages(welcomeMessages);
const VERSION = extensionVersion();

/** The panel's switches: everywhere, and on the kind of screen in this tab. */
function PanelSwitches({ screen }: { screen?: string }) {
  const [prefs, setPrefs] = useState<PanelPrefs | null>(null);
  useEffect(() => {
    void browser.storage.local.get(PANEL_PREFS_KEY).then((got) => setPrefs(parsePanelPrefs(got[PANEL_PREFS_KEY])), () => setPrefs(DEFAULT_PANEL_PREFS));
  }, []);
  if (!prefs) return null;
  const save = (next: PanelPrefs) => {
    setPrefs(next);
    void browser.storage.local.set({ [PANEL_PREFS_KEY]: next });
  };
  return (
    <fieldset class="popup-switches">
      <label>
        <input type="checkbox" checked={prefs.enabled} onChange={(e) => save({ ...prefs, enabled: e.currentTarget.checked })} data-testid="panel-all" />{' '}
        {t('popup.panelAll')}
      </label>
      {screen && screen !== 'other' && (
        <label>
          <input
            type="checkbox"
            checked={panelShown({ ...prefs, enabled: true }, screen)}
            disabled={!prefs.enabled}
            onChange={(e) => save(withScreen(prefs, screen, e.currentTarget.checked))}
            data-testid="panel-screen"
          />{' '}
          {t('popup.panelScreen')}
        </label>
      )}
    </fieldset>
  );
}

/** "What's new" once after an update, until dismissed. */
function WhatsNew() {
  const [version, setVersion] = useState<string | null>(null);
  useEffect(() => {
    void browser.storage.local.get(WHATS_NEW_KEY).then((got) => setVersion((got[WHATS_NEW_KEY] as string | undefined) ?? null), () => {});
  }, []);
  const notes = notesOf(version);
  if (!version || !notes.length) return null;
  return (
    <section class="popup-new" aria-labelledby="popup-new-title">
      <h2 id="popup-new-title">{t('welcome.whatsNew', version)}</h2>
      <ul>
        {notes.map((id) => (
          <li key={id}>{t(id)}</li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          setVersion(null);
          void browser.storage.local.remove(WHATS_NEW_KEY);
        }}
      >
        {t('welcome.dismiss')}
      </button>
    </section>
  );
}
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
      {view.kind === 'state' && view.state.isForm && <PanelSwitches screen={view.state.screen} />}
      {view.kind !== 'loading' && <WhatsNew />}
      <footer class="popup-foot">
        <a href="/options.html" target="_blank" data-testid="popup-settings">{t('popup.settings')}</a>
        <a href="/welcome.html" target="_blank">{t('popup.help')}</a>
        <span class="popup-version" data-testid="popup-version">{t('popup.version', VERSION)}</span>
      </footer>
    </main>
  );
}
