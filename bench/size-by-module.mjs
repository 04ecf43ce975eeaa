#!/usr/bin/env node
/**
 * Where the content script's bytes come from, per source module (raw and gzip share).
 *
 *   SOURCEMAP=1 npm run build && node bench/size-by-module.mjs [path/to/script.js]
 *
 * Reads the source map next to the built script (wxt.config.ts writes maps when
 * SOURCEMAP=1). `npm run bench` does the same from its own source-map build.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { EXTENSION_DIR } from '../scripts/replica-server.mjs';
import { attribute } from './lib/sizes.mjs';
import { fmt, table } from './lib/stats.mjs';

const dir = path.join(EXTENSION_DIR, 'content-scripts');
const file = process.argv[2] ?? path.join(dir, readdirSync(dir).find((f) => f.endsWith('.js')));
if (!existsSync(file + '.map')) {
  console.error(`No source map at ${file}.map: build with SOURCEMAP=1 npm run build`);
  process.exit(1);
}
const { total, modules } = attribute(file);
console.log(`${path.relative(process.cwd(), file)}: ${fmt(total.raw, 'KB')} KB raw, ${fmt(total.gzip, 'KB')} KB gzip (level 9)`);
console.log(
  table(
    ['module', 'raw KB', 'gzip KB (share)', 'gzip alone KB'],
    modules.map((m) => [m.module, fmt(m.raw, 'KB'), fmt(m.gzipShare, 'KB'), fmt(m.gzipStandalone, 'KB')]),
  ),
);
