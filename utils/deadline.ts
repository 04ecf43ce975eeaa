/**
 * The quarter being reported now and how close its deadline is, from the user's settings.
 * Shared by the popup's DeadlineNote and the background's badge. No zod, no DOM.
 */
import { reportingPeriod, type CalendarSettings, type ReportingPeriod } from './calendar';
import type { Settings } from './settings';

/** The badge turns to the deadline colour from this many days before the deadline (inclusive) to the day itself. */
export const DEADLINE_SOON_DAYS = 3;

export function calendarSettings(s: Pick<Settings, 'deadlineDay' | 'internalDeadlineDay'>): CalendarSettings {
  const out: CalendarSettings = { deadlineDay: s.deadlineDay };
  if (s.internalDeadlineDay !== null && s.internalDeadlineDay !== undefined) out.internalDeadlineDay = s.internalDeadlineDay;
  return out;
}

/** The reporting period for `today`, or null when the settings cannot make one (never throws). */
export function currentPeriod(
  settings: Pick<Settings, 'deadlineDay' | 'internalDeadlineDay'>,
  today: Date = new Date(),
): ReportingPeriod | null {
  try {
    return reportingPeriod(today, calendarSettings(settings));
  } catch {
    return null;
  }
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
