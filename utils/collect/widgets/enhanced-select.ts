/**
 * Enhanced selects: a native <select> the page hides (select2, Chosen, Choices, Tom Select,
 * bootstrap-select) and a visible proxy drawn beside or around it. The native select keeps
 * the truth (its chosen option, its <label for>); the proxy only decides visibility and takes
 * focus. The proxy's own combobox is not a field: select2 names it by the chosen text
 * (aria-labelledby → the rendered choice), which made the zoo's quarter field "ไตรมาสที่ 4".
 */
import type { WidgetAdapter } from './types';
import { classOf, displayText, isPlaceholder } from './common';
import { cleanText } from '@/utils/text';
import { readNativeSelect } from './native-select';

const PROXY_CLASS = /(select2|chosen|choices|selectize|ts-wrapper|tom-select|bootstrap-select|nice-select|multiselect|dropdown)/i;

function looksHidden(el: Element): boolean {
  const c = classOf(el);
  if (/(hidden-accessible|visually-hidden|sr-only|d-none)/.test(c)) return true;
  if (el.getAttribute('aria-hidden') === 'true') return true;
  const h = el as HTMLElement;
  if (typeof getComputedStyle === 'function' && h.isConnected) {
    const s = getComputedStyle(h);
    if (s.display === 'none' || s.visibility === 'hidden' || s.opacity === '0') return true;
    const r = h.getBoundingClientRect?.();
    if (r && r.width <= 1 && r.height <= 1 && (r.width > 0 || s.position === 'absolute' || s.clip !== 'auto')) return true;
  }
  return false;
}

/** The visible element a page drew for a hidden native select, if any. */
export function proxyOf(sel: Element): Element | null {
  if (!(sel instanceof HTMLSelectElement) || !looksHidden(sel)) return null;
  // a <label> drawn between the hidden select and its proxy is the field's caption, not the
  // proxy: Chakra UI v3 / Ark UI draw HiddenSelect, Label, Control (measured on the zoo's
  // react-chakra page: the multiple target-group select read its placeholder as chosen)
  let next = sel.nextElementSibling;
  while (next?.tagName === 'LABEL') next = next.nextElementSibling;
  if (next && (PROXY_CLASS.test(classOf(next)) || next.querySelector('[role="combobox"]'))) return next;
  // …or drawn around it: the proxy-classed box holding the select is itself the control or holds
  // one, one or two levels up (Choices.js: div.choices[role=listbox|combobox] › div.choices__inner
  // › select[hidden]; missed, the zoo's vanilla-ckeditor quarter and target groups went unread
  // and its M1 plan chains read as unlinked)
  for (let i = 0, p = sel.parentElement; i < 2 && p; i++, p = p.parentElement) {
    if (PROXY_CLASS.test(classOf(p)) && (p.matches('[role="combobox"], [role="listbox"]') || p.querySelector('button, [role="combobox"]'))) return p;
  }
  return null;
}

/** The native select behind a proxy element (the proxy's combobox is not a field). */
export function nativeBehind(el: Element): HTMLSelectElement | null {
  // the outermost proxy-classed ancestor within 5 levels (select2: span.select2-container >
  // span.selection > span.select2-selection[role=combobox])
  // a proxy found from its native select (proxyOf), whatever its classes: Chakra UI v3's
  // control (a div holding the role=combobox trigger) follows the aria-hidden select; without
  // this both the select and its trigger were fields, every plan-row cell reported twice
  for (let i = 0, p: Element | null = el; i < 5 && p && p.tagName !== 'FORM' && p.tagName !== 'BODY'; i++, p = p.parentElement) {
    let before = p.previousElementSibling;
    while (before?.tagName === 'LABEL') before = before.previousElementSibling;
    if (before instanceof HTMLSelectElement && proxyOf(before) === p) return before;
  }
  let outer: Element | null = null;
  for (let i = 0, p: Element | null = el; i < 5 && p && p.tagName !== 'FORM' && p.tagName !== 'BODY'; i++, p = p.parentElement) {
    if (PROXY_CLASS.test(classOf(p))) outer = p;
  }
  if (!outer) return null;
  const before = outer.previousElementSibling;
  if (before instanceof HTMLSelectElement && proxyOf(before)) return before;
  const inside = outer.querySelector('select');
  return inside && proxyOf(inside) ? inside : null;
}

export const enhancedSelect: WidgetAdapter = {
  id: 'enhanced-select',
  match: (el) => proxyOf(el) !== null,
  kind: () => 'select',
  read: (el, ctx) => {
    const r = readNativeSelect(el as HTMLSelectElement, ctx.placeholders, ctx.keptOptions);
    // a store select whose chosen options carry only a value, no text (DevExtreme's dxTagBox keeps
    // its tags in a hidden <select multiple> of text-less options): what is chosen is what the
    // proxy shows, its tags (read as empty, the zoo's jquery-devextreme target groups were a
    // false error on every complete report)
    if (r.empty && Array.from((el as HTMLSelectElement).selectedOptions).some((o) => o.value !== '' && !cleanText(o.text))) {
      const proxy = proxyOf(el);
      const shown = proxy ? cleanText(displayText(proxy)) : '';
      if (shown && !isPlaceholder(shown, ctx.placeholders)) return { ...r, value: shown, empty: false };
    }
    return r;
  },
  shown: (el) => proxyOf(el) ?? el,
  focus: (el) => proxyOf(el)?.querySelector('[role="combobox"], button, [tabindex]') ?? proxyOf(el) ?? el,
  observe: ['class', 'aria-hidden'],
};

export const enhancedSelectProxy: WidgetAdapter = {
  id: 'enhanced-select-proxy',
  match: (el) => !(el instanceof HTMLSelectElement) && nativeBehind(el) !== null,
  ignore: true,
  kind: () => 'select',
  observe: [],
};
