import type { Finding, FormSnapshot, Screen } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';

/** Everything a rule may look at. Rules are pure: same context, same findings. */
export interface RuleContext {
  snapshot: FormSnapshot;
  screen: Screen;
  profile: Profile;
  /** "now", injected so rules are testable */
  today: Date;
  /** deadline settings (defaults: the profile's calendar) */
  calendar?: { deadlineDay?: number; internalDeadlineDay?: number | null };
  /** progress last saved for this project, per fiscal year and quarter (remembered locally) */
  history?: ProgressHistory;
}

/** Saved progress of one project: key "<fiscalYear>-Q<quarter>" → percent. */
export type ProgressHistory = Record<string, number>;

export type Rule = (ctx: RuleContext) => Finding[];
