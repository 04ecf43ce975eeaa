import { describe, expect, it, afterEach } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeLook, BADGE_COLORS, BADGE_TEXT_COLOR } from '@/utils/badge';
import { currentPeriod, deadlineSoon, deadlineState, deadlineStatus, knownUnreported, reportableQuarters, savedReportsIn } from '@/utils/deadline';
import { DeadlineNote, deadlineText } from '@/components/DeadlineNote';
import { localDate, reportingPeriod } from '@/utils/calendar';
import { setLang } from '@/utils/i18n';
import { KEYS } from '@/utils/settings';

const std = { deadlineDay: 10, internalDeadlineDay: null };
const asStatus = (d: Date, c: { deadlineDay: number; internalDeadlineDay?: number }) =>
  deadlineStatus({ deadlineDay: c.deadlineDay, internalDeadlineDay: c.internalDeadlineDay ?? null }, d, [{ '2569-Q3': 1, '2570-Q1': 1 }])!;

const soonIn = (daysLeft: number) => ({ daysLeft, overdue: false });

describe('badgeLook', () => {
  it('keeps the usual colours away from the deadline', () => {
    expect(badgeLook(2, 1, soonIn(20))).toEqual({ text: '3', color: BADGE_COLORS.error });
    expect(badgeLook(0, 2, soonIn(20))).toEqual({ text: '2', color: BADGE_COLORS.warning });
    expect(badgeLook(0, 0, soonIn(2)).text).toBe('');
    expect(badgeLook(1500, 0).text).toBe('999');
  });

  it('turns deadline orange with "!" in the last 3 days and when overdue, even for errors', () => {
    for (const d of [0, 1, 2, 3]) expect(badgeLook(2, 0, soonIn(d))).toEqual({ text: '2!', color: '#9a3412' });
    expect(badgeLook(0, 1, soonIn(4))).toEqual({ text: '1', color: BADGE_COLORS.warning });
    expect(badgeLook(1, 0, { daysLeft: -56, overdue: true })).toEqual({ text: '1!', color: BADGE_COLORS.deadline });
  });

  it('every badge colour has at least 4.5:1 contrast with its white text', () => {
    const lum = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    for (const c of Object.values(BADGE_COLORS)) expect((lum(BADGE_TEXT_COLOR) + 0.05) / (lum(c) + 0.05)).toBeGreaterThanOrEqual(4.5);
  });

  it('deadlineSoon / deadlineState', () => {
    expect([undefined, -1, 0, 3, 4].map(deadlineSoon)).toEqual([false, false, true, true, false]);
    expect([-2, 0, 2, 9].map(deadlineState)).toEqual(['overdue', 'today', 'soon', 'ok']);
  });
});

describe('currentPeriod', () => {
  it('is Q4 of the previous fiscal year in October', () => {
    const p = currentPeriod(std, localDate(2026, 10, 7))!;
    expect([p.quarter, p.fiscalYear, p.daysLeft]).toEqual([4, 2569, 3]);
  });
  it('never throws on bad settings', () => {
    expect(currentPeriod({ deadlineDay: -1, internalDeadlineDay: null }, localDate(2026, 10, 7))).toBeNull();
    expect(deadlineStatus({ deadlineDay: -1, internalDeadlineDay: null }, localDate(2026, 10, 7))).toBeNull();
  });
});

/**
 * The oracle, written independently of utils/deadline.ts: list every deadline of the quarters
 * around `day` (official = quarter end + deadlineDay; internal = quarter end + internalDeadlineDay),
 * and take the earliest on or after `day` (internal first on a tie).
 */
function expectedNext(day: Date, deadlineDay: number, internal: number | null) {
  const all: { fy: number; q: number; kind: 'official' | 'internal'; date: Date }[] = [];
  for (let fy = 2568; fy <= 2572; fy++) {
    for (let q = 1; q <= 4; q++) {
      const ce = fy - 543;
      // quarter ends: Q1 31 Dec (ce-1), Q2 31 Mar, Q3 30 Jun, Q4 30 Sep
      const end = [localDate(ce - 1, 12, 31), localDate(ce, 3, 31), localDate(ce, 6, 30), localDate(ce, 9, 30)][q - 1]!;
      const plus = (n: number) => new Date(end.getFullYear(), end.getMonth(), end.getDate() + n);
      if (internal !== null) all.push({ fy, q, kind: 'internal', date: plus(internal) });
      all.push({ fy, q, kind: 'official', date: plus(deadlineDay) });
    }
  }
  const ahead = all.filter((d) => d.date >= day).sort((a, b) => +a.date - +b.date || (a.kind === 'internal' ? -1 : 1));
  const next = ahead[0]!;
  return { quarter: next.q, fiscalYear: next.fy, daysLeftTo: next.kind, daysLeft: Math.round((+next.date - +day) / 86_400_000) };
}

