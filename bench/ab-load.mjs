#!/usr/bin/env node
/**
 * A/B of the extension's CPU while a page loads (issue 12's load figure), interleaved: two
 * built extensions (e.g. main's and this tree's `.output/chrome-mv3`), each in its own
 * browser, loaded alternately so that the shared machine's load hits both alike. Per load: the
 * tab's V8 sampling profile (0.2 ms) from navigation until the checks settle (no new check for
 * 500 ms), a sample counting when a chrome-extension:// frame is on its stack — the same
 * figure as `load …: extension JS CPU time` in bench/run.mjs.
 *   node bench/ab-load.mjs --a=<dir of base build> [--b=.output/chrome-mv3] [--runs=10] [--url=m6|stress]
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, ORIGIN, chromiumArgs, extraPages, serveReplicas } from '../scripts/replica-server.mjs';
import { ROOT } from './lib/bundle.mjs';
import { stressForm } from './stress-form.mjs';
import { summary, fmt } from './lib/stats.mjs';
import { profileLoad } from './lib/load-profile.mjs';

const argv = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const RUNS = Number(argv.runs ?? 10);
extraPages.set('stress', stressForm({ widgets: 2000 }).html);
const URL_ = argv.url === 'stress' ? `${ORIGIN}/replica/stress/report/1` : `${ORIGIN}/replica/m6-native/report/1?state=complete`;
const dirs = { A: path.resolve(argv.a), B: path.resolve(argv.b ?? path.join(ROOT, '.output', 'chrome-mv3')) };

async function open(extDir) {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ea-ab-'));
  const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: chromiumArgs(extDir), viewport: { width: 1280, height: 800 }, locale: 'th-TH' });
  await serveReplicas(context);
  return { context, dir };
}

async function once(context) {
  const { profile, checks } = await profileLoad(context, URL_);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const isExt = new Map();
  const ext = (id) => {
    if (isExt.has(id)) return isExt.get(id);
    const r = byId.get(id).callFrame.url.startsWith('chrome-extension://') || (parentOf.has(id) && ext(parentOf.get(id)));
    isExt.set(id, r);
    return r;
  };
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const fn = byId.get(profile.samples[i]).callFrame.functionName;
    if (fn === '(idle)' || fn === '(program)' || fn === '(root)') continue;
    if (ext(profile.samples[i])) total += (profile.timeDeltas[i + 1] ?? 0) / 1000;
  }
  return { total, checks };
}

const load0 = os.loadavg();
const sides = { A: await open(dirs.A), B: await open(dirs.B) };
const res = { A: [], B: [] };
try {
  for (const s of ['A', 'B']) await once(sides[s].context); // warm-up
  for (let i = 0; i < RUNS; i++) {
    for (const s of i % 2 ? ['B', 'A'] : ['A', 'B']) res[s].push(await once(sides[s].context));
  }
} finally {
  for (const s of ['A', 'B']) {
    await sides[s].context.close();
    rmSync(sides[s].dir, { recursive: true, force: true });
  }
}
const la = (l) => l.map((x) => x.toFixed(2)).join(' / ');
console.log(`load average ${la(load0)} at start, ${la(os.loadavg())} at end (${os.cpus().length} cores); ${URL_}`);
for (const s of ['A', 'B']) {
  const t = summary(res[s].map((r) => r.total));
  console.log(`  ${s} ${dirs[s]}: extension JS CPU ${fmt(t.median)} ms [${fmt(t.min)}–${fmt(t.max)}, n=${t.n}], checks per load ${[...new Set(res[s].map((r) => r.checks))].join('/')}`);
}
const ratio = summary(res.B.map((r, i) => r.total / res.A[i].total));
console.log(`  B ÷ A (paired): ${ratio.median.toFixed(2)}× [${ratio.min.toFixed(2)}–${ratio.max.toFixed(2)}]`);
