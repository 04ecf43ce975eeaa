import { describe, expect, it, afterEach } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { badgeLook, BADGE_COLORS } from '@/utils/badge';
import { currentPeriod, deadlineSoon, deadlineState } from '@/utils/deadline';
import { DeadlineNote, deadlineText } from '@/components/DeadlineNote';
import { localDate, reportingPeriod } from '@/utils/calendar';
import { setLang } from '@/utils/i18n';
import { KEYS } from '@/utils/settings';

const std = { deadlineDay: 10, internalDeadlineDay: null };

describe('badgeLook', () => {
  it('keeps the usual colours away from the deadline', () => {
    expect(badgeLook(2, 1, 20)).toEqual({ text: '3', color: BADGE_COLORS.error });
    expect(badgeLook(0, 2, 20)).toEqual({ text: '2', color: BADGE_COLORS.warning });
    expect(badgeLook(0, 0, 2).text).toBe('');
    expect(badgeLook(1500, 0).text).toBe('999');
    // overdue is not "soon": the popup says how late it is
    expect(badgeLook(1, 0, -1)).toEqual({ text: '1', color: BADGE_COLORS.error });
  });

  it('turns amber with "!" in the last 3 days, even for errors', () => {
    for (const d of [0, 1, 2, 3]) expect(badgeLook(2, 0, d)).toEqual({ text: '2!', color: '#d97706' });
    expect(badgeLook(0, 1, 4)).toEqual({ text: '1', color: BADGE_COLORS.warning });
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
  });
});

describe('DeadlineNote', () => {
  afterEach(() => setLang('th'));

  it('the Thai line of the brief', () => {
    const p = reportingPeriod(localDate(2026, 10, 7), { deadlineDay: 10 });
    expect(deadlineText(p)).toBe('รายงานไตรมาสที่ 4 ปีงบประมาณ 2569 · ครบกำหนด 10 ต.ค. 2569 · เหลือ 3 วัน');
  });

  it('overdue, due today, and the province’s earlier deadline', () => {
    expect(deadlineText(reportingPeriod(localDate(2026, 10, 15), { deadlineDay: 10 }))).toBe(
      'รายงานไตรมาสที่ 4 ปีงบประมาณ 2569 · ครบกำหนด 10 ต.ค. 2569 · เลยกำหนดมาแล้ว 5 วัน',
    );
    expect(deadlineText(reportingPeriod(localDate(2027, 1, 10), { deadlineDay: 10 }))).toBe(
      'รายงานไตรมาสที่ 1 ปีงบประมาณ 2570 · ครบกำหนด 10 ม.ค. 2570 · ครบกำหนดวันนี้',
    );
    expect(deadlineText(reportingPeriod(localDate(2027, 1, 2), { deadlineDay: 10, internalDeadlineDay: 5 }))).toBe(
      'รายงานไตรมาสที่ 1 ปีงบประมาณ 2570 · กำหนดส่งของจังหวัด 5 ม.ค. 2570 · ครบกำหนด 10 ม.ค. 2570 · เหลือ 3 วัน (ถึงกำหนดของจังหวัด)',
    );
  });

  it('English', () => {
    setLang('en');
    expect(deadlineText(reportingPeriod(localDate(2026, 10, 7), { deadlineDay: 10 }))).toBe(
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
