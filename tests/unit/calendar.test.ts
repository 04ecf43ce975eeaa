import { describe, expect, it } from 'vitest';
import {
  type Quarter,
  addDays,
  daysBetween,
  deadlineOf,
  fiscalYearOf,
  fiscalYearRange,
  isQuarter,
  localDate,
  nextQuarter,
  previousQuarter,
  quarterOf,
  quarterRange,
  reportingPeriod,
} from '@/utils/calendar';
import { DEFAULT_PROFILE } from '@/utils/profile/default';

/** [year, month (1–12), day] of the local calendar day. */
const ymd = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate()];
const D = localDate;

describe('fiscalYearOf', () => {
  it.each([
    [2024, 9, 30, 2567],
    [2024, 10, 1, 2568],
    [2020, 9, 30, 2563],
    [2020, 10, 1, 2564],
    [2021, 9, 30, 2564],
    [2021, 10, 1, 2565],
    [2000, 9, 30, 2543],
    [2000, 10, 1, 2544],
    [2025, 1, 1, 2568],
    [2025, 12, 31, 2569],
    [2024, 2, 29, 2567],
  ])('%i-%i-%i is in FY%i', (y, m, d, fy) => {
    expect(fiscalYearOf(D(y, m, d))).toBe(fy);
  });

  it('reads the local day, not the time of day', () => {
    expect(fiscalYearOf(new Date(2024, 8, 30, 23, 59, 59, 999))).toBe(2567);
    expect(fiscalYearOf(new Date(2024, 9, 1, 0, 0, 0, 1))).toBe(2568);
  });
});

describe('quarterOf', () => {
  it.each([
    [2024, 10, 1, 2568, 1],
    [2024, 12, 31, 2568, 1],
    [2025, 1, 1, 2568, 2],
    [2025, 3, 31, 2568, 2],
    [2025, 4, 1, 2568, 3],
    [2025, 6, 30, 2568, 3],
    [2025, 7, 1, 2568, 4],
    [2025, 9, 30, 2568, 4],
    [2025, 10, 1, 2569, 1],
    [2020, 12, 31, 2564, 1],
    [2021, 1, 1, 2564, 2],
  ])('%i-%i-%i is FY%i Q%i', (y, m, d, fiscalYear, quarter) => {
    expect(quarterOf(D(y, m, d))).toEqual({ fiscalYear, quarter });
  });

  it('maps every month to its quarter', () => {
    const byMonth = Array.from({ length: 12 }, (_, i) => quarterOf(D(2023, i + 1, 15)).quarter);
    expect(byMonth).toEqual([2, 2, 2, 3, 3, 3, 4, 4, 4, 1, 1, 1]);
  });
});

describe('quarterRange', () => {
  it.each([
    [1, [2020, 10, 1], [2020, 12, 31]],
    [2, [2021, 1, 1], [2021, 3, 31]],
    [3, [2021, 4, 1], [2021, 6, 30]],
    [4, [2021, 7, 1], [2021, 9, 30]],
  ] as const)('FY2564 Q%i', (q, start, end) => {
    const r = quarterRange(2564, q);
    expect(ymd(r.start)).toEqual(start);
    expect(ymd(r.end)).toEqual(end);
  });

  it('starts at local midnight', () => {
    const { start, end } = quarterRange(2568, 2);
    expect([start.getHours(), start.getMinutes(), end.getHours()]).toEqual([0, 0, 0]);
  });

  it('tiles the years: consecutive quarters touch, and each range lies in its own quarter', () => {
    for (let fy = 2540; fy <= 2580; fy++) {
      for (const q of [1, 2, 3, 4] as Quarter[]) {
        const { start, end } = quarterRange(fy, q);
        expect(quarterOf(start)).toEqual({ fiscalYear: fy, quarter: q });
        expect(quarterOf(end)).toEqual({ fiscalYear: fy, quarter: q });
        const next = nextQuarter({ fiscalYear: fy, quarter: q });
        expect(ymd(addDays(end, 1))).toEqual(ymd(quarterRange(next.fiscalYear, next.quarter).start));
      }
    }
  });

  it('rejects a Christian-era year, quarters outside 1–4 and fractions', () => {
    expect(() => quarterRange(2021, 1)).toThrow(RangeError);
    expect(() => quarterRange(2564, 5 as Quarter)).toThrow(RangeError);
    expect(() => quarterRange(2564, 0 as Quarter)).toThrow(RangeError);
    expect(() => quarterRange(2564.5, 1)).toThrow(RangeError);
  });

  it('fiscalYearRange covers 1 Oct – 30 Sep of the year before and the year itself', () => {
    const r = fiscalYearRange(2568);
    expect(ymd(r.start)).toEqual([2024, 10, 1]);
    expect(ymd(r.end)).toEqual([2025, 9, 30]);
    expect(daysBetween(r.start, r.end)).toBe(364);
    expect(daysBetween(fiscalYearRange(2567).start, fiscalYearRange(2567).end)).toBe(365); // leap
  });
});

