/**
 * Adders: a chooser whose choice a button ("เพิ่ม", "+ เพิ่มแผน", "Add") puts in a list beside
 * it, the chooser then cleared for the next one. The list shows what was added, each entry with
 * its remove control ("ลบ", a bin icon, "×"). A person reads the empty chooser as "nothing more
 * to add", not as a field left empty: on a linkage screen that lists its plans as text rows
 * under a "เพิ่มความเชื่อมโยงกับแผน" select, the complete form got four false errors (the plan
 * select and its detail box empty, ยุทธศาสตร์ชาติ and แผนพัฒนาฯ missing; a probe in plain
 * markup, 7 Dec: plain-linkage-list). The research's own account
 * of eMENSCR's linkage screen has such an add step ("กรุณาเพิ่ม : เป้าหมายแผนแม่บทย่อย (Y1)").
 *
 * What counts, and what the bounds are:
 * - the add button: a button or link whose name starts with เพิ่ม / Add / "+" (the first
 *   MAX_BUTTONS buttons of the page);
 * - its box: the nearest of its UP ancestors that holds a field, and at most MAX_FIELDS of them
 *   (a whole form's "เพิ่ม" is no adder);
 * - its list: entries that each hold a remove control and words, and nothing operated besides
 *   their own buttons (OPERATED: rows of inputs or custom selects with "ลบรายการ" are fields to
 *   fill, not entries), shown, in the box or, when it has none, in
 *   the nearest siblings of the box or of its parent that hold no field and no other add button.
 * An adder whose list has no entry is no adder here: its empty fields are reported as before.
 */
import { cleanText, hasWords } from '@/utils/text';
import { FIELD_SELECTOR, isVisible, textOf } from './dom';
import { composedParent, holdsFieldHost } from './shadow';

const BUTTONS = 'button, [role="button"], input[type="button"], input[type="submit"], a';
const ROWS = 'tr, li, [role="row"], [role="listitem"]';
const ADD_NAME = /^(?:[+＋]\s*)?(?:เพิ่ม|add\b)|^[+＋]$/i;
const REMOVE_NAME = /^(?:ลบ|นำออก|remove\b|delete\b)|^[×✕✖✗xX]$/i;
/** class words of a remove icon (Font Awesome's fa-trash / fa-times, Bootstrap Icons' bi-x, Material's delete) */
const REMOVE_ICON = /(?:^|[\s_-])(?:trash|delete|remove|bin|close|times|xmark|x-lg|x-circle)(?:[\s_-]|$)/i;

/**
 * What an entry may not hold besides its own buttons: a field, or anything drawn to be operated
 * as one (a custom select's focusable box, a listbox button, a web component's field). The zoo's
 * plan rows (naive-ui, Headless UI, Element Plus, PrimeVue, Spectrum selects with a "ลบ" button
 * each) were taken for entries with only FIELD_SELECTOR asked, their empty selects answered.
 */
const OPERATED = `${FIELD_SELECTOR}, [role="listbox"], [aria-haspopup]:not(a), [tabindex]:not([tabindex="-1"]):not(a):not(button)`;

function holdsControl(item: Element, remove: Element): boolean {
  if (item.matches(OPERATED)) return true;
  const found = item.querySelectorAll(OPERATED);
  for (let i = 0; i < found.length; i++) {
    const e = found[i]!;
    if (e === remove || remove.contains(e) || e.contains(remove)) continue;
    if (e.matches('[role="button"]:not([aria-haspopup])')) continue;
    return true;
  }
  return holdsFieldHost(item);
}

const MAX_BUTTONS = 400;
const MAX_ADDERS = 40;
const UP = 4;
const MAX_FIELDS = 8;
const SIBLINGS = 3;
const MAX_REMOVES = 200;
const MAX_ITEMS = 50;
const MAX_ITEM_CHARS = 200;

export interface Adder {
  /** the element holding the chooser's fields and the add button */
  box: Element;
  /** the list's entries, as shown (a table row's cells joined by " | ") */
  items: string[];
}

function nameOf(b: Element): string {
  if (b instanceof HTMLInputElement) return cleanText(b.value);
  return cleanText(b.getAttribute('aria-label') || b.textContent || b.getAttribute('title') || '');
}

function isAddButton(b: Element): boolean {
  return ADD_NAME.test(nameOf(b));
}

function isRemoveControl(b: Element): boolean {
  const name = nameOf(b);
  if (name) return REMOVE_NAME.test(name);
  // an icon-only control: the icon's class says what it does
  if (REMOVE_ICON.test(b.getAttribute('class') ?? '')) return true;
  const icon = b.querySelector('[class]');
  return icon !== null && REMOVE_ICON.test(icon.getAttribute('class') ?? '');
}

/** The nearest ancestor of the add button that holds a field; null past UP levels or over MAX_FIELDS fields. */
function boxOf(button: Element): Element | null {
  let a = button.parentElement;
  for (let d = 0; a && d < UP; d++, a = a.parentElement) {
    if (a.tagName === 'BODY' || a.tagName === 'HTML') return null;
    const fields = a.querySelectorAll(FIELD_SELECTOR);
    if (fields.length === 0) continue;
    return fields.length <= MAX_FIELDS ? a : null;
  }
  return null;
}

