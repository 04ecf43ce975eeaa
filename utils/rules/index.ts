/** rules: (snapshot, screen, profile) → findings. Each rule is its own module. */
import type { CheckResult, Finding, ScreenId } from '@/utils/types';
import type { Rule, RuleContext } from './context';
import { everyFieldFilled } from './completeness';
import { progressSliderSet } from './progress';
import { planLinkage } from './plan-linkage';
import { CROSS_FIELD_RULES } from './cross-field';
import { STEP_RULES } from './screens';

export type { Rule, RuleContext, ProgressHistory } from './context';

/** Which rules run on which screen. */
const RULES_BY_SCREEN: Record<ScreenId, Rule[]> = {
  progressReport: [everyFieldFilled, progressSliderSet, planLinkage, ...CROSS_FIELD_RULES],
  linkage: [everyFieldFilled, planLinkage],
  ...STEP_RULES,
  other: [everyFieldFilled],
  sendDialog: [],
  projectList: [],
};

export function runRules(ctx: RuleContext, extra: Rule[] = []): Finding[] {
  const findings: Finding[] = [];
  for (const rule of [...RULES_BY_SCREEN[ctx.screen.id], ...extra]) {
    findings.push(...rule(ctx));
  }
  // errors first, then page order of the first field
  const order = new Map(ctx.snapshot.fields.map((f, i) => [f.key, i]));
  const pos = (f: Finding) => (f.fieldKeys.length ? order.get(f.fieldKeys[0]!) ?? 1e9 : 1e9);
  return findings.sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || pos(a) - pos(b),
  );
}

export function check(ctx: RuleContext, extra: Rule[] = []): CheckResult {
  return {
    screen: ctx.screen,
    findings: runRules(ctx, extra),
    fieldCount: ctx.snapshot.fields.filter((f) => f.editable).length,
    checkedAt: ctx.today.getTime(),
  };
}
