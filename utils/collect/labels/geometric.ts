/**
 * Layer 3, the eye's pairing (as the Orca screen reader guesses labels): the nearest short
 * text to the left of the control in the same visual row, else just above it in the same
 * column. Used only when the markup says nothing. `rectOf` is injectable: happy-dom has no
 * layout, so unit tests pass the rectangles in.
 */
import { containsControl, textOf } from '../dom';
import { isAdornment, isRejectedText } from './reject';

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export type RectOf = (el: Element) => Box | null;

const domRect: RectOf = (el) => {
  const r = (el as HTMLElement).getBoundingClientRect?.();
  return r && (r.width > 0 || r.height > 0) ? r : null;
};

/**
 * Where a text element's words are drawn: its content's box (a Range over it), not the element's
 * own box. A block (`<p>ข้อเสนอแนะ</p>`) spans the whole width, so its box lay "above" every
 * control below it: a probe of 7 Dec named the third select of a date row ("วันที่เริ่ม
 * [วัน][เดือน][ปี]") by a short paragraph two rows up, whose words end far to its left.
 */
const textRect: RectOf = (el) => {
  const doc = el.ownerDocument;
  if (typeof doc.createRange === 'function') {
    const range = doc.createRange();
    range.selectNodeContents(el);
    const r = range.getBoundingClientRect?.();
    if (r && (r.width > 0 || r.height > 0)) return r;
  }
  return domRect(el);
};

/** Elements with their own text (a text node child), near the control: in its 4th ancestor. */
function textElements(el: Element): Element[] {
  let scope: Element = el;
  for (let i = 0; i < 4 && scope.parentElement && scope.parentElement.tagName !== 'BODY'; i++) scope = scope.parentElement;
  const out: Element[] = [];
  const all = scope.querySelectorAll('*');
  for (let i = 0; i < all.length && out.length < 60; i++) {
    const e = all[i]!;
    if (e.contains(el)) continue;
    let own = false;
    for (let c = e.firstChild; c; c = c.nextSibling) if (c.nodeType === 3 && c.nodeValue!.trim()) own = true;
    if (own && !isPageHeading(e) && !containsControl(e) && !isAdornment(e)) out.push(e);
  }
  return out;
}

/**
 * A page or section title (h1–h3, or role=heading at those levels) names a part of the page, not
 * one field: the structure layer skips them too (./sibling.ts). A probe of 7 Dec named a
 * placeholder-only input, with nothing else near it, by the page's <h2> just above.
 */
function isPageHeading(e: Element): boolean {
  const h = e.closest('h1, h2, h3, [role="heading"]');
  if (!h) return false;
  if (h.getAttribute('role') !== 'heading') return true;
  return Number(h.getAttribute('aria-level') ?? '2') <= 3;
}

/** `rectOf` (unit tests) stands for both the control's box and the texts' (textRect otherwise). */
export function geometricLabel(el: Element, rectOf?: RectOf): string {
  const me = (rectOf ?? domRect)(el);
  const rectOfText = rectOf ?? textRect;
  if (!me) return '';
  const height = me.bottom - me.top;
  let best = '';
  let bestDistance = Infinity;
  for (const e of textElements(el)) {
    const r = rectOfText(e);
    if (!r) continue;
    const text = textOf(e);
    if (!text || text.length > 160 || isRejectedText(text, el)) continue;
    let distance = Infinity;
    const overlapY = Math.min(r.bottom, me.bottom) - Math.max(r.top, me.top);
    const overlapX = Math.min(r.right, me.right) - Math.max(r.left, me.left);
    if (r.right <= me.left + 4 && overlapY >= Math.min(height, r.bottom - r.top) / 2) {
      distance = me.left - r.right; // same row, to the left
      if (distance > 400) continue;
    } else if (r.bottom <= me.top + 4 && overlapX > 0) {
      distance = (me.top - r.bottom) * 2; // same column, above (a row's gap weighs more)
      if (distance > 160) continue;
    } else continue;
    if (distance < bestDistance) {
      best = text;
      bestDistance = distance;
    }
  }
  return best;
}
