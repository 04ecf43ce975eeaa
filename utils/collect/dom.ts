/** Small DOM helpers for the collect stage (the only code that reads the page). */
import { cleanText, hasWords } from '@/utils/text';
import { holdsFieldHost } from './shadow';
import { isUnitWord } from './labels/reject';

/** Elements the extension never reads: page chrome and our own UI. */
export const OUTSIDE_FORM =
  'nav, header, footer, [role="navigation"], [role="search"], [role="banner"], [role="contentinfo"], [data-emenscr-assistant], emenscr-assistant';

/**
 * `noHiddenAncestor`: the caller already knows that neither `el` nor an ancestor matches
 * HIDDEN_OR_CLOSED (one `closest(HIDDEN_CLOSED_OR_DISABLED)` per field answered that and the
 * aria-disabled test at once: the two `closest` walks were 12 % and 7 % of a warm stress pass).
 */
export function isVisible(el: Element, noHiddenAncestor = false): boolean {
  const anyEl = el as HTMLElement & { checkVisibility?: (o?: object) => boolean };
  if (typeof anyEl.checkVisibility === 'function') {
    if (!anyEl.checkVisibility({ visibilityProperty: true, checkVisibilityCSS: true })) return false;
  } else if (!(el as HTMLElement).getClientRects?.().length) {
    return false;
  }
  if (noHiddenAncestor) return true;
  // One walk up for both tests (a shown field, the common case, has neither ancestor): two
  // `closest` calls per field were 7 % of a warm check of the 2,000-control stress form.
  const first = el.closest(HIDDEN_OR_CLOSED);
  if (!first) return true;
  if (first.matches(HIDDEN)) return false;
  // content of the nearest closed <details> (except its summary) is not shown
  if (el.closest('summary')?.parentElement !== first) return false;
  return !first.parentElement?.closest(HIDDEN);
}

const HIDDEN = '[aria-hidden="true"], [hidden], [inert]';
const HIDDEN_OR_CLOSED = HIDDEN + ', details:not([open])';
/** What isVisible's and isDisabled's ancestor walks look for, in one selector. */
export const HIDDEN_CLOSED_OR_DISABLED = HIDDEN_OR_CLOSED + ', [aria-disabled="true"]';

/**
 * Drawn where a person cannot see it, though laid out: inside an ancestor of opacity 0, or one
 * that clips its overflow and is drawn with no height or no width (a section folded by
 * `height: 0` / `max-height: 0`, as CSS-transition accordions fold a "โปรดระบุ" box until "อื่นๆ"
 * is chosen), when that ancestor also holds words (the field's caption went with it). A probe of
 * 7 Dec reported both as empty on a complete form. A bare control hidden that way is a library's
 * plumbing, its value drawn elsewhere (ng-select's input in an `.ng-input` of opacity 0,
 * Materialize's native select in a 0×0 `.hide-select`: the zoo's angular-ngb and
 * vanilla-materialize lost their empty quarter when any such ancestor counted). A scrolling box
 * (of any size) hides nothing. Asked of empty fields only (collect), 12 ancestors at most.
 *
 * Also hidden, with the same "holds words" test (a probe of 7 Dec, evening, plain-offscreen, reported each
 * as empty on a complete form): an ancestor flattened by its transform (`scale(0)`,
 * `scaleY(0)` collapse animations), one clipped to nothing (`clip-path: inset(50%)`, the
 * visually-hidden `clip: rect(0 0 0 0)` on a whole row), and a box outside the ancestor that
 * clips it (`overflow: hidden`), as a carousel wizard keeps its other steps beside the shown
 * one. And a field laid out wholly before the document's start (`left: -9999px`, a spam trap
 * "website" box, bare or in a row): no one can scroll to it, so no one fills it.
 */