describe('deadlineStatus: every day of fiscal year 2570 and around it', () => {
  const settingsCases: [number, number | null][] = [[10, null], [10, 0], [10, 5], [15, 3], [30, 30], [1, null]];
  for (const [deadlineDay, internal] of settingsCases) {
    it(`deadline day ${deadlineDay}, internal ${internal ?? 'none'}: the next deadline not yet passed, never overdue unasked`, () => {
      // 20 Sep 2026 (before FY2570 starts) to 15 Oct 2027 (after it ends): every quarter end and deadline
      for (let d = localDate(2026, 9, 20); d <= localDate(2027, 10, 15); d = new Date(d.getFullYear(), d.getMonth(), d.getDate() + 1)) {
        const got = deadlineStatus({ deadlineDay, internalDeadlineDay: internal }, d)!;
        const want = expectedNext(d, deadlineDay, internal);
        const where = `${d.toDateString()}`;
        expect({ quarter: got.quarter, fiscalYear: got.fiscalYear, daysLeftTo: got.daysLeftTo, daysLeft: got.daysLeft }, where).toEqual(want);
        expect(got.overdue, where).toBe(false);
        expect(got.daysLeft, where).toBeGreaterThanOrEqual(0);
        // the quarter shown is the last-ended or the running one
        const shown = { fiscalYear: got.fiscalYear, quarter: got.quarter };
        expect(reportableQuarters(d), where).toContainEqual(shown);
      }
    });
  }

  it('around each quarter end (deadline day 10): last day of the quarter, the day after, the deadline, the day after it', () => {
    const at = (y: number, m: number, day: number) => deadlineStatus(std, localDate(y, m, day))!;
    const brief = (s: ReturnType<typeof at>) => [s.quarter, s.fiscalYear, s.daysLeft];
    // Q1 FY2570 ends 31 Dec 2026; Q4 FY2569's deadline (10 Oct) is long past, so Q1's 10 Jan is next
    expect(brief(at(2026, 12, 31))).toEqual([1, 2570, 10]);
    expect(brief(at(2027, 1, 1))).toEqual([1, 2570, 9]);
    expect(brief(at(2027, 1, 10))).toEqual([1, 2570, 0]);
    // the day after Q1's deadline: Q2's deadline, 10 Apr 2027
    expect(brief(at(2027, 1, 11))).toEqual([2, 2570, 89]);
    expect(brief(at(2027, 3, 31))).toEqual([2, 2570, 10]);
    expect(brief(at(2027, 4, 11))).toEqual([3, 2570, 90]);
    expect(brief(at(2027, 7, 10))).toEqual([3, 2570, 0]);
    expect(brief(at(2027, 7, 11))).toEqual([4, 2570, 91]);
    expect(brief(at(2027, 10, 10))).toEqual([4, 2570, 0]);
    expect(brief(at(2027, 10, 11))).toEqual([1, 2571, 91]);
  });

  it('5 Dec 2026: Q1 FY2570 due 10 Jan 2570, 36 days left (not "56 days overdue")', () => {
    const s = deadlineStatus(std, localDate(2026, 12, 5))!;
    expect(s).toMatchObject({ quarter: 1, fiscalYear: 2570, daysLeft: 36, overdue: false });
    expect(deadlineText(s)).toBe('รายงานไตรมาสที่ 1 ปีงบประมาณ 2570 · ครบกำหนด 10 ม.ค. 2570 · เหลือ 36 วัน');
  });

  it('"overdue" only when a passed deadline’s quarter is known unreported', () => {
    const day = localDate(2026, 12, 5);
    // a project reported Q3 FY2569 and not Q4: Q4's 10 Oct deadline has passed unreported
    const late = deadlineStatus(std, day, [{ '2569-Q3': 40 }])!;
    expect(late).toMatchObject({ quarter: 4, fiscalYear: 2569, daysLeft: -56, overdue: true });
    expect(deadlineText(late)).toBe('รายงานไตรมาสที่ 4 ปีงบประมาณ 2569 · ครบกำหนด 10 ต.ค. 2569 · เลยกำหนดมาแล้ว 56 วัน');
    // reported: the next deadline
    expect(deadlineStatus(std, day, [{ '2569-Q3': 40, '2569-Q4': 60 }])).toMatchObject({ quarter: 1, fiscalYear: 2570, overdue: false });
    // a project with no earlier report tells nothing
    expect(deadlineStatus(std, day, [{ '2570-Q1': 10 }])).toMatchObject({ quarter: 1, overdue: false });
    expect(deadlineStatus(std, day, [])).toMatchObject({ quarter: 1, overdue: false });
    // before the deadline nobody is late, whatever was saved
    expect(deadlineStatus(std, localDate(2026, 10, 9), [{ '2569-Q3': 40 }])).toMatchObject({ quarter: 4, daysLeft: 1, overdue: false });
    // Q1 of the next fiscal year after Q4 is recognised across the year boundary
    expect(knownUnreported({ fiscalYear: 2570, quarter: 1 }, [{ '2569-Q4': 80 }])).toBe(true);
    expect(savedReportsIn({ 'progress:abc': { '2569-Q4': 80 }, settings: { deadlineDay: 10 } })).toEqual([{ '2569-Q4': 80 }]);
  });
});

