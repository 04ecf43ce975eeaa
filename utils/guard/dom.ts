/**
 * Reading the send flow from the page: the project, the budget type wherever it is stated
 * (the send step, the list row the send started from, the page header or project summary),
 * and the chosen approver (utils/guard/step.ts finds the step by its structure). Found by
 * visible text and the profile's label vocabularies, never by the replica's classes; every
 * read is bounded (boundedText).
 */
import type { Profile } from '@/utils/profile/schema';
import { detectBudgetType, detectBudgetTypeLoose } from '@/utils/recipient';
import { labelScore } from '@/utils/text';
import { boundedText, DIALOG_SELECTOR, isOwnUi, lineText, scopeOf, type SendStep } from './step';
import { labelledValue } from './labelled';

export { labelledValue } from './labelled';

export { DIALOG_SELECTOR, isOwnUi } from './step';

/** The innermost element an event really happened on (inside open shadow roots too). */
export function eventElement(e: Event): Element | null {
  const first = e.composedPath?.()[0] ?? e.target;
  if (first instanceof Element) return first;
  return first instanceof Node ? first.parentElement : null;
}

/** Native controls: the browser turns Enter/Space on them into a click, so keys need no handling. */
export function isNativeControl(el: Element): boolean {
  return el instanceof HTMLButtonElement || el instanceof HTMLInputElement || el instanceof HTMLAnchorElement || el instanceof HTMLSelectElement;
}

/**
 * The budget type a container states: after a budget label (where a plain "กลุ่มจังหวัด" or
 * "จังหวัดระยอง" says it), or else anywhere in its text but its project's name (a project
 * NAME mentioning กลุ่มจังหวัด is not a cluster budget).
 */
export function budgetTypeShown(container: Element, profile: Profile, exclude?: Element | null): string | null {
  const labelled = labelledValue(container, profile.fields.budgetType, exclude);
  if (labelled) {
    const id = detectBudgetTypeLoose(labelled, profile);
    if (id) return id;
  }
  let text = exclude && container.contains(exclude) ? boundedText(container, 8192, exclude) : boundedText(container, 8192);
  const name = labelledValue(container, profile.fields.projectName, exclude);
  if (name) text = text.split(name).join(' ');
  return detectBudgetType(text, profile);
}

/** Headings and summary lines of a page (where a project page states its budget outside a label). */
const HEADING_SELECTOR = 'h1, h2, h3, [role="heading"], caption, .badge, .tag, .chip, [class*="badge"], [class*="chip"]';

/**
 * The budget type the page states outside the send step: a labelled value anywhere (a project
 * summary, a header), else its headings and badges.
 */
export function budgetTypeOfPage(doc: Document, profile: Profile, step: Element | null): string | null {
  const body = doc.body;
  if (!body) return null;
  const labelled = labelledValue(body, profile.fields.budgetType, step);
  if (labelled) {
    const id = detectBudgetTypeLoose(labelled, profile);
    if (id) return id;
  }
  const heads = body.querySelectorAll(HEADING_SELECTOR);
  let text = '';
  for (let i = 0; i < heads.length && i < 200 && text.length < 8192; i++) {
    const h = heads[i]!;
    if ((step && step.contains(h)) || isOwnUi(h) || h.closest('table, [role="menu"]')) continue;
    text += ` ${lineText(h, 300)}`;
  }
  return detectBudgetType(text, profile);
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
  recipient: { text: string; element: Element | null };
}

/** What a send step shows: project id and name, budget type, the chosen approver (live). */
export function readStep(step: SendStep, profile: Profile): DialogRead {
  const { chooser } = step;
  const container = scopeOf(step);
  return {
    id: projectIdIn(container),
    name: labelledValue(container, profile.fields.projectName, chooser.area),
    budgetType: budgetTypeShown(container, profile, chooser.area),
    recipient: { text: chooser.chosen, element: chooser.element },
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

const cellsOf = (row: Element): Element[] => Array.from(row.children).filter((c) => c.matches('td, th, [role="cell"], [role="gridcell"]'));

/** The cell under the column whose header matches one of `variants`. */
function cellUnder(row: Element, variants: readonly string[]): Element | null {
  const table = row.closest('table');
  const head = table?.querySelector('thead tr') ?? table?.querySelector('tr');
  if (!head || head === row) return null;
  let col = -1;
  let best = 0;
  cellsOf(head).forEach((th, i) => {
    const s = labelScore(lineText(th), variants);
    if (s > best) {
      best = s;
      col = i;
    }
  });
  return col >= 0 ? cellsOf(row)[col] ?? null : null;
}

/** What a row of a project list can be: a table row, a grid row, a list item or a card. */
const ROW_SELECTOR = '[data-project-id], tr, [role="row"], li, article, [role="listitem"]';

export function readRow(target: Element, profile: Profile, now: number): RowNote | null {
  const row = target.closest(ROW_SELECTOR);
  if (!row || row.closest(DIALOG_SELECTOR) || isOwnUi(row) || row.closest('[role="menu"], nav')) return null;
  const id = projectIdIn(row);
  let name: string | null = null;
  let budgetType: string | null = null;
  if (row.matches('tr')) {
    if (row.closest('thead') || !row.querySelector(':scope > td')) return null;
    const nameCell = cellUnder(row, profile.fields.projectName);
    const cells = cellsOf(row).map((c) => lineText(c));
    name = (nameCell ? lineText(nameCell) : cells.reduce((a, b) => (b.length > a.length ? b : a), '')) || null;
    const budgetCell = cellUnder(row, profile.fields.budgetType);
    const rest = cellsOf(row)
      .filter((c) => c !== nameCell)
      .map((c) => lineText(c))
      .join(' ');
    budgetType = (budgetCell && detectBudgetTypeLoose(lineText(budgetCell), profile)) || detectBudgetType(rest, profile);
  } else {
    name = labelledValue(row, profile.fields.projectName) ?? (row.querySelector('h1, h2, h3, h4, h5, [role="heading"], .project-name') ? lineText(row.querySelector('h1, h2, h3, h4, h5, [role="heading"], .project-name')!) : null);
    budgetType = budgetTypeShown(row, profile);
    if (name && budgetType) {
      // the budget must be stated outside the name
      const text = boundedText(row, 4096).split(name).join(' ');
      const labelled = labelledValue(row, profile.fields.budgetType);
      budgetType = (labelled && detectBudgetTypeLoose(labelled, profile)) || detectBudgetType(text, profile);
    }
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
