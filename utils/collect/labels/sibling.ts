/**
 * Layer 2b, the text before the control in the markup (Chromium's InferLabelFromPrevious,
 * InferLabelFromDivTable, InferLabelFromDefinitionList): the nearest label-like element before
 * the control or before one of its wrappers, climbing up to 8 levels (AntD puts the Form.Item
 * label 6 levels above a slider's handle); a <dd>'s <dt>. Never an adornment, unit or counter
 * (./reject.ts), never a sibling that holds another control (that text is the other control's).
 */
import { containsControl, textOf } from '../dom';
import { isAdornment, isRejectedText } from './reject';

const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'BUTTON', 'SVG', 'I', 'IMG', 'H1', 'H2', 'H3', 'NAV', 'UL', 'OL', 'TABLE']);
const STOP_TAGS = new Set(['FORM', 'BODY', 'TD', 'TH', 'TR', 'TABLE', 'FIELDSET', 'DIALOG']);
const MAX_DEPTH = 8;
const MAX_LENGTH = 160;

function definitionTerm(el: Element): string {
  const dd = el.closest('dd');
  if (!dd) return '';
  for (let prev = dd.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (prev.tagName === 'DT') return textOf(prev);
  }
  return '';
}

export function siblingLabel(el: Element): string {
  const dt = definitionTerm(el);
  if (dt && !isRejectedText(dt, el)) return dt;
  let node: Element | null = el;
  for (let depth = 0; node && depth < MAX_DEPTH; depth++) {
    for (let prev = node.previousElementSibling; prev; prev = prev.previousElementSibling) {
      if (SKIP_TAGS.has(prev.tagName.toUpperCase())) continue;
      if (prev.hasAttribute('hidden') || prev.getAttribute('aria-hidden') === 'true') continue;
      if (containsControl(prev)) return '';
      if (isAdornment(prev)) continue;
      const t = textOf(prev);
      if (!t) continue;
      if (t.length <= MAX_LENGTH && !isRejectedText(t, el)) return t;
    }
    node = node.parentElement;
    if (!node || STOP_TAGS.has(node.tagName)) break;
  }
  return '';
}
