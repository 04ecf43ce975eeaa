/**
 * Recognising the send-for-approval step by its structure, not its words: a container
 * (dialog, modal, drawer, page section) that holds an APPROVER CHOOSER and a control that
 * COMMITS it. An approver chooser is any one-of-many chooser — native select, ARIA combobox
 * or listbox, radio group or radio cards, a list or table of people with a choose button
 * per row — whose options are positions the profile knows (a budget type's recipient or a
 * position that is never one). The chooser's label may raise confidence (profile
 * fields.recipient) but is never required, nor is any word on the commit control.
 *
 * All work is bounded, whatever the page: at most MAX_CHOOSERS candidates per container,
 * MAX_OPTIONS options per chooser, MAX_OPTION_CHARS characters of text per option, read to a
 * depth of MAX_TEXT_DEPTH; walking up from a control stops after MAX_UP ancestors. A
 * 2,500-deep nesting or a 66 KB option costs what a normal dialog costs (unit-tested < 100 ms).
 */
import type { Profile } from '@/utils/profile/schema';
import { classifyRecipient, type RecipientClass } from '@/utils/recipient';
import { MAX_OPTION_CHARS } from '@/utils/recipient/normalize';
import { cleanText, hasWords, isGlyphText, labelScore, matchKey } from '@/utils/text';
import { COMMIT_SELECTOR, FIELD_SELECTOR, OWN_UI_SELECTOR } from '@/utils/content/selectors';
import { Collector } from '@/utils/collect';
import { boxOf } from '@/utils/collect/widgets/common';
import { composedParent } from '@/utils/collect/shadow';
import { boundedText, lineText } from './text';
import { findLabelled } from './labelled';

export { boundedText, lineText, MAX_TEXT_DEPTH } from './text';

/** Containers that end the walk up from a control: the step never reaches past its dialog or drawer. */
export const DIALOG_SELECTOR = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"], .modal, .drawer, .offcanvas';
const OWN_UI = OWN_UI_SELECTOR;
/** Controls that act when activated (shared with the content script's boot, which holds a send until this module is loaded). */
export const CONTROL_SELECTOR = COMMIT_SELECTOR;
const CHOOSER_SELECTOR =
  'select, [role="combobox"], input[list], input[readonly], [role="listbox"], [role="radiogroup"], input[type="radio"], [role="radio"], input[type="checkbox"], [role="checkbox"], table, ul, ol, [role="list"], [role="grid"]';
/** One option each of a radio or checkbox list. */
const CHOICE_INPUTS = 'input[type="radio"], [role="radio"], input[type="checkbox"], [role="checkbox"]';

export const MAX_UP = 40;
export const MAX_CHOOSERS = 24;
export const MAX_OPTIONS = 120;

export type ChooserKind = 'select' | 'combobox' | 'listbox' | 'radio' | 'rows';

export interface ChooserOption {
  text: string;
  chosen: boolean;
  el: Element;
}

export interface Chooser {
  kind: ChooserKind;
  /** what to focus to change the choice */
  element: HTMLElement;
  /** what belongs to the chooser (its choose buttons are not commits) */
  area: Element;
  /** a popup list of the chooser placed elsewhere (aria-controls) */
  popup?: Element | null;
  options: ChooserOption[];
  /** the chosen option's text ('' when nothing is chosen) */
  chosen: string;
  /** its label (accessible name or legend), '' when none */
  label: string;
}

/**
 * The element is part of the chooser (its area or its popup list). A list of radios or checkboxes
 * laid out in the step's own box has that box for its area, the step's buttons beside the options:
 * there only an option's own box (its label, card or row) is the chooser's (a probe of 7 Dec,
 * approvers ticked in a panel that also held the commit: the commit was taken for a part of the
 * list and the step was no step).
 */
export function inChooser(c: Chooser, el: Element): boolean {
  if (c.popup?.contains(el)) return true;
  if (!c.area.contains(el)) return false;
  if (c.kind !== 'radio' || !c.options.length) return true;
  return c.options.some((o) => (o.el.closest('label, tr, [role="row"]') ?? o.el).contains(el));
}

export interface SendStep {
  container: Element;
  chooser: Chooser;
  /** the controls that commit the step */
  commits: HTMLElement[];
}

export function isOwnUi(el: Element | null): boolean {
  if (!el) return false;
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : el;
  return host.closest(OWN_UI) !== null;
}

function byId(el: Element, id: string): Element | null {
  const root = el.getRootNode() as Document | ShadowRoot;
  return typeof root.getElementById === 'function' ? root.getElementById(id) : el.ownerDocument.getElementById(id);
}

/** What a chooser shows: an input's value, else its text. */
const shownText = (el: Element) => cleanText(el instanceof HTMLInputElement ? el.value : lineText(el, 200));

/** The accessible name of a chooser, roughly: aria-label(ledby), <label>, fieldset legend, a preceding label-ish sibling. */
export function labelOf(el: Element): string {
  const aria = el.getAttribute('aria-label');
  // an aria-label that repeats what the chooser shows is its value, not its name (PrimeVue's
  // Select labels its combobox with the chosen option, or the placeholder: the approver
  // chooser was named by the approver and scored 0, so the step was never found)
  if (aria && cleanText(aria) !== shownText(el)) return cleanText(aria);
  const ids = el.getAttribute('aria-labelledby');
  if (ids) {
    const t = ids
      .split(/\s+/)
      .map((id) => {
        const ref = byId(el, id);
        return ref ? lineText(ref) : '';
      })
      .join(' ');
    if (t.trim()) return cleanText(t);
  }
  const id = el.getAttribute('id');
  if (id) {
    const root = el.getRootNode() as Document | ShadowRoot;
    const lab = root.querySelector?.(`label[for="${CSS.escape(id)}"]`);
    if (lab) return lineText(lab);
  }
  const wrap = el.closest('label');
  if (wrap && !el.matches('input[type="radio"], [role="radio"]')) return lineText(wrap);
  const legend = el.closest('fieldset')?.querySelector(':scope > legend');
  if (legend) return lineText(legend);
  for (let p: Element | null = el, i = 0; p && i < 3; p = p.parentElement, i++) {
    const prev = p.previousElementSibling;
    if (prev && !prev.querySelector(CHOOSER_SELECTOR) && !prev.matches(CHOOSER_SELECTOR)) {
      const t = lineText(prev, 120);
      if (t && t.length <= 80) return t;
    }
  }
  return '';
}

