/**
 * Reading the corrections in force, for the content script (no zod here: what
 * `activeCorrections` holds was validated by ./store.ts before it was written).
 */
import { browser } from 'wxt/browser';
import { KEYS } from '@/utils/settings';
import type { Msg } from '@/utils/i18n';
import type { ActiveCorrection } from './schema';

export interface ActiveCorrections {
  entries: ActiveCorrection[];
  /** why the policy's corrections were refused (each line names the bad path) */
  policyIssues: Msg[];
}

export const NO_CORRECTIONS: ActiveCorrections = { entries: [], policyIssues: [] };

export function asActive(v: unknown): ActiveCorrections {
  const o = v as ActiveCorrections | undefined;
  return o && Array.isArray(o.entries) ? { entries: o.entries, policyIssues: o.policyIssues ?? [] } : NO_CORRECTIONS;
}

export async function readActiveCorrections(): Promise<ActiveCorrections> {
  try {
    return asActive((await browser.storage.local.get(KEYS.activeCorrections))[KEYS.activeCorrections]);
  } catch {
    return NO_CORRECTIONS;
  }
}
