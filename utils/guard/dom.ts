/**
 * Reading the send flow from the page: the project, the budget type wherever it is stated
 * (the send step, the list row the send started from, the page header or project summary),
 * and the chosen approver (utils/guard/step.ts finds the step by its structure). Found by
 * visible text and the profile's label vocabularies, never by the replica's classes; every
 * read is bounded (boundedText).
 */
import type { Profile } from '@/utils/profile/schema';
import { detectBudgetType, detectBudgetTypeLoose } from '@/utils/recipient';
import { cleanText, hasWords, labelScore } from '@/utils/text';
import { boundedText, DIALOG_SELECTOR, isOwnUi, lineText, scopeOf, type SendStep } from './step';

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

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Text nodes looked at for a label, per search: a page of any size costs the same. */
const MAX_LABEL_NODES = 4000;

function valueAfter(node: Element): string | null {
  for (let n = node.nextElementSibling, i = 0; n && i < 4; n = n.nextElementSibling, i++) {
    if (n instanceof HTMLInputElement || n instanceof HTMLTextAreaElement) return cleanText(n.value.slice(0, 512)) || null;
    if (n instanceof HTMLSelectElement) return cleanText(n.selectedOptions[0]?.text.slice(0, 512) ?? '') || null;
    const t = lineText(n);
    if (t) return t;
  }
  return null;
}

/**
 * The value shown after a label ("แหล่งงบประมาณ: งบจังหวัด", "<b>โครงการ:</b> <span>…</span>",
 * "<dt>แหล่งเงิน</dt><dd>…</dd>", "<th>…</th><td>…</td>"): a text node that starts with a label
 * variant (and a colon, or nothing else); the rest of it, or the text of what follows.
 * Bounded: MAX_LABEL_NODES text nodes, values read up to 512 characters.
 */
export function labelledValue(root: Element, variants: readonly string[], exclude?: Element | null): string | null {
  const res = variants
    .map((v) => cleanText(v))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((v) => new RegExp(`^${escapeRe(v).replace(/ /g, '\\s*')}\\s*(?:[:：]\\s*(.*)|\\*?\\s*)$`, 's'));
  let result: string | null | undefined;
  walkTexts(root, exclude ?? null, (text, parent, node) => {
    for (const re of res) {
      const m = re.exec(text);
      if (!m) continue;
      const rest = cleanText(m[1] ?? '');
      if (rest) return (result = rest), true;
      // the rest of its own line: what follows the label in its parent ("แหล่งงบประมาณ: <b>งบจังหวัด</b>";
      // read from the parent's next sibling on, a probe of 7 Dec found no budget on the page)
      const inLine = textAfter(node);
      if (inLine) return (result = inLine), true;
      // the label alone: its element's next sibling, else what follows in the parent
      let el: Element = parent;
      for (let i = 0; i < 3; i++) {
        const v = valueAfter(el);
        if (v) return (result = v), true;
        const p = el.parentElement;
        if (!p || root === el) break;
        const own = lineText(el);
        const all = lineText(p);
        if (all.length > own.length && all.startsWith(own)) return (result = cleanText(all.slice(own.length)) || null), true;
        el = p;
      }
      return (result = null), true;
    }
    return false;
  });
  return result ?? null;
}

/** The text after a node in its parent (no control), up to 512 characters: '' when it shows no letter or digit (a "*" mark). */
function textAfter(node: Node): string {
  let out = '';
  for (let n = node.nextSibling; n && out.length < 512; n = n.nextSibling) {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1) {
      const e = n as Element;
      if (SKIP_TAGS.has(e.tagName) || e.matches('input, button, [role="combobox"], [role="listbox"]')) return '';
      out += ' ' + lineText(e);
    }
  }
  const t = cleanText(out.slice(0, 512));
  return hasWords(t) ? t : '';
}

const SKIP_TAGS = new Set(['SELECT', 'OPTION', 'TEXTAREA', 'SCRIPT', 'STYLE', 'TEMPLATE', 'EMENSCR-ASSISTANT']);
const SKIP_ROLES = new Set(['listbox', 'option', 'combobox']);
/** Levels a label search goes down: labels sit near the top of a dialog; 2,500-deep nesting costs nothing more. */
const MAX_LABEL_DEPTH = 48;

/**
 * Visit the text nodes under root (depth-first, in document order) up to MAX_LABEL_DEPTH levels
 * and MAX_LABEL_NODES nodes, skipping choosers, `exclude` and our UI; stop when visit returns true.
 */
function walkTexts(root: Element, exclude: Element | null, visit: (text: string, parent: Element, node: Node) => boolean): void {
  let seen = 0;
  const walk = (node: Element, depth: number): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (seen >= MAX_LABEL_NODES) return true;
      if (c.nodeType === 3) {
        seen++;
        const text = cleanText((c.nodeValue ?? '').slice(0, 600));
        if (text && visit(text, node, c)) return true;
      } else if (c.nodeType === 1) {
        const e = c as Element;
        seen++;
        if (e === exclude || SKIP_TAGS.has(e.tagName) || SKIP_ROLES.has(e.getAttribute('role') ?? '') || depth >= MAX_LABEL_DEPTH) continue;
        if (walk(e, depth + 1)) return true;
      }
    }
    return false;
  };
  walk(root, 0);
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