const isChosen = (el: Element) =>
  el.getAttribute('aria-selected') === 'true' ||
  el.getAttribute('aria-checked') === 'true' ||
  el.getAttribute('aria-current') === 'true' ||
  el.getAttribute('aria-pressed') === 'true' ||
  el.getAttribute('data-selected') === 'true' ||
  !!el.querySelector('input[type="radio"]:checked, input[type="checkbox"]:checked, [aria-pressed="true"], [aria-checked="true"]');

function readSelect(s: HTMLSelectElement): Chooser | null {
  if (s.multiple) return null;
  const options: ChooserOption[] = [];
  const list = s.options;
  for (let i = 0; i < list.length && options.length < MAX_OPTIONS; i++) {
    const o = list[i]!;
    options.push({ text: cleanText((o.label || o.text || '').slice(0, MAX_OPTION_CHARS)), chosen: o.selected, el: o });
  }
  const sel = s.selectedIndex >= 0 ? list[s.selectedIndex] : undefined;
  const chosen = sel && sel.value !== '' ? cleanText((sel.label || sel.text || '').slice(0, MAX_OPTION_CHARS)) : '';
  return { kind: 'select', element: s, area: s, options, chosen, label: labelOf(s) };
}

function optionsOf(listbox: Element): ChooserOption[] {
  const out: ChooserOption[] = [];
  const items = listbox.querySelectorAll('[role="option"]');
  for (let i = 0; i < items.length && out.length < MAX_OPTIONS; i++) {
    const o = items[i]!;
    out.push({ text: boundedText(o), chosen: o.getAttribute('aria-selected') === 'true' || o.getAttribute('aria-checked') === 'true', el: o });
  }
  return out;
}

function readCombobox(c: HTMLElement): Chooser | null {
  if (c.matches('select')) return null;
  const ids = (c.getAttribute('aria-controls') || c.getAttribute('aria-owns') || '').split(/\s+/).filter(Boolean);
  let listbox: Element | null = null;
  for (const id of ids) listbox ??= byId(c, id);
  listbox ??= c.querySelector('[role="listbox"]') ?? c.parentElement?.querySelector('[role="listbox"]') ?? null;
  const options = listbox ? optionsOf(listbox) : [];
  const picked = options.find((o) => o.chosen);
  let chosen = '';
  if (c instanceof HTMLInputElement) {
    chosen = cleanText(c.value.slice(0, MAX_OPTION_CHARS));
    // typed text that is none of the options is not a choice (the page refuses it too)
    if (chosen && options.length && !options.some((o) => o.text === chosen)) chosen = picked?.text ?? '';
  }
  else {
    // an input hidden from assistive technologies is the widget's store, not what it shows: React
    // Suite's SelectPicker keeps the chosen VALUE (an id, "1") in an aria-hidden read-only input
    // beside the span showing the chosen text (the alert named "1" as the approver, zoo react-rsuite)
    const input = c.querySelector('input:not([type="hidden"]):not([aria-hidden="true"])') as HTMLInputElement | null;
    chosen = input ? cleanText(input.value.slice(0, MAX_OPTION_CHARS)) : boundedText(c, MAX_OPTION_CHARS, listbox);
  }
  if (!chosen && picked) chosen = picked.text;
  return { kind: 'combobox', element: c, area: c, popup: listbox && !c.contains(listbox) ? listbox : null, options, chosen, label: labelOf(c) };
}

/**
 * A text input with a `<datalist>` (its `list`): a combobox by HTML's own mapping (HTML-AAM), the
 * list's options its choices, the typed or picked text its choice. Not read, a probe of 7 Dec
 * (the approver typed or picked in such an input) sent the wrong approver unwarned.
 */
function readDatalist(input: HTMLInputElement): Chooser | null {
  const list = input.list;
  if (!list) return null;
  const options: ChooserOption[] = [];
  const items = list.options;
  const value = cleanText(input.value.slice(0, MAX_OPTION_CHARS));
  for (let i = 0; i < items.length && options.length < MAX_OPTIONS; i++) {
    const o = items[i]!;
    const shown = o.label && o.label !== o.value ? `${o.value} ${o.label}` : o.value;
    options.push({ text: cleanText(shown.slice(0, MAX_OPTION_CHARS)), chosen: !!value && cleanText(o.value) === value, el: o });
  }
  if (!options.length) return null;
  return { kind: 'combobox', element: input, area: input, popup: list, options, chosen: options.find((o) => o.chosen)?.text ?? value, label: labelOf(input) };
}

/** Buttons a lookup's group may hold (its "ค้นหา", "เลือกผู้อนุมัติ" or "เปลี่ยน" button): one at most, or the group is the step. */
const LOOKUP_BUTTONS = 'button, [role="button"], a[href], input[type="button"], input[type="submit"]';

/**
 * A read-only text box labelled as the approver ("ผู้อนุมัติ"), filled by a lookup the page opens
 * beside it (a "ค้นหา" button, a list of people): what it shows is the choice. Only one the
 * profile's recipient words label (read-only boxes abound: dates, totals). Its area is the box's
 * own group (label, box, lookup button: no other field), so the lookup is no commit. A probe of
 * 7 Dec sent the wrong approver chosen this way unwarned.
 */
function readLookup(input: HTMLInputElement, profile: Profile): Chooser | null {
  const label = labelOf(input);
  if (!label || labelScore(label, profile.fields.recipient) <= 0) return null;
  let area: Element = input;
  for (let p = input.parentElement, i = 0; p && i < 2 && !p.matches(DIALOG_SELECTOR); p = p.parentElement, i++) {
    const fields = p.querySelectorAll('input:not([type="hidden"]), select, textarea, [role="combobox"], [role="listbox"]');
    const buttons = p.querySelectorAll(LOOKUP_BUTTONS);
    if (fields.length > 1 || buttons.length > 1) break;
    area = p;
  }
  return { kind: 'combobox', element: input, area, options: [], chosen: cleanText(input.value.slice(0, MAX_OPTION_CHARS)), label };
}

function readListbox(l: HTMLElement): Chooser | null {
  const options = optionsOf(l);
  if (!options.length) return null;
  return { kind: 'listbox', element: l, area: l, options, chosen: options.find((o) => o.chosen)?.text ?? '', label: labelOf(l) };
}

/**
 * The card or label that shows a radio's text; in a table row of its own, the row: a person
 * reads the name in one cell and the position in the next as one choice (a probe of 7 Dec, the
 * radio labelled by the name only, read no position and let the wrong approver through).
 */
