/**
 * Rule "plan linkage": the report links every plan the profile requires for its
 * fiscal year (ยุทธศาสตร์ชาติ and แผนพัฒนาฯ ฉบับที่ 12 up to FY2565, ฉบับที่ 13 from FY2566),
 * each with every detail field filled.
 *
 * The fiscal year is the form's or the page's (classify); when neither states it, it stays
 * unknown: a plan family with editions is then named without an edition ("แผนพัฒนาเศรษฐกิจ
 * และสังคมแห่งชาติ") and no edition is called wrong. Today's year is never assumed: a FY2565
 * report opened in FY2568 must not be told to link ฉบับที่ 13.
 */
import type { FieldSnapshot, Finding } from '@/utils/types';
import type { Rule } from './context';
import { planApplies, planFamilies, planMembership, planNamedIn, type PlanState } from './plans';
import { displayLabel } from './fields';

export const RULE_ID = 'planLinkage';

function missing(state: PlanState, adders: readonly FieldSnapshot[]): Finding {
  const { plan } = state;
  // a plan with no field of its own is added with an add-plan chooser: the one offering it, else the first
  const adder = adders.find((a) => a.options?.some((o) => planNamedIn(o, [plan]))) ?? adders[0];
  const focus = state.toggle ?? state.edition ?? state.details.find((d) => d.editable) ?? adder;
  return {
    id: `planMissing:${plan.id}`,
    rule: RULE_ID,
    severity: 'error',
    fieldKeys: focus ? [focus.key] : [],
    subject: plan.name,
    message: 'rule.planMissing',
    params: [plan.name],
  };
}

export const planLinkage: Rule = ({ snapshot, screen, profile }) => {
  const fiscalYear = screen.fiscalYear;
  const findings: Finding[] = [];
  const { plans, adders } = planMembership(snapshot, profile, fiscalYear);
  // with the year unknown, an edition of a family is neither required nor wrong by itself
  const familyOf = new Map<string, string>();
  for (const fam of planFamilies(profile.plans)) for (const m of fam.members) familyOf.set(m.plan.id, fam.id);
  const yearUnknown = fiscalYear === undefined;
  const familyLinked = new Set<string>();
  const familyState = new Set<string>();
  for (const s of plans) {
    if (s.plan.id.startsWith('family:')) familyState.add(s.plan.id);
    const fam = familyOf.get(s.plan.id);
    if (fam && s.linked) familyLinked.add(fam);
  }
  const familyReported = new Set<string>();
  for (const state of plans) {
    const { plan } = state;
    const fam = familyOf.get(plan.id);
    if (!state.linked) {
      if (yearUnknown && fam) {
        // one finding for the family, named without an edition
        if (plan.required && !familyLinked.has(fam) && !familyState.has(fam) && !familyReported.has(fam)) {
          familyReported.add(fam);
          const family = planFamilies(profile.plans).find((f) => f.id === fam)!;
          findings.push(missing({ ...state, plan: { ...plan, id: fam, name: family.name } }, adders));
        }
        continue;
      }
      if (plan.required && (fiscalYear === undefined || planApplies(plan, fiscalYear))) findings.push(missing(state, adders));
      continue;
    }
    if (fiscalYear !== undefined && !planApplies(plan, fiscalYear)) {
      // e.g. ฉบับที่ 12 linked on an FY ≥ 2566 report
      const at = state.toggle ?? state.chosen ?? state.listed ?? state.edition ?? state.details.find((d) => !d.empty);
      findings.push({
        id: `planWrongYear:${plan.id}`,
        rule: RULE_ID,
        severity: 'error',
        fieldKeys: at ? [at.key] : [],
        subject: plan.name,
        message: 'rule.planWrongYear',
        params: [plan.name, String(fiscalYear)],
      });
      continue;
    }
    const empty = state.details.filter(
      // an add chooser whose list has entries is answered, empty as it is (FieldSnapshot.added)
      (d) => d.editable && d.empty && !d.added && d.kind !== 'slider' && (d.kind !== 'checkbox' || d.required),
    );
    if (empty.length) {
      findings.push({
        id: `planIncomplete:${plan.id}`,
        rule: RULE_ID,
        severity: 'error',
        fieldKeys: empty.map((d) => d.key),
        subject: plan.name,
        message: 'rule.planIncomplete',
        params: [plan.name, empty.map(displayLabel).join(', ')],
      });
    }
  }
  return findings;
};
