/**
 * Thai government fiscal year, quarters and report deadlines.
 *
 * Fiscal year (ปีงบประมาณ) = 1 Oct – 30 Sep, named by the Buddhist-era year in which it ends:
 * FY2568 = 1 Oct 2567 – 30 Sep 2568 (= 1 Oct 2024 – 30 Sep 2025).
 * Q1 ต.ค.–ธ.ค. · Q2 ม.ค.–มี.ค. · Q3 เม.ย.–มิ.ย. · Q4 ก.ค.–ก.ย.
 *
 * All dates are local calendar dates (see ./dates.ts). Fiscal years are always Buddhist era.
 */

import { addDays, daysBetween, localDate, toLocalDate } from './dates';
import { BE_OFFSET } from './era';

export type Quarter = 1 | 2 | 3 | 4;

export interface FiscalQuarter {
  /** Buddhist-era fiscal year */
  fiscalYear: number;
  quarter: Quarter;
}

export interface DateRange {
  start: Date;
  end: Date;
}

export interface CalendarSettings {
  /** official deadline: this many days after the quarter's last day (default 10 ⇒ 10 Jan/Apr/Jul/Oct) */
  deadlineDay?: number;
  /**
   * the province's earlier internal deadline, in days after the quarter's last day;
   * 0 = the quarter's last day itself (circular 000 asks for 31 Mar for Q2). Unset = none.
   */
  internalDeadlineDay?: number;
}

export const DEFAULT_DEADLINE_DAY = 10;

export interface QuarterDeadlines {
  /** the official deadline */
  deadline: Date;
  /** the province's internal deadline, when one is set */
  internalDeadline?: Date;
}

export type DeadlineKind = 'official' | 'internal';

export interface ReportingPeriod extends FiscalQuarter, DateRange, QuarterDeadlines {
  /**
   * days from `today` to the earliest deadline that is still ahead (0 = due today); when every
   * deadline has passed, days to the official deadline, negative (−3 = three days overdue)
   */
  daysLeft: number;
  /** which deadline `daysLeft` counts to */
  daysLeftTo: DeadlineKind;
  /** today ≤ the official deadline: reports for this quarter are still on time */
  inWindow: boolean;
}

/** Throws unless `fiscalYear` is an integer Buddhist-era year (catches a CE year passed by mistake). */
function checkFiscalYear(fiscalYear: number): void {
  if (!Number.isInteger(fiscalYear) || fiscalYear < 2400 || fiscalYear > 9999) {
    throw new RangeError(`fiscal year must be a Buddhist-era year (2400–9999), got ${fiscalYear}`);
  }
}

function checkQuarter(quarter: number): asserts quarter is Quarter {
  if (quarter !== 1 && quarter !== 2 && quarter !== 3 && quarter !== 4) {
    throw new RangeError(`quarter must be 1–4, got ${quarter}`);
  }
}

function checkDays(name: string, days: number): void {
  if (!Number.isInteger(days) || days < 0) {
    throw new RangeError(`${name} must be a whole number of days ≥ 0, got ${days}`);
  }
}

/** Whether `q` is 1, 2, 3 or 4. */
export function isQuarter(q: unknown): q is Quarter {
  return q === 1 || q === 2 || q === 3 || q === 4;
}

/** The Buddhist-era fiscal year containing the local day of `date`: 30 Sep 2024 → 2567, 1 Oct 2024 → 2568. */
export function fiscalYearOf(date: Date): number {
  return date.getFullYear() + BE_OFFSET + (date.getMonth() >= 9 ? 1 : 0);
}

/** Fiscal year and quarter containing the local day of `date`. */
export function quarterOf(date: Date): FiscalQuarter {
  const m = date.getMonth(); // 0 = Jan
  const quarter = (Math.floor(((m + 3) % 12) / 3) + 1) as Quarter;
  return { fiscalYear: fiscalYearOf(date), quarter };
}

