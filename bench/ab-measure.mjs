#!/usr/bin/env node
/**
 * A/B of the panel's page measurement (utils/content/layout.ts `measurePage`), issue 12: the
 * file at a base revision and this tree's, each bundled alone and run in the same page (M6,
 * or the stress form), alternated. Per fresh page: the first call of each (cold: code run for
 * the first time, as at page load; which goes first alternates) and the median of 50 warm
 * calls. Same result checked (spans, top).
 *   node bench/ab-measure.mjs [--base=main] [--runs=12] [--url=m6|stress]
 */
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, ORIGIN, chromiumArgs, extraPages, serveReplicas } from '../scripts/replica-server.mjs';
import { ROOT, bundle } from './lib/bundle.mjs';
import { stressForm } from './stress-form.mjs';
import { summary, fmt } from './lib/stats.mjs';

const argv = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const RUNS = Number(argv.runs ?? 12);
const BASE = argv.base ?? 'main';
extraPages.set('stress', stressForm({ widgets: 2000 }).html);
const URL_ = argv.url === 'stress' ? `${ORIGIN}/replica/stress/report/1` : `${ORIGIN}/replica/m6-native/report/1?state=complete`;

const tmp = path.join(ROOT, 'bench', '.ab-measure');
rmSync(tmp, { recursive: true, force: true });
mkdirSync(path.join(tmp, 'base'), { recursive: true });
writeFileSync(path.join(tmp, 'base', 'layout.ts'), execFileSync('git', ['show', `${BASE}:utils/content/layout.ts`], { cwd: ROOT }));
const entry = (file) => `import { measurePage } from ${JSON.stringify(file)};\nexport { measurePage };\n`;
writeFileSync(path.join(tmp, 'a.ts'), entry('./base/layout.ts'));
writeFileSync(path.join(tmp, 'b.ts'), entry('../../utils/content/layout.ts'));
const code = { A: await bundle(path.join(tmp, 'a.ts'), { name: '__measureA' }), B: await bundle(path.join(tmp, 'b.ts'), { name: '__measureB' }) };
rmSync(tmp, { recursive: true, force: true });

const load0 = os.loadavg();
const dir = path.join(os.tmpdir(), `ea-abm-${process.pid}`);
const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: chromiumArgs().filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except')), viewport: { width: 1280, height: 800 } });
await serveReplicas(context);
const res = { A: { cold: [], warm: [] }, B: { cold: [], warm: [] } };
let same = true;
for (let i = 0; i < RUNS; i++) {
  const page = await context.newPage();
  await page.goto(URL_, { waitUntil: 'load' });
  await page.waitForFunction(() => document.querySelectorAll('input, select, textarea').length > 5, null, { timeout: 15000 });
  await page.addScriptTag({ content: code.A });
  await page.addScriptTag({ content: code.B });
  const order = i % 2 ? ['B', 'A'] : ['A', 'B'];
  const out = await page.evaluate((order) => {
    const seed = [...document.querySelectorAll('input, select, textarea')];
    const fns = { A: window.__measureA.measurePage, B: window.__measureB.measurePage };
    const r = {};
    for (const k of order) {
      const t0 = performance.now();
      const m = fns[k](document, () => false, seed);
      r[k] = { cold: performance.now() - t0, m: JSON.stringify([m.spans.length, m.top, m.incomplete, m.spans.reduce((a, s) => a + s.left + s.right, 0)]) };
    }
    for (const k of order) {
      const ts = [];
      for (let j = 0; j < 50; j++) {
        const t0 = performance.now();
        fns[k](document, () => false, seed);
        ts.push(performance.now() - t0);
      }
      ts.sort((a, b) => a - b);
      r[k].warm = ts[25];
    }
    return r;
  }, order);
  for (const k of ['A', 'B']) {
    res[k].cold.push(out[k].cold);
    res[k].warm.push(out[k].warm);
  }
  if (out.A.m !== out.B.m) same = false;
  await page.close();
}
await context.close();
rmSync(dir, { recursive: true, force: true });
const la = (l) => l.map((x) => x.toFixed(2)).join(' / ');
console.log(`load average ${la(load0)} at start, ${la(os.loadavg())} at end; ${URL_}; base ${BASE}`);
for (const k of ['A', 'B']) {
  const c = summary(res[k].cold);
  const w = summary(res[k].warm);
  console.log(`  ${k}: first call ${fmt(c.median)} ms [${fmt(c.min)}–${fmt(c.max)}], warm ${fmt(w.median)} ms [${fmt(w.min)}–${fmt(w.max)}], n=${c.n}`);
}
const ratio = (key) => summary(res.B[key].map((b, i) => b / res.A[key][i]));
console.log(`  B ÷ A (paired): first call ${ratio('cold').median.toFixed(2)}×, warm ${ratio('warm').median.toFixed(2)}×; same measurement: ${same}`);
