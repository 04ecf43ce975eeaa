import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { parseProfileText, profileToText, checkProfile, checkProfileSize } from '@/utils/profile/parse';
import {
  effectiveProfile,
  importProfileText,
  resetProfile,
  setActiveProfile,
  syncEffective,
  type PolicyReader,
} from '@/utils/profile/store';
import { describeIssues, ProfileSchema } from '@/utils/profile/schema';
import { KEYS, readActiveProfile } from '@/utils/settings';
import type { Profile } from '@/utils/profile/schema';
import { lines } from './i18n-render';

const noPolicy: PolicyReader = async () => ({});

function clone(): Profile {
  return structuredClone(DEFAULT_PROFILE);
}

function withProgress(...extra: string[]): Profile {
  const p = clone();
  p.name = 'จังหวัดทดสอบ';
  p.fields.progress = [...p.fields.progress, ...extra];
  return p;
}

async function local(key: string): Promise<unknown> {
  return (await fakeBrowser.storage.local.get(key))[key];
}

describe('parseProfileText: what a file must be', () => {
  it('accepts the exported default profile (round trip)', () => {
    const r = parseProfileText(profileToText(DEFAULT_PROFILE));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.profile).toEqual(DEFAULT_PROFILE);
  });

  it('accepts a file saved with a BOM', () => {
    expect(parseProfileText('\uFEFF' + profileToText(DEFAULT_PROFILE)).ok).toBe(true);
  });

  it('refuses malformed JSON with a Thai message', () => {
    const r = parseProfileText('{"format": "emenscr-assistant-profile", ');
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('invalid-json');
    expect(lines(r.issues)[0]).toMatch(/^\(ทั้งไฟล์\): ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง/);
  });

  it('refuses a JSON value that is not an object', () => {
    for (const text of ['[]', '"text"', '42', 'null']) {
      const r = parseProfileText(text);
      expect(r.ok ? 'ok' : r.code, text).toBe('wrong-format');
    }
  });

  it('refuses an unknown format, and tells a snippets file apart', () => {
    const other = parseProfileText(JSON.stringify({ ...DEFAULT_PROFILE, format: 'something-else' }));
    expect(other.ok).toBe(false);
    if (!other.ok) {
      expect(other.code).toBe('wrong-format');
      expect(other.paths).toEqual(['format']);
      expect(lines(other.issues)[0]).toContain('ไม่ใช่ไฟล์โปรไฟล์ eMENSCR Assistant');
    }
    const snippets = parseProfileText(JSON.stringify({ format: 'emenscr-assistant-snippets', version: 1, snippets: [] }));
    expect(snippets.ok).toBe(false);
    if (!snippets.ok) expect(lines(snippets.issues)[0]).toContain('ไฟล์ข้อความสำเร็จรูป');
  });

  it('refuses a newer or unknown version', () => {
    const newer = parseProfileText(JSON.stringify({ ...DEFAULT_PROFILE, version: 2 }));
    expect(newer.ok ? 'ok' : newer.code).toBe('newer-version');
    const none = parseProfileText(JSON.stringify({ ...DEFAULT_PROFILE, version: '1' }));
    expect(none.ok ? 'ok' : none.code).toBe('unsupported-version');
  });

  it('names a missing section', () => {
    const { fields: _fields, ...partial } = DEFAULT_PROFILE;
    const r = parseProfileText(JSON.stringify(partial));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('invalid');
    expect(r.paths).toEqual(['fields']);
    expect(lines(r.issues)).toEqual(['fields: ไม่มีข้อมูลที่จำเป็น (ต้องเป็นออบเจ็กต์ { })']);
  });

  it('names an empty variant list: "fields.progress: ต้องมีอย่างน้อย 1 รายการ"', () => {
    const p = clone();
    p.fields.progress = [];
    const r = parseProfileText(JSON.stringify(p));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(lines(r.issues)).toEqual(['fields.progress: ต้องมีอย่างน้อย 1 รายการ']);
  });

  it('names wrong types, deep inside lists', () => {
    const p = clone() as any;
    p.calendar.deadlineDay = '10';
    p.plans[1].required = 'yes';
    p.budgetTypes[0].recipient.variants[2] = 5;
    p.statuses.completed = 'แล้วเสร็จ';
    const r = parseProfileText(JSON.stringify(p));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.paths.sort()).toEqual(
      ['budgetTypes.0.recipient.variants.2', 'calendar.deadlineDay', 'plans.1.required', 'statuses.completed'].sort(),
    );
    expect(lines(r.issues)).toContain('calendar.deadlineDay: ชนิดข้อมูลไม่ถูกต้อง: ต้องเป็นตัวเลข แต่พบข้อความ');
    expect(lines(r.issues)).toContain('statuses.completed: ชนิดข้อมูลไม่ถูกต้อง: ต้องเป็นรายการ (array) แต่พบข้อความ');
    expect(lines(r.issues, 'en')).toContain('calendar.deadlineDay: wrong type: must be a number but found text');
  });

  it('names blank texts and out-of-range numbers', () => {
    const p = clone() as any;
    p.fields.status[1] = '   ';
    p.calendar.deadlineDay = 0;
    p.plans[2].fiscalYears = { to: 65 };
    const r = parseProfileText(JSON.stringify(p));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.paths.sort()).toEqual(['calendar.deadlineDay', 'fields.status.1', 'plans.2.fiscalYears.to']);
  });

  it('names a repeated plan or budget type id', () => {
    const p = clone();
    p.plans[3]!.id = p.plans[0]!.id;
    const r = parseProfileText(JSON.stringify(p));
    expect(r.ok).toBe(false);
    if (!r.ok) expect(lines(r.issues)).toEqual(['plans.3.id: รหัส "nationalStrategy" ซ้ำกับ plans.0.id']);
  });

  it('spells out at most 12 lines but lists every bad path', () => {
    const p = clone() as any;
    for (const k of Object.keys(p.fields)) p.fields[k] = [];
    for (const k of Object.keys(p.statuses)) p.statuses[k] = [];
    const r = parseProfileText(JSON.stringify(p));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.paths).toHaveLength(13);
    expect(lines(r.issues)).toHaveLength(13);
    expect(lines(r.issues)[12]).toBe('และอีก 1 จุด');
  });

  it('a file from before a section was added gets the default section, with a note', () => {
    const { saveActions: _s, ...old } = DEFAULT_PROFILE;
    const r = parseProfileText(JSON.stringify(old));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile.saveActions).toEqual(DEFAULT_PROFILE.saveActions);
    expect(lines(r.notes)).toEqual(['saveActions: ไม่มีในไฟล์ (ไฟล์จากรุ่นก่อน) จึงใช้ค่าเริ่มต้น']);
    // but an added section that is present must still be valid
    const bad = parseProfileText(JSON.stringify({ ...old, saveActions: [] }));
    expect(bad.ok ? [] : lines(bad.issues)).toEqual(['saveActions: ต้องมีอย่างน้อย 1 รายการ']);
  });

  it('refuses a file over 1 MB before parsing it', () => {
    const r = parseProfileText(' '.repeat(1024 * 1024 + 1));
    expect(r.ok ? 'ok' : r.code).toBe('too-large');
    expect(lines(checkProfileSize(2 * 1024 * 1024)?.issues ?? [])).toEqual(['(ทั้งไฟล์): ไฟล์ใหญ่เกินไป (2.0 MB) ไฟล์โปรไฟล์ต้องไม่เกิน 1 MB']);
    expect(checkProfileSize(40_000)).toBeNull();
  });

  it('describeIssues (schema) speaks Thai too', () => {
    const r = ProfileSchema.safeParse({ ...DEFAULT_PROFILE, placeholders: 'x' }, { reportInput: true });
    expect(r.success).toBe(false);
    if (!r.success) expect(lines(describeIssues(r.error))).toEqual(['placeholders: ชนิดข้อมูลไม่ถูกต้อง: ต้องเป็นรายการ (array) แต่พบข้อความ']);
  });
});

