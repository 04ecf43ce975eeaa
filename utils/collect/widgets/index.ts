/**
 * The widget adapters, asked in order (the first that matches decides). See ./types.ts.
 * Add a widget family: write one adapter file, put it in this list before any adapter that
 * would also match it, and add a zoo scenario that draws it (tests/zoo).
 */
import type { FieldKind } from '@/utils/types';
import type { ReadContext, ValueRead, WidgetAdapter } from './types';
import { searchBox } from './search-box';
import { uiSelect } from './ui-select';
import { enhancedSelect, enhancedSelectProxy } from './enhanced-select';
import { nativeSelect } from './native-select';
import { boxSelect, displaySelect } from './display-select';
import { slider, sliderMirror } from './slider';
import { checkbox, radio, readRadios } from './choice';
import { combobox, comboboxWrapper } from './combobox';
import { dateSegments } from './date-segments';
import { choiceTabs, toggleGroup } from './toggle-group';
import { listboxButton } from './listbox-button';
import { richText, textBox } from './text';
import { setInnerAdapterLookup, shadowHost, shadowHostPart } from './shadow-host';
import { checkboxGroup } from './checkbox-group';
import { iframeEditor } from './iframe-editor';

export type { ReadContext, ValueRead, WidgetAdapter } from './types';
export { isPlaceholder, placeholderSet } from './common';

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file']);

export const ADAPTERS: readonly WidgetAdapter[] = [
  // an editor drawn in an iframe (./iframe-editor.ts): first, so that no other adapter is asked
  // about an iframe (its test is the tag, then one look into the frame)
  iframeEditor,
  // before the hosts: a required group's checkboxes (components or native) are one question
  checkboxGroup,
  // custom elements drawing their control in an open shadow root (../shadow.ts)
  shadowHostPart,
  shadowHost,
  // before searchBox: ui-select's only input is a type=search box (./ui-select.ts)
  uiSelect,
  searchBox,
  enhancedSelectProxy,
  comboboxWrapper,
  sliderMirror,
  enhancedSelect,
  nativeSelect,
  displaySelect,
  boxSelect,
  listboxButton,
  slider,
  radio,
  checkbox,
  toggleGroup,
  choiceTabs,
  dateSegments,
  combobox,
  textBox,
  richText,
];

/** The adapter of an element, or null when it is no form control at all. */
export function adapterFor(el: Element): WidgetAdapter | null {
  if (el instanceof HTMLInputElement && SKIPPED_INPUT_TYPES.has(el.type.toLowerCase())) {
    // a hidden input is no field, unless it keeps the value of a select drawn around it
    return el.type.toLowerCase() === 'hidden' && displaySelect.match(el) ? displaySelect : null;
  }
  for (const a of ADAPTERS) if (a.match(el)) return a;
  return null;
}

setInnerAdapterLookup(adapterFor);

/** Every attribute some adapter watches (for the live checker's MutationObserver). */
export const OBSERVED_ATTRIBUTES: readonly string[] = [...new Set(ADAPTERS.flatMap((a) => a.observe))];

/** Current value of a field by its kind (radios: the group's options). */
export function readValue(
  kind: FieldKind,
  el: Element,
  radioOptions: readonly Element[] | undefined,
  placeholders: ReadonlySet<string>,
  adapter?: WidgetAdapter | null,
  keptOptions?: ReadContext['keptOptions'],
  keptLabel?: ReadContext['keptLabel'],
): ValueRead {
  if (kind === 'radio') return readRadios(radioOptions ?? [el], keptLabel);
  const a = adapter ?? adapterFor(el);
  const ctx: ReadContext = { placeholders, keptOptions, keptLabel };
  return a?.read ? a.read(el, ctx) : { value: '', empty: true };
}
