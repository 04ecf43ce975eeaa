/**
 * Issue 11: a profile's work is bounded (100,000 placeholders once took 8–24 s to import),
 * names refuse text-direction controls, and keys the schema does not know are reported.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { MAX_PROFILE_VALUES, checkProfile, parseProfileText } from '@/utils/profile/parse';
import { PROFILE_LIMITS, type Profile } from '@/utils/profile/schema';
import { lines } from './i18n-render';

const clone = (): Profile => structuredClone(DEFAULT_PROFILE);

function timed<T>(fn: () => T): { value: T; ms: number } {
  const t0 = performance.now();
  const value = fn();
  return { value, ms: performance.now() - t0 };
}

describe('bounded', () => {
  it('100,000 placeholders (a file under 1 MB) are refused at once, naming the list', () => {
    const p = { ...clone(), placeholders: Array.from({ length: 100_000 }, () => 'a') };
    const text = JSON.stringify(p);
    expect(text.length).toBeLessThan(1024 * 1024);
    const { value: r, ms } = timed(() => parseProfileText(text));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe('too-complex');
    expect(lines(r.issues)[0]).toMatch(/ข้อมูลมากผิดปกติ \(เกิน 20,000 ค่า/);
    expect(lines(r.issues, 'en')[0]).toMatch(/over 20,000 values/);
    expect(ms).toBeLessThan(1_000); // was 4.7 s for blank ones (below); ~20 ms on an idle machine
  });

  it('100,000 blank placeholders in a policy value (no file size to check) are refused at once', () => {
    const { value: r, ms } = timed(() => checkProfile({ ...clone(), placeholders: Array.from({ length: 100_000 }, () => '') }));
    expect(r.ok ? 'ok' : r.code).toBe('too-complex');
    expect(ms).toBeLessThan(1_000); // 4.7 s before the value count
  });

  it('a list over the limit is named; a text over the limit too', () => {
    const p = clone();
    p.placeholders = Array.from({ length: PROFILE_LIMITS.list + 1 }, (_, i) => `ตัวเลือก ${i}`);
    p.fields.progress = ['ก'.repeat(PROFILE_LIMITS.text + 1)];
    const r = checkProfile(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.paths.sort()).toEqual(['fields.progress.0', 'placeholders']);
    expect(lines(r.issues).join('\n')).toMatch(/placeholders: มีเกิน 200 รายการ/);
  });

  it('too many abbreviations are named', () => {
    const p = clone();
    p.abbreviations = Object.fromEntries(Array.from({ length: PROFILE_LIMITS.abbreviations + 1 }, (_, i) => [`ย่อ${i}.`, `คำเต็ม ${i}`]));
    const r = checkProfile(p);
    expect(r.ok ? [] : lines(r.issues)).toEqual([`abbreviations: มีเกิน ${PROFILE_LIMITS.abbreviations} รายการ`]);
  });

  it('nesting past the depth limit is refused without walking it', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 2_500; i++) deep = { a: deep };
    const r = checkProfile({ ...clone(), extra: deep });
    expect(r.ok ? 'ok' : r.code).toBe('too-complex');
  });

  it('the default profile is far inside the bounds', () => {
    let n = 0;
    const count = (v: unknown): void => {
      n++;
      if (v && typeof v === 'object') for (const x of Object.values(v)) count(x);
    };
    count(DEFAULT_PROFILE);
    expect(n * 10).toBeLessThan(MAX_PROFILE_VALUES);
    expect(checkProfile(clone()).ok).toBe(true);
  });
});

describe('names refuse text-direction controls', () => {
  it.each([
    ['name', (p: Profile) => void (p.name = 'จังหวัด\u202Eทดสอบ')],
    ['plans.0.name', (p: Profile) => void (p.plans[0]!.name = '\u2066ยุทธศาสตร์ชาติ\u2069')],
    ['budgetTypes.0.name', (p: Profile) => void (p.budgetTypes[0]!.name = 'งบ\u202Bจังหวัด')],
    ['budgetTypes.0.recipient.title', (p: Profile) => void (p.budgetTypes[0]!.recipient.title = 'หัวหน้า\u202Dสำนักงาน')],
  ])('%s', (path, edit) => {
    const p = clone();
    edit(p);
    const r = checkProfile(p);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.paths).toEqual([path]);
    expect(lines(r.issues)[0]).toBe(`${path}: มีอักขระควบคุมทิศทางข้อความ (เช่น U+202E) ซึ่งทำให้ชื่อแสดงผลกลับด้านหรือหลอกตาได้ กรุณาลบออก`);
  });
});

describe('unknown keys are reported, not dropped silently', () => {
  it('names each unknown key, top level and deep', () => {
    const p = clone() as any;
    p.placeholder = ['เลือก'];
    p.fields.progres = ['ความก้าวหน้า'];
    p.plans[1].colour = 'red';
    p.budgetTypes[0].recipient.note = 'x';
    const r = checkProfile(p);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.profile).not.toHaveProperty('placeholder');
    expect(lines(r.notes).sort()).toEqual([
      'budgetTypes.0.recipient.note: ไม่รู้จักช่องนี้ จึงไม่ได้ใช้ (ตรวจการสะกดชื่อช่อง)',
      'fields.progres: ไม่รู้จักช่องนี้ จึงไม่ได้ใช้ (ตรวจการสะกดชื่อช่อง)',
      'placeholder: ไม่รู้จักช่องนี้ จึงไม่ได้ใช้ (ตรวจการสะกดชื่อช่อง)',
      'plans.1.colour: ไม่รู้จักช่องนี้ จึงไม่ได้ใช้ (ตรวจการสะกดชื่อช่อง)',
    ]);
    expect(lines(r.notes, 'en')).toContain('placeholder: unknown field, not used (check its spelling)');
  });

  it('thousands of unknown keys: 12 lines, then "และอีก 4,988 รายการ"', () => {
    const p = clone() as any;
    for (let i = 0; i < 5_000; i++) p[`x${i}`] = i;
    const r = checkProfile(p);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.notes).toHaveLength(13);
    expect(lines(r.notes)[12]).toBe('และอีก 4,988 รายการ');
    expect(lines(r.notes, 'en')[12]).toBe('and 4,988 more');
  });

  it('the default profile has none', () => {
    const r = checkProfile(clone());
    expect(r.ok && r.notes).toEqual([]);
  });
});
