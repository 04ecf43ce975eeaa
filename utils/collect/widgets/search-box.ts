/**
 * Search and filter boxes: "ค้นหาโครงการ", a table's "กรองตามชื่อตัวชี้วัด". They narrow what the
 * page shows and are never part of the report, so an empty one is not a missing field (the
 * Vuetify and MUI zoo pages draw the KPI filter as a plain text input with a magnifier icon:
 * read as a field it gave a false "ยังไม่ได้กรอก" on every complete form).
 */
import type { WidgetAdapter } from './types';
import { classOf } from './common';
import { textOf, textOfIds } from '../dom';
import { passMemo } from '../pass-memo';
import { labelsOf } from '../labels/accessible';

const SEARCH_WORD = /^\s*(ค้นหา|กรอง|search|filter|find)/i;
const SEARCH_ICON = /(magnify|search|filter)/i;

/**
 * A label with text, an aria-labelledby name or the combobox role: a field, even with search
 * words or a magnifier. A <label> that only wraps the box (Quasar draws every q-input inside a
 * <label for> whose only text is the aria-hidden icon ligature "search") names nothing: counted,
 * the zoo's KPI filter read as a required field on every vue-quasar M6 scenario.
 */
function isNamedField(el: HTMLInputElement): boolean {
  const labels = labelsOf(el);
  if (labels) for (let i = 0; i < labels.length; i++) if (textOf(labels[i], el)) return true;
  return !!textOfIds(el, 'aria-labelledby') || el.getAttribute('role') === 'combobox';
}

function isSearchBox(el: Element): boolean {
  if (!(el instanceof HTMLInputElement)) return el.getAttribute('role') === 'searchbox';
  if (el.type === 'search' || el.getAttribute('role') === 'searchbox' || el.enterKeyHint === 'search') return true;
  if (el.closest('[role="search"]')) return true;
  // Cheap tests first: the search words, then the icon; whether the box is labelled (a labelled
  // box, or an autocomplete such as a recipient picker "ค้นหาผู้อนุมัติ", is a field) only for a box
  // that looks like a search box. Asked first for every input, `el.labels` (a live list Chrome
  // rebuilds by walking the whole page after any DOM change) was 57 % of a cold check of the
  // 2,000-control stress form (262 ms, bench --only=stages, load 2.3).
  if (SEARCH_WORD.test(el.placeholder) || SEARCH_WORD.test(el.getAttribute('aria-label') ?? '')) return !isNamedField(el);
  // an unlabelled box with a magnifier icon beside it
  const box = el.parentElement?.parentElement;
  return !!box && hasSearchIcon(box) && !isNamedField(el);
}

/**
 * A magnifier among the first icons of `box`. The boxes of one section share it: within a
 * collect pass the answer is kept per box (asked per input, the icon query was 7 % of a cold
 * check of the stress form).
 */
function hasSearchIcon(box: Element): boolean {
  const memo = passMemo<boolean>('search-icon');
  const known = memo?.get(box);
  if (known !== undefined) return known;
  let found = false;
  const icons = box.querySelectorAll('i, svg, [class*="icon"]');
  for (let i = 0; i < icons.length && i < 6 && !found; i++) {
    found = SEARCH_ICON.test(classOf(icons[i]) + ' ' + (icons[i]!.getAttribute('data-testid') ?? ''));
  }
  memo?.set(box, found);
  return found;
}

export const searchBox: WidgetAdapter = {
  id: 'search-box',
  match: isSearchBox,
  ignore: true,
  kind: () => 'text',
  observe: [],
};
