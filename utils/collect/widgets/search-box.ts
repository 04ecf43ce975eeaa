/**
 * Search and filter boxes: "ค้นหาโครงการ", a table's "กรองตามชื่อตัวชี้วัด". They narrow what the
 * page shows and are never part of the report, so an empty one is not a missing field (the
 * Vuetify and MUI zoo pages draw the KPI filter as a plain text input with a magnifier icon:
 * read as a field it gave a false "ยังไม่ได้กรอก" on every complete form).
 */
import type { WidgetAdapter } from './types';
import { classOf } from './common';
import { textOfIds } from '../dom';

const SEARCH_WORD = /^\s*(ค้นหา|กรอง|search|filter|find)/i;
const SEARCH_ICON = /(magnify|search|filter)/i;

function isSearchBox(el: Element): boolean {
  if (!(el instanceof HTMLInputElement)) return el.getAttribute('role') === 'searchbox';
  if (el.type === 'search' || el.getAttribute('role') === 'searchbox' || el.enterKeyHint === 'search') return true;
  if (el.closest('[role="search"]')) return true;
  // a labelled box, or an autocomplete (a recipient picker "ค้นหาผู้อนุมัติ"), is a field
  if (el.labels?.length || textOfIds(el, 'aria-labelledby') || el.getAttribute('role') === 'combobox') return false;
  const words = [el.placeholder, el.getAttribute('aria-label') ?? ''];
  if (words.some((w) => SEARCH_WORD.test(w))) return true;
  // an unlabelled box with a magnifier icon beside it
  const box = el.parentElement?.parentElement;
  if (box) {
    const icons = box.querySelectorAll('i, svg, [class*="icon"]');
    for (let i = 0; i < icons.length && i < 6; i++) {
      if (SEARCH_ICON.test(classOf(icons[i]) + ' ' + (icons[i]!.getAttribute('data-testid') ?? ''))) return true;
    }
  }
  return false;
}

export const searchBox: WidgetAdapter = {
  id: 'search-box',
  match: isSearchBox,
  ignore: true,
  kind: () => 'text',
  read: () => ({ value: '', empty: true }),
  observe: [],
};
