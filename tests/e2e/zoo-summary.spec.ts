/**
 * The zoo matrix's summary, run after every library of zoo.spec.ts has finished (project
 * `zoo-summary`, which depends on `zoo`; scripts/e2e.mjs runs it even when a library failed):
 * prints "library: exact/total" for every page and the total, writes tests/zoo/results.json, and
 * fails when a library did not run or did not reach every scenario, or when a scenario that is not
 * listed in tests/zoo/known-inexact.json is not exact.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { test, expect } from '@playwright/test';
import { scenarios } from '../zoo/shared/scenarios';
import { LIBRARIES, RESULTS, known, matrixDir, type Outcome } from './zoo-matrix';

test('zoo: summary table (library: exact/total)', async ({}, testInfo) => {
  const dir = matrixDir(testInfo);
  const done = LIBRARIES.filter((l) => existsSync(path.join(dir, `${l}.json`)));
  const scenarioCount = scenarios(new Date()).length;
  const rows = done.map((library) => {
    const outcomes = JSON.parse(readFileSync(path.join(dir, `${library}.json`), 'utf8')) as Outcome[];
    // a scenario the library did not reach (out of time) counts as not exact
    return { library, exact: outcomes.filter((o) => o.exact).length, total: scenarioCount, ran: outcomes.length, outcomes };
  });
  const width = Math.max(...LIBRARIES.map((l) => l.length), 5);
  const lines = rows.map((r) => `  ${r.library.padEnd(width)}  ${r.exact}/${r.total}${r.ran < r.total ? `  (ran ${r.ran})` : ''}`);
  const exact = rows.reduce((n, r) => n + r.exact, 0);
  const total = rows.reduce((n, r) => n + r.total, 0);
  console.log(['zoo matrix (exact/total):', ...lines, `  ${'total'.padEnd(width)}  ${exact}/${total}`].join('\n'));
  writeFileSync(
    RESULTS,
    JSON.stringify({ date: new Date().toISOString(), exact, total, libraries: Object.fromEntries(rows.map((r) => [r.library, { exact: r.exact, total: r.total }])), outcomes: rows.flatMap((r) => r.outcomes) }, null, 2) + '\n',
  );
  expect(done, 'every library ran').toEqual(LIBRARIES);
  // every scenario not listed as a known defect is exact (a listed one may be exact already)
  const unexpected = rows.flatMap((r) => r.outcomes.filter((o) => !o.exact && !known(r.library, o.scenario)).map((o) => `${r.library}/${o.scenario}`));
  expect(unexpected, 'inexact scenarios not in tests/zoo/known-inexact.json').toEqual([]);
  expect(rows.every((r) => r.ran === r.total), 'every scenario ran').toBe(true);
});
