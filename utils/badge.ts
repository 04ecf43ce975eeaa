/** What the toolbar badge shows for a tab: pure, so it is unit-tested without a browser. */
import { deadlineSoon, type DeadlineStatus } from './deadline';

/**
 * Badge backgrounds, all with white text (the background sets the text colour explicitly).
 * Contrast with white (WCAG relative luminance): #b91c1c 6.5:1, #92400e 7.1:1, #9a3412 7.3:1.
 * The earlier amber #d97706 gave 3.2:1 and #b45309 4.95:1 at badge size (≈ 9 px text), which
 * needs more than the 4.5:1 minimum to stay legible, so the darker shades.
 */
export const BADGE_COLORS = {
  error: '#b91c1c',
  warning: '#92400e',
  /** the report deadline is 0–3 days away, or passed with the quarter unreported */
  deadline: '#9a3412',
} as const;
export const BADGE_TEXT_COLOR = '#ffffff';

export interface BadgeLook {
  text: string;
  color: string;
}

/**
 * The count of unmet checks, red when any must be fixed, amber when only warnings.
 * In the last days before the deadline (or once it has passed with the quarter known to be
 * unreported) the colour turns to the deadline orange and the count gets a "!" ("4!"): the colour
 * alone would not tell a colour-blind user. Nothing to fix: no badge, even near the deadline (the
 * popup tells the deadline).
 */
export function badgeLook(errors: number, warnings: number, deadline?: Pick<DeadlineStatus, 'daysLeft' | 'overdue'> | null): BadgeLook {
  const total = errors + warnings;
  if (!total) return { text: '', color: BADGE_COLORS.warning };
  const count = String(Math.min(total, 999));
  if (deadline && (deadline.overdue || deadlineSoon(deadline.daysLeft))) {
    return { text: `${count}!`, color: BADGE_COLORS.deadline };
  }
  return { text: count, color: errors ? BADGE_COLORS.error : BADGE_COLORS.warning };
}
