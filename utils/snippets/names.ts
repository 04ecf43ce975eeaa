/** Naming of copies: duplicates and imported copies must not shadow the original in a list. */
import { SNIPPET_LIMITS } from './schema';

/** "ชื่อ (สำเนา)", "ชื่อ (สำเนา 2)", … — a name not in `taken`, within the name length limit. */
export function uniqueName(base: string, suffix: string, taken: ReadonlySet<string>): string {
  for (let n = 1; ; n++) {
    const tail = n === 1 ? ` (${suffix})` : ` (${suffix} ${n})`;
    const name = base.slice(0, SNIPPET_LIMITS.name - tail.length).trimEnd() + tail;
    if (!taken.has(name)) return name;
  }
}
