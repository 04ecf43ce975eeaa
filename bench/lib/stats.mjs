/** Small statistics and formatting helpers for the benchmark. */

export function summary(samples) {
  const xs = samples.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (!xs.length) return { median: NaN, min: NaN, max: NaN, n: 0 };
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs[xs.length - 1], n: xs.length };
}

export const median = (xs) => summary(xs).median;

export function fmt(x, unit = 'ms') {
  if (x === null || x === undefined || Number.isNaN(x)) return '—';
  if (unit === 'KB') return (x / 1024).toFixed(1);
  if (unit === '×') return x.toFixed(1) + '×';
  if (unit === 'count') return String(Math.round(x));
  const a = Math.abs(x);
  return a >= 100 ? x.toFixed(0) : a >= 10 ? x.toFixed(1) : x.toFixed(2);
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Render rows as a fixed-width text table. */
export function table(headers, rows) {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i] ?? '').length)));
  const line = (cells) => cells.map((c, i) => (i === 0 ? String(c ?? '').padEnd(widths[i]) : String(c ?? '').padStart(widths[i]))).join('  ');
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}
