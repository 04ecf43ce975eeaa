/**
 * A group of checkboxes that is one question marked as needing an answer: a `role=group` or a
 * `<fieldset>` holding nothing but two or more checkboxes, whose name is marked required (a
 * required mark in its text, `aria-required` on the group, or the element that names it flagged
 * `required` / `aria-required`: Spectrum's `<sp-field-label for required>` draws its asterisk as
 * an icon and keeps the flag as an attribute). "Choose one or more" is answered once any box is
 * ticked; read like a radio group (empty while none is). Missed, the zoo's wc-spectrum target
 * groups (an `sp-field-group` of `sp-checkbox`es under a required field label) were five optional
 * ticks: the empty target groups went unreported.
 *
 * Only a group marked required: a group of checkboxes with no such mark may be optional ticks
 * (the plan toggles of a form, drawn as checkboxes in a fieldset, turn sections on: each is a
 * field of its own for the plan rules).
 */
import type { WidgetAdapter } from './types';
import { drawnTextOf, hasRequiredMark, isNotDrawn, textOf } from '../dom';
import { specifyOptionOf } from '../specify';
import { hasWords } from '@/utils/text';
import { groupName } from '../labels/accessible';
import { primaryControl } from '../shadow';
import { passMemo } from '../pass-memo';

/** More boxes than this and the group is no question of this form (a long list of ticks); reading stops there. */
const MAX_BOXES = 20;

const isBox = (el: Element) =>
  (el instanceof HTMLInputElement && el.type === 'checkbox' && el.getAttribute('role') !== 'switch') || el.getAttribute('role') === 'checkbox';

/** The checkbox an option element stands for: itself, or the one its host's open shadow root draws. */
function boxOf(el: Element): Element | null {
  if (isBox(el)) return el;
  const inner = el.shadowRoot ? primaryControl(el) : null;
  return inner && isBox(inner) ? inner : null;
}

const OTHER_CONTROL = 'select, textarea, input:not([type="checkbox"]):not([type="hidden"]), [role="combobox"], [role="slider"], [role="radio"], [role="switch"], [role="textbox"], [role="spinbutton"], [contenteditable="true"]';

/**
 * The checkboxes of the group (a host's inner checkbox for a checkbox component), or [] when it
 * holds any other control; past MAX_BOXES the list stops growing. Every box of a group asks for
 * its group's boxes, so the answer is kept for the collect pass: unkept, a group of n boxes was
 * read n times (n² element visits).
 */
function boxesIn(group: Element): Element[] {
  const memo = passMemo<Element[]>('checkbox-group-boxes');
  const kept = memo?.get(group);
  if (kept) return kept;
  const boxes = readBoxes(group);
  memo?.set(group, boxes);
  return boxes;
}

/** Controls other than boxes a group may hold: its "อื่นๆ (โปรดระบุ)" boxes (../specify.ts), a few. */
const MAX_SPECIFY = 3;

function readBoxes(group: Element): Element[] {
  const other = group.querySelectorAll(OTHER_CONTROL);
  // only "โปรดระบุ" boxes of the group's own options (a box of another option makes it a form's row)
  if (other.length > MAX_SPECIFY) return [];
  for (let i = 0; i < other.length; i++) {
    const option = specifyOptionOf(other[i]!);
    if (!option || option.type !== 'checkbox' || !group.contains(option)) return [];
  }
  const out: Element[] = [];
  for (const el of Array.from(group.querySelectorAll('*'))) {
    if (out.length > MAX_BOXES) break;
    if (isBox(el)) {
      out.push(el);
      continue;
    }
    if (!el.shadowRoot) continue;
    const inner = primaryControl(el);
    if (!inner) continue;
    if (!isBox(inner)) return [];
    out.push(inner);
  }
  return out;
}

/** The group's name is marked required, or the group is (kept for the pass, as boxesIn). */
function markedRequired(group: Element): boolean {
  const memo = passMemo<boolean>('checkbox-group-required');
  const kept = memo?.get(group);
  if (kept !== undefined) return kept;
  const marked = readMarkedRequired(group);
  memo?.set(group, marked);
  return marked;
}

