/**
 * Toggle-button groups used as a single choice: MUI ToggleButtonGroup (role=group, buttons with
 * aria-pressed), Vuetify v-btn-toggle (the chosen button only carries "v-btn--active"),
 * segmented controls. Read like a radio group: the pressed button's text is the answer.
 * A plain button group (save / cancel) is not one: without aria-pressed the container must be
 * drawn as a toggle (btn-toggle, toggle-button, segmented).
 */
import type { WidgetAdapter } from './types';
import { classOf } from './common';
import { hasWords } from '@/utils/text';
import { drawnTextOf } from '../dom';

const TOGGLE_CLASS = /(btn-toggle|toggle-?button|togglebuttongroup|segmented|radio-?button-?group)/i;
const ACTIVE_CLASS = /(^|[\s_-])(active|selected|checked|pressed)([\s_-]|$)|--(active|selected|checked)\b|Mui-selected/i;

/**
 * A button as drawn: a <button>, a role=button, or a <label> that names no control (no `for`,
 * no control inside): a label is only ever drawn as a clickable box then, the element
 * AngularJS's uib-btn-radio and Bootstrap's docs put the `.btn` class on (zoo
 * angularjs-bootstrap3: the M1 edition `label.btn` pair in a `.btn-group`, the chosen one
 * `active`, was no field, so the 12th plan on a FY2568 report passed for the 13th).
 */
export function isButtonLike(e: Element): boolean {
  if (e.tagName === 'BUTTON' || e.getAttribute('role') === 'button') return true;
  return e.tagName === 'LABEL' && !e.hasAttribute('for') && !e.hasAttribute('role') && (e as HTMLLabelElement).control === null;
}

const PRESSABLE = 'button[aria-pressed], [role="button"][aria-pressed]';

function buttonsOf(group: Element): Element[] {
  const own = Array.from(group.children).filter(isButtonLike);
  return own.length ? own : hostButtons(group);
}

/**
 * The one toggle button an element's open shadow root draws (a chip component: Material Web's
 * md-filter-chip draws `<button aria-pressed>` holding its label), or null.
 */
function drawnToggle(host: Element): Element | null {
  const found = host.shadowRoot?.querySelectorAll(PRESSABLE);
  return found && found.length === 1 ? found[0]! : null;
}

/**
 * Toggle buttons drawn one per child host: the children of `group` each draw exactly one pressable
 * button in their shadow root (a chip set of filter chips; the set's `toolbar` role is given
 * through ElementInternals, invisible to the DOM). Every child must be such a host.
 */
function hostButtons(group: Element): Element[] {
  const out: Element[] = [];
  for (const c of Array.from(group.children)) {
    const b = drawnToggle(c);
    if (!b) return [];
    out.push(b);
  }
  return out;
}

/**
 * The group of a toggle button: its parent; for the one toggle a host draws in its shadow root
 * (a chip), the host's parent (the chip set): the chips side by side are the options.
 */
function groupOfButton(el: Element): Element | null {
  const root = el.getRootNode();
  if (root instanceof ShadowRoot && drawnToggle(root.host) === el) return root.host.parentElement;
  return el.parentElement;
}

export function toggleGroupOf(el: Element): Element | null {
  if (!isButtonLike(el)) return null;
  const group = groupOfButton(el);
  if (!group || group.querySelector('input, select, textarea')) return null;
  const buttons = buttonsOf(group);
  if (buttons.length < 2 || buttons.length > 12) return null;
  // buttons that show no words (icons, "•") are tools, not the options of a question: a
  // rich-text editor's toolbar (Quill 2 draws bold / italic / underline as svg buttons with
  // aria-pressed) read as a single choice named by the field's label, a false "empty" on every
  // narrative field of the zoo's vanilla-bulma page. The words in the DOM first (cheap), then,
  // for a group that would be read, the words drawn (showsWords)
  if (!buttons.some((b) => hasWords(b.textContent ?? ''))) return null;
  const toggles = buttons.every((b) => b.hasAttribute('aria-pressed')) || TOGGLE_CLASS.test(classOf(group)) || oneDrawnChosen(buttons);
  return toggles && buttons.some(showsWords) ? group : null;
}

