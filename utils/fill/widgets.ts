/**
 * act: puts one value into one control, the way a person would, so the page's own
 * code (React-style value trackers, change handlers, custom widgets) sees a normal edit.
 *  - text / textarea / range: the prototype's native value setter, then input, change, blur;
 *  - select: the option by its text (selectedIndex through the native setter), then input, change;
 *  - radios and boxes: a click (only when the state differs);
 *  - role=slider: keyboard (Home, PageUp / arrows), else a pointer on the track;
 *  - role=combobox: click to open, then click the option whose text matches;
 *  - contenteditable: select its content and insertText, else textContent + input.
 * Each setter returns what it did; the caller re-reads the value to verify.
 */
import { cleanText, matchKey } from '@/utils/text';
import { isDisabled, isVisible, textOf } from '@/utils/collect/dom';
import { optionLabel } from '@/utils/collect/label';
import { adapterFor } from '@/utils/collect/widgets';
import { isChecked as isCheckedChoice } from '@/utils/collect/widgets/choice';
import { readCombobox } from '@/utils/collect/widgets/combobox';
import { sliderValue, visualScale, visualSliderOf } from '@/utils/collect/widgets/slider';
import { displaySelectItems, displaySelectOf, readDisplaySelect } from '@/utils/collect/widgets/display-select';
import { editorBody } from '@/utils/collect/widgets/iframe-editor';
import { chooseOption } from './values';

export type SetOutcome =
  | { ok: true; chosen?: string }
  /** the control has no option with that text (yet) */
  | { ok: false; reason: 'noOption' }
  /** the control did not take the value (a slider that would not move, a click that did nothing) */
  | { ok: false; reason: 'failed' };

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Resolve after the page had a chance to react (microtasks, one frame, a short tick). */
export async function tick(ms = 0): Promise<void> {
  await new Promise<void>((r) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => r()) : setTimeout(r, 0)));
  if (ms) await sleep(ms);
}

// ---------------------------------------------------------------- events

function fire(el: Element, type: string, init: EventInit = {}): boolean {
  return el.dispatchEvent(new Event(type, { bubbles: true, cancelable: true, composed: true, ...init }));
}

function fireInput(el: Element, data?: string): void {
  let ev: Event;
  try {
    ev = new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertText', data: data ?? null });
  } catch {
    ev = new Event('input', { bubbles: true, composed: true });
  }
  el.dispatchEvent(ev);
}

const KEY_CODES: Record<string, number> = {
  Home: 36, End: 35, PageUp: 33, PageDown: 34, ArrowLeft: 37, ArrowUp: 38, ArrowRight: 39, ArrowDown: 40,
  Enter: 13, Escape: 27, ' ': 32,
};

export function pressKey(el: Element, key: string): void {
  const init = {
    key,
    code: key === ' ' ? 'Space' : key,
    keyCode: KEY_CODES[key] ?? 0,
    which: KEY_CODES[key] ?? 0,
    bubbles: true,
    cancelable: true,
    composed: true,
  } as KeyboardEventInit;
  el.dispatchEvent(new KeyboardEvent('keydown', init));
  el.dispatchEvent(new KeyboardEvent('keyup', init));
}

function pointer(el: Element, type: string, x: number, y: number): void {
  const init = { bubbles: true, cancelable: true, composed: true, clientX: x, clientY: y, button: 0, buttons: type.endsWith('up') ? 0 : 1 };
  if (type.startsWith('pointer') && typeof PointerEvent === 'function') {
    el.dispatchEvent(new PointerEvent(type, { ...init, pointerId: 1, pointerType: 'mouse', isPrimary: true }));
  } else {
    el.dispatchEvent(new MouseEvent(type, init));
  }
}

/** A full click: pointer and mouse down/up, then click (widgets listen to any of them). */
export function clickLikeUser(el: Element): void {
  const r = el.getBoundingClientRect();
  const x = r.left + r.width / 2;
  const y = r.top + r.height / 2;
  pointer(el, 'pointerdown', x, y);
  pointer(el, 'mousedown', x, y);
  pointer(el, 'pointerup', x, y);
  pointer(el, 'mouseup', x, y);
  if (el instanceof HTMLElement) el.click();
  else pointer(el, 'click', x, y);
}

function focusQuietly(el: Element): void {
  (el as HTMLElement).focus?.({ preventScroll: true });
}

function blurQuietly(el: Element): void {
  const h = el as HTMLElement;
  if (h.ownerDocument.activeElement === h) h.blur?.();
  else fire(el, 'focusout', { cancelable: false });
}

// ---------------------------------------------------------------- native value setter

