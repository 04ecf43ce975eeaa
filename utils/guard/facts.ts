/** What the guard takes from a checked screen (pure: snapshot and result in, plain data out). */
import type { CheckResult, FormSnapshot } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import { fieldFor } from '@/utils/classify/fields';
import { findConcept } from '@/utils/rules/fields';
import { detectBudgetType } from '@/utils/recipient';
import { labelScore } from '@/utils/text';
import type { LastCheck } from './decide';

/** The unmet errors of a check, as message ids (the dialog renders them in the user's language). */
export function summariseCheck(result: CheckResult): LastCheck {
  return {
    errors: result.findings
      .filter((f) => f.severity === 'error')
      .map((f) => (f.params?.length ? { message: f.message, params: f.params } : { message: f.message })),
    checkedAt: result.checkedAt,
  };
}

/** The project a form shows: its name and budget type, from their (usually read-only) fields. */
export function projectOfSnapshot(snapshot: FormSnapshot, profile: Profile): { name: string | null; budgetType: string | null } {
  // a label that only contains "โครงการ" ("วัตถุประสงค์ของโครงการ") is not the name
  const name = fieldFor(snapshot, profile, 'projectName', ['text', 'richtext']);
  const isName = !!name && !name.empty && labelScore(name.label, profile.fields.projectName) >= 2;
  const budget = fieldFor(snapshot, profile, 'budgetType');
  return {
    name: isName ? name.value : null,
    budgetType: budget && !budget.empty ? detectBudgetType(budget.value, profile) : null,
  };
}
