/**
 * Reading the send flow from the page: which control sends, which dialog it belongs
 * to, the chosen approver, the budget type and project the dialog (or the list row
 * the send started from) shows. Everything is found by visible text and the
 * profile's label vocabularies, never by the replica's classes.
 */
import type { Profile } from '@/utils/profile/schema';
import { collectForm } from '@/utils/collect';
import { isVisible, textOf } from '@/utils/collect/dom';
import { findConcept } from '@/utils/rules/fields';
import { detectBudgetType } from '@/utils/recipient';
import { cleanText, labelScore, matchKey } from '@/utils/text';
import { DEFAULT_SEND_ACTIONS } from '@/utils/profile/default';

/** Containers a send dialog can be. */
export const DIALOG_SELECTOR = '[role="dialog"], [role="alertdialog"], dialog, [aria-modal="true"]';
/** Controls that can act when activated. */
const CONTROL_SELECTOR = 'button, input[type="submit"], input[type="button"], input[type="image"], [role="button"], a[href]';
const OWN_UI = 'emenscr-assistant, [data-emenscr-assistant]';

/** The profile's send texts (a profile stored before the section existed has none: use the default's). */
export function sendActionsOf(profile: Profile): string[] {
  return (profile.sendActions as string[] | undefined) ?? DEFAULT_SEND_ACTIONS;
}

/** The innermost element an event really happened on (inside open shadow roots too). */
export function eventElement(e: Event): Element | null {
  const first = e.composedPath?.()[0] ?? e.target;
  if (first instanceof Element) return first;
  return first instanceof Node ? first.parentElement : null;
}

export function isOwnUi(el: Element | null): boolean {
  if (!el) return false;
  const root = el.getRootNode();
  const host = root instanceof ShadowRoot ? root.host : el;
  return host.closest(OWN_UI) !== null;
}

/** The control an event target belongs to (button, role=button, submit input, link). */
export function controlOf(el: Element | null): HTMLElement | null {
  return (el?.closest(CONTROL_SELECTOR) as HTMLElement | null) ?? null;
}

/** Native controls: the browser turns Enter/Space on them into a click, so keys need no handling. */
export function isNativeControl(el: Element): boolean {
  return el instanceof HTMLButtonElement || el instanceof HTMLInputElement || el instanceof HTMLAnchorElement;
}

export function controlText(el: Element): string {
  if (el instanceof HTMLInputElement) return cleanText(el.value || el.getAttribute('aria-label') || el.alt || '');
  return cleanText(el.getAttribute('aria-label') || el.textContent || '');
}

/** The control's whole text is one of the profile's send actions ("ยืนยันการส่ง"). */
export function isSendControl(el: Element, profile: Profile): boolean {
  const key = matchKey(controlText(el));
  return !!key && sendActionsOf(profile).some((a) => matchKey(a) === key);
}

export interface RecipientRead {
  text: string;
  element: Element | null;
}

/** The approver chooser of a container (found by its label, native or custom), with its value. */
export function readRecipient(container: Element, profile: Profile): RecipientRead | null {
  const doc = container.ownerDocument;
  const { snapshot, elements } = collectForm(doc, { placeholders: profile.placeholders }, container);
  const field = findConcept(snapshot, profile, 'recipient');
  if (!field) return null;
  const element = elements[Number(field.key.slice(1))] ?? null;
  return { text: field.empty ? '' : field.value, element };
}

/** The send dialog a control or form belongs to: a dialog (or else a form) with an approver chooser. */
export function sendContainerOf(el: Element, profile: Profile): Element | null {
  const c = el.closest(DIALOG_SELECTOR) ?? el.closest('form');
  if (!c || isOwnUi(c)) return null;
  return readRecipient(c, profile) ? c : null;
}

/** The send dialog open on the page, if any (for the popup's send step). */
export function openSendContainer(doc: Document, profile: Profile): Element | null {
  const list = doc.querySelectorAll(`${DIALOG_SELECTOR}, form`);
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (isOwnUi(c) || !isVisible(c)) continue;
    if (c.matches('form') && c.closest(DIALOG_SELECTOR)) continue;
    if (readRecipient(c, profile)) return c;
  }
  return null;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SKIP_VALUE = 'select, option, textarea, script, style, template, [role="listbox"], [role="option"], [role="combobox"]';

/**
 * The value shown after a label ("แหล่งงบประมาณ: งบจังหวัด", "<b>โครงการ:</b> <span>…</span>"):
 * the innermost element whose text starts with a label variant and a colon; the rest of its
 * text, or the text of what follows it when it holds the label only.
 */