/** The prototype's value setter: bypasses a framework's per-instance override, so its tracker sees a change. */
export function setNativeValue(el: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement, value: string): void {
  const proto =
    el instanceof HTMLTextAreaElement
      ? HTMLTextAreaElement.prototype
      : el instanceof HTMLSelectElement
        ? HTMLSelectElement.prototype
        : HTMLInputElement.prototype;
  const setter = Object.getOwnPropertyDescriptor(proto, 'value')?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

export function setText(el: HTMLInputElement | HTMLTextAreaElement, value: string): SetOutcome {
  focusQuietly(el);
  setNativeValue(el, value);
  fireInput(el, value);
  fire(el, 'change', { cancelable: false });
  blurQuietly(el);
  return { ok: true };
}

export function setRange(el: HTMLInputElement, n: number): SetOutcome {
  focusQuietly(el);
  setNativeValue(el, String(n));
  fireInput(el);
  fire(el, 'change', { cancelable: false });
  blurQuietly(el);
  return { ok: true };
}

// ---------------------------------------------------------------- select

/** Options a person could pick: enabled, with a value, text not empty. */
function pickableOptions(sel: HTMLSelectElement): HTMLOptionElement[] {
  return Array.from(sel.options).filter((o) => !o.disabled && o.value !== '' && cleanText(o.text) !== '');
}

export function selectOptionTexts(sel: HTMLSelectElement): string[] {
  return pickableOptions(sel).map((o) => cleanText(o.text));
}

export function setSelect(sel: HTMLSelectElement, wanted: string): SetOutcome {
  const options = pickableOptions(sel);
  const choice = chooseOption(options.map((o) => cleanText(o.text)), wanted);
  if (!choice) return { ok: false, reason: 'noOption' };
  const option = options[choice.index]!;
  focusQuietly(sel);
  const setter = Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'selectedIndex')?.set;
  if (setter) setter.call(sel, option.index);
  else sel.selectedIndex = option.index;
  fireInput(sel);
  fire(sel, 'change', { cancelable: false });
  blurQuietly(sel);
  return { ok: true, chosen: choice.text };
}

// ---------------------------------------------------------------- select drawn around a hidden input

/** Is `el` the box of a select drawn around a hidden input (collect's display-select adapter)? */
export function isDisplaySelect(el: Element): boolean {
  return !(el instanceof HTMLSelectElement) && displaySelectOf(el) === el;
}

/**
 * A select drawn around a hidden input (no native select, no ARIA): open the box with a click,
 * click the menu item whose text matches, then read the box back as collect does.
 */
export async function setDisplaySelect(box: Element, wanted: string): Promise<SetOutcome> {
  const items = displaySelectItems(box).filter((o) => o.getAttribute('aria-disabled') !== 'true' && !/(^|\s)disabled(\s|$)/.test(o.getAttribute('class') ?? ''));
  const choice = chooseOption(items.map((o) => cleanText(o.textContent ?? '')), wanted);
  if (!choice) return { ok: false, reason: 'noOption' };
  focusQuietly(box);
  clickLikeUser(box);
  await tick();
  clickLikeUser(items[choice.index]!);
  await tick();
  blurQuietly(box);
  const now = readDisplaySelect(box, NO_PLACEHOLDERS).value;
  return matchKey(now).includes(matchKey(choice.text)) ? { ok: true, chosen: choice.text } : { ok: false, reason: 'failed' };
}

// ---------------------------------------------------------------- radios and boxes

// checked / pressed as collect reads it (the same adapter: native, ARIA, toggle buttons)
const isChecked = isCheckedChoice;

/** The radio options of a group element as collect reported it (a radiogroup, or the first native radio). */
export function radioOptions(el: Element): Element[] {
  // a group an adapter gathers itself (toggle-button groups): the same options collect read
  const adapter = adapterFor(el.firstElementChild ?? el);
  if (adapter?.options && adapter.owner?.(el.firstElementChild ?? el) === el) return adapter.options(el);
  if (el instanceof HTMLInputElement && el.type === 'radio') {
    if (!el.name) return [el];
    const scope: ParentNode = el.form ?? el.ownerDocument;
    return Array.from(scope.querySelectorAll('input[type="radio"]')).filter(
      (r) => (r as HTMLInputElement).name === el.name,
    );
  }
  return Array.from(el.querySelectorAll('[role="radio"], input[type="radio"]'));
}

export function setRadio(group: Element, wanted: string): SetOutcome {
  const options = radioOptions(group).filter((o) => !isDisabled(o));
  const choice = chooseOption(options.map((o) => cleanText(optionLabel(o))), wanted);
  if (!choice) return { ok: false, reason: 'noOption' };
  const option = options[choice.index]!;
  if (!isChecked(option)) clickLikeUser(option);
  if (!isChecked(option)) pressKey(option, ' ');
  return isChecked(option) ? { ok: true, chosen: choice.text } : { ok: false, reason: 'failed' };
}

