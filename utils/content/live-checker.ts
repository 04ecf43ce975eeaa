/**
 * Keeps a CheckResult up to date while the user works:
 * - a MutationObserver on <html> (so a replaced <body> is followed) only records what
 *   changed; a change that touches no control and no text near one (a spinner, a
 *   carousel, an animated bar elsewhere on the page) is not recorded at all;
 * - typing re-reads just the typed field and re-runs the pure rules, also while a full
 *   scan is pending;
 * - structural changes (a screen rendered, a section opened) trigger a full scan when
 *   the page is idle, reusing cached labels unless the DOM's structure changed. The
 *   scan waits for a burst of changes to settle (50 ms), but never longer than
 *   MAX_WAIT_MS: a page that changes something near the form every frame still gets a
 *   check at least that often (before, each change restarted the wait: 0 checks in 10 s).
 */
import type { CheckResult, FieldSnapshot, FormSnapshot, Screen } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import { Collector, OBSERVED_ATTRIBUTES as ADAPTER_ATTRIBUTES, type FieldDescription } from '@/utils/collect';
import { classify } from '@/utils/classify';
import { isStepScreen } from '@/utils/classify/screens';
import { check, type Rule, type RuleContext } from '@/utils/rules';
import { screenFacts, type ScreenFacts } from '@/utils/corrections/keys';
import { applyCorrections, type Applied } from '@/utils/corrections/apply';
import type { ActiveCorrection } from '@/utils/corrections/schema';
import { FIELD_SELECTOR } from './selectors';
import { composedParent, fieldShadowRoots, holdsShadowRoot } from '@/utils/collect/shadow';

