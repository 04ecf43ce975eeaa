/**
 * M5 (แผนการใช้จ่ายงบประมาณ, circular 000 §1) cross-field checks: the spending plan, by quarter
 * (ไตรมาสที่ 1–4) and/or by month (ต.ค. … ก.ย.), adds up to the project's budget. Research notes
 * §2.3 M5 ("sum = วงเงิน") and §8 ("quarterly plan not summing to the total"). When both are
 * present, each quarter also equals its three months. Amounts are editable fields; read-only
 * ones (computed totals) are not summed, nor rows labelled "รวม". A plan with an empty or
 * non-numeric amount is not summed: the completeness and number rules report that field.
 */
import type { FieldSnapshot, Finding } from '@/utils/types';
import type { Rule } from '../context';
import type { Quarter } from '@/utils/calendar';
import { monthsInText, parseQuarter } from '@/utils/calendar';
import type { FormScreens } from '@/utils/profile/form-screens';
import { labelScore } from '@/utils/text';
import { amountOf, bestField, finding, formScreens, isTotalLabel, satang, showAmount } from './shared';

export interface PlanAmounts {
  quarters: { quarter: Quarter; field: FieldSnapshot }[];
  months: { month: number; field: FieldSnapshot }[];
}

/**
 * The plan's amounts: editable fields labelled by a quarter ("ไตรมาสที่ 1", "Q1", "ต.ค. – ธ.ค.")
 * or by one month ("ต.ค. 2567"). `skip` leaves out totals and columns that are not the period's
 * own amount (cumulative "สะสม", percent "ร้อยละ"): summing those would be a false error.
 */
export function planAmounts(fields: readonly FieldSnapshot[], skip: (f: FieldSnapshot) => boolean): PlanAmounts {
  const out: PlanAmounts = { quarters: [], months: [] };
  for (const f of fields) {
    if (!f.editable || (f.kind !== 'text' && f.kind !== 'richtext') || skip(f)) continue;
    const months = monthsInText(f.label);
    // a bare "2" (a row number read as a label) is no quarter: the label must say so
    const q = /ไตรมาส|quarter|(?<![a-z])q\s*[1-4]/i.test(f.label) || months.length === 2 ? parseQuarter(f.label) : null;
    if (q) {
      out.quarters.push({ quarter: q, field: f });
      continue;
    }
    if (months.length === 1) out.months.push({ month: months[0]!, field: f });
  }
  return out;
}

/** Fields never summed as plan amounts: totals, cumulative and percent columns. */
export function notPlanAmount(screens: FormScreens): (f: FieldSnapshot) => boolean {
  return (f) => isTotalLabel(f, screens) || labelScore(f.label, screens.fields.notAmounts) > 0;
}

/** Fiscal quarter of a calendar month: ต.ค.–ธ.ค. → 1, ม.ค.–มี.ค. → 2 … */
function quarterOfMonth(month: number): Quarter {
  return (month >= 10 ? 1 : Math.floor((month - 1) / 3) + 2) as Quarter;
}

function sumOf(list: { field: FieldSnapshot }[]): number | null {
  let s = 0;
  for (const { field } of list) {
    const a = amountOf(field);
    if (a === null) return null;
    s += satang(a);
  }
  return s;
}

export const spendingPlanSums: Rule = (ctx) => {
  const screens = formScreens(ctx);
  const isTotal = (f: FieldSnapshot) => isTotalLabel(f, screens);
  const plan = planAmounts(ctx.snapshot.fields, notPlanAmount(screens));
  if (!plan.quarters.length && !plan.months.length) return [];
  const inPlan = new Set([...plan.quarters, ...plan.months].map((x) => x.field));
  const totalField = bestField(ctx.snapshot.fields, screens.fields.budgetTotal, (f) => !inPlan.has(f) && !isTotal(f));
  const total = amountOf(totalField);
  const findings: Finding[] = [];
  const check = (list: { field: FieldSnapshot }[], rule: string, message: string) => {
    const sum = sumOf(list);
    if (!list.length || sum === null || total === null || sum === satang(total)) return;
    findings.push(
      finding(rule, 'error', list.map((x) => x.field), message, [
        showAmount(sum / 100),
        showAmount(total),
        showAmount(Math.abs(sum - satang(total)) / 100),
      ]),
    );
  };
  check(plan.quarters, 'quarterPlanSum', 'rule.quarterPlanSum');
  check(plan.months, 'monthPlanSum', 'rule.monthPlanSum');
  if (plan.quarters.length && plan.months.length) {
    for (const q of [1, 2, 3, 4] as Quarter[]) {
      const quarterFields = plan.quarters.filter((x) => x.quarter === q);
      const monthFields = plan.months.filter((x) => quarterOfMonth(x.month) === q);
      const qs = sumOf(quarterFields);
      const ms = sumOf(monthFields);
      if (!quarterFields.length || !monthFields.length || qs === null || ms === null || qs === ms) continue;
      findings.push(
        finding(`quarterMonths${q}`, 'error', quarterFields.map((x) => x.field), 'rule.quarterMonthsMismatch', [
          q,
          showAmount(qs / 100),
          showAmount(ms / 100),
        ]),
      );
    }
  }
  return findings;
};