describe('profile store (storage.local)', () => {
  it('starts on the default profile, with no activeProfile stored', async () => {
    const s = await syncEffective(noPolicy);
    expect(s.source).toBe('default');
    expect(s.profile).toEqual(DEFAULT_PROFILE);
    expect(await local(KEYS.activeProfile)).toBeUndefined();
    expect(await readActiveProfile()).toEqual(DEFAULT_PROFILE);
  });

  it('a good file becomes the active profile', async () => {
    const r = await importProfileText(profileToText(withProgress('ผลงานสะสม')), noPolicy);
    expect(r.ok).toBe(true);
    const active = await readActiveProfile();
    expect(active.fields.progress).toContain('ผลงานสะสม');
    expect(active.name).toBe('จังหวัดทดสอบ');
    expect(await local(KEYS.userProfile)).toEqual(active);
  });

  it('a bad file leaves the active profile unchanged (and writes nothing)', async () => {
    await importProfileText(profileToText(withProgress('ผลงานสะสม')), noPolicy);
    const before = await fakeBrowser.storage.local.get(null);
    const broken = withProgress() as any;
    broken.fields.progress = [];
    delete broken.budgetTypes;
    for (const text of ['{not json', JSON.stringify(broken), JSON.stringify({ format: 'x' })]) {
      const r = await importProfileText(text, noPolicy);
      expect(r.ok).toBe(false);
    }
    const r = await importProfileText(JSON.stringify(broken), noPolicy);
    expect(r.ok ? [] : lines(r.issues)).toEqual([
      'fields.progress: ต้องมีอย่างน้อย 1 รายการ',
      'budgetTypes: ไม่มีข้อมูลที่จำเป็น (ต้องเป็นรายการ (array))',
    ]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('setActiveProfile validates again (never stores an unchecked profile)', async () => {
    const r = await setActiveProfile({ ...DEFAULT_PROFILE, name: '' }, noPolicy);
    expect(r.ok ? [] : lines(r.issues)).toEqual(['name: ต้องไม่เว้นว่าง']);
    expect(await local(KEYS.activeProfile)).toBeUndefined();
  });

  it('reset goes back to the default', async () => {
    await importProfileText(profileToText(withProgress('ผลงานสะสม')), noPolicy);
    const r = await resetProfile(noPolicy);
    expect(r.ok && r.state.source).toBe('default');
    expect(await local(KEYS.activeProfile)).toBeUndefined();
    expect(await local(KEYS.userProfile)).toBeUndefined();
    expect(await readActiveProfile()).toEqual(DEFAULT_PROFILE);
  });

  it('a stored user profile that no longer passes the schema is not used, and is reported', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.userProfile]: { ...DEFAULT_PROFILE, plans: [] } });
    const s = await syncEffective(noPolicy);
    expect(s.source).toBe('default');
    expect(lines(s.status.userProfileIssues)).toEqual(['plans: ต้องมีอย่างน้อย 1 รายการ']);
  });

  it('a profile stored before an update is brought up to date (the content script never sees a stale shape)', async () => {
    const { saveActions: _s, ...old } = withProgress('ผลงานสะสม');
    await fakeBrowser.storage.local.set({ [KEYS.userProfile]: old, [KEYS.activeProfile]: old });
    const s = await syncEffective(noPolicy);
    expect(s.source).toBe('user');
    const active = await readActiveProfile();
    expect(active.saveActions).toEqual(DEFAULT_PROFILE.saveActions);
    expect(active.fields.progress).toContain('ผลงานสะสม');
  });

  it('only writes what changed', async () => {
    await syncEffective(noPolicy);
    const changes: string[] = [];
    fakeBrowser.storage.onChanged.addListener((c) => changes.push(...Object.keys(c)));
    await syncEffective(noPolicy);
    expect(changes).toEqual([]);
    await importProfileText(profileToText(withProgress('ผลงานสะสม')), noPolicy);
    expect(changes.sort()).toEqual([KEYS.activeProfile, KEYS.userProfile].sort());
  });

  it('checkProfile accepts the default as is', () => {
    expect(checkProfile(DEFAULT_PROFILE).ok).toBe(true);
  });

  it('effectiveProfile does not write', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.userProfile]: withProgress('x') });
    const s = await effectiveProfile(noPolicy);
    expect(s.source).toBe('user');
    expect(await local(KEYS.activeProfile)).toBeUndefined();
  });
});