describe('previousQuarter / nextQuarter / isQuarter', () => {
  it('wraps across fiscal years', () => {
    expect(previousQuarter({ fiscalYear: 2568, quarter: 1 })).toEqual({ fiscalYear: 2567, quarter: 4 });
    expect(previousQuarter({ fiscalYear: 2568, quarter: 3 })).toEqual({ fiscalYear: 2568, quarter: 2 });
    expect(nextQuarter({ fiscalYear: 2567, quarter: 4 })).toEqual({ fiscalYear: 2568, quarter: 1 });
    expect(nextQuarter({ fiscalYear: 2567, quarter: 2 })).toEqual({ fiscalYear: 2567, quarter: 3 });
  });
  it('isQuarter accepts only 1–4', () => {
    expect([1, 2, 3, 4].every(isQuarter)).toBe(true);
    expect([0, 5, 2.5, '2', null].some(isQuarter)).toBe(false);
  });
});

describe('deadlineOf', () => {
  it('defaults to 10 days after the quarter ends', () => {
    expect(ymd(deadlineOf(2564, 2).deadline)).toEqual([2021, 4, 10]);
    expect(ymd(deadlineOf(2568, 1).deadline)).toEqual([2025, 1, 10]);
    expect(ymd(deadlineOf(2568, 3).deadline)).toEqual([2025, 7, 10]);
  });
  it('puts the Q4 deadline in October, i.e. in the next fiscal year', () => {
    const { deadline } = deadlineOf(2568, 4);
    expect(ymd(deadline)).toEqual([2025, 10, 10]);
    expect(fiscalYearOf(deadline)).toBe(2569);
  });
  it('uses a custom deadline day', () => {
    expect(ymd(deadlineOf(2564, 2, { deadlineDay: 15 }).deadline)).toEqual([2021, 4, 15]);
    expect(ymd(deadlineOf(2564, 2, { deadlineDay: 45 }).deadline)).toEqual([2021, 5, 15]);
    expect(ymd(deadlineOf(2564, 2, { deadlineDay: 0 }).deadline)).toEqual([2021, 3, 31]);
  });
  it('adds the internal deadline only when set; 0 = the quarter’s last day', () => {
    expect(deadlineOf(2564, 2).internalDeadline).toBeUndefined();
    expect(ymd(deadlineOf(2564, 2, { internalDeadlineDay: 0 }).internalDeadline!)).toEqual([2021, 3, 31]);
    const both = deadlineOf(2564, 1, { deadlineDay: 15, internalDeadlineDay: 5 });
    expect(ymd(both.internalDeadline!)).toEqual([2021, 1, 5]);
    expect(ymd(both.deadline)).toEqual([2021, 1, 15]);
  });
  it('accepts the profile’s calendar settings', () => {
    expect(ymd(deadlineOf(2567, 2, DEFAULT_PROFILE.calendar).deadline)).toEqual([2024, 4, 10]);
  });
  it('rejects negative or fractional day counts', () => {
    expect(() => deadlineOf(2564, 2, { deadlineDay: -1 })).toThrow(RangeError);
    expect(() => deadlineOf(2564, 2, { deadlineDay: 1.5 })).toThrow(RangeError);
    expect(() => deadlineOf(2564, 2, { internalDeadlineDay: -3 })).toThrow(RangeError);
  });
});

