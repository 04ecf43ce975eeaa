/**
 * Parsing dates, quarters and fiscal years as staff type or paste them.
 *
 * Everything is normalised first (NFC, zero-width characters removed, Thai digits → Arabic,
 * whitespace collapsed), so "๒๕ มีนาคม ๒๕๖๔" and "25 มีนาคม 2564" parse alike.
 */

import { cleanText } from '@/utils/text';
import { isValidCalendarDate, localDate } from './dates';
import { type Era, ceToBe, guessEra } from './era';
import type { Quarter } from './fiscal';
import { monthFromName, monthsInText } from './months';

export interface ParsedThaiDate {
  /** local midnight of the date */
  date: Date;
  /** the year as typed (2564, 64, 2021) */
  typedYear: number;
  /** the era the typed year was read in */
  era: Era;
  /** the era was written out ("พ.ศ." / "ค.ศ.") rather than guessed from the number */
  eraExplicit: boolean;
  /** the year was typed with two digits */
  shortYear: boolean;
}

const WEEKDAYS = 'จันทร์|อังคาร|พุธ|พฤหัสบดี|พฤหัส|ศุกร์|เสาร์|อาทิตย์';
/** "วันที่", "ณ วันที่", "วันพฤหัสบดีที่" at the start */
const DAY_PREFIX = new RegExp(`^(?:ณ\\s*)?วัน(?:${WEEKDAYS})?\\s*ที่\\s*`);
const BE_MARK = /พ\.?\s*ศ\.?/;
const CE_MARK = /ค\.?\s*ศ\.?/;
const BE_MARKS = new RegExp(BE_MARK.source, 'g');
const CE_MARKS = new RegExp(CE_MARK.source, 'g');

function normalise(s: string): string {
  return cleanText(s).toLowerCase();
}

/** Full CE year for the typed year digits, honouring an explicit era; null if impossible. */
function resolveYear(
  yearText: string,
  explicit: Era | null,
): { ce: number; era: Era; short: boolean } | null {
  const n = Number(yearText);
  const short = yearText.length === 2;
  if (explicit === 'CE') {
    if (short) return { ce: 2000 + n, era: 'CE', short };
    const g = guessEra(yearText);
    return g && g.era === 'CE' ? { ce: n, era: 'CE', short } : null;
  }
  const g = guessEra(yearText);
  if (!g) return null;
  if (explicit === 'BE' && g.era !== 'BE') return null; // "พ.ศ. 2021" contradicts itself
  return { ce: g.ce, era: g.era, short };
}

function build(
  day: number,
  month: number,
  yearText: string,
  explicit: Era | null,
): ParsedThaiDate | null {
  const y = resolveYear(yearText, explicit);
  if (!y || !isValidCalendarDate(y.ce, month, day)) return null;
  return {
    date: localDate(y.ce, month, day),
    typedYear: Number(yearText),
    era: y.era,
    eraExplicit: explicit !== null,
    shortYear: y.short,
  };
}

/**
 * Parses a date as typed, keeping how the year was written (for cross-field era checks).
 * Accepted (Thai or Arabic digits, extra spaces, zero-width characters, optional "วันที่" /
 * "วัน<weekday>ที่" / "เดือน" / "พ.ศ." / "ค.ศ." words):
 * - "25 มีนาคม 2564", "25 มี.ค. 64", "25 มีค 64", "25มี.ค.64", "25 มีนา 64", "25 March 2021",
 *   "March 25, 2021";
 * - day-first numbers "25/03/2564", "25/3/64", "25-03-2564", "25.03.2564" (one separator kind);
 * - ISO "2021-03-25", read as CE (a year ≥ 2400 there is taken as BE, as a Thai date picker emits).
 * Years: 4 digits by `guessEra` (≥ 2400 BE, 1900–2200 CE); 2 digits are short BE years (64 → 2564)
 * unless "ค.ศ." is written (then 21 → 2021). Impossible dates (31 Apr, 29 Feb of a common year,
 * leap years computed on the CE year) give null.
 */
