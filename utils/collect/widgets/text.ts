/** Text boxes: input (text, number, tel …), textarea, role=spinbutton / role=textbox, contenteditable editors. */
import type { ValueRead, WidgetAdapter } from './types';

function readText(el: Element): ValueRead {
  let raw: string;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) raw = el.value;
  else if (el.getAttribute('role') === 'spinbutton') raw = el.getAttribute('aria-valuenow') ?? el.textContent ?? '';
  else raw = el.textContent ?? '';
  const value = raw.replace(/\s+$/, '');
  return { value, empty: value.trim() === '' };
}

export const textBox: WidgetAdapter = {
  id: 'text',
  match: (el) => el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement || el.getAttribute('role') === 'spinbutton',
  kind: () => 'text',
  read: readText,
  observe: ['value', 'aria-valuenow'],
};

export const richText: WidgetAdapter = {
  id: 'richtext',
  match: (el) => el.getAttribute('role') === 'textbox' || el.hasAttribute('contenteditable'),
  kind: () => 'richtext',
  read: readText,
  observe: [],
};
