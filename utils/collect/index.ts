/**
 * collect: page DOM → FormSnapshot. The only stage that reads the page.
 * Finds every visible, enabled control of the form (native and custom widgets),
 * resolves its visible label and section, and reads its value.
 *
 * Static facts about an element (kind, label, section, radio options) are cached
 * until `invalidate()` so that re-checks after typing only re-read values.
 */
import type { FieldKind, FieldSnapshot, FormSnapshot } from '@/utils/types';
import { cleanText } from '@/utils/text';
import { HIDDEN_CLOSED_OR_DISABLED, OUTSIDE_FORM, hasRequiredMark, isDisabled, isDrawnDisabled, isFloatingWidget, isHiddenByLayout, isVisible, textOf, tidyLabel } from './dom';
import { beginLabelPass, endLabelPass, type LabelPassState, labelOfControl, labelOfGroup, traceControlLabel, traceGroupLabel, type LabelTrace } from './labels';
import { SectionResolver } from './section';
import { adapterFor, placeholderSet, readValue, type WidgetAdapter } from './widgets';
import { boxOf } from './widgets/common';
import { isBoxSelect } from './widgets/display-select';
import { proxyOf } from './widgets/enhanced-select';
import { pageFiscalYear } from './context';
import { internalsRadios, metShadowHost, withShadowCandidates } from './shadow';
import { beginDomPass, endDomPass } from './pass-memo';
import { specifyOptionOf } from './specify';
import { addedTo, findAdders, type Adder } from './adder';
import { editorBody } from './widgets/iframe-editor';

export { OBSERVED_ATTRIBUTES, adapterFor } from './widgets';

const BASE_CANDIDATES = [
  'input',
  'select',
  'textarea',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[role="combobox"]',
  '[role="slider"]',
  '[role="radiogroup"]',
  '[role="radio"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[role="textbox"]',
  '[role="spinbutton"]',
  'button[aria-pressed]',
  // a toggle button drawn as a div (DevExtreme's dxButtonGroup: div role=button aria-pressed);
  // missed, the zoo's jquery-devextreme M1 edition read as unchosen and the 12th plan linked on a
  // FY2568 report was taken for the 13th (widgets/toggle-group.ts decides whether it is a choice)
  '[role="button"][aria-pressed]',
  // tabs that control no panel: a segmented single choice (widgets/toggle-group.ts choiceTabs)
  '[role="tablist"]',
  // a select drawn as a button opening a listbox (widgets/listbox-button.ts)
  'button[aria-haspopup="listbox"]',
  // … drawn as an element with the button role (Vaadin's vaadin-select value box: `role=button
  // aria-haspopup=listbox`, in the light DOM): missed, the zoo's wc-vaadin empty quarter, plan-row
  // selects and send-step approver were no fields
  '[role="button"][aria-haspopup="listbox"]',
  // … or a textless button laid over the text it shows, in a <label> (isOverlayButton)
  'label button[aria-haspopup]',
  '[class*="toggle"] > button',
  // a plain button drawn chosen, maybe one option of a segmented choice (widgets/toggle-group.ts
  // oneDrawnChosen: Bulma's is-selected, Bootstrap 3's active)
  'button[class*="selected"]',
  'button[class*="active"]',
  // … or a control-less <label> drawn as that button (uib-btn-radio's label.btn.active; toggle-group.ts isButtonLike)
  'label[class*="selected"]:not([for])',
  'label[class*="active"]:not([for])',
  // the thumb of a slider drawn without input or ARIA (widgets/slider.ts decides)
  '[class*="thumb"]',
  '[class*="handle"]',
  // a rich-text editor drawing its editing body in an iframe (TinyMCE, CKEditor 4), the page's
  // textarea hidden (widgets/iframe-editor.ts decides; a frame that is no editor is no field).
  // Missed, the zoo's jquery-legacy TinyMCE narratives went unreported when empty (15/17)
  'iframe',
].join(',');
/**
 * A select drawn as a focusable box with no input and no role (widgets/display-select.ts
 * boxSelect decides). Such a box is a candidate for that adapter only: MUI X's date field has a
 * focusable, contenteditable="false" sections container that the rich-text adapter would take
 * for a second, always-filled field ("DD/MM/YYYY"), measured on the zoo's react-mui page.
 */
const BOX_CANDIDATE = '[tabindex="0"]:not([role])';
const CANDIDATES = `${BASE_CANDIDATES},${BOX_CANDIDATE}`;