describe('reportingPeriod', () => {
  it('in October reports Q4 of the PREVIOUS fiscal year', () => {
    const today = D(2024, 10, 5);
    const p = reportingPeriod(today);
    expect(fiscalYearOf(today)).toBe(2568);
    expect(p).toMatchObject({ fiscalYear: 2567, quarter: 4, daysLeft: 5, daysLeftTo: 'official', inWindow: true });
    expect(ymd(p.start)).toEqual([2024, 7, 1]);
    expect(ymd(p.end)).toEqual([2024, 9, 30]);
    expect(ymd(p.deadline)).toEqual([2024, 10, 10]);
    expect(p.internalDeadline).toBeUndefined();
  });

  it('on 1 Oct and 31 Dec still reports Q4 of the previous year', () => {
    expect(reportingPeriod(D(2024, 10, 1))).toMatchObject({ fiscalYear: 2567, quarter: 4, daysLeft: 9 });
    expect(reportingPeriod(D(2024, 12, 31))).toMatchObject({ fiscalYear: 2567, quarter: 4, inWindow: false });
  });

  it('switches on the day after a quarter ends, not on its last day', () => {
    expect(reportingPeriod(D(2025, 1, 1))).toMatchObject({ fiscalYear: 2568, quarter: 1, daysLeft: 9 });
    expect(reportingPeriod(D(2024, 9, 30))).toMatchObject({ fiscalYear: 2567, quarter: 3, daysLeft: -82, inWindow: false });
    expect(reportingPeriod(D(2021, 3, 31))).toMatchObject({ fiscalYear: 2564, quarter: 1, daysLeft: -80 });
    expect(reportingPeriod(D(2021, 4, 1))).toMatchObject({ fiscalYear: 2564, quarter: 2, daysLeft: 9 });
    expect(reportingPeriod(D(2021, 7, 1))).toMatchObject({ fiscalYear: 2564, quarter: 3 });
  });

  it('counts down to the deadline day (0 on the day, negative when overdue)', () => {
    expect(reportingPeriod(D(2021, 4, 10))).toMatchObject({ daysLeft: 0, inWindow: true });
    expect(reportingPeriod(D(2021, 4, 11))).toMatchObject({ daysLeft: -1, inWindow: false });
    expect(reportingPeriod(D(2021, 5, 1))).toMatchObject({ daysLeft: -21, inWindow: false });
  });

  it('uses a custom deadline day', () => {
    expect(reportingPeriod(D(2021, 4, 12), { deadlineDay: 15 })).toMatchObject({ daysLeft: 3, inWindow: true });
    expect(reportingPeriod(D(2021, 4, 16), { deadlineDay: 15 })).toMatchObject({ daysLeft: -1, inWindow: false });
  });

  it('counts to the internal deadline while it is ahead, then to the official one', () => {
    const s = { internalDeadlineDay: 5 };
    expect(reportingPeriod(D(2021, 4, 2), s)).toMatchObject({ daysLeft: 3, daysLeftTo: 'internal', inWindow: true });
    expect(reportingPeriod(D(2021, 4, 5), s)).toMatchObject({ daysLeft: 0, daysLeftTo: 'internal' });
    expect(reportingPeriod(D(2021, 4, 7), s)).toMatchObject({ daysLeft: 3, daysLeftTo: 'official', inWindow: true });
    expect(reportingPeriod(D(2021, 4, 12), s)).toMatchObject({ daysLeft: -2, daysLeftTo: 'official', inWindow: false });
  });

  it('with internal day 0 the internal deadline (31 Mar) is already past in the reporting period', () => {
    const p = reportingPeriod(D(2021, 4, 1), { internalDeadlineDay: 0 });
    expect(ymd(p.internalDeadline!)).toEqual([2021, 3, 31]);
    expect(p).toMatchObject({ quarter: 2, daysLeft: 9, daysLeftTo: 'official', inWindow: true });
  });

  it('ignores the time of day of `today`', () => {
    expect(reportingPeriod(new Date(2021, 3, 10, 23, 59))).toMatchObject({ daysLeft: 0, inWindow: true });
    expect(reportingPeriod(new Date(2021, 3, 11, 0, 0, 1))).toMatchObject({ daysLeft: -1, inWindow: false });
  });

  it('every day of a year: the period is the quarter just before today’s quarter', () => {
    for (let t = D(2023, 10, 1); t <= D(2024, 9, 30); t = addDays(t, 1)) {
      const p = reportingPeriod(t);
      expect(nextQuarter(p)).toEqual(quarterOf(t));
      expect(daysBetween(p.end, t)).toBeGreaterThan(0);
      expect(p.inWindow).toBe(daysBetween(t, p.deadline) >= 0);
    }
  });
});
