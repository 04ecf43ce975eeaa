/**
 * Sliders: native range inputs and ARIA sliders (noUiSlider, MUI, AntD, Element Plus, Vuetify),
 * and sliders drawn with no input and no ARIA at all (Fomantic-UI's `.ui.slider`: a focusable
 * div with a track and a thumb; jQuery UI's `.ui-slider`: a thumb placed on the root div, which is
 * the track). Those are read as a person reads them: where the thumb sits
 * on the track, on the scale the slider's tick labels print (else 0–100). Unread, the zoo's
 * Fomantic progress bar was no field at all, so an undragged bar went unreported.
 * A number box that mirrors the slider (the "Slider with InputNumber" recipe of AntD, Bootstrap
 * input groups, Vuetify's append slot) is the same answer typed another way, not a field of its
 * own: on the zoo it came out as an unnamed second field beside every progress bar.
 */
import type { WidgetAdapter } from './types';
import { FIELD_SELECTOR, classOf, drawnDisabled } from './common';

function isSlider(el: Element): boolean {
  return (el instanceof HTMLInputElement && el.type === 'range') || el.getAttribute('role') === 'slider';
}

// ------------------------------------------------------------------ sliders without ARIA

/** A thumb (handle) and a track (rail): the two parts every slider draws. Class words are all there is without ARIA. */
const THUMB_CLASS = /(^|[\s_-])(thumb|handle)(\s|$)/i;
const TRACK_CLASS = /(^|[\s_-])(track|rail)(\s|$)/i;
const SLIDER_CLASS = /(^|[\s_-])(slider|range)(\s|$|[-_])/i;
const REAL_SLIDER = 'input[type="range"], [role="slider"]';

/** A thumb placed along its track by an inline percentage ("45%", "calc(45% - 10.5px)"). */
const PLACED = /-?\d+(?:\.\d+)?%/;
function inlinePlace(thumb: Element): string {
  const st = (thumb as HTMLElement).style;
  return st ? st.left || st.bottom || '' : '';
}

/** The thumb of a slider drawn without ARIA, if `el` is one (or holds one as the slider's root). */
function thumbIn(root: Element, limit = 12): Element | null {
  const list = root.querySelectorAll('[class]');
  for (let i = 0; i < list.length && i < limit; i++) if (THUMB_CLASS.test(classOf(list[i]))) return list[i]!;
  return null;
}

/**
 * The root of a slider drawn without ARIA that `el` belongs to: from a thumb, the nearest
 * ancestor (≤ 3 levels) that is focusable or classed as a slider and draws a track too.
 * null when the slider carries a native range input or role=slider (read by those).
 */
export function visualSliderOf(el: Element): Element | null {
  if (el instanceof HTMLInputElement || el.getAttribute('role')) return null;
  let thumb: Element | null = null;
  if (THUMB_CLASS.test(classOf(el))) thumb = el;
  else if (el.hasAttribute('tabindex') || SLIDER_CLASS.test(classOf(el))) thumb = thumbIn(el);
  if (!thumb || thumb.closest(REAL_SLIDER) || thumb.querySelector(REAL_SLIDER)) return null;
  for (let i = 0, p = thumb.parentElement; i < 3 && p && p.tagName !== 'FORM' && p.tagName !== 'BODY'; i++, p = p.parentElement) {
    if (!(p.hasAttribute('tabindex') || SLIDER_CLASS.test(classOf(p)))) continue;
    if (p.querySelector(REAL_SLIDER)) return null;
    const parts = p.querySelectorAll('[class]');
    for (let k = 0; k < parts.length && k < 12; k++) if (TRACK_CLASS.test(classOf(parts[k]))) return p;
    // the root itself is the track: the thumb sits directly on it, placed by an inline percentage
    // (jQuery UI's slider: <div class="ui-slider"><span class="ui-slider-handle" style="left: 45%">,
    // no track element, no ARIA; unread, the zoo's never-moved jQuery UI bar went unreported)
    if (thumb.parentElement === p && SLIDER_CLASS.test(classOf(p)) && PLACED.test(inlinePlace(thumb))) return p;
    return null;
  }
  return null;
}

/** The thumb's position on its track, 0–1: its inline left (Fomantic: "calc(45% - 10.5px)"), else its box on the track. */
function thumbFraction(root: Element): number | null {
  const thumb = thumbIn(root);
  if (!thumb) return null;
  const pct = /(-?\d+(?:\.\d+)?)%/.exec(inlinePlace(thumb));
  if (pct) return Math.min(1, Math.max(0, Number(pct[1]) / 100));
  let track: Element | null = null;
  const parts = root.querySelectorAll('[class]');
  for (let k = 0; k < parts.length && !track; k++) if (TRACK_CLASS.test(classOf(parts[k]))) track = parts[k]!;
  const t = (track ?? root).getBoundingClientRect?.();
  const h = thumb.getBoundingClientRect?.();
  if (!t || !h || t.width <= 0) return null;
  const centre = h.left + h.width / 2;
  return Math.min(1, Math.max(0, (centre - t.left) / t.width));
}

