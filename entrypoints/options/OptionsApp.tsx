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
    </main>
  );
}
