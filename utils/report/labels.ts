/**
 * Every label a control could have, by where it was found (the inference layers a person
 * uses), for the page-structure report: profile maintainers see what the checker chose
 * and what else was there. Only page text around the control is read, never its value:
 * textOf skips form controls, listboxes, comboboxes and text boxes.
 * (When utils/collect exposes its own label layers, this module should report those.)
 */
import { containsControl, textOf, textOfIds, tidyLabel } from '@/utils/collect/dom';

export type LabelSource =
  | 'aria-labelledby'
  | 'aria-label'
  | 'content'
  | 'label-for'
  | 'label-wrap'
  | 'legend'
  | 'group-label'
  | 'table-header'
  | 'sibling'
  | 'title'
  | 'placeholder';

export interface LabelCandidate {
  source: LabelSource;
  text: string;
}

const MAX = 160;

function push(out: LabelCandidate[], source: LabelSource, raw: string | null | undefined) {
  const text = tidyLabel(raw ?? '').slice(0, MAX);
  if (text && !out.some((c) => c.source === source && c.text === text)) out.push({ source, text });
}

/** Text of the closest header of a table cell (row header, left cell, column header). */
function tableHeader(el: Element): string {
  const cell = el.closest('td');
  const row = cell?.parentElement;
  if (!cell || !row) return '';
  const th = row.querySelector(':scope > th');
  if (th && !containsControl(th)) return textOf(th);
  const table = row.closest('table');
  const index = Array.prototype.indexOf.call(row.children, cell);
  const head = table?.querySelector(':scope > thead > tr')?.children[index];
  return head ? textOf(head) : '';
}

/** A text element just before the control or before a wrapper of it (3 levels up). */
function sibling(el: Element): string {
  let node: Element | null = el;
  for (let depth = 0; node && depth < 3; depth++, node = node.parentElement) {
    const prev = node.previousElementSibling;
    if (prev && !containsControl(prev)) {
      const t = textOf(prev);
      if (t) return t;
    }
    if (node.parentElement?.tagName === 'FORM') break;
  }
  return '';
}

export function labelCandidates(el: Element, group?: Element): LabelCandidate[] {
  const out: LabelCandidate[] = [];
  for (const target of group && group !== el ? [group, el] : [el]) {
    push(out, 'aria-labelledby', textOfIds(target, 'aria-labelledby'));
    push(out, 'aria-label', target.getAttribute('aria-label'));
  }
  // ARIA: a checkbox, switch or radio drawn with role is named by its own text
  const role = el.getAttribute('role');
  if (role === 'checkbox' || role === 'switch' || role === 'radio') push(out, 'content', textOf(el));
  const labels = (el as HTMLInputElement).labels;
  if (labels) {
    for (const l of Array.from(labels)) push(out, l.contains(el) ? 'label-wrap' : 'label-for', textOf(l, el));
  }
  const fieldset = (group ?? el).closest('fieldset');
  const legend = fieldset?.querySelector(':scope > legend');
  if (legend) push(out, 'legend', textOf(legend));
  const g = (group ?? el).closest('[role="group"], [role="radiogroup"]');
  if (g && g !== el) push(out, 'group-label', textOfIds(g, 'aria-labelledby') || g.getAttribute('aria-label'));
  push(out, 'table-header', tableHeader(el));
  push(out, 'sibling', sibling(group ?? el));
  push(out, 'title', el.getAttribute('title'));
  push(out, 'placeholder', el.getAttribute('placeholder'));
  return out;
}
