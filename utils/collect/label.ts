/**
 * Finds a control's visible label, the way a person reads the form:
 * aria-labelledby → aria-label → <label> → group legend/label → table header →
 * a label-like sibling before it → title / placeholder.
 * Returns the raw text (with any "*" marker) so `required` can be read from it.
 */
import { containsControl, textOf, textOfIds } from './dom';

function ownLabel(el: Element): string {
  const byIds = textOfIds(el, 'aria-labelledby');
  if (byIds) return byIds;
  const aria = el.getAttribute('aria-label');
  if (aria && aria.trim()) return aria;
  const role = el.getAttribute('role');
  if (role === 'checkbox' || role === 'switch' || role === 'radio' || role === 'option') {
    // ARIA: these widgets are named by their own content
    const own = textOf(el);
    if (own) return own;
  }
  const labels = (el as HTMLInputElement).labels;
  if (labels && labels.length) {
    const text = Array.from(labels, (l) => textOf(l, el)).filter(Boolean).join(' ');
    if (text) return text;
  }
  return '';
}

/** Label of a group container (fieldset, radiogroup, group) if it has one. */
function groupLabel(group: Element | null): string {
  if (!group) return '';
  if (group.tagName === 'FIELDSET') {
    const legend = group.querySelector(':scope > legend');
    if (legend) return textOf(legend);
  }
  return textOfIds(group, 'aria-labelledby') || group.getAttribute('aria-label') || '';
}

/** Header text for a control inside a table cell: row header, else the cell on the left, else column header. */
function tableLabel(el: Element): string {
  const cell = el.closest('td, th');
  if (!cell || cell.tagName !== 'TD') return '';
  const row = cell.parentElement as HTMLTableRowElement | null;
  if (!row) return '';
  const th = row.querySelector(':scope > th');
  if (th && !containsControl(th)) {
    const t = textOf(th);
    if (t) return t;
  }
  for (let prev = cell.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (!containsControl(prev)) {
      const t = textOf(prev);
      if (t) return t;
    }
  }
  const table = row.closest('table');
  const index = Array.prototype.indexOf.call(row.children, cell);
  const headRow = table?.querySelector(':scope > thead > tr');
  const head = headRow?.children[index];
  return head ? textOf(head) : '';
}

const LABELISH_TAGS = new Set(['LABEL', 'DIV', 'SPAN', 'P', 'DT', 'STRONG', 'B', 'H4', 'H5', 'H6', 'TD', 'TH']);

/** Elements that can carry a label: plain text containers and framework label tags (mat-label, nz-form-label…). */
function isLabelish(el: Element): boolean {
  return LABELISH_TAGS.has(el.tagName) || el.tagName.includes('LABEL');
}

/** A label-like element just before the control (or before the wrapper it sits in), up to 5 levels up. */
function siblingLabel(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 5; depth++) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (!isLabelish(prev)) break;
      if (containsControl(prev)) break;
      const t = textOf(prev);
      if (t && t.length <= 160) return t;
    }
    node = node.parentElement;
    if (!node || node.tagName === 'FORM' || node.tagName === 'BODY' || node.tagName === 'TD') break;
  }
  return '';
}

function fallbackLabel(el: Element): string {
  return (
    el.getAttribute('title') ||
    el.getAttribute('placeholder') ||
    el.getAttribute('aria-placeholder') ||
    el.getAttribute('name') ||
    ''
  );
}

/** Label of a single control. */
export function labelOfControl(el: Element): string {
  return ownLabel(el) || tableLabel(el) || siblingLabel(el) || fallbackLabel(el);
}

/**
 * Label of a group of radios (native or role=radio): the group's legend or label,
 * else the table/sibling label of the container around the options.
 */
export function labelOfGroup(group: Element, firstOption: Element): string {
  const own = groupLabel(group);
  if (own) return own;
  return tableLabel(firstOption) || siblingLabel(group) || fallbackLabel(firstOption);
}

/** Text of one option of a radio group (its own label). */
export function optionLabel(el: Element): string {
  return ownLabel(el) || textOf(el) || (el as HTMLInputElement).value || '';
}