function radioText(r: Element): string {
  const row = r.closest('tr, [role="row"]');
  if (row && row.querySelectorAll(CHOICE_INPUTS).length === 1) return boundedText(row);
  if (r.matches('[role="radio"], [role="checkbox"]')) return boundedText(r);
  const ids = r.getAttribute('aria-labelledby');
  if (ids) {
    const ref = byId(r, ids.split(/\s+/)[0]!);
    if (ref) return boundedText(ref);
  }
  const input = r as HTMLInputElement;
  const lab = input.labels?.[0];
  if (lab) return boundedText(lab);
  return r.parentElement ? boundedText(r.parentElement) : '';
}

function readRadios(radios: Element[], group: Element, profile?: Profile): Chooser | null {
  if (radios.length < 1) return null;
  const options: ChooserOption[] = radios.slice(0, MAX_OPTIONS).map((r) => {
    const chosen = r instanceof HTMLInputElement ? r.checked : r.getAttribute('aria-checked') === 'true';
    return { text: radioText(r), chosen, el: r };
  });
  // checkboxes: more than one may be ticked (an approver and a "ยืนยันข้อมูล" box); the one that
  // reads as a recipient or a person is the choice
  const ticked = options.filter((o) => o.chosen);
  const pick = (profile && ticked.find((o) => { const k = classify(o.text, profile).kind; return k === 'recipient' || k === 'person'; })) || ticked[0];
  const first = (pick?.el ?? radios[0]) as HTMLElement;
  return { kind: 'radio', element: first, area: group, options, chosen: pick?.text ?? '', label: labelOf(group) };
}

/** A table or list whose rows each carry a control: a list of people with a choose button per row. */
function readRows(list: Element): Chooser | null {
  const rows = list.matches('table, [role="grid"]')
    ? Array.from(list.querySelectorAll('tr, [role="row"]')).filter((r) => !r.closest('thead') && !r.querySelector('th'))
    : Array.from(list.children).filter((c) => c.matches('li, [role="listitem"]'));
  if (rows.length < 1) return null;
  const options: ChooserOption[] = [];
  let withControl = 0;
  for (const row of rows.slice(0, MAX_OPTIONS)) {
    if (row.querySelector(CONTROL_SELECTOR) || row.matches('[role="button"], [tabindex]')) withControl++;
    options.push({ text: boundedText(row), chosen: isChosen(row), el: row });
  }
  if (withControl < Math.min(rows.length, MAX_OPTIONS)) return null;
  const chosen = options.find((o) => o.chosen);
  const focus = (chosen?.el.querySelector(CONTROL_SELECTOR) ?? rows[0]!.querySelector(CONTROL_SELECTOR) ?? list) as HTMLElement;
  return { kind: 'rows', element: focus, area: list, options, chosen: chosen?.text ?? '', label: labelOf(list) };
}

/** A class word that draws a box as the chosen one: selected, active, checked, chosen (also is-…, …--selected). */
const CHOSEN_WORD = /^(?:is-|has-)?(?:selected|active|checked|chosen)$|[-_](?:selected|active|checked|chosen)$/i;
const CHOSEN_CLASS = '[class*="selected"], [class*="active"], [class*="checked"], [class*="chosen"]';
const chosenByClass = (el: Element) => (el.getAttribute('class') ?? '').split(/\s+/).some((w) => CHOSEN_WORD.test(w));

/**
 * Cards a person clicks, one drawn as chosen: sibling boxes of one tag, each pressed as a whole
 * (a button role, focusable, or drawn with a pointer cursor), at most one of them classed chosen
 * ("<div class=card selected>"). No role, radio or list says they are one question; the chosen
 * one is seen by how it is drawn. A probe of 7 Dec (approvers as cards in a modal, one
 * highlighted) sent the wrong approver with no warning: the guard saw no chooser.
 */
function readCards(list: Element): Chooser | null {
  const cards = Array.from(list.children);
  if (cards.length < 2 || cards.length > MAX_OPTIONS || cards.some((c) => c.tagName !== cards[0]!.tagName)) return null;
  if (!isShown(list)) return null;
  const pressed = (c: Element) => c.matches('[role="button"], [tabindex], button, a[href]') || getComputedStyle(c).cursor === 'pointer';
  if (!cards.every(pressed)) return null;
  const chosen = cards.filter((c) => chosenByClass(c) || isChosen(c));
  if (chosen.length > 1) return null;
  const options = cards.map((c) => ({ text: boundedText(c), chosen: c === chosen[0], el: c }));
  return { kind: 'rows', element: (chosen[0] ?? cards[0]) as HTMLElement, area: list, options, chosen: options.find((o) => o.chosen)?.text ?? '', label: labelOf(list) };
}

function commonAncestor(a: Element, b: Element): Element {
  for (let p: Element | null = a, i = 0; p && i < MAX_UP; p = p.parentElement, i++) if (p.contains(b)) return p;
  return a;
}

/**
 * Choosers are read once per look at the page (walking up from a control meets the same ones
 * level after level); every public entry point starts a new look, so a choice made since is seen.
 */
let readCache = new WeakMap<Element, Chooser | null>();
/** collect's reading of the widgets, one per look (its labels and sections are kept across the nested roots of one look) */
let lookCollector: Collector | null = null;

function freshLook(): void {
  readCache = new WeakMap();
  drawnCache = new WeakMap();
  lookCollector = null;
  pressed = null;
  sendPressed = false;
}

/**
 * Past this many elements under a root, collect's reading of library widgets is not asked (a
 * 2,000-control form is 40,000 elements and a cold collect of it 100+ ms; a send dialog is a few
 * hundred, the M6 replica 1,500).
 */
export const MAX_WIDGET_ELEMENTS = 5000;

/**
 * Single-choice widgets of component libraries, as collect reads them (utils/collect/widgets:
 * one adapter per family): a select drawn as a div (Naive UI), a listbox button (Headless UI),
 * a search input beside a span showing the choice (Ant Design, ng-select, Select2), a web
 * component's shadow root (Shoelace), a hidden input under a drawn menu (Fomantic). The
 * guard's own readers above see only native and ARIA structure: on the zoo pages they read no
 * chosen approver from 6 of 18 libraries (tests/e2e/zoo-guard.spec.ts).
 */