export function labelledValue(root: Element, variants: readonly string[]): string | null {
  const res = variants
    .map((v) => cleanText(v))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((v) => new RegExp(`^${escapeRe(v).replace(/ /g, '\\s*')}\\s*[:：]\\s*(.*)$`));
  const valueOf = (el: Element): string | null => {
    const text = textOf(el);
    for (const re of res) {
      const m = re.exec(text);
      if (m) return m[1] ?? '';
    }
    return null;
  };
  const all = root.querySelectorAll('*');
  let best: { el: Element; value: string } | null = null;
  for (let i = 0; i < all.length; i++) {
    const el = all[i]!;
    if (el.closest(SKIP_VALUE)) continue;
    const value = valueOf(el);
    // document order: a later match inside the current best is more specific
    if (value !== null && (!best || best.el.contains(el))) best = { el, value };
  }
  if (!best) return null;
  if (best.value) return best.value;
  for (let n = best.el.nextElementSibling; n; n = n.nextElementSibling) {
    const t = textOf(n);
    if (t) return t;
  }
  const after = best.el.parentElement ? textOf(best.el.parentElement).slice(textOf(best.el).length) : '';
  return cleanText(after) || null;
}

/** The budget type a container shows: after a budget label, or else anywhere in its visible text. */
export function budgetTypeShown(container: Element, profile: Profile): string | null {
  const labelled = labelledValue(container, profile.fields.budgetType);
  if (labelled) {
    const id = detectBudgetType(labelled, profile);
    if (id) return id;
  }
  return detectBudgetType(textOf(container), profile);
}

/** One project id on the element or inside it (data-project-id). */
export function projectIdIn(el: Element): string | null {
  const own = el.getAttribute('data-project-id') ?? el.querySelector('[data-project-id]')?.getAttribute('data-project-id');
  return own?.trim() || null;
}

export interface DialogRead {
  id: string | null;
  name: string | null;
  budgetType: string | null;
  recipient: RecipientRead;
}

export function readSendDialog(container: Element, profile: Profile): DialogRead {
  return {
    id: projectIdIn(container),
    name: labelledValue(container, profile.fields.projectName),
    budgetType: budgetTypeShown(container, profile),
    recipient: readRecipient(container, profile) ?? { text: '', element: null },
  };
}

/** A project list row the user acted on (right-click, send button), as the guard remembers it. */
export interface RowNote {
  id: string | null;
  name: string | null;
  budgetType: string | null;
  /** ms */
  at: number;
}

const cellsOf = (row: Element): Element[] => Array.from(row.children).filter((c) => c.matches('td, th'));

/** The cell under the column whose header matches one of `variants`. */
function cellUnder(row: Element, variants: readonly string[]): Element | null {
  const table = row.closest('table');
  const head = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  if (!head || head === row) return null;
  let col = -1;
  let best = 0;
  cellsOf(head).forEach((th, i) => {
    const s = labelScore(textOf(th), variants);
    if (s > best) {
      best = s;
      col = i;
    }
  });
  return col >= 0 ? cellsOf(row)[col] ?? null : null;
}

export function readRow(target: Element, profile: Profile, now: number): RowNote | null {
  const row = target.closest('[data-project-id], tr');
  if (!row || row.closest(DIALOG_SELECTOR) || isOwnUi(row)) return null;
  const id = projectIdIn(row);
  let name: string | null = null;
  let budgetType: string | null = null;
  if (row.matches('tr')) {
    if (row.closest('thead') || !row.querySelector(':scope > td')) return null;
    const nameCell = cellUnder(row, profile.fields.projectName);
    const cells = cellsOf(row).map((c) => textOf(c));
    name = (nameCell ? textOf(nameCell) : cells.reduce((a, b) => (b.length > a.length ? b : a), '')) || null;
    const budgetCell = cellUnder(row, profile.fields.budgetType);
    budgetType = (budgetCell && detectBudgetType(textOf(budgetCell), profile)) || detectBudgetType(textOf(row), profile);
  } else {
    budgetType = detectBudgetType(textOf(row), profile);
  }
  if (!id && !name) return null;
  return { id, name, budgetType, at: now };
}

/** One project id shown on a page (a form of one project), or null when none or several. */
export function pageProjectId(doc: Document): string | null {
  const ids = new Set<string>();
  doc.querySelectorAll('[data-project-id]').forEach((el) => {
    if (el.closest(DIALOG_SELECTOR) || el.closest('[role="menu"]') || isOwnUi(el)) return;
    const v = el.getAttribute('data-project-id')?.trim();
    if (v) ids.add(v);
  });
  return ids.size === 1 ? [...ids][0]! : null;
}
