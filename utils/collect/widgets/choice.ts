/**
 * Checkboxes, switches and radios: native inputs (also visually hidden under a styled label,
 * as Bootstrap's .btn-check and most component libraries draw them) and ARIA items.
 * Radios of one group are gathered by the collector; this reads the group's answer.
 */
import type { ValueRead, WidgetAdapter } from './types';
import { labelsOf, optionLabel } from '../labels/accessible';
import { drawnChosenHost, isButtonLike, isPressed } from './toggle-group';

export function isChecked(el: Element): boolean {
  if (el instanceof HTMLInputElement) return el.checked;
  if (el.getAttribute('role') === 'tab') return el.getAttribute('aria-selected') === 'true';
  if (isButtonLike(el)) return isPressed(el);
  // a radio host whose role and aria-checked are in its ElementInternals (../shadow.ts internalsRadios)
  if (!el.hasAttribute('role') && !el.hasAttribute('aria-checked') && el.shadowRoot) return drawnChosenHost(el);
  return el.getAttribute('aria-checked') === 'true';
}

/**
 * `kept`: the options' labels kept by a watching collector while the page did not change (each
 * option's accessible name asked again on every pass was ~8 % of a warm pass of the stress form).
 */
export function readRadios(options: readonly Element[], kept?: (el: Element, compute: () => string) => string): ValueRead {
  const chosen = options.find(isChecked);
  const label = kept ? (o: Element) => kept(o, () => optionLabel(o)) : optionLabel;
  const labels = options.map(label);
  return { value: chosen ? label(chosen) : '', empty: !chosen, options: labels };
}

/**
 * What decides whether a choice is shown: a visually hidden native input is shown through its
 * label (Bootstrap .btn-check, Element Plus radio buttons).
 */
function shownChoice(el: Element): Element {
  // labelsOf: the pass's one walk over the page's labels, not the live `el.labels` (one walk each)
  const label = labelsOf(el)?.[0] ?? el.closest('label');
  return label ?? el;
}

export const radio: WidgetAdapter = {
  id: 'radio',
  match: (el) => (el instanceof HTMLInputElement && el.type === 'radio') || el.getAttribute('role') === 'radio' || el.getAttribute('role') === 'radiogroup',
  kind: () => 'radio',
  read: (el) => readRadios([el]),
  shown: shownChoice,
  observe: ['aria-checked', 'checked'],
};

export const checkbox: WidgetAdapter = {
  id: 'checkbox',
  match: (el) => (el instanceof HTMLInputElement && el.type === 'checkbox') || el.getAttribute('role') === 'checkbox' || el.getAttribute('role') === 'switch',
  kind: () => 'checkbox',
  read(el) {
    const checked = isChecked(el);
    return { value: checked ? 'true' : '', empty: !checked, checked };
  },
  shown: shownChoice,
  observe: ['aria-checked', 'checked'],
};
