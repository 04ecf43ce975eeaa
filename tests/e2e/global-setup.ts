/**
 * The end-to-end tests load the test build (npm run build:test → .output/test-chrome-mv3, with
 * the hooks of utils/test-hooks.d.ts). Build it here when it is missing or older than any
 * source file, so that `npx playwright test` never runs against a stale or production build.
 * EA_E2E_NO_BUILD=1 skips this (a build made by hand is used as it is).
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
// @ts-expect-error plain ESM helper shared with the demo and the benchmark
import { ROOT, TEST_EXTENSION_DIR } from '../../scripts/replica-server.mjs';

const SOURCES = ['entrypoints', 'utils', 'components', 'public', 'wxt.config.ts', 'package.json'];

/** Newest modification time under `p`. */
export function newest(p: string): number {
  const st = statSync(p);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(p)) max = Math.max(max, newest(path.join(p, name)));
  return max;
}

/** Newest modification time of the extension's sources. */
export function newestSource(): number {
  return Math.max(...SOURCES.map((s) => path.join(ROOT, s)).filter(existsSync).map(newest));
}

export default function globalSetup(): void {
  if (process.env.EA_E2E_NO_BUILD === '1') return;
  const manifest = path.join(TEST_EXTENSION_DIR, 'manifest.json');
  const built = existsSync(manifest) ? statSync(manifest).mtimeMs : 0;
  const changed = newestSource();
  if (built >= changed) return;
  console.log('[e2e] building the test build (npm run build:test)…');
  execSync('npm run build:test', { cwd: ROOT, stdio: 'inherit' });
}
