/** Reads the current value of each kind of control, native or custom. */
import type { FieldKind } from '@/utils/types';
import { cleanText, matchKey } from '@/utils/text';
import { textOf } from './dom';
import { optionLabel } from './label';

export interface ValueRead {
  value: string;
  empty: boolean;
  number?: number;
  checked?: boolean;
  options?: string[];
}

export function isPlaceholder(text: string, placeholders: ReadonlySet<string>): boolean {
  const key = matchKey(text).replace(/^-+|-+$/g, '');
  return key === '' || placeholders.has(key);
}

export function placeholderSet(list: readonly string[]): Set<string> {
  return new Set(list.map((p) => matchKey(p).replace(/^-+|-+$/g, '')));
}

function readSelect(el: HTMLSelectElement, ph: ReadonlySet<string>): ValueRead {
  const selected = el.multiple
    ? Array.from(el.options).filter((o) => o.selected)
    : el.selectedIndex >= 0 ? [el.options[el.selectedIndex]!] : [];
  const chosen = selected.filter(
    (o) => o.value !== '' && !isPlaceholder(o.text, ph),
  );
  const options = Array.from(el.options, (o) => cleanText(o.text)).filter((t) => !isPlaceholder(t, ph));
  const value = chosen.map((o) => cleanText(o.text)).join(', ');
  return { value, empty: chosen.length === 0, options };
}

function listboxOf(el: Element): Element | null {
  const id = el.getAttribute('aria-controls') || el.getAttribute('aria-owns');
  const byId = id ? el.ownerDocument.getElementById(id.split(/\s+/)[0]!) : null;
  return byId ?? el.querySelector('[role="listbox"]');
}

function readCombobox(el: Element, ph: ReadonlySet<string>): ValueRead {
  const list = listboxOf(el);
  const options = list
    ? Array.from(list.querySelectorAll('[role="option"]'), (o) => cleanText(o.textContent ?? '')).filter(
        (t) => !isPlaceholder(t, ph),
      )
    : undefined;
  let text: string;
  if (el instanceof HTMLInputElement) text = el.value;
  else {
    const input = el.querySelector('input');
    text = input && input.value ? input.value : el.getAttribute('aria-valuetext') || textOf(el);
  }
  const value = cleanText(text);
  return { value, empty: isPlaceholder(value, ph), options };
}

function readSlider(el: Element): ValueRead {
  if (el instanceof HTMLInputElement) {
    const n = Number(el.value);
    return { value: el.value, empty: el.value === '', number: Number.isFinite(n) ? n : undefined };
  }
  const now = el.getAttribute('aria-valuenow');
  const n = now === null || now === '' ? NaN : Number(now);
  return Number.isFinite(n)
    ? { value: el.getAttribute('aria-valuetext') || String(n), empty: false, number: n }
    : { value: '', empty: true };
}

function isChecked(el: Element): boolean {
  if (el instanceof HTMLInputElement) return el.checked;
  return el.getAttribute('aria-checked') === 'true';
}

function readRadios(options: readonly Element[]): ValueRead {
  const chosen = options.find(isChecked);
  const labels = options.map(optionLabel);
  return { value: chosen ? optionLabel(chosen) : '', empty: !chosen, options: labels };
}

function readText(el: Element): ValueRead {
  let raw: string;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) raw = el.value;
  else if (el.getAttribute('role') === 'spinbutton') raw = el.getAttribute('aria-valuenow') ?? '';
  else raw = el.textContent ?? '';
  const value = raw.replace(/\s+$/, '');
  return { value, empty: value.trim() === '' };
}

/** Current value of a field. `options` are the radio options for kind 'radio'. */
export function readValue(
  kind: FieldKind,
  el: Element,
  radioOptions: readonly Element[] | undefined,
  placeholders: ReadonlySet<string>,
): ValueRead {
  switch (kind) {
    case 'select':
      if (el instanceof HTMLSelectElement) return readSelect(el, placeholders);
      return readCombobox(el, placeholders);
    case 'combobox':
      return readCombobox(el, placeholders);
    case 'slider':
      return readSlider(el);
    case 'radio':
      return readRadios(radioOptions ?? [el]);
    case 'checkbox': {
      const checked = isChecked(el);
      return { value: checked ? 'true' : '', empty: !checked, checked };
    }
    default:
      return readText(el);
  }
}