export function setCheckbox(el: Element, checked: boolean): SetOutcome {
  if (isChecked(el) === checked) return { ok: true };
  clickLikeUser(el);
  if (isChecked(el) !== checked && !(el instanceof HTMLInputElement)) pressKey(el, ' ');
  return isChecked(el) === checked ? { ok: true } : { ok: false, reason: 'failed' };
}

// ---------------------------------------------------------------- role=slider

function ariaNumber(el: Element, attr: string, fallback: number): number {
  const v = el.getAttribute(attr);
  const n = v === null || v === '' ? NaN : Number(v);
  return Number.isFinite(n) ? n : fallback;
}

/**
 * Keyboard first: Home, then PageUp while a page step fits, then arrows; a pointer on the track if keys do nothing.
 * A slider drawn without ARIA (a thumb on a track) is watched the way collect reads it: where its thumb sits.
 */
export async function setAriaSlider(el: Element, target: number): Promise<SetOutcome> {
  const drawn = !el.hasAttribute('aria-valuenow') && visualSliderOf(el) === el;
  const scale = drawn ? visualScale(el) : null;
  const min = scale ? scale.min : ariaNumber(el, 'aria-valuemin', 0);
  const max = scale ? scale.max : ariaNumber(el, 'aria-valuemax', 100);
  const goal = Math.min(max, Math.max(min, target));
  const now = drawn ? () => sliderValue(el) ?? NaN : () => ariaNumber(el, 'aria-valuenow', NaN);
  focusQuietly(el);
  if (now() !== goal) await sliderKeys(el, goal, now);
  if (now() !== goal) {
    await sliderPointer(el, goal, min, max);
    if (now() !== goal) await sliderKeys(el, goal, now);
  }
  fire(el, 'change', { cancelable: false });
  blurQuietly(el);
  return now() === goal ? { ok: true } : { ok: false, reason: 'failed' };
}

async function sliderKeys(el: Element, goal: number, now: () => number): Promise<void> {
  const press = async (key: string) => {
    pressKey(el, key);
    await Promise.resolve();
  };
  await press('Home');
  let value = now();
  if (!Number.isFinite(value)) {
    await tick();
    value = now();
  }
  // page keys move by an unknown amount: learn it from the first press, stop using them after an overshoot
  let pageStep = 10;
  for (let guard = 0; guard < 600 && Number.isFinite(value) && value !== goal; guard++) {
    const before = value;
    const page = Math.abs(goal - value) >= pageStep;
    const up = value < goal;
    await press(page ? (up ? 'PageUp' : 'PageDown') : up ? 'ArrowRight' : 'ArrowLeft');
    value = now();
    if (value === before) {
      await tick(); // some widgets update on the next frame
      value = now();
    }
    if (value === before) {
      if (page) {
        pageStep = Infinity; // no page keys: arrows only
        continue;
      }
      return; // arrows do nothing either
    }
    if (page) pageStep = (up ? value > goal : value < goal) ? Infinity : Math.max(2, Math.abs(value - before));
  }
}

function trackOf(el: Element): Element {
  const r = el.getBoundingClientRect();
  // a thumb-only slider: its track is the nearest wider ancestor
  if (r.width >= 40) return el;
  let p = el.parentElement;
  for (let i = 0; p && i < 3; i++, p = p.parentElement) if (p.getBoundingClientRect().width >= 40) return p;
  return el;
}

async function sliderPointer(el: Element, goal: number, min: number, max: number): Promise<void> {
  const track = trackOf(el);
  const r = track.getBoundingClientRect();
  if (!r.width) return;
  const x = r.left + ((goal - min) / (max - min || 1)) * r.width;
  const y = r.top + r.height / 2;
  const start = el.getBoundingClientRect();
  pointer(el, 'pointerdown', start.left + start.width / 2, y);
  pointer(el, 'mousedown', start.left + start.width / 2, y);
  pointer(el, 'pointermove', x, y);
  pointer(el, 'mousemove', x, y);
  pointer(el.ownerDocument.documentElement, 'pointermove', x, y);
  pointer(el.ownerDocument.documentElement, 'mousemove', x, y);
  pointer(el, 'pointerup', x, y);
  pointer(el, 'mouseup', x, y);
  if (el.getAttribute('aria-valuenow') !== String(goal)) {
    pointer(track, 'pointerdown', x, y);
    pointer(track, 'mousedown', x, y);
    pointer(track, 'pointerup', x, y);
    pointer(track, 'mouseup', x, y);
    pointer(track, 'click', x, y);
  }
  await tick();
}

// ---------------------------------------------------------------- role=combobox

