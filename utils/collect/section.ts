/**
 * Which section a control belongs to: the titles of the containers around it,
 * outermost first. A title is a fieldset legend, a labelled group/region, a heading
 * at the start of a container, the nearest heading before it among its siblings, or
 * a full-width header row above it in a table. Results are memoised per element
 * for one scan.
 */
import { containsControl as holdsNativeOrAriaControl, textOf, textOfIds } from './dom';
import { isBoxSelect } from './widgets/display-select';
import { holdsFieldHost, slotOf } from './shadow';

/**
 * A control inside `el`, counting selects drawn as a bare focusable box (Naive UI's n-select:
 * no input, no role). Without them a card holding only such selects looked control-free, so
 * its header was taken for the title of the whole form and every later card nested under it
 * (zoo vue-naive M1: the development plan read as a part of ยุทธศาสตร์ชาติ).
 */
function containsControl(el: Element): boolean {
  return holdsNativeOrAriaControl(el) || holdsBoxSelect(el);
}

/** A select drawn as a bare focusable box (Naive UI's n-select) inside `el`. */
function holdsBoxSelect(el: Element): boolean {
  const boxes = el.querySelectorAll('[tabindex="0"]:not([role])');
  for (let i = 0; i < boxes.length; i++) if (isBoxSelect(boxes[i]!)) return true;
  return false;
}

/**
 * Title classes of component libraries: Bootstrap card-header/card-title, AntD ant-card-head-title,
 * MUI MuiCardHeader-title, Element Plus el-card__header, Vuetify v-card-title / v-card-subtitle,
 * Quasar q-table__title; and the typography classes that draw a heading level on a <div>
 * (Quasar's and Vuetify's text-h6, Bootstrap's .h5): Quasar's docs title a q-card with
 * <div class="text-h6"> in its first q-card-section, and without it every field of the zoo's
 * vue-quasar page had no section (the M1 development plan chain was never seen as linked).
 * DevExtreme's demos lay a form out by hand as `div.dx-fieldset` opened by a
 * `div.dx-fieldset-header`: unread, the zoo's jquery-devextreme M1 sections named no plan (the
 * development plan read as unlinked on the complete form).
 */
const HEADING_CLASS = /((section|card|panel|group|block|table|list|fieldset)[-_]*(sub)?(head|header|heading|title)|(^|[\s_-])heading([\s_-]|$)|(^|\s)(text-)?h[1-6](\s|$))/i;

function isHeading(el: Element): boolean {
  const tag = el.tagName;
  if (tag.length === 2 && tag[0] === 'H' && tag[1]! >= '1' && tag[1]! <= '6') return true;
  if (el.getAttribute('role') === 'heading') return true;
  if (tag === 'LEGEND' || tag === 'CAPTION' || tag === 'SUMMARY') return true;
  // a custom element's tag names what it draws, as a class does: Ionic titles a list with
  // <ion-list-header> (no heading role, no class); unread, every field of the zoo's wc-ionic M1
  // page sat under the page title and the development plan's edition read as a bare empty field
  const named = (typeof el.className === 'string' ? el.className : '') + (tag.includes('-') ? ' ' + el.localName : '');
  if (HEADING_CLASS.test(named)) {
    return !containsControl(el);
  }
  // a host's child shown through a <slot> that is, or sits in, the component's heading part (a
  // web component's card drawing its `header` slot as a "card__header" box in its open shadow
  // root): the page shows it as that heading (zoo wc-shoelace: every sl-card was untitled)
  const slot = el.parentElement?.shadowRoot ? slotOf(el) : null;
  if (slot && (isHeading(slot) || (slot.parentElement !== null && isHeading(slot.parentElement)))) return !containsControl(el);
  return false;
}

/** A table row that is only a title: one cell spanning the row, no controls. */
function isSectionRow(el: Element): boolean {
  if (el.tagName !== 'TR') return false;
  const cells = (el as HTMLTableRowElement).cells;
  if (cells.length !== 1) return false;
  const cell = cells[0]!;
  return (cell.colSpan > 1 || cell.tagName === 'TH') && !containsControl(cell);
}

