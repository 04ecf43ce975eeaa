/**
 * Toggle-button groups used as a single choice: MUI ToggleButtonGroup (role=group, buttons with
 * aria-pressed), Vuetify v-btn-toggle (the chosen button only carries "v-btn--active"),
 * segmented controls. Read like a radio group: the pressed button's text is the answer.
 * A plain button group (save / cancel) is not one: without aria-pressed the container must be
 * drawn as a toggle (btn-toggle, toggle-button, segmented).
 */
import type { WidgetAdapter } from './types';
import { classOf } from './common';

const TOGGLE_CLASS = /(btn-toggle|toggle-?button|togglebuttongroup|segmented|radio-?button-?group)/i;
const ACTIVE_CLASS = /(^|[\s_-])(active|selected|checked|pressed)([\s_-]|$)|--(active|selected|checked)\b|Mui-selected/i;

function buttonsOf(group: Element): Element[] {
  return Array.from(group.children).filter((c) => c.tagName === 'BUTTON' || c.getAttribute('role') === 'button');
}

export function toggleGroupOf(el: Element): Element | null {
  if (el.tagName !== 'BUTTON' && el.getAttribute('role') !== 'button') return null;
  const group = el.parentElement;
  if (!group || group.querySelector('input, select, textarea')) return null;
  const buttons = buttonsOf(group);
  if (buttons.length < 2 || buttons.length > 12) return null;
  if (buttons.every((b) => b.hasAttribute('aria-pressed'))) return group;
  return TOGGLE_CLASS.test(classOf(group)) ? group : null;
}

export function isPressed(el: Element): boolean {
  const pressed = el.getAttribute('aria-pressed');
  if (pressed !== null) return pressed === 'true';
  return el.getAttribute('aria-checked') === 'true' || ACTIVE_CLASS.test(classOf(el));
}

export const toggleGroup: WidgetAdapter = {
  id: 'toggle-group',
  match: (el) => toggleGroupOf(el) !== null,
  owner: (el) => toggleGroupOf(el) ?? el,
  options: (group) => buttonsOf(group),
  kind: () => 'radio',
  read: () => ({ value: '', empty: true }),
  focus: (group) => buttonsOf(group).find(isPressed) ?? buttonsOf(group)[0] ?? group,
  observe: ['aria-pressed', 'class'],
};