/** The scale a person reads: aria-valuemin/max if given, else the smallest and largest tick label, else 0–100. */
export function visualScale(root: Element): { min: number; max: number } {
  const amin = Number(root.getAttribute('aria-valuemin') ?? NaN);
  const amax = Number(root.getAttribute('aria-valuemax') ?? NaN);
  if (Number.isFinite(amin) && Number.isFinite(amax) && amax > amin) return { min: amin, max: amax };
  const ticks: number[] = [];
  const all = root.querySelectorAll('*');
  for (let i = 0; i < all.length && i < 400; i++) {
    const e = all[i]!;
    if (e.childElementCount) continue;
    const t = (e.textContent ?? '').trim();
    if (/^-?\d+(\.\d+)?$/.test(t)) ticks.push(Number(t));
  }
  if (ticks.length >= 2) {
    const min = Math.min(...ticks);
    const max = Math.max(...ticks);
    if (max > min) return { min, max };
  }
  return { min: 0, max: 100 };
}

/** The number a slider drawn without ARIA shows (to 2 decimals), null when its thumb cannot be placed. */
export function visualSliderNumber(root: Element): number | null {
  const f = thumbFraction(root);
  if (f === null) return null;
  const { min, max } = visualScale(root);
  return Math.round((min + f * (max - min)) * 100) / 100;
}

/**
 * The drawn slider whose value a read-only text input holds: the input sits right beside the
 * slider it stores (ion.rangeSlider, AdminLTE's range slider: <input readonly tabindex="-1"
 * class="irs-hidden-input"> after a <span> track with a thumb placed by an inline percentage, no
 * ARIA). A person reads the bar; its number is the input's (the thumb's percentage is shifted by
 * the thumb's width: 97 % at 100). Unread, the zoo's jquery-adminlte bar was a read-only text
 * box and an undragged bar went unreported. null when `el` is no such input.
 */
export function storedSliderOf(el: Element): Element | null {
  if (!(el instanceof HTMLInputElement) || el.type !== 'text' || !(el.readOnly || el.tabIndex < 0)) return null;
  for (const next of [el.previousElementSibling, el.nextElementSibling]) {
    if (!next || next.matches(FIELD_SELECTOR) || next.querySelector(REAL_SLIDER)) continue;
    // ion draws its scale's ticks (30 elements with grid: true) before the thumb
    const thumb = thumbIn(next, 80);
    if (thumb && PLACED.test(inlinePlace(thumb))) return next;
  }
  return null;
}

/** The read-only input a drawn bar stores its number in (the reverse of storedSliderOf). */
function storedInputOf(bar: Element): HTMLInputElement | null {
  if (bar instanceof HTMLInputElement || bar.getAttribute('role')) return null;
  for (const s of [bar.nextElementSibling, bar.previousElementSibling]) {
    if (s instanceof HTMLInputElement && storedSliderOf(s) === bar) return s;
  }
  return null;
}

