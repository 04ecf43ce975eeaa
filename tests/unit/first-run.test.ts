import { describe, expect, it } from 'vitest';
import { installAction, notesOf, RELEASE_NOTES } from '@/utils/first-run';
import { DEFAULT_PANEL_PREFS, panelShown, parsePanelPrefs, withScreen } from '@/utils/panel-prefs';
import { setLang, t, addMessages } from '@/utils/i18n';
import { welcome } from '@/utils/i18n/messages/welcome';
import pkg from '../../package.json';

describe('first run', () => {
  it('opens the welcome page on install only', () => {
    expect(installAction('install', '0.2.0')).toEqual({ openWelcome: true, whatsNew: null });
    expect(installAction('chrome_update', '0.2.0', '0.2.0')).toEqual({ openWelcome: false, whatsNew: null });
  });
  it("leaves a what's-new note on an update across a noted version, not on a same-version reload", () => {
    expect(installAction('update', '0.2.0', '0.1.0')).toEqual({ openWelcome: false, whatsNew: '0.2.0' });
    expect(installAction('update', '0.2.1', '0.1.9')).toEqual({ openWelcome: false, whatsNew: '0.2.0' });
    expect(installAction('update', '0.2.0', '0.2.0').whatsNew).toBeNull();
    expect(installAction('update', '0.2.3', '0.2.1').whatsNew).toBeNull();
    expect(installAction('update', '0.1.5', '0.1.0').whatsNew).toBeNull();
  });
  it('the current version has notes, written in both languages', () => {
    expect(notesOf(pkg.version).length).toBeGreaterThan(0);
    addMessages(welcome);
    for (const lang of ['th', 'en'] as const) {
      setLang(lang);
      for (const r of RELEASE_NOTES) for (const id of r.items) expect(welcome[lang][id], `${lang} ${id}`).toBeTruthy();
    }
    setLang('en');
    expect(t('welcome.guardStop', 1)).toBe('Stopped before sending: 1 item still to check');
    expect(t('welcome.guardStop', 3)).toBe('Stopped before sending: 3 items still to check');
    setLang('th');
  });
});

describe('panel prefs', () => {
  it('reads anything stored without throwing, defaulting to shown and expanded', () => {
    expect(parsePanelPrefs(undefined)).toEqual(DEFAULT_PANEL_PREFS);
    expect(parsePanelPrefs('x')).toEqual(DEFAULT_PANEL_PREFS);
    expect(parsePanelPrefs({ enabled: 'no', offScreens: ['linkage', 3], collapsed: true })).toEqual({ enabled: true, offScreens: ['linkage'], collapsed: true });
  });
  it('switches per screen and globally', () => {
    const off = withScreen(DEFAULT_PANEL_PREFS, 'progressReport', false);
    expect(panelShown(off, 'progressReport')).toBe(false);
    expect(panelShown(off, 'linkage')).toBe(true);
    expect(panelShown(withScreen(off, 'progressReport', true), 'progressReport')).toBe(true);
    expect(panelShown({ ...DEFAULT_PANEL_PREFS, enabled: false }, 'linkage')).toBe(false);
  });
});
