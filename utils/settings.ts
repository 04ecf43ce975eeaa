/**
 * Settings and the active profile, as the extension's contexts read them.
 * `activeProfile` in storage.local is written only after zod validation (options
 * page, background), so readers here trust it and stay free of zod.
 *
 * storage.local keys (writers: utils/profile/store.ts, the options page and the background):
 * - `settings`        the user's own settings (validated by the options form)
 * - `managedSettings` settings pushed by enterprise policy, already validated; they win
 * - `userProfile`     the profile the user imported (absent = the default)
 * - `activeProfile`   the effective profile: policy's, else the user's; absent = the default
 * - `managedStatus`   what the last policy read found, for the options page
 * - `managedPolicy`   the background's copy of storage.managed (raw; re-validated when used)
 * - `defaultProfile`  the extension's default profile, written by the background when it starts
 *                     (so after every install and update): the content script reads it from
 *                     here instead of carrying it (−1.6 KB gzip always loaded, issue 12)
 * - `userCorrections` / `activeCorrections`  corrections (utils/corrections/store.ts)
 */
import { browser } from 'wxt/browser';
import type { Profile } from './profile/schema';
import { DEFAULT_PROFILE } from './profile/default';
import type { Lang } from './i18n';

export interface Settings {
  /** days after the quarter's end when the report is due */
  deadlineDay: number;
  /** a province's own earlier deadline, days after the quarter's end (0 = last day) */
  internalDeadlineDay: number | null;
  /** the agency's usual budget type id, if any */
  defaultBudgetType: string | null;
  language: Lang;
}

export const DEFAULT_SETTINGS: Settings = {
  deadlineDay: 10,
  internalDeadlineDay: null,
  defaultBudgetType: null,
  language: 'th',
};

export const KEYS = {
  settings: 'settings',
  managedSettings: 'managedSettings',
  userProfile: 'userProfile',
  activeProfile: 'activeProfile',
  managedStatus: 'managedStatus',
  managedPolicy: 'managedPolicy',
  defaultProfile: 'defaultProfile',
  /** corrections the user made (utils/corrections/store.ts; validated there) */
  userCorrections: 'userCorrections',
  /** corrections in force: policy's (locked) and the user's, written by utils/corrections/store.ts */
  activeCorrections: 'activeCorrections',
} as const;

/**
 * Effective settings: defaults ← the active profile's deadline day ← the user's settings
 * ← the policy's settings (an administrator's value wins).
 */
export function mergeSettings(
  user: Partial<Settings> | undefined,
  managed: Partial<Settings> | undefined,
  profile?: Pick<Profile, 'calendar'>,
): Settings {
  const fromProfile: Partial<Settings> = profile?.calendar ? { deadlineDay: profile.calendar.deadlineDay } : {};
  return { ...DEFAULT_SETTINGS, ...fromProfile, ...(user ?? {}), ...(managed ?? {}) };
}

export async function readSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get([KEYS.settings, KEYS.managedSettings, KEYS.activeProfile]);
    return mergeSettings(
      got[KEYS.settings] as Partial<Settings> | undefined,
      got[KEYS.managedSettings] as Partial<Settings> | undefined,
      got[KEYS.activeProfile] as Profile | undefined,
    );
  } catch {
    return DEFAULT_SETTINGS;
  }
}

/** What the content script needs at start, in one storage read. */
export interface StartState {
  settings: Settings;
  /** the effective profile: the active one, else the stored default; null when neither is stored */
  profile: Profile | null;
  /** the stored default profile (null when the background has not written it yet) */
  defaultProfile: Profile | null;
  /** the other keys asked for, or all of storage.local for 'all' (raw, as stored; absent when not stored or the read failed) */
  more?: Record<string, unknown>;
}

/**
 * The content script's start: settings and profile in ONE storage.local.get (there were two,
 * of five reads at page load, issue 12); `more`: other keys read in the same call, or 'all' of
 * storage.local (the content script: the panel's choices, the active corrections, the guard's
 * project memory and the progress history are all read by this one call). Never rejects: a failed read gives the defaults, and
 * `profile: null` tells the caller to ask the background for the default profile.
 */
export async function readStart(more: readonly string[] | 'all' = []): Promise<StartState> {
  try {
    const got = await browser.storage.local.get(more === 'all' ? null : [KEYS.settings, KEYS.managedSettings, KEYS.activeProfile, KEYS.defaultProfile, ...more]);
    const active = got[KEYS.activeProfile] as Profile | undefined;
    const def = (got[KEYS.defaultProfile] as Profile | undefined) ?? null;
    return {
      settings: mergeSettings(
        got[KEYS.settings] as Partial<Settings> | undefined,
        got[KEYS.managedSettings] as Partial<Settings> | undefined,
        active,
      ),
      profile: active ?? def,
      defaultProfile: def,
      ...(more === 'all' ? { more: got } : more.length ? { more: Object.fromEntries(more.filter((k) => got[k] !== undefined).map((k) => [k, got[k]])) } : {}),
    };
  } catch {
    return { settings: DEFAULT_SETTINGS, profile: null, defaultProfile: null };
  }
}

export async function readActiveProfile(): Promise<Profile> {
  try {
    const got = await browser.storage.local.get(KEYS.activeProfile);
    return (got[KEYS.activeProfile] as Profile | undefined) ?? DEFAULT_PROFILE;
  } catch {
    return DEFAULT_PROFILE;
  }
}
