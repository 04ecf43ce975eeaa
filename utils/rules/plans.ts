/**
 * Which fields belong to which plan (ยุทธศาสตร์ชาติ, แผนพัฒนาฯ ฉบับที่ 12/13 …), whether
 * each plan is linked, and which fields are plan toggles. Shared by the plan-linkage
 * rule (which owns these fields) and the completeness rule (which skips them).
 */
import type { FieldSnapshot, FormSnapshot } from '@/utils/types';
import type { PlanDef, Profile } from '@/utils/profile/schema';
import { longestMatch } from '@/utils/text';

export interface PlanState {
  plan: PlanDef;
  /** a checkbox/switch that turns the plan on, if the form has one */
  toggle?: FieldSnapshot;
  /** a chosen option names the plan (e.g. a "แผนที่เกี่ยวข้อง" select) */
  chosen?: FieldSnapshot;
  /** detail fields of the plan (in its section, or labelled with its name) */
  details: FieldSnapshot[];
  linked: boolean;
}

export interface PlanMembership {
  plans: PlanState[];
  /** keys of fields owned by the plan rule: toggles, choosers and details */
  owned: Set<string>;
}

/** The plan a text names, choosing the most specific (longest) variant. */
export function planNamedIn(text: string, plans: readonly PlanDef[]): PlanDef | undefined {
  let best: PlanDef | undefined;
  let bestLen = 0;
  for (const p of plans) {
    const len = longestMatch(text, p.variants);
    if (len > bestLen) {
      best = p;
      bestLen = len;
    }
  }
  return best;
}

function planOfSection(section: readonly string[], plans: readonly PlanDef[]): PlanDef | undefined {
  for (let i = section.length - 1; i >= 0; i--) {
    const p = planNamedIn(section[i]!, plans);
    if (p) return p;
  }
  return undefined;
}

const cache = new WeakMap<FormSnapshot, PlanMembership>();

export function planMembership(snapshot: FormSnapshot, profile: Profile): PlanMembership {
  const cached = cache.get(snapshot);
  if (cached) return cached;
  const states = new Map<string, PlanState>(
    profile.plans.map((plan) => [plan.id, { plan, details: [], linked: false }]),
  );
  const owned = new Set<string>();
  for (const f of snapshot.fields) {
    const labelPlan = planNamedIn(f.label, profile.plans);
    if (f.kind === 'checkbox' && labelPlan) {
      states.get(labelPlan.id)!.toggle = f;
      owned.add(f.key);
      continue;
    }
    const valuePlan =
      (f.kind === 'select' || f.kind === 'combobox' || f.kind === 'radio') && !f.empty
        ? planNamedIn(f.value, profile.plans)
        : undefined;
    const sectionPlan = planOfSection(f.section, profile.plans);
    if (valuePlan && !sectionPlan && !labelPlan) {
      states.get(valuePlan.id)!.chosen = f;
      owned.add(f.key);
      continue;
    }
    const plan = sectionPlan ?? labelPlan;
    if (plan) {
      states.get(plan.id)!.details.push(f);
      owned.add(f.key);
    }
  }
  for (const s of states.values()) {
    s.linked =
      s.toggle?.checked === true ||
      s.chosen !== undefined ||
      s.details.some((d) => d.editable && !d.empty && d.kind !== 'slider');
  }
  const result = { plans: [...states.values()], owned };
  cache.set(snapshot, result);
  return result;
}

/** Whether a plan applies in a fiscal year (BE). */
export function planApplies(plan: PlanDef, fiscalYear: number): boolean {
  const r = plan.fiscalYears;
  if (!r) return true;
  return (r.from === undefined || fiscalYear >= r.from) && (r.to === undefined || fiscalYear <= r.to);
}