function listboxOf(el: Element): Element | null {
  const ids = (el.getAttribute('aria-controls') || el.getAttribute('aria-owns') || '').split(/\s+/).filter(Boolean);
  for (const id of ids) {
    const byId = el.ownerDocument.getElementById(id);
    if (byId) return byId.getAttribute('role') === 'listbox' ? byId : byId.querySelector('[role="listbox"]') ?? byId;
  }
  const inner = el.querySelector('[role="listbox"]');
  if (inner) return inner;
  const input = el.querySelector('input');
  const innerIds = input?.getAttribute('aria-controls');
  return innerIds ? el.ownerDocument.getElementById(innerIds.split(/\s+/)[0]!) : null;
}

function visibleOptions(list: Element | null): Element[] {
  if (!list) return [];
  return Array.from(list.querySelectorAll('[role="option"]')).filter(
    (o) => isVisible(o) && o.getAttribute('aria-disabled') !== 'true',
  );
}

function optionsOf(el: Element): Element[] {
  const list = listboxOf(el);
  const own = visibleOptions(list);
  if (own.length) return own;
  // a listbox rendered elsewhere (a portal) once opened
  const expanded = el.getAttribute('aria-expanded') === 'true' || el.querySelector('[aria-expanded="true"]');
  if (!expanded) return [];
  for (const lb of el.ownerDocument.querySelectorAll('[role="listbox"]')) {
    if (lb.closest('emenscr-assistant, [data-emenscr-assistant]')) continue;
    const opts = visibleOptions(lb);
    if (opts.length) return opts;
  }
  return [];
}

function comboOpener(el: Element): Element {
  return el.querySelector('button, [role="button"]') ?? el.querySelector('input') ?? el;
}

async function waitForOptions(el: Element, ms: number): Promise<Element[]> {
  const until = Date.now() + ms;
  for (;;) {
    const opts = optionsOf(el);
    if (opts.length || Date.now() >= until) return opts;
    await sleep(30);
  }
}

/** The combobox's value as collect reads it (input text, else the library's display element). */
function comboText(el: Element): string {
  return readCombobox(el, NO_PLACEHOLDERS).value || textOf(el);
}
const NO_PLACEHOLDERS: ReadonlySet<string> = new Set();

export async function setCombobox(el: Element, wanted: string, optionWaitMs = 1000): Promise<SetOutcome> {
  focusQuietly(el);
  let options = optionsOf(el);
  if (!options.length) {
    clickLikeUser(comboOpener(el));
    options = await waitForOptions(el, 150);
  }
  if (!options.length) {
    pressKey(el, 'ArrowDown');
    options = await waitForOptions(el, optionWaitMs);
  }
  let choice = chooseOption(options.map((o) => cleanText(o.textContent ?? '')), wanted);
  const input = el instanceof HTMLInputElement ? el : el.querySelector('input');
  if (!choice && input && !input.readOnly) {
    // a searchable combobox: type to narrow the list
    setNativeValue(input, wanted);
    fireInput(input, wanted);
    options = await waitForOptions(el, optionWaitMs);
    choice = chooseOption(options.map((o) => cleanText(o.textContent ?? '')), wanted);
  }
  if (!choice) {
    pressKey(el, 'Escape');
    return { ok: false, reason: 'noOption' };
  }
  clickLikeUser(options[choice.index]!);
  await tick();
  if (el.getAttribute('aria-expanded') === 'true') pressKey(el, 'Escape');
  blurQuietly(el);
  return matchKey(comboText(el)).includes(matchKey(choice.text)) || matchKey(choice.text).includes(matchKey(comboText(el)))
    ? { ok: true, chosen: choice.text }
    : { ok: false, reason: 'failed' };
}

/** Option texts a combobox offers (opening it when they are not in the DOM yet). */
export function comboOptionTexts(el: Element): string[] {
  return optionsOf(el).map((o) => cleanText(o.textContent ?? ''));
}

// ---------------------------------------------------------------- contenteditable

export function setRichText(el: HTMLElement, value: string): SetOutcome {
  // an editor drawn in an iframe (collect/widgets/iframe-editor.ts): the text goes into its
  // editing body, where the editor hears it (set on the iframe element, it went nowhere, and the
  // page's hidden textarea is the editor's to write on save)
  if (el.tagName === 'IFRAME') {
    const body = editorBody(el);
    return body ? setRichText(body, value) : { ok: false, reason: 'failed' };
  }
  focusQuietly(el);
  const doc = el.ownerDocument;
  const sel = doc.getSelection();
  let done = false;
  if (sel && el.isContentEditable) {
    const range = doc.createRange();
    range.selectNodeContents(el);
    sel.removeAllRanges();
    sel.addRange(range);
    try {
      done = value === '' ? doc.execCommand('delete', false) : doc.execCommand('insertText', false, value);
    } catch {
      done = false;
    }
    if (done && matchKey(el.textContent ?? '') !== matchKey(value)) done = false;
  }
  if (!done) {
    el.textContent = value;
    fireInput(el, value);
  }
  fire(el, 'change', { cancelable: false });
  blurQuietly(el);
  return { ok: true };
}
