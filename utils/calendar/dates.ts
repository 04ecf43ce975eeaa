/**
 * Local calendar-date primitives.
 *
 * A "calendar date" here is a Date at LOCAL midnight. Only the local year/month/day parts are
 * ever read (getFullYear/getMonth/getDate), and day differences are computed from those parts
 * through Date.UTC, so neither the machine's timezone nor DST changes which day a date is or how
 * many days lie between two dates. A Date carrying a time of day is treated as its local day.
 */

const MS_PER_DAY = 86_400_000;

/** Local midnight of `year` (CE), `month` (1–12), `day`. Out-of-range parts roll over like Date does. */
export function localDate(year: number, month: number, day: number): Date {
  const d = new Date(year, month - 1, day);
  // new Date(y, …) maps 0–99 to 1900–1999; undo that for completeness.
  if (year >= 0 && year < 100) d.setFullYear(year);
  return d;
}

/** The local calendar day of `d` at local midnight (drops the time of day). */
export function toLocalDate(d: Date): Date {
  return localDate(d.getFullYear(), d.getMonth() + 1, d.getDate());
}

/** Gregorian leap year, computed on the Christian-era year. */
export function isLeapYearCE(ceYear: number): boolean {
  return (ceYear % 4 === 0 && ceYear % 100 !== 0) || ceYear % 400 === 0;
}

/** Leap year for a Buddhist-era year: BE 2567 (= 2024) is leap, BE 2566 is not. */
export function isLeapYearBE(beYear: number): boolean {
  return isLeapYearCE(beYear - 543);
}

/** Number of days in `month` (1–12) of Christian-era `ceYear`. */
export function daysInMonth(ceYear: number, month: number): number {
  if (month === 2) return isLeapYearCE(ceYear) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** Whether year (CE) / month (1–12) / day is a real date (no 31 Apr, no 29 Feb in common years). */
export function isValidCalendarDate(ceYear: number, month: number, day: number): boolean {
  return (
    Number.isInteger(ceYear) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(ceYear, month)
  );
}

/** `d` moved by `days` calendar days (local midnight). */
export function addDays(d: Date, days: number): Date {
  return localDate(d.getFullYear(), d.getMonth() + 1, d.getDate() + days);
}

function dayNumber(d: Date): number {
  return Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / MS_PER_DAY;
}

/** Whole calendar days from `from` to `to` (positive when `to` is later), ignoring time of day. */
export function daysBetween(from: Date, to: Date): number {
  return Math.round(dayNumber(to) - dayNumber(from));
}

/** Same local calendar day. */
export function sameDay(a: Date, b: Date): boolean {
  return daysBetween(a, b) === 0;
}

/** Negative when `a` is an earlier calendar day than `b`, 0 on the same day, positive when later. */
export function compareDates(a: Date, b: Date): number {
  return daysBetween(b, a);
}
