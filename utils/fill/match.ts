/**
 * Which page field each saved field goes into, by label (pure; no DOM).
 *
 * Label tiers, best first:
 *   4  the same label up to spaces, case, "*" and ":" (matchKey);
 *   3  the same without parenthesised units, when the units do not disagree;
 *   2  both labels name the same concept of the profile ("ผลการเบิกจ่ายงบประมาณ (บาท)" ≈
 *      "ผลการใช้จ่ายงบประมาณ (บาท)": both are variants of profile.fields.spent), or, for
 *      plan toggles, the same plan of profile.plans.
 * The section path breaks ties between equal labels ("เป้าหมาย" under two plan headings)
 * and vetoes a pairing whose innermost plan heading names another plan. Each page field
 * takes at most one saved field; equal scores pair up in page order.
 */
import type { FieldSnapshot } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import { planNamedIn } from '@/utils/rules/plans';
import { labelScore, longestMatch, matchKey } from '@/utils/text';
import { kindsCompatible, withoutParentheses, type WantedField } from './values';

export type LabelHow = 'same' | 'core' | 'concept' | 'plan';

export interface FieldMatch {
  /** index of the saved field */
  index: number;
  /** key of the page field in the snapshot it was matched against */
  key: string;
  /** position of the page field in that snapshot (page order) */
  position: number;
  how: LabelHow;
  score: number;
}

export interface MatchResult {
  matches: FieldMatch[];
  /** saved fields (indices) with no page field */
  unmatched: number[];
}

const TIER: Record<LabelHow, number> = { same: 4, core: 3, concept: 2, plan: 2 };

const UNITS: [RegExp, string][] = [
  [/ร้อยละ|%|เปอร์เซ็นต์|percent/i, '%'],
  [/บาท|baht|฿/i, 'บาท'],
  [/ล้านบาท/i, 'ล้านบาท'],
  [/คน/, 'คน'],
];

/** The unit a label states in parentheses, normalised ("(ร้อยละ)" and "(%)" are one unit). */
export function unitOf(label: string): string | null {
  const parts = label.match(/\(([^()]*)\)|（([^（）]*)）/g);
  if (!parts) return null;
  for (const p of parts) {
    let unit: string | null = null;
    for (const [re, name] of UNITS) if (re.test(p)) unit = name;
    if (unit) return unit;
  }
  return null;
}

function unitsDisagree(a: string, b: string): boolean {
  const ua = unitOf(a);
  const ub = unitOf(b);
  return ua !== null && ub !== null && ua !== ub;
}

/**
 * The profile concept a label names, if it clearly names one: the label is a variant,
 * starts with one, or a variant covers most of it (without its unit). The most specific
 * (longest) variant wins, so "ผลการเบิกจ่ายงบประมาณ" is `spent`, not `allocated`.
 */
export function conceptOf(label: string, profile: Profile): string | null {
  const core = matchKey(withoutParentheses(label));
  if (!core) return null;
  let best: string | null = null;
  let bestScore = 0;
  let bestLen = 0;
  for (const [concept, variants] of Object.entries(profile.fields)) {
    const score = Math.max(labelScore(label, variants), labelScore(withoutParentheses(label), variants));
    if (!score) continue;
    const len = Math.max(longestMatch(label, variants), longestMatch(withoutParentheses(label), variants));
    // a variant merely contained in a long label ("โครงการ" in "ผลการดำเนินงานโครงการ") is not enough
    if (score === 1 && len < core.length * 0.6) continue;
    if (score > bestScore || (score === bestScore && len > bestLen)) {
      best = concept;
      bestScore = score;
      bestLen = len;
    }
  }
  return best;
}

/** How two labels correspond, or null. `kind` is the saved field's kind (plan identity applies to toggles). */
export function labelMatch(saved: WantedField, page: FieldSnapshot, profile: Profile): LabelHow | null {
  const a = matchKey(saved.label);
  const b = matchKey(page.label);
  if (!a && !b) return null;
  if (a === b) return 'same';
  if (unitsDisagree(saved.label, page.label)) return null;
  const ca = matchKey(withoutParentheses(saved.label));
  if (ca && ca === matchKey(withoutParentheses(page.label))) return 'core';
  if (saved.kind === 'checkbox' && page.kind === 'checkbox') {
    const pa = planNamedIn(saved.label, profile.plans);
    if (pa && pa === planNamedIn(page.label, profile.plans)) return 'plan';
    return null;
  }
  const concept = conceptOf(saved.label, profile);
  if (concept && concept === conceptOf(page.label, profile)) return 'concept';
  return null;
}

