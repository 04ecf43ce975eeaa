/**
 * Selects drawn with no native <select> and no ARIA: a focusable box holding a hidden input
 * that keeps the value, the text it shows (the chosen item, or chips for a multiple choice)
 * and a menu of items carrying their value (`data-value`). Fomantic-UI / Semantic UI's
 * `.ui.selection.dropdown` is drawn this way, and so are many hand-written jQuery selects.
 * Without this adapter neither the zoo's quarter nor its multiple "กลุ่มเป้าหมาย" dropdown was a
 * field at all: an empty one went unreported.
 *
 * The value is what the box shows, without its placeholder ("เลือกไตรมาส", drawn as the
 * box's "default" text) and without the menu; the hidden input decides emptiness, since
 * the library clears it when nothing is chosen whatever the box shows.
 */
import type { ValueRead, WidgetAdapter } from './types';
import { cleanText } from '@/utils/text';
import { FIELD_SELECTOR, classOf, displayText, drawnDisabled, isPlaceholder } from './common';

/** Items of the menu: elements with a value of their own (chips too carry one, but sit outside the menu). */
const ITEM = '[data-value], [role="option"]';
/** The box's placeholder text (Semantic/Fomantic mark it "default text"; others "placeholder"). */
const PLACEHOLDER_PART = /(^|\s)(default|placeholder)(\s|$)|placeholder/i;
const MENU_PART = /(^|[\s_-])(menu|options|list|dropdown-content)(\s|$)/i;

function isMenu(e: Element): boolean {
  const role = e.getAttribute('role');
  if (role === 'listbox' || role === 'menu') return true;
  return MENU_PART.test(classOf(e)) && e.querySelector(ITEM) !== null;
}

/** A box's type-ahead: one text input a person types into to narrow the menu (a "search selection"). */
function typeAheadOf(box: Element): Element | null | false {
  const fields = box.querySelectorAll(FIELD_SELECTOR);
  if (fields.length === 0) return null;
  const only = fields[0]!;
  if (fields.length > 1 || !(only instanceof HTMLInputElement) || !/^(text|search)$/.test(only.type)) return false;
  return only;
}

/**
 * The box of a hidden-input select that `el` (its hidden input, its type-ahead input, or the box
 * itself) belongs to: the nearest ancestor (≤ 2 levels) of the one hidden input that has no
 * role, is focusable or holds a type-ahead input (then the input takes focus: Fomantic's
 * "search selection"), holds a menu of items and no other field. Typed into, the type-ahead is
 * a part of the select: read as a text box of its own it was always empty once a choice was made.
 */
export function displaySelectOf(el: Element): Element | null {
  let store: Element | null = null;
  if (el instanceof HTMLInputElement) {
    if (el.type === 'hidden') {
      if (!el.name) return null;
      store = el;
    } else if (/^(text|search)$/.test(el.type)) {
      for (let i = 0, p = el.parentElement; i < 2 && p && !store; i++, p = p.parentElement) {
        const hidden = p.querySelectorAll(':scope > input[type="hidden"]');
        if (hidden.length === 1) store = hidden[0]!;
      }
      if (!store) return null;
    } else return null;
  } else if (!el.getAttribute('role')) {
    const inputs = el.querySelectorAll(':scope > input[type="hidden"], :scope > * > input[type="hidden"]');
    if (inputs.length !== 1) return null;
    store = inputs[0]!;
  } else return null;
  for (let i = 0, p = store.parentElement; i < 2 && p && p.tagName !== 'FORM' && p.tagName !== 'BODY'; i++, p = p.parentElement) {
    if (p.getAttribute('role')) continue;
    const typeAhead = typeAheadOf(p);
    if (typeAhead === false) return null;
    if (!p.hasAttribute('tabindex') && !typeAhead) continue;
    if (p.closest('[role="combobox"], [role="listbox"]')) return null;
    if (p.querySelectorAll('input[type="hidden"]').length !== 1) return null;
    if (!Array.from(p.querySelectorAll('*')).some(isMenu)) return null;
    if (el !== p && el !== store && el !== typeAhead) return null;
    return p;
  }
  return null;
}