export function isHiddenByLayout(el: Element): boolean {
  if (typeof getComputedStyle !== 'function') return false;
  const own = el.getBoundingClientRect();
  const laidOut = own.width > 0 || own.height > 0;
  const win = el.ownerDocument.defaultView;
  // before the document's start: left of it or above it (scrolling never goes there)
  if (laidOut && (own.right + (win?.scrollX ?? 0) <= 0 || own.bottom + (win?.scrollY ?? 0) <= 0)) return true;
  const body = el.ownerDocument.body;
  // where the field sits is compared with clipping ancestors up to the first box that scrolls or
  // is fixed: beyond it the field's place is the scroller's to change (a field far down an app
  // shell's scrolling pane is outside the 100vh shell that clips the pane, yet shown on a scroll)
  let placed = laidOut;
  for (let a: Element | null = el.parentElement, d = 0; a && a !== body && d < 12; a = a.parentElement, d++) {
    const s = getComputedStyle(a);
    let hides = s.opacity === '0' || isFlattened(s.transform) || isClippedAway(s);
    // the box of a field drawn with no size (a document not laid out, or a flattened ancestor
    // above) tells nothing about overflow: only the tests above, which read style alone
    if (!hides && laidOut) {
      const clipsY = s.overflowY !== 'visible' && s.overflowY !== '';
      const clipsX = s.overflowX !== 'visible' && s.overflowX !== '';
      if (clipsX || clipsY) {
        const r = a.getBoundingClientRect();
        hides = (clipsY && r.height < 1) || (clipsX && r.width < 1);
        // wholly outside a box that clips without scrolling (a scrolling box shows it on a scroll)
        if (!hides && placed) {
          const fixedX = s.overflowX === 'hidden' || s.overflowX === 'clip';
          const fixedY = s.overflowY === 'hidden' || s.overflowY === 'clip';
          hides = (fixedX && (own.right <= r.left || own.left >= r.right)) || (fixedY && (own.bottom <= r.top || own.top >= r.bottom));
        }
        if (s.overflowX === 'auto' || s.overflowX === 'scroll' || s.overflowY === 'auto' || s.overflowY === 'scroll') placed = false;
      }
      if (s.position === 'fixed') placed = false;
    }
    if (hides && hasWords(textOf(a))) return true;
  }
  return false;
}

/** A modal or drawer by role: its fields are the page's (a floating widget is none of these). */
const DIALOG = 'dialog, [role="dialog"], [role="alertdialog"], [aria-modal="true"]';

/**
 * In a small box fixed to a side of the viewport that is no dialog: a help-desk chat or feedback
 * widget floating over the page (a probe of 7 Dec, night: an open chat box, bottom right, on a
 * complete M6 report gave "ยังไม่ได้กรอก: ชื่อของคุณ" twice, its name box and its message box).
 * A person does not take it for part of the report. What is not floating: a modal or drawer
 * marked as a dialog; a fixed box at least half the viewport wide (a cookie bar, an app shell's
 * fixed content pane); one reaching from near the top to the bottom edge (a drawer or sidebar
 * with no role, below a header or not); one near the horizontal centre (a modal written by hand
 * with no role); one laid out with no size (a portal's root: its content is placed on its own).
 * Asked of empty fields only (collect), 16 ancestors at most.
 */
export function isFloatingWidget(el: Element): boolean {
  if (typeof getComputedStyle !== 'function') return false;
  const body = el.ownerDocument.body;
  const win = el.ownerDocument.defaultView;
  if (!win) return false;
  for (let a: Element | null = el.parentElement, d = 0; a && a !== body && d < 16; a = a.parentElement, d++) {
    if (a.matches(DIALOG)) return false;
    if (getComputedStyle(a).position !== 'fixed') continue;
    const r = a.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) continue;
    const vw = win.innerWidth;
    const vh = win.innerHeight;
    if (r.width >= vw / 2 || (r.top <= vh / 4 && r.bottom >= vh - 1)) return false;
    // off the horizontal centre: the gaps to the left and right edges differ by a quarter of the width
    return Math.abs(r.left - (vw - r.right)) > vw / 4;
  }
  return false;
}

/** A computed transform that draws its box with no area (`scale(0)`, `scaleY(0)`): its 2-D part is singular. */
export function isFlattened(transform: string): boolean {
  if (!transform || transform === 'none') return false;
  const m = /^matrix(3d)?\(([^)]*)\)$/.exec(transform);
  if (!m) return false;
  const v = m[2]!.split(',').map(Number);
  // matrix(a, b, c, d, e, f); matrix3d's x and y columns are its 1st, 2nd, 5th and 6th values
  const [a, b, c, d] = m[1] ? [v[0]!, v[1]!, v[4]!, v[5]!] : [v[0]!, v[1]!, v[2]!, v[3]!];
  return Math.abs(a * d - b * c) < 1e-6;
}

