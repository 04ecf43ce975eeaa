/**
 * Which fields belong to which plan (ยุทธศาสตร์ชาติ, แผนพัฒนาฯ ฉบับที่ 12/13 …), whether
 * each plan is linked, and which fields are plan toggles. Shared by the plan-linkage
 * rule (which owns these fields) and the completeness rule (which skips them).
 */
import type { FieldSnapshot, FormSnapshot } from '@/utils/types';
import type { PlanDef, Profile } from '@/utils/profile/schema';
import { arabicDigits, longestMatch, matchKey } from '@/utils/text';
import { StructureMemo } from '@/utils/classify/structure';

export interface PlanState {
  plan: PlanDef;
  /** the edition selector ("ฉบับของแผน") that chose this plan of a family, if the form has one */
  edition?: FieldSnapshot;
  /** a checkbox/switch that turns the plan on, if the form has one */
  toggle?: FieldSnapshot;
  /** a chosen option names the plan (e.g. a "แผนที่เกี่ยวข้อง" select) */
  chosen?: FieldSnapshot;
  /** an entry of the list an add-plan chooser fills names the plan (FieldSnapshot.added) */
  listed?: FieldSnapshot;
  /** detail fields of the plan (in its section, or labelled with its name) */
  details: FieldSnapshot[];
  linked: boolean;
}

