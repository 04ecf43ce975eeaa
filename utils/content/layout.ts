/**
 * Where the panel may go without covering anything of the page.
 *
 * The panel is `position: fixed` from `top` (below the page's header) to the bottom of the
 * window. Scrolling brings every part of the page below `top` under that column, so a column is
 * free only when no control, label, text run or drawn box (a card's border or background, see
 * `isDrawnBox`) ANYWHERE below `top` reaches into it (content
 * above `top` in the document never scrolls down under it; fixed content stays where it is and
 * counts only where it meets the column's rows). The panel takes the widest such column
 * (≥ PANEL_MIN px, preferring the right side); when there is none, it becomes a slim tab at the
 * edge, in a strip free the same way, and opens only on demand.
 *
 * Cost (issue 12): the page is measured once per scan (a new set of fields), window size, or
 * page dialog/sidebar opening or closing; each measurement reads rectangles only (no style
 * writes in between, so one layout flush at most), and is bounded by MAX_NODES. Placing
 * from the cached boxes is arithmetic; styles are written only when the placement changes.
 */
export const PANEL_MIN = 240;
export const PANEL_MAX = 360;
/** the edge tab's width: fits the 24–32 px side margins of the replicas at 1024 px */
export const TAB_W = 24;
const GAP = 8;
/** Past this many text runs and elements, stop measuring and use the edge tab (a 2,000-control form has ≈ 9,000). */
export const MAX_NODES = 20_000;
/**
 * At most this many elements' styles are read for drawn boxes per measurement (the first in
 * document order: the cards around a form come before its rows; text and controls still count
 * past it). The stress form's 2,000 undrawn rows each had theirs read: warm measurement 4.5 →
 * 10.7 ms (ab-measure, load 23–26).
 */
const MAX_BOX_READS = 400;

/** A horizontal extent of page content that can come under the panel's column. */
export interface Span {
  left: number;
  right: number;
}

export interface Measure {
  /** x-extents (viewport px) of content that can come under a column from `top` down */
  spans: Span[];
  /** the page had more than MAX_NODES nodes: free columns are unknown */
  incomplete: boolean;
  /** top of the column: below the page's own header when that is in view */
  top: number;
}

export type Placement =
  | { mode: 'panel'; left: number; width: number }
  | { mode: 'tab'; left: number };

const CONTROL_SELECTOR =
  'input:not([type="hidden"]), select, textarea, button, img, svg, video, canvas, iframe, hr, [role], [contenteditable=""], [contenteditable="true"]';

/**
 * A box the page draws (a border, a background, a shadow): a card, a bordered block, a tinted
 * note, a side column. At 1366 px the panel sat on the right 11 px of replica M6's form card (its
 * controls end 20 px inside the card's border); the card is what a person sees there. A box
 * within a tab's width of an edge of the window is the page's backdrop (Ant Design's and
 * Fluent's app roots span 8 px to width − 8 px, AdminLTE's content wrapper and sidebar reach an
 * edge, a card fills a 1024 px window): the tab could not avoid it, and its text and controls
 * still count, so covering its empty part hides nothing.
 */
function isDrawnBox(s: CSSStyleDeclaration): boolean {
  if (s.backgroundImage !== 'none' || s.boxShadow !== 'none' || shows(s.backgroundColor)) return true;
  return (
    (parseFloat(s.borderLeftWidth) > 0 && s.borderLeftStyle !== 'none' && shows(s.borderLeftColor)) ||
    (parseFloat(s.borderRightWidth) > 0 && s.borderRightStyle !== 'none' && shows(s.borderRightColor)) ||
    (parseFloat(s.borderTopWidth) > 0 && s.borderTopStyle !== 'none' && shows(s.borderTopColor)) ||
    (parseFloat(s.borderBottomWidth) > 0 && s.borderBottomStyle !== 'none' && shows(s.borderBottomColor))
  );
}

