/** Rule "every field filled": every visible, enabled, editable field has a value. */
import type { Finding } from '@/utils/types';
import type { Rule } from './context';
import { planMembership } from './plans';
import { displayLabel } from './fields';

export const RULE_ID = 'fieldEmpty';

/**
 * @param skipPlanFields leave plan toggles and details to the plan-linkage rule (M1, M6);
 *   screens without that rule (M2–M5) check them like any other field.
 */
function fieldsFilled(skipPlanFields: boolean): Rule {
  return ({ snapshot, profile, screen }) => {
    const owned = skipPlanFields ? planMembership(snapshot, profile, screen.fiscalYear).owned : new Set<string>();
    const findings: Finding[] = [];
    // a label shared by fields of different sections is told apart by the section; within one
    // section (the rows of a plan table) the section would not tell them apart, so it is left out
    const sectionsOf = new Map<string, Set<string>>();
    for (const f of snapshot.fields) {
      const set = sectionsOf.get(f.label) ?? new Set<string>();
      set.add(f.section.join(' › '));
      sectionsOf.set(f.label, set);
    }
    for (const f of snapshot.fields) {
      // an add chooser whose list has entries is answered, empty as it is (FieldSnapshot.added)
      if (!f.editable || !f.empty || f.added || owned.has(f.key)) continue;
      // a slider always has a value (the progress rule judges it); an unticked box is an answer
      if (f.kind === 'slider') continue;
      if (f.kind === 'checkbox' && !f.required) continue;
      const label = displayLabel(f);
      const shown =
        (sectionsOf.get(f.label)?.size ?? 0) > 1 && f.section.length
          ? `${label} (${f.section[f.section.length - 1]})`
          : label;
      findings.push({
        id: `${RULE_ID}:${f.key}`,
        rule: RULE_ID,
        severity: 'error',
        fieldKeys: [f.key],
        subject: label,
        message: 'rule.fieldEmpty',
        params: [shown],
      });
    }
    return findings;
  };
}

export const everyFieldFilled: Rule = fieldsFilled(true);
export const everyFieldFilledOnAnyScreen: Rule = fieldsFilled(false);