export interface PlanMembership {
  /**
   * one state per profile plan; plus, for a family whose edition could not be told (no edition
   * chosen or stated, fiscal year unknown), one state for the family named without an edition
   */
  plans: PlanState[];
  /** keys of fields owned by the plan rule: toggles, choosers and details */
  owned: Set<string>;
  /** add-plan choosers (their list names plans): where a plan still missing is added */
  adders: FieldSnapshot[];
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

/**
 * Plan families: profile plans whose names differ only by an edition ("… ฉบับที่ 12" /
 * "… ฉบับที่ 13"). A form may name only the family (a section "แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ"
 * with an edition selector "ฉบับของแผน"); the edition is then read from the selector or any
 * text stating "ฉบับที่ N", else it is the edition in force in the fiscal year, else unknown.
 */
export interface PlanFamily {
  id: string;
  /** the family's name without an edition */
  name: string;
  variants: string[];
  members: { plan: PlanDef; edition: number }[];
}

const EDITION = /\s*(?:ฉบับที่|ฉบับ|no\.?)\s*([0-9๐-๙]{1,2})\s*$|\s+([0-9๐-๙]{1,2})\s*$/i;

function editionOfName(name: string): { base: string; edition: number } | null {
  const m = EDITION.exec(arabicDigits(name));
  if (!m) return null;
  return { base: name.slice(0, m.index).trim(), edition: Number(m[1] ?? m[2]) };
}

const familyCache = new WeakMap<readonly PlanDef[], PlanFamily[]>();

export function planFamilies(plans: readonly PlanDef[]): PlanFamily[] {
  const cached = familyCache.get(plans);
  if (cached) return cached;
  const byBase = new Map<string, PlanFamily>();
  for (const plan of plans) {
    const e = editionOfName(plan.name);
    if (!e) continue;
    const key = matchKey(e.base);
    let fam = byBase.get(key);
    if (!fam) {
      fam = { id: `family:${key}`, name: e.base, variants: [], members: [] };
      byBase.set(key, fam);
    }
    fam.members.push({ plan, edition: e.edition });
    for (const v of plan.variants) {
      const ve = editionOfName(v);
      // a short base ("แผนฯ") names nothing on its own
      if (ve && matchKey(ve.base).length >= 8 && !fam.variants.includes(ve.base)) fam.variants.push(ve.base);
    }
    if (!fam.variants.includes(e.base)) fam.variants.push(e.base);
  }
  const list = [...byBase.values()].filter((f) => f.members.length > 1);
  familyCache.set(plans, list);
  return list;
}

function familyNamedIn(text: string, families: readonly PlanFamily[]): PlanFamily | undefined {
  let best: PlanFamily | undefined;
  let bestLen = 0;
  for (const f of families) {
    const len = longestMatch(text, f.variants);
    if (len > bestLen) {
      best = f;
      bestLen = len;
    }
  }
  return best;
}

function familyOfSection(section: readonly string[], families: readonly PlanFamily[]): PlanFamily | undefined {
  for (let i = section.length - 1; i >= 0; i--) {
    const f = familyNamedIn(section[i]!, families);
    if (f) return f;
  }
  return undefined;
}

/**
 * The plan an added entry names: in its first part ("ยุทธศาสตร์ชาติ: ด้าน… › …", a table row's
 * first cell), else anywhere in it; a family named without an edition is the edition in force
 * in the fiscal year, or nothing when the year is unknown.
 */
function planOfEntry(entry: string, plans: readonly PlanDef[], families: readonly PlanFamily[], fiscalYear?: number): PlanDef | undefined {
  const head = entry.split(/\s*[|:：›>]\s*/, 1)[0]!;
  const named = planNamedIn(head, plans) ?? planNamedIn(entry, plans);
  if (named) return named;
  const family = familyNamedIn(head, families) ?? familyNamedIn(entry, families);
  const edition = family ? editionStated(entry, false) : undefined;
  if (family && edition !== undefined) return family.members.find((m) => m.edition === edition)?.plan;
  return family && fiscalYear !== undefined ? family.members.find((m) => planApplies(m.plan, fiscalYear))?.plan : undefined;
}

/** "ฉบับที่ 13 (พ.ศ. 2566 - 2570)" → 13; a bare "13" in a field labelled ฉบับ… → 13. */
function editionStated(text: string, labelled: boolean): number | undefined {
  const t = arabicDigits(text);
  const m = /ฉบับที่\s*(\d{1,2})/.exec(t) ?? (labelled ? /^\s*(\d{1,2})\b/.exec(t) : null);
  return m ? Number(m[1]) : undefined;
}

function isEditionSelector(f: FieldSnapshot): boolean {
  if (f.kind !== 'radio' && f.kind !== 'select' && f.kind !== 'combobox') return false;
  if (/ฉบับ/.test(f.label)) return true;
  const opts = f.options ?? [];
  return opts.length > 1 && opts.every((o) => /ฉบับที่\s*[0-9๐-๙]/.test(o));
}

const cache = new WeakMap<FormSnapshot, Map<string, PlanMembership>>();

interface NamedPlans {
  labelPlan: PlanDef | undefined;
  sectionPlan: PlanDef | undefined;
  family: PlanFamily | undefined;
}
/**
 * The plans each field's label and section name: text matching over every field, from the
 * structure only, so reused while it stays (utils/classify/structure.ts); what the fields'
 * values say (a chosen plan, an edition, linked or not) is read on every call.
 */
const namedMemo = new StructureMemo<readonly PlanDef[], NamedPlans[]>();

function namedPlans(snapshot: FormSnapshot, plans: readonly PlanDef[], families: readonly PlanFamily[]): NamedPlans[] {
  return namedMemo.get(plans, snapshot, (s) =>
    s.fields.map((f) => {
      const labelPlan = planNamedIn(f.label, plans);
      const sectionPlan = planOfSection(f.section, plans);
      // a family is looked for only where no plan is named (as planMembership reads it)
      const family =
        !labelPlan && !sectionPlan && families.length ? familyOfSection(f.section, families) ?? familyNamedIn(f.label, families) : undefined;
      return { labelPlan, sectionPlan, family };
    }),
  );
}

/**
 * Which fields belong to which plan. `fiscalYear` (when known) decides the edition of a
 * family the form names without one; unknown, such a family is reported under its own name.
 */
export function planMembership(snapshot: FormSnapshot, profile: Profile, fiscalYear?: number): PlanMembership {
  const key = String(fiscalYear ?? '');
  let byYear = cache.get(snapshot);
  const cached = byYear?.get(key);
  if (cached) return cached;
  const states = new Map<string, PlanState>(
    profile.plans.map((plan) => [plan.id, { plan, details: [], linked: false }]),
  );
  const families = planFamilies(profile.plans);
  const familyFields = new Map<PlanFamily, FieldSnapshot[]>();
  const owned = new Set<string>();
  const adders: FieldSnapshot[] = [];
  const named = namedPlans(snapshot, profile.plans, families);
  for (let i = 0; i < snapshot.fields.length; i++) {
    const f = snapshot.fields[i]!;
    const { labelPlan, sectionPlan, family: familyHere } = named[i]!;
    if (f.added) {
      // an add-plan chooser: its list's entries are the plans linked
      let named = false;
      for (const entry of f.added) {
        const p = planOfEntry(entry, profile.plans, families, fiscalYear);
        if (!p) continue;
        states.get(p.id)!.listed ??= f;
        named = true;
      }
      if (named && !sectionPlan && !labelPlan) {
        owned.add(f.key);
        adders.push(f);
        continue;
      }
    }
    if (f.kind === 'checkbox' && labelPlan) {
      states.get(labelPlan.id)!.toggle = f;
      owned.add(f.key);
      continue;
    }
    const valuePlan =
      (f.kind === 'select' || f.kind === 'combobox' || f.kind === 'radio') && !f.empty
        ? planNamedIn(f.value, profile.plans)
        : undefined;
    if (valuePlan && !sectionPlan && !labelPlan) {
      states.get(valuePlan.id)!.chosen = f;
      owned.add(f.key);
      continue;
    }
    const plan = sectionPlan ?? labelPlan;
    if (plan) {
      states.get(plan.id)!.details.push(f);
      owned.add(f.key);
      continue;
    }
    const family = familyHere;
    if (family) {
      const list = familyFields.get(family);
      if (list) list.push(f);
      else familyFields.set(family, [f]);
      owned.add(f.key);
    }
  }
  const extra: PlanState[] = [];
  for (const [family, fields] of familyFields) {
    const selector = fields.find(isEditionSelector);
    let edition = selector && !selector.empty ? editionStated(selector.value, true) : undefined;
    if (edition === undefined) {
      for (const f of fields) {
        if (f === selector) continue;
        edition = editionStated(f.label, false) ?? f.section.map((s) => editionStated(s, false)).find((e) => e !== undefined);
        if (edition !== undefined) break;
      }
    }
    const member =
      edition !== undefined
        ? family.members.find((m) => m.edition === edition)
        : fiscalYear !== undefined
          ? family.members.find((m) => planApplies(m.plan, fiscalYear))
          : undefined;
    const details = fields.filter((f) => f !== selector);
    let state: PlanState;
    if (member) {
      state = states.get(member.plan.id)!;
    } else {
      const plan: PlanDef = {
        id: family.id,
        name: family.name,
        variants: family.variants,
        required: family.members.some((m) => m.plan.required),
      };
      state = { plan, details: [], linked: false };
      extra.push(state);
    }
    state.details.push(...details);
    if (selector) state.edition = selector;
  }
  for (const s of [...states.values(), ...extra]) {
    s.linked =
      s.toggle?.checked === true ||
      s.chosen !== undefined ||
      s.listed !== undefined ||
      s.details.some((d) => d.editable && d.kind !== 'slider' && (!d.empty || d.added !== undefined));
  }
  const result = { plans: [...states.values(), ...extra], owned, adders };
  if (!byYear) cache.set(snapshot, (byYear = new Map()));
  byYear.set(key, result);
  return result;
}

/** Whether a plan applies in a fiscal year (BE). */
export function planApplies(plan: PlanDef, fiscalYear: number): boolean {
  const r = plan.fiscalYears;
  if (!r) return true;
  return (r.from === undefined || fiscalYear >= r.from) && (r.to === undefined || fiscalYear <= r.to);
}