const VALUE_ATTRIBUTES = new Set(['aria-checked', 'aria-pressed', 'aria-valuenow', 'aria-valuetext', 'aria-selected', 'value']);
const OBSERVED_ATTRIBUTES = [
  ...new Set([...VALUE_ATTRIBUTES, ...ADAPTER_ATTRIBUTES]),
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
const OBSERVE: MutationObserverInit = { subtree: true, childList: true, attributes: true, attributeFilter: OBSERVED_ATTRIBUTES };

/** Past this many records in one batch, the batch is treated as a new screen (cf. Dark Reader's 1000). */
const HUGE_MUTATION = 500;
/** A burst of DOM changes is over after this long without one. */
const SETTLE_MS = 50;
/** …but the full scan never waits longer than this after the first change (issue 11: ≥ 1 check per 300 ms). */
export const MAX_WAIT_MS = 300;
/** What a person fills in: a change that adds, removes or reveals one of these matters. */
const CONTROL_SELECTOR = FIELD_SELECTOR;
/**
 * A change of text or markup (no control added or removed) matters when its parent, or the
 * parent's parent, holds a control: a label, a table header, a sibling label column, a
 * section heading sit that close to what they name. Further away (a status line, a
 * carousel, a progress bar's text elsewhere in <main>) it does not.
 */
const NEAR_LEVELS = 1;

export interface LiveState {
  /** what the rules saw: corrections applied, ignored fields left out (keys still map to fieldElements) */
  snapshot: FormSnapshot;
  /** as collected, before corrections (page-structure report, the "fields not checked" list) */
  raw: FormSnapshot;
  /** keys of the screen and of each raw field (raw.fields[i] ↔ facts.fields[i]) */
  facts: ScreenFacts;
  /** the corrections that applied on this screen */
  applied: Applied;
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
  /** corrections in force (utils/corrections), applied before classify */
  corrections?: () => readonly ActiveCorrection[];
  /** our own UI; mutations inside it are ignored */
  isOwnNode: (n: Node) => boolean;
  onResult: (state: LiveState) => void;
  onError: (e: unknown) => void;
}

function isFormScreen(screen: Screen, snapshot: FormSnapshot): boolean {
  if (screen.id === 'progressReport' || screen.id === 'linkage' || screen.id === 'sendDialog') return true;
  if (isStepScreen(screen.id)) return true;
  return screen.id === 'other' && snapshot.fields.filter((f) => f.editable).length >= 3;
}

export class LiveChecker {
  private collector: Collector;
  private observer: MutationObserver | null = null;
  private elements: Element[] = [];
  private indexOf = new Map<Element, number>();
  private state: LiveState | null = null;
  /** the last collected snapshot and its keys: corrections are re-applied to it on every evaluation */
  private raw: FormSnapshot | null = null;
  private facts: ScreenFacts | null = null;
  private structural = false;
  private childListChanged = false;
  private dirtyFields = new Set<number>();
  private fullTimer: ReturnType<typeof setTimeout> | null = null;
  private fieldTimer: ReturnType<typeof setTimeout> | null = null;
  private idleHandle: number | null = null;
  /** when the first change not yet scanned came (performance.now()), or null */
  private pendingSince: number | null = null;

  constructor(private opts: LiveCheckerOptions) {
    // watch: the page's candidate and heading lists are kept between passes until a change
    // that could alter them (utils/collect CollectOptions.watch)
    this.collector = new Collector({ placeholders: opts.profile().placeholders, watch: true });
  }

  get current(): LiveState | null {
    return this.state;
  }

  /** Elements of the current fields (same array until the next full scan). */
  get fieldElements(): readonly Element[] {
    return this.elements;
  }

  /** How collect read each current field (its adapter, every label layer): the page-structure report. */
  describeFields(): (FieldDescription | null)[] {
    return this.collector.describe(this.elements);
  }

  elementOf(fieldKey: string): Element | undefined {
    return this.elements[Number(fieldKey.slice(1))];
  }

  start(): void {
    const { doc } = this.opts;
    this.observer = new MutationObserver((records) => this.onMutations(records));
    this.observer.observe(doc.documentElement, OBSERVE);
    doc.addEventListener('input', this.onInput, true);
    doc.addEventListener('change', this.onInput, true);
    this.fullScan();
  }

  stop(): void {
    this.observer?.disconnect();
    this.opts.doc.removeEventListener('input', this.onInput, true);
    this.opts.doc.removeEventListener('change', this.onInput, true);
    this.collector.dispose();
    if (this.fullTimer) clearTimeout(this.fullTimer);
    if (this.fieldTimer) clearTimeout(this.fieldTimer);
  }

  /** The profile changed or the SPA moved to another screen: forget everything cached. */
  /** Re-run the rules on the current snapshot (e.g. remembered data arrived). */
  recheck(): void {
    if (this.raw) this.evaluate(this.raw, performance.now(), 'field');
  }

  reset(): void {
    this.collector.dispose();
    this.collector = new Collector({ placeholders: this.opts.profile().placeholders, watch: true });
    this.scheduleFull(true);
  }

  /** The field (index) an event target or mutated node belongs to, if any. */
  private fieldIndexOf(node: Node | null): number | undefined {
    let el: Element | null = node instanceof Element ? node : node?.parentElement ?? null;
    // composedParent: a change inside a field host's shadow root belongs to the host (utils/collect/shadow.ts)
    for (let depth = 0; el && depth < 8; depth++, el = composedParent(el)) {
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
    let structural = false;
    const near = new Map<Node, boolean>();
    for (const r of records) {
      if (this.opts.isOwnNode(r.target)) continue;
      const i = this.fieldIndexOf(r.target);
      const kind = i === undefined ? undefined : this.state?.snapshot.fields[i]?.kind;
      const valueChange =
        i !== undefined &&
        ((r.type === 'attributes' && VALUE_ATTRIBUTES.has(r.attributeName ?? '')) ||
          (r.type === 'childList' && (kind === 'richtext' || kind === 'combobox' || kind === 'select')));
      if (valueChange) this.dirtyFields.add(i);
      else if (i !== undefined || this.touchesForm(r, near)) {
        structural = true;
        if (r.type === 'childList') this.childListChanged = true;
      }
    }
    if (structural) this.scheduleFull(false);
    // typed values are re-read at once, even while a full scan waits
    if (this.dirtyFields.size) this.scheduleFields();
  }

  /**
   * Whether a change can alter what the checker reads: it adds or removes a control; an
   * attribute (visibility, state) changes on a control or on an element that holds one
   * (a section shown or hidden); text changes next to a control (NEAR_LEVELS). A spinner,
   * a carousel or an animated bar touches none. Answers are cached per batch (`near`).
   */
  private touchesForm(r: MutationRecord, near: Map<Node, boolean>): boolean {
    if (r.type === 'childList') {
      for (const list of [r.addedNodes, r.removedNodes]) {
        for (const n of list) {
          if (!(n instanceof Element) || this.opts.isOwnNode(n)) continue;
          if (n.matches(CONTROL_SELECTOR) || n.querySelector(CONTROL_SELECTOR) || holdsShadowRoot(n)) return true;
        }
      }
    }
    const levels = r.type === 'attributes' ? 0 : NEAR_LEVELS;
    let el: Element | null = r.target instanceof Element ? r.target : r.target.parentElement;
    for (let depth = 0; el && depth <= levels; depth++, el = el.parentElement) {
      const known = near.get(el);
      if (known !== undefined) return known;
      if (el === this.opts.doc.documentElement || el === this.opts.doc.body) break;
      const has = el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR) !== null;
      near.set(el, has);
      if (has) return true;
    }
    return false;
  }

  /**
   * Bring the state up to date now: run a pending rescan or re-read pending typed
   * values (a save clicked right after dragging the slider must see the new value).
   */
  flush(): LiveState | null {
    if (this.structural) {
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
    const now = performance.now();
    this.pendingSince ??= now;
    // already waiting for idle: that wait has its own deadline
    if (this.idleHandle !== null) return;
    if (this.fullTimer) clearTimeout(this.fullTimer);
    // wait for a burst of DOM changes to settle, then run when the page is idle; the
    // deadline (MAX_WAIT_MS after the first change) bounds both waits
    const deadline = this.pendingSince + MAX_WAIT_MS;
    this.fullTimer = setTimeout(() => {
      this.fullTimer = null;
      this.idleHandle = requestIdleCallback(() => {
        this.idleHandle = null;
        this.fullScan();
      }, { timeout: Math.max(1, deadline - performance.now()) });
    }, Math.max(0, Math.min(SETTLE_MS, deadline - SETTLE_MS - now)));
  }

  fullScan(): void {
    if (this.fullTimer) clearTimeout(this.fullTimer);
    if (this.idleHandle !== null) cancelIdleCallback(this.idleHandle);
    this.fullTimer = null;
    this.idleHandle = null;
    this.pendingSince = null;
    try {
      const t0 = performance.now();
      if (this.childListChanged) this.collector.invalidate();
      this.structural = false;
      this.childListChanged = false;
      this.dirtyFields.clear();
      const { snapshot, elements } = this.collector.collect(this.opts.doc);
      this.elements = elements;
      this.indexOf = new Map(elements.map((el, i) => [el, i]));
      // mutations inside a shadow root do not reach the observer on <html>: observe the open
      // shadow roots of the fields drawn in one (bounded by the number of fields; observing a
      // root again only renews its options)
      for (const root of fieldShadowRoots(elements)) this.observer?.observe(root, OBSERVE);
      this.facts = screenFacts(snapshot, elements);
      this.evaluate(snapshot, t0, 'full');
    } catch (e) {
      this.opts.onError(e);
    }
  }

  private refreshFields(): void {
    // not blocked by a pending full scan: what the user types shows at once, the scan follows
    if (!this.raw) return;
    try {
      const t0 = performance.now();
      const fields: FieldSnapshot[] = this.raw.fields.slice();
      for (const i of this.dirtyFields) {
        const el = this.elements[i];
        const prev = fields[i];
        // a field removed since the last scan is left to that scan
        if (el?.isConnected && prev) fields[i] = this.collector.refresh(el, prev);
      }
      this.dirtyFields.clear();
      this.evaluate({ ...this.raw, fields }, t0, 'field');
    } catch (e) {
      this.opts.onError(e);
    }
  }

  private evaluate(raw: FormSnapshot, t0: number, kind: 'full' | 'field'): void {
    this.raw = raw;
    const facts = (this.facts ??= screenFacts(raw, this.elements));
    const applied = applyCorrections(raw, facts, this.opts.corrections?.() ?? []);
    const snapshot = applied.snapshot;
    const profile = this.opts.profile();
    const screen = classify(snapshot, profile);
    const extra = this.opts.context?.(snapshot, screen) ?? {};
    const result = check({ snapshot, screen, profile, today: new Date(), ...extra }, this.opts.extraRules?.() ?? []);
    this.state = {
      snapshot,
      raw,
      facts,
      applied,
      screen,
      result,
      isForm: isFormScreen(screen, snapshot),
      lastCheckMs: performance.now() - t0,
      lastCheckKind: kind,
    };
    this.opts.onResult(this.state);
  }
}
