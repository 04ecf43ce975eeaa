/**
 * collect: page DOM → FormSnapshot. The only stage that reads the page.
 * Finds every visible, enabled control of the form (native and custom widgets),
 * resolves its visible label and section, and reads its value.
 *
 * Static facts about an element (kind, label, section, radio options) are cached
 * until `invalidate()` so that re-checks after typing only re-read values.
 */
import type { FieldKind, FieldSnapshot, FormSnapshot } from '@/utils/types';
import { cleanText } from '@/utils/text';
import { OUTSIDE_FORM, hasRequiredMark, isDisabled, isVisible, textOf, tidyLabel } from './dom';
import { labelOfControl, labelOfGroup } from './label';
import { SectionResolver } from './section';
import { placeholderSet, readValue } from './widgets';

const CANDIDATES = [
  'input',
  'select',
  'textarea',
  '[contenteditable=""]',
  '[contenteditable="true"]',
  '[role="combobox"]',
  '[role="slider"]',
  '[role="radiogroup"]',
  '[role="radio"]',
  '[role="checkbox"]',
  '[role="switch"]',
  '[role="textbox"]',
  '[role="spinbutton"]',
].join(',');

/** Widgets whose inner parts are not fields of their own. */
const COMPOSITE = '[role="combobox"], [role="slider"], [role="listbox"], [role="radiogroup"], [role="textbox"], [contenteditable="true"], [contenteditable=""]';

const SKIPPED_INPUT_TYPES = new Set(['hidden', 'submit', 'button', 'reset', 'image', 'file', 'search']);

interface StaticInfo {
  kind: FieldKind;
  /** the element that stands for the field (first radio for native radio groups) */
  el: Element;
  /** radio options (native radios of one name, or role=radio items) */
  options?: Element[];
  /** group container for radios */
  group?: Element;
  rawLabel: string;
  label: string;
  section: string[];
}

export interface Collected {
  snapshot: FormSnapshot;
  /** elements[i] is the element of snapshot.fields[i] (key "f" + i) */
  elements: Element[];
}

export interface CollectOptions {
  placeholders: readonly string[];
}

function kindOf(el: Element): FieldKind | null {
  const role = el.getAttribute('role');
  if (el instanceof HTMLInputElement) {
    const type = el.type.toLowerCase();
    if (SKIPPED_INPUT_TYPES.has(type)) return null;
    if (role === 'combobox') return 'combobox';
    if (type === 'radio') return 'radio';
    if (type === 'checkbox') return 'checkbox';
    if (type === 'range') return 'slider';
    return 'text';
  }
  if (el instanceof HTMLSelectElement) return 'select';
  if (el instanceof HTMLTextAreaElement) return 'text';
  switch (role) {
    case 'combobox':
      return 'combobox';
    case 'slider':
      return 'slider';
    case 'radiogroup':
    case 'radio':
      return 'radio';
    case 'checkbox':
    case 'switch':
      return 'checkbox';
    case 'spinbutton':
      return 'text';
  }
  return 'richtext';
}

/**
 * Read-only inputs that are really pickers: select-only comboboxes (Element UI, Element Plus)
 * and date pickers (flatpickr) keep the input read-only and fill it from a popup.
 */
const PICKER_CLASS = /(date|picker|flatpickr|select)/i;

function isPickerInput(el: Element): boolean {
  return (
    el.getAttribute('role') === 'combobox' ||
    el.hasAttribute('aria-haspopup') ||
    PICKER_CLASS.test(typeof el.className === 'string' ? el.className : '') ||
    PICKER_CLASS.test(typeof el.parentElement?.className === 'string' ? el.parentElement.className : '')
  );
}

function isEditable(el: Element, kind: FieldKind): boolean {
  if ((el as HTMLInputElement).readOnly && !isPickerInput(el)) return false;
  if (el.getAttribute('aria-readonly') === 'true') return false;
  if (kind === 'richtext' && (el as HTMLElement).isContentEditable === false && el.getAttribute('role') !== 'textbox') {
    return false;
  }
  if (kind === 'richtext' && el.getAttribute('contenteditable') === 'false') return false;
  return true;
}

function isRequired(el: Element, info: StaticInfo): boolean {
  if ((el as HTMLInputElement).required) return true;
  if (el.getAttribute('aria-required') === 'true') return true;
  if (info.group?.getAttribute('aria-required') === 'true') return true;
  return hasRequiredMark(info.rawLabel);
}

export class Collector {
  private info = new WeakMap<Element, StaticInfo | null>();
  private sections = new SectionResolver();
  private placeholders: Set<string>;

  constructor(options: CollectOptions) {
    this.placeholders = placeholderSet(options.placeholders);
  }

  /** Forget cached labels and sections (after the page's structure changed). */
  invalidate(): void {
    this.info = new WeakMap();
    this.headingText = new WeakMap();
    this.sections = new SectionResolver();
  }

