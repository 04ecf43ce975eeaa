import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as profile } from '@/utils/profile/default';
import { everyFieldFilled } from '@/utils/rules/completeness';
import { progressSliderSet } from '@/utils/rules/progress';
import { planLinkage } from '@/utils/rules/plan-linkage';
import { classify } from '@/utils/classify';
import { check } from '@/utils/rules';
import type { FormSnapshot, Screen } from '@/utils/types';
import { PLAN12, PLAN13, STRATEGY, field, planBlock, snapshot } from './snapshot-builder';

const today = new Date(2026, 10, 21);
const ctx = (snap: FormSnapshot, screen: Screen = { id: 'progressReport', fiscalYear: 2568 }) => ({
  snapshot: snap,
  screen,
  profile,
  today,
});

describe('rule: every field filled', () => {
  it('reports empty editable fields, whitespace included, with their labels', () => {
    const snap = snapshot([
      field('ผลการดำเนินงาน', 'ทำแล้ว'),
      field('ปัญหา/อุปสรรค', '   '),
      field('ไตรมาสที่รายงาน', '', { kind: 'select' }),
      field('สถานะโครงการ', '', { kind: 'radio' }),
      field('ไตรมาส (combobox)', '', { kind: 'combobox' }),
    ]);
    const found = everyFieldFilled(ctx(snap));
    expect(found.map((f) => f.subject)).toEqual(['ปัญหา/อุปสรรค', 'ไตรมาสที่รายงาน', 'สถานะโครงการ', 'ไตรมาส (combobox)']);
    expect(found.every((f) => f.severity === 'error')).toBe(true);
  });

  it('ignores read-only fields, sliders, optional checkboxes and plan details (owned by the plan rule)', () => {
    const snap = snapshot([
      field('วันที่บันทึกล่าสุด', '', { editable: false }),
      field('ความก้าวหน้าของโครงการ (ร้อยละ)', '0', { kind: 'slider', number: 0, empty: false }),
      field('แจ้งเตือนทางอีเมล', '', { kind: 'checkbox', checked: false }),
      field('ยุทธศาสตร์ชาติ', '', { kind: 'checkbox', checked: false, section: ['ความสอดคล้องกับแผน'] }),
      ...planBlock(STRATEGY, false),
    ]);
    expect(everyFieldFilled(ctx(snap))).toEqual([]);
  });

  it('reports a required checkbox left unticked', () => {
    const snap = snapshot([field('ยืนยันความถูกต้องของข้อมูล', '', { kind: 'checkbox', checked: false, required: true })]);
    expect(everyFieldFilled(ctx(snap))).toHaveLength(1);
  });

  it('names the section when two empty fields share a label', () => {
    const snap = snapshot([
      field('เป้าหมาย', '', { section: ['ตัวชี้วัดที่ 1'] }),
      field('เป้าหมาย', '', { section: ['ตัวชี้วัดที่ 2'] }),
    ]);
    expect(everyFieldFilled(ctx(snap)).map((f) => f.params?.[0])).toEqual(['เป้าหมาย (ตัวชี้วัดที่ 1)', 'เป้าหมาย (ตัวชี้วัดที่ 2)']);
  });
});

describe('rule: progress slider set', () => {
  const slider = (n: number, label = 'ความก้าวหน้าของโครงการ (ร้อยละ)') =>
    field(label, String(n), { kind: 'slider', number: n, empty: false });

  it('is an error while the bar is at 0', () => {
    const found = progressSliderSet(ctx(snapshot([slider(0)])));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'error', subject: 'ความก้าวหน้าของโครงการ (ร้อยละ)' });
  });
  it('passes once dragged above 0, also under a label variant', () => {
    expect(progressSliderSet(ctx(snapshot([slider(1)])))).toEqual([]);
    expect(progressSliderSet(ctx(snapshot([slider(0, 'ร้อยละความก้าวหน้า')])))).toHaveLength(1);
    expect(progressSliderSet(ctx(snapshot([slider(60, 'ร้อยละความก้าวหน้า')])))).toEqual([]);
  });
  it('accepts 0 when the project has not started or was cancelled', () => {
    const status = (v: string) => field('สถานะโครงการ', v, { kind: 'radio' });
    expect(progressSliderSet(ctx(snapshot([status('ยังไม่ดำเนินการ'), slider(0)])))).toEqual([]);
    expect(progressSliderSet(ctx(snapshot([status('ยกเลิกโครงการ'), slider(0)])))).toEqual([]);
    expect(progressSliderSet(ctx(snapshot([status('อยู่ระหว่างดำเนินการ'), slider(0)])))).toHaveLength(1);
  });
  it('says nothing when the form has no slider', () => {
    expect(progressSliderSet(ctx(snapshot([field('ผลการดำเนินงาน', '')])))).toEqual([]);
  });
});