/** Widgets whose inner parts are not fields of their own (a combobox inside a combobox is: Vuetify). */
const COMPOSITE = '[role="combobox"], [role="slider"], [role="listbox"], [role="radiogroup"], [role="textbox"], [contenteditable="true"], [contenteditable=""]';

interface StaticInfo {
  kind: FieldKind;
  /** the element that stands for the field (first radio for native radio groups) */
  el: Element;
  adapter: WidgetAdapter | null;
  /** radio options (native radios of one name, or role=radio items) */
  options?: Element[];
  /** group container for radios */
  group?: Element;
  rawLabel: string;
  label: string;
  section: string[];
  /** the adapters of `options` (asked once: adapterFor per option per pass was 4.6 % of a warm stress pass) */
  optionAdapters?: (WidgetAdapter | null)[];
  /** the label carries a required marker (hasRequiredMark, asked once: 3 % of a warm stress pass) */
  marked?: boolean;
  /** the entries of the list an add button beside the field fills (./adder.ts) */
  added?: string[];
  /** the "อื่นๆ" option a "โปรดระบุ" box is for (./specify.ts): the box is to fill only while it is chosen */
  specify?: HTMLInputElement;
}

export interface Collected {
  snapshot: FormSnapshot;
  /** elements[i] is the element of snapshot.fields[i] (key "f" + i) */
  elements: Element[];
}

/** How collect read one field: for the page-structure report (utils/report). */
export interface FieldDescription {
  /** id of the widget adapter that claimed it (./widgets) */
  adapter: string | null;
  /** every label layer's answer and the one chosen (the same code path as the cached label) */
  label: LabelTrace;
}

export interface CollectOptions {
  placeholders: readonly string[];
  /**
   * Keep the page's candidate and heading lists between passes while no change that could
   * alter them happened (a MutationObserver of this collector, read synchronously with
   * takeRecords at the start of each pass). The owner must call dispose(). For a collector
   * that lives across many passes (the live checker).
   */
  watch?: boolean;
}

/**
 * What can change which elements CANDIDATES and HEADINGS select, besides adding and removing
 * nodes: the tag is fixed, so roles, contenteditable, aria-pressed and class words; and which
 * control each <label> names (kept with the lists): id and for.
 */
const LIST_ATTRIBUTES = ['role', 'contenteditable', 'aria-pressed', 'class', 'id', 'for'];
/**
 * Attributes that change what text is read but not the lists: textOf skips hidden parts; an
 * option's name comes from aria-label(ledby) or, last, its value; a combobox's options from the
 * listbox its aria-controls / aria-owns names; a radio's text beside it counts only when shown
 * (labels/sibling.ts isNotCaption: checkVisibility, so a style change too).
 */
const TEXT_ATTRIBUTES = ['hidden', 'aria-hidden', 'aria-label', 'aria-labelledby', 'value', 'aria-controls', 'aria-owns', 'style'];

/** The page's candidate and heading lists, kept while the watcher saw no change (see CollectOptions.watch). */
interface PageLists {
  root: Element;
  candidates: ArrayLike<Element>;
  headings: NodeListOf<Element>;
  /** whether a candidate matches BASE_CANDIDATES (role, class and tag decide it: fixed while the lists are) */
  base: Map<Element, boolean>;
  /**
   * the page's labels by control (labels/accessible.ts), built on first use: a walk of every
   * <label> per pass was ~6 % of a warm pass of the stress form (profile-collect live, load 9.8)
   */
  labels?: LabelPassState;
}

/** A page-wide answer kept while the watcher saw no change at all (any node, text or watched attribute). */
interface Kept<V> {
  epoch: number;
  value: V;
}

/** An element inside a composite widget is a part of it, unless it is the inner combobox of a wrapper. */
function insideComposite(el: Element): boolean {
  const outer = el.parentElement?.closest(COMPOSITE);
  if (!outer) return false;
  const role = outer.getAttribute('role');
  if (role === 'radiogroup') return false;
  if (role === 'combobox' && el.getAttribute('role') === 'combobox') return false;
  // the native select a library keeps inside its drawn box is the field, the box its proxy
  // (Choices.js: div.choices[role=listbox|combobox] › div.choices__inner › select[hidden];
  // widgets/enhanced-select.ts proxyOf)
  if (el instanceof HTMLSelectElement) {
    const proxy = proxyOf(el);
    if (proxy && outer.contains(proxy)) return false;
  }
  // the segments of a date field are contenteditable spinbuttons inside a non-editable container
  if (el.getAttribute('role') === 'spinbutton' && outer.getAttribute('contenteditable') !== 'true') return false;
  return true;
}

