/**
 * Which report deadline to show and how close it is, from the user's settings (and, when known,
 * which quarters the user has saved reports for). Shared by the popup's DeadlineNote, the options
 * page's preview and the background's badge. No zod, no DOM.
 *
 * Why not just `reportingPeriod` (the last-ended quarter): that period stays on the last quarter
 * until the running one ends, so on 5 Dec 2026 it said "10 Oct 2026, 56 days overdue" to a user who
 * had reported Q4 long ago, and never showed the next deadline (10 Jan 2027). Here:
 * - while the last-ended quarter's official deadline is ahead, it is the one shown (its internal
 *   deadline first, while that is ahead);
 * - once it has passed, the running quarter's deadline is shown (the next one not yet passed),
 *   unless we KNOW the last-ended quarter is unreported (a project the user reports on has a saved
 *   report for the quarter before it but none for it): only then "overdue".
 */
import {
  deadlineOf,
  daysBetween,
  previousQuarter,
  quarterOf,
  reportingPeriod,
  toLocalDate,
  type CalendarSettings,
  type DeadlineKind,
  type FiscalQuarter,
  type ReportingPeriod,
} from './calendar';
import type { Settings } from './settings';

/** The badge turns to the deadline colour from this many days before the deadline (inclusive) to the day itself. */
export const DEADLINE_SOON_DAYS = 3;

type DeadlineSettings = Pick<Settings, 'deadlineDay' | 'internalDeadlineDay'>;

export function calendarSettings(s: DeadlineSettings): CalendarSettings {
  const out: CalendarSettings = { deadlineDay: s.deadlineDay };
  if (s.internalDeadlineDay !== null && s.internalDeadlineDay !== undefined) out.internalDeadlineDay = s.internalDeadlineDay;
  return out;
}

/** "2569-Q4": the key progress memory uses for a saved report (utils/content/progress-memory.ts). */
export function quarterKey(q: FiscalQuarter): string {
  return `${q.fiscalYear}-Q${q.quarter}`;
}

/**
 * What we know of the user's reports: per project, the quarters saved (the values of the
 * "progress:<project>" entries in storage.local: { "2569-Q4": 45, … }).
 */
export type SavedReports = Iterable<Record<string, unknown>>;

/**
 * Whether `q` is known to be unreported: some project has a saved report for the quarter before
 * `q` (so the user reports on it quarterly) and none for `q`. Without such a project we do not know,
 * and we do not claim the user is late.
 */
export function knownUnreported(q: FiscalQuarter, saved: SavedReports | undefined): boolean {
  if (!saved) return false;
  const before = quarterKey(previousQuarter(q));
  const key = quarterKey(q);
  for (const history of saved) {
    if (history && typeof history === 'object' && before in history && !(key in history)) return true;
  }
  return false;
}

/** The saved reports in a storage.local dump: every "progress:<project>" entry. */
export function savedReportsIn(all: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const [k, v] of Object.entries(all)) {
    if (k.startsWith('progress:') && v && typeof v === 'object') out.push(v as Record<string, unknown>);
  }
  return out;
}

/** The reporting period for `today` (the last-ended quarter), or null when the settings cannot make one. */
export function currentPeriod(settings: DeadlineSettings, today: Date = new Date()): ReportingPeriod | null {
  try {
    return reportingPeriod(today, calendarSettings(settings));
  } catch {
    return null;
  }
}

/** The deadline to show: a quarter, its deadlines, and the days to the one counted. */
export interface DeadlineStatus extends FiscalQuarter {
  deadline: Date;
  internalDeadline?: Date;
  /** days from today to `daysLeftTo`'s deadline (0 = today); negative only when overdue */
  daysLeft: number;
  daysLeftTo: DeadlineKind;
  /** a deadline of this quarter has passed and the quarter is known to be unreported */
  overdue: boolean;
}

/**
 * The next deadline not yet passed (or, when the last-ended quarter is known unreported and its
 * deadline has passed, that overdue deadline). Null when the settings cannot make one (never throws).
 */
export function deadlineStatus(
  settings: DeadlineSettings,
  today: Date = new Date(),
  saved?: SavedReports,
): DeadlineStatus | null {
  try {
    const cal = calendarSettings(settings);
    const day = toLocalDate(today);
    const running = quarterOf(day);
    const ended = previousQuarter(running);
    const endedDeadlines = deadlineOf(ended.fiscalYear, ended.quarter, cal);
    const toOfficial = daysBetween(day, endedDeadlines.deadline);
    if (toOfficial < 0) {
      if (knownUnreported(ended, saved)) {
        return { ...ended, ...endedDeadlines, daysLeft: toOfficial, daysLeftTo: 'official', overdue: true };
      }
      return ahead(running, cal, day);
    }
    return ahead(ended, cal, day);
  } catch {
    return null;
  }
}

/** `q`'s deadlines with the days to the earliest one still ahead (its internal one first). */
function ahead(q: FiscalQuarter, cal: CalendarSettings, day: Date): DeadlineStatus {
  const d = deadlineOf(q.fiscalYear, q.quarter, cal);
  const official = daysBetween(day, d.deadline);
  const internal = d.internalDeadline ? daysBetween(day, d.internalDeadline) : -1;
  const toInternal = internal >= 0 && internal <= official;
  return {
    ...q,
    ...d,
    daysLeft: toInternal ? internal : official,
    daysLeftTo: toInternal ? 'internal' : 'official',
    overdue: false,
  };
}

/** Whether `q` may be reported on `today`: the last-ended quarter or the running one (reports may be sent early). */
export function reportableQuarters(today: Date): FiscalQuarter[] {
  const running = quarterOf(toLocalDate(today));
  return [previousQuarter(running), running];
}

export type DeadlineState = 'ok' | 'soon' | 'today' | 'overdue';

export function deadlineState(daysLeft: number): DeadlineState {
  if (daysLeft < 0) return 'overdue';
  if (daysLeft === 0) return 'today';
  return daysLeft <= DEADLINE_SOON_DAYS ? 'soon' : 'ok';
}

/** Whether the deadline is 0–3 days away (the badge's warning window). */
export function deadlineSoon(daysLeft: number | undefined): boolean {
  return daysLeft !== undefined && daysLeft >= 0 && daysLeft <= DEADLINE_SOON_DAYS;
}
