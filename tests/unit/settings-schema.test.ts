import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { checkSetting, resolvePolicySettings, validateSettings } from '@/utils/settings-schema';
import { DEFAULT_SETTINGS, mergeSettings } from '@/utils/settings';
import { inLang } from './i18n-render';

const good = { deadlineDay: 10, internalDeadlineDay: 0, defaultBudgetType: 'provincial', language: 'th' };

describe('validateSettings (the options form)', () => {
  it('accepts good settings and the defaults', () => {
    expect(validateSettings(good, DEFAULT_PROFILE)).toEqual({ ok: true, settings: good });
    expect(validateSettings(DEFAULT_SETTINGS, DEFAULT_PROFILE).ok).toBe(true);
  });

  it('names each bad setting in Thai', () => {
    const r = validateSettings({ deadlineDay: 0, internalDeadlineDay: 2.5, defaultBudgetType: 'national', language: 'fr' }, DEFAULT_PROFILE);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.key)).toEqual(['deadlineDay', 'internalDeadlineDay', 'defaultBudgetType', 'language']);
    expect(inLang('th', r.issues[0]!.message)).toContain('1–90');
  });

  it('refuses missing values, strings for numbers and an internal deadline after the official one', () => {
    expect(validateSettings({}, DEFAULT_PROFILE).ok).toBe(false);
    expect(validateSettings({ ...good, deadlineDay: '10' }, DEFAULT_PROFILE).ok).toBe(false);
    const late = validateSettings({ ...good, deadlineDay: 10, internalDeadlineDay: 11 }, DEFAULT_PROFILE);
    expect(late.ok ? [] : late.issues.map((i) => inLang('th', i.message))).toEqual(['กำหนดส่งภายในของจังหวัดต้องไม่ช้ากว่ากำหนดส่งรายงาน']);
    expect(validateSettings({ ...good, internalDeadlineDay: null, defaultBudgetType: null }, DEFAULT_PROFILE).ok).toBe(true);
  });

  it('checks a budget type against the profile', () => {
    expect(checkSetting('defaultBudgetType', 'cluster', DEFAULT_PROFILE).ok).toBe(true);
    expect(checkSetting('defaultBudgetType', 'elsewhere', DEFAULT_PROFILE).ok).toBe(false);
  });
});

describe('resolvePolicySettings', () => {
  it('keeps valid keys, reports bad and unknown ones, never throws', () => {
    expect(resolvePolicySettings(undefined, DEFAULT_PROFILE)).toEqual({ values: {}, issues: [], unknownKeys: [] });
    expect(resolvePolicySettings('x', DEFAULT_PROFILE).issues[0]!.key).toBe('*');
    expect(resolvePolicySettings([1], DEFAULT_PROFILE).issues[0]!.key).toBe('*');
    const r = resolvePolicySettings({ deadlineDay: 5, language: 'de', extra: 1 }, DEFAULT_PROFILE);
    expect(r.values).toEqual({ deadlineDay: 5 });
    expect(r.issues.map((i) => i.key)).toEqual(['language']);
    expect(r.unknownKeys).toEqual(['extra']);
  });
});

describe('mergeSettings', () => {
  it('defaults ← profile deadline ← user ← policy', () => {
    const profile = { calendar: { deadlineDay: 15 } };
    expect(mergeSettings(undefined, undefined, profile).deadlineDay).toBe(15);
    expect(mergeSettings({ deadlineDay: 9 }, undefined, profile).deadlineDay).toBe(9);
    expect(mergeSettings({ deadlineDay: 9 }, { deadlineDay: 7 }, profile).deadlineDay).toBe(7);
    expect(mergeSettings(undefined, undefined)).toEqual(DEFAULT_SETTINGS);
  });
});
