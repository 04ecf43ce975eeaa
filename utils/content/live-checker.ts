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
import { isEntryChange } from '@/utils/collect/adder';
import { MAX_EDITOR_FRAMES, editorBody, frameDocument } from '@/utils/collect/widgets/iframe-editor';

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

/**
 * A scan that has to work out fields anew (the first one, or after the page's structure
 * changed) does that part in slices of this long, yielding to the page in between, so no
 * task of ours reaches the 50 ms of a long task (issue 12: the first check of the
 * 2,000-control form was one 306 ms task at page load).
 */
const SLICE_MS = 8;
/** Past this many records in one batch, the batch is treated as a new screen (cf. Dark Reader's 1000). */
const HUGE_MUTATION = 500;
/** A burst of DOM changes is over after this long without one. */
const SETTLE_MS = 50;
/** …but the full scan never waits longer than this after the first change (issue 11: ≥ 1 check per 300 ms). */
export const MAX_WAIT_MS = 300;
/**
 * What a person fills in: a change that adds, removes or reveals one of these matters. An iframe
 * may be a rich-text editor's (utils/collect/widgets/iframe-editor.ts): the page adds, shows or
 * hides the editor's box around it, while the textarea it stands for stays hidden. Not in the
 * always-loaded boot's FIELD_SELECTOR: the textarea brings the main part in.
 */
