/** Enterprise policy (storage.managed) wins over the user's profile and settings. */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { profileToText } from '@/utils/profile/parse';
import {
  browserPolicyReader,
  cachedPolicyReader,
  refreshPolicy,
  importProfileText,
  resetProfile,
  saveSettings,
  syncEffective,
  type PolicyReader,
} from '@/utils/profile/store';
import { KEYS, readActiveProfile, readSettings, DEFAULT_SETTINGS } from '@/utils/settings';
import type { Profile } from '@/utils/profile/schema';
import { lines } from './i18n-render';

function named(name: string, ...progress: string[]): Profile {
  const p = structuredClone(DEFAULT_PROFILE);
  p.name = name;
  p.fields.progress = [...p.fields.progress, ...progress];
  return p;
}

const policy = (value: Record<string, unknown>): PolicyReader => async () => value;
const noPolicy = policy({});

let warn: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  return () => warn.mockRestore();
});

async function local(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

describe('managed profile', () => {
  it('a valid policy profile wins over the user’s imported one', async () => {
    await importProfileText(profileToText(named('ของผู้ใช้', 'ผลงานสะสม')), noPolicy);
    const s = await syncEffective(policy({ profile: named('ของจังหวัด', 'ผลงานรวม') }));
    expect(s.source).toBe('managed');
    expect(s.status.profile).toBe('applied');
    expect(s.status.profileName).toBe('ของจังหวัด');
    expect((await readActiveProfile()).name).toBe('ของจังหวัด');
    // the user's own stays underneath and comes back when the policy goes
    const after = await syncEffective(noPolicy);
    expect(after.source).toBe('user');
    expect((await readActiveProfile()).name).toBe('ของผู้ใช้');
  });

  it('an invalid policy profile is ignored with the bad paths reported', async () => {
    await importProfileText(profileToText(named('ของผู้ใช้')), noPolicy);
    const bad = named('ของจังหวัด') as any;
    bad.fields.progress = [];
    delete bad.calendar;
    const s = await syncEffective(policy({ profile: bad }));
    expect(s.source).toBe('user');
    expect(s.status.profile).toBe('invalid');
    expect(lines(s.status.profileIssues)).toEqual([
      'fields.progress: ต้องมีอย่างน้อย 1 รายการ',
      'calendar: ไม่มีข้อมูลที่จำเป็น (ต้องเป็นออบเจ็กต์ { })',
    ]);
    expect((await readActiveProfile()).name).toBe('ของผู้ใช้');
    expect(((await local(KEYS.managedStatus)) as any).profile).toBe('invalid');
    expect(warn).toHaveBeenCalled();
  });

  it('while the policy fixes the profile, import and reset are refused and change nothing', async () => {
    const reader = policy({ profile: named('ของจังหวัด') });
    await syncEffective(reader);
    const before = await fakeBrowser.storage.local.get(null);
    const imp = await importProfileText(profileToText(named('ของผู้ใช้')), reader);
    expect(imp.ok ? 'ok' : imp.code).toBe('locked');
    const reset = await resetProfile(reader);
    expect(reset.ok ? 'ok' : reset.code).toBe('locked');
    if (!reset.ok) expect(lines(reset.issues)[0]).toContain('ผู้ดูแลระบบ (นโยบายองค์กร)');
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('no policy, a throwing reader and a missing managed area all mean "no policy"', async () => {
    const throwing: PolicyReader = async () => {
      throw new Error('Managed storage manifest not found');
    };
    const s = await syncEffective(throwing);
    expect(s.source).toBe('default');
    expect(s.status.available).toBe(false);
    expect(s.status.lockedSettings).toEqual([]);
    const empty = await syncEffective(async () => undefined as unknown as Record<string, unknown>);
    expect(empty.status.available).toBe(true);
    expect(empty.source).toBe('default');
  });
});

describe('managed settings', () => {
  it('win key by key over the user’s, and lock only those keys', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.settings]: { deadlineDay: 12, internalDeadlineDay: 3, defaultBudgetType: null, language: 'en' } });
    const s = await syncEffective(policy({ settings: { deadlineDay: 7, defaultBudgetType: 'cluster' } }));
    expect(s.status.lockedSettings.sort()).toEqual(['deadlineDay', 'defaultBudgetType']);
    expect(await readSettings()).toEqual({ deadlineDay: 7, internalDeadlineDay: 3, defaultBudgetType: 'cluster', language: 'en' });
  });

  it('bad or unknown policy settings are ignored and reported, good ones still apply', async () => {
    const s = await syncEffective(
      policy({ settings: { deadlineDay: 0, language: 'th', defaultBudgetType: 'national', colour: 'red' } }),
    );
    expect(s.managedSettings).toEqual({ language: 'th' });
    expect(s.status.settingsIssues.map((i) => i.key).sort()).toEqual(['deadlineDay', 'defaultBudgetType']);
    expect(s.status.unknownSettings).toEqual(['colour']);
    expect((await readSettings()).deadlineDay).toBe(DEFAULT_SETTINGS.deadlineDay);
  });

  it('a budget type is checked against the effective (policy) profile', async () => {
    const p = named('ของจังหวัด');
    p.budgetTypes = [{ ...p.budgetTypes[0]!, id: 'province-only' }];
    const s = await syncEffective(policy({ profile: p, settings: { defaultBudgetType: 'province-only' } }));
    expect(s.managedSettings).toEqual({ defaultBudgetType: 'province-only' });
  });

  it('removing the policy unlocks and restores the user’s values', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.settings]: { deadlineDay: 12 } });
    await syncEffective(policy({ settings: { deadlineDay: 7 } }));
    expect((await readSettings()).deadlineDay).toBe(7);
    await syncEffective(noPolicy);
    expect(await local(KEYS.managedSettings)).toBeUndefined();
    expect((await readSettings()).deadlineDay).toBe(12);
  });

  it('saving the form keeps the user’s own value under a locked key', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.settings]: { deadlineDay: 12 } });
    const reader = policy({ settings: { deadlineDay: 7 } });
    await syncEffective(reader);
    const r = await saveSettings({ deadlineDay: 7, internalDeadlineDay: 0, defaultBudgetType: 'provincial', language: 'th' }, reader);
    expect(r.ok).toBe(true);
    expect(await local(KEYS.settings)).toEqual({ deadlineDay: 12, internalDeadlineDay: 0, defaultBudgetType: 'provincial', language: 'th' });
    expect((await readSettings()).deadlineDay).toBe(7);
  });

  it('the active profile’s deadline day is the default deadline until the user sets one', async () => {
    const p = named('ของจังหวัด');
    p.calendar.deadlineDay = 15;
    await importProfileText(profileToText(p), noPolicy);
    expect((await readSettings()).deadlineDay).toBe(15);
    await fakeBrowser.storage.local.set({ [KEYS.settings]: { deadlineDay: 9 } });
    expect((await readSettings()).deadlineDay).toBe(9);
  });
});

