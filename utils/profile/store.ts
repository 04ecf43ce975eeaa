/**
 * Where the active profile and the policy's settings come from, and the only code that
 * writes them to storage.local. Used by the options page and the background (both may
 * use zod); the content script only reads the results (utils/settings.ts).
 *
 * Precedence: a valid profile pushed by enterprise policy (storage.managed `profile`)
 * wins over the profile the user imported (`userProfile`), which wins over the default.
 * Policy `settings` win key by key over the user's `settings`.
 *
 * Reading storage.managed can take seconds (Chrome answers only once its policy service
 * is ready, ~5 s after start on Linux) or never answer (known Chromium/Edge bugs). So only
 * the background reads it (`refreshPolicy`, at start and on every managed change) and keeps
 * the last answer in storage.local `managedPolicy`; everything else reads that copy
 * (`cachedPolicyReader`, the default) and never waits. The copy is validated on every use.
 *
 * Every function takes the policy reader as a parameter, so tests can inject one.
 */
import { browser } from 'wxt/browser';
import type { Profile } from './schema';
import { DEFAULT_PROFILE } from './default';
import { checkProfile, parseProfileText, type ProfileCheck } from './parse';
import { KEYS, mergeSettings, type Settings } from '@/utils/settings';
import { msg, type Msg } from '@/utils/i18n';
import { syncCorrections } from '@/utils/corrections/store';
import {
  resolvePolicySettings,
  validateSettings,
  type SettingIssue,
  type SettingKey,
} from '@/utils/settings-schema';

/** Reads the enterprise policy values (chrome.storage.managed). */
export type PolicyReader = () => Promise<Record<string, unknown>>;

/** The last policy read, kept in storage.local `managedPolicy` (raw: validated when used). */
export interface PolicyCache {
  value: Record<string, unknown>;
  /** false: the last read failed or timed out; `value` is the one before */
  available: boolean;
}

async function readCache(): Promise<PolicyCache> {
  const got = (await browser.storage.local.get(KEYS.managedPolicy))[KEYS.managedPolicy] as PolicyCache | undefined;
  return got && typeof got.value === 'object' && got.value !== null ? got : { value: {}, available: true };
}

/** The policy as the background last read it (never waits for Chrome's policy service). */
export const cachedPolicyReader: PolicyReader = async () => (await readCache()).value;

/**
 * chrome.storage.managed.get(): {} when no policy is set; it may throw or be missing
 * (other browsers, no managed schema), which means "no policy" too.
 */
export const browserPolicyReader: PolicyReader = async () => {
  const area = (browser.storage as { managed?: { get(keys?: null): Promise<Record<string, unknown>> } }).managed;
  if (!area) return {};
  return (await area.get(null)) ?? {};
};

export type ProfileSource = 'managed' | 'user' | 'default';

/** What the last policy read found; stored as `managedStatus` for the options page. */
export interface ManagedStatus {
  /** the policy could be read (false: no managed storage in this browser, or reading failed) */
  available: boolean;
  /** settings fixed by policy (their controls are locked) */
  lockedSettings: SettingKey[];
  /** policy settings that were ignored, with why */
  settingsIssues: SettingIssue[];
  /** policy keys this version does not know (ignored) */
  unknownSettings: string[];
  /** none: no policy profile; applied: in force; invalid: ignored (see profileIssues) */
  profile: 'none' | 'applied' | 'invalid';
  profileName?: string;
  /** lines naming the bad paths of an invalid policy profile */
  profileIssues: Msg[];
  /** the user's stored profile no longer passes the schema (after an update) and is not used */
  userProfileIssues: Msg[];
}

export interface EffectiveState {
  profile: Profile;
  source: ProfileSource;
  managedSettings: Partial<Settings>;
  status: ManagedStatus;
  /** the user has corrections of their own (reset forgets them too) */
  hasUserCorrections?: boolean;
}

async function readPolicy(reader: PolicyReader): Promise<{ policy: Record<string, unknown>; available: boolean }> {
  if (reader === cachedPolicyReader) {
    const cache = await readCache();
    return { policy: cache.value, available: cache.available };
  }
  try {
    const policy = await reader();
    return { policy: policy && typeof policy === 'object' ? policy : {}, available: true };
  } catch (e) {
    console.warn('[eMENSCR Assistant] enterprise policy could not be read; using local settings', e);
    return { policy: {}, available: false };
  }
}