/**
 * Whether a button shows words a person reads, not only words in the DOM: CKEditor 4 writes each
 * toolbar button's name and shortcut in `span.cke_button_label`s its skin draws display:none
 * (the icon alone is seen), with aria-pressed on bold / italic / the lists; read by their DOM
 * text, the zoo's jquery-adminlte narratives each got two false "ยังไม่ได้กรอก" (one named
 * "ตัวหนา Keyboard shortcut Ctrl+B …") on every M6 scenario, the complete one included: 9/17,
 * 17/17 with this. Text drawn for screen readers only (isVisuallyHidden) is not shown either.
 */
function showsWords(b: Element): boolean {
  return hasWords(drawnTextOf(b));
}

/**
 * Plain buttons side by side, exactly one of them drawn chosen by its class: Bulma's segmented
 * `.buttons.has-addons` with `is-selected` (no aria-pressed, as Bulma's docs write it), Bootstrap
 * 3's `.btn-group` of `.btn.active`. Missed, the zoo's vanilla-bulma M1 edition was no field and
 * the 12th plan linked on a FY2568 report passed for the 13th. Such a group is read once a choice
 * is drawn, so it never reports an unchosen choice it cannot see (no false "empty"). Tabs
 * (role=tab) and submit buttons are not options.
 */
function oneDrawnChosen(buttons: Element[]): boolean {
  let chosen = 0;
  for (const b of buttons) {
    const role = b.getAttribute('role');
    if ((role !== null && role !== 'button') || b.getAttribute('type') === 'submit') return false;
    if (ACTIVE_CLASS.test(classOf(b))) chosen++;
  }
  return chosen === 1;
}

/**
 * An option drawn by a custom element whose role and state live in its ElementInternals (Material
 * Web's md-radio: `internals.role = 'radio'`, `internals.ariaChecked`, neither a DOM attribute;
 * its `checked` attribute is only the markup's initial state, never updated): chosen when the
 * box its open shadow root draws is classed chosen (`container checked`), as a person sees the
 * filled dot.
 */
export function drawnChosenHost(host: Element): boolean {
  const root = host.shadowRoot;
  if (!root) return false;
  for (const c of Array.from(root.children)) if (ACTIVE_CLASS.test(classOf(c))) return true;
  return false;
}

export function isPressed(el: Element): boolean {
  const pressed = el.getAttribute('aria-pressed');
  if (pressed !== null) return pressed === 'true';
  return el.getAttribute('aria-checked') === 'true' || ACTIVE_CLASS.test(classOf(el));
}

export const toggleGroup: WidgetAdapter = {
  id: 'toggle-group',
  match: (el) => toggleGroupOf(el) !== null,
  owner: (el) => toggleGroupOf(el) ?? el,
  options: (group) => buttonsOf(group),
  kind: () => 'radio',
  focus: (group) => buttonsOf(group).find(isPressed) ?? buttonsOf(group)[0] ?? group,
  observe: ['aria-pressed', 'class'],
};

/**
 * The tabs of a tablist, each the list's child or drawn in a child's open shadow root (Ionic's
 * ion-segment › ion-segment-button › #shadow <button role=tab aria-selected>).
 */
function tabsOf(list: Element): Element[] {
  const out: Element[] = [];
  for (const c of Array.from(list.children)) {
    const tab = c.getAttribute('role') === 'tab' ? c : c.shadowRoot?.querySelector('[role="tab"]');
    if (tab) out.push(tab);
  }
  return out;
}

/**
 * A tablist whose tabs control no panel (no aria-controls) is a single choice drawn as a
 * segmented control (Ionic's ion-segment without a segment view): read like a radio group, the
 * selected tab's text is the answer. Tabs that switch panels are navigation, not a field.
 */
export function isChoiceTablist(el: Element): boolean {
  if (el.getAttribute('role') !== 'tablist') return false;
  const tabs = tabsOf(el);
  return tabs.length >= 2 && tabs.length <= 12 && !tabs.some((t) => t.hasAttribute('aria-controls'));
}

export const choiceTabs: WidgetAdapter = {
  id: 'choice-tabs',
  match: isChoiceTablist,
  options: tabsOf,
  kind: () => 'radio',
  focus: (list) => tabsOf(list).find((t) => t.getAttribute('aria-selected') === 'true') ?? tabsOf(list)[0] ?? list,
  observe: ['aria-selected', 'value'],
};