const CONTROL_SELECTOR = `${FIELD_SELECTOR}, iframe`;
/** Transitioned properties that can show or hide a box's fields (collect/dom.ts isHiddenByLayout reads what they leave). */
const DRAWN_PROPERTIES = /^(transform|translate|scale|opacity|visibility|clip-path|clip|height|max-height|width|max-width|left|top|margin-left|margin-top)$/;
/** What is typed into an editor's iframe: text and nodes of its body (attributes are the editor's own state). */
const FRAME_OBSERVE: MutationObserverInit = { subtree: true, childList: true, characterData: true };
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
  /**
   * The full scan re-read the page, or a field re-read after an event, found the same snapshot
   * (every field's value, state, label and element; url, title, headings) as the last
   * evaluation: classify, rules, keys and corrections were not run again and `result` is the
   * previous one.
   */
  unchanged: boolean;
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
  /** when the first change no result has shown yet came: kept across the sliced scan's restarts */
  private checkSince: number | null = null;
  /** the collector's structure generation `facts` were computed at */
  private factsGeneration = -1;
  /** evaluate on the next full scan even if the snapshot is the same (profile, settings or screen changed) */
  private forceEvaluate = true;
  /** the local day of the last evaluation: the deadline rules read today's date */
  private evaluatedDay = '';
  /** a sliced scan under way (its next slice's timer) and the time its slices took so far */
  private sliceTimer: ReturnType<typeof setTimeout> | null = null;
  private sliceMs = 0;
  private sliceSince = 0;
  /** a sliced scan's page read, waiting for its next task */
  private pendingRead: PageRead | null = null;
  /** a sliced scan reading the page in parts (Collector.collectPart): begun at `version`, `spent` ms so far */
  private reading: { version: number; spent: number; since: number } | null = null;
  /** when the first of the reads in parts that are still to complete began (restarts keep it) */
  private readSince: number | null = null;
  /** bumped by every evaluation: a page read older than the last evaluation is not used */
  private version = 0;
  /**
   * The documents of the editor iframes among the fields, with their iframe: typing there fires
   * input events and changes nodes in that document, which the page's listeners and observer do
   * not see. Listened to once per document (finishScan), until the frame goes or the checker stops.
   */
  private frames = new Map<Document, Element>();
  private frameObserver: MutationObserver | null = null;
  /**
   * Same-origin iframes loaded but not editors yet, each watched until its body becomes editable
   * (then one full check), at most MAX_EDITOR_FRAMES: CKEditor 4 writes its editing document and
   * makes its body editable after the frame's load, which a slow machine's check can read before.
   * At 6× CPU throttling the three narratives of the zoo's jquery-adminlte went unreported on the
   * empty report in 1 load of 4, and stayed so (no other change came to re-read them).
   */
  private pendingFrames = new Map<Document, MutationObserver>();

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
    doc.defaultView?.addEventListener('input', this.afterInput);
    doc.defaultView?.addEventListener('change', this.afterInput);
    // an iframe's load does not bubble, but passes the document on its way down: an editor's
    // frame has loaded, and its body becomes editable (TinyMCE: in its load handler, after this one)
    doc.addEventListener('load', this.onFrameLoad, true);
    doc.addEventListener('transitionend', this.onDrawnChange, true);
    doc.addEventListener('animationend', this.onDrawnChange, true);
    this.frameObserver = new MutationObserver((records) => this.onFrameMutations(records));
    // the first check: fields worked out in slices (flush() still answers at once)
    this.structural = true;
    this.childListChanged = true;
    this.checkSince = performance.now();
    this.scanSliced();
  }

  stop(): void {
    this.observer?.disconnect();
    this.opts.doc.removeEventListener('input', this.onInput, true);
    this.opts.doc.removeEventListener('change', this.onInput, true);
    this.opts.doc.defaultView?.removeEventListener('input', this.afterInput);
    this.opts.doc.defaultView?.removeEventListener('change', this.afterInput);
    this.opts.doc.removeEventListener('load', this.onFrameLoad, true);
    this.opts.doc.removeEventListener('transitionend', this.onDrawnChange, true);
    this.opts.doc.removeEventListener('animationend', this.onDrawnChange, true);
    for (const d of [...this.frames.keys()]) this.unlistenFrame(d);
    this.frameObserver?.disconnect();
    this.frameObserver = null;
    for (const mo of this.pendingFrames.values()) mo.disconnect();
    this.pendingFrames.clear();
    this.collector.dispose();
    if (this.fullTimer) clearTimeout(this.fullTimer);
    if (this.fieldTimer) clearTimeout(this.fieldTimer);
    if (this.sliceTimer) clearTimeout(this.sliceTimer);
    this.sliceTimer = null;
  }

  /** The profile changed or the SPA moved to another screen: forget everything cached. */
  /** Re-run the rules on the current snapshot (e.g. remembered data arrived). */
  recheck(): void {
    if (this.raw) this.evaluate(this.raw, performance.now(), 'field');
  }

  reset(): void {
    this.reading = null;
    this.forceEvaluate = true;
    this.factsGeneration = -1;
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
    // typed in an editor's iframe: the field is the iframe
    const target = e.target as Node;
    const frame = target.ownerDocument && target.ownerDocument !== this.opts.doc ? this.frames.get(target.ownerDocument) : undefined;
    const i = this.fieldIndexOf(frame ?? target);
    // an "อื่นๆ" chosen or unchosen: its "โปรดระบุ" box becomes a field or none (collect/specify.ts)
    if (i !== undefined && target instanceof Element && this.collector.ownsSpecify(target)) this.scheduleFull(false);
    if (i === undefined) this.scheduleFull(false);
    else {
      this.dirtyFields.add(i);
      this.scheduleFields();
    }
  };

  /**
   * The same event when it reaches the window (bubbling, after the page's own handlers): the
   * typed field is re-read in a microtask, so the findings are ready before the next frame.
   * Not from the capture listener: a microtask queued there runs before the page's handlers,
   * and a controlled input (React) that rejects or reformats the key would be read as typed.
   * An event the page stops on its way up still gets the timer queued by onInput.
   */
  private afterInput = (): void => {
    if (this.fieldTimer === null) return;
    queueMicrotask(() => {
      if (this.fieldTimer === null) return;
      clearTimeout(this.fieldTimer);
      this.fieldTimer = null;
      this.refreshFields();
    });
  };

  private onFrameLoad = (e: Event): void => {
    const t = e.target as Element | null;
    if (t?.tagName !== 'IFRAME' || this.opts.isOwnNode(t)) return;
    this.scheduleFull(false);
    this.watchUntilEditable(t);
  };

  /** See pendingFrames: one full check when `frame`'s body becomes editable. */
  private watchUntilEditable(frame: Element): void {
    if (editorBody(frame)) return;
    const doc = frameDocument(frame);
    if (!doc || this.pendingFrames.has(doc)) return;
    if (this.pendingFrames.size >= MAX_EDITOR_FRAMES) {
      // frames gone since (a screen change) make room
      for (const [d, mo] of this.pendingFrames) if (!frame.ownerDocument.contains(d.defaultView?.frameElement ?? null)) { mo.disconnect(); this.pendingFrames.delete(d); }
      if (this.pendingFrames.size >= MAX_EDITOR_FRAMES) return;
    }
    const mo = new MutationObserver(() => {
      if (!editorBody(frame)) return;
      mo.disconnect();
      this.pendingFrames.delete(doc);
      this.scheduleFull(false);
    });
    try {
      // the Document itself: document.open() (an editor writing its frame) replaces every node under it
      mo.observe(doc, { subtree: true, childList: true, attributes: true, attributeFilter: ['contenteditable'] });
    } catch {
      return;
    }
    this.pendingFrames.set(doc, mo);
  }

  /**
   * A box holding fields ended a transition or animation that can show or hide them (a "โปรดระบุ"
   * row folding with `transform: scaleY(0)` over 0.3 s): the class change that started it was
   * scanned 50–300 ms in, the box half drawn, so the scan saw the folding box's field as shown and
   * reported it empty on a complete form (plain-offscreen, 7 Dec, evening). What is drawn at the end is
   * read again (collect/dom.ts isHiddenByLayout). A field's own transition (a border on focus)
   * and properties that move or hide nothing (colour, shadow) are not followed.
   */
  private onDrawnChange = (e: Event): void => {
    const t = e.target;
    if (!(t instanceof Element) || this.opts.isOwnNode(t)) return;
    if (e.type === 'transitionend' && !DRAWN_PROPERTIES.test((e as TransitionEvent).propertyName ?? '')) return;
    if (t.matches(CONTROL_SELECTOR) || !t.querySelector(CONTROL_SELECTOR)) return;
    this.scheduleFull(false);
  };

  /** Nodes or text changed in an editor's iframe (typed, or set by the page: editor.setContent): re-read that field. */
  private onFrameMutations(records: MutationRecord[]): void {
    for (const r of records) {
      const frame = r.target.ownerDocument ? this.frames.get(r.target.ownerDocument) : undefined;
      const i = frame ? this.indexOf.get(frame) : undefined;
      if (i !== undefined) this.dirtyFields.add(i);
    }
    if (this.dirtyFields.size) this.scheduleFields();
  }

  /**
   * Listen to the documents of the editor iframes among `elements` (once per document), and stop
   * listening to those whose frame left the page or loaded another document. Bounded by the
   * adapter's MAX_EDITOR_FRAMES iframes a pass.
   */
  private followFrames(elements: readonly Element[]): void {
    for (const [d, frame] of this.frames) if (!frame.isConnected || frameDocument(frame) !== d) this.unlistenFrame(d);
    for (const el of elements) {
      if (el.tagName !== 'IFRAME') continue;
      const d = frameDocument(el);
      if (!d || this.frames.has(d)) continue;
      try {
        d.addEventListener('input', this.onInput, true);
        d.addEventListener('change', this.onInput, true);
        d.defaultView?.addEventListener('input', this.afterInput);
        d.defaultView?.addEventListener('change', this.afterInput);
        this.frameObserver?.observe(d.documentElement, FRAME_OBSERVE);
        this.frames.set(d, el);
      } catch {
        // the frame went cross-origin or away meanwhile: nothing to follow
      }
    }
  }

  private unlistenFrame(d: Document): void {
    this.frames.delete(d);
    try {
      d.removeEventListener('input', this.onInput, true);
      d.removeEventListener('change', this.onInput, true);
      d.defaultView?.removeEventListener('input', this.afterInput);
      d.defaultView?.removeEventListener('change', this.afterInput);
    } catch {
      // a document whose window is gone
    }
  }

  private onMutations(records: MutationRecord[]): void {
    if (records.length > HUGE_MUTATION) {
      // a whole screen was (re)rendered: no point sorting the records, rescan on idle
      this.childListChanged = true;
      this.scheduleFull(false);
      return;
    }
    let structural = false;
    const near = new Map<Node, boolean>();
    const gone = comeAndGone(records);
    for (const r of records) {
      if (this.opts.isOwnNode(r.target)) continue;
      // nodes added and removed again within this batch (a framework measuring a node): no change
      if (gone && r.type === 'childList' && allIn(r.addedNodes, gone) && allIn(r.removedNodes, gone)) continue;
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
          // an entry added to or removed from an adder's list (utils/collect/adder.ts); a toast's
          // close button far from any field is none
          if (isEntryChange(n, r.target)) return true;
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
    if (this.reading) {
      // a sliced read in parts: read the whole page now instead
      this.reading = null;
      this.collector.abandonPart();
      this.structural = true;
    }
    if (this.pendingRead && !this.structural && !this.dirtyFields.size) {
      // a sliced scan read the page and waits for its next task: finish it now
      const read = this.pendingRead;
      if (this.sliceTimer) clearTimeout(this.sliceTimer);
      this.sliceTimer = null;
      this.pendingRead = null;
      try {
        if (this.finishScan(read, true)) return this.state;
      } catch (e) {
        this.opts.onError(e);
      }
      this.structural = true;
    }
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
    this.checkSince ??= now;
    // already waiting for idle, or a sliced scan under way (it sees the change): that has its own deadline
    if (this.idleHandle !== null || this.sliceTimer !== null) return;
    // wait for a burst of DOM changes to settle, then run when the page is idle; the
    // deadline (MAX_WAIT_MS after the first change) bounds both waits
    const deadline = this.pendingSince + MAX_WAIT_MS;
    if (this.fullTimer) {
      // past the settle time the waiting timer stands (it fires by the deadline): a page that
      // changes something before each task of ours pushed it back for ever (unit test: no
      // check in 3 s, 8 runs in 8, once its clearTimeout worked as a browser's)
      if (now >= deadline - SETTLE_MS) return;
      clearTimeout(this.fullTimer);
    }
    this.fullTimer = setTimeout(() => {
      this.fullTimer = null;
      this.idleHandle = requestIdleCallback(() => {
        this.idleHandle = null;
        this.scanSliced();
      }, { timeout: Math.max(1, deadline - performance.now()) });
    }, Math.max(0, Math.min(SETTLE_MS, deadline - SETTLE_MS - now)));
  }

  /**
   * A full scan whose costly part — working out fields after a structural change — runs in
   * slices of SLICE_MS with the page's tasks in between; the scan itself follows on the warm
   * collector. A structural change during the slices drops what they found and starts again;
   * a page that keeps changing still gets its check after MAX_WAIT_MS (then in one task).
   * flush() (a send, a save, the report) runs the whole scan at once, as before.
   */
  private scanSliced(): void {
    if (this.sliceTimer) clearTimeout(this.sliceTimer);
    this.sliceTimer = null;
    if (!this.structural) return; // flushed meanwhile
    const t0 = performance.now();
    if (this.sliceMs === 0) this.sliceSince = t0;
    try {
      if (this.childListChanged) {
        this.collector.invalidate();
        this.childListChanged = false;
      }
      const done = this.collector.prepare(this.opts.doc, t0 + SLICE_MS);
      this.sliceMs += performance.now() - t0;
      if (!done && performance.now() - this.sliceSince < MAX_WAIT_MS) {
        this.sliceTimer = setTimeout(() => this.scanSliced(), 0);
        return;
      }
      // then the read in a task of its own: with the last slice it was one 64–114 ms task on
      // the stress form at page load (bench: trace of the load, load 1.5)
      this.next(() => this.readSliced());
    } catch (e) {
      this.opts.onError(e);
    }
  }

  /**
   * The sliced scan's read and evaluation, each part in a task of its own: read the page (a warm
   * collect) | its keys | corrections and classify | the rules | onResult (the panel). Corrections,
   * classify and the rules were one 45–51 ms task on the stress form at page load (trace, load
   * 1.5); earlier measures, load 3–4: collect ~28, keys ~25, classify 13–20, rules 23–35, panel
   * 30 ms. The read itself is in parts of SLICE_MS (Collector.collectPart): once labels were
   * worked out, reading the 2,000 controls was one 47–68 ms task at page load (trace, load 0.6).
   * Nothing of the checker's state changes before the rules' task (a keystroke in between is
   * read against the previous scan), and a change or a keystroke since the read began drops it.
   */
  private readSliced(): void {
    if (!this.reading) {
      if (!this.structural) return; // flushed meanwhile
      // the structure changed while this task waited: work it out in slices again
      if (this.childListChanged) return this.restart();
      const spent = this.beginRead();
      this.reading = { version: this.version, spent, since: (this.readSince ??= performance.now()) };
    } else if (this.structural || this.dirtyFields.size > 0 || this.reading.version !== this.version) {
      // a change, a keystroke or a field's evaluation between the parts: read again from the start
      return this.restart();
    }
    const reading = this.reading;
    const t0 = performance.now();
    // a page that keeps changing still gets its check: past MAX_WAIT_MS the rest is read at once
    const deadline = t0 - reading.since > MAX_WAIT_MS ? Infinity : t0 + SLICE_MS;
    const got = this.collector.collectPart(this.opts.doc, deadline);
    reading.spent += performance.now() - t0;
    if (!got) {
      this.next(() => this.readSliced());
      return;
    }
    this.reading = null;
    this.readSince = null;
    const read: PageRead = { ...got, generation: this.collector.generation, spent: reading.spent, version: reading.version };
    this.pendingRead = read;
    const stale = () => this.structural || this.dirtyFields.size > 0 || read.version !== this.version;
    // a change or a keystroke since the read: read again (the collector is warm)
    const again = () => this.restart();
    this.next(() => {
      if (stale()) return again();
      const t = performance.now();
      if (this.needsFacts(read)) read.facts = screenFacts(read.snapshot, read.elements);
      read.spent += performance.now() - t;
      this.next(() => {
        if (stale()) return again();
        const t = performance.now();
        read.pre = this.classifyRead(read);
        read.spent += performance.now() - t;
        this.next(() => {
          this.pendingRead = null;
          const state = stale() ? null : this.finishScan(read, false);
          if (!state) return again();
          this.next(() => {
            if (this.state === state) this.opts.onResult(state);
            // a change while these tasks waited found the slice timer set (scheduleFull)
            if (this.structural) this.scheduleFull(false);
          });
        });
      });
    });
  }

  /**
   * A change or a keystroke came between the sliced scan's tasks: start it again in slices or,
   * once MAX_WAIT_MS passed since the first change no result shows, read and check the page
   * now, in this task. hostile-busy (the form's style set every frame) on a slow machine: a
   * frame landed in a gap between our tasks each time, each restarted the scan, and no check
   * came for over a second (CI, 7 Dec); the unit test, a change before each of our tasks, got
   * none in 3 s before this bound.
   */
  private restart(): void {
    this.reading = null;
    this.pendingRead = null;
    this.collector.abandonPart();
    if (this.checkSince !== null && performance.now() - this.checkSince > MAX_WAIT_MS) return this.fullScan();
    this.structural = true;
    this.scanSliced();
  }

  /**
   * Corrections and classify of a page read, ahead of finishScan (which uses them when the read is
   * evaluated with the same keys, profile and corrections); nothing when the snapshot is the
   * last one (finishScan keeps the findings without them).
   */
  private classifyRead(read: PageRead): Classified | undefined {
    if (!this.forceEvaluate && this.state && this.raw && sameSnapshot(read.snapshot, this.raw)) return undefined;
    const facts = read.facts ?? this.facts ?? screenFacts(read.snapshot, read.elements);
    const corrections = this.opts.corrections?.() ?? [];
    const profile = this.opts.profile();
    const applied = applyCorrections(read.snapshot, facts, corrections);
    return { raw: read.snapshot, facts, corrections, profile, applied, screen: classify(applied.snapshot, profile) };
  }

  /** `step` in a task of its own (the sliced scan's next part). */
  private next(step: () => void): void {
    this.sliceTimer = setTimeout(() => {
      this.sliceTimer = null;
      try {
        step();
      } catch (e) {
        this.opts.onError(e);
      }
    }, 0);
  }

  /** Whether the keys must be worked out anew for a page read (see finishScan). */
  private needsFacts(read: PageRead): boolean {
    return !(
      this.facts !== null &&
      this.raw !== null &&
      read.generation === this.factsGeneration &&
      sameList(read.elements, this.elements) &&
      sameKeys(read.snapshot, this.raw)
    );
  }

  fullScan(): void {
    try {
      this.finishScan(this.readPage(), true);
    } catch (e) {
      this.opts.onError(e);
    }
  }

  /** The collect part of a full scan (timers cleared, caches dropped after a structural change). */
  private readPage(): PageRead {
    this.readSince = null;
    const sliced = this.beginRead();
    const t0 = performance.now();
    const { snapshot, elements } = this.collector.collect(this.opts.doc);
    return { snapshot, elements, generation: this.collector.generation, spent: sliced + performance.now() - t0, version: this.version };
  }

  /**
   * A read of the page begins: timers cleared, the pending change taken (a change from now on
   * sets `structural` again), caches dropped after a structural change. Returns the ms the
   * slices before it took (they count as this check's: the work is the same, only not in one task).
   */
  private beginRead(): number {
    if (this.sliceTimer) clearTimeout(this.sliceTimer);
    this.sliceTimer = null;
    this.pendingRead = null;
    this.reading = null;
    const sliced = this.sliceMs;
    this.sliceMs = 0;
    if (this.fullTimer) clearTimeout(this.fullTimer);
    if (this.idleHandle !== null) cancelIdleCallback(this.idleHandle);
    this.fullTimer = null;
    this.idleHandle = null;
    this.pendingSince = null;
    const t0 = performance.now();
    if (this.childListChanged) this.collector.invalidate();
    this.structural = false;
    this.childListChanged = false;
    this.dirtyFields.clear();
    return sliced + performance.now() - t0;
  }

  /**
   * Keys, corrections, classify and rules on what readPage read; `notify`: call onResult now
   * (false: the caller does, in a task of its own). Null when a change came after the read (a
   * sliced scan then reads again).
   */
  private finishScan(read: PageRead, notify: boolean): LiveState | null {
    if (read.version !== this.version) return null;
    this.checkSince = null;
    const t0 = performance.now() - read.spent;
    const { snapshot, elements: collected, generation } = read;
    // the same fields in the same order: keep the array (the panel and the field index key on it)
    const sameElements = sameList(collected, this.elements);
    if (!sameElements) {
      this.elements = collected;
      this.indexOf = new Map(collected.map((el, i) => [el, i]));
      // mutations inside a shadow root do not reach the observer on <html>: observe the open
      // shadow roots of the fields drawn in one (bounded by the number of fields; observing a
      // root again only renews its options)
      for (const root of fieldShadowRoots(collected)) this.observer?.observe(root, OBSERVE);
    }
    // every scan: an editor's iframe may have loaded a new document under the same element
    this.followFrames(this.elements);
    const prev = this.raw;
    // field keys read labels, kinds, sections and the tag/role shape above each element: the
    // same elements, no node added, removed or re-roled (generation) and the same labels
    // give the same keys (screenFacts was 13 % of a warm scan of the stress form)
    let sameStructure =
      this.facts !== null && prev !== null && sameElements && generation === this.factsGeneration && sameKeys(snapshot, prev);
    if (!sameStructure) {
      const facts = read.facts ?? screenFacts(snapshot, this.elements);
      // asked again (a class changed somewhere, a node came and went) but the same keys
      sameStructure = this.facts !== null && prev !== null && sameElements && sameFacts(facts, this.facts);
      if (!sameStructure) this.facts = facts;
      this.factsGeneration = generation;
    }
    // nothing the rules read changed (a page re-rendering the same form, a re-check with no
    // edit): the previous classification and findings stand
    if (sameStructure && !this.forceEvaluate && this.state && sameSnapshot(snapshot, prev!) && dayOf(new Date()) === this.evaluatedDay) {
      this.state = { ...this.state, lastCheckMs: performance.now() - t0, lastCheckKind: 'full', unchanged: true };
      if (notify) this.opts.onResult(this.state);
      return this.state;
    }
    return this.evaluate(snapshot, t0, 'full', notify, read.pre);
  }

  private refreshFields(): void {
    // not blocked by a pending full scan: what the user types shows at once, the scan follows
    if (!this.raw) return;
    try {
      const t0 = performance.now();
      const fields: FieldSnapshot[] = this.raw.fields.slice();
      let changed = false;
      for (const i of this.dirtyFields) {
        const el = this.elements[i];
        const prev = fields[i];
        // a field removed since the last scan is left to that scan
        if (!el?.isConnected || !prev) continue;
        const now = this.collector.refresh(el, prev);
        if (sameField(now, prev)) continue;
        fields[i] = now;
        changed = true;
      }
      this.dirtyFields.clear();
      // the same values (a change event after its input events; a framework writing the value
      // attribute back after the key, seen as a mutation; a trailing space): the findings stand,
      // and the owner hears that this re-read is done (cheap: it redraws nothing)
      if (changed || this.forceEvaluate || !this.state) this.evaluate({ ...this.raw, fields }, t0, 'field');
      else {
        this.state = { ...this.state, lastCheckMs: performance.now() - t0, lastCheckKind: 'field', unchanged: true };
        this.opts.onResult(this.state);
      }
    } catch (e) {
      this.opts.onError(e);
    }
  }

  private evaluate(raw: FormSnapshot, t0: number, kind: 'full' | 'field', notify = true, pre?: Classified): LiveState {
    this.version++;
    this.raw = raw;
    this.forceEvaluate = false;
    const today = new Date();
    this.evaluatedDay = dayOf(today);
    const facts = (this.facts ??= screenFacts(raw, this.elements));
    const corrections = this.opts.corrections?.() ?? [];
    const profile = this.opts.profile();
    // worked out in a task of its own by a sliced scan (classifyRead), for this very read
    const reuse = pre !== undefined && pre.raw === raw && pre.facts === facts && pre.profile === profile && sameList(pre.corrections, corrections);
    const applied = reuse ? pre.applied : applyCorrections(raw, facts, corrections);
    const snapshot = applied.snapshot;
    const screen = reuse ? pre.screen : classify(snapshot, profile);
    const extra = this.opts.context?.(snapshot, screen) ?? {};
    const result = check({ snapshot, screen, profile, today, ...extra }, this.opts.extraRules?.() ?? []);
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
      unchanged: false,
    };
    if (notify) this.opts.onResult(this.state);
    return this.state;
  }
}

