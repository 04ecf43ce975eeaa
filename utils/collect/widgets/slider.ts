/**
 * Sliders: native range inputs and ARIA sliders (noUiSlider, MUI, AntD, Element Plus, Vuetify).
 * A number box that mirrors the slider (the "Slider with InputNumber" recipe of AntD, Bootstrap
 * input groups, Vuetify's append slot) is the same answer typed another way, not a field of its
 * own: on the zoo it came out as an unnamed second field beside every progress bar.
 */
import type { WidgetAdapter } from './types';
import { FIELD_SELECTOR } from './common';

function isSlider(el: Element): boolean {
  return (el instanceof HTMLInputElement && el.type === 'range') || el.getAttribute('role') === 'slider';
}

function sliderNumber(el: Element): number | null {
  const raw = el instanceof HTMLInputElement ? el.value : el.getAttribute('aria-valuenow');
  if (raw === null || raw === '') return null;
  const n = Number(raw);
  return Number.isFinite(n) ? n : null;
}

/**
 * The slider a number box mirrors: the nearest ancestor (≤ 5 levels) holding the box and a
 * slider, and no other field, with the same number (or an empty box beside a slider at 0).
 */
export function mirroredSlider(el: Element): Element | null {
  if (!(el instanceof HTMLInputElement) && el.getAttribute('role') !== 'spinbutton') return null;
  if (el instanceof HTMLInputElement && !/^(number|text|tel)$/.test(el.type)) return null;
  for (let i = 0, p = el.parentElement; i < 5 && p; i++, p = p.parentElement) {
    if (p.tagName === 'FORM' || p.tagName === 'FIELDSET' || p.tagName === 'TR') return null;
    const fields = Array.from(p.querySelectorAll(FIELD_SELECTOR)).filter((f) => f !== el && !f.contains(el) && !el.contains(f));
    const sliders = fields.filter(isSlider);
    if (sliders.length === 1 && fields.every((f) => f === sliders[0] || sliders[0]!.contains(f) || f.closest('[role="slider"]'))) {
      const raw = el instanceof HTMLInputElement ? el.value : el.getAttribute('aria-valuenow') ?? '';
      const n = raw.trim() === '' ? 0 : Number(raw.replace(/[,\s%]/g, ''));
      const s = sliderNumber(sliders[0]!);
      return s !== null && Number.isFinite(n) && Math.abs(s - n) < 0.5 ? sliders[0]! : null;
    }
    if (fields.length) return null;
  }
  return null;
}

export const slider: WidgetAdapter = {
  id: 'slider',
  match: isSlider,
  kind: () => 'slider',
  read(el) {
    if (el instanceof HTMLInputElement) {
      const n = Number(el.value);
      return { value: el.value, empty: el.value === '', number: Number.isFinite(n) ? n : undefined };
    }
    const n = sliderNumber(el);
    return n !== null
      ? { value: el.getAttribute('aria-valuetext') || String(n), empty: false, number: n }
      : { value: '', empty: true };
  },
  observe: ['aria-valuenow', 'aria-valuetext', 'value'],
};

export const sliderMirror: WidgetAdapter = {
  id: 'slider-mirror',
  match: (el) => mirroredSlider(el) !== null,
  ignore: true,
  kind: () => 'text',
  read: () => ({ value: '', empty: true }),
  observe: [],
};