function storeOf(box: Element): HTMLInputElement | null {
  return box.querySelector('input[type="hidden"]');
}

/** What the box shows: its text without the placeholder, the menu, inputs and hidden parts. */
function shownText(box: Element): string {
  const parts: string[] = [];
  const walk = (node: Element): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) parts.push(c.nodeValue ?? '');
      else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.tagName === 'INPUT' || e.tagName === 'SCRIPT' || e.tagName === 'STYLE' || e.tagName === 'TEMPLATE') continue;
        if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true') continue;
        if (isMenu(e) || PLACEHOLDER_PART.test(classOf(e))) continue;
        walk(e);
        parts.push(' ');
      }
    }
  };
  walk(box);
  return cleanText(parts.join(''));
}

/** The menu's item texts (the options a person can pick). */
export function displaySelectItems(box: Element): Element[] {
  const out: Element[] = [];
  for (const menu of Array.from(box.querySelectorAll('*')).filter(isMenu)) out.push(...Array.from(menu.querySelectorAll(ITEM)));
  return out;
}

export function readDisplaySelect(box: Element, ph: ReadonlySet<string>): ValueRead {
  const options = displaySelectItems(box).map((o) => cleanText(o.textContent ?? '')).filter((t) => t && !isPlaceholder(t, ph));
  const store = storeOf(box);
  if (store && store.value.trim() === '') return { value: '', empty: true, options };
  const text = shownText(box) || cleanText(store?.value ?? '');
  const empty = isPlaceholder(text, ph);
  return { value: empty ? '' : text, empty, options };
}

export const displaySelect: WidgetAdapter = {
  id: 'display-select',
  match: (el) => displaySelectOf(el) !== null,
  owner: (el) => displaySelectOf(el) ?? el,
  kind: () => 'select',
  read: (el, ctx) => readDisplaySelect(el, ctx.placeholders),
  disabled: drawnDisabled,
  focus: (box) => typeAheadOf(box) || box,
  // the library sets the hidden input's value property (no attribute) and redraws the box's text
  observe: ['class'],
};

/** The drop-down arrow a person recognises a select box by (Naive UI "n-base-suffix__arrow", AntD "ant-select-arrow", "caret", "chevron"). */
const ARROW_PART = '[class*="arrow"], [class*="caret"], [class*="chevron"]';

/**
 * A select drawn as a focusable box and nothing else: no input at all (not even a hidden one),
 * no ARIA role, its placeholder or chosen text (or chips) and a drop-down arrow; the menu is
 * drawn elsewhere only when opened. Naive UI's non-filterable n-select is drawn this way
 * (a div "n-base-selection-label" with tabindex 0): without this rule none of the zoo's
 * n-selects was a field and an empty quarter, target group or plan level went unreported.
 * A disabled box drops its tabindex and is not matched: it cannot be filled either.
 */
export function isBoxSelect(el: Element): boolean {
  if (el.getAttribute('tabindex') !== '0' || el.hasAttribute('role') || el.hasAttribute('contenteditable')) return false;
  if (el.tagName !== 'DIV' && el.tagName !== 'SPAN') return false;
  if (el.querySelector('input, select, textarea, button, a[href], [role="combobox"], [role="listbox"], [tabindex="0"]')) return false;
  const arrow = el.querySelector(ARROW_PART);
  if (!arrow || !(arrow.querySelector('svg') || arrow.tagName === 'svg' || arrow.tagName === 'I' || arrow.tagName === 'SPAN')) return false;
  // a box, not a panel: a short text at most (a choice, a few chips)
  return cleanText(el.textContent ?? '').length <= 300;
}

export const boxSelect: WidgetAdapter = {
  id: 'box-select',
  match: isBoxSelect,
  kind: () => 'select',
  read: (el, ctx) => {
    const text = displayText(el);
    const empty = text === '' || isPlaceholder(text, ctx.placeholders);
    return { value: empty ? '' : text, empty };
  },
  disabled: drawnDisabled,
  // the library redraws the box's children when a choice is made; its class marks the change too
  observe: ['class'],
};