describe('rule: plan linkage', () => {
  const toggle = (name: string, on: boolean) =>
    field(name, on ? 'true' : '', { kind: 'checkbox', checked: on, empty: !on, section: ['ความสอดคล้องกับแผน', 'แผนที่รายงาน'] });

  it('FY2568 requires ยุทธศาสตร์ชาติ and แผนพัฒนาฯ ฉบับที่ 13', () => {
    const found = planLinkage(ctx(snapshot([toggle('ยุทธศาสตร์ชาติ', false)])));
    expect(found.map((f) => [f.id, f.severity])).toEqual([
      ['planMissing:nationalStrategy', 'error'],
      ['planMissing:nesdp13', 'error'],
    ]);
  });

  it('FY2565 requires ฉบับที่ 12 instead', () => {
    const found = planLinkage(ctx(snapshot([]), { id: 'progressReport', fiscalYear: 2565 }));
    expect(found.map((f) => f.id)).toEqual(['planMissing:nationalStrategy', 'planMissing:nesdp12']);
  });

  it('passes with both plans toggled and every detail filled', () => {
    const snap = snapshot([
      toggle('ยุทธศาสตร์ชาติ', true),
      toggle('แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13', true),
      ...planBlock(STRATEGY, true),
      ...planBlock(PLAN13, true),
    ]);
    expect(planLinkage(ctx(snap))).toEqual([]);
  });

  it('reports a linked plan whose details are incomplete, naming the empty fields', () => {
    const block = planBlock(PLAN13, true);
    block[1] = { ...block[1]!, value: '', empty: true };
    const snap = snapshot([toggle('แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13', true), ...planBlock(STRATEGY, true), ...block]);
    const found = planLinkage(ctx(snap));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ id: 'planIncomplete:nesdp13', params: [expect.stringContaining('ฉบับที่ 13'), 'เป้าหมาย'] });
  });

  it('links plans from always-visible blocks once a detail is filled (no toggles)', () => {
    expect(planLinkage(ctx(snapshot([...planBlock(STRATEGY, false), ...planBlock(PLAN13, false)]))).map((f) => f.id)).toEqual([
      'planMissing:nationalStrategy',
      'planMissing:nesdp13',
    ]);
    expect(planLinkage(ctx(snapshot([...planBlock(STRATEGY, true), ...planBlock(PLAN13, true)])))).toEqual([]);
  });

  it('does not take แผนแม่บทภายใต้ยุทธศาสตร์ชาติ for ยุทธศาสตร์ชาติ', () => {
    const found = planLinkage(ctx(snapshot([...planBlock(['แผนแม่บทภายใต้ยุทธศาสตร์ชาติ'], true), ...planBlock(PLAN13, true)])));
    expect(found.map((f) => f.id)).toEqual(['planMissing:nationalStrategy']);
  });

  it('recognises a plan chosen in a select and Thai digits in the edition', () => {
    const snap = snapshot([
      field('แผนที่เกี่ยวข้อง', 'ยุทธศาสตร์ชาติ', { kind: 'select' }),
      ...planBlock(['แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ ๑๓'], true),
    ]);
    expect(planLinkage(ctx(snap))).toEqual([]);
  });

  it('never assumes today\'s fiscal year: unknown, the plan family is named without an edition', () => {
    // issue 9: a FY2565 report opened in FY2568 was told to link ฉบับที่ 13
    for (const today of [new Date(2022, 5, 1), new Date(2025, 9, 1)]) {
      const found = planLinkage({ ...ctx(snapshot(planBlock(STRATEGY, true)), { id: 'progressReport' }), today });
      expect(found.map((f) => f.params)).toEqual([['แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ']]);
    }
  });
  it('with the year known, asks for the edition in force', () => {
    const found = planLinkage(ctx(snapshot(planBlock(STRATEGY, true)), { id: 'progressReport', fiscalYear: 2565 }));
    expect(found.map((f) => f.id)).toEqual(['planMissing:nesdp12']);
  });
});

describe('classify', () => {
  it('recognises the progress report by heading and reads its fiscal year', () => {
    const snap = snapshot([field('ปีงบประมาณ', '2565', { editable: false }), field('ผลการดำเนินงาน', '')]);
    expect(classify(snap, profile)).toEqual({ id: 'progressReport', fiscalYear: 2565 });
  });
  it('recognises the M1 linkage screen and a page that is not a form', () => {
    expect(classify(snapshot([field('เป้าหมาย', '')], ['ความเชื่อมโยงกับแผนระดับต่างๆ']), profile).id).toBe('linkage');
    expect(classify(snapshot([], ['รายการโครงการ']), profile).id).toBe('projectList');
    expect(classify(snapshot([], ['ข่าวประชาสัมพันธ์']), profile).id).toBe('other');
  });
});

describe('check (all rules)', () => {
  it('sorts errors before warnings and counts the editable fields', () => {
    const snap = snapshot([field('ผลการดำเนินงาน', ''), ...planBlock(STRATEGY, true), ...planBlock(PLAN12, true)]);
    const r = check(ctx(snap, { id: 'progressReport', fiscalYear: 2565 }));
    expect(r.findings.map((f) => f.id)).toEqual(['fieldEmpty:' + snap.fields[0]!.key]);
    expect(r.fieldCount).toBe(7);
  });
});
