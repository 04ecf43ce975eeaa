/**
 * A rich-text editor that replaced a `<textarea>`: CKEditor 4 and 5, Summernote, TinyMCE, Jodit
 * and the like hide the page's textarea and draw their editor right after it. The page labelled
 * that textarea (`<label for>`), and a person reads that label above the editor; the editor's
 * own accessible name is the library's ("Rich Text Editor. Editing area: main. Press Alt+0 for
 * help." from CKEditor 5: the zoo's vanilla-ckeditor narratives were all named that way).
 */

/** The editor root is at most this many levels above the editable (CKEditor 5: 2, Summernote: 2, TinyMCE 8's iframe: 4). */
const MAX_LEVELS = 4;

function hiddenTextarea(el: Element | null): el is HTMLTextAreaElement {
  if (!(el instanceof HTMLTextAreaElement)) return false;
  if (el.hidden || el.getAttribute('aria-hidden') === 'true') return true;
  const s = typeof getComputedStyle === 'function' && el.isConnected ? getComputedStyle(el) : null;
  return !!s && (s.display === 'none' || s.visibility === 'hidden');
}

/** The hidden textarea an editable (contenteditable / role=textbox / an editor's iframe) stands for, and the editor's root drawn after it. */
function replaced(editable: Element): { textarea: HTMLTextAreaElement; root: Element } | null {
  if (editable instanceof HTMLTextAreaElement || editable instanceof HTMLInputElement) return null;
  for (let i = 0, p: Element | null = editable; i <= MAX_LEVELS && p && p.tagName !== 'FORM' && p.tagName !== 'BODY'; i++, p = p.parentElement) {
    const before = p.previousElementSibling;
    if (hiddenTextarea(before)) return { textarea: before, root: p };
    // the editor's root holds no other field than its editable: past it, a textarea before is another field's
    if (p !== editable && p.querySelector('input:not([type="hidden"]), select, textarea')) return null;
  }
  return null;
}

/** The hidden textarea an editable (contenteditable / role=textbox / an editor's iframe) stands for, if any. */
export function replacedTextarea(editable: Element): HTMLTextAreaElement | null {
  return replaced(editable)?.textarea ?? null;
}

/**
 * The box a person sees as an editor drawn in an iframe: the root drawn after the textarea it
 * replaced, else the editor's application root (TinyMCE's div.tox-tinymce and CKEditor 4's
 * span.cke are both role=application), else the iframe. TinyMCE 8.9.2 puts its iframe 4 levels
 * under div.tox-tinymce, after the toolbar: the label layers asked about the iframe itself would
 * start from the toolbar's side, not the page's.
 */
export function editorBox(frame: Element): Element {
  const found = replaced(frame);
  if (found) return found.root;
  for (let i = 0, p = frame.parentElement; i < MAX_LEVELS && p && p.tagName !== 'FORM' && p.tagName !== 'BODY'; i++, p = p.parentElement) {
    if (p.getAttribute('role') === 'application') return p;
  }
  return frame;
}