function widgetChoosers(root: Element, placeholders: readonly string[]): Chooser[] {
  const doc = root.ownerDocument;
  if (!doc.body || root.getElementsByTagName('*').length > MAX_WIDGET_ELEMENTS) return [];
  lookCollector ??= new Collector({ placeholders });
  const { snapshot, elements } = lookCollector.collect(doc, root);
  const out: Chooser[] = [];
  snapshot.fields.forEach((f, i) => {
    if ((f.kind !== 'select' && f.kind !== 'combobox' && f.kind !== 'radio') || !f.editable) return;
    const el = elements[i] as HTMLElement;
    const options = (f.options ?? []).slice(0, MAX_OPTIONS).map((text) => ({ text: cleanText(text.slice(0, MAX_OPTION_CHARS)), chosen: !f.empty && text === f.value, el }));
    const kind = f.kind === 'radio' ? 'radio' : 'combobox';
    out.push({ kind, element: el, area: areaOf(el), options, chosen: f.empty ? '' : cleanText(f.value.slice(0, MAX_OPTION_CHARS)), label: f.label });
  });
  return out;
}

/**
 * What belongs to a widget chooser: its drawn box (collect's boxOf: the arrow, the shown choice,
 * a "×" clear button), but never a box that holds a control with words beside the widget (a
 * web component's light DOM has no field around it, so its box could grow to the whole dialog,
 * commit button included).
 */
function areaOf(el: Element): Element {
  const box = boxOf(el);
  if (box === el) return el;
  // nor a box around the widget's dialog (a dialog host whose buttons are in its shadow root
  // shows no control beside the widget in the light DOM: sp-dialog-wrapper's box grew to its overlay)
  const dialog = dialogOf(el);
  if (dialog && box.contains(dialog)) return el;
  const controls = controlsIn(box, 50);
  return controls.some((c) => !el.contains(c) && hasWords(c.textContent ?? '')) ? el : box;
}

/** A chooser of the same widget: one holds the other's element. */
const sameWidget = (a: Chooser, b: Chooser) => a.area.contains(b.element) || b.area.contains(a.element) || a.element.contains(b.element) || b.element.contains(a.element);

function cachedRead(el: Element, read: () => Chooser | null): Chooser | null {
  if (readCache.has(el)) return readCache.get(el)!;
  const c = read();
  readCache.set(el, c);
  return c;
}

/**
 * Candidate choosers inside `root` (bounded), each read once: native and ARIA structure, then
 * library widgets as collect reads them (with the profile's placeholders). A widget both see
 * keeps the structural chooser (its options, its popup), with collect's chosen text and label
 * where the structure showed none.
 */
export function choosersIn(root: Element, profile?: Profile): Chooser[] {
  const out = structuralChoosers(root, profile);
  if (!profile) return out;
  for (const w of widgetChoosers(root, profile.placeholders)) {
    const same = out.find((c) => sameWidget(c, w));
    if (same) {
      if (!same.chosen && w.chosen) same.chosen = w.chosen;
      // collect knows the widget's placeholder (a class, the profile's words): the text the
      // structure read is no choice when no option is marked chosen (PrimeVue's Select shows
      // 'เลือกผู้อนุมัติ' in its combobox: the guard's alert named it as the chosen approver)
      // A native select behind the widget is what the page submits: read empty there, the option
      // the drawn list marks chosen is the prompt (Choices.js marks its placeholder item
      // aria-selected: the alert named 'เลือกผู้อนุมัติ' as the approver, zoo vanilla-ckeditor)
      else if (same.chosen && !w.chosen && (w.element instanceof HTMLSelectElement || !same.options.some((o) => o.chosen))) same.chosen = '';
      if (!same.label && w.label) same.label = w.label;
      // the widget's drawn box is the chooser's (ng-select's clear "×" is a role=button span beside
      // its combobox input: taken as the step's commit, the step ended in the ng-select-container and
      // the dialog's commit was no step's: zoo-guard angular-ngb let the wrong approver through)
      if (w.area !== same.area && w.area.contains(same.area)) same.area = w.area;
    } else if (out.length < MAX_CHOOSERS) out.push(w);
  }
  // an approver shown as text is read where a send is certain: in a dialog, or around a pressed send
  // (levels with no chooser at all: nearestApproverChoosers)
  if (out.length < MAX_CHOOSERS && (sendPressed || dialogOf(root) || root.matches(DIALOG_SELECTOR))) {
    const shown = readShown(root, profile);
    if (shown && !out.some((c) => sameWidget(c, shown) || c.area.contains(shown.area))) out.push(shown);
  }
  return out;
}

/** A shown approver is one line, a name and a position ("นางสาวพิมพ์ใจ รักษ์ดี (ผู้อำนวยการกลุ่มงาน…ภาคตะวันออก 1)" is 78): not a list of them. */
const MAX_SHOWN_CHARS = 160;

/**
 * An approver shown as text after a label the profile's recipient words make ("ผู้อนุมัติ:
 * <span>นายสมชาย ใจดี (หัวหน้าสำนักงานจังหวัดระยอง)</span> [เลือกผู้อนุมัติ]"): a lookup in its own
 * dialog chose the person, the step shows the choice as text, no field holds it. A probe of 7 Dec
 * (fixture send-shown) sent the wrong approver chosen this way unwarned. The text is the choice only when
 * it names a position (the page's "ยังไม่ได้เลือก" was read as a person's name and stopped an
 * empty send the page refuses itself).
 * Its area is the label and value's row, up to two levels more while that holds one button at
 * most and no field, so the lookup is no commit.
 */
function readShown(root: Element, profile: Profile): Chooser | null {
  const found = findLabelled(root, profile.fields.recipient, null, (parent) => parent.closest(CONTROL_SELECTOR) !== null);
  if (!found?.label || found.value.length > MAX_SHOWN_CHARS || found.at.matches(FIELD_SELECTOR) || found.at.querySelector(FIELD_SELECTOR)) return null;
  // what a person sees: the page's closed send modal still holds its "เลือกผู้อนุมัติ" caption over
  // the cards (send-cards: its opening "ส่งรายงาน" button was taken for this step's commit)
  if (!isShown(found.label) || !isShown(found.at)) return null;
  const k = classify(found.value, profile);
  // a position only: a name alone says nothing checkable, and the page's own "ยังไม่ได้เลือก" reads as one
  if (!isPosition(k)) return null;
  let area = commonAncestor(found.label, found.at);
  for (let p = area.parentElement, i = 0; p && i < 2 && p !== root.parentElement && !p.matches(DIALOG_SELECTOR); p = p.parentElement, i++) {
    if (p.querySelectorAll(LOOKUP_BUTTONS).length > 1 || p.querySelector(FIELD_SELECTOR)) break;
    area = p;
  }
  const lookup = area.querySelector<HTMLElement>(LOOKUP_BUTTONS);
  return { kind: 'combobox', element: lookup ?? (found.at as HTMLElement), area, options: [], chosen: found.value, label: lineText(found.label) };
}

