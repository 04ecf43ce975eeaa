#!/usr/bin/env node
/**
 * Where the extension's CPU goes while a page loads, in time order (helper for issue 12's load
 * figure): the source-map build (.output/bench-sourcemap, made by `--only=loadprofile`) in a
 * browser, V8 profiles of N loads, each sample charged to the outermost extension frame's
 * function (the phase: boot, main's top level, startMain, first check, panel draw…) and to the
 * innermost extension frame's module.
 *   node bench/load-timeline.mjs [--runs=5] [--url=m6|stress]
 */
import { chromium } from 'playwright-core';
import { mkdtempSync, rmSync, readFileSync, existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, ORIGIN, chromiumArgs, extraPages, serveReplicas } from '../scripts/replica-server.mjs';
import { ROOT } from './lib/bundle.mjs';
import { sourceMapLookup } from './lib/sizes.mjs';
import { stressForm } from './stress-form.mjs';
import { profileLoad } from './lib/load-profile.mjs';

const argv = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const RUNS = Number(argv.runs ?? 5);
const DEPTH = Number(argv.depth ?? 8);
const MIN = Number(argv.min ?? 0.5);
extraPages.set('stress', stressForm({ widgets: 2000 }).html);
const URL_ = argv.url === 'stress' ? `${ORIGIN}/replica/stress/report/1` : `${ORIGIN}/replica/m6-native/report/1?state=complete`;
const extDir = path.join(ROOT, '.output', 'bench-sourcemap', 'chrome-mv3');
const files = ['content-scripts/emenscr.js', 'content-main.js', 'content-ui.js', ...(argv.extra ? argv.extra.split(',') : [])];
const lookups = files.filter((f) => existsSync(path.join(extDir, f) + '.map')).map((f) => [f, sourceMapLookup(path.join(extDir, f))]);
const lookup = (url, l, c) => {
  const hit = lookups.find(([f]) => url.endsWith('/' + f) || url.includes('/' + f + '?'));
  if (hit) return hit[1](l, c);
  for (const [f, lk] of lookups) if (url.includes(f)) return lk(l, c);
  return { module: url.replace(/^chrome-extension:\/\/[^/]+/, ''), line: 0 };
};
const dir = mkdtempSync(path.join(os.tmpdir(), 'ea-tl-'));
const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: chromiumArgs(extDir), viewport: { width: 1280, height: 800 }, locale: 'th-TH' });
await serveReplicas(context);
await context.addInitScript(() => {
  const log = (window.__tl = []);
  const t0 = performance.now();
  new MutationObserver((recs) => {
    for (const r of recs) {
      if (r.type === 'attributes' && r.attributeName === 'data-checks') {
        const h = r.target;
        log.push({ t: Math.round(performance.now()), checks: h.dataset.checks, ms: h.dataset.lastCheckMs, items: h.shadowRoot?.querySelectorAll('.ea-item').length, collapsed: !!h.shadowRoot?.querySelector('.ea-collapsed') });
      }
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-checks'] });
  addEventListener('load', () => log.push({ t: Math.round(performance.now()), load: true }));
});
const tree = new Map();
const outer = new Map(), inner = new Map(), self = new Map(), incl = new Map();
let totals = [];
for (let r = 0; r < RUNS + 1; r++) {
  const { profile } = await profileLoad(context, URL_, async (page) => {
    if (r === 1) console.log('checks during load:', JSON.stringify(await page.evaluate(() => window.__tl)));
  });
  if (r === 0) continue; // warm-up
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    const ms = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    let first = null, last = null;
    for (let x = profile.samples[i]; x !== undefined; x = parentOf.get(x)) {
      const cf = byId.get(x).callFrame;
      if (cf.url.startsWith('chrome-extension://')) { if (!first) first = cf; last = cf; }
    }
    if (!first) continue;
    total += ms;
    const top = byId.get(profile.samples[i]).callFrame;
    const path_ = [];
    for (let x = profile.samples[i]; x !== undefined; x = parentOf.get(x)) {
      const cf = byId.get(x).callFrame;
      if (!cf.url.startsWith('chrome-extension://')) { if (x === profile.samples[i]) path_.push(`[${cf.functionName || cf.url.slice(-20)}]`); continue; }
      const w = lookup(cf.url, cf.lineNumber, cf.columnNumber);
      path_.push(`${cf.functionName || '(top)'} ${w.module.replace(/^.*\//, '')}:${w.line}`);
    }
    path_.reverse();
    for (let d = 1; d <= Math.min(path_.length, DEPTH); d++) {
      const k = path_.slice(0, d).join(' > ');
      tree.set(k, (tree.get(k) ?? 0) + ms / RUNS);
    }
    const seen = new Set();
    for (let x = profile.samples[i]; x !== undefined; x = parentOf.get(x)) {
      const cf = byId.get(x).callFrame;
      if (!cf.url.startsWith('chrome-extension://')) continue;
      const w = lookup(cf.url, cf.lineNumber, cf.columnNumber);
      const k = `${cf.functionName || '(top)'} ${w.module}:${w.line}`;
      if (seen.has(k)) continue;
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + ms / RUNS);
    }
    const o = lookup(last.url, last.lineNumber, last.columnNumber);
    const ok = `${last.functionName || '(top)'} ${o.module}:${o.line}`;
    outer.set(ok, (outer.get(ok) ?? 0) + ms / RUNS);
    const n = lookup(first.url, first.lineNumber, first.columnNumber);
    const nk = `${first.functionName || '(top)'} ${n.module}:${n.line}`;
    inner.set(nk, (inner.get(nk) ?? 0) + ms / RUNS);
    const sk = top.url.startsWith('chrome-extension://') ? nk : `${top.functionName} [native] ← ${nk}`;
    self.set(sk, (self.get(sk) ?? 0) + ms / RUNS);
  }
  totals.push(total);
}
await context.close();
rmSync(dir, { recursive: true, force: true });
const show = (title, m, k = 25) => {
  console.log(`\n${title}`);
  for (const [key, ms] of [...m].sort((a, b) => b[1] - a[1]).slice(0, k)) console.log(`  ${ms.toFixed(2).padStart(7)}  ${key}`);
};
totals.sort((a, b) => a - b);
console.log(`extension CPU per load: ${totals.map((t) => t.toFixed(1)).join(', ')} ms (load ${os.loadavg().map((x) => x.toFixed(2)).join(' / ')})`);
show('by outermost extension frame (mean ms per load)', outer);
show('inclusive', incl, 50);
console.log('\ncall tree (extension frames, mean ms per load, ≥ MIN)');
const keys = [...tree.keys()].filter((k) => tree.get(k) >= MIN).sort();
for (const k of keys) { const parts = k.split(' > '); console.log(`${tree.get(k).toFixed(2).padStart(7)} ${'  '.repeat(parts.length - 1)}${parts.at(-1)}`); }
show('by innermost extension frame', inner, 30);
show('self (native calls by the frame that made them)', self, 30);
