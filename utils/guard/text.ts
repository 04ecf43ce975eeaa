/**
 * Text a person reads in the send flow, bounded whatever the page: at most MAX_TEXT_NODES text
 * nodes, MAX_TEXT_DEPTH levels (a 2,500-deep nesting or a 66 KB option costs what a normal dialog
 * costs; tests/unit/guard-dom.test.ts "bounded work"). Its own module so that step.ts (the step's
 * structure) and labelled.ts (values after labels) share it without importing each other.
 */
import { cleanText } from '@/utils/text';
import { MAX_OPTION_CHARS } from '@/utils/recipient/normalize';
import { isIconLigature } from '@/utils/collect/dom';

export const MAX_TEXT_DEPTH = 24;
const MAX_TEXT_NODES = 400;

const BLOCK = new Set(['DIV', 'P', 'LI', 'TR', 'TD', 'TH', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SMALL', 'SECTION', 'HEADER', 'FOOTER', 'LABEL', 'STRONG', 'B', 'SPAN', 'EM', 'I']);
const SKIP_TEXT = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'SELECT', 'TEXTAREA', 'BUTTON', 'INPUT', 'SVG', 'NOSCRIPT']);

/**
 * Visible-ish text of an element, bounded: at most `max` characters, MAX_TEXT_NODES text
 * nodes, MAX_TEXT_DEPTH levels. Elements are separated by a line break, so a card's name and
 * position lines stay apart ("นายสมชาย ใจดี" / "หัวหน้าสำนักงานจังหวัด").
 */
export function boundedText(el: Element, max = MAX_OPTION_CHARS, skip?: Element | null): string {
  let out = '';
  let nodes = 0;
  const walk = (node: Node, depth: number): boolean => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (out.length >= max || nodes >= MAX_TEXT_NODES) return false;
      if (c.nodeType === 3) {
        nodes++;
        out += c.nodeValue ?? '';
      } else if (c.nodeType === 1) {
        const e = c as Element;
        // an <svg> in an HTML page keeps its lowercase tagName, so 'SVG' in SKIP_TEXT never matched it:
        // Carbon's Dropdown chevron (`<svg><title>Open menu</title>`) was read into the chosen approver
        if (e === skip || SKIP_TEXT.has(e.tagName) || e.localName === 'svg' || e.hasAttribute('hidden') || e.getAttribute('aria-hidden') === 'true' || isIconLigature(e)) continue;
        if (depth >= MAX_TEXT_DEPTH) continue;
        const block = BLOCK.has(e.tagName);
        if (block) out += '\n';
        if (e.tagName === 'BR') out += '\n';
        if (!walk(e, depth + 1)) return false;
        if (block) out += '\n';
      }
    }
    return true;
  };
  walk(el, 0);
  if (out.length > max) out = out.slice(0, max);
  return out
    .split('\n')
    .map((l) => cleanText(l))
    .filter(Boolean)
    .join('\n');
}

/** One line, for labels and values. */
export const lineText = (el: Element, max = 512) => cleanText(boundedText(el, max).replace(/\n/g, ' '));

