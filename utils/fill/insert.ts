/**
 * Inserting a text snippet at the caret of a page field. The caret is remembered when
 * the field loses focus (to our picker, the popup or a context menu), and put back
 * before inserting. `insertText` keeps the browser's undo history and fires the
 * page's input events; when a page refuses it, the native value setter plus input and
 * change events do the same job. The text goes in as text, never as HTML.
 */
import { setNativeValue } from './widgets';
import type { Caret } from './caret';

export { editableTarget, saveCaret, type Caret } from './caret';

function insertIntoValue(el: HTMLInputElement | HTMLTextAreaElement, caret: Caret, text: string): boolean {
  const before = el.value;
  const start = Math.min(caret.start ?? before.length, before.length);
  const end = Math.min(Math.max(caret.end ?? start, start), before.length);
  const expected = before.slice(0, start) + text + before.slice(end);
  el.focus({ preventScroll: true });
  let usedCommand = false;
  try {
    el.setSelectionRange(start, end);
    usedCommand = el.ownerDocument.execCommand('insertText', false, text);
  } catch {
    usedCommand = false;
  }
  if (usedCommand && el.value === expected) return true;
  // the page (or the input type) refused the command: set the value as a whole
  setNativeValue(el, expected);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  el.dispatchEvent(new Event('change', { bubbles: true }));
  try {
    el.setSelectionRange(start + text.length, start + text.length);
  } catch {
    /* no selection on this input type */
  }
  return el.value === expected;
}

function insertIntoRich(el: HTMLElement, caret: Caret, text: string): boolean {
  const doc = el.ownerDocument;
  const before = el.textContent ?? '';
  el.focus({ preventScroll: true });
  const s = doc.getSelection();
  let range = caret.range && el.contains(caret.range.commonAncestorContainer) ? caret.range : null;
  if (!range) {
    range = doc.createRange();
    range.selectNodeContents(el);
    range.collapse(false);
  }
  s?.removeAllRanges();
  s?.addRange(range);
  let ok = false;
  try {
    ok = doc.execCommand('insertText', false, text);
  } catch {
    ok = false;
  }
  const grew = (el.textContent ?? '').replace(/\s/g, '').length >= (before + text).replace(/\s/g, '').length;
  if (ok && grew) return true;
  const r = s && s.rangeCount ? s.getRangeAt(0) : range;
  r.deleteContents();
  const node = doc.createTextNode(text);
  r.insertNode(node);
  r.setStartAfter(node);
  r.collapse(true);
  s?.removeAllRanges();
  s?.addRange(r);
  el.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: text }));
  return true;
}

/** Insert at the remembered caret (replacing a remembered selection). Returns false when the field did not take it. */
export function insertAtCaret(caret: Caret, text: string): boolean {
  const { el } = caret;
  if (!el.isConnected) return false;
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) return insertIntoValue(el, caret, text);
  return insertIntoRich(el, caret, text);
}
