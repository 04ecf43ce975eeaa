/**
 * Rich-text editors that draw their editing area in an iframe: TinyMCE (every version, the
 * default "iframe" mode) and CKEditor 4 ("classic" mode) hide the page's <textarea>
 * (display:none) and put the editing body in a same-origin iframe (about:blank or srcdoc) whose
 * body is contenteditable (older editors: the iframe document's designMode on). The textarea is
 * no field (it is not shown), and nothing inside the iframe is in the page's document: before
 * this adapter such a field was not read at all, and an empty narrative went unreported (zoo
 * jquery-legacy with TinyMCE 8.9.2: m6-empty and m6-partial missed every empty narrative, 15/17).
 *
 * The iframe element is the field (its box is what a person sees, its visibility decides); its
 * value is the text of the editing body. A cross-origin iframe (a map, a video, an ad) cannot be
 * read and is no field; neither is a same-origin iframe whose body is not editable (a preview).
 */
import type { ValueRead, WidgetAdapter } from './types';
import { passMemo } from '../pass-memo';

/**
 * At most this many iframes are looked into per collect pass: each look reads another
 * document (contentDocument, its body's editability). A form has a few editors (the zoo's M6:
 * 3 narratives); a page full of embedded frames costs no more than this.
 */
export const MAX_EDITOR_FRAMES = 12;

/** Zero-width characters editors keep as caret holders (TinyMCE's \uFEFF, CKEditor 4's filler): no text a person sees. */
const CARET_FILLERS = /[\u200B\uFEFF]/g;

/** The iframe's document when the frame is same-origin and loaded, else null (never throws). */
export function frameDocument(frame: Element): Document | null {
  if (frame.tagName !== 'IFRAME') return null;
  try {
    // cross-origin: null (or a SecurityError in some engines)
    return (frame as HTMLIFrameElement).contentDocument ?? null;
  } catch {
    return null;
  }
}

/** The editing body of an editor iframe: a same-origin frame whose body is editable; else null. */
export function editorBody(frame: Element): HTMLElement | null {
  const doc = frameDocument(frame);
  if (!doc) return null;
  try {
    const body = doc.body;
    if (!body) return null;
    if (body.isContentEditable || doc.designMode === 'on') return body;
    // an engine without isContentEditable (a DOM for tests): the attribute says it
    const ce = body.getAttribute('contenteditable');
    return ce === '' || ce === 'true' ? body : null;
  } catch {
    return null;
  }
}

/**
 * Whether `frame` is an editor iframe. Within a collect pass each iframe is looked into once
 * and at most MAX_EDITOR_FRAMES of them (further iframes are no field for that pass);
 * outside a pass (focus, fill) it is asked directly.
 */
export function isEditorFrame(frame: Element): boolean {
  if (frame.tagName !== 'IFRAME') return false;
  const memo = passMemo<boolean>('editor-frame');
  if (!memo) return editorBody(frame) !== null;
  const known = memo.get(frame);
  if (known !== undefined) return known;
  if (memo.size >= MAX_EDITOR_FRAMES) return false;
  const is = editorBody(frame) !== null;
  memo.set(frame, is);
  return is;
}

function readFrame(frame: Element): ValueRead {
  const body = editorBody(frame);
  const value = (body?.textContent ?? '').replace(CARET_FILLERS, '').trim();
  return { value, empty: value === '' };
}

export const iframeEditor: WidgetAdapter = {
  id: 'iframe-editor',
  match: isEditorFrame,
  kind: () => 'richtext',
  read: readFrame,
  // the caret goes into the editing body (focusing the iframe element leaves it nowhere)
  focus: (frame) => editorBody(frame) ?? frame,
  // what is typed changes the iframe's document, not an attribute of the page's
  observe: [],
};