/** A computed colour that is not fully transparent ("rgba(0, 0, 0, 0)", "transparent", "… / 0)"). */
function shows(color: string): boolean {
  return !(color === 'transparent' || /(?:,|\/)\s*0(?:\.0+)?\s*\)$/.test(color));
}

/**
 * Top of the panel: below the page's own header/navigation bar. In document terms for a header
 * that scrolls away (the panel stays where the header ended), so the column does not move with
 * scrolling and the measurement stays valid.
 */
export function topBelowPageHeader(doc: Document, fixed: (el: Element) => boolean = () => false): number {
  let top = 16;
  const scrollY = doc.defaultView?.scrollY ?? 0;
  for (const el of doc.querySelectorAll('header, nav, [role="banner"], [role="navigation"]')) {
    const r = el.getBoundingClientRect();
    if (r.height === 0) continue;
    const shift = fixed(el) ? 0 : scrollY;
    if (r.top + shift < 160 && r.bottom + shift < 240) top = Math.max(top, r.bottom + shift + 8);
  }
  // a bar across the top of the page drawn without header or nav markup (Fomantic's `ui menu`
  // of the zoo: the edge tab sat on the user's name at its right end): by position, the header.
  // Found from <body> down through the elements that start at the page's top (in document
  // terms, so a scrolled page finds it too), a few levels and children deep.
  const bar = topBar(doc, scrollY, fixed);
  if (bar !== null) top = Math.max(top, bar + 8);
  return Math.round(top);
}

/** The bottom (document px, or viewport px when fixed) of a bar 24–120 px high across ≥ 90 % of the window at the page's top. */
function topBar(doc: Document, scrollY: number, fixed: (el: Element) => boolean): number | null {
  const viewW = doc.documentElement.clientWidth;
  let level: Element[] = doc.body ? [doc.body] : [];
  for (let depth = 0; depth < 4 && level.length; depth++) {
    const next: Element[] = [];
    for (const parent of level) {
      let child = parent.firstElementChild;
      for (let i = 0; child && i < 8; i++, child = child.nextElementSibling) {
        const r = child.getBoundingClientRect();
        const shift = fixed(child) ? 0 : scrollY;
        if (r.height === 0 || r.top + shift > 4) continue;
        if (r.height >= 24 && r.height <= 120 && r.width >= 0.9 * viewW) return r.bottom + shift;
        next.push(child);
      }
    }
    level = next;
  }
  return null;
}

/**
 * Reads the page once: the x-extents of every visible text run and control that can come under
 * a column starting at `top`. `isOwn` skips our own nodes. Only reads (getBoundingClientRect,
 * getComputedStyle), so at most one layout flush.
 *
 * Pruned walk: `seed` (a spread sample of the form's controls) gives the x-ranges already known
 * to be taken; an element whose box lies inside one of them is skipped with its whole subtree
 * (its content cannot reach a free column, overflow aside), so only what sticks out is measured.
 * Measured on this machine under load: the 2,000-control stress form (11,000 elements) took
 * 700–2,000 ms walking every node, and a few ms with the pruning; M6 (253 elements) ≈ 1 ms.
 */
