/**
 * Derived data that depends only on a form's structure, reused while the structure stays the
 * same (issue 12, incremental evaluation). A keystroke builds a new FormSnapshot with new field
 * objects (live-checker: refreshFields), so a cache keyed to the snapshot object missed on every
 * key and the label matching over all fields ran again: on a 2,000-field snapshot classify took
 * 9.0 ms and the plan grouping 6.9 ms per keystroke (tests/unit/structure-memo.test.ts prints
 * the figures of its own run). What is reused here is read only from the structure compared by
 * sameStructure(), so a reused answer is the answer recomputing would give.
 */
import type { FieldSnapshot, FormSnapshot } from '@/utils/types';

function sameList(a: readonly string[], b: readonly string[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** The parts of a field that label matching reads: never its value. */
function sameFieldStructure(a: FieldSnapshot, b: FieldSnapshot): boolean {
  return (
    a === b ||
    (a.label === b.label &&
      a.kind === b.kind &&
      a.editable === b.editable &&
      a.concept === b.concept &&
      sameList(a.section, b.section))
  );
}

/**
 * Whether two snapshots have the same structure: address, headings, and per field (in order)
 * label, kind, editable, taught concept and section path. Values, emptiness, checked state,
 * options and required marks may differ.
 */
export function sameStructure(a: FormSnapshot, b: FormSnapshot): boolean {
  if (a === b) return true;
  if (a.url !== b.url || !sameList(a.headings, b.headings) || a.fields.length !== b.fields.length) return false;
  const fa = a.fields;
  const fb = b.fields;
  if (fa === fb) return true;
  for (let i = 0; i < fa.length; i++) if (!sameFieldStructure(fa[i]!, fb[i]!)) return false;
  return true;
}

/**
 * One structural answer per key (a profile, a plan list): `compute(snapshot)` when the
 * snapshot's structure differs from the last one asked about, else the last answer.
 */
export class StructureMemo<K extends object, V> {
  private last = new WeakMap<K, { snapshot: FormSnapshot; value: V }>();

  get(key: K, snapshot: FormSnapshot, compute: (snapshot: FormSnapshot) => V): V {
    const hit = this.last.get(key);
    if (hit && sameStructure(hit.snapshot, snapshot)) return hit.value;
    const value = compute(snapshot);
    this.last.set(key, { snapshot, value });
    return value;
  }
}
