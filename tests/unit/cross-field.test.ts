import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as profile } from '@/utils/profile/default';
import { quarterIsCurrent, statusMatchesProgress, moneyWithinAllocation, yearEra, progressNotLower } from '@/utils/rules/cross-field';
import { planLinkage } from '@/utils/rules/plan-linkage';
import { parseAmount } from '@/utils/rules/amount';
import type { FieldSnapshot, Screen } from '@/utils/types';
import type { RuleContext } from '@/utils/rules';
import { PLAN12, PLAN13, STRATEGY, field, planBlock, snapshot } from './snapshot-builder';

// 21 Nov 2026 (BE 2569): the quarter being reported is Q4 of FY2569
const today = new Date(2026, 10, 21);
const ctx = (fields: FieldSnapshot[], extra: Partial<RuleContext> = {}, screen: Screen = { id: 'progressReport', fiscalYear: 2569 }): RuleContext => ({
  snapshot: snapshot(fields),
  screen,
  profile,
  today,
  ...extra,
});
const quarter = (q: number) => field('ไตรมาสที่รายงาน', `ไตรมาสที่ ${q} (ก.ค. - ก.ย.)`.replace('ก.ค. - ก.ย.', ['ต.ค. - ธ.ค.', 'ม.ค. - มี.ค.', 'เม.ย. - มิ.ย.', 'ก.ค. - ก.ย.'][q - 1]!), { kind: 'select' });
const status = (v: string) => field('สถานะโครงการ', v, { kind: 'radio' });
const slider = (n: number) => field('ความก้าวหน้าของโครงการ (ร้อยละ)', String(n), { kind: 'slider', number: n, empty: false });
const spent = (v: string) => field('ผลการเบิกจ่ายงบประมาณ (บาท)', v);
const allocated = (v: string) => field('งบประมาณที่ได้รับจัดสรร (บาท)', v, { editable: false });

describe('amounts', () => {
  it.each([
    ['1,500,000.00', 1500000],
    ['350000', 350000],
    ['๓๕๐,๐๐๐', 350000],
    ['350,000 บาท', 350000],
    ['  12.5 ', 12.5],
    // Intl's THB currency formats (a number field's format-options: Spectrum's sp-number-field)
    ['675,000.00 บาทไทย', 675000],
    ['฿1,500,000.00', 1500000],
    ['THB 1,500,000.00', 1500000],
  ])('parses %s', (text, n) => expect(parseAmount(text)).toBe(n));
  it.each(['สามแสน', '1,2,3', '12abc', '', '1.2.3'])('rejects %s', (text) => expect(parseAmount(text)).toBeNull());
});

describe('rule: quarter is the one being reported', () => {
  it('passes for Q4 of FY2569 in November 2569', () => {
    expect(quarterIsCurrent(ctx([quarter(4)]))).toEqual([]);
  });
  it('warns for another quarter, or the right quarter of another fiscal year', () => {
    const found = quarterIsCurrent(ctx([quarter(1)]));
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ severity: 'warning', message: 'rule.quarterNotCurrent', params: ['1', '4', '2569'] });
    expect(quarterIsCurrent(ctx([quarter(4)], {}, { id: 'progressReport', fiscalYear: 2570 }))).toHaveLength(1);
  });
  it('accepts the running quarter too (Q1 of FY2570 in November 2569: staff report early)', () => {
    expect(quarterIsCurrent(ctx([quarter(1)], {}, { id: 'progressReport', fiscalYear: 2570 }))).toEqual([]);
    expect(quarterIsCurrent(ctx([quarter(1)], {}, { id: 'progressReport' }))).toEqual([]);
    // a quarter that is neither the last-ended nor the running one
    expect(quarterIsCurrent(ctx([quarter(2)], {}, { id: 'progressReport', fiscalYear: 2570 }))).toHaveLength(1);
  });
  it('says nothing while no quarter is chosen', () => {
    expect(quarterIsCurrent(ctx([field('ไตรมาสที่รายงาน', '', { kind: 'select' })]))).toEqual([]);
  });
});

describe('rule: status and progress agree', () => {
  it('completed needs 100 %', () => {
    expect(statusMatchesProgress(ctx([status('ดำเนินการแล้วเสร็จ'), slider(80)]))[0]?.message).toBe('rule.completedNot100');
    expect(statusMatchesProgress(ctx([status('ดำเนินการแล้วเสร็จ'), slider(100)]))).toEqual([]);
  });
  it('100 % needs the completed status', () => {
    expect(statusMatchesProgress(ctx([status('อยู่ระหว่างดำเนินการ'), slider(100)]))[0]?.message).toBe('rule.fullButNotCompleted');
    expect(statusMatchesProgress(ctx([status('อยู่ระหว่างดำเนินการ'), slider(60)]))).toEqual([]);
  });
  it('not started has no progress and no money spent', () => {
    expect(statusMatchesProgress(ctx([status('ยังไม่ดำเนินการ'), slider(0), spent('0')]))).toEqual([]);
    expect(statusMatchesProgress(ctx([status('ยังไม่ดำเนินการ'), slider(10)]))[0]?.message).toBe('rule.notStartedButDone');
    expect(statusMatchesProgress(ctx([status('ยังไม่ดำเนินการ'), slider(0), spent('5,000')]))[0]?.message).toBe('rule.notStartedButDone');
  });
  it('is an error, attached to both fields', () => {
    const [f] = statusMatchesProgress(ctx([status('อยู่ระหว่างดำเนินการ'), slider(100)]));
    expect(f?.severity).toBe('error');
    expect(f?.fieldKeys).toHaveLength(2);
  });
});

