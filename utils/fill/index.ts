/**
 * act: fills a saved form (a form snippet's fields) into the current page — the inverse
 * of collect. Runs in the content script; never opens storage.
 *
 * One field at a time, re-collecting the page after each one, because filling changes
 * the form: a plan toggle reveals its detail fields, a parent select disables its child
 * while the child's options load. Order: boxes (plan toggles) first, then page order.
 * Before overwriting a different value the user entered, it asks (once for the fields
 * in view, again only for conflicts revealed later). Every value is read back after
 * setting it, and once more at the end, so a page that reverts a value is reported.
 * Fields the snippet does not name are never touched.
 */
import type { FieldSnapshot } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import { Collector, type Collected } from '@/utils/collect';
import { OUTSIDE_FORM, isDisabled, isVisible, tidyLabel } from '@/utils/collect/dom';
import { labelOfControl } from '@/utils/collect/label';
import { fillOrder, labelMatch, matchFields, type FieldMatch } from './match';
import { alreadyHas, numberIn, wantsChecked, wouldOverwrite, type WantedField } from './values';
import {
  setAriaSlider,
  setCheckbox,
  setCombobox,
  setDisplaySelect,
  isDisplaySelect,
  setRadio,
  setRange,
  setRichText,
  setSelect,
  setText,
  sleep,
  tick,
  type SetOutcome,
} from './widgets';

export type { WantedField } from './values';

export type SkipReason =
  /** no field with this label on the page (ไม่พบช่องนี้) */
  | 'notFound'
  /** the field has no option with this text (ไม่มีตัวเลือกนี้) */
  | 'noOption'
  /** its options were still loading after the wait (รอตัวเลือกนานเกินไป) */
  | 'timeout'
  /** the user chose not to overwrite (ผู้ใช้เลือกไม่เขียนทับ) */
  | 'declined'
  /** the page field is read-only */
  | 'readOnly'
  /** the page put another value back after it was set */
  | 'reverted'
  /** the control did not take the value */
  | 'failed'
  /** the user cancelled before this field was reached */
  | 'cancelled';

export interface FillItem {
  /** the saved label */
  label: string;
  section: string[];
  /** the saved value (a box: '☑' / '☐') */
  value: string;
  /** the page's label when it differs from the saved one */
  pageLabel?: string;
  /** what the page shows afterwards (reverted) or the option chosen */
  got?: string;
  reason?: SkipReason;
}

export interface FillReport {
  filled: FillItem[];
  /** already had the value */
  unchanged: FillItem[];
  skipped: FillItem[];
  cancelled: boolean;
  ms: number;
}

export interface OverwriteConflict {
  label: string;
  section: string[];
  current: string;
  wanted: string;
}

export type OverwriteChoice = 'overwrite' | 'skip' | 'cancel';

export interface FillOptions {
  doc: Document;
  profile: Profile;
  /** asked before a different, non-empty value is replaced */
  confirmOverwrite: (conflicts: OverwriteConflict[]) => Promise<OverwriteChoice>;
  /** how long to wait for a dependent select's options (default 3000 ms) */
  optionTimeoutMs?: number;
  /** give up waiting early when the page is quiet this long and nothing is loading (default 1000 ms) */
  quietMs?: number;
  signal?: AbortSignal;
  onProgress?: (done: number, total: number) => void;
}

const LOADING_TEXT = /กำลังโหลด|loading|กำลังดึงข้อมูล|โปรดรอ/i;

/**
 * A control loading its options: aria-busy, or a select / combobox that is disabled or
 * offers nothing but a "กำลังโหลด…" text.
 */
export function isLoading(el: Element): boolean {
  if (el.getAttribute('aria-busy') === 'true') return true;
  const text = el.textContent ?? '';
  if (!LOADING_TEXT.test(text)) return false;
  if (isDisabled(el)) return true;
  return el instanceof HTMLSelectElement && Array.from(el.options).every((o) => o.value === '' || LOADING_TEXT.test(o.text));
}

/** Controls of the form that are loading their options. */
export function loadingControls(doc: Document): Element[] {
  const out: Element[] = [];
  for (const el of doc.querySelectorAll('select, [role="combobox"], [role="listbox"], [aria-busy="true"]')) {
    if (el.closest(OUTSIDE_FORM) || !isVisible(el)) continue;
    if (isLoading(el)) out.push(el);
  }
  return out;
}

/** Resolves when `ready()` holds (true), or after `timeoutMs` / a quiet spell with nothing loading (false). */
export function waitFor(
  doc: Document,
  ready: () => boolean,
  timeoutMs: number,
  quietMs: number,
  onLoading?: () => void,
): Promise<boolean> {
  return new Promise((resolve) => {
    const start = Date.now();
    let lastChange = start;
    const observer = new MutationObserver(() => {
      lastChange = Date.now();
    });
    observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
    const check = () => {
      let ok = false;
      try {
        ok = ready();
      } catch {
        ok = false;
      }
      const now = Date.now();
      const loading = loadingControls(doc).length > 0;
      if (loading) onLoading?.();
      if (ok || now - start >= timeoutMs || (!loading && now - lastChange >= quietMs)) {
        observer.disconnect();
        resolve(ok);
        return;
      }
      setTimeout(check, 40);
    };
    check();
  });
}