/**
 * Read-only inputs that are really pickers: select-only comboboxes (Element UI, Element Plus)
 * and date pickers (flatpickr) keep the input read-only and fill it from a popup.
 */
const PICKER_CLASS = /(date|picker|flatpickr|select)/i;

function isPickerInput(el: Element): boolean {
  if (el.getAttribute('role') === 'combobox' || el.hasAttribute('aria-haspopup')) return true;
  // a read-only input that shows a prompt asks to be filled: by the picker it opens (Ionic's
  // read-only ion-input opening an ion-datetime popover, "วว/ดด/ปปปป")
  if ((el as HTMLInputElement).placeholder?.trim()) return true;
  // the input and its own box, up to the widget's outer frame: Naive UI's read-only n-date-picker
  // input sits 4 levels under "n-date-picker" (input › n-input__input › wrapper › n-input › picker)
  // and an empty one went unreported; the box holds no other field (boxOf), so a form row
  // classed "date" does not make every read-only input in it a picker
  const box = boxOf(el, 4);
  for (let e: Element | null = el; e; e = e === box ? null : e.parentElement) {
    if (PICKER_CLASS.test(typeof e.className === 'string' ? e.className : '')) return true;
  }
  return false;
}

/**
 * The input types HTML's `readonly` applies to (HTML § 4.10.5.3.3: text-like, number and date
 * inputs). On any other input the browser ignores it: a range input marked readonly still moves
 * with its keys (React Suite's Slider renders its range input `readonly` beside the handle it
 * drags, the input kept for assistive technologies). Taken as read-only, the zoo's react-rsuite
 * progress bar was not judged and an undragged bar went unreported.
 */
const READONLY_APPLIES = /^(text|search|url|tel|email|password|date|month|week|time|datetime-local|number)$/;

function readOnlyApplies(el: Element): boolean {
  if (!(el as HTMLInputElement).readOnly) return false;
  return !(el instanceof HTMLInputElement) || READONLY_APPLIES.test(el.type);
}

function isEditable(el: Element, kind: FieldKind): boolean {
  // an editor in an iframe: editable while its body is (TinyMCE's read-only mode sets the body
  // contenteditable=false after the field was found)
  if (el.tagName === 'IFRAME') return editorBody(el) !== null;
  if (readOnlyApplies(el) && !isPickerInput(el)) return false;
  if (el.getAttribute('aria-readonly') === 'true') return false;
  if (kind === 'richtext' && (el as HTMLElement).isContentEditable === false && el.getAttribute('role') !== 'textbox') {
    return false;
  }
  if (kind === 'richtext' && el.getAttribute('contenteditable') === 'false') return false;
  return true;
}

function isRequired(el: Element, info: StaticInfo): boolean {
  if ((el as HTMLInputElement).required) return true;
  if (el.getAttribute('aria-required') === 'true') return true;
  if (info.group?.getAttribute('aria-required') === 'true') return true;
  return (info.marked ??= hasRequiredMark(info.rawLabel));
}

/** Controls a person fills in, other than the radios of one group. */
const OTHER_CONTROLS = 'input:not([type="hidden"]):not([type="radio"]), select, textarea, [role="combobox"], [role="slider"], [role="textbox"], [role="checkbox"], [role="switch"], [contenteditable="true"], [contenteditable=""]';

/**
 * A fieldset (or role=group) that holds other fields besides one group of named radios is a
 * section, not the question: Kendo's form puts every field of a `k-form-fieldset` in it, the
 * status radios' own label beside their list (`label.k-form-label` + `ul.k-radio-list` in one
 * `k-form-field` row). Then the radios' smallest common box is the group, when something
 * names it (a label beside it); otherwise the fieldset stays the group (its legend the name).
 */
function narrowerRadioGroup(group: Element, options: readonly Element[]): Element | null {
  if (options.length < 2 || !(group.matches('fieldset, [role="group"]'))) return null;
  const others = group.querySelectorAll(OTHER_CONTROLS);
  const radios = group.querySelectorAll('input[type="radio"], [role="radio"]');
  if (others.length === 0 && radios.length === options.length) return null;
  let box: Element | null = options[0]!.parentElement;
  while (box && box !== group && !options.every((o) => box!.contains(o))) box = box.parentElement;
  if (!box || box === group) return null;
  return labelOfGroup(box, options[0]!) ? box : null;
}

