/**
 * The page's own context around the form: the fiscal year stated in a header, the project
 * summary (a definition list, AntD Descriptions, a Vuetify list item where the value comes
 * BEFORE its caption) or the breadcrumb, in Thai or Arabic digits, พ.ศ. or ค.ศ.
 * classify uses it when the form itself has no fiscal-year field; when neither states it
 * the year stays unknown (never today's).
 */
import { parseFiscalYear } from '@/utils/calendar';
import { cleanText } from '@/utils/text';
import { textOf } from './dom';

const FY_WORD = /ปีงบประมาณ|ปีงบฯ|fiscal year/i;
const OWN_UI = '[data-emenscr-assistant], emenscr-assistant';
const MAX_TEXT_NODES = 4000;

/** A fiscal year written in `text` (a 4-digit year, or one anchored by ปีงบประมาณ / พ.ศ. / ค.ศ.). */
function yearIn(text: string): number | null {
  const t = cleanText(text);
  if (!t || t.length > 120) return null;
  const fy = parseFiscalYear(t);
  return fy && fy >= 2540 && fy <= 2700 ? fy : null;
}

/** The value next to a caption element: its next or previous sibling, or a short parent. */
function valueBeside(caption: Element): number | null {
  const direct = yearIn(textOf(caption).replace(FY_WORD, '').trim() ? textOf(caption) : '');
  if (direct) return direct;
  for (const sib of [caption.nextElementSibling, caption.previousElementSibling]) {
    if (sib && !sib.querySelector('input, select, textarea')) {
      const y = yearIn(textOf(sib));
      if (y) return y;
    }
  }
  let p = caption.parentElement;
  for (let i = 0; i < 2 && p; i++, p = p.parentElement) {
    if (p.querySelector('input, select, textarea')) break;
    const t = textOf(p);
    if (t.length > 80) break;
    const y = yearIn(t.replace(FY_WORD, ' ปีงบประมาณ '));
    if (y) return y;
    for (const sib of [p.nextElementSibling, p.previousElementSibling]) {
      if (sib && !sib.querySelector('input, select, textarea')) {
        const ys = yearIn(textOf(sib));
        if (ys) return ys;
      }
    }
  }
  return null;
}

/**
 * Fiscal year stated in the page outside form controls, or undefined. Bounded: looks at the
 * first 4,000 text nodes only.
 */
export function pageFiscalYear(doc: Document): number | undefined {
  const body = doc.body;
  if (!body) return undefined;
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let n = 0;
  for (let node = walker.nextNode(); node && n < MAX_TEXT_NODES; node = walker.nextNode(), n++) {
    const text = node.nodeValue ?? '';
    if (!FY_WORD.test(text)) continue;
    const el = node.parentElement;
    if (!el || el.closest(OWN_UI) || el.closest('select, option, textarea, label, [role="listbox"], [role="option"]')) continue;
    // "ปีงบประมาณ 2568" in one text (a heading, a breadcrumb item)
    const inline = /(?:ปีงบประมาณ|ปีงบฯ)\s*(?:พ\.?\s*ศ\.?|ค\.?\s*ศ\.?)?\s*[:：]?\s*([0-9๐-๙]{4})/.exec(text);
    if (inline) {
      const y = yearIn(inline[0]);
      if (y) return y;
    }
    const y = valueBeside(el);
    if (y) return y;
  }
  return undefined;
}