/**
 * A switch or checkbox with its label and nothing else, right before a container: the toggle
 * that reveals it (MUI FormControlLabel + Collapse with the plan's fields), so its label names
 * what follows, as a person reads "ยุทธศาสตร์ชาติ [on]" above the card it opened.
 */
function isToggleRow(el: Element): boolean {
  // the first control decides most rows without listing all of them (a previous sibling can be
  // a whole section: listing its controls was 6 % of a cold check of the stress form)
  const c = el.querySelector(CONTROL_LIKE);
  if (!c) return false;
  const toggle = (c as HTMLInputElement).type === 'checkbox' || c.getAttribute('role') === 'switch' || c.getAttribute('role') === 'checkbox';
  if (!toggle) return false;
  if (el.querySelectorAll(CONTROL_LIKE).length !== 1) return false;
  const t = textOf(el);
  return t.length > 0 && t.length <= 120;
}
const CONTROL_LIKE = 'input:not([type="hidden"]), select, textarea, [role="switch"], [role="checkbox"], [role="combobox"], [role="slider"], [role="radio"]';

/**
 * The text a heading shows. An accordion's heading holds only its disclosure button (the WAI-ARIA
 * accordion pattern, `<h2><button aria-expanded>title</button></h2>`, react-bootstrap's
 * Accordion.Header): button text is no label text elsewhere, but here it is the heading a person
 * reads (zoo react-bootstrap: every M1 section untitled, so the plan chains read as unlinked).
 */
export function headingText(el: Element): string {
  const t = textOf(el);
  if (t) return t;
  const buttons = el.querySelectorAll('button, [role="button"]');
  return buttons.length === 1 && buttons[0]!.hasAttribute('aria-expanded') ? textOf(buttons[0]) : '';
}

function soleHeading(container: Element): boolean {
  let n = 0;
  for (let c = container.firstElementChild; c; c = c.nextElementSibling) {
    if (isHeading(c) && ++n > 1) return false;
  }
  return true;
}

/**
 * A header block that opens a container: no control, and nothing to read but one heading, however
 * deep the wrappers around it. Mantine's docs title a Card with <Card.Section><Group><Title>:
 * the <h4> is two divs down, and without this every field of the zoo's react-mantine M1 page had
 * no section (the ยุทธศาสตร์ชาติ chain's empty last level read as a bare empty field, not as
 * the plan's incomplete detail).
 */
function headerBlockTitle(block: Element): string {
  if (containsEntryControl(block)) return '';
  const inner = block.firstElementChild;
  if (inner && isHeading(inner)) return headingText(inner);
  const heading = block.querySelector('h1, h2, h3, h4, h5, h6, [role="heading"]');
  if (!heading) return '';
  const title = headingText(heading);
  return title && title === (textOf(block) || headingText(block)) ? title : '';
}

/**
 * A control that takes a value, inside `el` (buttons are actions, not entries). A header block's
 * tool buttons (AdminLTE's card-tools: collapse "−", remove "×", "+ add") do not make it less of
 * a title, as a person reads "ยุทธศาสตร์ชาติ [−]": with any button counting, every card of the
 * zoo's jquery-adminlte page had no section (its M1 plan details read as bare empty fields).
 */
function containsEntryControl(el: Element): boolean {
  if (!containsControl(el)) return false;
  const all = el.querySelectorAll(ENTRY_LIKE);
  for (let i = 0; i < all.length; i++) {
    const c = all[i]!;
    if (c.tagName === 'INPUT' && /^(button|submit|reset|image)$/i.test((c as HTMLInputElement).type)) continue;
    return true;
  }
  // a box select (Naive UI) and a web component drawing a control in its shadow root count as entries; buttons do not
  return holdsBoxSelect(el) || holdsFieldHost(el);
}
const ENTRY_LIKE = 'input:not([type="hidden"]), select, textarea, [contenteditable=""], [contenteditable="true"], [role="combobox"], [role="slider"], [role="radio"], [role="checkbox"], [role="switch"], [role="textbox"], [role="listbox"], [role="spinbutton"]';

