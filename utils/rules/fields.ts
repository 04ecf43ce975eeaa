/** Finding fields by concept: the best label match among the snapshot's fields. */
import type { FieldKind, FieldSnapshot, FormSnapshot } from '@/utils/types';
import { labelScore } from '@/utils/text';

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

/** The label to show for a field: its label, or its section when it has none. */
export function displayLabel(f: FieldSnapshot): string {
  return f.label || f.section[f.section.length - 1] || 'ช่องไม่มีชื่อ';
}