/**
 * Native radios without a name and without a group role (Naive UI's n-radio-group names its
 * radios only when the page passes `name`): the browser does not group them, but a person sees
 * the options drawn side by side as one question. Their group is the nearest ancestor (within
 * a few levels, not crossing a form or a table cell) holding other unnamed radios: Naive UI puts
 * each radio 3 levels under n-space's row (input › dot-wrapper › label › item), 1–2 levels
 * under n-radio-group for radio buttons. Null when the radio stands alone.
 */
function unnamedRadioGroup(el: Element): Element | null {
  if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || el.name) return null;
  let node = el.parentElement;
  for (let depth = 0; node && depth < 5; depth++, node = node.parentElement) {
    if (node.tagName === 'FORM' || node.tagName === 'TD' || node.tagName === 'BODY') return null;
    const radios = node.querySelectorAll('input[type="radio"]:not([name]), input[type="radio"][name=""]');
    if (radios.length > 1) return node;
  }
  return null;
}

export class Collector {
  private info = new WeakMap<Element, StaticInfo | null>();
  /** options with a "โปรดระบุ" box, and the names of such radios (ownsSpecify) */
  private specifyOptions = new WeakSet<Element>();
  private specifyNames = new Set<string>();
  /** the page's adders with entries, found once per structure (dropped with the static facts) */
  private adders: Adder[] | null = null;
  private sections = new SectionResolver();
  private placeholders: Set<string>;
  /** radios by scope and name, only during collect() (the DOM does not change within a pass) */
  private passRadios: Map<Element, Map<string, Element[]>> | null = null;
  private readonly watch: boolean;
  private watcher: MutationObserver | null = null;
  private watched: Element | null = null;
  private lists: PageLists | null = null;
  private listsGeneration = 0;
  /**
   * Bumped by every change the watcher sees (nodes, text, the watched attributes): answers read
   * from the page's text (the fiscal year, a select's option texts) are kept while it stays.
   */
  private contentEpoch = 0;
  private fiscal: Kept<number | undefined> | null = null;
  private optionTexts = new WeakMap<Element, Kept<string[]>>();
  private optionLabels = new WeakMap<Element, Kept<string>>();

  constructor(options: CollectOptions) {
    this.placeholders = placeholderSet(options.placeholders);
    this.watch = options.watch === true;
  }

  /**
   * Changes whenever this collector asked the page for its candidate lists again or forgot its
   * cached facts: while it stays the same, no node was added or removed and no attribute that
   * decides what a candidate is (role, contenteditable, aria-pressed, class) changed since the
   * last pass (only with `watch`; without it every pass is a new generation).
   */
  get generation(): number {
    return this.listsGeneration;
  }

  /** Stop watching the page (CollectOptions.watch); the collector still works, without kept lists. */
  dispose(): void {
    this.watcher?.disconnect();
    this.watcher = null;
    this.watched = null;
    this.lists = null;
  }

  /**
   * The candidate and heading lists of this pass. Two document-wide selector queries were 24 %
   * of a warm pass of the 2,000-control stress form (bench/profile-collect.mjs); with `watch`
   * they are asked again only when a node was added or removed, or an attribute that decides
   * what they select changed, anywhere in the document since the last pass.
   */
  private pageLists(doc: Document, root: Element): PageLists {
    const fresh = (): PageLists => (this.listsGeneration++, { root, candidates: withShadowCandidates(root, root.querySelectorAll(CANDIDATES), CANDIDATES), headings: doc.querySelectorAll(HEADINGS), base: new Map() });
    if (!this.watch || typeof MutationObserver === 'undefined') return fresh();
    const html = doc.documentElement;
    if (this.watched !== html) {
      this.watcher?.disconnect();
      this.watcher = new MutationObserver((records) => this.note(records));
      this.watcher.observe(html, {
        subtree: true,
        childList: true,
        characterData: true,
        attributes: true,
        attributeFilter: [...LIST_ATTRIBUTES, ...TEXT_ATTRIBUTES],
      });
      this.watched = html;
      this.lists = null;
      this.contentEpoch++;
    }
    // records not yet delivered to the callback
    this.note(this.watcher!.takeRecords());
    if (!this.lists || this.lists.root !== root) this.lists = fresh();
    return this.lists;
  }