/** An empty custom element: no light children, no text, no control in its shadow root (md-elevation, md-ripple). */
function isDecoration(el: Element): boolean {
  return el.localName.includes('-') && el.childElementCount === 0 && !(el.textContent ?? '').trim() && !holdsFieldHost(el);
}

export class SectionResolver {
  private prevTitle = new Map<Element, string>();
  private ownTitle = new Map<Element, string>();
  private paths = new Map<Element, string[]>();

  /** Title of the nearest heading (or section row) before `el` among its siblings. */
  private titleBefore(el: Element): string {
    const cached = this.prevTitle.get(el);
    if (cached !== undefined) return cached;
    const prev = el.previousElementSibling;
    let title = '';
    if (prev) {
      // a toggle row names the container it reveals, not the next toggle of a list of them
      if (isHeading(prev)) title = headingText(prev);
      else if (isSectionRow(prev) || (isToggleRow(prev) && !isToggleRow(el))) title = textOf(prev);
      else title = this.titleBefore(prev);
    }
    this.prevTitle.set(el, title);
    return title;
  }

  /** Title a container gives itself: legend, aria label, or a heading as its first child. */
  private titleOf(el: Element): string {
    const cached = this.ownTitle.get(el);
    if (cached !== undefined) return cached;
    let title = '';
    if (el.tagName === 'FIELDSET') {
      // a fieldset is a group: without a <legend> it may be named like one (Headless UI's Fieldset
      // draws its Legend as a <div> the fieldset points aria-labelledby at; unread, the zoo's
      // M1 sections named no plan and every linked แผนพัฒนาฯ detail read as unlinked)
      title = textOf(el.querySelector(':scope > legend')) || textOfIds(el, 'aria-labelledby') || el.getAttribute('aria-label') || '';
    } else if (el.tagName === 'TABLE') {
      title = textOf((el as HTMLTableElement).caption);
    } else {
      const role = el.getAttribute('role');
      if (role === 'group' || role === 'region' || role === 'dialog' || role === 'alertdialog' || el.tagName === 'SECTION') {
        title = textOfIds(el, 'aria-labelledby') || el.getAttribute('aria-label') || '';
      }
      if (!title) {
        let first = el.firstElementChild;
        // a surface's drawn layer opening it is no content: an empty custom element (Material
        // Web's docs open every card with <md-elevation>, its shadow drawn in a shadow root);
        // unskipped, the zoo's wc-material plan-row card was untitled
        while (first && isDecoration(first)) first = first.nextElementSibling;
        // a heading that opens the container names it, unless more headings follow
        // among its children (then each heading names the part after it)
        if (first && isHeading(first)) title = soleHeading(el) ? headingText(first) : '';
        else if (first) title = headerBlockTitle(first);
      }
    }
    this.ownTitle.set(el, title);
    return title;
  }

  /** Sections around a container element (its own title included), outermost first. */
  private containerPath(el: Element, stopAt: Element): string[] {
    if (el === stopAt || !el.parentElement) return [];
    const cached = this.paths.get(el);
    if (cached) return cached;
    const path = this.containerPath(el.parentElement, stopAt).slice();
    for (const title of [this.titleBefore(el), this.titleOf(el)]) {
      if (title && path[path.length - 1] !== title) path.push(title);
    }
    this.paths.set(el, path);
    return path;
  }

  /** Section path of a control (or of a radio group's container), outermost first. */
  pathOf(control: Element, stopAt: Element): string[] {
    const parent = control.parentElement;
    if (!parent || control === stopAt) return [];
    const path = this.containerPath(parent, stopAt);
    const before = this.titleBefore(control);
    return before && path[path.length - 1] !== before ? [...path, before] : path;
  }
}
