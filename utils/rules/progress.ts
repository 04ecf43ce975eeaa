/** Rule "progress slider set": the blue % bar was dragged above 0 (circular 000, step 5). */
import type { FieldSnapshot, FormSnapshot } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import type { Rule } from './context';
import { fieldFor } from '@/utils/classify/fields';
import { findField, displayLabel } from './fields';
import { labelScore } from '@/utils/text';

export const RULE_ID = 'progressNotSet';

/** The progress field: a slider labelled as progress, else the only slider on the form. */
export function progressField(snapshot: FormSnapshot, profile: Profile): FieldSnapshot | undefined {
  const byLabel = fieldFor(snapshot, profile, 'progress', ['slider']);
  if (byLabel) return byLabel;
  const sliders = snapshot.fields.filter((f) => f.kind === 'slider');
  return sliders.length === 1 ? sliders[0] : undefined;
}

/** Project status is one where 0 % is the truth (not started, cancelled). */
export function statusAllowsZero(snapshot: FormSnapshot, profile: Profile): boolean {
  const status = fieldFor(snapshot, profile, 'status', ['radio', 'select', 'combobox']);
  if (!status || status.empty) return false;
  return (
    labelScore(status.value, profile.statuses.notStarted) > 0 ||
    labelScore(status.value, profile.statuses.cancelled) > 0
  );
}

export const progressSliderSet: Rule = ({ snapshot, profile }) => {
  const f = progressField(snapshot, profile);
  if (!f || !f.editable) return [];
  if (f.number !== undefined && f.number > 0) return [];
  if (statusAllowsZero(snapshot, profile)) return [];
  const label = displayLabel(f);
  return [
    {
      id: `${RULE_ID}:${f.key}`,
      rule: RULE_ID,
      severity: 'error',
      fieldKeys: [f.key],
      subject: label,
      message: 'rule.progressNotSet',
      params: [label],
    },
  ];
};
