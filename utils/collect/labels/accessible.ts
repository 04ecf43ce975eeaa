/**
 * Layer 1: the control's own accessible name, as accname computes it for form controls:
 * aria-labelledby → aria-label → <label> (for= or wrapping) → own content for checkbox,
 * switch, radio and option roles. Hand-written rather than dom-accessibility-api: the part
 * forms need is these four steps, and the full accname computation falls back to title and
 * placeholder, which this product must never take for a label (issue 9). The library was not
 * installed here to compare sizes or answers; that comparison is still open.
 *
 * An English aria-label that a component library writes by itself ("slider between 0 and
 * 100", "Day", "Select") is not what a Thai user reads: it is returned as weak, so the
 * structural layer gets a chance first.
 */
import { isVisuallyHidden, shownTextOf, textOf, textOfIds } from '../dom';
import { cleanText, hasWords } from '@/utils/text';
import { nextLabel } from './sibling';
import { isUnitWord } from './reject';
import { primaryControl } from '../shadow';

/**
 * The <label>s of each control, for one collect pass (beginLabelPass … endLabelPass).
 * `el.labels` is a live list: after any DOM change Chrome rebuilds it by walking the whole
 * document, so reading it for each of n controls costs n walks of the page (over half a
 * second on a 2,000-control form). One walk over the page's labels gives the same lists.
 */
export interface LabelPassState {
  doc: Document;
  byControl: Map<Element, HTMLLabelElement[]> | null;
}

let labelPass: LabelPassState | null = null;

/**
 * `kept`: the lists of an earlier pass, for a caller that knows no label, control, id or `for`
 * changed since (a watching Collector); it is filled on first use and shared.
 */
export function beginLabelPass(doc: Document, kept?: LabelPassState): void {
  labelPass = kept && kept.doc === doc ? kept : { doc, byControl: null };
}

export function endLabelPass(): void {
  labelPass = null;
}

export function labelsOf(el: Element): ArrayLike<HTMLLabelElement> | null | undefined {
  const pass = labelPass;
  if (!pass || el.getRootNode() !== pass.doc) return (el as HTMLInputElement).labels;
  if (!pass.byControl) {
    const byControl = new Map<Element, HTMLLabelElement[]>();
    const all = pass.doc.getElementsByTagName('label');
    for (let i = 0; i < all.length; i++) {
      const label = all[i] as HTMLLabelElement;
      const control = label.control;
      if (!control) continue;
      const list = byControl.get(control);
      if (list) list.push(label);
      else byControl.set(control, [label]);
    }
    pass.byControl = byControl;
  }
  return pass.byControl.get(el);
}

/** Where an accessible name came from (for the page-structure report and replay). */
export type NameSource = 'aria-labelledby' | 'aria-label' | 'content' | 'label-for' | 'label-wrap' | 'legend';

export interface NameAnswer {
  text: string;
  /** false for a library's own English boilerplate: use it only when nothing better is found */
  confident: boolean;
  via?: NameSource;
}

const THAI = /[\u0E00-\u0E7F]/;
/** Words component libraries put in aria-label by themselves. */
const BOILERPLATE = /^(slider|range|select|date|time|day|month|year|input|search|open|close|clear|choose|pick|value|number|text|spinbutton|combobox|toggle)\b/i;

/**
 * A lowercase kebab-case identifier ("ngx-slider": @angular-slider/ngx-slider's default ariaLabel,
 * its own tag name) is code, never words a person reads as a field's name.
 */
const IDENTIFIER = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/;

export function isBoilerplate(text: string): boolean {
  const t = text.trim();
  return !THAI.test(t) && (BOILERPLATE.test(t) || /\b(between|selected|editing area)\b/i.test(t) || IDENTIFIER.test(t));
}

/**
 * aria-labelledby without the control itself: WAI-ARIA's "label + value" pattern points it at
 * the label and at the control, so a screen reader says the chosen value after the name
 * (Headless UI's ListboxButton: "ไตรมาสที่รายงาน เลือกไตรมาส" on the zoo). What the control
 * shows is its value or placeholder, never its label.
 */
