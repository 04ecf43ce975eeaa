/**
 * Keeps a CheckResult up to date while the user works:
 * - a MutationObserver only records what changed (no work in the callback);
 * - typing re-reads just the typed field and re-runs the pure rules;
 * - structural changes (a screen rendered, a section opened) trigger a full scan
 *   on idle, reusing cached labels unless the DOM's structure changed.
 */
import type { CheckResult, FieldSnapshot, FormSnapshot, Screen } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import { Collector } from '@/utils/collect';
import { classify } from '@/utils/classify';
import { check, type Rule, type RuleContext } from '@/utils/rules';

const VALUE_ATTRIBUTES = new Set(['aria-checked', 'aria-valuenow', 'aria-valuetext', 'aria-selected', 'value']);
const OBSERVED_ATTRIBUTES = [
  ...VALUE_ATTRIBUTES,
  'hidden',
  'style',
  'class',
  'disabled',
  'readonly',
  'aria-hidden',
  'aria-disabled',
  'aria-expanded',
  'open',
];

/** Past this many records in one batch, the batch is treated as a new screen (cf. Dark Reader's 1000). */
const HUGE_MUTATION = 500;

export interface LiveState {
  snapshot: FormSnapshot;
  screen: Screen;
  result: CheckResult;
  isForm: boolean;
  /** ms spent in the last check (collect + classify + rules) */
  lastCheckMs: number;
  lastCheckKind: 'full' | 'field';
}

export interface LiveCheckerOptions {
  doc: Document;
  profile: () => Profile;
  extraRules?: () => Rule[];
  /** more context for the rules (deadline settings, remembered progress) */
  context?: (snapshot: FormSnapshot, screen: Screen) => Partial<RuleContext>;
  /** our own UI; mutations inside it are ignored */
  isOwnNode: (n: Node) => boolean;
  onResult: (state: LiveState) => void;
  onError: (e: unknown) => void;
}

function isFormScreen(screen: Screen, snapshot: FormSnapshot): boolean {
  if (screen.id === 'progressReport' || screen.id === 'linkage' || screen.id === 'sendDialog') return true;
  return screen.id === 'other' && snapshot.fields.filter((f) => f.editable).length >= 3;
}

export class LiveChecker {
  private collector: Collector;
  private observer: MutationObserver | null = null;
  private elements: Element[] = [];
  private indexOf = new Map<Element, number>();
  private state: LiveState | null = null;
  private structural = false;
  private childListChanged = false;
  private dirtyFields = new Set<number>();
  private fullTimer: ReturnType<typeof setTimeout> | null = null;
  private fieldTimer: ReturnType<typeof setTimeout> | null = null;
  private idleHandle: number | null = null;

  constructor(private opts: LiveCheckerOptions) {
    this.collector = new Collector({ placeholders: opts.profile().placeholders });
  }

  get current(): LiveState | null {
    return this.state;
  }

  /** Elements of the current fields (same array until the next full scan). */
  get fieldElements(): readonly Element[] {
    return this.elements;
  }

  elementOf(fieldKey: string): Element | undefined {
    return this.elements[Number(fieldKey.slice(1))];
  }

