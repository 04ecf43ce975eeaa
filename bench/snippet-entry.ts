/**
 * Snippet search benchmark, run in Node (bundled by bench/lib/bundle.mjs): stores
 * `count` generated snippets in fake-indexeddb through the real store, then times
 * searchSnippets — the first call (opens the DB, reads everything, builds the index)
 * and many warm queries of different shapes. Prints one JSON line.
 */
import 'fake-indexeddb/auto';
import { closeSnippetDb, putSnippets, searchSnippets } from '@/utils/snippets/db';
import { newFormSnippet, newTextSnippet, type SnippetInput } from '@/utils/snippets/schema';

const WORDS = [
  'รายงาน', 'ความก้าวหน้า', 'โครงการ', 'งบประมาณ', 'เบิกจ่าย', 'ไตรมาส', 'ยุทธศาสตร์ชาติ', 'แผนแม่บท',
  'ผลผลิต', 'ตัวชี้วัด', 'กิจกรรม', 'ปัญหาอุปสรรค', 'ข้อเสนอแนะ', 'ถนน', 'ชลประทาน', 'อบรม', 'สัมมนา',
  'จังหวัด', 'อำเภอ', 'ตำบล', 'budget', 'KPI', 'Q2', 'สำนักงาน', 'กรม', 'กระทรวง', 'ดำเนินการ', 'แล้วเสร็จ',
];

function rng(seed: number) {
  let s = seed >>> 0;
  return () => ((s = (Math.imul(s, 1664525) + 1013904223) >>> 0) / 4294967296);
}

const pick = <T>(r: () => number, a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
const phrase = (r: () => number, n: number) => Array.from({ length: n }, () => pick(r, WORDS)).join(r() < 0.5 ? ' ' : '');

function snippets(count: number): SnippetInput[] {
  const r = rng(42);
  const out: SnippetInput[] = [];
  const now = Date.UTC(2025, 0, 1);
  for (let i = 0; i < count; i++) {
    const name = `${phrase(r, 2)} ${i + 1}`;
    const tags = Array.from({ length: Math.floor(r() * 3) }, () => pick(r, WORDS));
    const s =
      i % 5 === 4
        ? newFormSnippet(
            {
              name,
              tags,
              fields: Array.from({ length: 20 }, (_, k) => ({
                label: `${pick(r, WORDS)} ${k + 1}`,
                section: [pick(r, WORDS)],
                kind: 'text' as const,
                value: phrase(r, 4),
              })),
            },
            now + i,
          )
        : newTextSnippet({ name, tags, text: phrase(r, 25) }, now + i);
    out.push({ ...s, usedAt: r() < 0.3 ? now + Math.floor(r() * 1e6) : null, useCount: Math.floor(r() * 5) });
  }
  return out;
}

const median = (xs: number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

async function main() {
  const count = Number(process.argv[2] ?? 10_000);
  const rounds = Number(process.argv[3] ?? 10);
  let t = performance.now();
  const all = snippets(count);
  for (let i = 0; i < all.length; i += 2000) await putSnippets(all.slice(i, i + 2000));
  const storeMs = performance.now() - t;

  // first search of a fresh page: open the DB, read all, build the index
  const firsts: number[] = [];
  for (let i = 0; i < Math.min(rounds, 5); i++) {
    await closeSnippetDb();
    t = performance.now();
    await searchSnippets('รายงาน', { limit: 20 });
    firsts.push(performance.now() - t);
  }

  const queries = [
    'รายงาน', 'ความก้าวหน้า 2', 'งบ ประมาณ', 'ยุทธศาสตร์ชาติ แผนแม่บท', 'kpi', 'Q2', 'ร', 'ไม่มีคำนี้เลย',
    'ชลประทาน 123', '', 'สำนักงานกรม', 'budget KPI', 'ข้อเสนอแนะ', 'ดำเนินการแล้วเสร็จ', '๒', 'ตำบล 99',
  ];
  const times: number[] = [];
  const byQuery: Record<string, number[]> = {};
  let hits = 0;
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      t = performance.now();
      const res = await searchSnippets(q, { limit: 20 });
      const ms = performance.now() - t;
      times.push(ms);
      (byQuery[q] ??= []).push(ms);
      hits += res.length;
    }
  }
  const perQuery = Object.fromEntries(Object.entries(byQuery).map(([q, xs]) => [q, median(xs)]));
  const slowest = Object.entries(perQuery).sort((a, b) => b[1] - a[1])[0]!;
  console.log(
    JSON.stringify({ count, storeMs, firsts, times, queries: queries.length, hits, perQuery, slowest }),
  );
  await closeSnippetDb();
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