describe('rule: money', () => {
  it('spent more than allocated is an error', () => {
    const found = moneyWithinAllocation(ctx([allocated('1,500,000.00'), spent('1,800,000')]));
    expect(found.map((f) => f.message)).toEqual(['rule.spentOverAllocation']);
    expect(moneyWithinAllocation(ctx([allocated('1,500,000.00'), spent('๑,๕๐๐,๐๐๐')]))).toEqual([]);
  });
  it('amounts must be numbers', () => {
    const found = moneyWithinAllocation(ctx([allocated('1,500,000.00'), spent('ประมาณสามแสน')]));
    expect(found.map((f) => f.message)).toEqual(['rule.amountNotNumber']);
    expect(moneyWithinAllocation(ctx([spent('350,000 บาท')]))).toEqual([]);
  });
});

describe('rule: year era', () => {
  const dateField = (v: string, label = 'วันที่เริ่มต้น') => field(label, v);
  it('warns about a Christian-era year in a Buddhist-era form', () => {
    expect(yearEra(ctx([dateField('2024', 'ปีงบประมาณที่เริ่ม')]))[0]).toMatchObject({ severity: 'warning', params: ['ปีงบประมาณที่เริ่ม', '2024', '2567'] });
    expect(yearEra(ctx([dateField('25/03/2021')]))).toHaveLength(1);
  });
  it('accepts Buddhist-era years and short years', () => {
    expect(yearEra(ctx([dateField('2567', 'ปีงบประมาณที่เริ่ม'), dateField('25/03/2564'), dateField('25 มี.ค. 64')]))).toEqual([]);
  });
  it('and back: a Buddhist-era year where Christian era is asked', () => {
    expect(yearEra(ctx([dateField('2567', 'ปี ค.ศ.')]))[0]).toMatchObject({ message: 'rule.beWhereCe', params: ['ปี ค.ศ.', '2567', '2024'] });
    expect(yearEra(ctx([dateField('2024', 'ปี ค.ศ.')]))).toEqual([]);
  });
  it('does not warn about an ISO date (the machine format of <input type="date">), still about a CE year typed day-first', () => {
    expect(yearEra(ctx([dateField('2026-01-15')]))).toEqual([]);
    expect(yearEra(ctx([dateField('15/01/2026')]))).toHaveLength(1);
    // an ISO date carrying a BE year where CE is asked is still wrong
    expect(yearEra(ctx([dateField('2569-01-15', 'วันที่ ค.ศ.')]))[0]).toMatchObject({ message: 'rule.beWhereCe' });
  });
  it('ignores fields that are not about dates or years', () => {
    expect(yearEra(ctx([field('ผลการดำเนินงาน', '2024')]))).toEqual([]);
  });
});

describe('rule: progress not lower than last saved', () => {
  it('warns when lower than the last saved quarter', () => {
    const found = progressNotLower(ctx([quarter(4), slider(40)], { history: { '2569-Q3': 55, '2569-Q2': 30 } }));
    expect(found[0]).toMatchObject({ severity: 'warning', params: ['40', '55', '3', '2569'] });
  });
  it('passes when equal or higher, or with no history', () => {
    expect(progressNotLower(ctx([quarter(4), slider(55)], { history: { '2569-Q3': 55 } }))).toEqual([]);
    expect(progressNotLower(ctx([quarter(4), slider(10)], { history: {} }))).toEqual([]);
    expect(progressNotLower(ctx([quarter(4), slider(10)]))).toEqual([]);
  });
  it('ignores later quarters (a correction of an earlier report)', () => {
    expect(progressNotLower(ctx([quarter(2), slider(20)], { history: { '2569-Q3': 55 } }))).toEqual([]);
  });
});

describe('rule: plan of the right fiscal year', () => {
  it('ฉบับที่ 12 on an FY ≥ 2566 report is an error', () => {
    const found = planLinkage(ctx([...planBlock(STRATEGY, true), ...planBlock(PLAN12, true)], {}, { id: 'progressReport', fiscalYear: 2568 }));
    expect(found.map((f) => [f.id, f.severity])).toEqual([
      ['planWrongYear:nesdp12', 'error'],
      ['planMissing:nesdp13', 'error'],
    ]);
  });
  it('ฉบับที่ 13 on an FY2565 report is an error too', () => {
    const found = planLinkage(ctx([...planBlock(STRATEGY, true), ...planBlock(PLAN13, true)], {}, { id: 'progressReport', fiscalYear: 2565 }));
    expect(found.map((f) => f.id)).toEqual(['planMissing:nesdp12', 'planWrongYear:nesdp13']);
  });
});
