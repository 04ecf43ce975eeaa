/** Text boxes: input (text, number, tel …), textarea, role=spinbutton / role=textbox, contenteditable editors. */
import type { ValueRead, WidgetAdapter } from './types';
import { tagEntriesBefore } from '../dom';

function readText(el: Element): ValueRead {
  let raw: string;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) raw = el.value;
  else if (el.getAttribute('role') === 'spinbutton') raw = el.getAttribute('aria-valuenow') ?? el.textContent ?? '';
  else raw = el.textContent ?? '';
  const value = raw.replace(/\s+$/, '');
  // a tag input: the chips drawn before its empty text box are what was entered (Materialize's
  // M.Chips; read as the empty box, every filled zoo vanilla-materialize report had a false
  // "ยังไม่ได้กรอก" on its target groups)
  if (value.trim() === '' && el instanceof HTMLInputElement) {
    const chips = tagEntriesBefore(el);
    if (chips.length) return { value: chips.join(', '), empty: false };
  }
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
