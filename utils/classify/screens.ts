/**
 * Recognising the project-entry steps M2–M5 (general information, project details,
 * activities, spending plan). Nobody here has seen the real screens (research notes §0), so
 * no single signal decides: evidence is added up from
 * - the step marker in a heading ("M2", "M๒ :", "ขั้นตอนที่ 2"), as circular 000 §1 writes the steps;
 * - heading words (exact > prefix > contains, so "ข้อมูลทั่วไปของโครงการ/กิจกรรม" is M2, not M4);
 * - fields only that screen has (distinct label variants present, at most 3);
 * - the route (location path + hash).
 * A screen needs at least MIN_SCORE, i.e. two independent signals or one strong heading, and
 * never on fields alone: M6 repeats fields of M3 and M5 (KPI rows, target group, budget; research
 * notes §3), so labels only add to a heading, step marker or route; and a form with a field only
 * M6 has (the progress slider, the reported quarter) is never M2–M5.
 */
import type { FormSnapshot } from '@/utils/types';
import { DEFAULT_FORM_SCREENS, STEP_SCREENS, type FormScreens, type StepScreenId } from '@/utils/profile/form-screens';
import { cleanText, labelScore } from '@/utils/text';

export const MIN_SCORE = 3;

/** Step numbers named in a heading: "M2", "M๒ : ข้อมูลทั่วไป", "ขั้นตอนที่ 3". */
export function stepNumbers(heading: string): number[] {
  const s = cleanText(heading);
  const out: number[] = [];
  for (const m of s.matchAll(/(?:^|[^A-Za-z0-9])M\s*([1-9])(?![0-9])|ขั้นตอนที่\s*([1-9])(?![0-9])/gi)) {
    out.push(Number(m[1] ?? m[2]));
  }
  return out;
}

function routeOf(url: string): string {
  try {
    const u = new URL(url);
    return u.pathname + u.hash;
  } catch {
    return '';
  }
}

function routeMatches(route: string, patterns: readonly string[]): boolean {
  for (const p of patterns) {
    try {
      if (new RegExp(p, 'i').test(route)) return true;
    } catch {
      // a bad pattern in an imported profile is a plain substring
      if (route.toLowerCase().includes(p.toLowerCase())) return true;
    }
  }
  return false;
}

/** Evidence that the snapshot is step screen `id` (0 when nothing but field labels points to it). */
export function stepScore(snapshot: FormSnapshot, id: StepScreenId, screens: FormScreens = DEFAULT_FORM_SCREENS): number {
  const sig = screens[id];
  let s = 0;
  if (snapshot.headings.some((h) => stepNumbers(h).includes(sig.step))) s += 2;
  let heading = 0;
  for (const h of snapshot.headings) heading = Math.max(heading, labelScore(h, sig.headings));
  s += heading;
  if (routeMatches(routeOf(snapshot.url), sig.routes)) s += 1;
  if (s === 0) return 0;
  let labels = 0;
  for (const v of sig.labels) {
    if (snapshot.fields.some((f) => labelScore(f.label, [v]) > 0)) labels++;
  }
  return s + Math.min(labels, 3);
}

/** The best-supported step screen M2–M5, or null when none has enough evidence. */
export function stepScreen(
  snapshot: FormSnapshot,
  screens: FormScreens = DEFAULT_FORM_SCREENS,
): { id: StepScreenId; score: number } | null {
  if (!snapshot.fields.some((f) => f.editable)) return null;
  // the blue progress bar and the reported quarter belong to M6 (circular 000, steps 4–5)
  if (snapshot.fields.some((f) => f.editable && (f.kind === 'slider' || labelScore(f.label, screens.progressOnly) > 0))) return null;
  let best: { id: StepScreenId; score: number } | null = null;
  for (const id of STEP_SCREENS) {
    const score = stepScore(snapshot, id, screens);
    if (score >= MIN_SCORE && (!best || score > best.score)) best = { id, score };
  }
  return best;
}

export function isStepScreen(id: string): id is StepScreenId {
  return (STEP_SCREENS as readonly string[]).includes(id);
}
