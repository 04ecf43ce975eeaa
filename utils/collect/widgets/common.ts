/** Helpers shared by the widget adapters. */
import { cleanText, isGlyphText, matchKey } from '@/utils/text';
import { holdsOtherField, slotOf, textOf, walkText } from '../dom';
import { isPrompt } from '../labels/reject';

export function isPlaceholder(text: string, placeholders: ReadonlySet<string>): boolean {
  const key = matchKey(text).replace(/^-+|-+$/g, '');
  return key === '' || placeholders.has(key) || isPrompt(text);
}

export function placeholderSet(list: readonly string[]): Set<string> {
  return new Set(list.map((p) => matchKey(p).replace(/^-+|-+$/g, '')));
}

export { FIELD_SELECTOR } from '../dom';

/** The class attribute as a string (SVG elements have an object there). */
export function classOf(el: Element | null | undefined): string {
  const c = el?.getAttribute('class');
  return c ?? '';
}

const PLACEHOLDER_PART = /placeholder/i;
const SELECTED_PART = /(selected|selection-item|single-value)/i;
const FADED = /(transparent|is-empty|--empty)/i;

/**
 * A placeholder drawn in the box. Element Plus reuses its placeholder slot for the chosen
 * label ("el-select__selected-item el-select__placeholder") and fades it with "is-transparent"
 * when nothing is chosen; AntD draws ".ant-select-placeholder" only when empty.
 */
export function isPlaceholderPart(e: Element): boolean {
  const c = classOf(e);
  if (!PLACEHOLDER_PART.test(c)) return false;
  return FADED.test(c) || !SELECTED_PART.test(c);
}

/**
 * Text a person sees in a widget's box, without its placeholder, the typed-in input, buttons
 * (clear, remove-chip) and hidden parts: the chosen option of a component-library select
 * (AntD, Element Plus: a read-only input beside a span with the choice) or its chips.
 */
export function displayText(box: Element, ownName = ''): string {
  if (!ownName) return walkText(box, notDisplayText, false);
  // a caption drawn inside the box with the control's own name (Quasar's q-field__label, a
  // floating label that is a <div>): what the box is called, not what it shows
  return walkText(box, (e) => notDisplayText(e) || cleanText(e.textContent ?? '') === ownName, false);
}

/**
 * What a web component draws around its slotted input besides the input: the text of the element
 * of its shadow root that holds the input's <slot>, read in the flattened tree (other slotted
 * children, and hosts through their open shadow roots). Vaadin's multi-select combo box keeps its
 * `<input slot="input">` and its chips (`slot="chip"`, each chip's text in its own shadow root)
 * in the light DOM beside the label, and draws them side by side in its `input-field` part.
 */
export function slottedFrameText(input: Element): string {
  const frame = slotOf(input)?.parentElement;
  return frame ? walkText(frame, (e) => e === input || notDisplayText(e), false, true) : '';
}

const NOT_DISPLAY_TEXT = new Set(['INPUT', 'BUTTON', 'SCRIPT', 'STYLE', 'LABEL', 'SELECT', 'TEMPLATE']);
const NOT_DISPLAY_ROLE = new Set(['listbox', 'tooltip', 'dialog']);

function notDisplayText(e: Element): boolean {
  if (NOT_DISPLAY_TEXT.has(e.tagName) || isPlaceholderPart(e)) return true;
  const role = e.getAttribute('role');
  if (role === 'button') return isGlyphButton(e);
  return role !== null && NOT_DISPLAY_ROLE.has(role);
}

/**
 * A button drawn as a glyph in a select's box ("×" to remove the choice or clear all: ng-select's
 * `span role=button aria-label="Remove …"`) is a control, not what the box shows: the ng-select
 * quarter read "× ไตรมาสที่ 4 …". A button with words (an MUI chip is a `role=button` holding the
 * chosen text) is still read.
 */
function isGlyphButton(e: Element): boolean {
  const text = e.textContent ?? '';
  return text.trim() === '' || isGlyphText(text);
}

/**
 * The box of an input-based widget: the highest ancestor (at most `levels` up) that holds no
 * other field and no <label>, i.e. the select's own frame and not the form row around it.
 * Measured on the zoo: AntD's chosen text sits 1 level up, Element Plus tags 2, MUI chips 1.
 */
export function boxOf(el: Element, levels = 3): Element {
  let box: Element = el;
  for (let i = 0, p = el.parentElement; i < levels && p; i++, p = p.parentElement) {
    if (p.tagName === 'FORM' || p.tagName === 'BODY' || p.tagName === 'TD' || p.tagName === 'LABEL') break;
    if (holdsCaption(p)) break;
    if (holdsOtherField(p, el)) break;
    box = p;
  }
  return box;
}

/** Holds a label, legend or helper text that a person reads as the field's caption, not its value. */
function holdsCaption(p: Element): boolean {
  const list = p.querySelectorAll('label, legend, [class*="helper"], [class*="form-text"], [class*="extra"], [class*="messages"], [class*="hint"]');
  for (let i = 0; i < list.length; i++) {
    if (!list[i]!.closest('[aria-hidden="true"]')) return true;
  }
  return false;
}

export { textOf };

const DRAWN_DISABLED = /(^|\s)(disabled|is-disabled)(\s|$)|--disabled(\s|$)/;

/**
 * A widget drawn without native control or ARIA shows it is disabled only by a class on its box
 * (Fomantic/Semantic UI ".ui.disabled.dropdown", ".ui.disabled.slider").
 */
export function drawnDisabled(el: Element): boolean {
  return DRAWN_DISABLED.test(classOf(el));
}