  /** What the watcher saw: any change makes kept texts stale; nodes and list attributes also the lists. */
  private note(records: MutationRecord[]): void {
    if (!records.length) return;
    this.contentEpoch++;
    if (!this.lists) return;
    for (const r of records) {
      if (r.type === 'childList' || (r.type === 'attributes' && !TEXT_ATTRIBUTES.includes(r.attributeName!))) {
        this.lists = null;
        return;
      }
    }
  }

  /**
   * The page's fiscal year (context.ts walks up to 4,000 text nodes and cleans long texts: 51 %
   * of a warm pass of M6, bench/profile-collect.mjs --page=m6), kept while the watcher saw no
   * change of any node, text or hidden state.
   */
  /**
   * Kept texts need the watcher to see every change: changes inside shadow roots do not reach
   * it, so in a document where a pass met a shadow host they are read every time.
   */
  private keeps(): boolean {
    return this.watcher !== null && this.watched !== null && !metShadowHost(this.watched.ownerDocument);
  }

  private fiscalYear(doc: Document): number | undefined {
    if (!this.keeps()) return pageFiscalYear(doc);
    if (this.fiscal?.epoch !== this.contentEpoch) this.fiscal = { epoch: this.contentEpoch, value: pageFiscalYear(doc) };
    return this.fiscal.value;
  }

  /** A native select's option texts, kept while the watcher saw no change (options are nodes and text). */
  private keptOptions = (el: Element, compute: () => string[]): string[] => {
    if (!this.keeps()) return compute();
    const kept = this.optionTexts.get(el);
    if (kept?.epoch === this.contentEpoch) return kept.value;
    const value = compute();
    this.optionTexts.set(el, { epoch: this.contentEpoch, value });
    return value;
  };

  /** A radio option's label, kept like the option texts. */
  private keptLabel = (el: Element, compute: () => string): string => {
    if (!this.keeps()) return compute();
    const kept = this.optionLabels.get(el);
    if (kept?.epoch === this.contentEpoch) return kept.value;
    const value = compute();
    this.optionLabels.set(el, { epoch: this.contentEpoch, value });
    return value;
  };

  /** Forget cached labels and sections (after the page's structure changed). */
  invalidate(): void {
    this.prepared = null;
    this.part = null;
    this.listsGeneration++;
    this.contentEpoch++;
    this.lists = null;
    this.info = new WeakMap();
    this.adders = null;
    this.headingText = new WeakMap();
    this.sections = new SectionResolver();
  }

  /**
   * Native radios of one name in a form (or the root), in page order. Within a collect pass
   * the scope's radios are grouped by name once: asking the DOM again for every group made
   * a cold scan quadratic in the number of radios.
   */
  private radiosNamed(scope: Element, name: string): Element[] {
    const all = () => Array.from(scope.querySelectorAll('input[type="radio"]'));
    if (!this.passRadios) return all().filter((r) => (r as HTMLInputElement).name === name);
    let byName = this.passRadios.get(scope);
    if (!byName) {
      byName = new Map();
      for (const r of all()) {
        const n = (r as HTMLInputElement).name;
        const list = byName.get(n);
        if (list) list.push(r);
        else byName.set(n, [r]);
      }
      this.passRadios.set(scope, byName);
    }
    return (byName.get(name) ?? []).slice();
  }

  private radioGroupOf(el: Element, root: Element, adapter?: WidgetAdapter | null): { group: Element; options: Element[] } {
    if (adapter?.options) return { group: el, options: adapter.options(el) };
    if (el.getAttribute('role') === 'radiogroup') {
      const options = Array.from(el.querySelectorAll('[role="radio"], input[type="radio"]'));
      // no radio role in the DOM: radios whose role is in their ElementInternals (md-radio)
      return { group: el, options: options.length ? options : internalsRadios(el) };
    }
    if (el instanceof HTMLInputElement && el.name) {
      const options = this.radiosNamed(el.form ?? root, el.name);
      const group =
        el.closest('fieldset, [role="radiogroup"], [role="group"], td') ??
        (el.closest('label')?.parentElement ?? el.parentElement ?? root);
      return { group: narrowerRadioGroup(group, options) ?? group, options };
    }
    const group = el.closest('[role="radiogroup"], [role="group"], fieldset') ?? unnamedRadioGroup(el) ?? el.parentElement ?? root;
    const options = Array.from(group.querySelectorAll('input[type="radio"], [role="radio"]'));
    return { group, options };
  }

