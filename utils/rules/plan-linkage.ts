/**
 * Rule "plan linkage": the report links every plan the profile requires for its
 * fiscal year (ยุทธศาสตร์ชาติ and แผนพัฒนาฯ ฉบับที่ 12 up to FY2565, ฉบับที่ 13 from FY2566),
 * each with every detail field filled.
 */
import type { Finding } from '@/utils/types';
import type { Rule } from './context';
import { planApplies, planMembership } from './plans';
import { displayLabel } from './fields';
import { fiscalYearOf } from '@/utils/calendar';

export const RULE_ID = 'planLinkage';

export const planLinkage: Rule = ({ snapshot, screen, profile, today }) => {
  const fiscalYear = screen.fiscalYear ?? fiscalYearOf(today);
  const findings: Finding[] = [];
  for (const state of planMembership(snapshot, profile).plans) {
    const { plan } = state;
    if (!state.linked) {
      if (plan.required && planApplies(plan, fiscalYear)) {
        const focus = state.toggle ?? state.details.find((d) => d.editable);
        findings.push({
          id: `planMissing:${plan.id}`,
          rule: RULE_ID,
          severity: 'error',
          fieldKeys: focus ? [focus.key] : [],
          subject: plan.name,
          message: 'rule.planMissing',
          params: [plan.name],
        });
      }
      continue;
    }
    if (!planApplies(plan, fiscalYear)) {
      // e.g. ฉบับที่ 12 linked on an FY ≥ 2566 report
      const at = state.toggle ?? state.chosen ?? state.details.find((d) => !d.empty);
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
      (d) => d.editable && d.empty && d.kind !== 'slider' && (d.kind !== 'checkbox' || d.required),
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
