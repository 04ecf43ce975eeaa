/**
 * Values a page shows after a label ("แหล่งงบประมาณ: งบจังหวัด", "<dt>ผู้อนุมัติ</dt><dd>…</dd>"),
 * found by the profile's label words in the visible text, every read bounded (MAX_LABEL_NODES text
 * nodes, MAX_LABEL_DEPTH levels). Read by dom.ts (the project, the budget type) and step.ts (an
 * approver shown as text once a lookup chose it).
 */
import { cleanText, hasWords } from '@/utils/text';
import { lineText } from './text';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Text nodes looked at for a label, per search: a page of any size costs the same. */
const MAX_LABEL_NODES = 4000;

/** The value shown after a label element: the first of its next siblings that shows something, and that sibling. */
function valueAfter(node: Element): Labelled | null {
  for (let n = node.nextElementSibling, i = 0; n && i < 4; n = n.nextElementSibling, i++) {
    if (n instanceof HTMLInputElement || n instanceof HTMLTextAreaElement) {
      const v = cleanText(n.value.slice(0, 512));
      return v ? { value: v, at: n } : null;
    }
    if (n instanceof HTMLSelectElement) {
      const v = cleanText(n.selectedOptions[0]?.text.slice(0, 512) ?? '');
      return v ? { value: v, at: n } : null;
    }
    const t = lineText(n);
    if (t) return { value: t, at: n };
  }
  return null;
}

/** A value shown after a label, and the element that shows it (the label's own line when the value follows in its text). */
export interface Labelled {
  value: string;
  at: Element;
  /** the element whose text is the label */
  label?: Element;
}

/**
 * The value shown after a label ("แหล่งงบประมาณ: งบจังหวัด", "<b>โครงการ:</b> <span>…</span>",
 * "<dt>แหล่งเงิน</dt><dd>…</dd>", "<th>…</th><td>…</td>"): a text node that starts with a label
 * variant (and a colon, or nothing else); the rest of it, or the text of what follows.
 * Bounded: MAX_LABEL_NODES text nodes, values read up to 512 characters. `skip`: label texts
 * not to take (a button that says the label's words).
 */
export function findLabelled(root: Element, variants: readonly string[], exclude?: Element | null, skip?: (parent: Element) => boolean): Labelled | null {
  const res = variants
    .map((v) => cleanText(v))
    .filter(Boolean)
    .sort((a, b) => b.length - a.length)
    .map((v) => new RegExp(`^${escapeRe(v).replace(/ /g, '\\s*')}\\s*(?:[:：]\\s*(.*)|\\*?\\s*)$`, 's'));
  let result: Labelled | null = null;
  walkTexts(root, exclude ?? null, (text, parent, node) => {
    for (const re of res) {
      const m = re.exec(text);
      if (!m) continue;
      if (skip?.(parent)) return false;
      const rest = cleanText(m[1] ?? '');
      if (rest) return (result = { value: rest, at: parent, label: parent }), true;
      // the rest of its own line: what follows the label in its parent ("แหล่งงบประมาณ: <b>งบจังหวัด</b>";
      // read from the parent's next sibling on, a probe of 7 Dec found no budget on the page)
      const inLine = textAfter(node);
      if (inLine) return (result = { value: inLine, at: parent, label: parent }), true;
      // the label alone: its element's next sibling, else what follows in the parent
      let el: Element = parent;
      for (let i = 0; i < 3; i++) {
        const v = valueAfter(el);
        if (v) return (result = { ...v, label: parent }), true;
        const p = el.parentElement;
        if (!p || root === el) break;
        const own = lineText(el);
        const all = lineText(p);
        if (all.length > own.length && all.startsWith(own)) {
          const value = cleanText(all.slice(own.length));
          return (result = value ? { value, at: p, label: parent } : null), true;
        }
        el = p;
      }
      return (result = null), true;
    }
    return false;
  });
  return result;
}

/** The value shown after a label (findLabelled), its text only. */
export function labelledValue(root: Element, variants: readonly string[], exclude?: Element | null): string | null {
  return findLabelled(root, variants, exclude)?.value ?? null;
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

