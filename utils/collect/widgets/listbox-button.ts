/**
 * A select drawn as a button that opens a listbox (WAI-ARIA's select-only "collapsible listbox":
 * `<button aria-haspopup="listbox">` showing the choice, its options drawn elsewhere, in a portal,
 * only while open). Headless UI's Listbox is drawn this way; without this adapter none of the
 * zoo's react-headless Listboxes was a field (first held-out run: 6/17, an empty quarter, target
 * group, plan level or plan row went unreported and every linked M1 plan read as unlinked).
 *
 * The value is the text the button shows. Its placeholder carries no marker but its look: the
 * library is unstyled and the page draws the prompt faded (Tailwind's text-gray-400, a contrast
 * of 2.5:1 on white), as browsers draw an input's placeholder; text a person reads as content
 * is not drawn below 3:1 (WCAG's floor for incidental text), so faded text alone in the button
 * is the placeholder.
 */
import type { ValueRead, WidgetAdapter } from './types';
import { cleanText } from '@/utils/text';
import { isPlaceholder, isPlaceholderPart } from './common';

/**
 * A textless button opening a popup (a dialog, a menu…) laid over the text it shows, inside the
 * <label> that wraps both: Ionic's ion-select (its shadow root draws `<label>` › label text, the
 * chosen text or the placeholder, and an empty `<button aria-haspopup="dialog">` over them). A
 * person sees a box showing a choice: a select, whose value is the text beside the button.
 */
export function isOverlayButton(el: Element): boolean {
  if (el.tagName !== 'BUTTON') return false;
  const popup = el.getAttribute('aria-haspopup');
  if (!popup || popup === 'false' || cleanText(el.textContent ?? '')) return false;
  return !!el.parentElement?.closest('label');
}

/** A `<button>` or an element given the button role (Vaadin's vaadin-select-value-button is a `role=button` element). */
function isButton(el: Element): boolean {
  return el.tagName === 'BUTTON' || el.getAttribute('role') === 'button';
}

/**
 * A button whose popup is a listbox though its `aria-haspopup` says only "true" or "menu": the
 * listbox it `aria-controls`, or one drawn after it in the same parent (Spectrum's sp-picker: its
 * shadow root draws `<button aria-haspopup="true">` showing the choice or the prompt, then the
 * `sp-menu role=listbox` of the host's options). A person sees a box that shows a choice and
 * opens a list of options: a select. Missed, the zoo's wc-spectrum quarter, M1 plan levels, plan
 * rows and send-step approver were no fields.
 */
export function opensListbox(el: Element): boolean {
  const popup = el.getAttribute('aria-haspopup');
  if (popup !== 'true' && popup !== 'menu') return false;
  const root = el.getRootNode() as Document | ShadowRoot;
  for (const id of (el.getAttribute('aria-controls') ?? '').split(/\s+/)) {
    if (id && root.getElementById?.(id)?.getAttribute('role') === 'listbox') return true;
  }
  for (let s = el.nextElementSibling; s; s = s.nextElementSibling) if (s.getAttribute('role') === 'listbox') return true;
  return false;
}

export function isListboxButton(el: Element): boolean {
  if (isOverlayButton(el)) return true;
  if (!isButton(el) || (el.getAttribute('aria-haspopup') !== 'listbox' && !opensListbox(el))) return false;
  // the opener of a combobox (out of the tab order, beside the combobox's input) is a part of
  // that combobox: Headless UI's ComboboxButton read as an empty select of its own on the zoo
  if (el.getAttribute('tabindex') === '-1') return false;
  return !el.parentElement?.querySelector('[role="combobox"]');
}

type Rgba = [number, number, number, number];

/** A computed colour: browsers give rgb()/rgba(), happy-dom (the unit tests) keeps #hex. */
function rgba(css: string): Rgba | null {
  const hex = /^#([0-9a-f]{3,8})$/i.exec(css.trim())?.[1];
  if (hex) {
    const h = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const n = (i: number) => parseInt(h.slice(i, i + 2), 16);
    return h.length >= 6 ? [n(0), n(2), n(4), h.length === 8 ? n(6) / 255 : 1] : null;
  }
  const m = /rgba?\(([^)]+)\)/.exec(css);
  if (!m) return null;
  const p = m[1]!.split(/[\s,/]+/).filter(Boolean).map(Number);
  if (p.length < 3 || p.some((n) => Number.isNaN(n))) return null;
  return [p[0]!, p[1]!, p[2]!, p[3] ?? 1];
}

function luminance([r, g, b]: Rgba): number {
  const f = (c: number) => { const s = c / 255; return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4; };
  return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
}

function backgroundOf(el: Element): Rgba {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const c = rgba(getComputedStyle(e).backgroundColor);
    if (c && c[3] > 0.5) return c;
  }
  return [255, 255, 255, 1];
}

/** Text drawn below 3:1 against its background: a prompt, not a value. */
export function drawnFaded(el: Element): boolean {
  if (typeof getComputedStyle !== 'function' || !el.isConnected) return false;
  const s = getComputedStyle(el);
  const fg = rgba(s.color);
  if (!fg) return false;
  const bg = backgroundOf(el);
  // a translucent colour is blended with the background, as the eye sees it
  const a = fg[3] * (Number(s.opacity) || (s.opacity === '0' ? 0 : 1));
  const seen: Rgba = [0, 1, 2].map((i) => fg[i]! * a + bg[i]! * (1 - a)) as Rgba;
  const [l1, l2] = [luminance(seen), luminance(bg)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05) < 3;
}

/** The text the button shows, without hidden, faded or placeholder-marked parts. */
function shownText(button: Element, skip?: Element): string {
  let out = '';
  // the overlay's text is drawn beside it, aria-hidden (the button's aria-label says it)
  const hiddenOk = !!skip;
  const walk = (node: Element): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c === skip) continue;
      if (c.nodeType === 3) {
        if (cleanText(c.nodeValue ?? '') && !drawnFaded(node)) out += c.nodeValue;
      } else if (c.nodeType === 1) {
        const e = c as Element;
        if (e.hasAttribute('hidden') || (!hiddenOk && e.getAttribute('aria-hidden') === 'true') || isPlaceholderPart(e)) continue;
        walk(e);
        out += ' ';
      }
    }
  };
  walk(button);
  return cleanText(out);
}

/**
 * The button says it shows its prompt: a `placeholder` attribute on the element that shows the
 * choice, present and empty (a state flag: Vaadin's vaadin-select draws its placeholder as an item
 * in its `role=button` value box and flags the box `placeholder=""`; the item is drawn in Lumo's
 * secondary text colour, not faded below 3:1: the zoo's empty quarter went unreported)
 * or holding the very text shown.
 */
function showsPrompt(el: Element, text: string): boolean {
  const p = el.getAttribute('placeholder');
  if (p === null || el instanceof HTMLInputElement) return false;
  return cleanText(p) === '' || cleanText(p) === text;
}

export function readListboxButton(el: Element, ph: ReadonlySet<string>): ValueRead {
  const text = isOverlayButton(el) ? shownText(el.parentElement!, el) : shownText(el);
  const empty = isPlaceholder(text, ph) || showsPrompt(el, text);
  return { value: empty ? '' : text, empty };
}

export const listboxButton: WidgetAdapter = {
  id: 'listbox-button',
  match: isListboxButton,
  kind: () => 'select',
  read: (el, ctx) => readListboxButton(el, ctx.placeholders),
  // the library redraws the button's text when a choice is made and flags its open state (and
  // its prompt state: Vaadin's `placeholder`)
  observe: ['aria-expanded', 'placeholder'],
};
