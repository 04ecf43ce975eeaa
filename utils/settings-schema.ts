/**
 * Validation of settings, for the options form and for enterprise policy values.
 * Uses zod, so only the options page and the background import it (never the
 * content script: it reads settings through utils/settings.ts, which trusts storage).
 */
import * as z from 'zod';
import type { Profile } from './profile/schema';
import type { Settings } from './settings';
import { msg, type Msg } from './i18n';

export type SettingKey = keyof Settings;
export const SETTING_KEYS: readonly SettingKey[] = ['deadlineDay', 'internalDeadlineDay', 'defaultBudgetType', 'language'];

/** One schema per setting, so a policy can set any subset and a bad value can be named. */
export const SETTING_FIELDS = {
  deadlineDay: z.number().int().min(1).max(90),
  internalDeadlineDay: z.number().int().min(0).max(90).nullable(),
  defaultBudgetType: z.string().trim().min(1).nullable(),
  language: z.enum(['th', 'en']),
} satisfies Record<SettingKey, z.ZodType>;

export const SettingsSchema = z.object(SETTING_FIELDS);

/** One bad setting and why (messages `setting.err.*`, utils/i18n/messages/validation.ts). */
export interface SettingIssue {
  /** the bad setting; '*' = the policy's settings value as a whole */
  key: SettingKey | '*';
  message: Msg;
}

/** Validate one setting's value; `profile` decides which budget type ids exist. */
export function checkSetting<K extends SettingKey>(
  key: K,
  value: unknown,
  profile: Profile,
): { ok: true; value: Settings[K] } | { ok: false; issue: SettingIssue } {
  const r = SETTING_FIELDS[key].safeParse(value);
  const bad = { ok: false as const, issue: { key, message: msg(`setting.err.${key}`) } };
  if (!r.success) return bad;
  if (key === 'defaultBudgetType' && r.data !== null && !profile.budgetTypes.some((b) => b.id === r.data)) return bad;
  return { ok: true, value: r.data as Settings[K] };
}

export type SettingsCheck = { ok: true; settings: Settings } | { ok: false; issues: SettingIssue[] };

/** Validate a whole settings object (the options form's values). */
export function validateSettings(input: unknown, profile: Profile): SettingsCheck {
  const obj = (input && typeof input === 'object' ? input : {}) as Record<string, unknown>;
  const issues: SettingIssue[] = [];
  const out: Partial<Settings> = {};
  for (const key of SETTING_KEYS) {
    const r = checkSetting(key, obj[key], profile);
    if (r.ok) (out as Record<string, unknown>)[key] = r.value;
    else issues.push(r.issue);
  }
  if (
    !issues.length &&
    out.internalDeadlineDay !== null &&
    out.internalDeadlineDay !== undefined &&
    out.internalDeadlineDay > out.deadlineDay!
  ) {
    issues.push({ key: 'internalDeadlineDay', message: msg('setting.err.lateInternal') });
  }
  return issues.length ? { ok: false, issues } : { ok: true, settings: out as Settings };
}

/**
 * A policy's settings object: every valid key is kept (and locks that control), every
 * bad or unknown one is reported and ignored. Never throws.
 */
export function resolvePolicySettings(
  input: unknown,
  profile: Profile,
): { values: Partial<Settings>; issues: SettingIssue[]; unknownKeys: string[] } {
  const values: Partial<Settings> = {};
  const issues: SettingIssue[] = [];
  const unknownKeys: string[] = [];
  if (input === undefined || input === null) return { values, issues, unknownKeys };
  if (typeof input !== 'object' || Array.isArray(input)) {
    issues.push({ key: '*', message: msg('setting.err.notObject') });
    return { values, issues, unknownKeys };
  }
  for (const [key, value] of Object.entries(input)) {
    if (!(SETTING_KEYS as readonly string[]).includes(key)) {
      unknownKeys.push(key);
      continue;
    }
    const r = checkSetting(key as SettingKey, value, profile);
    if (r.ok) (values as Record<string, unknown>)[key] = r.value;
    else issues.push(r.issue);
  }
  return { values, issues, unknownKeys };
}