/** A box its clip draws nothing of: `clip-path: inset(50%)` or more, or `clip: rect(…)` of no area (absolute boxes only). */
export function isClippedAway(s: Pick<CSSStyleDeclaration, 'clipPath' | 'clip' | 'position'>): boolean {
  const path = s.clipPath;
  if (path && path.startsWith('inset(')) {
    // inset(t r b l [round …]): a length in px leaves the box (a rounded inset of 0 0 0 0 draws all
    // of it), a percentage of 100 across one axis leaves nothing
    const pct = path.slice(6, -1).split(' round')[0]!.trim().split(/\s+/).map((p) => (p.endsWith('%') ? parseFloat(p) : 0));
    const [t = 0, r = t, b = t, l = r] = pct;
    if (t + b >= 100 || r + l >= 100) return true;
  }
  const clip = s.clip;
  if (clip && clip.startsWith('rect(') && (s.position === 'absolute' || s.position === 'fixed')) {
    const v = clip.slice(5, -1).split(/[,\s]+/).filter(Boolean).map(parseFloat);
    if (v.length === 4 && v.every(Number.isFinite) && (v[2]! <= v[0]! || v[1]! <= v[3]!)) return true;
  }
  return false;
}

/** A class word that says disabled (`disabled`, `is-disabled`, `form-control-disabled`). */
const DISABLED_CLASS = /(?:^|[\s_-])disabled(?:\s|$)/i;

/**
 * Drawn disabled without the attribute: a native control classed disabled (itself or its
 * wrapper) that the page made unreachable by pointer (`pointer-events: none`), as a script
 * greys out a "โปรดระบุ" box until "อื่นๆ" is chosen (`$('#other').addClass('disabled')`). A
 * person can neither click it nor is asked to fill it: a probe of 7 Dec reported it empty on a
 * complete form. Both marks are required: libraries disable their natives with the attribute,
 * and keep pointer-less plumbing inputs unclassed. Asked of empty fields only (collect).
 */
export function isDrawnDisabled(el: Element): boolean {
  if (!el.matches('input, select, textarea') || typeof getComputedStyle !== 'function') return false;
  const classed = DISABLED_CLASS.test(el.getAttribute('class') ?? '') || DISABLED_CLASS.test(el.parentElement?.getAttribute('class') ?? '');
  return classed && getComputedStyle(el).pointerEvents === 'none';
}

/** `noDisabledAncestor`: the caller knows no ancestor (or el) has aria-disabled="true" (see isVisible). */
export function isDisabled(el: Element, noDisabledAncestor = false): boolean {
  if ((el as HTMLInputElement).disabled) return true;
  if (el.matches(':disabled')) return true;
  return !noDisabledAncestor && el.closest('[aria-disabled="true"]') !== null;
}

/** What a person fills in: collect's one definition of a field element (widgets and tables use it). */
export const FIELD_SELECTOR =
  'input:not([type="hidden"]), select, textarea, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="slider"], [role="radio"], [role="checkbox"], [role="switch"], [role="textbox"], [role="spinbutton"]';

/** A field, or anything else that is operated (a button, a listbox, a hidden input): no label or title text holds one. */
const CONTROL_SELECTOR = `${FIELD_SELECTOR}, input, button, [role="listbox"]`;

/**
 * `box` holds a field other than `el` (and other than its parts or its container), so `box` is
 * more than `el`'s own frame or cell. `ownField` accepts fields that are `el`'s too (radios of
 * its group).
 */
export function holdsOtherField(box: Element, el: Element, ownField?: (f: Element) => boolean): boolean {
  const found = box.querySelectorAll(FIELD_SELECTOR);
  for (let i = 0; i < found.length; i++) {
    const f = found[i]!;
    if (f === el || el.contains(f) || f.contains(el) || ownField?.(f)) continue;
    return true;
  }
  return false;
}

export function containsControl(el: Element): boolean {
  // a web component's control is in its shadow root (./shadow.ts): asked only when no light
  // control was found, so a page without shadow roots pays one walk of the subtree here
  return el.matches(CONTROL_SELECTOR) || el.querySelector(CONTROL_SELECTOR) !== null || holdsFieldHost(el);
}

/**
 * The one text walker of collect: the text of `el`'s subtree in document order, leaving out
 * hidden parts and every element `skip` refuses (with its subtree). A space follows each
 * element read; with `spaceAfterEveryNode`, also each text and comment node, as labels have
 * always been read ("ชื่อ<b>*</b>" and split text nodes come apart). Labels (textOf) and a
 * widget's shown value (widgets/common.ts displayText) differ only in what they skip and that.
 */
