/**
 * Verifies that a production build (`npm run build`, .output/chrome-mv3) carries none of the
 * test build's hooks (utils/test-hooks.d.ts) and none of WXT's start-up signals to the page:
 *   node scripts/check-production.mjs [dir]
 * Exits 1 and names each file and marker found. `npm run check:prod` builds first.
 */
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from './replica-server.mjs';

/** What only the test build may contain, and what no build may contain. */
export const MARKERS = [
  'debug:guardThrows', // the guard's failure switch (storage.local key)
  'emenscr-assistant:recheck', // the benchmark's recheck event
  'dataset.lastCheckKind', // the benchmark's check-kind attribute (data-last-check-kind)
  'debug:mainDelayMs', // the delay of the content script's main part (storage.local key)
  'emenscrAssistantBoot', // the boot's state on <html> (data-emenscr-assistant-boot)
  'content-script-started', // WXT's start-up message (window.postMessage '*', document event)
];

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const p = path.join(dir, name);
    return statSync(p).isDirectory() ? files(p) : /\.(js|html|json)$/.test(name) ? [p] : [];
  });
}

export function findMarkers(dir) {
  const found = [];
  for (const file of files(dir)) {
    const text = readFileSync(file, 'utf8');
    for (const m of MARKERS) if (text.includes(m)) found.push({ file: path.relative(dir, file), marker: m });
  }
  return found;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = path.resolve(process.argv[2] ?? EXTENSION_DIR);
  if (!existsSync(path.join(dir, 'manifest.json'))) {
    console.error(`no build at ${dir}: run npm run build`);
    process.exit(1);
  }
  const found = findMarkers(dir);
  for (const f of found) console.error(`${f.file}: contains "${f.marker}"`);
  if (found.length) {
    console.error(`the production build in ${dir} carries test hooks or start-up signals`);
    process.exit(1);
  }
  console.log(`production build ${path.relative(process.cwd(), dir) || dir}: no test hooks, no start-up signal (${MARKERS.length} markers checked)`);
}
