/**
 * Field-level classify: one pass that tells, for each concept of the profile (fiscal year,
 * quarter, status, progress, spent, allocation, project name, budget source, recipient), which
 * field of the snapshot it is. Rules, the send guard, progress memory and fill read this one
 * answer instead of each looking the label up again.
 *
 * A field whose `concept` is preset (a user's correction, taught through the panel) is that
 * concept, whatever its label says, and is not taken for any other concept.
 */
import type { FieldKind, FieldSnapshot, FormSnapshot } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import { findField } from '@/utils/rules/fields';
import { StructureMemo } from './structure';

export type Concept = keyof Profile['fields'];

/** Kinds of control a concept can be drawn with (a progress is a slider, a spent amount a text box). */
const KINDS: Partial<Record<Concept, readonly FieldKind[]>> = {
  quarter: ['select', 'combobox', 'radio', 'text'],
  status: ['radio', 'select', 'combobox'],
  progress: ['slider'],
  spent: ['text', 'richtext'],
  allocated: ['text', 'richtext', 'select'],
  projectName: ['text', 'richtext'],
};

export type ClassifiedFields = Partial<Record<Concept, FieldSnapshot>>;

const cache = new WeakMap<FormSnapshot, WeakMap<Profile, ClassifiedFields>>();
/** concept → field index, from labels, kinds and taught concepts only: reused while the structure stays (./structure.ts) */
const indexes = new StructureMemo<Profile, Partial<Record<Concept, number>>>();

export function classifyFields(snapshot: FormSnapshot, profile: Profile): ClassifiedFields {
  let byProfile = cache.get(snapshot);
  const hit = byProfile?.get(profile);
  if (hit) return hit;
  const index = indexes.get(profile, snapshot, (s) => {
    const found = matchConcepts(s, profile);
    const at = new Map(s.fields.map((f, i) => [f, i]));
    const out: Partial<Record<Concept, number>> = {};
    for (const c of Object.keys(found) as Concept[]) out[c] = at.get(found[c]!);
    return out;
  });
  const out: ClassifiedFields = {};
  for (const c of Object.keys(index) as Concept[]) {
    const f = snapshot.fields[index[c]!];
    if (f) out[c] = f;
  }
  if (!byProfile) cache.set(snapshot, (byProfile = new WeakMap()));
  byProfile.set(profile, out);
  return out;
}

function matchConcepts(snapshot: FormSnapshot, profile: Profile): ClassifiedFields {
  const out: ClassifiedFields = {};
  const taught = new Set<FieldSnapshot>();
  for (const f of snapshot.fields) {
    if (f.concept && f.concept in profile.fields && !out[f.concept as Concept]) {
      out[f.concept as Concept] = f;
      taught.add(f);
    }
  }
  const rest: FormSnapshot = { ...snapshot, fields: snapshot.fields.filter((f) => !f.concept) };
  for (const concept of Object.keys(profile.fields) as Concept[]) {
    if (out[concept]) continue;
    const f = findField(rest, profile.fields[concept], KINDS[concept]);
    if (f) out[concept] = f;
  }
  return out;
}

/** The field of one concept, optionally only of some kinds. */
export function fieldFor(snapshot: FormSnapshot, profile: Profile, concept: Concept, kinds?: readonly FieldKind[]): FieldSnapshot | undefined {
  const f = classifyFields(snapshot, profile)[concept];
  if (f && kinds && !kinds.includes(f.kind)) {
    return f.concept ? undefined : findField({ ...snapshot, fields: snapshot.fields.filter((x) => !x.concept) }, profile.fields[concept], kinds);
  }
  return f;
}
