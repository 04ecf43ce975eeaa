/** Fiscal year from the page's own context (utils/collect/context.ts) and plan families (utils/rules/plans.ts). */
import { describe, expect, it } from 'vitest';
import { pageFiscalYear } from '@/utils/collect/context';
import { planFamilies, planMembership } from '@/utils/rules/plans';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import type { FieldSnapshot, FormSnapshot } from '@/utils/types';

describe('fiscal year from the page context', () => {
  it('reads a project summary (dl), a value before its caption, a heading, Thai digits', () => {
    document.body.innerHTML = `<dl><dt>ชื่อโครงการ</dt><dd>ก</dd><dt>ปีงบประมาณ</dt><dd>2568</dd></dl>`;
    expect(pageFiscalYear(document)).toBe(2568);
    document.body.innerHTML = `<div><div class="title">2565</div><div class="subtitle">ปีงบประมาณ</div></div>`;
    expect(pageFiscalYear(document)).toBe(2565);
    document.body.innerHTML = `<h2>รายงานความก้าวหน้า ปีงบประมาณ พ.ศ. ๒๕๖๗</h2>`;
    expect(pageFiscalYear(document)).toBe(2567);
  });
  it('does not take a year from a form control, and says nothing when the page states none', () => {
    document.body.innerHTML = `<label>ปีงบประมาณ <select><option>2566</option></select></label><p>ไม่มีปี</p>`;
    expect(pageFiscalYear(document)).toBeUndefined();
  });
});

const field = (label: string, value: string, section: string[], extra: Partial<FieldSnapshot> = {}): FieldSnapshot => ({
  key: 'f' + Math.random().toString(36).slice(2), label, kind: 'select', value, empty: value === '', editable: true, required: false, section, ...extra,
});

describe('plan families with editions', () => {
  it('groups the 12th and 13th development plans into one family', () => {
    const fam = planFamilies(DEFAULT_PROFILE.plans);
    expect(fam.map((f) => [f.name, f.members.map((m) => m.edition)])).toEqual([['แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ', [12, 13]]]);
  });
  const S = ['ความเชื่อมโยงกับแผน', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ'];
  const snap = (edition: string): FormSnapshot => ({
    url: '', title: '', headings: [],
    fields: [
      field('ฉบับของแผน', edition, S, { kind: 'radio', options: ['ฉบับที่ 12 (พ.ศ. 2560 - 2565)', 'ฉบับที่ 13 (พ.ศ. 2566 - 2570)'] }),
      field('หมุดหมาย', 'หมุดหมายที่ 2', S),
    ],
  });
  it('reads the edition from the edition selector, whatever the year', () => {
    const m = planMembership(snap('ฉบับที่ 12 (พ.ศ. 2560 - 2565)'), DEFAULT_PROFILE, 2568);
    const p12 = m.plans.find((p) => p.plan.id === 'nesdp12')!;
    expect(p12.linked).toBe(true);
    expect(p12.edition?.label).toBe('ฉบับของแผน');
  });
  it('no edition chosen: the fiscal year decides; unknown, the family is its own plan', () => {
    expect(planMembership(snap(''), DEFAULT_PROFILE, 2565).plans.find((p) => p.plan.id === 'nesdp12')!.details).toHaveLength(1);
    const unknown = planMembership(snap(''), DEFAULT_PROFILE).plans.find((p) => p.plan.id.startsWith('family:'))!;
    expect(unknown.plan.name).toBe('แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ');
  });
});