/** Work out the effective profile and policy settings, without writing anything. */
export async function effectiveProfile(reader: PolicyReader = cachedPolicyReader): Promise<EffectiveState> {
  const { policy, available } = await readPolicy(reader);
  const local = await browser.storage.local.get([KEYS.userProfile, KEYS.userCorrections]);

  let managed: Profile | null = null;
  let managedCheck: ProfileCheck | null = null;
  if (policy.profile !== undefined && policy.profile !== null) {
    managedCheck = checkProfile(policy.profile);
    if (managedCheck.ok) managed = managedCheck.profile;
    else console.warn('[eMENSCR Assistant] the policy profile is invalid and was ignored', managedCheck.issues);
  }

  let user: Profile | null = null;
  let userProfileIssues: Msg[] = [];
  if (local[KEYS.userProfile] !== undefined) {
    const r = checkProfile(local[KEYS.userProfile]);
    if (r.ok) user = r.profile;
    else userProfileIssues = r.issues;
  }

  const profile = managed ?? user ?? DEFAULT_PROFILE;
  const source: ProfileSource = managed ? 'managed' : user ? 'user' : 'default';
  const s = resolvePolicySettings(policy.settings, profile);
  const status: ManagedStatus = {
    available,
    lockedSettings: Object.keys(s.values) as SettingKey[],
    settingsIssues: s.issues,
    unknownSettings: s.unknownKeys,
    profile: managed ? 'applied' : managedCheck ? 'invalid' : 'none',
    profileIssues: managedCheck && !managedCheck.ok ? managedCheck.issues : [],
    userProfileIssues,
  };
  if (managed) status.profileName = managed.name;
  const mine = local[KEYS.userCorrections];
  return { profile, source, managedSettings: s.values, status, hasUserCorrections: Array.isArray(mine) && mine.length > 0 };
}

/**
 * Background only, at every start (so after each install and update): store the default
 * profile under `defaultProfile` for the content script, which no longer carries it. Written
 * only when it differs from the stored copy. Returns the default profile.
 */
