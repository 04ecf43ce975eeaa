/**
 * Issue 12, incremental evaluation: what classify and the plan grouping derive from a form's
 * structure (labels, kinds, sections, headings, address) is reused across keystrokes, which
 * build new snapshots with new field objects; what the values say is read on every call. Each
 * reused answer must be the answer a fresh computation gives (a profile copy has no memo).
 */
import { describe, expect, it } from 'vitest';
import type { FieldSnapshot, FormSnapshot } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { classify, classifyFields } from '@/utils/classify';
import { sameStructure } from '@/utils/classify/structure';
import { check } from '@/utils/rules';
import { planMembership } from '@/utils/rules/plans';
import { field, planBlock, snapshot, PLAN13, STRATEGY } from './snapshot-builder';

/** A keystroke: the same snapshot with field i re-read (a new object) holding `value`. */
function typed(s: FormSnapshot, i: number, value: string, extra: Partial<FieldSnapshot> = {}): FormSnapshot {
  const fields = s.fields.slice();
  fields[i] = { ...fields[i]!, value, empty: value.trim() === '', ...extra };
  return { ...s, fields };
}

/** The same profile without any memo (the memos are keyed to the profile and its plan list). */
const fresh = (): Profile => ({ ...DEFAULT_PROFILE, plans: DEFAULT_PROFILE.plans.map((p) => ({ ...p })) });

