/** classify: snapshot → which eMENSCR screen this is, and its fiscal year. */
import type { FormSnapshot, Screen, ScreenId } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import { labelScore } from '@/utils/text';
import { findConcept } from '@/utils/rules/fields';
import { fieldFor } from './fields';

export { classifyFields, fieldFor, type ClassifiedFields, type Concept } from './fields';
import { parseFiscalYear } from '@/utils/calendar';
import { stepScreen } from './screens';
import { StructureMemo } from './structure';

/** screens signed in the profile's `screens`; M2–M5 are recognised by ./screens.ts */
type SignedScreen = keyof Profile['screens'];
const ORDER: SignedScreen[] = ['sendDialog', 'progressReport', 'linkage', 'projectList'];

function score(snapshot: FormSnapshot, profile: Profile, id: SignedScreen): number {
  const sig = profile.screens[id];
  let s = 0;
  if (snapshot.headings.some((h) => labelScore(h, sig.headings) > 0)) s += 2;
  const labelHits = sig.labels.length
    ? snapshot.fields.filter((f) => labelScore(f.label, sig.labels) > 0).length
    : 0;
  s += Math.min(labelHits, 3);
  let path = '';
  try {
    const u = new URL(snapshot.url);
    path = u.pathname + u.hash;
  } catch {
    /* not a URL: no path signal */
  }
  if (sig.urlPatterns.some((p) => path.includes(p))) s += 1;
  return s;
}

function fiscalYearOf(snapshot: FormSnapshot, profile: Profile): number | undefined {
  const field = fieldFor(snapshot, profile, 'fiscalYear');
  const fromField = field ? parseFiscalYear(field.value) : null;
  if (fromField) return fromField;
  if (snapshot.context?.fiscalYear) return snapshot.context.fiscalYear;
  for (const h of snapshot.headings) {
    const m = /ปีงบประมาณ/.test(h) ? parseFiscalYear(h.slice(h.indexOf('ปีงบประมาณ'))) : null;
    if (m) return m;
  }
  return undefined;
}

/** Which screen, from the structure only (labels, kinds, headings, address): reused while it stays (./structure.ts). */
const screens = new StructureMemo<Profile, ScreenId>();

export function classify(snapshot: FormSnapshot, profile: Profile): Screen {
  const screen: Screen = { id: screens.get(profile, snapshot, (s) => screenIdOf(s, profile)) };
  const fy = fiscalYearOf(snapshot, profile);
  if (fy) screen.fiscalYear = fy;
  return screen;
}

function screenIdOf(snapshot: FormSnapshot, profile: Profile): ScreenId {
  const editable = snapshot.fields.filter((f) => f.editable).length;
  let best: ScreenId = 'other';
  let bestScore = 0;
  for (const id of ORDER) {
    const s = score(snapshot, profile, id);
    // a form screen needs form fields; the send dialog needs its recipient field
    if ((id === 'progressReport' || id === 'linkage') && editable === 0) continue;
    if (id === 'sendDialog' && !fieldFor(snapshot, profile, 'recipient')) continue;
    if (s > bestScore) {
      best = id;
      bestScore = s;
    }
  }
  if (best === 'projectList' && editable > 2) best = 'other';
  // M2–M5 (./screens.ts): chosen only on stronger evidence than the screens above
  const step = best === 'sendDialog' ? null : stepScreen(snapshot, profile.formScreens);
  if (step && step.score > bestScore) best = step.id;
  return best;
}
