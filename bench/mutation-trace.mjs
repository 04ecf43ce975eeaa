#!/usr/bin/env node
/**
 * Where the extension spends time on an unrelated mutation of the stress form (issue 12), and an
 * A/B of two builds: each mutation traced (CDP Tracing, the categories of bench/lib/task-trace.mjs),
 * extension time = the outermost script events on the tab's main thread whose URL is the
 * extension's (our observer callbacks, timers, idle callbacks; DOM work and layout they force
 * included), summed over the mutation and the following 400 ms. The two builds are measured in
 * turn (A B A B …) in two browsers, so the shared machine's load hits both alike.
 *
 *   node bench/mutation-trace.mjs [--a=<test build dir>] [--b=<test build dir>] [--runs=15] [--scenario=toast|close|both]
 *
 * Without --b, only A (default: this tree's .output/test-chrome-mv3). `toast`: run.mjs's unrelated
 * mutation (a toast's text and the footer's class); `close`: a toast with a "×" close button added
 * to <body> (the last one removed). Prints per build: extension ms per mutation (median, min–max),
 * checks set off, and the extension events by name.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, TEST_EXTENSION_DIR, ORIGIN, chromiumArgs, extraPages, serveReplicas } from '../scripts/replica-server.mjs';
import { stressForm } from './stress-form.mjs';
import { summary, sleep, fmt } from './lib/stats.mjs';
import { extensionTime, startTrace } from './lib/task-trace.mjs';
import { MUTATIONS } from './lib/mutations.mjs';
import { sourceMapLookup } from './lib/sizes.mjs';
import { existsSync } from 'node:fs';

const argv = Object.fromEntries(process.argv.slice(2).map((a) => { const m = /^--([^=]+)(?:=(.*))?$/.exec(a); return m ? [m[1], m[2] ?? 'true'] : [a, 'true']; }));
const RUNS = Number(argv.runs ?? 15);
const SCENARIOS = argv.scenario === 'both' || !argv.scenario ? ['toast', 'close'] : [argv.scenario];
const STRESS_URL = `${ORIGIN}/replica/stress/report/1`;
extraPages.set('stress', stressForm({ widgets: 2000 }).html);

const builds = [['A', path.resolve(argv.a ?? TEST_EXTENSION_DIR)]];
if (argv.b) builds.push(['B', path.resolve(argv.b)]);
// --bare: a third browser without the extension, for the page's own task time
if (argv.bare) builds.push(['bare', null]);

const checksOf = async (page) => page.evaluate(() => Number(document.querySelector('emenscr-assistant')?.getAttribute('data-checks') ?? 0));

async function settle(page, quiet = 600) {
  await page.waitForFunction(() => Number(document.querySelector('emenscr-assistant')?.getAttribute('data-checks') ?? 0) >= 1, null, { timeout: 30_000 });
  let last = -1, since = Date.now();
  while (Date.now() - since < quiet) {
    const n = await checksOf(page);
    if (n !== last) { last = n; since = Date.now(); }
    await sleep(100);
  }
}

async function open(dir) {
  const ctx = await chromium.launchPersistentContext(mkdtempSync(path.join(os.tmpdir(), 'ea-mut-')), {
    executablePath: CHROMIUM, headless: true, args: dir ? chromiumArgs(dir) : chromiumArgs().filter((a) => !a.includes('extension')), viewport: { width: 1280, height: 800 }, locale: 'th-TH',
  });
  await serveReplicas(ctx);
  const page = await ctx.newPage();
  await page.goto(STRESS_URL, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__replica?.ready === true, null, { timeout: 15_000 });
  if (dir) await settle(page);
  else await sleep(1000);
  return { ctx, page, cdp: await ctx.newCDPSession(page) };
}

async function once(b, scenario, i) {
  const checks0 = await checksOf(b.page);
  const stop = await startTrace(b.cdp);
  await b.page.evaluate(MUTATIONS[scenario], i);
  await sleep(400);
  const events = await stop();
  return { ...extensionTime(events), checks: (await checksOf(b.page)) - checks0 };
}

console.log(`load average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}; ${RUNS} runs; ${builds.map(([n, d]) => `${n}=${d}`).join(', ')}`);
const open_ = [];
for (const [name, dir] of builds) open_.push({ name, ...(await open(dir)) });
for (const scenario of SCENARIOS) {
  for (const b of open_) await once(b, scenario, -1); // the toast element added once, untimed
  for (const b of open_) if (b.name !== 'bare') await settle(b.page);
  const out = Object.fromEntries(open_.map((b) => [b.name, { ms: [], tasks: [], checks: 0, by: {}, kinds: {}, counts: {} }]));
  for (let i = 0; i < RUNS; i++) {
    for (const b of open_) {
      const r = await once(b, scenario, i);
      const o = out[b.name];
      o.ms.push(r.total);
      o.tasks.push(r.tasks);
      for (const [k, v] of Object.entries(r.kinds)) o.kinds[k] = (o.kinds[k] ?? 0) + v;
      for (const [k, v] of Object.entries(r.counts)) o.counts[k] = (o.counts[k] ?? 0) + v;
      o.checks += r.checks;
      for (const [k, v] of Object.entries(r.by)) o.by[k] = (o.by[k] ?? 0) + v;
    }
  }
  console.log(`\n${scenario}:`);
  for (const [name, o] of Object.entries(out)) {
    const s = summary(o.ms);
    console.log(`  ${name}: extension ${fmt(s.median)} ms per mutation [${fmt(s.min)}–${fmt(s.max)}], ${o.checks} checks in ${RUNS} runs`);
    const t = summary(o.tasks);
    console.log(`     main-thread task time ${fmt(t.median)} ms [${fmt(t.min)}–${fmt(t.max)}]; by kind (mean): ${Object.entries(o.kinds).sort((x, y) => y[1] - x[1]).slice(0, 6).map(([k, v]) => `${k} ${fmt(v / RUNS)} (${fmt(o.counts[k] / RUNS)}×)`).join(', ')}`);
    for (const [k, v] of Object.entries(o.by).sort((x, y) => y[1] - x[1]).slice(0, 8)) console.log(`      ${fmt(v / RUNS)} ms/run  ${k}`);
  }
}
/**
 * --profile: A's extension self time by function over RUNS mutations of the first scenario, from a V8
 * sampling profile (50 µs); frames mapped to source module:line when A has source maps
 * (SOURCEMAP=1 EA_TEST_HOOKS=1 npx wxt build).
 */