  private staticInfo(candidate: Element, root: Element): StaticInfo | null {
    const known = this.info.get(candidate);
    if (known !== undefined) return known;
    // page chrome, our own UI, and the inner parts of a composite widget are not fields
    if (candidate.closest(OUTSIDE_FORM) || insideComposite(candidate)) {
      this.info.set(candidate, null);
      return null;
    }
    const adapter = adapterFor(candidate);
    if (!adapter || adapter.ignore) {
      // an iframe that is no editor yet may become one: TinyMCE adds its iframe, then makes the
      // body editable when the frame has loaded (a change inside the frame, which the page's
      // watchers do not see). Asked again each pass, bounded (widgets/iframe-editor.ts)
      if (candidate.tagName !== 'IFRAME') this.info.set(candidate, null);
      return null;
    }
    // several elements can make one field (date segments → their group)
    const el = adapter.owner ? adapter.owner(candidate) : candidate;
    if (el !== candidate) {
      const shared = this.info.get(el);
      if (shared !== undefined) {
        this.info.set(candidate, shared);
        return shared;
      }
    }
    const kind = adapter.kind(el);
    let info: StaticInfo | null = null;
    if (kind === 'radio') {
      const { group, options } = this.radioGroupOf(el, root, adapter);
      const first = options[0] ?? el;
      const rawLabel = labelOfGroup(group, first);
      info = {
        kind,
        el: group.getAttribute('role') === 'radiogroup' || adapter.options ? group : first,
        adapter,
        options,
        group,
        rawLabel,
        label: tidyLabel(rawLabel),
        section: this.sections.pathOf(group, root),
      };
      for (const o of options) this.info.set(o, info);
      this.info.set(group, info);
    } else {
      const rawLabel = labelOfControl(el);
      info = { kind, el, adapter, rawLabel, label: tidyLabel(rawLabel), section: this.sections.pathOf(el, root) };
      const specify = specifyOptionOf(el);
      if (specify) {
        info.specify = specify;
        this.specifyOptions.add(specify);
        if (specify.type === 'radio' && specify.name) this.specifyNames.add(specify.name);
      }
    }
    const added = addedTo(info.group ?? info.el, (this.adders ??= findAdders(root)));
    if (added) info.added = added;
    this.info.set(el, info);
    this.info.set(candidate, info);
    return info;
  }

  private isFieldVisible(info: StaticInfo, clear = false): boolean {
    // `clear` is about info.el's ancestors: it holds for the element shown only when that is info.el
    const shown = (o: Element, a: WidgetAdapter | null | undefined) => (a?.shown ? isVisible(a.shown(o)) : isVisible(o, clear && o === info.el));
    if (info.options) {
      const adapters = (info.optionAdapters ??= info.options.map((o) => (o === info.el ? info.adapter : adapterFor(o))));
      return info.options.some((o, i) => shown(o, adapters[i]) || (o.closest('label') !== null && isVisible(o.closest('label')!)));
    }
    return shown(info.el, info.adapter);
  }

  /** One field from its static info, reading the value now. */
  private field(info: StaticInfo, index: number): FieldSnapshot {
    const read = readValue(info.kind, info.el, info.options, this.placeholders, info.adapter, this.keptOptions, this.keptLabel);
    const f: FieldSnapshot = {
      key: 'f' + index,
      label: info.label,
      kind: info.kind,
      value: read.value,
      empty: read.empty,
      editable: isEditable(info.el, info.kind),
      required: isRequired(info.el, info),
      section: info.section,
    };
    if (read.number !== undefined) f.number = read.number;
    if (read.checked !== undefined) f.checked = read.checked;
    if (read.options) f.options = read.options;
    if (info.added) f.added = info.added;
    return f;
  }

  /** Re-read the value of one field (after an input event), reusing its static facts. */
  refresh(el: Element, previous: FieldSnapshot): FieldSnapshot {
    const info = this.info.get(el);
    if (!info) return previous;
    const index = Number(previous.key.slice(1));
    return this.field(info, index);
  }

  /** The element a field stands for (for focusing and highlighting). */
  /**
   * Choosing or unchoosing `el` (a checkbox or radio) makes a "โปรดระบุ" box a field or none
   * (./specify.ts): the options seen so far with such a box, and for radios every radio of
   * their name (choosing another unchooses the "อื่นๆ"). Kept until dispose: a stale answer
   * costs one rescan.
   */
  ownsSpecify(el: Element): boolean {
    if (this.specifyOptions.has(el)) return true;
    return el instanceof HTMLInputElement && el.type === 'radio' && el.name !== '' && this.specifyNames.has(el.name);
  }