function labelledByOthers(el: Element): string {
  const ids = el.getAttribute('aria-labelledby');
  if (!ids) return '';
  // ids are looked up in the element's own tree (a shadow root's ids are its own)
  const doc = el.getRootNode() as Document | ShadowRoot;
  const refs = ids.split(/\s+/).map((id) => (id ? doc.getElementById(id) : null));
  // a part of the control that is no <label> is what it shows, its value, when something outside
  // the control is named too (Vaadin's vaadin-select value box points at its label and at the
  // chosen item it holds: "ไตรมาสที่รายงาน ไตรมาสที่ 4 …"); a caption drawn inside stays its name
  const outside = refs.some((r) => r && r !== el && !el.contains(r));
  // every id a part of the control, some drawn for screen readers only and some shown: the shown
  // parts are what it shows, its value; the hidden ones its name (Spectrum's sp-picker button
  // points at its shown choice and at a visually hidden copy of its field label: the zoo's
  // wc-spectrum quarter was named "ไตรมาสที่ 4 (ก.ค. - ก.ย.) ไตรมาสที่รายงาน")
  const parts = outside ? [] : refs.filter((r): r is HTMLElement => !!r && r !== el && el.contains(r) && !!cleanText(r.textContent ?? ''));
  const hiddenName = parts.some(isVisuallyHidden) && parts.some((r) => !isVisuallyHidden(r));
  // an element whose whole text is the control's own typed value is that value said again, when
  // something else names it (Spectrum's sp-combobox input points at a hidden copy of its value
  // and at its label: "ด้านการสร้างความสามารถในการแข่งขัน ยุทธศาสตร์ชาติด้าน")
  const value = el instanceof HTMLInputElement ? cleanText(el.value) : '';
  const echoes = (ref: Element) => !!value && ref.tagName !== 'LABEL' && cleanText(ref.textContent ?? '') === value
    && refs.some((r) => r && r !== ref && r !== el && cleanText(r.textContent ?? '') && cleanText(r.textContent ?? '') !== value);
  return cleanText(refs.map((ref) => {
    // a label that wraps the control names it by its own text, not by what the control draws
    // (Ionic's ion-range: the knob's pin "0" sits inside the <label id=range-label> it points at)
    if (!ref || ref === el || (outside && el.contains(ref) && ref.tagName !== 'LABEL')) return '';
    if (hiddenName && el.contains(ref) && !isVisuallyHidden(ref) && ref.tagName !== 'LABEL') return '';
    if (echoes(ref)) return '';
    return ref.contains(el) ? textOf(ref, el) : ref.textContent ?? '';
  }).join(' '));
}

/**
 * An aria-label that reads the name of the <label> wrapping the control, then what the control
 * shows ("ไตรมาสที่รายงาน, เลือกไตรมาส": Ionic's ion-select labels its button with its label and
 * its value or placeholder, both drawn beside the button in that <label>): the name is the part
 * before the comma. Split at the first ", " where the wrapping label's text (without the control)
 * starts with the part before and ends with the part after.
 */
export function withoutShownValue(el: Element, aria: string): string {
  const label = el.parentElement?.closest('label');
  if (!label) return aria;
  // an aria-label that is only the shown text (the same select with no label of its own, in a
  // table cell) says what is chosen, not what the field is: no name, so the column names it
  // (zoo wc-ionic M1 plan rows: each cell was named by its own choice)
  const shown = label.querySelectorAll('[aria-hidden="true"]');
  for (let i = 0; i < shown.length; i++) if (cleanText(shown[i]!.textContent ?? '') === cleanText(aria)) return '';
  if (!aria.includes(', ')) return aria;
  // the shown text is drawn aria-hidden beside the button (the aria-label says it): the raw text
  const around = cleanText(label.textContent ?? '');
  for (let i = aria.indexOf(', '); i > 0; i = aria.indexOf(', ', i + 2)) {
    const name = cleanText(aria.slice(0, i));
    const shown = cleanText(aria.slice(i + 2));
    if (name && shown && around.startsWith(name) && around.endsWith(shown) && around.length >= name.length + shown.length) return name;
  }
  return aria;
}

