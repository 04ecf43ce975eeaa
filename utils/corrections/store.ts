/**
 * The only code that writes corrections (options page, background). Every entry is
 * validated with zod on the way in: a bad one is refused with messages naming the bad
 * path, in Thai and English (utils/i18n/messages/validation.ts), and nothing changes.
 *
 * storage.local:
 * - `userCorrections`   the user's own (made in the panel, or imported with a profile file)
 * - `activeCorrections` what applies: the policy's (top-level policy key `corrections`, and a
 *   policy profile's `corrections`), marked locked, then the user's. Recomputed by
 *   `syncCorrections` after every change here and by the background when the policy or the
 *   profile changes.
 */
import { browser } from 'wxt/browser';
import { KEYS } from '@/utils/settings';
import { msg, type Msg } from '@/utils/i18n';
import { describeIssues, atPath } from '@/utils/snippets/issues';
import { effectiveProfile, cachedPolicyReader, type PolicyReader } from '@/utils/profile/store';
import {
  CorrectionListSchema,
  CorrectionSchema,
  MAX_CORRECTIONS,
  type ActiveCorrection,
  type Correction,
} from './schema';
import { sameField } from './keys';
import type { ActiveCorrections } from './read';

export type CorrectionCheck = { ok: true; correction: Correction } | { ok: false; issues: Msg[]; paths: string[] };

export function checkCorrection(raw: unknown, prefix = 'correction'): CorrectionCheck {
  const r = CorrectionSchema.safeParse(raw, { reportInput: true });
  if (r.success) return { ok: true, correction: r.data };
  const d = describeIssues(r.error.issues, prefix, 8);
  return { ok: false, issues: d.lines, paths: d.paths };
}

export function checkCorrectionList(
  raw: unknown,
  prefix = 'corrections',
): { ok: true; list: Correction[] } | { ok: false; issues: Msg[]; paths: string[] } {
  const r = CorrectionListSchema.safeParse(raw, { reportInput: true });
  if (r.success) return { ok: true, list: r.data };
  const d = describeIssues(r.error.issues, prefix, 8);
  return { ok: false, issues: d.lines, paths: d.paths };
}

/** The user's stored corrections; an entry that no longer passes the schema (after an update) is left out. */
export async function userCorrections(): Promise<Correction[]> {
  const raw = (await browser.storage.local.get(KEYS.userCorrections))[KEYS.userCorrections];
  if (!Array.isArray(raw)) return [];
  const out: Correction[] = [];
  for (const item of raw) {
    const r = CorrectionSchema.safeParse(item);
    if (r.success) out.push(r.data);
  }
  return out;
}

/** Work out and store the corrections in force. */
export async function syncCorrections(reader: PolicyReader = cachedPolicyReader): Promise<ActiveCorrections> {
  const state = await effectiveProfile(reader);
  let policy: Record<string, unknown> = {};
  try {
    policy = (await reader()) ?? {};
  } catch {
    /* no policy readable: the user's corrections only */
  }
  const entries: ActiveCorrection[] = [];
  const policyIssues: Msg[] = [];
  if (policy.corrections !== undefined && policy.corrections !== null) {
    const r = checkCorrectionList(policy.corrections);
    if (r.ok) entries.push(...r.list.map((c) => ({ ...c, locked: true })));
    else policyIssues.push(...r.issues);
  }
  if (state.source === 'managed') entries.push(...(state.profile.corrections ?? []).map((c) => ({ ...c, locked: true })));
  const lockedIds = new Set(entries.map((c) => c.id));
  for (const c of await userCorrections()) if (!lockedIds.has(c.id)) entries.push(c);
  const next: ActiveCorrections = { entries, policyIssues };
  const prev = (await browser.storage.local.get(KEYS.activeCorrections))[KEYS.activeCorrections];
  if (JSON.stringify(prev) !== JSON.stringify(next)) await browser.storage.local.set({ [KEYS.activeCorrections]: next });
  return next;
}

export type CorrectionChange = { ok: true; active: ActiveCorrections } | { ok: false; issues: Msg[]; paths: string[] };

/**
 * Add one correction (validated). It replaces the user's earlier one of the same kind for
 * the same field of the same screen route (a second rename wins over the first).
 */
export async function addCorrection(raw: unknown, reader: PolicyReader = cachedPolicyReader): Promise<CorrectionChange> {
  const r = checkCorrection(raw);
  if (!r.ok) return r;
  const c = r.correction;
  const list = (await userCorrections()).filter(
    (o) =>
      o.id !== c.id &&
      !(o.screen.route === c.screen.route && o.action.type === c.action.type && sameField(o.field, c.field)),
  );
  list.push(c);
  if (list.length > MAX_CORRECTIONS) {
    return { ok: false, issues: [atPath('corrections', msg('issue.tooMany', MAX_CORRECTIONS))], paths: ['corrections'] };
  }
  await browser.storage.local.set({ [KEYS.userCorrections]: list });
  return { ok: true, active: await syncCorrections(reader) };
}

/** Remove the user's correction `id`; a policy entry cannot be removed. */
export async function removeCorrection(id: string, reader: PolicyReader = cachedPolicyReader): Promise<CorrectionChange> {
  const active = await syncCorrections(reader);
  if (active.entries.some((c) => c.id === id && c.locked)) {
    return { ok: false, issues: [msg('corrections.err.locked')], paths: [] };
  }
  const list = await userCorrections();
  const next = list.filter((c) => c.id !== id);
  if (next.length !== list.length) await browser.storage.local.set({ [KEYS.userCorrections]: next });
  return { ok: true, active: await syncCorrections(reader) };
}

/** Replace the user's corrections (a profile file's `corrections` on import); validated as a whole. */
export async function setUserCorrections(raw: unknown, reader: PolicyReader = cachedPolicyReader): Promise<CorrectionChange> {
  const r = checkCorrectionList(raw);
  if (!r.ok) return r;
  await browser.storage.local.set({ [KEYS.userCorrections]: r.list });
  return { ok: true, active: await syncCorrections(reader) };
}