/** Wait until the page stops changing for `quietMs` (at most `maxMs`). */
export function settle(doc: Document, quietMs = 80, maxMs = 800): Promise<void> {
  return new Promise((resolve) => {
    const start = Date.now();
    let last = start;
    const observer = new MutationObserver(() => {
      last = Date.now();
    });
    observer.observe(doc.documentElement, { subtree: true, childList: true, attributes: true });
    const check = () => {
      const now = Date.now();
      if (now - last >= quietMs || now - start >= maxMs) {
        observer.disconnect();
        resolve();
      } else setTimeout(check, 20);
    };
    setTimeout(check, 20);
  });
}

function item(w: WantedField, page?: FieldSnapshot, extra: Partial<FillItem> = {}): FillItem {
  const out: FillItem = { label: w.label, section: w.section, value: w.kind === 'checkbox' ? (wantsChecked(w) ? '☑' : '☐') : w.value };
  if (page && page.label !== w.label) out.pageLabel = page.label;
  return { ...out, ...extra };
}

function currentText(f: FieldSnapshot): string {
  if (f.kind === 'checkbox') return f.checked ? '☑' : '☐';
  return f.value;
}

/** Sets one control; select and combobox options that are missing may still be loading. */
async function setOne(f: FieldSnapshot, el: Element, w: WantedField): Promise<SetOutcome> {
  switch (f.kind) {
    case 'checkbox':
      return setCheckbox(el, wantsChecked(w));
    case 'radio':
      return setRadio(el, w.value);
    case 'select':
      if (el instanceof HTMLSelectElement) return setSelect(el, w.value);
      if (isDisplaySelect(el)) return setDisplaySelect(el, w.value);
      return setCombobox(el, w.value);
    case 'combobox':
      return setCombobox(el, w.value);
    case 'slider': {
      const n = numberIn(w.value);
      if (!Number.isFinite(n)) return { ok: false, reason: 'noOption' };
      if (el instanceof HTMLInputElement) return setRange(el, n);
      return setAriaSlider(el, n);
    }
    case 'richtext':
      return setRichText(el as HTMLElement, w.value);
    default: {
      if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
        // a number box taking a slider's value: the number only
        const value = w.kind === 'slider' && el.type === 'number' ? String(numberIn(w.value)) : w.value;
        return setText(el, value);
      }
      return setRichText(el as HTMLElement, w.value);
    }
  }
}

/** Kinds whose change may re-render the form (reveal fields, load dependent options). */
const STRUCTURAL = new Set(['checkbox', 'radio', 'select', 'combobox']);

/** The page reading fill needs: a Collector, or one lent by the content script. */
export type PageReader = Pick<Collector, 'collect' | 'invalidate' | 'refresh'>;

/** Fill `fields` into opts.doc, reading the page with a Collector of the profile's placeholders. */
export function fillForm(fields: readonly WantedField[], opts: FillOptions): Promise<FillReport> {
  return fillFormWith(fields, opts, new Collector({ placeholders: opts.profile.placeholders }));
}

/**
 * fillForm with the page reader given (a fresh Collector of the profile's placeholders).
 * The content script's lazily loaded UI passes one made by the always-loaded part, so the
 * collector is not bundled twice.
 */
