/**
 * A widget adapter: everything the extension knows about one family of form widgets,
 * in one place. collect (which controls are fields, their kind and value), the live checker
 * (which attributes to watch), focus (where to put the caret) and fill (how to write) all
 * ask the same adapter, so they cannot disagree about a widget.
 *
 * Adding a widget family = one file in this folder, registered in ./index.ts, plus a zoo
 * scenario that draws it (tests/zoo).
 */
import type { FieldKind } from '@/utils/types';

export interface ValueRead {
  value: string;
  empty: boolean;
  number?: number;
  checked?: boolean;
  options?: string[];
}

export interface ReadContext {
  /** match keys of the profile's placeholder texts ("-- กรุณาเลือก --" …) */
  placeholders: ReadonlySet<string>;
  /**
   * A select's option texts, kept by a watching collector while the page did not change
   * (`compute` reads them from the page); absent: read them every time.
   */
  keptOptions?: (el: Element, compute: () => string[]) => string[];
  /** the same for a radio option's label */
  keptLabel?: (el: Element, compute: () => string) => string;
}

export interface WidgetAdapter {
  /** short name, for tests and debugging */
  id: string;
  /** does `el` belong to this family? Adapters are asked in order; the first match wins. */
  match(el: Element): boolean;
  /**
   * true: a matched element is not a field of its own (a search box, the visible proxy of an
   * enhanced select, the number box mirroring a slider, the wrapper around an inner combobox).
   */
  ignore?: boolean;
  /** the element that stands for the field when several elements make one (date segments → their group) */
  owner?(el: Element): Element;
  /** the options of a single-choice field this adapter gathers itself (toggle-button groups) */
  options?(owner: Element): Element[];
  kind(el: Element): FieldKind;
  /**
   * the value as a person sees it. Absent where it is never asked: an `ignore` adapter's element
   * is no field, and a single choice whose `options` this adapter gathers is read as a radio
   * group (the chosen option's text: widgets/choice.ts readRadios, aria-pressed / aria-selected)
   */
  read?(el: Element, ctx: ReadContext): ValueRead;
  /** the element whose visibility decides whether the field is shown (default: the field element) */
  shown?(el: Element): Element;
  /**
   * disabled as drawn, for widgets with no native control and no ARIA (a greyed box classed
   * "disabled"); native `disabled` and aria-disabled are read for every widget anyway
   */
  disabled?(el: Element): boolean;
  /** where focus goes (default: the field element) */
  focus?(el: Element): Element;
  /** attributes whose change means the value changed (for the live checker's observer) */
  observe: readonly string[];
}