  start(): void {
    const { doc } = this.opts;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(doc.body, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: OBSERVED_ATTRIBUTES,
    });
    doc.addEventListener('input', this.onInput, true);
    doc.addEventListener('change', this.onInput, true);
    this.fullScan();
  }

  stop(): void {
    this.observer?.disconnect();
    this.opts.doc.removeEventListener('input', this.onInput, true);
    this.opts.doc.removeEventListener('change', this.onInput, true);
    if (this.fullTimer) clearTimeout(this.fullTimer);
    if (this.fieldTimer) clearTimeout(this.fieldTimer);
  }

  /** The profile changed or the SPA moved to another screen: forget everything cached. */
  /** Re-run the rules on the current snapshot (e.g. remembered data arrived). */
  recheck(): void {
    if (this.state) this.evaluate(this.state.snapshot, performance.now(), 'field');
  }

  reset(): void {
    this.collector = new Collector({ placeholders: this.opts.profile().placeholders });
    this.scheduleFull(true);
  }

  /** The field (index) an event target or mutated node belongs to, if any. */
  private fieldIndexOf(node: Node | null): number | undefined {
    let el: Element | null = node instanceof Element ? node : node?.parentElement ?? null;
    for (let depth = 0; el && depth < 8; depth++, el = el.parentElement) {
      const i = this.indexOf.get(el);
      if (i !== undefined) return i;
      const owner = this.collector.infoElement(el);
      if (owner) {
        const j = this.indexOf.get(owner);
        if (j !== undefined) return j;
      }
    }
    return undefined;
  }

  private onInput = (e: Event): void => {
    if (this.opts.isOwnNode(e.target as Node)) return; // typing in our own dialogs
    const i = this.fieldIndexOf(e.target as Node);
    if (i === undefined) this.scheduleFull(false);
    else {
      this.dirtyFields.add(i);
      this.scheduleFields();
    }
  };

  private onMutations(records: MutationRecord[]): void {
    if (records.length > HUGE_MUTATION) {
      // a whole screen was (re)rendered: no point sorting the records, rescan on idle
      this.childListChanged = true;
      this.scheduleFull(false);
      return;
    }
    for (const r of records) {
      if (this.opts.isOwnNode(r.target)) continue;
      const i = this.fieldIndexOf(r.target);
      const kind = i === undefined ? undefined : this.state?.snapshot.fields[i]?.kind;
      const valueChange =
        i !== undefined &&
        ((r.type === 'attributes' && VALUE_ATTRIBUTES.has(r.attributeName ?? '')) ||
          (r.type === 'childList' && (kind === 'richtext' || kind === 'combobox' || kind === 'select')));
      if (valueChange) this.dirtyFields.add(i);
      else {
        this.structural = true;
        if (r.type === 'childList') this.childListChanged = true;
      }
    }
    if (this.structural) this.scheduleFull(false);
    else if (this.dirtyFields.size) this.scheduleFields();
  }

  /**
   * Bring the state up to date now: run a pending rescan or re-read pending typed
   * values (a save clicked right after dragging the slider must see the new value).
   */
  flush(): LiveState | null {
    if (this.structural) {
      if (this.fullTimer) clearTimeout(this.fullTimer);
      if (this.idleHandle !== null) cancelIdleCallback(this.idleHandle);
      this.fullTimer = null;
      this.idleHandle = null;
      this.fullScan();
    } else if (this.dirtyFields.size) {
      if (this.fieldTimer) clearTimeout(this.fieldTimer);
      this.fieldTimer = null;
      this.refreshFields();
    }
    return this.state;
  }

  private scheduleFields(): void {
    if (this.fieldTimer) return;
    this.fieldTimer = setTimeout(() => {
      this.fieldTimer = null;
      this.refreshFields();
    }, 0);
  }

  private scheduleFull(invalidate: boolean): void {
    if (invalidate) this.childListChanged = true;
    this.structural = true;
    if (this.fullTimer) clearTimeout(this.fullTimer);
    // wait for a burst of DOM changes to settle, then run when the page is idle
    this.fullTimer = setTimeout(() => {
      this.fullTimer = null;
      if (this.idleHandle !== null) cancelIdleCallback(this.idleHandle);
      this.idleHandle = requestIdleCallback(() => {
        this.idleHandle = null;
        this.fullScan();
      }, { timeout: 120 });
    }, 50);
  }

  fullScan(): void {
    try {
      const t0 = performance.now();
      if (this.childListChanged) this.collector.invalidate();
      this.structural = false;
      this.childListChanged = false;
      this.dirtyFields.clear();
      const { snapshot, elements } = this.collector.collect(this.opts.doc);
      this.elements = elements;
      this.indexOf = new Map(elements.map((el, i) => [el, i]));
      this.evaluate(snapshot, t0, 'full');
    } catch (e) {
      this.opts.onError(e);
    }
  }

  private refreshFields(): void {
    if (!this.state || this.structural) return;
    try {
      const t0 = performance.now();
      const fields: FieldSnapshot[] = this.state.snapshot.fields.slice();
      for (const i of this.dirtyFields) {
        const el = this.elements[i];
        const prev = fields[i];
        if (el && prev) fields[i] = this.collector.refresh(el, prev);
      }
      this.dirtyFields.clear();
      this.evaluate({ ...this.state.snapshot, fields }, t0, 'field');
    } catch (e) {
      this.opts.onError(e);
    }
  }

  private evaluate(snapshot: FormSnapshot, t0: number, kind: 'full' | 'field'): void {
    const profile = this.opts.profile();
    const screen = classify(snapshot, profile);
    const extra = this.opts.context?.(snapshot, screen) ?? {};
    const result = check({ snapshot, screen, profile, today: new Date(), ...extra }, this.opts.extraRules?.() ?? []);
    this.state = {
      snapshot,
      screen,
      result,
      isForm: isFormScreen(screen, snapshot),
      lastCheckMs: performance.now() - t0,
      lastCheckKind: kind,
    };
    this.opts.onResult(this.state);
  }
}