function structuralChoosers(root: Element, profile?: Profile): Chooser[] {
  const out: Chooser[] = [];
  const seen = new Set<Element>();
  const radioGroups = new Map<string, Element[]>();
  const found = root.querySelectorAll(CHOOSER_SELECTOR);
  for (let i = 0; i < found.length && out.length < MAX_CHOOSERS; i++) {
    const el = found[i]!;
    if (seen.has(el) || isOwnUi(el)) continue;
    let c: Chooser | null = null;
    if (el instanceof HTMLSelectElement) c = cachedRead(el, () => readSelect(el));
    else if (el.matches('[role="combobox"]')) c = cachedRead(el, () => readCombobox(el as HTMLElement));
    else if (el instanceof HTMLInputElement && el.hasAttribute('list')) c = cachedRead(el, () => readDatalist(el));
    else if (el instanceof HTMLInputElement && el.readOnly && (el.type === 'text' || el.type === 'search')) {
      if (!profile) continue;
      c = cachedRead(el, () => readLookup(el, profile));
    }
    else if (el.matches('[role="listbox"]')) {
      if (out.some((o) => o.kind === 'combobox' && inChooser(o, el))) continue;
      c = cachedRead(el, () => readListbox(el as HTMLElement));
    } else if (el.matches('[role="radiogroup"]')) {
      c = cachedRead(el, () => readRadios(Array.from(el.querySelectorAll('input[type="radio"], [role="radio"]')), el));
    } else if (el.matches('input[type="radio"], [role="radio"]')) {
      if (el.closest('[role="radiogroup"]')) continue;
      const name = (el as HTMLInputElement).name || '';
      if (!radioGroups.has(name)) radioGroups.set(name, []);
      radioGroups.get(name)!.push(el);
      continue;
    } else if (el.matches('input[type="checkbox"], [role="checkbox"]')) {
      // approvers ticked in a list of checkboxes (a probe of 7 Dec: the wrong one went through);
      // keyed apart from radios, by name (unnamed ones together)
      const name = `checkbox:${(el as HTMLInputElement).name || ''}`;
      if (!radioGroups.has(name)) radioGroups.set(name, []);
      radioGroups.get(name)!.push(el);
      continue;
    } else c = cachedRead(el, () => readRows(el));
    if (!c) continue;
    c.area.querySelectorAll?.('input[type="radio"], [role="radio"], [role="listbox"]').forEach((x) => seen.add(x));
    if (c.popup) seen.add(c.popup);
    out.push(c);
  }
  // cards drawn chosen by a class (readCards): the box around a classed element
  const marked = root.querySelectorAll(CHOSEN_CLASS);
  for (let i = 0, tried = 0; i < marked.length && tried < MAX_CHOOSERS && out.length < MAX_CHOOSERS; i++) {
    const list = marked[i]!.parentElement;
    if (!list || !chosenByClass(marked[i]!) || seen.has(list) || isOwnUi(list) || out.some((o) => inChooser(o, list))) continue;
    seen.add(list);
    tried++;
    // keyed by the classed card: the box itself may be a list readRows has read (and refused)
    const c = cachedRead(marked[i]!, () => readCards(list));
    if (c) out.push(c);
  }
  for (const radios of radioGroups.values()) {
    if (out.length >= MAX_CHOOSERS) break;
    const group = radios.length > 1 ? radios.reduce((a, b) => commonAncestor(a, b)) : radios[0]!.parentElement ?? radios[0]!;
    const c = cachedRead(radios[0]!, () => readRadios(radios, group, profile));
    if (c) out.push(c);
  }
  return out;
}

const classCache = new Map<string, RecipientClass>();
/** classifyRecipient, remembered per text (option lists repeat on every event). */
function classify(text: string, profile: Profile): RecipientClass {
  const key = text;
  let c = classCache.get(key);
  if (!c) {
    if (classCache.size > 4000) classCache.clear();
    c = classifyRecipient(text, profile);
    classCache.set(key, c);
  }
  return c;
}

const isPosition = (c: RecipientClass) => c.kind === 'notRecipient' || (c.kind === 'recipient' && c.budgetTypeId !== null);

/**
 * How sure we are that a chooser picks the approver: options that are known positions (the
 * structure's own evidence), its label naming an approver (the profile's words, a bonus).
 * 0 = not an approver chooser.
 */
export function approverScore(c: Chooser, profile: Profile): number {
  let positions = 0;
  let recipients = 0;
  let people = 0;
  let real = 0;
  const labelledFirst = c.label ? labelScore(c.label, profile.fields.recipient) > 0 : false;
  for (const o of c.options) {
    // ten options that are neither positions nor people: a list of something else (plans, years)
    if (!labelledFirst && real >= 10 && positions === 0 && people === 0) return 0;
    const k = classify(o.text, profile);
    if (k.kind === 'empty') continue;
    real++;
    if (isPosition(k)) positions++;
    if (k.kind === 'recipient') recipients++;
    if (k.kind === 'person') people++;
  }
  // a list of projects that mentions an office in a column is not a list of approvers
  if (real > 0 && (positions + people) * 2 < real) positions = Math.min(positions, 1);
  if (c.chosen && !c.options.some((o) => o.chosen)) {
    const k = classify(c.chosen, profile);
    if (isPosition(k)) positions++;
    if (k.kind === 'recipient') recipients++;
  }
  const labelled = c.label ? labelScore(c.label, profile.fields.recipient) > 0 : false;
  if (positions >= 2 && recipients >= 1) return labelled ? 3 : 2;
  if (positions >= 1 && labelled) return 2;
  if (labelled && (c.options.length > 0 || c.chosen)) return 1;
  return 0;
}

/** The best approver chooser inside `root`, or null. */
export function approverChooserIn(root: Element, profile: Profile): Chooser | null {
  let best: Chooser | null = null;
  let score = 0;
  for (const c of choosersIn(root, profile)) {
    const s = approverScore(c, profile);
    if (s > score) {
      best = c;
      score = s;
    }
  }
  return best;
}

// ---------- commit controls ----------

/**
 * Generic verbs a commit control starts with (any form, any system): they raise confidence so
 * that a commit that is not the last control is caught too. Never required.
 */