export function parseThaiDateDetailed(input: string): ParsedThaiDate | null {
  if (typeof input !== 'string') return null;
  let s = normalise(input);
  if (!s) return null;

  let explicit: Era | null = null;
  const hasBe = BE_MARK.test(s);
  const hasCe = CE_MARK.test(s);
  if (hasBe && hasCe) return null;
  if (hasBe) explicit = 'BE';
  if (hasCe) explicit = 'CE';

  s = s
    .replace(DAY_PREFIX, '')
    .replace(BE_MARKS, ' ')
    .replace(CE_MARKS, ' ')
    .replace(/เดือน/g, ' ')
    .replace(/(\d)(?:st|nd|rd|th)\b/g, '$1')
    .replace(/,/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

  let m = /^(\d{4})\s*-\s*(\d{1,2})\s*-\s*(\d{1,2})$/.exec(s);
  if (m) return build(Number(m[3]), Number(m[2]), m[1]!, explicit);

  m = /^(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4}|\d{2})$/.exec(s);
  if (m) return build(Number(m[1]), Number(m[3]), m[4]!, explicit);

  m = /^(\d{1,2})\s*(\D+?)\s*(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const month = monthFromName(m[2]!);
    return month === null ? null : build(Number(m[1]), month, m[3]!, explicit);
  }

  m = /^([a-z]+\.?)\s*(\d{1,2})\s+(\d{4}|\d{2})$/.exec(s);
  if (m) {
    const month = monthFromName(m[1]!);
    return month === null ? null : build(Number(m[2]), month, m[3]!, explicit);
  }
  return null;
}

/** A typed date as local midnight, or null when it is not a recognisable, possible date. See `parseThaiDateDetailed`. */
export function parseThaiDate(input: string): Date | null {
  return parseThaiDateDetailed(input)?.date ?? null;
}

/** "รอบ 6 เดือน" style cumulative periods → quarter. */
const ROUND_MONTHS: Record<string, Quarter | undefined> = { '3': 1, '6': 2, '9': 3, '12': 4 };

/** Month range → quarter, when the text names exactly a quarter's first and last months. */
function quarterFromMonths(text: string): Quarter | null {
  const months = monthsInText(text);
  if (months.length !== 2) return null;
  const [a = 0, b = 0] = months;
  const byFirst: Record<number, Quarter | undefined> = { 10: 1, 1: 2, 4: 3, 7: 4 };
  const q = byFirst[a];
  return q !== undefined && b === ((a + 1) % 12) + 1 ? q : null;
}

/**
 * The quarter named by an option or cell text: "ไตรมาสที่ 2 (ม.ค. - มี.ค.)", "ไตรมาส ๒",
 * "ไตรมาสที่2", "Q2", "quarter 2", a bare "2", "รอบ 6 เดือน" (cumulative 3/6/9/12 months),
 * or just a quarter's month range "(ม.ค. - มี.ค.)". An explicit number wins over the month range.
 * Null for anything else (including "ไตรมาสที่ 5", "12", "").
 */
export function parseQuarter(text: string): Quarter | null {
  if (typeof text !== 'string') return null;
  const s = normalise(text);
  if (!s) return null;
  let m = /^([1-4])$/.exec(s);
  if (m) return Number(m[1]) as Quarter;
  m = /(?:ไตรมาส(?:ที่)?|quarter|(?<![a-z])q)\s*([0-9]+)(?!\s*[-–]\s*\d)/.exec(s);
  if (m) {
    const n = Number(m[1]);
    return n >= 1 && n <= 4 ? (n as Quarter) : null;
  }
  m = /รอบ\s*(\d{1,2})\s*เดือน/.exec(s);
  if (m) return ROUND_MONTHS[m[1]!] ?? null;
  return quarterFromMonths(s);
}

/**
 * The Buddhist-era fiscal year named by a text: "2568", "68", "ปีงบประมาณ พ.ศ. ๒๕๖๘",
 * "พ.ศ. 2568", "ปีงบ 68", "FY2568", "2568 (1 ต.ค. 67 - 30 ก.ย. 68)". The year right after a
 * fiscal-year or era word wins; otherwise the text must be, or start with, the year.
 * Two-digit years are short BE years; a CE year (2025, "FY2025", "ค.ศ. 2025") is converted to
 * BE (2568) — both name the fiscal year by the year in which it ends. Null when no year is found.
 */
export function parseFiscalYear(text: string): number | null {
  if (typeof text !== 'string') return null;
  const s = normalise(text);
  if (!s) return null;

  const anchored =
    /(?:ปีงบประมาณ|ปีงบฯ?|งบประมาณ|fy|ค\.?\s*ศ\.?|พ\.?\s*ศ\.?|ปี)\s*(?:พ\.?\s*ศ\.?|ค\.?\s*ศ\.?)?\s*(\d+)/.exec(s);
  const digits = anchored?.[1] ?? /^(\d+)(?=$|[\s(])/.exec(s)?.[1];
  if (!digits || (digits.length !== 2 && digits.length !== 4)) return null;

  const explicitCe = CE_MARK.test(s);
  if (explicitCe) {
    if (digits.length === 2) return ceToBe(2000 + Number(digits));
    const g = guessEra(digits);
    return g && g.era === 'CE' ? g.be : null;
  }
  return guessEra(digits)?.be ?? null;
}
