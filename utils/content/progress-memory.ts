/**
 * Remembers the progress a project had when the user SAVED its report (per fiscal
 * year and quarter), so the next report can be compared with it. Kept in
 * storage.local under "progress:<project>"; nothing leaves the browser.
 */
import { fieldFor } from '@/utils/classify/fields';
import { browser } from 'wxt/browser';
import type { FormSnapshot } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import type { ProgressHistory } from '@/utils/rules';
import { findField } from '@/utils/rules/fields';
import { progressField } from '@/utils/rules/progress';
import { matchKey, labelScore } from '@/utils/text';
import { parseQuarter } from '@/utils/calendar';

const PREFIX = 'progress:';

export function projectKeyOf(snapshot: FormSnapshot, profile: Profile): string | null {
  const f = fieldFor(snapshot, profile, 'projectName');
  return f && !f.empty ? matchKey(f.value) : null;
}

export class ProgressMemory {
  private cache = new Map<string, ProgressHistory>();
  private loading = new Set<string>();

  /**
   * `stored`: all of storage.local as the content script read it at start (one read, issue 12):
   * the page's first project is answered from it at once, with no read of its own and no
   * second check; later ones (the SPA moved on, storage may have changed) are read.
   */
  constructor(
    private onLoaded: () => void,
    private stored?: Record<string, unknown>,
  ) {}

  /** History for the project on screen; loads it in the background the first time. */
  historyFor(snapshot: FormSnapshot, profile: Profile): ProgressHistory | undefined {
    const key = projectKeyOf(snapshot, profile);
    if (!key) return undefined;
    const known = this.cache.get(key);
    if (known || this.loading.has(key)) return known;
    const stored = this.stored;
    this.stored = undefined;
    if (stored) {
      const history = (stored[PREFIX + key] as ProgressHistory | undefined) ?? {};
      this.cache.set(key, history);
      return history;
    }
    this.loading.add(key);
    browser.storage.local
      .get(PREFIX + key)
      .then((got) => {
        const history = (got[PREFIX + key] as ProgressHistory | undefined) ?? {};
        this.cache.set(key, history);
        // nothing saved for this project (the common case): the rule finds what it found
        // without a history, so no second check (it cost 3–5 ms of CPU at each form's load,
        // check + panel update, bench loadprofile M6, issue 12)
        if (Object.keys(history).length) this.onLoaded();
      })
      .catch(() => this.cache.set(key, {}))
      .finally(() => this.loading.delete(key));
    return undefined;
  }

  /** Record the progress on screen as saved (called when the user presses a save button). */
  async rememberSaved(snapshot: FormSnapshot, profile: Profile, fiscalYear: number | undefined): Promise<void> {
    const key = projectKeyOf(snapshot, profile);
    const progress = progressField(snapshot, profile);
    const quarterField = fieldFor(snapshot, profile, 'quarter', ['select', 'combobox', 'radio', 'text']);
    const quarter = quarterField && !quarterField.empty ? parseQuarter(quarterField.value) : null;
    if (!key || !fiscalYear || !quarter || progress?.number === undefined) return;
    // what was saved before this save counts as "last reported"; this save is stored for next time
    const stored = ((await browser.storage.local.get(PREFIX + key))[PREFIX + key] as ProgressHistory | undefined) ?? {};
    const next = { ...stored, [`${fiscalYear}-Q${quarter}`]: progress.number };
    await browser.storage.local.set({ [PREFIX + key]: next });
    this.cache.set(key, next);
  }
}

/** Whether a click/submit target is one of the profile's save buttons. */
export function isSaveAction(target: EventTarget | null, profile: Profile): boolean {
  const el = target instanceof Element ? target.closest('button, [role="button"], input[type="submit"], input[type="button"]') : null;
  if (!el) return false;
  const text = (el instanceof HTMLInputElement ? el.value : el.textContent) ?? '';
  return labelScore(text, profile.saveActions) >= 2;
}