export async function fillFormWith(fields: readonly WantedField[], opts: FillOptions, collector: PageReader): Promise<FillReport> {
  const t0 = performance.now();
  const { doc, profile } = opts;
  const optionTimeout = opts.optionTimeoutMs ?? 3000;
  const quiet = opts.quietMs ?? 1000;
  const report: FillReport = { filled: [], unchanged: [], skipped: [], cancelled: false, ms: 0 };
  const pending = new Set(fields.map((_, i) => i));
  const used = new Set<Element>();
  const done: { el: Element; index: number; chosen?: string }[] = [];
  let policy: Exclude<OverwriteChoice, 'cancel'> | undefined;

  const scan = (): Collected => {
    collector.invalidate();
    return collector.collect(doc);
  };
  const plan = (c: Collected) => {
    const skipPositions = new Set<number>();
    c.elements.forEach((el, i) => used.has(el) && skipPositions.add(i));
    return matchFields(fields, c.snapshot.fields, profile, { only: pending, skipPositions });
  };
  const conflictsIn = (c: Collected, matches: readonly FieldMatch[]): OverwriteConflict[] =>
    matches
      .filter((m) => wouldOverwrite(c.snapshot.fields[m.position]!, fields[m.index]!))
      .map((m) => {
        const w = fields[m.index]!;
        return { label: w.label, section: w.section, current: currentText(c.snapshot.fields[m.position]!), wanted: item(w).value };
      });
  const ask = async (conflicts: OverwriteConflict[]): Promise<boolean> => {
    const choice = await opts.confirmOverwrite(conflicts);
    if (choice === 'cancel') {
      report.cancelled = true;
      return false;
    }
    policy = choice;
    return true;
  };
  const finish = () => {
    for (const i of pending) {
      const w = fields[i]!;
      // an unticked box or an empty value the page does not have: the page already agrees
      if (!report.cancelled && (w.kind === 'checkbox' ? !wantsChecked(w) : w.value.trim() === '')) report.unchanged.push(item(w));
      else report.skipped.push(item(w, undefined, { reason: report.cancelled ? 'cancelled' : 'notFound' }));
    }
    pending.clear();
    report.ms = performance.now() - t0;
    return report;
  };

  // Ask about the fields in view before changing anything.
  {
    const c = scan();
    const conflicts = conflictsIn(c, plan(c).matches);
    if (conflicts.length && !(await ask(conflicts))) return finish();
  }

  const total = fields.length;
  for (let round = 0; round < total * 3 + 20 && pending.size; round++) {
    if (opts.signal?.aborted) {
      report.cancelled = true;
      break;
    }
    const c = scan();
    const order = fillOrder(plan(c).matches, c.snapshot.fields);
    if (!order.length) {
      // dependent fields may appear once their options load
      if (loadingControls(doc).length && (await waitFor(doc, () => plan(scan()).matches.length > 0, optionTimeout, quiet))) continue;
      break;
    }
    const m = order[0]!;
    const f = c.snapshot.fields[m.position]!;
    const el = c.elements[m.position]!;
    const w = fields[m.index]!;
    pending.delete(m.index);
    used.add(el);
    opts.onProgress?.(total - pending.size, total);

    if (alreadyHas(f, w)) {
      report.unchanged.push(item(w, f));
      continue;
    }
    if (!f.editable) {
      report.skipped.push(item(w, f, { reason: 'readOnly', got: currentText(f) }));
      continue;
    }
    if (wouldOverwrite(f, w)) {
      if (policy === undefined && !(await ask(conflictsIn(c, order)))) {
        pending.add(m.index);
        break;
      }
      if (policy === 'skip') {
        report.skipped.push(item(w, f, { reason: 'declined', got: currentText(f) }));
        continue;
      }
    }

    let outcome = await setOne(f, el, w);
    if (!outcome.ok && outcome.reason === 'noOption' && (f.kind === 'select' || f.kind === 'combobox')) {
      // a dependent list may still be loading its options
      let sawLoading = isLoading(el);
      const ready = () => {
        if (!el.isConnected) return true;
        if (isLoading(el)) sawLoading = true;
        if (isDisabled(el)) return false;
        return el instanceof HTMLSelectElement ? setSelect(el, w.value).ok : false;
      };
      const ok = await waitFor(doc, ready, optionTimeout, quiet);
      if (!el.isConnected) {
        // the page rendered the control again: find it anew
        pending.add(m.index);
        used.delete(el);
        continue;
      }
      if (ok) outcome = { ok: true };
      else if (f.kind === 'combobox') outcome = await setCombobox(el, w.value, optionTimeout);
      if (!outcome.ok) {
        report.skipped.push(item(w, f, { reason: sawLoading || isLoading(el) ? 'timeout' : 'noOption' }));
        continue;
      }
    }
    if (!outcome.ok) {
      report.skipped.push(item(w, f, { reason: outcome.reason === 'noOption' ? 'noOption' : 'failed' }));
      continue;
    }
    await tick();
    const after = collector.refresh(el, f);
    if (!alreadyHas(after, w)) {
      report.skipped.push(item(w, f, { reason: 'reverted', got: currentText(after) }));
    } else {
      done.push({ el, index: m.index, chosen: outcome.chosen });
    }
    if (STRUCTURAL.has(f.kind)) await settle(doc);
  }

  // What is still pending: not on the page, or its list never finished loading.
  if (pending.size && !report.cancelled) {
    const loading = loadingControls(doc);
    for (const i of [...pending]) {
      const w = fields[i]!;
      const stuck = loading.some((el) => {
        const label = tidyLabel(labelOfControl(el));
        const fake: FieldSnapshot = { key: '', label, kind: 'select', value: '', empty: true, editable: true, required: false, section: [] };
        return label !== '' && labelMatch({ ...w, kind: w.kind === 'checkbox' ? 'select' : w.kind }, fake, profile) !== null;
      });
      if (stuck) {
        report.skipped.push(item(w, undefined, { reason: 'timeout' }));
        pending.delete(i);
      }
    }
  }

  // Read everything back once the page has settled: a value put back later is reported too.
  await settle(doc, 120, 600);
  const last = scan();
  for (const d of done) {
    const w = fields[d.index]!;
    const pos = last.elements.indexOf(d.el);
    const now = pos >= 0 ? last.snapshot.fields[pos] : undefined;
    if (now && !alreadyHas(now, w)) report.skipped.push(item(w, now, { reason: 'reverted', got: currentText(now) }));
    else report.filled.push(item(w, now, d.chosen && d.chosen !== w.value ? { got: d.chosen } : {}));
  }
  return finish();
}
