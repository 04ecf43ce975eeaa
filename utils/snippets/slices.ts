/**
 * Long work in slices: an import of 5,000 snippets done in one task held the library
 * page's main thread for seconds (issue 11: longest task 2.7 s). Work that may be large
 * runs a slice, then gives the main thread back so input and rendering go first.
 */

/** Give the main thread back: scheduler.yield() where there is one (Chrome 129+), else a macrotask. */
export function yieldToPage(): Promise<void> {
  const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof s?.yield === 'function') return s.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface Progress {
  /** items done so far */
  done: number;
  total: number;
}
