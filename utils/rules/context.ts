import type { Finding, FormSnapshot, Screen } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';

/** Everything a rule may look at. Rules are pure: same context, same findings. */
export interface RuleContext {
  snapshot: FormSnapshot;
  screen: Screen;
  profile: Profile;
  /** "now", injected so rules are testable */
  today: Date;
}

export type Rule = (ctx: RuleContext) => Finding[];