const COMMIT_WORDS = ['ส่ง', 'ยืนยัน', 'ตกลง', 'อนุมัติ', 'เสนอ', 'นำส่ง', 'บันทึกและส่ง', 'submit', 'confirm', 'send', 'ok', 'approve'];
/** …and what starts like one but is not ("ส่งออก" = export). */
const NOT_COMMIT_WORDS = ['ส่งออก', 'ส่งกลับ', 'ไม่'];
/**
 * Their keys, made on the first send step of the page rather than when content-main.js is
 * evaluated: that was 0.5–1.1 ms of every form's load (bench/load-timeline.mjs, `(top) step.ts`,
 * load 8–12), for pages that mostly never show a send step.
 */
let commitKeys: { verbs: string[]; not: string[] } | null = null;
const commitWordKeys = () => (commitKeys ??= { verbs: COMMIT_WORDS.map((w) => matchKey(w)), not: NOT_COMMIT_WORDS.map((w) => matchKey(w)) });
/** A control's text (matchKey) says it sends: one of the profile's send actions, or a generic commit verb. */
function isSendWord(key: string, profile: Profile): boolean {
  if ((profile.sendActions ?? []).some((a) => matchKey(a) === key)) return true;
  const { verbs, not } = commitWordKeys();
  return verbs.some((v) => key.startsWith(v)) && !not.some((v) => key.startsWith(v));
}
/**
 * A send pressed in this look (stepCommittedBy): an approver shown as text is read around it, up
 * to SHOWN_LEVELS ancestors, outside dialogs too (a page's own panel draws the send step).
 */
let sendPressed = false;
const SHOWN_LEVELS = 6;
const CANCEL_WORDS = ['ยกเลิก', 'ปิด', 'กลับ', 'ย้อนกลับ', 'ไม่ส่ง', 'cancel', 'close', 'back', 'dismiss', 'x'];
/** Of the icon-only controls (isGlyphText), the close marks cancel; a "✓" or "➤" may commit. */
const CLOSE_GLYPHS = new Set(['×', '✕', '✖']);
const PRIMARY_CLASS = /(^|[\s_-])(primary|btn-primary|is-primary|contained|solid|confirm|submit|ok)([\s_-]|$)/i;

export function controlText(el: Element): string {
  if (el instanceof HTMLInputElement) return cleanText(el.value || el.getAttribute('aria-label') || el.alt || '');
  return cleanText(el.getAttribute('aria-label') || lineText(el, 200) || el.textContent?.slice(0, 200) || '');
}

/** A control that closes or cancels (generic UI words and attributes, not eMENSCR wording). */
export function isCancelControl(el: Element): boolean {
  if (el.matches('[type="reset"], [data-dismiss], [data-bs-dismiss], [formmethod="dialog"]')) return true;
  if (el.matches('[aria-haspopup]:not([aria-haspopup="false"]), [aria-expanded]')) return true;
  const key = matchKey(controlText(el));
  if (!key) return true;
  if (isGlyphText(key)) return CLOSE_GLYPHS.has(key);
  return CANCEL_WORDS.some((w) => key === matchKey(w));
}

const isDisabled = (el: Element) => el.matches(':disabled, [aria-disabled="true"]');

/**
 * A control the page draws: one under display:none is no action a person can take (Fluent's
 * Dropdown keeps its "Clear selection" button in the DOM, display:none, beside the combobox: it
 * was taken for the step's commit, so the step ended at the dropdown and the real commit was
 * no commit of any step: zoo-guard react-fluent let the wrong approver through). Asked last, on
 * the few controls left (checkVisibility reads computed style).
 */
const isRendered = (el: Element) => typeof (el as HTMLElement).checkVisibility !== 'function' || (el as HTMLElement).checkVisibility();

/**
 * The controls that commit the step: submit buttons of a form around the chooser, controls
 * whose text is one of the profile's send actions (more confidence, not required), and the
 * last remaining control (dialogs and drawers put their primary action last) or one styled
 * as primary. Never a cancel/close, never a control of the chooser itself.
 */
export function commitsOf(container: Element, chooser: Chooser, profile: Profile): HTMLElement[] {
  const all = controlsIn(container, 200);
  const candidates = all.filter(
    (b) => !inChooser(chooser, b) && !isOwnUi(b) && !isCancelControl(b) && !b.closest('[role="listbox"], [role="menu"], nav') && isRendered(b),
  );
  const isCommitWord = (key: string) => isSendWord(key, profile);
  const saveKeys = new Set(profile.saveActions.map((a) => matchKey(a)));
  const out = new Set<HTMLElement>();
  for (const b of candidates) {
    const key = matchKey(controlText(b));
    if (isCommitWord(key)) out.add(b);
    else if ((b as HTMLButtonElement).form && (b as HTMLButtonElement).type === 'submit' && !saveKeys.has(key)) out.add(b);
    else if (PRIMARY_CLASS.test(b.className && typeof b.className === 'string' ? b.className : '') && !saveKeys.has(key)) out.add(b);
  }
  const rest = candidates.filter(
    (b) => !saveKeys.has(matchKey(controlText(b))) && !isDisabled(b) && !b.matches('a[href]:not([role="button"])'),
  );
  // a commit disabled until something is chosen is still the commit (the step is open)
  const last = rest[rest.length - 1] ?? candidates.filter((b) => isDisabled(b) && !saveKeys.has(matchKey(controlText(b)))).pop();
  if (last) out.add(last);
  return [...out];
}

// ---------- the step ----------

/**
 * The container of a chooser's step: the nearest ancestor (never past its dialog or drawer)
 * that also holds a control outside the chooser which is not a cancel/close.
 */
function containerOf(chooser: Chooser): Element | null {
  const dialog = dialogOf(chooser.area);
  const top = chooser.area.ownerDocument.body;
  const holdsCommit = (p: Element) => {
    const controls = controlsIn(p, 200);
    for (let j = 0; j < controls.length; j++) {
      const b = controls[j]!;
      if (!inChooser(chooser, b) && !isCancelControl(b) && !isOwnUi(b) && isRendered(b)) return true;
    }
    return false;
  };
  for (let p = chooser.area.parentElement, i = 0; p && i < MAX_UP; p = p.parentElement, i++) {
    if (holdsCommit(p)) return p;
    if (p === dialog || p === top) return null;
  }
  // nested deeper than MAX_UP inside its dialog: the dialog itself (closest() is native and cheap)
  return dialog && holdsCommit(dialog) ? dialog : null;
}

