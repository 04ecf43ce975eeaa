/**
 * How much slower than itself this (shared, 2-core) machine runs now: the same small job
 * timed 15 times, median over fastest. Timing bounds in the bounded-work tests are scaled by
 * it (1 on an idle machine), so a loaded CI runner does not fail them while a quadratic
 * regression — seconds, not milliseconds — still does.
 */
export async function machineSlowdown(): Promise<number> {
  const runs: number[] = [];
  for (let k = 0; k < 15; k++) {
    const t = performance.now();
    let x = 0;
    for (let i = 0; i < 2_000_000; i++) x = (x + i * 7) % 1_000_003;
    runs.push(performance.now() - t + (x < 0 ? 1 : 0));
    await new Promise((r) => setTimeout(r, 20));
  }
  runs.sort((a, b) => a - b);
  return Math.max(1, runs[7]! / runs[0]!);
}