function form(rows = 60): FormSnapshot {
  const fields = [
    field('ปีงบประมาณ', '2568', { kind: 'select' }),
    field('ไตรมาสที่รายงาน', 'ไตรมาสที่ 1', { kind: 'select' }),
    field('แผนที่เกี่ยวข้อง', '', { kind: 'select', options: ['ยุทธศาสตร์ชาติ', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13'] }),
  ];
  for (let i = 0; i < rows; i++) fields.push(field(`ผลการดำเนินงาน ข้อ ${i}`, i % 2 ? 'ทำแล้ว' : '', { section: ['ผลการดำเนินงาน', `กิจกรรม ${i % 5}`] }));
  fields.push(...planBlock(STRATEGY, true), ...planBlock(PLAN13, false));
  return snapshot(fields);
}

/** planMembership by plan id, as plain data (field keys, not objects). */
function plans(s: FormSnapshot, profile: Profile, fy?: number) {
  const m = planMembership(s, profile, fy);
  return m.plans.map((p) => ({
    id: p.plan.id,
    toggle: p.toggle?.key,
    chosen: p.chosen?.key,
    details: p.details.map((d) => d.key),
    linked: p.linked,
  }));
}

describe('sameStructure', () => {
  it('holds across values and fails on any structural difference', () => {
    const s = form(3);
    expect(sameStructure(s, typed(s, 4, 'ค่าใหม่'))).toBe(true);
    expect(sameStructure(s, typed(s, 4, '', { checked: true, required: true, options: ['x'] }))).toBe(true);
    expect(sameStructure(s, typed(s, 4, 'x', { label: 'ชื่ออื่น' }))).toBe(false);
    expect(sameStructure(s, typed(s, 4, 'x', { kind: 'richtext' }))).toBe(false);
    expect(sameStructure(s, typed(s, 4, 'x', { editable: false }))).toBe(false);
    expect(sameStructure(s, typed(s, 4, 'x', { concept: 'spent' }))).toBe(false);
    expect(sameStructure(s, typed(s, 4, 'x', { section: ['ผลการดำเนินงาน', 'กิจกรรม 9'] }))).toBe(false);
    expect(sameStructure(s, { ...s, headings: ['อื่น'] })).toBe(false);
    expect(sameStructure(s, { ...s, url: s.url + '?q=1' })).toBe(false);
    expect(sameStructure(s, { ...s, fields: s.fields.slice(1) })).toBe(false);
  });
});

describe('classify and plan grouping across keystrokes', () => {
  it('gives what a fresh computation gives, with the current field objects and values', () => {
    const profile = DEFAULT_PROFILE;
    let s = form();
    const steps: [number, string][] = [
      [3, 'ทำแล้ว'], // a row filled
      [0, '2569'], // the fiscal year changed: screen.fiscalYear follows
      [2, 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13'], // a select now names a plan: chosen
      [s.fields.length - 1, 'ดำเนินการแล้ว'], // a plan-13 detail filled: linked
      [2, ''], // the choice taken back
      [0, ''], // no fiscal year on the form
    ];
    for (const [i, value] of steps) {
      s = typed(s, i, value);
      const screen = classify(s, profile);
      expect(screen).toEqual(classify(s, fresh()));
      // the fields handed out are this snapshot's, with the value just typed
      const byConcept = classifyFields(s, profile);
      expect(byConcept.fiscalYear).toBe(s.fields[0]);
      expect(byConcept.quarter).toBe(s.fields[1]);
      expect(plans(s, profile, screen.fiscalYear)).toEqual(plans(s, fresh(), screen.fiscalYear));
      const findings = check({ snapshot: s, screen, profile, today: new Date(2025, 0, 15) }).findings;
      const expected = check({ snapshot: s, screen: classify(s, fresh()), profile: fresh(), today: new Date(2025, 0, 15) }).findings;
      expect(findings).toEqual(expected);
    }
    expect(classify(s, profile).fiscalYear).toBeUndefined();
    const after = plans(s, profile);
    expect(after.find((p) => p.id === 'nesdp13')!.linked).toBe(true);
    expect(after.find((p) => p.id === 'nesdp13')!.chosen).toBeUndefined();
  });

  it('a chosen plan and a linked plan follow the values, not the first answer', () => {
    const profile = DEFAULT_PROFILE;
    const s0 = form(4);
    const fy = 2568;
    const nesdp13 = (s: FormSnapshot) => plans(s, profile, fy).find((p) => p.id === 'nesdp13')!;
    expect(nesdp13(s0)).toMatchObject({ chosen: undefined, linked: false });
    const s1 = typed(s0, 2, 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13');
    expect(nesdp13(s1)).toMatchObject({ chosen: s1.fields[2]!.key, linked: true });
    const s2 = typed(s1, 2, '');
    expect(nesdp13(s2)).toMatchObject({ chosen: undefined, linked: false });
  });

  it('a structural change (a label renamed) is classified again', () => {
    const profile = DEFAULT_PROFILE;
    const s0 = form(4);
    expect(classifyFields(s0, profile).fiscalYear).toBe(s0.fields[0]);
    // the fiscal year's label gone, a row now named as it: the concept moves there
    let s1 = typed(s0, 0, '2568', { label: 'รหัสโครงการ' });
    s1 = typed(s1, 5, '2567', { label: 'ปีงบประมาณ', kind: 'select' });
    expect(classifyFields(s1, profile).fiscalYear).toBe(s1.fields[5]);
    expect(classify(s1, profile)).toEqual(classify(s1, fresh()));
    expect(classify(s1, profile).fiscalYear).toBe(2567);
  });

  it('reuses the structural work: a keystroke on a 2,000-field form costs less than a fresh classify', () => {
    const big = form(2000);
    const profile = DEFAULT_PROFILE;
    classify(big, profile);
    planMembership(big, profile, 2568);
    const time = (fn: (i: number) => void) => {
      const ms: number[] = [];
      for (let i = 0; i < 15; i++) {
        const t0 = performance.now();
        fn(i);
        ms.push(performance.now() - t0);
      }
      return ms.sort((a, b) => a - b)[7]!;
    };
    const key = (i: number) => typed(big, 10 + i, `ค่า ${i}`);
    const memo = time((i) => {
      const s = key(i);
      planMembership(s, profile, classify(s, profile).fiscalYear);
    });
    const scratch = time((i) => {
      const s = key(i);
      const p = fresh();
      planMembership(s, p, classify(s, p).fiscalYear);
    });
    console.log(`2,000-field keystroke, classify + plan grouping (median of 15): ${memo.toFixed(2)} ms reused, ${scratch.toFixed(2)} ms fresh`);
    // the shared machine moves both; the reused path does a fraction of the text matching
    expect(memo).toBeLessThan(scratch / 3);
  });
});
