/**
 * ARIA comboboxes and component-library selects. The value a person sees is the input's text
 * (MUI Autocomplete, Vuetify) or, when the input is only a read-only focus holder, the text
 * the library draws beside it: the chosen item (AntD .ant-select-content, Element Plus
 * .el-select__selected-item) or the chips of a multi-select, never its placeholder.
 * A combobox wrapping an inner input combobox (Vuetify's v-field) is not a field itself.
 */
import type { ReadContext, ValueRead, WidgetAdapter } from './types';
import { cleanText, hasWords } from '@/utils/text';
import { boxOf, displayText, isPlaceholder, isPlaceholderPart, slottedFrameText, textOf } from './common';
import { labelsOf } from '../labels/accessible';
import { flatQueryAll } from '../shadow';

function listboxOf(el: Element): Element | null {
  const id = el.getAttribute('aria-controls') || el.getAttribute('aria-owns');
  // the id is the control's own tree's (a combobox in a shadow root points at its root's listbox)
  const byId = id ? (el.getRootNode() as Document | ShadowRoot).getElementById(id.split(/\s+/)[0]!) : null;
  return byId ?? el.querySelector('[role="listbox"]');
}

function hiddenStore(el: Element): HTMLInputElement | null {
  const scope = el.parentElement ?? el;
  const inputs = scope.querySelectorAll('input[type="hidden"], input[aria-hidden="true"]');
  return inputs.length === 1 ? (inputs[0] as HTMLInputElement) : null;
}

/**
 * Text drawn fully transparent is not seen: PrimeVue's Select without a placeholder keeps a filler
 * word ("p-emptylabel") in its combobox span at opacity 0 while nothing is chosen; read as the
 * value, an empty required select was never reported.
 */
function drawnUnseen(el: Element): boolean {
  if (typeof getComputedStyle !== 'function' || !el.isConnected) return false;
  const s = getComputedStyle(el);
  return s.opacity === '0' || s.visibility === 'hidden';
}

function ownLabelText(el: HTMLInputElement): string {
  const aria = el.getAttribute('aria-label');
  if (aria && cleanText(aria)) return cleanText(aria);
  const labels = labelsOf(el);
  if (!labels) return '';
  return cleanText(Array.from(labels, (l) => textOf(l, el)).join(' '));
}

