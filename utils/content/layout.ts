/**
 * Places the panel where it does not cover the form's own controls: in the free
 * gutter to the right (or left) of the form; when neither is wide enough, it
 * reserves room at the right edge of the page (a margin on <html>, restored when
 * the panel collapses or the extension stops).
 */
export const PANEL_MIN = 260;
const EXTENT_SAMPLE = 120;
export const PANEL_MAX = 360;
const GAP = 12;

export interface Placement {
  side: 'right' | 'left';
  width: number;
  /** px reserved at the right edge of the page (0 when the gutter was enough) */
  reserved: number;
}

/** Horizontal extent of the controls (viewport coordinates), ignoring invisible ones. */
export function controlsExtent(elements: readonly Element[]): { left: number; right: number } | null {
  let left = Infinity;
  let right = -Infinity;
  // a spread sample is enough to know how wide the form is; reading every rect of a
  // 2,000-control form costs more than the whole check
  const step = Math.max(1, Math.floor(elements.length / EXTENT_SAMPLE));
  for (let i = 0; i < elements.length; i += step) {
    const el = elements[i]!;
    const r = el.getBoundingClientRect();
    if (r.width === 0 && r.height === 0) continue;
    left = Math.min(left, r.left);
    right = Math.max(right, r.right);
  }
  return right > left ? { left, right } : null;
}

export function choosePlacement(viewportWidth: number, extent: { left: number; right: number } | null, alreadyReserved: number): Placement {
  if (!extent) return { side: 'right', width: PANEL_MAX, reserved: 0 };
  // while room is reserved the form is narrower by that much: judge the gutter it would have without it
  const rightGutter = viewportWidth - extent.right - GAP * 2 - alreadyReserved;
  const leftGutter = extent.left - GAP * 2;
  if (rightGutter >= PANEL_MIN) return { side: 'right', width: Math.min(PANEL_MAX, rightGutter), reserved: 0 };
  if (!alreadyReserved && leftGutter >= PANEL_MIN) return { side: 'left', width: Math.min(PANEL_MAX, leftGutter), reserved: 0 };
  return { side: 'right', width: PANEL_MIN + 40, reserved: PANEL_MIN + 40 + GAP * 2 };
}

/** Top of the panel: below the page's own header/navigation bar when it is in view. */
function topBelowPageHeader(doc: Document): number {
  let top = 16;
  for (const el of doc.querySelectorAll('header, nav, [role="banner"], [role="navigation"]')) {
    const r = el.getBoundingClientRect();
    if (r.height > 0 && r.top < 160 && r.bottom < 240) top = Math.max(top, r.bottom + 8);
  }
  return Math.round(top);
}

export class PanelLayout {
  private savedMargin: string | null = null;
  private extent: { left: number; right: number } | null = null;
  private measuredFor: readonly Element[] | null = null;
  private measuredWidth = 0;
  private measuredReserved = -1;
  private reserved = 0;

  constructor(private box: HTMLElement, private doc: Document) {}

  apply(elements: readonly Element[], collapsed: boolean): void {
    const s = this.box.style;
    s.setProperty('position', 'fixed', 'important');
    s.setProperty('z-index', '2147483646', 'important');
    const top = topBelowPageHeader(this.doc);
    s.setProperty('top', `${top}px`, 'important');
    s.setProperty('--ea-max-h', `${Math.max(160, this.doc.documentElement.clientHeight - top - 16)}px`);
    if (collapsed) {
      this.release();
      s.setProperty('right', '0px', 'important');
      s.removeProperty('left');
      s.setProperty('width', 'auto', 'important');
      return;
    }
    // the form's width only changes with its set of controls or the window: measure it then
    const width = this.doc.documentElement.clientWidth;
    if (elements !== this.measuredFor || width !== this.measuredWidth || this.reserved !== this.measuredReserved) {
      this.extent = controlsExtent(elements);
      this.measuredFor = elements;
      this.measuredWidth = width;
      this.measuredReserved = this.reserved;
    }
    const placement = choosePlacement(width, this.extent, this.reserved);
    if (placement.reserved) this.reserve(placement.reserved);
    else this.release();
    s.setProperty('width', `${placement.width}px`, 'important');
    if (placement.side === 'right') {
      s.setProperty('right', `${GAP}px`, 'important');
      s.removeProperty('left');
    } else {
      s.setProperty('left', `${GAP}px`, 'important');
      s.removeProperty('right');
    }
  }

  private reserve(px: number): void {
    const html = this.doc.documentElement;
    if (this.savedMargin === null) this.savedMargin = html.style.getPropertyValue('margin-right');
    if (this.reserved !== px) {
      html.style.setProperty('margin-right', `${px}px`);
      this.reserved = px;
    }
  }

  release(): void {
    if (this.savedMargin === null) return;
    const html = this.doc.documentElement;
    if (this.savedMargin) html.style.setProperty('margin-right', this.savedMargin);
    else html.style.removeProperty('margin-right');
    this.savedMargin = null;
    this.reserved = 0;
  }
}
