/**
 * Bundles a small TypeScript entry of the benchmark with the rolldown that vite already
 * depends on ('@/…' resolves to the project root, or `root`), unminified so profiles keep names.
 */
import { build } from 'rolldown';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** @returns {Promise<string>} the bundle's code */
export async function bundle(entry, { format = 'iife', platform = 'browser', name, root = ROOT } = {}) {
  const result = await build({
    input: path.resolve(root, entry),
    platform,
    write: false,
    logLevel: 'silent',
    resolve: { alias: { '@': root } },
    output: { format, name, minify: false, codeSplitting: false },
  });
  return result.output[0].code;
}