function sliderNumber(el: Element): number | null {
  if (!(el instanceof HTMLInputElement) && !el.hasAttribute('aria-valuenow') && visualSliderOf(el) === el) return visualSliderNumber(el);
  const raw = el instanceof HTMLInputElement ? el.value : el.getAttribute('aria-valuenow');
  if (raw === null || raw === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/**
 * The fields of `p` beside `prev` (its child on the way up from the box): the siblings of
 * `prev` and what they hold, in page order. The box's own branch holds no other field (the
 * level below would have answered), so these are all of `p`'s fields but the box and the
 * elements around or inside it. null as soon as the answer is known to be "not a mirror": a
 * field that is no slider and not inside one, or a second slider.
 */
function fieldsBeside(p: Element, prev: Element): Element[] | null {
  const out: Element[] = [];
  let sliders = 0;
  const take = (f: Element): boolean => {
    if (isSlider(f)) {
      if (++sliders > 1) return false;
    } else if (!f.closest(REAL_SLIDER)) return false;
    out.push(f);
    return true;
  };
  for (let s = p.firstElementChild; s; s = s.nextElementSibling) {
    if (s === prev) continue;
    if (s.matches(FIELD_SELECTOR) && !take(s)) return null;
    const inner = s.querySelectorAll(FIELD_SELECTOR);
    for (let k = 0; k < inner.length; k++) if (!take(inner[k]!)) return null;
  }
  return out;
}

/**
 * The slider a number box mirrors: the nearest ancestor (≤ 5 levels) holding the box and a
 * slider, and no other field, with the same number (or an empty box beside a slider at 0).
 * Each level looks only at what it adds (the siblings of the level below), and stops at the
 * first other field: asking each ancestor for all its fields made this 11 % of a cold check
 * of the 2,000-control stress form (a box in a section of 50 fields queried the section).
 */
export function mirroredSlider(el: Element): Element | null {
  if (!(el instanceof HTMLInputElement) && el.getAttribute('role') !== 'spinbutton') return null;
  if (el instanceof HTMLInputElement && !/^(number|text|tel)$/.test(el.type)) return null;
  for (let i = 0, prev: Element = el, p = el.parentElement; i < 5 && p; i++, prev = p, p = p.parentElement) {
    if (p.tagName === 'FORM' || p.tagName === 'FIELDSET' || p.tagName === 'TR') return null;
    const fields = fieldsBeside(p, prev);
    if (!fields) return null;
    const sliders = fields.filter(isSlider);
    if (sliders.length === 1 && fields.every((f) => f === sliders[0] || sliders[0]!.contains(f) || f.closest('[role="slider"]'))) {
      const raw = el instanceof HTMLInputElement ? el.value : el.getAttribute('aria-valuenow') ?? '';
      const n = raw.trim() === '' ? 0 : Number(raw.replace(/[,\s%]/g, ''));
      const s = sliderNumber(sliders[0]!);
      return s !== null && Number.isFinite(n) && Math.abs(s - n) < 0.5 ? sliders[0]! : null;
    }
    if (fields.length) return null;
    // a slider drawn without ARIA beside the box (jQuery UI's slider + spinner): the same test
    const drawn = drawnSliderIn(p);
    if (drawn) {
      const raw = el instanceof HTMLInputElement ? el.value : el.getAttribute('aria-valuenow') ?? '';
      const n = raw.trim() === '' ? 0 : Number(raw.replace(/[,\s%]/g, ''));
      const s = visualSliderNumber(drawn);
      return s !== null && Number.isFinite(n) && Math.abs(s - n) < 0.5 ? drawn : null;
    }
  }
  return null;
}

/** The root of the one slider drawn without ARIA inside `box` (a box holding no other field), if any. */
function drawnSliderIn(box: Element): Element | null {
  const parts = box.querySelectorAll('[class]');
  for (let k = 0; k < parts.length && k < 40; k++) {
    if (!THUMB_CLASS.test(classOf(parts[k]))) continue;
    const root = visualSliderOf(parts[k]!);
    if (root) return root;
  }
  return null;
}

/** The current number of any slider collect reads (native, ARIA, or drawn): fill uses it to see the slider move. */
export function sliderValue(el: Element): number | null {
  return sliderNumber(el);
}

export const slider: WidgetAdapter = {
  id: 'slider',
  match: (el) => isSlider(el) || visualSliderOf(el) !== null || storedSliderOf(el) !== null,
  // a stored slider is its drawn bar (what is shown, takes the keys, and redraws when dragged:
  // the live checker sees the thumb's style change inside it; the input's value changes silently)
  owner: (el) => visualSliderOf(el) ?? storedSliderOf(el) ?? el,
  disabled: (el) => visualSliderOf(el) === el && drawnDisabled(el),
  focus: (el) => (el instanceof HTMLInputElement || el.getAttribute('role') ? el : el.querySelector('[tabindex]') ?? el),
  kind: () => 'slider',
  read(el) {
    const stored = storedInputOf(el);
    if (stored) {
      const n = Number(stored.value);
      return stored.value !== '' && Number.isFinite(n) ? { value: stored.value, empty: false, number: n } : { value: '', empty: true };
    }
    if (el instanceof HTMLInputElement) {
      const n = Number(el.value);
      return { value: el.value, empty: el.value === '', number: Number.isFinite(n) ? n : undefined };
    }
    const n = sliderNumber(el);
    return n !== null
      ? { value: el.getAttribute('aria-valuetext') || String(n), empty: false, number: n }
      : { value: '', empty: true };
  },
  // a drawn slider moves its thumb by its inline style (the live checker watches "style" already)
  observe: ['aria-valuenow', 'aria-valuetext', 'value'],
};

export const sliderMirror: WidgetAdapter = {
  id: 'slider-mirror',
  match: (el) => mirroredSlider(el) !== null,
  ignore: true,
  kind: () => 'text',
  observe: [],
};