export function walkText(el: Element, skip: (e: Element) => boolean, spaceAfterEveryNode: boolean, drawn = false): string {
  let out = '';
  // drawn: the flattened tree, as it is drawn: a host with an open shadow root shows that root
  // (its children only where the root's slots place them)
  const inner = (e: Element): Node => (drawn && e.shadowRoot) || e;
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 1) {
        const e = c as Element;
        if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' || isSvgTooltip(e) || skip(e) || isIconLigature(e)) continue;
        // a shadow root's <slot> shows the host's children assigned to it (its own content only as a fallback)
        const assigned = e.tagName === 'SLOT' ? (e as HTMLSlotElement).assignedNodes({ flatten: true }) : null;
        if (assigned?.length) for (const n of assigned) walkAssigned(n);
        else walk(inner(e));
        out += ' ';
      } else {
        if (c.nodeType === 3) out += c.nodeValue;
        if (spaceAfterEveryNode) out += ' ';
      }
    }
  };
  const walkAssigned = (n: Node): void => {
    if (n.nodeType === 3) out += n.nodeValue + ' ';
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' || skip(e)) return;
      walk(inner(e));
      out += ' ';
    }
  };
  walk(el);
  return cleanText(out);
}

/** One lowercase word (digits and "_" allowed): an icon's name as an icon font spells it ("send", "calendar_today"). */
const LIGATURE_NAME = /^[a-z][a-z0-9_]*$/;

/**
 * An icon drawn by an icon font's ligature: Material Icons and Material Symbols are written as
 * the icon's name ("<i class=material-icons>send</i>") and the font draws one glyph for it. A
 * person sees the icon, never the word: read as text, a Materialize send button was named "send
 * ส่งรายงาน". Read from the computed font family, asked only of a leaf whose whole text is one
 * such name.
 */
export function isIconLigature(e: Element): boolean {
  if (e.childElementCount !== 0) return false;
  const t = (e.textContent ?? '').trim();
  if (!LIGATURE_NAME.test(t) || typeof getComputedStyle !== 'function' || !e.isConnected) return false;
  return /material (icons|symbols)/i.test(getComputedStyle(e).fontFamily);
}

/**
 * An SVG's <title> / <desc> is a tooltip and a description for assistive technology, never
 * drawn: Carbon's Dropdown draws its chevron as `<svg><title>Open menu</title>…`, and the
 * quarter read "ไตรมาสที่ 1 (ต.ค. - ธ.ค.) Open menu".
 */
function isSvgTooltip(e: Element): boolean {
  return (e.localName === 'title' || e.localName === 'desc') && e.namespaceURI === 'http://www.w3.org/2000/svg';
}

/**
 * The parent in the flattened tree, where the element is drawn: a slotted element's <slot> (in
 * the shadow root of the host it was given to), a shadow root's host, else its parent.
 */
export function flatParent(el: Element): Element | null {
  const slot = slotOf(el);
  if (slot) return slot;
  if (el.parentElement) return el.parentElement;
  const root = el.parentNode as (Node & { host?: Element }) | null;
  return root && root.nodeType === 11 && root.host ? root.host : null;
}

/**
 * The <slot> an element is given to: `assignedSlot`, or (where a DOM lacks it: happy-dom in the
 * unit tests) the slot of its name in its parent's open shadow root.
 */
export function slotOf(el: Element): HTMLSlotElement | null {
  if ('assignedSlot' in el && el.assignedSlot !== undefined) return el.assignedSlot;
  const root = el.parentElement?.shadowRoot;
  if (!root) return null;
  const name = el.getAttribute('slot') ?? '';
  const slots = root.querySelectorAll('slot');
  for (let i = 0; i < slots.length; i++) if ((slots[i]!.getAttribute('name') ?? '') === name) return slots[i] as HTMLSlotElement;
  return null;
}

/** closest() in the flattened tree (at most `steps` parents up). */
export function flatClosest(el: Element, selector: string, steps = 16): Element | null {
  for (let e: Element | null = el, i = 0; e && i <= steps; e = flatParent(e), i++) if (e.matches(selector)) return e;
  return null;
}

const NOT_LABEL_TEXT = new Set(['SELECT', 'OPTION', 'TEXTAREA', 'SCRIPT', 'STYLE', 'INPUT', 'TEMPLATE', 'BUTTON']);
const NOT_LABEL_ROLE = new Set(['listbox', 'combobox', 'slider', 'textbox']);

