/**
 * Amounts and targets are numbers (M2–M5). Research notes §8 list "KPI results … entered as
 * text instead of numbers" among the likely errors, and a money field that is not a number
 * cannot be summed (spending plan, activity budgets). Empty fields are the completeness
 * rule's; read-only fields are the system's.
 */
import type { FieldSnapshot, Finding } from '@/utils/types';
import type { Rule } from '../context';
import { displayLabel } from '../fields';
import { parseAmount } from '../amount';
import { arabicDigits, labelScore } from '@/utils/text';
import { finding, formScreens } from './shared';
import { notPlanAmount, planAmounts } from './spending-plan';

/** A KPI target as typed: "80", "1,200", "80%", "ร้อยละ 80". */
export function parseTarget(text: string): number | null {
  const s = arabicDigits(text).trim().replace(/^ร้อยละ\s*/, '').replace(/\s*(%|ร้อยละ)$/, '');
  return parseAmount(s);
}

const typed = (f: FieldSnapshot) => f.editable && !f.empty && (f.kind === 'text' || f.kind === 'richtext');

export const amountsAreNumbers: Rule = (ctx) => {
  const { money, kpiTarget, budgetTotal, activityBudget } = formScreens(ctx).fields;
  const moneyLabels = [...money, ...budgetTotal, ...activityBudget];
  const screens = formScreens(ctx);
  // on the spending plan, the quarter and month amounts ("ไตรมาสที่ 2 (ม.ค. – มี.ค.)") are money too
  const plan = new Set<FieldSnapshot>();
  if (ctx.screen.id === 'spendingPlan') {
    const amounts = planAmounts(ctx.snapshot.fields, notPlanAmount(screens));
    for (const x of [...amounts.quarters, ...amounts.months]) plan.add(x.field);
  }
  const findings: Finding[] = [];
  for (const f of ctx.snapshot.fields) {
    if (!typed(f)) continue;
    if (labelScore(f.label, kpiTarget) > 0) {
      if (parseTarget(f.value) === null) findings.push(finding('targetNotNumber', 'error', [f], 'rule.amountNotNumber', [displayLabel(f), f.value]));
    } else if (plan.has(f) || (labelScore(f.label, moneyLabels) > 0 && !/ปีงบ|แหล่ง|ประเภท|หมวด/.test(f.label))) {
      if (parseAmount(f.value) === null) findings.push(finding('amountNotNumber', 'error', [f], 'rule.amountNotNumber', [displayLabel(f), f.value]));
    }
  }
  return findings;
};