export function readCombobox(el: Element, ph: ReadonlySet<string>, kept?: ReadContext['keptOptions']): ValueRead {
  // the listbox's option texts, kept by a watching collector while the page did not change
  const all = (): string[] | undefined => {
    const list = listboxOf(el);
    return list
      ? flatQueryAll(list, '[role="option"]').map((o) => cleanText(o.textContent ?? '')).filter((t) => !isPlaceholder(t, ph))
      : undefined;
  };
  const options = kept ? keptOrNone(el, all, kept) : all();
  let text: string;
  if (el instanceof HTMLInputElement) {
    text = el.value;
    // the read-only focus input of Quasar's q-select is named by aria-label, and the same words
    // are drawn in its box as the floating label: read as the value, an empty required select
    // ("ไตรมาสที่รายงาน *") counted as chosen (zoo vue-quasar m6-empty). Only aria-label and
    // <label> text: an aria-labelledby may point at the value box itself (Angular Material).
    if (!cleanText(text)) text = displayText(boxOf(el), ownLabelText(el));
    // chips drawn beside a slotted input by its web component (Vaadin's multi-select combo box,
    // which also copies the chosen items into the input's placeholder for screen readers): read
    // as empty, every filled zoo wc-vaadin report had a false "ยังไม่ได้กรอก" on its target groups
    if (!cleanText(text)) {
      const drawn = slottedFrameText(el);
      if (drawn && !isPlaceholder(drawn, ph)) return { value: cleanText(drawn), empty: false, options };
    }
  } else {
    const input = el.querySelector('input:not([type="hidden"])') as HTMLInputElement | null;
    // displayText alone: the text it leaves out is a placeholder part or a caption, never a value
    // (Angular Material draws an empty mat-select as only a .mat-mdc-select-placeholder span; the
    // full text read it as chosen and missed the zoo's empty ไตรมาสที่รายงาน on m6-empty)
    // the combobox may itself be the placeholder part: PrimeVue's Select draws its role=combobox
    // <span> with the placeholder text and marks that span "p-placeholder" while nothing is chosen
    // (its aria-label repeats the text); read as chosen, the zoo's empty quarter went unreported
    text = input && input.value ? input.value : el.getAttribute('aria-valuetext') || (isPlaceholderPart(el) || drawnUnseen(el) ? '' : displayText(el));
    // a combobox that only wraps the button it opens from shows that button's words: Blueprint's
    // Select puts role=combobox on its popover target and draws the choice (or the prompt) as the
    // text of the <Button> inside; buttons are left out of displayText (clear, remove-chip), so
    // every chosen quarter read as empty (a false "ยังไม่ได้กรอก" on zoo react-blueprint m6-complete)
    if (!input && !cleanText(text)) text = triggerButtonText(el);
  }
  // the hidden input a library keeps the real value in (MUI Select, Vuetify): empty → nothing chosen,
  // whatever the box shows (MUI draws its placeholder through renderValue)
  const store = el instanceof HTMLInputElement ? null : hiddenStore(el);
  if (store && store.value === '') return { value: '', empty: true, options };
  // a select-only combobox drawn as a <button> whose own value is empty has nothing chosen, whatever
  // it shows: Fluent UI's Dropdown keeps the chosen text in the button's value and draws its
  // placeholder as the button text, in a grey (#707070, 4.9:1) too dark to read as faded; read as
  // chosen, the zoo's empty quarter and target groups went unreported (react-fluent m6-empty)
  if (el instanceof HTMLButtonElement && el.hasAttribute('value') && !cleanText(el.value)) return { value: '', empty: true, options };
  const value = cleanText(text);
  const placeholder = el.getAttribute('placeholder') ?? el.getAttribute('aria-placeholder') ?? '';
  const empty = isPlaceholder(value, ph) || (placeholder !== '' && cleanText(placeholder) === value);
  return { value: empty ? '' : value, empty, options };
}

/**
 * The words of the one button a non-input combobox wraps, when it holds nothing else that shows
 * text: the trigger of a popover select. Icons (svg, glyph-only parts) and hidden parts are not
 * read. '' when the box holds no button, several, or a button that shows no letter or digit.
 */
function triggerButtonText(el: Element): string {
  const buttons = el.querySelectorAll('button, [role="button"]');
  if (buttons.length !== 1) return '';
  const button = buttons[0]!;
  if (button.closest('[role="listbox"]') !== null) return '';
  const words = cleanText(textOf(button));
  return hasWords(words) ? words : '';
}

/** kept() keeps string lists: "no listbox" is kept as null and given back as undefined. */
const NO_LIST: string[] = [];
function keptOrNone(el: Element, all: () => string[] | undefined, kept: NonNullable<ReadContext['keptOptions']>): string[] | undefined {
  const list = kept(el, () => all() ?? NO_LIST);
  return list === NO_LIST ? undefined : list.slice();
}

export const comboboxWrapper: WidgetAdapter = {
  id: 'combobox-wrapper',
  match: (el) => el.getAttribute('role') === 'combobox' && !(el instanceof HTMLInputElement) && el.querySelector('input[role="combobox"], [role="combobox"]') !== null,
  ignore: true,
  kind: () => 'combobox',
  observe: [],
};

export const combobox: WidgetAdapter = {
  id: 'combobox',
  match: (el) => el.getAttribute('role') === 'combobox',
  kind: () => 'combobox',
  read: (el, ctx) => readCombobox(el, ctx.placeholders, ctx.keptOptions),
  observe: ['aria-expanded', 'aria-activedescendant', 'value'],
};
