/**
 * Enterprise policy for one test, through Chromium's real policy loader (the approach of
 * policy.spec.ts): a JSON file in /etc/chromium/policies/managed/ scoped to this build's
 * extension id, removed afterwards. Each spec passes its own file name, so specs of
 * different checkouts running at once never overwrite each other's policy (Chromium
 * merges the files of the folder).
 */
import { createHash } from 'node:crypto';
import { mkdtemp, mkdir, rm, rmdir, writeFile, access } from 'node:fs/promises';
import { constants } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext } from '@playwright/test';
import { expect, launchWithExtension, serviceWorker } from './harness';
// @ts-expect-error plain ESM helper
import { TEST_EXTENSION_DIR as EXTENSION_DIR } from '../../scripts/replica-server.mjs';

export const POLICY_DIR = process.env.EA_POLICY_DIR || '/etc/chromium/policies/managed';

/** Chromium's id for an unpacked extension: sha256 of its absolute path, 32 hex digits as a–p. */
export function unpackedId(dir: string = EXTENSION_DIR): string {
  const hex = createHash('sha256').update(path.resolve(dir)).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode('a'.charCodeAt(0) + parseInt(c, 16))).join('');
}

async function prepare(dir: string): Promise<string | null | false> {
  try {
    const created = (await mkdir(dir, { recursive: true })) ?? null;
    await access(dir, constants.W_OK);
    return created;
  } catch {
    return false;
  }
}

export async function withPolicy(
  fileName: string,
  policy: Record<string, unknown>,
  body: (context: BrowserContext, id: string) => Promise<void>,
): Promise<void> {
  const file = path.join(POLICY_DIR, fileName);
  const created = await prepare(POLICY_DIR);
  expect(created, `${POLICY_DIR} must be writable to test the enterprise policy (run as root)`).not.toBe(false);
  const id = unpackedId();
  await writeFile(file, JSON.stringify({ '3rdparty': { extensions: { [id]: policy } } }));
  const dir = await mkdtemp(path.join(tmpdir(), 'ea-policy-'));
  try {
    const context = await launchWithExtension(dir);
    try {
      const sw = await serviceWorker(context);
      expect(new URL(sw.url()).host).toBe(id);
      await body(context, id);
    } finally {
      await context.close();
    }
  } finally {
    await rm(file, { force: true });
    if (created) for (let d = POLICY_DIR; d.startsWith(created); d = path.dirname(d)) await rmdir(d).catch(() => {});
    await rm(dir, { recursive: true, force: true });
  }
}