export function measurePage(doc: Document, isOwn: (n: Node) => boolean, seed: readonly Element[] = []): Measure {
  const win = doc.defaultView!;
  const viewH = doc.documentElement.clientHeight;
  const viewW = doc.documentElement.clientWidth;
  const spans: Span[] = [];
  const fixedMemo = new Map<Element, boolean>();
  const fixed = (el: Element | null): boolean => {
    if (!el || el === doc.documentElement || el === doc.body) return false;
    let v = fixedMemo.get(el);
    if (v === undefined) {
      const pos = win.getComputedStyle(el).position;
      v = pos === 'fixed' || pos === 'sticky' || fixed(el.parentElement);
      fixedMemo.set(el, v);
    }
    return v;
  };
  const visible = (el: Element): boolean =>
    el.checkVisibility ? el.checkVisibility({ opacityProperty: true, visibilityProperty: true }) : true;
  const top = topBelowPageHeader(doc, fixed);
  /** taken x-ranges, merged (few: a form's column, a sidebar…) */
  const taken: Span[] = [];
  const take = (l: number, r: number) => {
    taken.push({ left: l, right: r });
    taken.sort((a, b) => a.left - b.left);
    for (let i = taken.length - 1; i > 0; i--) {
      if (taken[i]!.left <= taken[i - 1]!.right) {
        taken[i - 1]!.right = Math.max(taken[i - 1]!.right, taken[i]!.right);
        taken.splice(i, 1);
      }
    }
  };
  const inside = (r: DOMRect) => taken.some((t) => r.left >= t.left && r.right <= t.right);
  const add = (r: DOMRect, el: Element) => {
    if (r.width < 1 || r.height < 1) return;
    if (fixed(el)) {
      // stays where it is: counts only where it meets the column's rows
      if (r.bottom <= top || r.top >= viewH) return;
    } else if (r.bottom + win.scrollY <= top) {
      // above `top` in the document: never scrolls down under the column
      return;
    }
    spans.push({ left: r.left, right: r.right });
    if (!fixed(el)) take(r.left, r.right);
  };

  // the seed: the form's own controls (a spread sample of at most 120)
  const step = Math.max(1, Math.floor(seed.length / 120));
  for (let i = 0; i < seed.length; i += step) {
    const el = seed[i]!;
    if (el.isConnected && !isOwn(el)) add(el.getBoundingClientRect(), el);
  }

  let nodes = 0;
  let boxReads = 0;
  const body = doc.body;
  if (!body) return { spans, incomplete: false, top };
  const range = doc.createRange();
  const walker = doc.createTreeWalker(body, NodeFilter.SHOW_TEXT | NodeFilter.SHOW_ELEMENT, {
    acceptNode: (n) => {
      if (isOwn(n)) return NodeFilter.FILTER_REJECT;
      if (n.nodeType === Node.ELEMENT_NODE) {
        const el = n as Element;
        if (el.tagName === 'SCRIPT' || el.tagName === 'STYLE' || el.tagName === 'TEMPLATE') return NodeFilter.FILTER_REJECT;
        const r = el.getBoundingClientRect();
        // inside a range already taken (and not fixed, whose place does not scroll): nothing new below
        if (r.width > 0 && inside(r) && !fixed(el)) return NodeFilter.FILTER_REJECT;
      }
      return NodeFilter.FILTER_ACCEPT;
    },
  });
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++nodes > MAX_NODES) return { spans, incomplete: true, top };
    if (n.nodeType === Node.TEXT_NODE) {
      if (!/\S/.test(n.nodeValue ?? '')) continue;
      const parent = n.parentElement;
      if (!parent || !visible(parent)) continue;
      range.selectNodeContents(n);
      // one rectangle per line: a wrapped run is as wide as its longest line
      for (const r of range.getClientRects()) add(r, parent);
    } else {
      const el = n as Element;
      if (!el.matches(CONTROL_SELECTOR)) {
        // a card or a bordered block: its box, once (what lies inside it is then pruned)
        if (boxReads >= MAX_BOX_READS) continue;
        const r = el.getBoundingClientRect();
        if (r.width < 1 || r.height < 1 || r.left <= TAB_W || r.right >= viewW - TAB_W) continue;
        boxReads++;
        if (isDrawnBox(win.getComputedStyle(el)) && visible(el)) add(r, el);
        continue;
      }
      if (!visible(el)) continue;
      // a [role] container (a region, a dialog) is not itself content: its text and controls are
      const role = el.getAttribute('role');
      if (role && /^(dialog|alertdialog|region|main|form|group|presentation|none|document|article|tabpanel|navigation|banner|contentinfo|complementary|list|listitem|table|rowgroup|row|grid)$/.test(role)) continue;
      add(el.getBoundingClientRect(), el);
    }
  }
  return { spans, incomplete: false, top };
}

