/**
 * Issue 12: the content script no longer carries the default profile. The background stores
 * it (seedDefaultProfile) and the content script reads settings and profile in one
 * storage.local.get (readStart); with nothing stored it is told to ask the background.
 */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { seedDefaultProfile } from '@/utils/profile/store';
import { DEFAULT_SETTINGS, KEYS, readStart } from '@/utils/settings';
import type { Profile } from '@/utils/profile/schema';

beforeEach(() => fakeBrowser.reset());

describe('seedDefaultProfile (background, every start)', () => {
  it('stores the default profile when none is stored, and only rewrites it when it differs', async () => {
    await seedDefaultProfile();
    expect((await fakeBrowser.storage.local.get(KEYS.defaultProfile))[KEYS.defaultProfile]).toEqual(DEFAULT_PROFILE);

    const set = vi.spyOn(fakeBrowser.storage.local, 'set');
    await seedDefaultProfile();
    expect(set).not.toHaveBeenCalled();

    // an update that changed the default replaces the stored copy
    await fakeBrowser.storage.local.set({ [KEYS.defaultProfile]: { ...DEFAULT_PROFILE, name: 'older build' } });
    set.mockClear();
    await seedDefaultProfile();
    expect(set).toHaveBeenCalledTimes(1);
    expect((await fakeBrowser.storage.local.get(KEYS.defaultProfile))[KEYS.defaultProfile]).toEqual(DEFAULT_PROFILE);
  });
});

describe('readStart (content script, one read)', () => {
  it('nothing stored: default settings and no profile (the caller asks the background)', async () => {
    expect(await readStart()).toEqual({ settings: DEFAULT_SETTINGS, profile: null, defaultProfile: null });
  });

  it('only the seeded default: it is the profile', async () => {
    await seedDefaultProfile();
    const s = await readStart();
    expect(s.profile).toEqual(DEFAULT_PROFILE);
    expect(s.defaultProfile).toEqual(DEFAULT_PROFILE);
  });

  it('an active profile wins over the default; its deadline day and the user settings apply; one get', async () => {
    await seedDefaultProfile();
    const active: Profile = { ...structuredClone(DEFAULT_PROFILE), name: 'จังหวัดทดสอบ', calendar: { deadlineDay: 15 } };
    await fakeBrowser.storage.local.set({ [KEYS.activeProfile]: active, [KEYS.settings]: { language: 'en' } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    const s = await readStart();
    expect(get).toHaveBeenCalledTimes(1);
    expect(s.profile?.name).toBe('จังหวัดทดสอบ');
    expect(s.settings.deadlineDay).toBe(15);
    expect(s.settings.language).toBe('en');
    // the policy's settings win over the user's
    await fakeBrowser.storage.local.set({ [KEYS.managedSettings]: { language: 'th', deadlineDay: 5 } });
    expect((await readStart()).settings).toMatchObject({ language: 'th', deadlineDay: 5 });
  });

  it('other keys asked for come in the same get: stored ones as stored, missing ones absent', async () => {
    await fakeBrowser.storage.local.set({ panelPrefs: { collapsed: true }, [KEYS.settings]: { language: 'en' } });
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    get.mockClear();
    const s = await readStart(['panelPrefs', KEYS.activeCorrections]);
    expect(get).toHaveBeenCalledTimes(1);
    expect(s.settings.language).toBe('en');
    expect(s.more).toEqual({ panelPrefs: { collapsed: true } });
    expect(KEYS.activeCorrections in (s.more ?? {})).toBe(false);
  });

  it('a failing storage read gives the defaults, never a rejection', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'get').mockRejectedValueOnce(new Error('storage gone'));
    // no `more` either: the parts read their keys themselves
    expect(await readStart(['panelPrefs'])).toEqual({ settings: DEFAULT_SETTINGS, profile: null, defaultProfile: null });
  });
});