  infoElement(el: Element): Element | null {
    return this.info.get(el)?.el ?? null;
  }

  /**
   * The adapter and every label layer's answer of the fields `elements` (as returned by
   * collect), asked through the same functions the field's label was chosen by.
   */
  describe(elements: readonly Element[]): (FieldDescription | null)[] {
    const doc = elements[0]?.ownerDocument;
    if (!doc) return [];
    beginLabelPass(doc);
    try {
      return elements.map((el) => {
        const info = this.info.get(el) ?? this.staticInfo(el, doc.body);
        if (!info) return null;
        const label = info.kind === 'radio' && info.group
          ? traceGroupLabel(info.group, info.options?.[0] ?? info.el, true)
          : traceControlLabel(info.el, true);
        return { adapter: info.adapter?.id ?? null, label };
      });
    } finally {
      endLabelPass();
    }
  }

  private headingText = new WeakMap<Element, string>();

  /** Visible headings of the page (and of open dialogs), in order, for classifying the screen; texts cached like labels. */
  private headings(list: NodeListOf<Element>): string[] {
    const out: string[] = [];
    for (let i = 0; i < list.length && out.length < 40; i++) {
      const h = list[i]!;
      let text = this.headingText.get(h);
      if (text === undefined) {
        text = h.closest(OWN_UI) ? '' : cleanText(textOf(h));
        this.headingText.set(h, text);
      }
      if (text && isVisible(h)) out.push(text);
    }
    return out;
  }

  /** how far prepare() got in the current candidate list */
  private prepared: { candidates: ArrayLike<Element>; next: number } | null = null;

  /**
   * Work out the static facts (adapter, label, section) of the page's candidates ahead of a
   * collect pass, until performance.now() passes `deadline`: true when every candidate is
   * known, so the next collect() only reads values and states. The first check of the
   * 2,000-control stress form did all of this in one task (306 ms at page load, bench load
   * stress); called in slices (needs `watch`: the candidate list is kept between them), no slice is longer than the deadline allows (plus one field).
   * Facts found here are the ones collect() would find: same functions, same caches, and a
   * page change in between is the caller's to handle (invalidate() drops them).
   */
  prepare(doc: Document, deadline: number, root: Element = doc.body): boolean {
    // without watch the lists are asked again each call: no progress to keep between slices
    if (!this.watch) return true;
    beginLabelPass(doc, this.watch ? (this.pageLists(doc, root).labels ??= { doc, byControl: null }) : undefined);
    beginDomPass();
    this.passRadios = new Map();
    try {
      const { candidates, base } = this.pageLists(doc, root);
      if (this.prepared?.candidates !== candidates) this.prepared = { candidates, next: 0 };
      const at = this.prepared;
      for (; at.next < candidates.length; at.next++) {
        if ((at.next & 7) === 0 && performance.now() > deadline) return false;
        const c = candidates[at.next]!;
        let isBase = base.get(c);
        if (isBase === undefined) base.set(c, (isBase = c.matches(BASE_CANDIDATES)));
        if (!isBase && !isBoxSelect(c) && !c.shadowRoot) continue;
        this.staticInfo(c, root);
      }
      return true;
    } finally {
      endLabelPass();
      endDomPass();
      this.passRadios = null;
    }
  }

  collect(doc: Document, root: Element = doc.body): Collected {
    beginLabelPass(doc, this.watch ? (this.pageLists(doc, root).labels ??= { doc, byControl: null }) : undefined);
    beginDomPass();
    this.passRadios = new Map();
    try {
      this.part = null;
      const pass = this.newPass(doc, root);
      this.readCandidates(pass, Infinity);
      return this.endPass(doc, pass);
    } finally {
      endLabelPass();
      endDomPass();
      this.passRadios = null;
    }
  }

  /** a collect pass read in parts (collectPart), kept between its calls */
  private part: Pass | null = null;