/** What an entry shows, without its remove control (a link's "ลบ" is read as text otherwise). */
function entryText(item: Element, remove: Element): string {
  if (item.tagName === 'TR') {
    const cells: string[] = [];
    for (const c of item.children) {
      const t = cleanText(textOf(c, remove));
      if (t) cells.push(t);
    }
    return cells.join(' | ');
  }
  return cleanText(textOf(item, remove));
}

/** The entries of a list in `region`: each holds a remove control, words and no field. */
function entriesIn(region: Element): string[] {
  const controls = region.querySelectorAll(BUTTONS);
  const seen = new Set<Element>();
  const out: string[] = [];
  for (let i = 0; i < controls.length && i < MAX_REMOVES && out.length < MAX_ITEMS; i++) {
    const r = controls[i]!;
    if (!isRemoveControl(r)) continue;
    let item: Element | null = r.closest(ROWS);
    if (item && (item === region || !region.contains(item))) item = null;
    if (!item) {
      // a div list: the nearest ancestor of the control that shows words
      for (let a = r.parentElement, d = 0; a && a !== region && d < 3; a = a.parentElement, d++) {
        if (hasWords(textOf(a))) {
          item = a;
          break;
        }
      }
    }
    if (!item || seen.has(item)) continue;
    seen.add(item);
    if (holdsControl(item, r) || !isVisible(item)) continue;
    const text = entryText(item, r).slice(0, MAX_ITEM_CHARS);
    if (hasWords(text)) out.push(text);
  }
  return out;
}

/** A sibling that can hold the box's list: it holds no field and no add button of its own. */
function listRegion(el: Element): boolean {
  if (el.querySelector(FIELD_SELECTOR)) return false;
  const buttons = el.querySelectorAll(BUTTONS);
  for (let i = 0; i < buttons.length && i < MAX_REMOVES; i++) if (isAddButton(buttons[i]!)) return false;
  return true;
}

/** The box's own entries, else those of its nearest siblings (next, then previous, outwards), else its parent's. */
function entriesNear(box: Element): string[] {
  const own = entriesIn(box);
  if (own.length) return own;
  for (let level = 0, at: Element | null = box; level < 2 && at && at.tagName !== 'BODY'; level++, at = at.parentElement) {
    let next = at.nextElementSibling;
    let prev = at.previousElementSibling;
    for (let k = 0; k < SIBLINGS && (next || prev); k++) {
      for (const s of [next, prev]) {
        if (!s || !listRegion(s)) continue;
        const found = entriesIn(s);
        if (found.length) return found;
      }
      next = next?.nextElementSibling ?? null;
      prev = prev?.previousElementSibling ?? null;
    }
  }
  return [];
}

/** The page's adders that have entries (at most MAX_ADDERS). */
export function findAdders(root: Element): Adder[] {
  const buttons = root.querySelectorAll(BUTTONS);
  const out: Adder[] = [];
  const boxes = new Set<Element>();
  for (let i = 0; i < buttons.length && i < MAX_BUTTONS && out.length < MAX_ADDERS; i++) {
    const b = buttons[i]!;
    if (!isAddButton(b) || !isVisible(b)) continue;
    const box = boxOf(b);
    if (!box || boxes.has(box)) continue;
    boxes.add(box);
    const items = entriesNear(box);
    if (items.length) out.push({ box, items });
  }
  return out;
}

/** The entries of the adder whose box holds `el` (the innermost), if any. */
export function addedTo(el: Element, adders: readonly Adder[]): string[] | undefined {
  let best: Adder | undefined;
  for (const a of adders) if (a.box.contains(el) && (!best || best.box.contains(a.box))) best = a;
  return best?.items;
}

/**
 * Whether a node added to or removed from the page is, or holds, a list entry's remove control:
 * an adder's list may have changed (the live checker reads the page again; an entry's row holds
 * no field, so nothing else tells it apart from any text change).
 */
export function holdsRemoveControl(n: Element): boolean {
  if (n.matches(BUTTONS)) return isRemoveControl(n);
  const found = n.querySelectorAll(BUTTONS);
  for (let i = 0; i < found.length && i < 20; i++) if (isRemoveControl(found[i]!)) return true;
  return false;
}

/**
 * How far above the parent of an added or removed entry a field can be. An adder's list is in its
 * box (which holds a field) or in a sibling of the box or of the box's parent (entriesNear), so
 * the list's parent holds a field; the entry sits in the list a few levels down (a row in a
 * tbody in a table in a card: tbody, table, card, card's parent).
 */
const ENTRY_UP = 6;

/**
 * Whether `n`, added to or removed from `parent`, can be an entry of an adder's list: it holds a
 * remove control and `parent`, or one of its ENTRY_UP nearest ancestors below <body>, holds a
 * field. A toast or alert with a "×" close button put in <body> (or in a container of its own
 * there) is no entry: it set off a full rescan of the 2,000-control stress form each time it
 * came or went (121 ms of extension script per toast, bench/mutation-trace.mjs --scenario=close,
 * 7 Dec 2026, load average 1.7).
 */
export function isEntryChange(n: Element, parent: Node | null): boolean {
  if (!holdsRemoveControl(n)) return false;
  let a: Element | null = parent instanceof Element ? parent : parent instanceof ShadowRoot ? parent.host : null;
  for (let d = 0; a && d < ENTRY_UP; d++, a = composedParent(a)) {
    if (a.tagName === 'BODY' || a.tagName === 'HTML') return false;
    if (a.querySelector(FIELD_SELECTOR) !== null || holdsFieldHost(a)) return true;
  }
  return false;
}
