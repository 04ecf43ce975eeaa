/**
 * Settings and the active profile, as the extension's contexts read them.
 * `activeProfile` in storage.local is written only after zod validation (options
 * page, background), so readers here trust it and stay free of zod.
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

export const KEYS = { settings: 'settings', activeProfile: 'activeProfile' } as const;

export async function readSettings(): Promise<Settings> {
  try {
    const got = await browser.storage.local.get(KEYS.settings);
    return { ...DEFAULT_SETTINGS, ...((got[KEYS.settings] as Partial<Settings>) ?? {}) };
  } catch {
    return DEFAULT_SETTINGS;
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