describe('refreshPolicy (background) and the cached policy (everyone else)', () => {
  it('reads chrome.storage.managed (fake-browser), keeps a copy, and follows its changes', async () => {
    await fakeBrowser.storage.managed.set({ settings: { language: 'en' }, profile: named('ของจังหวัด') });
    const s = await refreshPolicy(browserPolicyReader);
    expect(s.source).toBe('managed');
    expect((await readSettings()).language).toBe('en');
    expect(((await local(KEYS.managedPolicy)) as any).available).toBe(true);
    // the options page reads the copy: the lock holds without asking storage.managed
    const imp = await importProfileText(profileToText(named('ของผู้ใช้')));
    expect(imp.ok ? 'ok' : imp.code).toBe('locked');
    await fakeBrowser.storage.managed.clear();
    const after = await refreshPolicy(browserPolicyReader);
    expect(after.source).toBe('default');
    expect((await readSettings()).language).toBe('th');
    expect((await importProfileText(profileToText(named('ของผู้ใช้')))).ok).toBe(true);
  });

  it('a read that fails or never answers keeps the last known policy', async () => {
    await refreshPolicy(policy({ settings: { deadlineDay: 7 }, profile: named('ของจังหวัด') }));
    const never: PolicyReader = () => new Promise(() => {});
    const s = await refreshPolicy(never, 20);
    expect(s.source).toBe('managed');
    expect(s.status.available).toBe(false);
    expect((await readSettings()).deadlineDay).toBe(7);
    const throwing: PolicyReader = async () => {
      throw new Error('boom');
    };
    expect((await refreshPolicy(throwing)).source).toBe('managed');
    // and it recovers on the next good read
    const ok = await refreshPolicy(noPolicy);
    expect(ok.status.available).toBe(true);
    expect(ok.source).toBe('default');
  });

  it('a policy copy is validated again on every use (storage.local can be edited)', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.managedPolicy]: { value: { profile: { format: 'x' } }, available: true } });
    const s = await syncEffective(cachedPolicyReader);
    expect(s.source).toBe('default');
    expect(s.status.profile).toBe('invalid');
    expect(await local(KEYS.activeProfile)).toBeUndefined();
  });
});
