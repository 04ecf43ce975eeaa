#!/usr/bin/env node
/**
 * npm run test:e2e: every end-to-end test, in three Playwright runs, each run whatever the one
 * before it gave (the exit code is the first failure's):
 * 1. project `core` (the product's own fixtures), one browser at a time;
 * 2. project `zoo` (the real component libraries), two browsers at a time: its tests wait on
 *    what the panel shows, never on time, and the matrix is half of the suite (15 of 35 min in
 *    CI at fad0fa3);
 * 3. project `zoo-summary`: the matrix's table, also when a library failed (`--no-deps`).
 * Arguments are passed to every run (`npm run test:e2e -- -g kendo`); a run whose project has
 * no test left by them passes.
 */
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
const runs = [
  ['--project=core'],
  ['--project=zoo', '--workers=2'],
  ['--project=zoo-summary', '--no-deps'],
];
let status = 0;
const said = [];
for (const run of runs) {
  const r = spawnSync('npx', ['playwright', 'test', ...run, '--pass-with-no-tests', ...args], { stdio: 'inherit' });
  const code = r.status ?? 1;
  if (code && !status) status = code;
  said.push(`${run[0].replace('--project=', '')} ${code ? `FAILED (exit ${code})` : 'passed'}`);
}
// the last lines of a long log: which run failed, when the failure is far above
console.log(`\ne2e: ${said.join(' · ')}`);
process.exit(status);
