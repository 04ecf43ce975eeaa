/**
 * M4 (กิจกรรม, circular 000 §1) cross-field checks. Activities are rows (table, cards or
 * repeated blocks) of name, start, end and budget (research notes §2.3 M4, modelled on A3):
 * - each activity starts no later than it ends;
 * - each activity lies inside the project period (shown read-only from M2, or on this screen);
 * - the activity budgets add up to no more than the project's budget (วงเงิน).
 * Rows are read in page order: a row begins at an activity-name field and takes the start, end
 * and budget fields after it, so the check does not depend on how rows are drawn.
 */
import type { FieldSnapshot, Finding } from '@/utils/types';
import type { Rule } from '../context';
import type { FormScreens } from '@/utils/profile/form-screens';
import { labelScore } from '@/utils/text';
import {
  amountOf,
  bestField,
  dateOf,
  finding,
  formScreens,
  isProjectLevel,
  isTotalLabel,
  parseDateRange,
  projectPeriod,
  satang,
  showAmount,
  showDate,
} from './shared';

export interface ActivityRow {
  name?: FieldSnapshot;
  start?: FieldSnapshot;
  end?: FieldSnapshot;
  /** one field holding both dates ("01/10/2567 - 31/12/2567"), when the row has no start/end */
  period?: FieldSnapshot;
  budget?: FieldSnapshot;
}

type Part = keyof ActivityRow;

function partOf(f: FieldSnapshot, screens: FormScreens): Part | null {
  if (f.kind !== 'text' && f.kind !== 'richtext' && f.kind !== 'combobox') return null;
  if (isProjectLevel(f) || isTotalLabel(f, screens)) return null;
  const v = screens.fields;
  // budget and dates first: "งบประมาณกิจกรรม" and "วันที่เริ่มต้นกิจกรรม" also name the activity
  if (labelScore(f.label, v.activityBudget) > 0) return 'budget';
  if (labelScore(f.label, v.activityEnd) > 0) return 'end';
  if (labelScore(f.label, v.activityStart) > 0) return 'start';
  if (labelScore(f.label, v.projectPeriod) > 0) return 'period';
  if (labelScore(f.label, v.activityName) > 0) return 'name';
  return null;
}

export function activityRows(fields: readonly FieldSnapshot[], screens: FormScreens): ActivityRow[] {
  const rows: ActivityRow[] = [];
  let row: ActivityRow | null = null;
  for (const f of fields) {
    const part = partOf(f, screens);
    if (!part) continue;
    if (part === 'name') {
      row = { name: f };
      rows.push(row);
    } else if (row) {
      if (row[part]) {
        // a second start in one row: a row without a name field
        row = {};
        rows.push(row);
      }
      row[part] = f;
    }
  }
  return rows;
}

function rowName(row: ActivityRow, i: number): string {
  return row.name && !row.name.empty ? row.name.value : String(i + 1);
}

export const activitiesConsistent: Rule = (ctx) => {
  const screens = formScreens(ctx);
  const fields = ctx.snapshot.fields;
  const rows = activityRows(fields, screens);
  if (!rows.length) return [];
  const inRows = new Set(rows.flatMap((r) => [r.name, r.start, r.end, r.period, r.budget]).filter(Boolean) as FieldSnapshot[]);
  const outside = (f: FieldSnapshot) => !inRows.has(f);
  const period = projectPeriod(ctx.snapshot, screens, outside);
  const findings: Finding[] = [];
  rows.forEach((row, i) => {
    const range = !row.start && !row.end && row.period && !row.period.empty ? parseDateRange(row.period.value) : null;
    const start = range?.start ?? dateOf(row.start);
    const end = range?.end ?? dateOf(row.end);
    const startField = range ? row.period : row.start;
    const endField = range ? row.period : row.end;
    const name = rowName(row, i);
    if (start && end && start > end) {
      const at = startField === endField ? [startField!] : [startField!, endField!];
      findings.push(finding('activityReversed', 'error', at, 'rule.activityStartAfterEnd', [name, showDate(start), showDate(end)], name));
      return;
    }
    if (!period) return;
    const late = end && end > period.end ? endField : undefined;
    const early = start && start < period.start ? startField : undefined;
    if (early || late) {
      findings.push(
        finding('activityOutsidePeriod', 'error', [early ?? late!], 'rule.activityOutsidePeriod', [
          name,
          start ? showDate(start) : '?',
          end ? showDate(end) : '?',
          showDate(period.start),
          showDate(period.end),
        ], name),
      );
    }
  });
  const budgets = rows.map((r) => r.budget).filter(Boolean) as FieldSnapshot[];
  const amounts = budgets.map(amountOf);
  const totalField = bestField(fields, screens.fields.budgetTotal, (f) => outside(f) && !isTotalLabel(f, screens));
  const total = amountOf(totalField);
  if (budgets.length && total !== null && amounts.every((a) => a !== null)) {
    const sum = (amounts as number[]).reduce((a, b) => a + satang(b), 0);
    if (sum > satang(total)) {
      findings.push(
        finding('activityBudgetOver', 'error', budgets, 'rule.activityBudgetOver', [showAmount(sum / 100), showAmount(total)], totalField ? undefined : ''),
      );
    }
  }
  return findings;
};