function readMarkedRequired(group: Element): boolean {
  if (group.getAttribute('aria-required') === 'true') return true;
  const root = group.getRootNode() as Document | ShadowRoot;
  const namers: Element[] = [];
  for (const id of (group.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    const n = id ? root.getElementById?.(id) : null;
    if (n) namers.push(n);
  }
  const legend = group.tagName === 'FIELDSET' ? group.querySelector(':scope > legend') : null;
  if (legend) namers.push(legend);
  if (namers.some((n) => n.hasAttribute('required') || n.getAttribute('aria-required') === 'true')) return true;
  return hasRequiredMark(groupName(group)) || requiredUntilTicked(group);
}

const flagged = (box: Element) => box.hasAttribute('required') || box.getAttribute('aria-required') === 'true';
const ticked = (box: Element) => (box instanceof HTMLInputElement ? box.checked : box.getAttribute('aria-checked') === 'true');

/**
 * "At least one" drawn with native validation: every box of the group flagged `required` while
 * none is ticked (the flag dropped from all once one is). React Aria Components' `CheckboxGroup
 * isRequired` does this, its group's name unmarked (a `role=group` with `aria-labelledby`, no
 * `aria-required`): measured on the react-aria zoo page with its target groups drawn as that
 * CheckboxGroup instead of its multiple Select (7 Dec 14:52 UTC, RAC 1.22.1), m6-empty and
 * m6-partial each read five extra "ยังไม่ได้กรอก: กลุ่มเป้าหมาย…", one per required box, besides
 * the group (15/17; 17/17 with this rule). Only while none is ticked: boxes still flagged
 * beside a ticked one are each required on their own (consent ticks), not one question.
 */
function requiredUntilTicked(group: Element): boolean {
  const boxes = boxesIn(group);
  return boxes.length >= 2 && boxes.every((b) => flagged(b) && !ticked(b));
}

/** The required checkbox group `el` (a checkbox, or a host drawing one) is an option of, or null. */
export function checkboxGroupOf(el: Element): Element | null {
  if (!boxOf(el)) return null;
  // the option's group: within a few levels (a checkbox in its label in a row of the group)
  let group: Element | null = null;
  let node = el.parentElement;
  for (let depth = 0; node && depth < 4 && !group; depth++, node = node.parentElement) {
    if (node.getAttribute('role') === 'group' || node.tagName === 'FIELDSET') group = node;
  }
  if (!group) return captionedGroupOf(el);
  if (!markedRequired(group)) return null;
  const boxes = boxesIn(group);
  return boxes.length >= 2 && boxes.length <= MAX_BOXES ? group : null;
}

/** Where a group without markup of its own stops being looked for: the form, a table's parts, a list of rows. */
const NOT_A_GROUP = 'form, body, table, tbody, thead, tr, td, th, [role="row"], [role="grid"], [role="table"]';

/**
 * A group written without a fieldset or a role: a box (Bootstrap's `.form-group`, a grid row)
 * holding a caption and, after it, two or more checkboxes and nothing else to fill, the caption
 * marked required ("กลุ่มเป้าหมาย *", the star in a span or drawn by CSS as `.required::after`).
 * A person reads it as one question like a fieldset's. A probe of 7 Dec, evening (Bootstrap 3 rows of
 * `.checkbox` labels under a `.control-label`, and boxes with `for` labels in one line) left its
 * empty target groups unreported: the checkboxes were optional ticks. The box is the nearest of
 * 4 ancestors holding two boxes or more; its caption is the last element before the first box
 * that holds words and is no box's own label. Words after the first box other than the boxes'
 * own labels (a second caption: two questions in one box) make it no group.
 */
function captionedGroupOf(el: Element): Element | null {
  let node = el.parentElement;
  for (let depth = 0; node && depth < 4; depth++, node = node.parentElement) {
    if (node.matches(NOT_A_GROUP)) return null;
    const boxes = boxesIn(node);
    // another control inside: the box is a form's row, not a question's
    if (!boxes.length) return null;
    if (boxes.length < 2) continue;
    if (boxes.length > MAX_BOXES) return null;
    const memo = passMemo<Element | null>('checkbox-group-caption');
    let caption = memo?.get(node);
    if (caption === undefined) {
      caption = captionBefore(node, boxes);
      memo?.set(node, caption);
    }
    if (caption === null) continue;
    return marksRequired(caption) ? node : null;
  }
  return null;
}

/** A box's own label: wraps a box, or names one by `for`. */
function isBoxLabel(e: Element, boxes: Element[]): boolean {
  if (boxes.some((b) => e.contains(b))) return true;
  const target = e.getAttribute('for');
  return !!target && boxes.some((b) => b.id === target);
}

/**
 * A box's text written as a bare element right after it, with no `<label>`
 * (`<input type=checkbox> <span>เกษตรกร</span>`): read as the box's own words, as a person reads
 * them, not as a second caption after the first box (which would make the boxes no question).
 */
function isTextAfterBox(e: Element, boxes: Element[]): boolean {
  const prev = e.previousElementSibling;
  return !!prev && boxes.includes(prev);
}

/** The caption of `node`'s boxes: its last child element before the first box's branch that holds words (null: none, or words after the first box). */
function captionBefore(node: Element, boxes: Element[]): Element | null {
  const first = boxes[0]!;
  let caption: Element | null = null;
  let seenBox = false;
  for (let c = node.firstElementChild, i = 0; c && i < 60; c = c.nextElementSibling, i++) {
    if (c.contains(first)) seenBox = true;
    if (boxes.some((b) => c!.contains(b) || c === b)) continue;
    if (isBoxLabel(c, boxes) || isTextAfterBox(c, boxes) || !hasWords(textOf(c))) continue;
    if (seenBox) return null;
    caption = c;
  }
  return caption;
}

/** Elements of a caption looked at for a drawn star (a `.required::after`): the caption and a few inside. */
const MAX_MARK_ELEMENTS = 8;

/**
 * The caption shows a required mark: a star in the words drawn (not a star kept invisible: Naive
 * UI's asterisk placeholder), or one CSS draws after or before it or a drawn element in it.
 */
function marksRequired(caption: Element): boolean {
  if (hasRequiredMark(drawnTextOf(caption))) return true;
  if (typeof getComputedStyle !== 'function') return false;
  const els = [caption, ...Array.from(caption.querySelectorAll('*')).slice(0, MAX_MARK_ELEMENTS - 1)];
  return els.some((e) => !isNotDrawn(e) && (/[*＊]/.test(getComputedStyle(e, '::after').content) || /[*＊]/.test(getComputedStyle(e, '::before').content)));
}

export const checkboxGroup: WidgetAdapter = {
  id: 'checkbox-group',
  match: (el) => checkboxGroupOf(el) !== null,
  owner: (el) => checkboxGroupOf(el) ?? el,
  options: boxesIn,
  kind: () => 'radio',
  focus: (group) => boxesIn(group)[0] ?? group,
  observe: ['checked', 'aria-checked'],
};
