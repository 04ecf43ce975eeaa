/**
 * The calendar must give the same days whatever the machine's timezone, including zones far
 * from UTC and zones whose DST switch skips local midnight (the Date for that day is 01:00).
 * Node honours a runtime change of process.env.TZ; the first test proves the pool does, so
 * none of these can pass vacuously.
 */
import { afterEach, describe, expect, it } from 'vitest';
import {
  addDays,
  daysBetween,
  fiscalYearOf,
  formatThaiDate,
  localDate,
  parseThaiDate,
  quarterOf,
  quarterRange,
  reportingPeriod,
} from '@/utils/calendar';

const ymd = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate()];
const originalTz = process.env.TZ;

function setTz(tz: string | undefined) {
  if (tz === undefined) delete process.env.TZ;
  else process.env.TZ = tz;
}

const canSwitch = (() => {
  setTz('Pacific/Kiritimati');
  const ok = new Date(2024, 0, 1).getTimezoneOffset() === -14 * 60;
  setTz(originalTz);
  return ok;
})();

describe('timezone independence', () => {
  afterEach(() => setTz(originalTz));

  it('the test pool can switch the timezone at run time', () => {
    expect(canSwitch).toBe(true);
  });

  it.each([
    ['Pacific/Kiritimati', -840],
    ['Pacific/Pago_Pago', 660],
    ['Asia/Bangkok', -420],
    ['America/Santiago', 180],
  ])('%s: same fiscal days, deadlines and parsing', (tz, januaryOffset) => {
    setTz(tz);
    expect(new Date(2024, 0, 1).getTimezoneOffset()).toBe(januaryOffset);

    expect(fiscalYearOf(localDate(2024, 9, 30))).toBe(2567);
    expect(fiscalYearOf(localDate(2024, 10, 1))).toBe(2568);
    expect(quarterOf(localDate(2025, 3, 31))).toEqual({ fiscalYear: 2568, quarter: 2 });
    expect(ymd(quarterRange(2568, 1).end)).toEqual([2024, 12, 31]);
    expect(reportingPeriod(localDate(2024, 10, 5))).toMatchObject({ fiscalYear: 2567, quarter: 4, daysLeft: 5 });
    expect(ymd(parseThaiDate('๒๕ มีนาคม ๒๕๖๔')!)).toEqual([2021, 3, 25]);
    expect(formatThaiDate(localDate(2024, 2, 29), { style: 'numeric' })).toBe('29/02/2567');
  });

  it('survives a DST switch at midnight (Santiago, 8 Sep 2024; São Paulo, 4 Nov 2018)', () => {
    setTz('America/Santiago');
    const sep8 = localDate(2024, 9, 8);
    expect(ymd(sep8)).toEqual([2024, 9, 8]);
    expect(daysBetween(localDate(2024, 9, 7), localDate(2024, 9, 9))).toBe(2);
    expect(ymd(addDays(localDate(2024, 9, 7), 1))).toEqual([2024, 9, 8]);
    expect(ymd(parseThaiDate('8/9/2567')!)).toEqual([2024, 9, 8]);
    expect(reportingPeriod(localDate(2024, 9, 8))).toMatchObject({ quarter: 3, daysLeft: -60 });

    setTz('America/Sao_Paulo');
    expect(daysBetween(localDate(2018, 11, 3), localDate(2018, 11, 5))).toBe(2);
    expect(formatThaiDate(localDate(2018, 11, 4))).toBe('4 พฤศจิกายน 2561');
  });
});
