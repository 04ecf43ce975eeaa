/**
 * Layer 2b, the text before the control in the markup (Chromium's InferLabelFromPrevious,
 * InferLabelFromDivTable, InferLabelFromDefinitionList): the nearest label-like element before
 * the control or before one of its wrappers, climbing up to 8 levels (AntD puts the Form.Item
 * label 6 levels above a slider's handle); a <dd>'s <dt>. Never an adornment, unit or counter
 * (./reject.ts), never a sibling that holds another control (that text is the other control's),
 * never a popup: a picker's calendar rendered hidden beside its input (Fomantic's `.ui.popup`
 * holds "ธันวาคม 2569 อา จ อ พ …" right before the date input: it named all three date fields
 * of the zoo's M6 form) is not text a person reads next to the field, shown or not.
 * A checkbox or radio is read by the text right after it (Chromium's InferLabelFromNext):
 * "[x] แผนพัฒนาเศรษฐกิจฯ" — Fomantic's `.ui.checkbox` puts a <label> without `for` after the
 * hidden input, and the text before it belonged to the toggle above.
 */
import { hasWords } from '@/utils/text';
import { containsControl, tagEntriesBefore, textOf } from '../dom';
import { isAdornment, isRejectedText } from './reject';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'BUTTON', 'SVG', 'I', 'IMG', 'H1', 'H2', 'H3', 'NAV', 'UL', 'OL', 'TABLE']);
const STOP_TAGS = new Set(['FORM', 'BODY', 'TD', 'TH', 'TR', 'TABLE', 'FIELDSET', 'DIALOG']);
const MAX_DEPTH = 8;
const MAX_LENGTH = 160;

/** Roles and classes of floating parts (pickers, menus, tooltips): never the caption of a field. */
const POPUP_ROLE = new Set(['dialog', 'alertdialog', 'tooltip', 'menu', 'listbox', 'grid', 'tree']);
const POPUP_CLASS = /(^|[\s_-])(popup|popover|tooltip|dropdown-menu)([\s_-]|$)/i;

/** A part a person does not read as a caption: not rendered, or a popup. */
export function isNotCaption(el: Element): boolean {
  if (el.hasAttribute('hidden') || el.getAttribute('aria-hidden') === 'true') return true;
  const role = el.getAttribute('role');
  if (role && POPUP_ROLE.has(role)) return true;
  if (POPUP_CLASS.test(el.getAttribute('class') ?? '')) return true;
  const h = el as HTMLElement & { checkVisibility?: (o?: object) => boolean };
  return typeof h.checkVisibility === 'function' && h.isConnected && !h.checkVisibility({ visibilityProperty: true });
}

function holdsTable(el: Element): boolean {
  return el.querySelector('table, [role="grid"]') !== null;
}

function definitionTerm(el: Element): string {
  const dd = el.closest('dd');
  if (!dd) return '';
  for (let prev = dd.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (prev.tagName === 'DT') return textOf(prev);
  }
  return '';
}

/** Inline elements a line of caption text is written with ("<span class=req>*</span> ชื่อ"). */
const INLINE_TAGS = new Set(['SPAN', 'B', 'STRONG', 'EM', 'FONT', 'SMALL', 'ABBR', 'SUP', 'U', 'LABEL', 'MARK']);

/**
 * The line of text a text node ends: it and the inline elements and text just before it, back to
 * a line break, a block or a control ("<span class=req>*</span> ผลการดำเนินงาน<br><textarea>":
 * the mark stays, so `required` is read from it).
 */
function lineBefore(text: Text): string {
  let line = text.nodeValue ?? '';
  for (let n = text.previousSibling; n; n = n.previousSibling) {
    if (n.nodeType === 3) line = (n.nodeValue ?? '') + line;
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (!INLINE_TAGS.has(e.tagName) || containsControl(e) || isNotCaption(e)) break;
      line = textOf(e) + ' ' + line;
    }
  }
  return line.replace(/\s+/g, ' ').trim();
}

export function siblingLabel(el: Element): string {
  const dt = definitionTerm(el);
  if (dt && !isRejectedText(dt, el)) return dt;
  let node: Element | null = el;
  // a tag input's chips (./dom.ts tagEntriesBefore) are its value, not another control: the
  // caption is before them (zoo vanilla-materialize: with chips, the target groups went unnamed)
  const entries = tagEntriesBefore(el).length > 0;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    // every node before it: text written straight into the parent is a caption too
    // ("ผลการดำเนินงาน<br><textarea>"; read element by element, a probe of 7 Dec named that
    // textarea by the page's heading)
    for (let n = node.previousSibling; n; n = n.previousSibling) {
      if (n.nodeType === 3) {
        if (!hasWords(n.nodeValue ?? '')) continue;
        const t = lineBefore(n as Text);
        if (t.length <= MAX_LENGTH && !isRejectedText(t, el)) return t;
        continue;
      }
      if (n.nodeType !== 1) continue;
      const prev = n as Element;
      if (SKIP_TAGS.has(prev.tagName.toUpperCase())) continue;
      if (isNotCaption(prev)) continue;
      if (depth === 0 && entries) continue;
      if (containsControl(prev)) return '';
      // a table or grid of text (a calendar drawn inline) is no caption; the table layer reads tables
      if (holdsTable(prev)) continue;
      if (isAdornment(prev)) continue;
      const t = textOf(prev);
      if (!t) continue;
      if (t.length <= MAX_LENGTH && !isRejectedText(t, el)) return t;
    }
    node = node.parentElement;
    if (!node || STOP_TAGS.has(node.tagName)) break;
  }
  return '';
}

