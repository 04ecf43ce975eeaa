/**
 * Applying corrections to a snapshot, before classify and the rules (issue 14):
 * - ignore: the field leaves the snapshot the rules see (completeness, cross-field, guard);
 * - rename: the field's label becomes the name a person uses (findings show it);
 * - concept: `FieldSnapshot.concept` is set, and the rules' findConcept prefers it to
 *   guessing from labels (utils/rules/fields.ts).
 * Keys of the remaining fields are unchanged ("f7" still maps to element 7).
 * Pure: the DOM was read into ScreenFacts by ./keys.ts.
 */
import type { FieldSnapshot, FormSnapshot } from '@/utils/types';
import type { ActiveCorrection } from './schema';
import { sameField, screenMatches, type ScreenFacts } from './keys';

export interface IgnoredField {
  field: FieldSnapshot;
  correction: ActiveCorrection;
}

export interface Applied {
  /** what classify and the rules see */
  snapshot: FormSnapshot;
  /** fields the user (or policy) said not to check, in page order */
  ignored: IgnoredField[];
  /** corrections in force per field key ("f3") */
  byField: Map<string, ActiveCorrection[]>;
  /** corrections of this screen (matching or not a field present now) */
  screen: ActiveCorrection[];
}

export function correctionsForScreen(corrections: readonly ActiveCorrection[], facts: ScreenFacts): ActiveCorrection[] {
  return corrections.filter((c) => screenMatches(c.screen, facts.key.route, facts.key.fingerprint));
}

export function applyCorrections(
  snapshot: FormSnapshot,
  facts: ScreenFacts,
  corrections: readonly ActiveCorrection[],
): Applied {
  const screen = correctionsForScreen(corrections, facts);
  const byField = new Map<string, ActiveCorrection[]>();
  if (!screen.length) return { snapshot, ignored: [], byField, screen };
  // policy entries last: where both speak about one field, the administrator's wins
  const ordered = [...screen.filter((c) => !c.locked), ...screen.filter((c) => c.locked)];
  const fields: FieldSnapshot[] = [];
  const ignored: IgnoredField[] = [];
  snapshot.fields.forEach((f, i) => {
    const key = facts.fields[i];
    const mine = key ? ordered.filter((c) => sameField(c.field, key)) : [];
    if (!mine.length) return void fields.push(f);
    byField.set(f.key, mine);
    let out: FieldSnapshot = f;
    let ignore: ActiveCorrection | undefined;
    for (const c of mine) {
      if (c.action.type === 'ignore') ignore = c;
      else if (c.action.type === 'rename') out = { ...out, label: c.action.name };
      else out = { ...out, concept: c.action.concept };
    }
    if (ignore) ignored.push({ field: out, correction: ignore });
    else fields.push(out);
  });
  return { snapshot: { ...snapshot, fields }, ignored, byField, screen };
}
