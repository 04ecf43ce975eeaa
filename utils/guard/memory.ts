/**
 * What the guard remembers per project, in browser.storage.local under "project:…":
 * the budget type (seen on a screen of the project, or answered by the user) and the
 * last check of its progress report. A project is known by its eMENSCR id when a page
 * shows one (data-project-id) and by its normalised name; a record is written under
 * every key known at the time, so a name seen on the M6 form and an id seen in the
 * send list meet as soon as one screen shows both.
 */
import { browser } from 'wxt/browser';
import { matchKey } from '@/utils/text';
import type { LastCheck, RememberedBudget } from './decide';

export const PROJECT_PREFIX = 'project:';
/** test-only switch in storage.local: true / 'decide' / 'show' make the guard throw there, 'load' makes loading its dialog fail (it must fail open) */
export const DEBUG_THROWS_KEY = 'debug:guardThrows';

export interface ProjectRef {
  id?: string | null;
  name?: string | null;
}

export interface ProjectRecord {
  id?: string;
  name?: string;
  budgetType?: string;
  budgetFrom?: RememberedBudget['from'];
  /** when the budget type was learnt (ms) */
  budgetAt?: number;
  check?: LastCheck;
}

/** Storage keys of a project: "project:id:<id>" and "project:name:<normalised name>". */
export function projectKeys(ref: ProjectRef): string[] {
  const keys: string[] = [];
  const id = ref.id?.trim();
  if (id) keys.push(`${PROJECT_PREFIX}id:${id}`);
  const name = ref.name ? matchKey(ref.name) : '';
  if (name) keys.push(`${PROJECT_PREFIX}name:${name}`);
  return keys;
}

/** One view of a project from all its records: the latest budget type and the latest check win. */
export function mergeRecords(records: (ProjectRecord | undefined)[]): ProjectRecord | null {
  let out: ProjectRecord | null = null;
  for (const r of records) {
    if (!r) continue;
    out ??= {};
    if (r.id && !out.id) out.id = r.id;
    if (r.name && !out.name) out.name = r.name;
    if (r.budgetType && (out.budgetAt ?? -1) < (r.budgetAt ?? 0)) {
      out.budgetType = r.budgetType;
      out.budgetAt = r.budgetAt ?? 0;
      if (r.budgetFrom) out.budgetFrom = r.budgetFrom;
    }
    if (r.check && (!out.check || out.check.checkedAt < r.check.checkedAt)) out.check = r.check;
  }
  return out;
}

export function rememberedBudget(r: ProjectRecord | null): RememberedBudget | null {
  return r?.budgetType ? { budgetType: r.budgetType, from: r.budgetFrom ?? 'screen' } : null;
}

/**
 * A synchronous view of the remembered projects (the guard decides inside event
 * handlers, so it cannot wait for storage), kept in step with storage.local.
 */
export class ProjectMemory {
  private records = new Map<string, ProjectRecord>();
  /** storage.local[DEBUG_THROWS_KEY], read only in the test build (utils/test-hooks.d.ts) */
  debugThrows: unknown = undefined;
  loaded = false;
  readonly ready: Promise<void>;

  /** `stored`: all of storage.local, read already (the content script's one read at start) */
  constructor(stored?: Record<string, unknown>) {
    this.ready = this.load(stored);
    browser.storage.onChanged.addListener(this.onChanged);
  }

  private async load(stored?: Record<string, unknown>): Promise<void> {
    try {
      const all: Record<string, unknown> = stored ?? ((await browser.storage.local.get(null)) as Record<string, unknown>);
      for (const [k, v] of Object.entries(all)) {
        if (k.startsWith(PROJECT_PREFIX) && v && typeof v === 'object') this.records.set(k, v as ProjectRecord);
      }
      if (__TEST_HOOKS__) this.debugThrows = all[DEBUG_THROWS_KEY];
    } catch {
      /* storage unavailable: the guard works from what the page shows */
    }
    this.loaded = true;
  }

  private onChanged = (changes: Record<string, { newValue?: unknown }>, area: string): void => {
    if (area !== 'local') return;
    for (const [k, c] of Object.entries(changes)) {
      if (__TEST_HOOKS__ && k === DEBUG_THROWS_KEY) this.debugThrows = c.newValue;
      if (!k.startsWith(PROJECT_PREFIX)) continue;
      if (c.newValue && typeof c.newValue === 'object') this.records.set(k, c.newValue as ProjectRecord);
      else this.records.delete(k);
    }
  };

  dispose(): void {
    browser.storage.onChanged.removeListener(this.onChanged);
  }

  recall(ref: ProjectRef): ProjectRecord | null {
    return mergeRecords(projectKeys(ref).map((k) => this.records.get(k)));
  }

  /** Update the project's records (memory at once, storage in the background). */
  remember(ref: ProjectRef, patch: Partial<ProjectRecord>): void {
    const keys = projectKeys(ref);
    if (!keys.length) return;
    // merge with what storage holds, not with an empty view
    if (!this.loaded) {
      void this.ready.then(() => this.remember(ref, patch));
      return;
    }
    const merged: ProjectRecord = { ...(this.recall(ref) ?? {}), ...patch };
    if (ref.id) merged.id = ref.id;
    if (ref.name) merged.name = ref.name;
    const items: Record<string, ProjectRecord> = {};
    for (const k of keys) {
      this.records.set(k, merged);
      items[k] = merged;
    }
    browser.storage.local.set(items).catch(() => {});
  }
}
