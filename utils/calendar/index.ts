/**
 * Thai calendar for eMENSCR: fiscal years and quarters, report deadlines, Buddhist/Christian
 * era, and parsing/formatting dates as Thai staff write them. Pure: no DOM, no browser APIs.
 *
 * Dates are LOCAL calendar dates (Date at local midnight); only their local y/m/d parts are read.
 */

export {
  addDays,
  compareDates,
  daysBetween,
  daysInMonth,
  isLeapYearBE,
  isLeapYearCE,
  isValidCalendarDate,
  localDate,
  sameDay,
  toLocalDate,
} from './dates';

export {
  BE_OFFSET,
  type Era,
  type EraGuess,
  beToCe,
  ceToBe,
  expandShortBeYear,
  guessEra,
  isProbablyBeForCe,
  isProbablyCeForBe,
  toBuddhistYear,
} from './era';

export {
  type CalendarSettings,
  type DateRange,
  type DeadlineKind,
  type FiscalQuarter,
  type Quarter,
  type QuarterDeadlines,
  type ReportingPeriod,
  DEFAULT_DEADLINE_DAY,
  deadlineOf,
  fiscalYearOf,
  fiscalYearRange,
  isQuarter,
  nextQuarter,
  previousQuarter,
  quarterOf,
  quarterRange,
  reportingPeriod,
} from './fiscal';

export { THAI_MONTHS, THAI_MONTHS_SHORT, monthFromName, monthsInText } from './months';

export {
  type ParsedThaiDate,
  parseFiscalYear,
  parseQuarter,
  parseThaiDate,
  parseThaiDateDetailed,
} from './parse';

export {
  type DigitStyle,
  type FormatThaiDateOptions,
  type ThaiDateStyle,
  formatThaiDate,
  quarterLabel,
  toThaiDigits,
} from './format';