describe('DeadlineNote', () => {
  afterEach(() => setLang('th'));

  it('the Thai line of the brief', () => {
    const p = asStatus(localDate(2026, 10, 7), { deadlineDay: 10 });
    expect(deadlineText(p)).toBe('รายงานไตรมาสที่ 4 ปีงบประมาณ 2569 · ครบกำหนด 10 ต.ค. 2569 · เหลือ 3 วัน');
  });

  it('overdue, due today, and the province’s earlier deadline', () => {
    expect(deadlineText(asStatus(localDate(2026, 10, 15), { deadlineDay: 10 }))).toBe(
      'รายงานไตรมาสที่ 4 ปีงบประมาณ 2569 · ครบกำหนด 10 ต.ค. 2569 · เลยกำหนดมาแล้ว 5 วัน',
    );
    expect(deadlineText(asStatus(localDate(2027, 1, 10), { deadlineDay: 10 }))).toBe(
      'รายงานไตรมาสที่ 1 ปีงบประมาณ 2570 · ครบกำหนด 10 ม.ค. 2570 · ครบกำหนดวันนี้',
    );
    expect(deadlineText(asStatus(localDate(2027, 1, 2), { deadlineDay: 10, internalDeadlineDay: 5 }))).toBe(
      'รายงานไตรมาสที่ 1 ปีงบประมาณ 2570 · กำหนดส่งของจังหวัด 5 ม.ค. 2570 · ครบกำหนด 10 ม.ค. 2570 · เหลือ 3 วัน (ถึงกำหนดของจังหวัด)',
    );
  });

  it('English', () => {
    setLang('en');
    expect(deadlineText(asStatus(localDate(2026, 10, 7), { deadlineDay: 10 }))).toBe(
      'Reporting Q4 of fiscal year 2569 · due 10 Oct 2569 BE · 3 days left',
    );
  });

  it('renders from stored settings, with its state for styling', async () => {
    await fakeBrowser.storage.local.set({ [KEYS.settings]: { deadlineDay: 12 } });
    const host = document.createElement('div');
    await act(async () => {
      render(<DeadlineNote today={localDate(2026, 10, 10)} />, host);
    });
    await act(async () => {
      await new Promise((r) => setTimeout(r, 0));
    });
    const p = host.querySelector('[data-testid="deadline-note"]')!;
    expect(p.textContent).toContain('ครบกำหนด 12 ต.ค. 2569 · เหลือ 2 วัน');
    expect(p.getAttribute('data-state')).toBe('soon');
    render(null, host);
  });
});