/** Free x-intervals of [0, width] not touched by any span (each widened by GAP). */
export function freeIntervals(spans: readonly Span[], width: number): Span[] {
  const sorted = spans
    .map((s) => ({ left: Math.max(0, s.left - GAP), right: Math.min(width, s.right + GAP) }))
    .filter((s) => s.right > 0 && s.left < width)
    .sort((a, b) => a.left - b.left);
  const free: Span[] = [];
  let x = 0;
  for (const s of sorted) {
    if (s.left > x) free.push({ left: x, right: s.left });
    x = Math.max(x, s.right);
  }
  if (x < width) free.push({ left: x, right: width });
  return free;
}

/**
 * The panel's place from a measurement: the right-most free column of at least PANEL_MIN, the panel as wide as it allows up to PANEL_MAX and kept against the
 * side of the window it is nearer to; otherwise a tab in the free strip nearest the right edge.
 */
export function choosePlacement(m: Pick<Measure, 'spans' | 'incomplete'>, width: number): Placement {
  const free = m.incomplete ? [] : freeIntervals(m.spans, width);
  const wide = free.filter((f) => f.right - f.left >= PANEL_MIN);
  if (wide.length) {
    // the right-most column that fits: the panel keeps to the same side from page to page
    const best = wide[wide.length - 1]!;
    const w = Math.min(PANEL_MAX, best.right - best.left);
    // hug the window edge when the column touches it, else the side nearer to it
    const left = best.right >= width || width - best.right <= best.left ? best.right - w : best.left;
    return { mode: 'panel', left: Math.round(left), width: Math.floor(w) };
  }
  const strips = free.filter((f) => f.right - f.left >= TAB_W);
  const strip = strips.length ? strips[strips.length - 1]! : { left: width - TAB_W, right: width };
  return { mode: 'tab', left: Math.round(strip.right - TAB_W) };
}

/** Rectangles of the page's open dialogs and drawers (the panel must never sit over them). */
export const OVERLAY_SELECTOR =
  'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"], .modal.show, .modal.in, .offcanvas.show, .drawer, [class*="drawer"], [class*="sidebar"]';

/**
 * Writes the panel box's position (only what changed since the last write: no style write, no
 * layout invalidation, when the placement is the same).
 */
export class PanelLayout {
  private last = '';

  constructor(private box: HTMLElement) {}

  /** `open`: the panel is shown expanded (in a free column, or over the page on demand). */
  apply(p: Placement, top: number, viewportHeight: number, viewportWidth: number, open: boolean): void {
    const key = JSON.stringify([p, top, viewportHeight, viewportWidth, open]);
    if (key === this.last) return;
    this.last = key;
    const s = this.box.style;
    s.setProperty('position', 'fixed', 'important');
    s.setProperty('z-index', '2147483646', 'important');
    s.setProperty('top', `${top}px`, 'important');
    s.setProperty('--ea-max-h', `${Math.max(160, viewportHeight - top - 16)}px`);
    s.removeProperty('right');
    if (p.mode === 'panel' && open) {
      s.setProperty('left', `${p.left}px`, 'important');
      s.setProperty('width', `${p.width}px`, 'important');
    } else if (open) {
      // opened on demand from the tab: over the page at the tab's side, until closed
      const w = Math.min(PANEL_MAX, viewportWidth - 2 * GAP);
      s.setProperty('left', `${Math.max(GAP, Math.min(p.left + TAB_W - w, viewportWidth - w - GAP))}px`, 'important');
      s.setProperty('width', `${w}px`, 'important');
    } else {
      // the tab: at the edge of the free strip (or of the panel's column when collapsed by the user)
      const left = p.mode === 'tab' ? p.left : p.left + p.width - TAB_W;
      s.setProperty('left', `${left}px`, 'important');
      s.setProperty('width', `${TAB_W}px`, 'important');
    }
  }

  /** Forget the last write (the box was hidden or re-created). */
  reset(): void {
    this.last = '';
  }
}