/** Form controls and their values, options, scripts: never part of a label. */
function notLabelText(e: Element): boolean {
  if (NOT_LABEL_TEXT.has(e.tagName)) return true;
  const role = e.getAttribute('role');
  if (role !== null && NOT_LABEL_ROLE.has(role)) return true;
  // a host whose open shadow root is a <button> showing its children (Ionic's ion-button, a
  // list header's "+ เพิ่มแผน") is a button: its text is no part of a label or title
  if (e.shadowRoot?.firstElementChild?.tagName === 'BUTTON') return true;
  return isIconControl(e, role) || isLabelAside(e);
}

const ICON_ROLES = new Set(['link', 'button', 'img', 'tooltip']);

/**
 * A link or button drawn as an icon beside a label's words ("ผลการดำเนินงาน * <a title=…>ⓘ</a>",
 * a help "?"): it shows no letter or digit, only a glyph a person reads as "more about this",
 * never as part of the name. A required mark ("*") is kept: it is read from the label.
 */
function isIconControl(e: Element, role: string | null): boolean {
  if (e.tagName !== 'A' && (role === null || !ICON_ROLES.has(role))) return false;
  const text = e.textContent ?? '';
  return !hasWords(text) && !/[*＊]/.test(text);
}

const PARENTHESIZED = /^[(（[][^()（）[\]]*[)）\]]$/;

/**
 * An aside drawn after a label's words: the label's last element, its whole text in parentheses,
 * drawn in another colour than the label's own text (Blueprint's FormGroup `labelInfo`, which
 * its docs fill with "(required)": `<label>ชื่อ <span class="…-text-muted">(required)</span>`).
 * A person reads it as a note about the field, not as part of its name ("ไตรมาสที่รายงาน
 * (จำเป็น)" was every finding's name on zoo react-blueprint). Words in parentheses written in
 * the label's own colour ("ความก้าวหน้าของโครงการ (ร้อยละ)") stay part of the name.
 */
export function isLabelAside(e: Element): boolean {
  const label = e.parentElement;
  if (!label || label.tagName !== 'LABEL' || label.lastElementChild !== e) return false;
  const text = (e.textContent ?? '').trim();
  const unitNote = isUnitNote(text);
  if (!PARENTHESIZED.test(text) && !unitNote) return false;
  // the label's own words come before it
  let before = '';
  for (let c = label.firstChild; c && c !== e; c = c.nextSibling) if (c.nodeType === 3) before += c.textContent ?? '';
  if (!hasWords(before)) return false;
  // nothing but blank text after it
  for (let c = e.nextSibling; c; c = c.nextSibling) if ((c.textContent ?? '').trim()) return false;
  if (typeof getComputedStyle !== 'function' || !e.isConnected) return false;
  const own = getComputedStyle(e);
  const label_ = getComputedStyle(label);
  if (own.color !== label_.color) return true;
  // a unit note drawn smaller than the label's words (`<small>หน่วย: ครั้ง</small>`) is an aside in any colour
  return unitNote && parseFloat(own.fontSize) < parseFloat(label_.fontSize);
}

/**
 * A note that only gives the field's unit: "หน่วย: ครั้ง", "หน่วยนับ : ราย", "(หน่วย: บาท)",
 * "unit: km", or a bare unit ("บาท", "%"). A muted `<small>` note of this kind after a label's
 * words named a KPI "ตัวชี้วัด หน่วย: ครั้ง" (a probe in Bootstrap's markup, 7 Dec).
 */
function isUnitNote(text: string): boolean {
  const t = text.replace(/^[(（[]\s*|\s*[)）\]]$/g, '').trim();
  return /^(หน่วย(นับ)?|unit)\s*[:：]\s*\S/i.test(t) || isUnitWord(t);
}

/**
 * Drawn for screen readers only: the "visually hidden" recipe (an absolutely positioned box
 * clipped to nothing, or 1×1 px with its overflow hidden), as libraries draw a label they were
 * asked to hide ("hideLabel") or words they add for screen readers ("Total items selected: 0.").
 * A person does not read it. Read from the computed style, whatever the class is called.
 */
