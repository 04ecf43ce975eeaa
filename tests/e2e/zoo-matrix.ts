/**
 * What the zoo matrix (zoo.spec.ts) and its summary (zoo-summary.spec.ts) share: the zoo's
 * pages, the scenarios known not to be exact yet, one library's outcome, and where each library's
 * outcomes are written. The matrix runs its libraries in parallel (playwright.config.ts, project
 * `zoo`), so the summary is a spec of its own, run after every library has finished.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestInfo } from '@playwright/test';

export const ZOO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../zoo');
export const LIBRARIES = readdirSync(path.join(ZOO, 'pages')).filter((d) => existsSync(path.join(ZOO, 'pages', d, 'index.html'))).sort();
export const RESULTS = path.join(ZOO, 'results.json');

/**
 * Scenarios on which the extension is not exact yet, each with what goes wrong: open defects of
 * issue 9, listed so that CI guards every scenario that IS exact against regressions. A listed
 * scenario still runs and is compared; when it becomes exact the run says so (remove it from the
 * list). Every unlisted scenario must be exact. The list only shrinks.
 */
export const KNOWN_INEXACT: Record<string, string> = JSON.parse(readFileSync(path.join(ZOO, 'known-inexact.json'), 'utf8'));
export const known = (library: string, scenario: string) => KNOWN_INEXACT[`${library}/${scenario}`] !== undefined;

export interface Outcome {
  library: string;
  scenario: string;
  about: string;
  exact: boolean;
  /** the panel's screen line: the screen's name must be right; the fiscal year it shows is a diagnostic */
  screen: { want: string; got: string | null };
  screenOk: boolean;
  fiscalYearOk: boolean;
  missing: string[];
  extra: string[];
  /** a missing and an extra finding of the same rule: the right finding under a wrong name */
  wrongName: { want: string; got: string }[];
}

/**
 * Where a library's outcomes are written, after every scenario: in the `zoo` project's output
 * folder, which Playwright empties when a run includes that project (so the summary never reads
 * an earlier run's files).
 */
export function matrixDir(testInfo: TestInfo): string {
  const zoo = testInfo.config.projects.find((p) => p.name === 'zoo');
  return path.join(zoo?.outputDir ?? testInfo.project.outputDir, 'zoo-matrix');
}