if (argv.profile) {
  const a = open_[0];
  const scenario = SCENARIOS[0];
  await a.cdp.send('Profiler.enable');
  await a.cdp.send('Profiler.setSamplingInterval', { interval: 50 });
  await a.cdp.send('Profiler.start');
  for (let i = 0; i < RUNS; i++) {
    await a.page.evaluate(MUTATIONS[scenario], 1000 + i);
    await sleep(400);
  }
  const { profile } = await a.cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const maps = new Map();
  const where = (cf) => {
    const file = cf.url.replace(/^chrome-extension:\/\/[^/]+\//, '');
    const js = path.join(builds[0][1], file);
    if (!maps.has(js)) maps.set(js, existsSync(js + '.map') ? sourceMapLookup(js) : null);
    const look = maps.get(js);
    const m = look ? look(cf.lineNumber, cf.columnNumber) : null;
    return `${cf.functionName || '(anon)'} ${m ? `${m.module}:${m.line}` : `${file}:${cf.lineNumber}:${cf.columnNumber}`}`;
  };
  // self time: the innermost extension frame of each sample (native DOM calls charged to their caller)
  const self = {};
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    let id = profile.samples[i];
    let ext = null;
    for (let n = byId.get(id); n; n = byId.get(parent.get(n.id))) if (n.callFrame.url.startsWith('chrome-extension://')) { ext = n; break; }
    if (!ext) continue;
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    total += ms;
    const k = where(ext.callFrame);
    self[k] = (self[k] ?? 0) + ms;
  }
  console.log(`\nprofile of A, ${scenario}: extension ${fmt(total / RUNS)} ms per mutation (samples with an extension frame)`);
  for (const [k, v] of Object.entries(self).sort((x, y) => y[1] - x[1]).slice(0, 25)) console.log(`  ${fmt(v / RUNS)} ms/run  ${k}`);
}

console.log(`\nload average ${os.loadavg().map((x) => x.toFixed(2)).join(' ')}`);
for (const b of open_) await b.ctx.close();
