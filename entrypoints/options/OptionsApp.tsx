/**
 * The options page: settings and the eMENSCR profile. It reads and writes storage only
 * through utils/profile/store.ts, which validates everything with zod before it reaches
 * storage.local. Values set by enterprise policy are shown locked.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { addMessages, setLang, t } from '@/utils/i18n';
import { options as optionsMessages } from '@/utils/i18n/messages/options';
import { registerValidationMessages } from '@/utils/i18n/messages/validation';
import { KEYS, mergeSettings, type Settings } from '@/utils/settings';
import { effectiveProfile, syncEffective, type EffectiveState } from '@/utils/profile/store';
import { SettingsForm } from './SettingsForm';
import { ProfileSection } from './ProfileSection';
import { PolicyWarnings } from './PolicyWarnings';
import { welcome as welcomeMessages } from '@/utils/i18n/messages/welcome';
import { extensionVersion } from '@/utils/first-run';
import { DEFAULT_PANEL_PREFS, PANEL_PREFS_KEY, parsePanelPrefs, type PanelPrefs } from '@/utils/panel-prefs';

addMessages(welcomeMessages);
const VERSION = extensionVersion();

/** The panel's global switch (the per-screen switch is in the popup, on the screen itself). */
function PanelSection() {
  const [prefs, setPrefs] = useState<PanelPrefs>(DEFAULT_PANEL_PREFS);
  useEffect(() => {
    void browser.storage.local.get(PANEL_PREFS_KEY).then((got) => setPrefs(parsePanelPrefs(got[PANEL_PREFS_KEY])), () => {});
  }, []);
  return (
    <section class="card" aria-labelledby="panel-switch-title">
      <h2 id="panel-switch-title">{t('panel.title')}</h2>
      <label class="radio">
        <input
          type="checkbox"
          checked={prefs.enabled}
          data-testid="options-panel-all"
          onChange={(e) => {
            const next = { ...prefs, enabled: e.currentTarget.checked };
            setPrefs(next);
            void browser.storage.local.set({ [PANEL_PREFS_KEY]: next });
          }}
        />{' '}
        {t('popup.panelAll')}
      </label>
    </section>
  );
}
import { CorrectionsSection } from './CorrectionsSection';
import { corrections as correctionMessages } from '@/utils/i18n/messages/corrections';

addMessages(optionsMessages);
addMessages(correctionMessages);
registerValidationMessages();

export interface Loaded {
  state: EffectiveState;
  settings: Settings;
}

async function load(sync: boolean): Promise<Loaded> {
  const state = sync ? await syncEffective() : await effectiveProfile();
  const got = await browser.storage.local.get(KEYS.settings);
  const settings = mergeSettings(got[KEYS.settings] as Partial<Settings> | undefined, state.managedSettings, state.profile);
  return { state, settings };
}

const WATCHED: string[] = [
  KEYS.settings,
  KEYS.managedSettings,
  KEYS.userProfile,
  KEYS.activeProfile,
  KEYS.managedStatus,
  KEYS.managedPolicy,
  KEYS.userCorrections,
];

export function OptionsApp() {
  const [loaded, setLoaded] = useState<Loaded | null>(null);

  const apply = (l: Loaded) => {
    setLang(l.settings.language);
    document.documentElement.lang = l.settings.language;
    document.title = t('options.title');
    setLoaded(l);
  };

  useEffect(() => {
    let alive = true;
    const refresh = (sync: boolean) =>
      load(sync)
        .then((l) => alive && apply(l))
        .catch((e) => console.warn('[eMENSCR Assistant] options could not load', e));
    // sync once (from the background's copy of the policy: never waits for storage.managed)
    void refresh(true);
    const onChanged = (changes: Record<string, unknown>, area: string) => {
      if (area === 'local' && WATCHED.some((k) => k in changes)) void refresh(false);
    };
    browser.storage.onChanged.addListener(onChanged);
    return () => {
      alive = false;
      browser.storage.onChanged.removeListener(onChanged);
    };
  }, []);

  if (!loaded) return <main class="options" aria-busy="true" />;
  const { state, settings } = loaded;
  return (
    <main class="options">
      <h1>{t('options.title')}</h1>
      <p class="intro">{t('options.intro')}</p>
      <PolicyWarnings status={state.status} />
      <SettingsForm settings={settings} state={state} onSaved={(s) => apply({ state, settings: s })} />
      <ProfileSection state={state} />
      <CorrectionsSection />
      <PanelSection />
      <p class="hint">
        <span data-testid="options-version">{t('popup.version', VERSION)}</span> ·{' '}
        <a href="/welcome.html">{t('popup.help')}</a>
      </p>
    </main>
  );
}