/** The step a chooser belongs to (its container and commit controls), or null. */
function stepOfChooser(chooser: Chooser, profile: Profile): SendStep | null {
  const container = containerOf(chooser);
  if (!container) return null;
  const commits = commitsOf(container, chooser, profile);
  return commits.length ? { container, chooser, commits } : null;
}

/** The approver choosers of the nearest ancestor of `el` that has any (never past its dialog), best first. */
function nearestApproverChoosers(el: Element, profile: Profile): Chooser[] {
  const dialog = dialogOf(el);
  const html = el.ownerDocument.documentElement;
  // up the tree a person sees: out of a component's shadow root to its host (a dialog host's own
  // commit button is drawn in its shadow root, the approver chooser in its light DOM)
  for (let p: Element | null = el, i = 0; p && p !== html && i < MAX_UP; p = composedParent(p), i++) {
    // a dialog is read whatever it holds: a library's select may have no native or ARIA chooser
    // structure at all (a focusable div, a web component), only collect's adapters see it
    if (p === dialog || p.querySelector(CHOOSER_SELECTOR) || p.matches(CHOOSER_SELECTOR)) {
      const scored = (p.matches(CHOOSER_SELECTOR) ? choosersIn(p.parentElement ?? p, profile) : choosersIn(p, profile))
        .map((c) => ({ c, s: approverScore(c, profile) }))
        .filter((x) => x.s > 0);
      if (scored.length) return scored.sort((a, b) => b.s - a.s).map((x) => x.c);
    } else if (sendPressed && i < SHOWN_LEVELS) {
      // no chooser here: an approver shown as text around a pressed send (readShown)
      const shown = readShown(p, profile);
      if (shown && approverScore(shown, profile) > 0) return [shown];
    }
    if (p === dialog) break;
  }
  return [];
}

/** The send step around an element (a field, a form): the nearest approver chooser's step that contains it. */
export function stepAround(el: Element, profile: Profile): SendStep | null {
  if (isOwnUi(el)) return null;
  freshLook();
  for (const c of nearestApproverChoosers(el, profile)) {
    const step = stepOfChooser(c, profile);
    if (step && (step.container.contains(el) || el.contains(step.container))) return step;
  }
  return null;
}

/**
 * A web component drawn as one button in its open shadow root, the host's own content slotted
 * into it (Shoelace's sl-button, Ionic's ion-button, Material Web's buttons): the page's light
 * DOM sees only the host, so the host is the control. A component whose shadow button holds no
 * slot (a dialog's close icon) is not one.
 */
export function isButtonHost(el: Element): boolean {
  const root = el.shadowRoot;
  if (!root || !el.localName.includes('-') || isOwnUi(el)) return false;
  const buttons = root.querySelectorAll(CONTROL_SELECTOR);
  for (let i = 0; i < buttons.length && i < 4; i++) if (buttons[i]!.querySelector('slot:not([name]), slot[name=""]')) return true;
  return false;
}

/** How many shadow roots (a button inside a component inside a component …) a control is looked out of. */
const MAX_SHADOW_HOPS = 4;

/** The control (button-like element) an element is part of: a button component's host for a click inside it. */
export function controlOf(el: Element | null): HTMLElement | null {
  if (!el) return null;
  let control: Element | null = el.closest(CONTROL_SELECTOR);
  let at: Element = control ?? el;
  for (let i = 0; i < MAX_SHADOW_HOPS; i++) {
    const root = at.getRootNode();
    if (!(root instanceof ShadowRoot)) break;
    // a host that is itself the control (role=button on the host, its shadow root only drawing
    // the label around a slot: Vaadin's vaadin-button): a press on its drawn label, padding or
    // icon is a press on the host; missed, the zoo's wc-vaadin commit passed the wrong approver
    const hostIsControl = !control && root.host.matches(CONTROL_SELECTOR) && !isOwnUi(root.host);
    if (!hostIsControl && !isButtonHost(root.host)) break;
    control = at = root.host;
  }
  if (!control) {
    // the host's slotted text was clicked (an event target in the light DOM, inside the host)
    for (let p: Element | null = el, i = 0; p && i < 3; p = p.parentElement, i++) if (isButtonHost(p)) return p as HTMLElement;
    return drawnButtonAt(el);
  }
  return control as HTMLElement;
}

// ---------- buttons drawn without a button's markup ----------

/**
 * Boxes that are never a drawn button: a label acts on its control (Bootstrap's `label.btn` over a
 * `.btn-check` radio), and structure (a row, a cell, a list, a form, a dialog) holds one.
 */
const NOT_DRAWN = `label, html, body, main, form, fieldset, table, thead, tbody, tfoot, tr, td, th, ul, ol, dl, ${DIALOG_SELECTOR}, ${FIELD_SELECTOR}`;
/** What a drawn button's box may not hold: a control or a field of its own (then it is a group or a row). */
const HELD = `${CONTROL_SELECTOR}, ${FIELD_SELECTOR}`;
/** A drawn button's text is a short action ("ยืนยันการส่ง", "ส่งรายงานเพื่อขออนุมัติ"), not a paragraph. */
const MAX_DRAWN_TEXT = 40;
/** Class words of a box styled as a button (Bootstrap's .btn, Fomantic's .ui.button, a team's own .btn-send). */
const BUTTON_CLASS_WORD = /(^|[\s_-])(btn|button)([\s_-]|$)/i;
/** Where drawn buttons are looked for in a container: classed as one, or acting through an inline handler. */
const DRAWN_CANDIDATES = '[onclick]:not(a), [class*="btn" i], [class*="button" i]';
/** Drawn-button candidates looked at per container: the send fixtures hold 1–4 (the stress form none); the bound is for a page that classes every box "btn-…". */
const MAX_DRAWN = 200;

/**
 * A box a person takes for a button although its markup is none: a short text, drawn with the
 * pointer cursor, holding no control or field, not a label or structure. Pages write
 * `<div class="btn btn-success">ยืนยันการส่ง</div>` with a script listener: a probe of 7 Dec
 * (send-divbtn) sent the wrong approver through one unwarned, the guard seeing no control there.
 * The cursor is read last (computed style), on the few boxes left.
 */
function drawnButton(el: Element): boolean {
  if (!(el instanceof HTMLElement) || el.matches(CONTROL_SELECTOR) || el.matches(NOT_DRAWN) || isOwnUi(el)) return false;
  if (el.querySelector(HELD)) return false;
  const text = lineText(el, MAX_DRAWN_TEXT * 2);
  if (!text || text.length > MAX_DRAWN_TEXT || !hasWords(text)) return false;
  return getComputedStyle(el).cursor === 'pointer';
}