  /**
   * collect() in parts: reads candidates until performance.now() passes `deadline`, and returns
   * the page's fields once every candidate is read, null until then (call again). A change the
   * watcher saw since the last part (a node, a text, a watched attribute) starts the pass again;
   * a value typed meanwhile changes no node, and is the caller's to notice (the live checker's
   * input listener). The first read of the 2,000-control stress form, once its labels were
   * worked out (prepare), was one 47–68 ms task at page load (trace, load 0.6): in parts none is.
   * Without `watch` there is no way to see a change between parts: one whole pass.
   */
  collectPart(doc: Document, deadline: number, root: Element = doc.body): Collected | null {
    if (!this.watch) return this.collect(doc, root);
    beginLabelPass(doc, this.pageLists(doc, root).labels ??= { doc, byControl: null });
    beginDomPass();
    this.passRadios = new Map();
    try {
      const lists = this.pageLists(doc, root);
      const kept = this.part;
      const pass = kept && kept.root === root && kept.lists === lists && kept.epoch === this.contentEpoch ? kept : this.newPass(doc, root);
      this.part = pass;
      if (!this.readCandidates(pass, deadline)) return null;
      this.part = null;
      return this.endPass(doc, pass);
    } finally {
      endLabelPass();
      endDomPass();
      this.passRadios = null;
    }
  }

  /** Forget a collect pass read in parts (the next collectPart starts anew). */
  abandonPart(): void {
    this.part = null;
  }

  private newPass(doc: Document, root: Element): Pass {
    return { root, lists: this.pageLists(doc, root), epoch: this.contentEpoch, next: 0, fields: [], elements: [], seen: new Set() };
  }

  /** Read the pass's candidates on from where it stopped, until `deadline`: true when all are read. */
  private readCandidates(pass: Pass, deadline: number): boolean {
    const { root, fields, elements, seen } = pass;
    const { candidates, base } = pass.lists;
    // every part reads at least one group of candidates: a part that starts late still makes progress
    for (const first = pass.next; pass.next < candidates.length; pass.next++) {
      if ((pass.next & 15) === 0 && pass.next !== first && deadline !== Infinity && performance.now() > deadline) return false;
      const c = candidates[pass.next]!;
      // a focusable box is a candidate for boxSelect only (see BOX_CANDIDATE)
      let isBase = base.get(c);
      if (isBase === undefined) base.set(c, (isBase = c.matches(BASE_CANDIDATES)));
      if (!isBase && !isBoxSelect(c) && !c.shadowRoot) continue;
      const info = this.staticInfo(c, root);
      if (!info || seen.has(info)) continue;
      seen.add(info);
      // one field element, no hidden, closed or aria-disabled ancestor (the common case): one walk up answers both tests
      const clear = !info.options && info.el.closest(HIDDEN_CLOSED_OR_DISABLED) === null;
      const target = info.options ? info.options : [info.el];
      if (target.every((o) => isDisabled(o, clear) || info.adapter?.disabled?.(o) === true)) continue;
      if (!this.isFieldVisible(info, clear)) continue;
      const field = this.field(info, fields.length);
      // an empty field drawn where no one sees it (folded to nothing, faded out), drawn disabled, or
      // in a chat box floating over the page, is no field of the report to fill
      if (field.empty) {
        const drawn = info.group ?? (info.adapter?.shown ? info.adapter.shown(info.el) : info.el);
        if (isHiddenByLayout(drawn) || isDrawnDisabled(drawn) || isFloatingWidget(drawn)) continue;
        // a "โปรดระบุ" box whose "อื่นๆ" is not chosen: nothing to specify
        if (info.specify && !info.specify.checked) continue;
      }
      fields.push(field);
      elements.push(info.el);
    }
    return true;
  }

  private endPass(doc: Document, pass: Pass): Collected {
    const snapshot: FormSnapshot = { url: doc.location?.href ?? '', title: doc.title, headings: this.headings(pass.lists.headings), fields: pass.fields };
    const fiscalYear = this.fiscalYear(doc);
    if (fiscalYear) snapshot.context = { fiscalYear };
    return { snapshot, elements: pass.elements };
  }
}

/** One collect pass under way: the candidate list it reads and where it is. */
interface Pass {
  root: Element;
  lists: PageLists;
  /** the collector's contentEpoch when the pass began: any change the watcher saw since ends it */
  epoch: number;
  next: number;
  fields: FieldSnapshot[];
  elements: Element[];
  seen: Set<StaticInfo>;
}

const HEADINGS = 'h1, h2, h3, h4, [role="heading"], [role="dialog"] [class*="title"], legend';
const OWN_UI = '[data-emenscr-assistant], emenscr-assistant';

/** Convenience for tests and one-off use. */
export function collectForm(doc: Document, options: CollectOptions, root?: Element): Collected {
  return new Collector(options).collect(doc, root);
}