/** First and last day of a fiscal quarter. Throws RangeError for a non-BE year or a quarter outside 1–4. */
export function quarterRange(fiscalYear: number, quarter: Quarter): DateRange {
  checkFiscalYear(fiscalYear);
  checkQuarter(quarter);
  const ce = fiscalYear - BE_OFFSET; // CE year in which the fiscal year ends
  const year = quarter === 1 ? ce - 1 : ce;
  const firstMonth = quarter === 1 ? 10 : (quarter - 1) * 3 - 2; // Q2 → 1, Q3 → 4, Q4 → 7
  return {
    start: localDate(year, firstMonth, 1),
    end: localDate(year, firstMonth + 3, 0), // day 0 of the next month = last day of this one
  };
}

/** First and last day of a fiscal year: FY2568 → 1 Oct 2024 – 30 Sep 2025. */
export function fiscalYearRange(fiscalYear: number): DateRange {
  return { start: quarterRange(fiscalYear, 1).start, end: quarterRange(fiscalYear, 4).end };
}

/** The quarter before: Q1 FY2568 → Q4 FY2567. */
export function previousQuarter({ fiscalYear, quarter }: FiscalQuarter): FiscalQuarter {
  return quarter === 1
    ? { fiscalYear: fiscalYear - 1, quarter: 4 }
    : { fiscalYear, quarter: (quarter - 1) as Quarter };
}

/** The quarter after: Q4 FY2567 → Q1 FY2568. */
export function nextQuarter({ fiscalYear, quarter }: FiscalQuarter): FiscalQuarter {
  return quarter === 4
    ? { fiscalYear: fiscalYear + 1, quarter: 1 }
    : { fiscalYear, quarter: (quarter + 1) as Quarter };
}

/**
 * Deadlines of a quarter's report: official = `deadlineDay` (default 10) days after the quarter's
 * last day (Q2 FY2564 → 10 Apr 2021); internal = `internalDeadlineDay` days after it, when set
 * (0 = the last day itself). Throws RangeError on negative or fractional day counts.
 */
export function deadlineOf(
  fiscalYear: number,
  quarter: Quarter,
  settings: CalendarSettings = {},
): QuarterDeadlines {
  const deadlineDay = settings.deadlineDay ?? DEFAULT_DEADLINE_DAY;
  checkDays('deadlineDay', deadlineDay);
  const { end } = quarterRange(fiscalYear, quarter);
  const out: QuarterDeadlines = { deadline: addDays(end, deadlineDay) };
  if (settings.internalDeadlineDay !== undefined) {
    checkDays('internalDeadlineDay', settings.internalDeadlineDay);
    out.internalDeadline = addDays(end, settings.internalDeadlineDay);
  }
  return out;
}

/**
 * The quarter being reported on `today`, with its deadlines.
 *
 * Choice: the reporting period is the most recently ENDED quarter — a quarter's report describes
 * a finished quarter and is due after it ends. So from 1 Oct to 31 Dec the period is Q4 of the
 * PREVIOUS fiscal year (the classic mistake is to pick the current fiscal year in October), and on
 * a quarter's last day (e.g. 31 Mar) the period is still the quarter before it (Q1). An internal
 * deadline of 0 days therefore always lies in the past of the period returned here; callers that
 * want to accept early reports for the running quarter can use `quarterOf(today)` alongside.
 *
 * `daysLeft` counts to the earliest deadline still ahead (internal before official); once every
 * deadline has passed it is negative, counted to the official deadline. `inWindow` is
 * today ≤ official deadline. Only the local day of `today` matters, not its time.
 */
export function reportingPeriod(today: Date, settings: CalendarSettings = {}): ReportingPeriod {
  const day = toLocalDate(today);
  const { fiscalYear, quarter } = previousQuarter(quarterOf(day));
  const range = quarterRange(fiscalYear, quarter);
  const deadlines = deadlineOf(fiscalYear, quarter, settings);

  const official = { kind: 'official' as DeadlineKind, days: daysBetween(day, deadlines.deadline) };
  const candidates = [official];
  if (deadlines.internalDeadline) {
    candidates.push({ kind: 'internal', days: daysBetween(day, deadlines.internalDeadline) });
  }
  const ahead = candidates.filter((c) => c.days >= 0).sort((a, b) => a.days - b.days);
  const target = ahead[0] ?? official;

  return {
    fiscalYear,
    quarter,
    ...range,
    ...deadlines,
    daysLeft: target.days,
    daysLeftTo: target.kind,
    inWindow: official.days >= 0,
  };
}
