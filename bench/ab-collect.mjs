#!/usr/bin/env node
/**
 * A/B of the check pipeline between a git revision and the working tree, side by side in
 * the same Chromium pages (no extension): the snapshots and results must be identical, and
 * the stage times are compared run by run.
 *
 *   node bench/ab-collect.mjs [--base=HEAD] [--runs=15]     (e.g. --base=main)
 */
import { chromium } from 'playwright-core';
import { execSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CHROMIUM, ORIGIN, chromiumArgs, extraPages, serveReplicas } from '../scripts/replica-server.mjs';
import { stressForm } from './stress-form.mjs';
import { ROOT, bundle } from './lib/bundle.mjs';
import { fmt, summary, table } from './lib/stats.mjs';

const argv = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=')));
const BASE = argv.base ?? 'HEAD';
const RUNS = Number(argv.runs ?? 15);
extraPages.set('stress', stressForm().html);

const baseDir = mkdtempSync(path.join(os.tmpdir(), 'ea-ab-'));
execSync(`git archive ${BASE} utils | tar -x -C ${baseDir}`, { cwd: ROOT });
// the same entry for both sides (the base revision may predate it)
mkdirSync(path.join(baseDir, 'bench'));
copyFileSync(path.join(ROOT, 'bench', 'pipeline-entry.ts'), path.join(baseDir, 'bench', 'pipeline-entry.ts'));
const codeBase = (await bundle('bench/pipeline-entry.ts', { root: baseDir })).replace('__pipeline', '__pipelineBase');
const codeNew = await bundle('bench/pipeline-entry.ts');

const pages = [
  ['M6 complete', `${ORIGIN}/replica/m6-native/report/1?state=complete`],
  ['M6 empty', `${ORIGIN}/replica/m6-native/report/2?state=empty`],
  ['M6 partial', `${ORIGIN}/replica/m6-native/report/3?state=partial`],
  ['stress', `${ORIGIN}/replica/stress/report/1`],
];

const dir = mkdtempSync(path.join(os.tmpdir(), 'ea-ab-profile-'));
const args = chromiumArgs().filter((a) => !a.startsWith('--load-extension') && !a.startsWith('--disable-extensions-except'));
const context = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args, viewport: { width: 1280, height: 800 } });
await serveReplicas(context);
const rows = [];
try {
  for (const [name, url] of pages) {
    const page = await context.newPage();
    await page.goto(url);
    await page.waitForTimeout(800);
    await page.addScriptTag({ content: codeBase });
    await page.addScriptTag({ content: codeNew });
    const r = await page.evaluate((runs) => {
      const variants = { base: globalThis.__pipelineBase, new: globalThis.__pipeline };
      const times = { base: { cold: [], warm: [], all: [] }, new: { cold: [], warm: [], all: [] } };
      const out = {};
      const dirty = () => {
        const probe = document.createElement('div');
        (document.querySelector('form') ?? document.body).append(probe);
        probe.remove();
        void document.body.offsetHeight;
      };
      for (let i = 0; i < runs; i++) {
        for (const k of i % 2 ? ['new', 'base'] : ['base', 'new']) {
          const P = variants[k];
          dirty();
          let t = performance.now();
          const c = new P.Collector({ placeholders: P.profile.placeholders });
          const a = c.collect(document);
          times[k].cold.push(performance.now() - t);
          t = performance.now();
          let b = c.collect(document);
          for (let j = 0; j < 4; j++) b = c.collect(document);
          times[k].warm.push((performance.now() - t) / 5); // mean of 5 warm passes: one is too noisy
          t = performance.now();
          const screen = P.classify(b.snapshot, P.profile);
          const result = P.check({ snapshot: b.snapshot, screen, profile: P.profile, today: new Date(2025, 5, 1) });
          times[k].all.push(performance.now() - t);
          if (i === 0) {
            const elIds = (els) => els.map((e) => e.id || e.outerHTML.slice(0, 60));
            out[k] = JSON.stringify({ cold: a.snapshot, warm: b.snapshot, els: elIds(a.elements), screen, result: { ...result, checkedAt: 0 } });
          }
        }
      }
      return { same: out.base === out.new, fields: JSON.parse(out.new).warm.fields.length, times, diff: out.base === out.new ? '' : [out.base.slice(0, 400), out.new.slice(0, 400)] };
    }, RUNS);
    if (!r.same) console.error(`DIFFERENT results on ${name}:`, r.diff);
    for (const stage of ['cold', 'warm', 'all']) {
      const b = summary(r.times.base[stage]), n = summary(r.times.new[stage]);
      rows.push([name, stage === 'all' ? 'classify + rules' : `collect ${stage}`, fmt(b.median), fmt(n.median), (b.median / n.median).toFixed(2) + '×', r.same ? 'identical' : 'DIFFERENT', r.fields]);
    }
    await page.close();
  }
} finally {
  await context.close();
  rmSync(baseDir, { recursive: true, force: true });
  try { rmSync(dir, { recursive: true, force: true, maxRetries: 5 }); } catch {}
}
console.log(`base ${BASE} vs working tree, ${RUNS} interleaved runs, medians in ms (load average ${os.loadavg()[0].toFixed(1)})`);
console.log(table(['page', 'stage', 'base', 'new', 'speed-up', 'snapshots', 'fields'], rows));