/** drawnButton, once per look (containerOf asks the same boxes level after level). */
let drawnCache = new WeakMap<Element, boolean>();
function isDrawnButton(el: Element): boolean {
  let v = drawnCache.get(el);
  if (v === undefined) drawnCache.set(el, (v = drawnButton(el)));
  return v;
}

/**
 * The drawn button a press landed in: the outermost of the pressed box's nearest ancestors that is
 * one (the press lands on the text's <span> inside the `<div class="btn">`). Any box counts here,
 * classed or not: the press says it acts. Null: no drawn button.
 */
function drawnButtonAt(el: Element): HTMLElement | null {
  let found: HTMLElement | null = null;
  for (let p: Element | null = el, i = 0; p && i < 4; p = p.parentElement, i++) {
    if (drawnButton(p)) found = p as HTMLElement;
    else if (found) break;
  }
  return found;
}

/** The drawn button pressed in this look (stepCommittedBy): a commit candidate of the containers around it even when it is not classed as a button. */
let pressed: HTMLElement | null = null;

/** The controls in `container`: CONTROL_SELECTOR, and button components (isButtonHost), in page order, at most `max`. */
function controlsIn(container: Element, max: number): HTMLElement[] {
  const found = Array.from(container.querySelectorAll(CONTROL_SELECTOR)).slice(0, max) as HTMLElement[];
  const drawn = container.querySelectorAll(DRAWN_CANDIDATES);
  let extra: HTMLElement[] | null = null;
  for (let i = 0; i < drawn.length && i < MAX_DRAWN; i++) {
    const d = drawn[i]!;
    if (BUTTON_CLASS_WORD.test(d.getAttribute('class') ?? '') || d.hasAttribute('onclick')) {
      if (isDrawnButton(d)) (extra ??= []).push(d as HTMLElement);
    }
  }
  if (pressed && container.contains(pressed) && !extra?.includes(pressed)) (extra ??= []).push(pressed);
  if (extra) {
    found.push(...extra);
    found.sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1));
  }
  // a dialog host's own controls, drawn in its shadow root around the page's content (dialogOf):
  // sp-dialog-wrapper's confirm and cancel buttons
  const own = container.shadowRoot;
  if (own && !isOwnUi(container) && own.querySelector(DIALOG_SELECTOR)) {
    found.push(...(Array.from(own.querySelectorAll(CONTROL_SELECTOR)).slice(0, max) as HTMLElement[]));
  }
  // button components: custom elements with a shadow root only (bounded like the rest)
  const all = container.getElementsByTagName('*');
  let hosts: HTMLElement[] | null = null;
  for (let i = 0; i < all.length && i < MAX_HOST_SCAN; i++) {
    const e = all[i]!;
    if (e.shadowRoot && isButtonHost(e)) (hosts ??= []).push(e as HTMLElement);
  }
  if (!hosts) return found;
  return [...found, ...hosts].sort((a, b) => (a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1)).slice(0, max);
}
/** Elements looked at for button components in one container (a dialog is a few hundred). */
const MAX_HOST_SCAN = 5000;

/**
 * The dialog or drawer an element is in: a DIALOG_SELECTOR ancestor, or a web component whose
 * open shadow root draws the dialog around the element's slot (Shoelace's sl-dialog, Ionic's
 * ion-modal: the page's content stays in the light DOM under the host).
 */
export function dialogOf(el: Element): Element | null {
  const plain = el.closest(DIALOG_SELECTOR);
  // a dialog a component's shadow root draws around a <slot>: the host's content is shown in it,
  // so the dialog a person sees is the host, whose own buttons sit in that shadow root beside the
  // slot (Spectrum's sp-dialog-wrapper: `sp-dialog[role=dialog]` holding the page's content slot
  // and the wrapper's confirm / cancel sp-buttons)
  const root = plain?.getRootNode();
  if (plain && root instanceof ShadowRoot && !isOwnUi(root.host) && plain.querySelector('slot:not([name]), slot[name=""]')) return root.host;
  for (let p: Element | null = el.parentElement, i = 0; p && i < MAX_UP && p !== plain; p = p.parentElement, i++) {
    if (p.shadowRoot && p.localName.includes('-') && !isOwnUi(p) && p.shadowRoot.querySelector(DIALOG_SELECTOR)) return p;
  }
  return plain;
}

/** The send step whose commit control `control` is, or null. */
export function stepCommittedBy(control: HTMLElement, profile: Profile): SendStep | null {
  if (isOwnUi(control)) return null;
  freshLook();
  if (!control.matches(CONTROL_SELECTOR) && drawnButton(control)) pressed = control;
  sendPressed = isSendWord(matchKey(controlText(control)), profile);
  for (const c of nearestApproverChoosers(control, profile)) {
    if (inChooser(c, control)) continue;
    const step = stepOfChooser(c, profile);
    if (step?.commits.includes(control)) return step;
  }
  return null;
}

/** The send step open on the page, if any (for the panel and popup, and a page-wide shortcut). */
export function openStep(doc: Document, profile: Profile): SendStep | null {
  freshLook();
  const roots: Element[] = [];
  const dialogs = doc.querySelectorAll(DIALOG_SELECTOR);
  for (let i = 0; i < dialogs.length && i < MAX_CHOOSERS; i++) {
    const d = dialogs[i]!;
    if (!isOwnUi(d) && isShown(d)) roots.push(d);
  }
  if (doc.body) roots.push(doc.body);
  for (const root of roots) {
    // library widgets are read in dialogs only: this runs on every check of a screen that is no
    // form, and the live checker has just collected the whole page (a send step drawn in the
    // page with a library select is still caught when its commit is clicked: stepCommittedBy)
    const scored = choosersIn(root, root === doc.body ? undefined : profile)
      .map((c) => ({ c, s: approverScore(c, profile) }))
      .filter((x) => x.s >= 2 && isShown(x.c.element))
      .sort((a, b) => b.s - a.s);
    for (const { c } of scored) {
      const step = stepOfChooser(c, profile);
      if (step) return step;
    }
  }
  return null;
}

/** Where a step's facts are read: its dialog or drawer if it is in one, else its container. */
export function scopeOf(step: SendStep): Element {
  return dialogOf(step.container) ?? step.container;
}

function isShown(el: Element): boolean {
  const e = el as HTMLElement & { checkVisibility?: (o?: object) => boolean };
  if (typeof e.checkVisibility === 'function') return e.checkVisibility({ visibilityProperty: true });
  return !el.closest('[hidden]');
}