/** Corrections and classify of one read, and what they were worked out with. */
interface Classified {
  raw: FormSnapshot;
  facts: ScreenFacts;
  corrections: readonly ActiveCorrection[];
  profile: Profile;
  applied: Applied;
  screen: Screen;
}

interface PageRead {
  snapshot: FormSnapshot;
  elements: Element[];
  generation: number;
  /** the keys, when a sliced scan worked them out in a task of their own */
  facts?: ScreenFacts;
  /** corrections and classify, when a sliced scan worked them out in a task of their own */
  pre?: Classified;
  /** ms of work so far (slices and the read) */
  spent: number;
  /** LiveChecker.version when read */
  version: number;
}

/**
 * The nodes of a batch that were added and are out of the document again by its end, and were
 * not in it before (a node's first record in the batch adds it); null when there are none.
 */
export function comeAndGone(records: readonly MutationRecord[]): Set<Node> | null {
  let first: Map<Node, boolean> | null = null;
  for (const r of records) {
    if (r.type !== 'childList') continue;
    first ??= new Map();
    for (const n of r.addedNodes) if (!first.has(n)) first.set(n, true);
    for (const n of r.removedNodes) if (!first.has(n)) first.set(n, false);
  }
  let gone: Set<Node> | null = null;
  if (first) for (const [n, addedFirst] of first) if (addedFirst && !n.isConnected) (gone ??= new Set()).add(n);
  return gone;
}