const CHECKABLE = /^(checkbox|radio)$/;

/**
 * The text right after a checkbox or radio, in the same parent: a following text node or the
 * first following element with text (a <label> without `for`, a span), never one that holds
 * a control. '' for anything else.
 */
export function nextLabel(el: Element): string {
  if (!(el instanceof HTMLInputElement) || !CHECKABLE.test(el.type)) return '';
  for (let n = el.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const t = (n.nodeValue ?? '').trim();
      if (t) return t.length <= MAX_LENGTH && !isRejectedText(t, el) ? t : '';
      continue;
    }
    if (n.nodeType !== 1) continue;
    const e = n as Element;
    if (SKIP_TAGS.has(e.tagName.toUpperCase()) || isNotCaption(e)) continue;
    if (containsControl(e)) return '';
    if (holdsTable(e)) continue;
    const t = textOf(e);
    if (!t) continue;
    return t.length <= MAX_LENGTH && !isRejectedText(t, el) ? t : '';
  }
  return '';
}

/**
 * A caption written inside a group's own box before its first option, as a legend is: "<div>
 * <div><b>สถานะโครงการ</b> *</div> <label><input type=radio>…</label> …</div>" (radios drawn as
 * cards). The text of the group's children before the one holding `firstOption`; '' when one of
 * them holds a control, or the text is no caption (a unit, a number, too long).
 */
export function leadingCaption(group: Element, firstOption: Element): string {
  let text = '';
  for (let n = group.firstChild; n; n = n.nextSibling) {
    if (n.contains(firstOption)) break;
    if (n.nodeType === 3) text += ' ' + (n.nodeValue ?? '');
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (SKIP_TAGS.has(e.tagName.toUpperCase()) || isNotCaption(e) || isAdornment(e)) continue;
      if (containsControl(e)) return '';
      text += ' ' + textOf(e);
    }
  }
  const t = text.replace(/\s+/g, ' ').trim();
  return t && t.length <= MAX_LENGTH && !isRejectedText(t) ? t : '';
}

const sized = (e: Element) => { const r = (e as HTMLElement).getBoundingClientRect?.(); return !r || r.width > 0 || r.height > 0; };

/**
 * A control a person can see: not hidden, and drawn with a box inside a box that has one (the
 * native select Materialize keeps in a 0×0 `.hide-select` is not; without layout, every control counts).
 */
function shownControl(c: Element, box: Element): boolean {
  if (c.getAttribute('type') === 'hidden' || c.closest('[hidden], [aria-hidden="true"]')) return false;
  return sized(c) || !sized(box);
}

/**
 * The floating label of Material Design text fields, drawn inside the field's box and written
 * AFTER the control: `<div><input …><label>ไตรมาสที่รายงาน</label></div>`, a `<label>` without
 * `for` (Materialize's select: its docs write `<label>` after the `<select>`, which its FormSelect
 * wraps with the input it draws). The label is a following sibling of the control or of one of its
 * wrappers (up to 3 levels), holds no control, and the box they share shows no other control, so
 * it cannot be the next field's caption. Asked before the text before the control: climbing, that
 * reached the section's title (zoo vanilla-materialize: the empty quarter was named "รายงานผลการดำเนินงาน").
 */
export function followingLabel(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++) {
    const parent: Element | null = node.parentElement;
    if (!parent || STOP_TAGS.has(parent.tagName)) break;
    for (let next = node.nextElementSibling; next; next = next.nextElementSibling) {
      if (next.tagName !== 'LABEL' || next.hasAttribute('for') || isNotCaption(next) || containsControl(next)) continue;
      const t = textOf(next);
      if (!t || t.length > MAX_LENGTH || isRejectedText(t, el)) continue;
      const others = Array.from(parent.querySelectorAll('input, select, textarea, button, [role="combobox"], [role="textbox"], [contenteditable]'))
        .filter((c) => !node!.contains(c) && shownControl(c, parent));
      return others.length === 0 ? t : '';
    }
    node = parent;
  }
  return '';
}