  private radioGroupOf(el: Element, root: Element): { group: Element; options: Element[] } {
    if (el.getAttribute('role') === 'radiogroup') {
      return { group: el, options: Array.from(el.querySelectorAll('[role="radio"], input[type="radio"]')) };
    }
    if (el instanceof HTMLInputElement && el.name) {
      const scope = el.form ?? root;
      const options = Array.from(scope.querySelectorAll('input[type="radio"]')).filter(
        (r) => (r as HTMLInputElement).name === el.name,
      );
      const group =
        el.closest('fieldset, [role="radiogroup"], [role="group"], td') ??
        (el.closest('label')?.parentElement ?? el.parentElement ?? root);
      return { group, options };
    }
    const group = el.closest('[role="radiogroup"], [role="group"], fieldset') ?? el.parentElement ?? root;
    const options = Array.from(group.querySelectorAll('input[type="radio"], [role="radio"]'));
    return { group, options };
  }

  private staticInfo(el: Element, root: Element): StaticInfo | null {
    const known = this.info.get(el);
    if (known !== undefined) return known;
    // page chrome, our own UI, and the inner parts of a composite widget are not fields
    const outer = el.parentElement?.closest(COMPOSITE);
    if (el.closest(OUTSIDE_FORM) || (outer && outer.getAttribute('role') !== 'radiogroup')) {
      this.info.set(el, null);
      return null;
    }
    const kind = kindOf(el);
    let info: StaticInfo | null = null;
    if (kind === 'radio') {
      const { group, options } = this.radioGroupOf(el, root);
      const first = options[0] ?? el;
      const rawLabel = labelOfGroup(group, first);
      info = {
        kind,
        el: group.getAttribute('role') === 'radiogroup' ? group : first,
        options,
        group,
        rawLabel,
        label: tidyLabel(rawLabel),
        section: this.sections.pathOf(group, root),
      };
      for (const o of options) this.info.set(o, info);
      this.info.set(group, info);
    } else if (kind) {
      const rawLabel = labelOfControl(el);
      info = { kind, el, rawLabel, label: tidyLabel(rawLabel), section: this.sections.pathOf(el, root) };
    }
    this.info.set(el, info);
    return info;
  }

  private isFieldVisible(info: StaticInfo): boolean {
    if (info.options) {
      return info.options.some((o) => isVisible(o) || (o.closest('label') !== null && isVisible(o.closest('label')!)));
    }
    return isVisible(info.el);
  }

  /** One field from its static info, reading the value now. */
  private field(info: StaticInfo, index: number): FieldSnapshot {
    const read = readValue(info.kind, info.el, info.options, this.placeholders);
    const f: FieldSnapshot = {
      key: 'f' + index,
      label: info.label,
      kind: info.kind,
      value: read.value,
      empty: read.empty,
      editable: isEditable(info.el, info.kind),
      required: isRequired(info.el, info),
      section: info.section,
    };
    if (read.number !== undefined) f.number = read.number;
    if (read.checked !== undefined) f.checked = read.checked;
    if (read.options) f.options = read.options;
    return f;
  }

  /** Re-read the value of one field (after an input event), reusing its static facts. */
  refresh(el: Element, previous: FieldSnapshot): FieldSnapshot {
    const info = this.info.get(el);
    if (!info) return previous;
    const index = Number(previous.key.slice(1));
    return this.field(info, index);
  }

  /** The element a field stands for (for focusing and highlighting). */
  infoElement(el: Element): Element | null {
    return this.info.get(el)?.el ?? null;
  }

  private headingText = new WeakMap<Element, string>();

  /** Visible headings of the page (and of open dialogs), in order, for classifying the screen; texts cached like labels. */
  private headings(doc: Document): string[] {
    const out: string[] = [];
    const list = doc.querySelectorAll(HEADINGS);
    for (let i = 0; i < list.length && out.length < 40; i++) {
      const h = list[i]!;
      let text = this.headingText.get(h);
      if (text === undefined) {
        text = h.closest(OWN_UI) ? '' : cleanText(textOf(h));
        this.headingText.set(h, text);
      }
      if (text && isVisible(h)) out.push(text);
    }
    return out;
  }

  collect(doc: Document, root: Element = doc.body): Collected {
    const fields: FieldSnapshot[] = [];
    const elements: Element[] = [];
    const seen = new Set<StaticInfo>();
    const candidates = root.querySelectorAll(CANDIDATES);
    for (let i = 0; i < candidates.length; i++) {
      const info = this.staticInfo(candidates[i]!, root);
      if (!info || seen.has(info)) continue;
      seen.add(info);
      const target = info.options ? info.options : [info.el];
      if (target.every((o) => isDisabled(o))) continue;
      if (!this.isFieldVisible(info)) continue;
      const field = this.field(info, fields.length);
      fields.push(field);
      elements.push(info.el);
    }
    return {
      snapshot: { url: doc.location?.href ?? '', title: doc.title, headings: this.headings(doc), fields },
      elements,
    };
  }
}

const HEADINGS = 'h1, h2, h3, h4, [role="heading"], [role="dialog"] [class*="title"], legend';
const OWN_UI = '[data-emenscr-assistant], emenscr-assistant';

/** Convenience for tests and one-off use. */
export function collectForm(doc: Document, options: CollectOptions, root?: Element): Collected {
  return new Collector(options).collect(doc, root);
}