function allIn(list: NodeList, set: Set<Node>): boolean {
  for (const n of list) if (!set.has(n)) return false;
  return true;
}

function dayOf(d: Date): string {
  return `${d.getFullYear()}-${d.getMonth()}-${d.getDate()}`;
}

function sameList<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function sameStrings(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return sameList(a, b);
}

/** What screenFacts reads of a snapshot besides the elements: url, first heading, each field's label, kind and section. */
export function sameKeys(a: FormSnapshot, b: FormSnapshot): boolean {
  if (a.url !== b.url || a.headings[0] !== b.headings[0] || a.fields.length !== b.fields.length) return false;
  for (let i = 0; i < a.fields.length; i++) {
    const x = a.fields[i]!;
    const y = b.fields[i]!;
    if (x.label !== y.label || x.kind !== y.kind || !sameStrings(x.section, y.section)) return false;
  }
  return true;
}

/** Everything collect put in a field (what corrections, classify and the rules can read). */
export function sameField(x: FieldSnapshot, y: FieldSnapshot): boolean {
  return (
    x.key === y.key &&
    x.value === y.value &&
    x.empty === y.empty &&
    x.editable === y.editable &&
    x.required === y.required &&
    x.number === y.number &&
    x.checked === y.checked &&
    x.label === y.label &&
    x.kind === y.kind &&
    sameStrings(x.section, y.section) &&
    sameStrings(x.options, y.options) &&
    sameStrings(x.added, y.added)
  );
}

/** Field by field, everything collect put in the snapshot (what corrections, classify and the rules can read). */
export function sameSnapshot(a: FormSnapshot, b: FormSnapshot): boolean {
  if (a.url !== b.url || a.title !== b.title || !sameStrings(a.headings, b.headings)) return false;
  if (a.context?.fiscalYear !== b.context?.fiscalYear || a.fields.length !== b.fields.length) return false;
  for (let i = 0; i < a.fields.length; i++) if (!sameField(a.fields[i]!, b.fields[i]!)) return false;
  return true;
}

function sameFacts(a: ScreenFacts, b: ScreenFacts): boolean {
  if (a.key.route !== b.key.route || a.key.title !== b.key.title || !sameStrings(a.key.fingerprint, b.key.fingerprint)) return false;
  if (a.fields.length !== b.fields.length) return false;
  for (let i = 0; i < a.fields.length; i++) {
    const x = a.fields[i]!;
    const y = b.fields[i]!;
    if (x.label !== y.label || x.kind !== y.kind || x.shape !== y.shape || !sameStrings(x.section, y.section)) return false;
  }
  return true;
}