export async function seedDefaultProfile(): Promise<Profile> {
  const stored = (await browser.storage.local.get(KEYS.defaultProfile))[KEYS.defaultProfile];
  if (!same(stored, DEFAULT_PROFILE)) await browser.storage.local.set({ [KEYS.defaultProfile]: DEFAULT_PROFILE });
  return DEFAULT_PROFILE;
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Write the effective profile (`activeProfile`, removed when it is the default so an
 * update's default applies), the policy's settings (`managedSettings`) and the status.
 * Only changed keys are written, so readers are not woken for nothing.
 */
export async function syncEffective(reader: PolicyReader = cachedPolicyReader): Promise<EffectiveState> {
  const state = await effectiveProfile(reader);
  const stored = await browser.storage.local.get([KEYS.activeProfile, KEYS.managedSettings, KEYS.managedStatus]);
  const set: Record<string, unknown> = {};
  const remove: string[] = [];

  const active = state.source === 'default' ? undefined : state.profile;
  if (!same(stored[KEYS.activeProfile], active)) {
    if (active) set[KEYS.activeProfile] = active;
    else remove.push(KEYS.activeProfile);
  }
  const managedSettings = Object.keys(state.managedSettings).length ? state.managedSettings : undefined;
  if (!same(stored[KEYS.managedSettings], managedSettings)) {
    if (managedSettings) set[KEYS.managedSettings] = managedSettings;
    else remove.push(KEYS.managedSettings);
  }
  if (!same(stored[KEYS.managedStatus], state.status)) set[KEYS.managedStatus] = state.status;

  if (Object.keys(set).length) await browser.storage.local.set(set);
  if (remove.length) await browser.storage.local.remove(remove);
  // corrections depend on the policy and the profile (utils/corrections/store.ts)
  await syncCorrections(reader);
  return state;
}

function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer from storage.managed after ${ms} ms`)), ms);
    p.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e) => (clearTimeout(timer), reject(e)),
    );
  });
}

/**
 * Background only: read the policy from storage.managed (`{}` when none is set; a throw, a
 * missing API or no answer within `timeoutMs` keeps the last known policy), remember it in
 * `managedPolicy`, then write the effective profile and settings.
 */
export async function refreshPolicy(
  reader: PolicyReader = browserPolicyReader,
  timeoutMs = 30_000,
): Promise<EffectiveState> {
  const old = await readCache();
  let next: PolicyCache;
  try {
    const value = await withTimeout(reader(), timeoutMs);
    next = { value: value && typeof value === 'object' && !Array.isArray(value) ? value : {}, available: true };
  } catch (e) {
    console.warn('[eMENSCR Assistant] enterprise policy could not be read; keeping the last known one', e);
    next = { value: old.value, available: false };
  }
  if (!same(old, next)) await browser.storage.local.set({ [KEYS.managedPolicy]: next });
  return syncEffective(cachedPolicyReader);
}

export type ChangeResult =
  | { ok: true; state: EffectiveState; notes: Msg[] }
  | { ok: false; code: Extract<ProfileCheck, { ok: false }>['code'] | 'locked'; issues: Msg[]; paths: string[] };

const LOCKED = msg('profile.err.locked');

async function lockedByPolicy(reader: PolicyReader): Promise<boolean> {
  return (await effectiveProfile(reader)).source === 'managed';
}

/** Make `profile` the user's profile (validated again here), then recompute the effective one. */
export async function setActiveProfile(
  profile: unknown,
  reader: PolicyReader = cachedPolicyReader,
): Promise<ChangeResult> {
  const r = checkProfile(profile);
  if (!r.ok) return { ok: false, code: r.code, issues: r.issues, paths: r.paths };
  if (await lockedByPolicy(reader)) return { ok: false, code: 'locked', issues: [LOCKED], paths: [] };
  // a file's corrections become the user's corrections (validated with the profile above);
  // the stored profile keeps none, so corrections made later in the panel are not split in two places
  const { corrections, ...rest } = r.profile;
  const set: Record<string, unknown> = { [KEYS.userProfile]: rest };
  if (corrections) set[KEYS.userCorrections] = corrections;
  await browser.storage.local.set(set);
  return { ok: true, state: await syncEffective(reader), notes: r.notes };
}

/**
 * Import a profile file's text. A bad file changes nothing: the result names every bad
 * path. A good one becomes the user's profile and, unless policy fixes the
 * profile, the active one.
 */
export async function importProfileText(
  text: string,
  reader: PolicyReader = cachedPolicyReader,
): Promise<ChangeResult> {
  const r = parseProfileText(text);
  if (!r.ok) return { ok: false, code: r.code, issues: r.issues, paths: r.paths };
  return setActiveProfile(r.profile, reader);
}

/** Forget the user's profile and corrections: the default (or the policy's) applies again. */
export async function resetProfile(reader: PolicyReader = cachedPolicyReader): Promise<ChangeResult> {
  if (await lockedByPolicy(reader)) return { ok: false, code: 'locked', issues: [LOCKED], paths: [] };
  await browser.storage.local.remove([KEYS.userProfile, KEYS.userCorrections]);
  return { ok: true, state: await syncEffective(reader), notes: [] };
}

/**
 * Save the options form's settings as the user's. Locked (policy) keys are validated with
 * the rest but not stored as the user's own: the user's earlier value stays underneath.
 */
export async function saveSettings(
  input: unknown,
  reader: PolicyReader = cachedPolicyReader,
): Promise<{ ok: true; settings: Settings } | { ok: false; issues: SettingIssue[] }> {
  const state = await effectiveProfile(reader);
  const r = validateSettings(input, state.profile);
  if (!r.ok) return r;
  const prev = ((await browser.storage.local.get(KEYS.settings))[KEYS.settings] ?? {}) as Partial<Settings>;
  const own: Partial<Settings> = { ...r.settings };
  for (const key of state.status.lockedSettings) {
    if (key in prev) (own as Record<string, unknown>)[key] = prev[key];
    else delete own[key];
  }
  await browser.storage.local.set({ [KEYS.settings]: own });
  return { ok: true, settings: mergeSettings(own, state.managedSettings, state.profile) };
}
