import { describe, expect, it } from 'vitest';
import {
  addDays,
  beToCe,
  ceToBe,
  compareDates,
  daysBetween,
  daysInMonth,
  guessEra,
  isLeapYearBE,
  isLeapYearCE,
  isProbablyBeForCe,
  isProbablyCeForBe,
  isValidCalendarDate,
  localDate,
  sameDay,
  toBuddhistYear,
  toLocalDate,
} from '@/utils/calendar';

const ymd = (d: Date) => [d.getFullYear(), d.getMonth() + 1, d.getDate()];

describe('ceToBe / beToCe', () => {
  it('differ by 543', () => {
    expect(ceToBe(2024)).toBe(2567);
    expect(beToCe(2567)).toBe(2024);
    expect(beToCe(ceToBe(2021))).toBe(2021);
  });
});

describe('guessEra', () => {
  it.each([
    [2567, 'BE', false, 2567, 2024],
    [2400, 'BE', false, 2400, 1857],
    [2024, 'CE', false, 2567, 2024],
    [1900, 'CE', false, 2443, 1900],
    [2200, 'CE', false, 2743, 2200],
    [64, 'BE', true, 2564, 2021],
    [99, 'BE', true, 2599, 2056],
    [10, 'BE', true, 2510, 1967],
  ])('%s → %s', (year, era, short, be, ce) => {
    expect(guessEra(year)).toEqual({ era, short, be, ce });
  });

  it('reads strings, Thai digits and leading zeros', () => {
    expect(guessEra('๒๕๖๗')).toEqual({ era: 'BE', short: false, be: 2567, ce: 2024 });
    expect(guessEra('๖๔')?.be).toBe(2564);
    expect(guessEra('06')).toEqual({ era: 'BE', short: true, be: 2506, ce: 1963 });
    expect(guessEra(' 2024 ')?.era).toBe('CE');
  });

  it.each([6, 564, 2201, 2399, 1899, 12345, -64, 25.5, '', 'abc', '25 64', '2564a'])(
    'cannot place %s',
    (y) => {
      expect(guessEra(y)).toBeNull();
    },
  );

  it('toBuddhistYear normalises any typed year', () => {
    expect(toBuddhistYear(2024)).toBe(2567);
    expect(toBuddhistYear(2567)).toBe(2567);
    expect(toBuddhistYear('๖๗')).toBe(2567);
    expect(toBuddhistYear('x')).toBeNull();
  });
});

describe('era mix-ups for cross-field rules', () => {
  it('CE typed where BE was expected', () => {
    expect(isProbablyCeForBe(2024, 2567)).toBe(true);
    expect(isProbablyCeForBe(2023, 2567)).toBe(true); // Oct–Dec of FY2567 fall in CE 2023
    expect(isProbablyCeForBe(2023, 2567, 0)).toBe(false);
    expect(isProbablyCeForBe(2024, 2567, 0)).toBe(true);
    expect(isProbablyCeForBe(2021, 2567)).toBe(false); // a CE year, but not near the expected one
    expect(isProbablyCeForBe(2567, 2567)).toBe(false); // correct
    expect(isProbablyCeForBe(67, 2567)).toBe(false); // short BE year, fine
  });

  it('BE typed where CE was expected', () => {
    expect(isProbablyBeForCe(2567, 2024)).toBe(true);
    expect(isProbablyBeForCe(2568, 2024)).toBe(true);
    expect(isProbablyBeForCe(2568, 2024, 0)).toBe(false);
    expect(isProbablyBeForCe(2024, 2024)).toBe(false);
    expect(isProbablyBeForCe(2575, 2024)).toBe(false);
    expect(isProbablyBeForCe(67, 2024)).toBe(false);
  });
});

describe('leap years and valid dates', () => {
  it('computes leap years on the CE year', () => {
    expect(isLeapYearBE(2567)).toBe(true); // 2024
    expect(isLeapYearBE(2566)).toBe(false); // 2023
    expect(isLeapYearBE(2543)).toBe(true); // 2000
    expect(isLeapYearBE(2443)).toBe(false); // 1900
    expect(isLeapYearCE(2100)).toBe(false);
    expect(isLeapYearCE(2024)).toBe(true);
    expect(isLeapYearCE(2567)).toBe(false); // 2567 read as CE would be a common year
  });

  it('knows month lengths', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInMonth(2024, 2)).toBe(29);
  });

  it('rejects impossible dates', () => {
    expect(isValidCalendarDate(2024, 2, 29)).toBe(true);
    expect(isValidCalendarDate(2023, 2, 29)).toBe(false);
    expect(isValidCalendarDate(2021, 4, 31)).toBe(false);
    expect(isValidCalendarDate(2021, 4, 30)).toBe(true);
    expect(isValidCalendarDate(2021, 13, 1)).toBe(false);
    expect(isValidCalendarDate(2021, 0, 1)).toBe(false);
    expect(isValidCalendarDate(2021, 1, 0)).toBe(false);
    expect(isValidCalendarDate(2021, 1, 1.5)).toBe(false);
  });
});

describe('local date arithmetic', () => {
  it('localDate / toLocalDate give local midnight of the day', () => {
    const d = toLocalDate(new Date(2024, 1, 29, 17, 45));
    expect(ymd(d)).toEqual([2024, 2, 29]);
    expect(d.getHours() + d.getMinutes()).toBe(0);
    expect(ymd(localDate(2024, 3, 0))).toEqual([2024, 2, 29]);
  });

  it('adds days across month, year and leap day', () => {
    expect(ymd(addDays(localDate(2024, 2, 28), 1))).toEqual([2024, 2, 29]);
    expect(ymd(addDays(localDate(2023, 2, 28), 1))).toEqual([2023, 3, 1]);
    expect(ymd(addDays(localDate(2024, 12, 31), 10))).toEqual([2025, 1, 10]);
    expect(ymd(addDays(localDate(2025, 1, 10), -10))).toEqual([2024, 12, 31]);
  });

  it('counts whole days, ignoring time of day', () => {
    expect(daysBetween(localDate(2024, 1, 1), localDate(2025, 1, 1))).toBe(366);
    expect(daysBetween(localDate(2023, 1, 1), localDate(2024, 1, 1))).toBe(365);
    expect(daysBetween(new Date(2024, 0, 1, 23, 0), new Date(2024, 0, 2, 1, 0))).toBe(1);
    expect(daysBetween(localDate(2024, 1, 2), localDate(2024, 1, 1))).toBe(-1);
    expect(sameDay(new Date(2024, 0, 1, 0, 0), new Date(2024, 0, 1, 23, 59))).toBe(true);
    expect(sameDay(localDate(2024, 1, 1), localDate(2024, 1, 2))).toBe(false);
    expect(compareDates(localDate(2024, 1, 1), localDate(2024, 1, 2))).toBeLessThan(0);
    expect(compareDates(localDate(2024, 1, 3), localDate(2024, 1, 2))).toBeGreaterThan(0);
    expect(compareDates(new Date(2024, 0, 2, 5), localDate(2024, 1, 2))).toBe(0);
  });
});