/** Two section titles: 1 the same, 0.8 the same plan, 0.7 one contains the other (or equal without units), else 0. */
function titleSimilarity(a: string, b: string, profile: Profile): number {
  const ka = matchKey(a);
  const kb = matchKey(b);
  if (!ka || !kb) return 0;
  if (ka === kb) return 1;
  const pa = planNamedIn(a, profile.plans);
  const pb = planNamedIn(b, profile.plans);
  if (pa && pa === pb) return 0.8;
  if (pa && pb) return 0;
  const ca = matchKey(withoutParentheses(a));
  const cb = matchKey(withoutParentheses(b));
  if (ca && ca === cb) return 0.7;
  const [short, long] = ka.length <= kb.length ? [ka, kb] : [kb, ka];
  return short.length >= 3 && long.includes(short) ? 0.7 : 0;
}

/** The plan a section path is about (the innermost title naming one). */
function planOfPath(path: readonly string[], profile: Profile) {
  for (let i = path.length - 1; i >= 0; i--) {
    const p = planNamedIn(path[i]!, profile.plans);
    if (p) return p;
  }
  return undefined;
}

/**
 * How well the saved section path fits the page's, 0…1 (inner titles weigh more), or
 * -1 when they name different plans: "เป้าหมาย" of ยุทธศาสตร์ชาติ must not go into the
 * "เป้าหมาย" of แผนพัฒนาฯ.
 */
export function sectionScore(saved: readonly string[], page: readonly string[], profile: Profile): number {
  const ps = planOfPath(saved, profile);
  const pp = planOfPath(page, profile);
  if (ps && pp && ps !== pp) return -1;
  if (!saved.length || !page.length) return 0;
  let total = 0;
  let got = 0;
  saved.forEach((title, i) => {
    const weight = i + 1;
    total += weight;
    let best = 0;
    for (const p of page) best = Math.max(best, titleSimilarity(title, p, profile));
    got += best * weight;
  });
  return total ? got / total : 0;
}

/**
 * Pair saved fields with page fields. `skipPositions` are page positions already used
 * (filled earlier in this run); `only` limits which saved fields take part.
 */
export function matchFields(
  saved: readonly WantedField[],
  page: readonly FieldSnapshot[],
  profile: Profile,
  opts: { only?: ReadonlySet<number>; skipPositions?: ReadonlySet<number> } = {},
): MatchResult {
  const candidates: FieldMatch[] = [];
  saved.forEach((w, index) => {
    if (opts.only && !opts.only.has(index)) return;
    page.forEach((f, position) => {
      if (opts.skipPositions?.has(position)) return;
      if (!kindsCompatible(w.kind, f.kind)) return;
      const how = labelMatch(w, f, profile);
      if (!how) return;
      const sec = sectionScore(w.section, f.section, profile);
      if (sec < 0) return;
      const sameKind = w.kind === f.kind ? 0.5 : 0;
      candidates.push({ index, key: f.key, position, how, score: TIER[how] * 10 + sec * 5 + sameKind });
    });
  });
  // best first; equal scores in saved order, then page order, so repeated labels pair up in order
  candidates.sort((x, y) => y.score - x.score || x.index - y.index || x.position - y.position);
  const takenSaved = new Set<number>();
  const takenPage = new Set<number>();
  const matches: FieldMatch[] = [];
  for (const c of candidates) {
    if (takenSaved.has(c.index) || takenPage.has(c.position)) continue;
    takenSaved.add(c.index);
    takenPage.add(c.position);
    matches.push(c);
  }
  matches.sort((x, y) => x.position - y.position);
  const unmatched: number[] = [];
  saved.forEach((_, i) => {
    if ((!opts.only || opts.only.has(i)) && !takenSaved.has(i)) unmatched.push(i);
  });
  return { matches, unmatched };
}

/**
 * The order to fill matches in: plan toggles and other boxes first (they reveal the
 * fields that belong to them), then everything else in page order.
 */
export function fillOrder(matches: readonly FieldMatch[], page: readonly FieldSnapshot[]): FieldMatch[] {
  const toggles = matches.filter((m) => page[m.position]?.kind === 'checkbox');
  const rest = matches.filter((m) => page[m.position]?.kind !== 'checkbox');
  return [...toggles, ...rest];
}
