/**
 * The first-run page (opened on install; Thai first, complete English): what the panel, the
 * guard and snippets do, shown live on a bundled replica of the M6 form inside this page (the
 * real checker runs on it: no eMENSCR account needed), then links to settings, shortcuts, the
 * library and help, and the short "what's new" of this version.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { Panel } from '@/components/Panel';
import '@/components/checklist.css';
import '@/components/panel.css';
import { addMessages, getLang, setLang, t, type Lang } from '@/utils/i18n';
import { welcome as welcomeMessages } from '@/utils/i18n/messages/welcome';
import { readSettings } from '@/utils/settings';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { LiveChecker } from '@/utils/content/live-checker';
import { notesOf, RELEASE_NOTES, extensionVersion } from '@/utils/first-run';
import type { TabState } from '@/utils/messages';
import type { Finding } from '@/utils/types';
import { ReplicaForm } from './ReplicaForm';

addMessages(welcomeMessages);

const VERSION = extensionVersion();

export function WelcomeApp() {
  const [lang, setLanguage] = useState<Lang>(getLang());
  const [state, setState] = useState<TabState | null>(null);
  const [guard, setGuard] = useState<Finding[] | null>(null);
  const checker = useRef<LiveChecker | null>(null);
  const replica = useRef<HTMLElement>(null);
  const dialog = useRef<HTMLDialogElement>(null);

  const apply = (l: Lang) => {
    setLang(l);
    document.documentElement.lang = l;
    document.title = t('welcome.title');
    setLanguage(l);
  };

  useEffect(() => {
    void readSettings().then((s) => apply(s.language));
    const c = new LiveChecker({
      doc: document,
      profile: () => DEFAULT_PROFILE,
      // only the replica is "the page": our own panel, texts and buttons are not
      isOwnNode: (n) => !(replica.current && (replica.current === n || replica.current.contains(n))),
      onResult: (live) =>
        setState({ isForm: live.isForm, screen: live.screen.id, result: live.result, url: location.href }),
      onError: (e) => console.warn('[eMENSCR Assistant] welcome check failed', e),
    });
    checker.current = c;
    c.start();
    return () => c.stop();
  }, []);

  const activate = (f: Finding) => {
    const el = f.fieldKeys.length ? checker.current?.elementOf(f.fieldKeys[0]!) : undefined;
    if (el instanceof HTMLElement) {
      el.scrollIntoView({ block: 'center' });
      el.focus();
    }
  };

  const trySend = () => {
    setGuard(state?.result?.findings ?? []);
    dialog.current?.showModal();
  };

  const fillSnippet = () => {
    const box = document.getElementById('wr-problems') as HTMLTextAreaElement | null;
    if (!box) return;
    box.value = t('welcome.snippetSample');
    box.dispatchEvent(new Event('input', { bubbles: true }));
    box.focus();
  };

  const openShortcuts = () => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' }).catch(() => {});
  const homepage = browser.runtime.getManifest().homepage_url;
  const notes = notesOf(VERSION).length ? notesOf(VERSION) : (RELEASE_NOTES[0]?.items ?? []);

  return (
    <>
      <header class="wl-head">
        <img src="/icon/128.png" width="64" height="64" alt="" />
        <div>
          <h1>{t('welcome.title')}</h1>
          <p class="wl-version" data-testid="version">{t('welcome.version', VERSION)}</p>
        </div>
        <div class="wl-lang" role="group" aria-label={t('welcome.lang')}>
          <button type="button" aria-pressed={lang === 'th'} lang="th" onClick={() => apply('th')}>ไทย</button>
          <button type="button" aria-pressed={lang === 'en'} lang="en" onClick={() => apply('en')}>English</button>
        </div>
      </header>
      <main class="wl-main">
        <p class="wl-lead">{t('welcome.lead')}</p>

        <section aria-labelledby="wl-try">
          <h2 id="wl-try">{t('welcome.try')}</h2>
          <p>{t('welcome.tryHint')}</p>
          <div class="wl-demo">
            <section ref={replica} class="wl-replica" aria-label={t('welcome.replica')} lang="th" data-replica>
              <ReplicaForm />
              <div class="wl-replica-actions">
                <button type="button" class="wl-send" onClick={trySend} data-testid="try-send">
                  {t('welcome.send')}
                </button>
              </div>
            </section>
            <div class="wl-panel">
              {state?.isForm && <Panel state={state} collapsed={false} onToggle={() => {}} onActivate={activate} />}
            </div>
          </div>
        </section>

        <section class="wl-features">
          <article>
            <h2>{t('welcome.panelTitle')}</h2>
            <p>{t('welcome.panelText')}</p>
          </article>
          <article>
            <h2>{t('welcome.guardTitle')}</h2>
            <p>{t('welcome.guardText')}</p>
            <button type="button" onClick={trySend}>{t('welcome.guardTry')}</button>
          </article>
          <article>
            <h2>{t('welcome.snippetsTitle')}</h2>
            <p>{t('welcome.snippetsText')}</p>
            <button type="button" onClick={fillSnippet} data-testid="try-snippet">{t('welcome.snippetsTry')}</button>
          </article>
        </section>

        <section aria-labelledby="wl-next">
          <h2 id="wl-next">{t('welcome.next')}</h2>
          <ul class="wl-links">
            <li>
              <a href="/options.html" data-testid="link-settings">{t('welcome.settings')}</a>
            </li>
            <li>
              <a href="/library.html">{t('welcome.library')}</a>
            </li>
            <li>
              {t('welcome.shortcuts')}{' '}
              <button type="button" class="wl-link" onClick={openShortcuts}>{t('welcome.shortcutsOpen')}</button>
            </li>
            {homepage && (
              <li>
                <a href={homepage} target="_blank" rel="noreferrer">{t('welcome.help')}</a>
              </li>
            )}
            <li>{t('welcome.privacy')}</li>
          </ul>
        </section>

        <section id="whats-new" aria-labelledby="wl-new">
          <h2 id="wl-new">{t('welcome.whatsNew', VERSION)}</h2>
          <ul>
            {notes.map((id) => (
              <li key={id}>{t(id)}</li>
            ))}
          </ul>
        </section>
      </main>

      <dialog ref={dialog} class="wl-dialog" aria-labelledby="wl-guard-title" onClose={() => setGuard(null)}>
        <h2 id="wl-guard-title">{guard && guard.length ? t('welcome.guardStop', guard.length) : t('welcome.guardOk')}</h2>
        {guard && guard.length > 0 && (
          <ul>
            {guard.slice(0, 6).map((f) => (
              <li key={f.id}>{f.subject}</li>
            ))}
          </ul>
        )}
        <form method="dialog" class="wl-dialog-actions">
          <button value="back" class="primary" autofocus>{t('welcome.back')}</button>
          <button value="proceed">{t('welcome.proceed')}</button>
        </form>
      </dialog>
    </>
  );
}
