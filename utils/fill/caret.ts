/**
 * The field the user works in and where its caret is: remembered when the field loses
 * focus (to our picker, the popup or a context menu), so a text snippet can be inserted
 * there later (./insert). Small on purpose: the always-loaded content script uses it.
 */

export interface Caret {
  el: HTMLElement;
  /** input / textarea */
  start?: number;
  end?: number;
  /** contenteditable */
  range?: Range;
}

const TEXT_INPUT = /^(text|search|email|url|tel|number|password|)$/;

/** A field text can be inserted into: a text-like input, a textarea, or editable rich text. */
export function editableTarget(node: EventTarget | null): HTMLElement | null {
  if (!(node instanceof HTMLElement)) return null;
  if (node instanceof HTMLTextAreaElement) return node.readOnly || node.disabled ? null : node;
  if (node instanceof HTMLInputElement) {
    return TEXT_INPUT.test(node.type.toLowerCase()) && !node.readOnly && !node.disabled ? node : null;
  }
  if (node.isContentEditable) {
    // the editing host, not an inner paragraph
    let host: HTMLElement = node;
    while (host.parentElement?.isContentEditable) host = host.parentElement;
    return host;
  }
  return null;
}

function selectionOf(el: HTMLInputElement | HTMLTextAreaElement): { start: number; end: number } | null {
  try {
    if (el.selectionStart === null || el.selectionEnd === null) return null;
    return { start: el.selectionStart, end: el.selectionEnd };
  } catch {
    return null; // input types without a selection (number, email)
  }
}

export function saveCaret(el: HTMLElement): Caret {
  if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
    const sel = selectionOf(el);
    return sel ? { el, ...sel } : { el };
  }
  const s = el.ownerDocument.getSelection();
  if (s && s.rangeCount) {
    const r = s.getRangeAt(0);
    if (el.contains(r.commonAncestorContainer)) return { el, range: r.cloneRange() };
  }
  return { el };
}