export function isVisuallyHidden(el: Element): boolean {
  if (typeof getComputedStyle !== 'function' || !el.isConnected) return false;
  const s = getComputedStyle(el);
  if (s.position !== 'absolute' && s.position !== 'fixed') return false;
  if (/^rect\(\s*0(px)?[\s,]+0(px)?[\s,]+0(px)?[\s,]+0(px)?\s*\)$/.test((s.clip ?? '').trim())) return true;
  if (/^inset\(\s*50%/.test((s.clipPath ?? '').trim())) return true;
  return parseFloat(s.width) <= 1 && parseFloat(s.height) <= 1 && s.overflow === 'hidden';
}

/** textOf without the parts drawn for screen readers only (isVisuallyHidden): what a person reads. */
export function shownTextOf(el: Element, skip?: Element): string {
  return walkText(el, (e) => e === skip || notLabelText(e) || isVisuallyHidden(e), true);
}

/** Not drawn at all: display:none, or visibility hidden (a person sees nothing of it). Reads computed style: for small subtrees. */
export function isNotDrawn(e: Element): boolean {
  if (typeof getComputedStyle !== 'function' || !e.isConnected) return false;
  const s = getComputedStyle(e);
  return s.display === 'none' || s.visibility === 'hidden' || s.visibility === 'collapse';
}

/**
 * shownTextOf without the parts not drawn either (isNotDrawn): the words on the screen. A
 * computed style per element, so for a caption or a button, not a section. Naive UI draws a
 * non-required label's "*" in an `asterisk-placeholder` of visibility hidden (the zoo's vue-naive
 * plan toggles read as a required question until this); CKEditor 4 keeps its button names in
 * labels drawn display:none.
 */
export function drawnTextOf(el: Element): string {
  return walkText(el, (e) => notLabelText(e) || isNotDrawn(e) || isVisuallyHidden(e), true);
}

/** Visible text of an element, skipping form controls, options, scripts, hidden parts and `skip`. */
export function textOf(el: Element | null | undefined, skip?: Element): string {
  if (!el) return '';
  return walkText(el, skip ? (e) => e === skip || notLabelText(e) : notLabelText, true);
}

/** Text of the elements an aria-labelledby / aria-describedby list points to. */
export function textOfIds(el: Element, attr: string): string {
  const ids = el.getAttribute(attr);
  if (!ids) return '';
  // ids are looked up in the element's own tree (a shadow root's ids are its own)
  const doc = el.getRootNode() as Document | ShadowRoot;
  return cleanText(
    ids
      .split(/\s+/)
      .map((id) => {
        const ref = doc.getElementById(id);
        return ref ? ref.textContent ?? '' : '';
      })
      .join(' '),
  );
}

/** Label text without a required marker or trailing colon. */
export function tidyLabel(s: string): string {
  return cleanText(s).replace(/\s*[*＊]\s*$/, '').replace(/^\s*[*＊]\s*/, '').replace(/\s*[:：]\s*$/, '').trim();
}

export function hasRequiredMark(s: string): boolean {
  return /[*＊]\s*[:：]?\s*$/.test(s) || /^\s*[*＊]/.test(s);
}

const BUTTON = 'button, [role="button"]';

/**
 * The entries a tag input shows before its text box: the element siblings before `input` (same
 * parent) that each hold words and exactly one button (its remove mark) and no other control,
 * as chips are drawn (Materialize's M.Chips: `li.chip` "ผู้ประกอบการท่องเที่ยว" + a `close`
 * button, then the input for the next one). Their words, without the buttons; [] when the input
 * has no such siblings or one of its preceding siblings is something else that holds a control.
 */
export function tagEntriesBefore(input: Element): string[] {
  if (!(input instanceof HTMLInputElement)) return [];
  const out: string[] = [];
  for (let prev = input.previousElementSibling; prev; prev = prev.previousElementSibling) {
    if (prev.hasAttribute('hidden') || prev.getAttribute('aria-hidden') === 'true') continue;
    const buttons = prev.matches(BUTTON) ? [prev] : Array.from(prev.querySelectorAll(BUTTON));
    const other = prev.querySelector('input, select, textarea, [role="combobox"], [role="textbox"], [contenteditable]');
    if (buttons.length !== 1 || other || prev.matches(BUTTON)) {
      if (containsControl(prev)) return [];
      continue;
    }
    const words = walkText(prev, (e) => e.matches(BUTTON) || notLabelText(e), true);
    if (!words) return [];
    out.unshift(words);
  }
  return out;
}
