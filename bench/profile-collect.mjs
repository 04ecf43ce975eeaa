#!/usr/bin/env node
/**
 * Where one pass of collect spends its time on the stress form, by function and bundle line:
 * the pipeline bundled into a page without the extension (as `--only=stages`), a V8 sampling
 * profile (0.1 ms) of N cold (new Collector after a DOM change) or warm (same Collector) passes.
 *
 *   node bench/profile-collect.mjs [--mode=warm|cold|live] [--passes=20] [--page=stress|m6] [--watch]
 *
 * --mode=live: the live checker's own full scan (collect with watch + keys + corrections +
 * classify + rules), as the extension's "full check (re-check)" runs it, in the main world.
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, ORIGIN, chromiumArgs, extraPages, serveReplicas } from '../scripts/replica-server.mjs';
import { stressForm } from './stress-form.mjs';
import { bundle } from './lib/bundle.mjs';

const argv = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const MODE = argv.mode ?? 'warm';
const PASSES = Number(argv.passes ?? 20);
const URL = argv.page === 'm6' ? `${ORIGIN}/replica/m6-native/report/1?state=complete` : `${ORIGIN}/replica/stress/report/1`;
extraPages.set('stress', stressForm().html);

const code = await bundle('bench/pipeline-entry.ts');
const lines = code.split('\n');
const lineModule = [];
let current = '(runtime)';
for (const line of lines) {
  const m = /^\/\/ ((?:utils|components|entrypoints|node_modules)\/\S+)$/.exec(line.trim());
  if (m) current = m[1].replace(/^node_modules\//, '');
  lineModule.push(current);
}

const dir = mkdtempSync(path.join(os.tmpdir(), 'ea-prof-'));
const args = chromiumArgs().filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except'));
const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args, viewport: { width: 1280, height: 800 } });
try {
  await serveReplicas(context);
  const page = await context.newPage();
  await page.goto(URL);
  await page.waitForTimeout(800);
  await page.addScriptTag({ content: code });
  // --watch: the collector keeps its page lists between passes, as the live checker's does
  await page.evaluate((w) => (globalThis.__watch = w), 'watch' in argv);
  const setup = () =>
    page.evaluate((mode) => {
      const P = globalThis.__pipeline;
      globalThis.__c = new P.Collector({ placeholders: P.profile.placeholders, watch: globalThis.__watch });
      globalThis.__c.collect(document);
      // only in live mode: its observer would rescan after the cold passes' DOM changes
      if (mode !== 'live') return;
      globalThis.__live = new P.LiveChecker({
        doc: document,
        profile: () => P.profile,
        isOwnNode: () => false,
        onResult: (st) => (globalThis.__liveState = st),
        onError: (e) => { throw e; },
      });
      globalThis.__live.start();
    }, MODE);
  await setup();
  const pass = (mode, n) =>
    page.evaluate(
      ([mode, n]) => {
        const P = globalThis.__pipeline;
        const times = [];
        for (let i = 0; i < n; i++) {
          if (mode === 'cold') {
            const probe = document.createElement('div');
            (document.querySelector('form') ?? document.body).append(probe);
            probe.remove();
            void document.body.offsetHeight;
          }
          const t = performance.now();
          if (mode === 'live') {
            globalThis.__live.fullScan();
            times.push(performance.now() - t);
            globalThis.__fields = globalThis.__liveState.snapshot.fields.length;
            continue;
          }
          const c = mode === 'cold' ? new P.Collector({ placeholders: P.profile.placeholders }) : globalThis.__c;
          const r = c.collect(document);
          times.push(performance.now() - t);
          globalThis.__fields = r.snapshot.fields.length;
        }
        times.sort((a, b) => a - b);
        return { median: times[times.length >> 1], min: times[0], fields: globalThis.__fields };
      },
      [mode, n],
    );
  const before = await pass(MODE, 5);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  const timed = await pass(MODE, PASSES);
  const { profile } = await cdp.send('Profiler.stop');
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const counts = new Map();
  for (const s of profile.samples) counts.set(s, (counts.get(s) ?? 0) + 1);
  const isJs = (n) => String(n.callFrame.scriptId) !== '0';
  const self = new Map(), incl = new Map();
  let total = 0;
  for (const [id, c] of counts) {
    const n = byId.get(id);
    if (['(idle)', '(program)', '(root)', '(garbage collector)'].includes(n.callFrame.functionName)) continue;
    total += c;
    let owner = n;
    while (owner && !isJs(owner) && parentOf.has(owner.id)) owner = byId.get(parentOf.get(owner.id));
    const where = (x) => `${lineModule[x.callFrame.lineNumber] ?? '?'}:${x.callFrame.functionName || '(anon)'}@${x.callFrame.lineNumber}`;
    const k = isJs(n) ? where(n) : `${n.callFrame.functionName} [native] ← ${where(owner)}`;
    self.set(k, (self.get(k) ?? 0) + c);
    const seen = new Set();
    for (let x = id; x !== undefined; x = parentOf.get(x)) {
      const xn = byId.get(x);
      if (!isJs(xn)) continue;
      const kk = where(xn);
      if (!seen.has(kk)) (seen.add(kk), incl.set(kk, (incl.get(kk) ?? 0) + c));
    }
  }
  const top = (m, k) => [...m].sort((a, b) => b[1] - a[1]).slice(0, k).map(([f, c]) => `  ${((100 * c) / total).toFixed(1).padStart(5)}%  ${f}`).join('\n');
  console.log(`${MODE} collect, ${timed.fields} fields: median ${timed.median.toFixed(1)} ms, min ${timed.min.toFixed(1)} ms over ${PASSES} passes (before profiling ${before.median.toFixed(1)}); load average ${os.loadavg()[0].toFixed(2)}`);
  console.log(`self time (${total} samples):\n${top(self, 25)}`);
  console.log(`inclusive:\n${top(incl, 25)}`);
} finally {
  await context.close();
  rmSync(dir, { recursive: true, force: true, maxRetries: 5 });
}
