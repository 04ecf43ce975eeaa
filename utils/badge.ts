/** What the toolbar badge shows for a tab: pure, so it is unit-tested without a browser. */
import { deadlineSoon } from './deadline';

export const BADGE_COLORS = {
  error: '#b91c1c',
  warning: '#b45309',
  /** the report deadline is 0–3 days away */
  deadline: '#d97706',
} as const;

export interface BadgeLook {
  text: string;
  color: string;
}

/**
 * The count of unmet checks, red when any must be fixed, amber when only warnings.
 * In the last days before the deadline the colour turns to the deadline amber and the
 * count gets a "!" ("4!"): the colour alone would not tell a colour-blind user. Nothing
 * to fix: no badge, even near the deadline (the popup tells the deadline).
 */
export function badgeLook(errors: number, warnings: number, daysLeft?: number): BadgeLook {
  const total = errors + warnings;
  if (!total) return { text: '', color: BADGE_COLORS.warning };
  const count = String(Math.min(total, 999));
  if (deadlineSoon(daysLeft)) return { text: `${count}!`, color: BADGE_COLORS.deadline };
  return { text: count, color: errors ? BADGE_COLORS.error : BADGE_COLORS.warning };
}
