/** Finding fields by concept: the best label match among the snapshot's fields. */
import type { FieldKind, FieldSnapshot, FormSnapshot } from '@/utils/types';
import { labelScore } from '@/utils/text';
import type { Profile } from '@/utils/profile/schema';
import type { Concept } from '@/utils/corrections/constants';

export function findField(
  snapshot: FormSnapshot,
  variants: readonly string[],
  kinds?: readonly FieldKind[],
): FieldSnapshot | undefined {
  let best: FieldSnapshot | undefined;
  let bestScore = 0;
  for (const f of snapshot.fields) {
    if (kinds && !kinds.includes(f.kind)) continue;
    const s = labelScore(f.label, variants);
    if (s > bestScore) {
      best = f;
      bestScore = s;
      if (s === 3) break;
    }
  }
  return best;
}

/**
 * The field of a profile concept: one a correction mapped to it (`FieldSnapshot.concept`),
 * else the best label match among fields not mapped to another concept.
 */
export function findConcept(
  snapshot: FormSnapshot,
  profile: Pick<Profile, 'fields'>,
  concept: Concept,
  kinds?: readonly FieldKind[],
): FieldSnapshot | undefined {
  let preset = false;
  for (const f of snapshot.fields) {
    if (!f.concept) continue;
    preset = true;
    if (f.concept === concept && (!kinds || kinds.includes(f.kind))) return f;
  }
  if (!preset) return findField(snapshot, profile.fields[concept], kinds);
  const free = snapshot.fields.filter((f) => !f.concept);
  return findField({ ...snapshot, fields: free }, profile.fields[concept], kinds);
}

/** The label to show for a field: its label, or its section when it has none. */
export function displayLabel(f: FieldSnapshot): string {
  return f.label || f.section[f.section.length - 1] || 'ช่องไม่มีชื่อ';
}