/**
 * A label wrapping its control with a unit after it ("จำนวนผู้ได้รับประโยชน์ <input> คน"): a
 * person reads the words before the box as its name and the word after as its unit (a probe of
 * 7 Dec named the field "จำนวนผู้ได้รับประโยชน์ คน"). Only a unit word, and only after words: a
 * checkbox's text after its box is its name.
 */
function withoutUnitAfter(label: Element, el: Element, text: string): string {
  if (!label.contains(el) || label === el) return text;
  const doc = label.ownerDocument;
  if (typeof doc.createRange !== 'function') return text;
  const range = doc.createRange();
  range.setStartAfter(el);
  range.setEnd(label, label.childNodes.length);
  const after = cleanText(range.toString());
  if (!after || !isUnitWord(after) || !text.endsWith(after)) return text;
  const before = text.slice(0, text.length - after.length).trim();
  return hasWords(before) ? before : text;
}

/** The accessible name of a control ('' when it has none). */
export function accessibleName(el: Element): NameAnswer {
  const byIds = labelledByOthers(el);
  if (byIds) return { text: byIds, confident: !isBoilerplate(byIds), via: 'aria-labelledby' };
  const aria = el.getAttribute('aria-label');
  if (aria && aria.trim()) {
    const text = withoutShownValue(el, aria);
    if (text) return { text, confident: !isBoilerplate(text), via: 'aria-label' };
  }
  // a field host (../shadow.ts): the name its shadow root gives the control it draws
  const inner = el.shadowRoot ? primaryControl(el) : null;
  if (inner) {
    const own = accessibleName(inner);
    if (own.text) return own;
  }
  const role = el.getAttribute('role');
  if (role === 'checkbox' || role === 'switch' || role === 'radio' || role === 'option') {
    const own = textOf(el);
    if (own) return { text: own, confident: true, via: 'content' };
  }
  const labels = labelsOf(el);
  if (labels && labels.length) {
    const list = Array.from(labels);
    const via = list.some((l) => !l.contains(el)) ? 'label-for' : 'label-wrap';
    // what a person reads of its labels: words added for screen readers only are no part of the
    // name (Carbon's FilterableMultiSelect writes "Total items selected: 0." into its <label>,
    // read as "กลุ่มเป้าหมายที่ได้รับประโยชน์ Total items selected: 0."), and a label hidden
    // whole is no name a person sees: taken only after the structural layers (a Carbon
    // DataTable's KPI cell with a hidden label "ผลที่ได้ <row>" is read by its row and column)
    const text = list.filter((l) => !isVisuallyHidden(l)).map((l) => withoutUnitAfter(l, el, shownTextOf(l, el))).filter(Boolean).join(' ');
    if (text) return { text, confident: true, via };
    const unseen = list.map((l) => textOf(l, el)).filter(Boolean).join(' ');
    if (unseen) return { text: unseen, confident: false, via };
  }
  return { text: '', confident: false };
}

/** Label of a group container (fieldset legend, radiogroup/group name) if it has one. */
export function groupName(group: Element | null): string {
  return groupNameAnswer(group).text;
}

export function groupNameAnswer(group: Element | null): NameAnswer {
  if (!group) return { text: '', confident: false };
  if (group.tagName === 'FIELDSET') {
    const legend = group.querySelector(':scope > legend');
    if (legend) return { text: textOf(legend), confident: true, via: 'legend' };
  }
  // a radio group drawn in a host's shadow root (../shadow.ts) is named there
  const inner = group.shadowRoot ? primaryControl(group) : null;
  if (inner && inner !== group) {
    const own = groupNameAnswer(inner);
    if (own.text) return own;
  }
  const byIds = textOfIds(group, 'aria-labelledby');
  if (byIds) return { text: byIds, confident: true, via: 'aria-labelledby' };
  const aria = group.getAttribute('aria-label');
  return aria ? { text: aria, confident: true, via: 'aria-label' } : { text: '', confident: false };
}

/**
 * Text of one option of a radio group (its own label; for a native radio with none, the text
 * right after it, as a person reads "◉ อยู่ระหว่างดำเนินการ"; its value attribute, often a
 * code, only last).
 */
export function optionLabel(el: Element): string {
  return accessibleName(el).text || textOf(el) || nextLabel(el) || (el as HTMLInputElement).value || '';
}
