/**
 * What is never a label, whichever layer found it: an adornment or unit ("฿", "บาท", "%",
 * a KPI's unit cell "ราย"), a counter ("0/2000"), a bare number (a row number "2", a target
 * value "120"), the control's placeholder or current value (also as drawn inside a combobox), a
 * breadcrumb.
 */
import { cleanText } from '@/utils/text';

/**
 * Roles whose name comes from the author only, never from their content (WAI-ARIA 1.2): what
 * such a control shows inside itself is its value or its placeholder.
 */
const NAME_FROM_AUTHOR = new Set(['combobox', 'listbox', 'textbox', 'searchbox', 'spinbutton', 'slider']);

/**
 * The text a non-native control draws inside itself. Angular Material's mat-select without a
 * form-field label points aria-labelledby at its own value box, so its "name" is its chosen
 * option or its placeholder (measured on the zoo's M1 plan rows: 'กรุณาเลือกระดับแผน',
 * '-- กรุณาเลือก --' instead of the column headers 'ระดับแผน', 'ประเด็นที่สอดคล้อง').
 */
function ownContent(control: Element): string {
  const tag = control.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return '';
  if (!NAME_FROM_AUTHOR.has(control.getAttribute('role') ?? '')) return '';
  let out = '';
  const walk = (node: Node): void => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) out += c.nodeValue;
      // a caption drawn inside the box (a floating label) is a label, not what the box shows
      else if (c.nodeType === 1 && (c as Element).tagName !== 'LABEL' && (c as Element).tagName !== 'LEGEND') walk(c);
      out += ' ';
    }
  };
  walk(control);
  return cleanText(out);
}

const UNITS = new Set(['฿', 'บาท', 'ล้านบาท', '%', 'ร้อยละ', 'ราย', 'คน', 'ครั้ง', 'แห่ง', 'หน่วย', 'เส้นทาง', 'วัน', 'เดือน', 'ปี', 'กิโลเมตร', 'ไร่', 'baht', 'thb']);
/** A unit's word or sign alone ("บาท", "%", "ครั้ง"). */
export function isUnitWord(text: string): boolean {
  return UNITS.has(cleanText(text).toLowerCase());
}

const ADORNMENT_CLASS = /(input-group-text|addon|adornment|[-_]prefix|[-_]suffix|[-_]append|[-_]prepend|(^|[\s_-])unit([\s_-]|$)|counter|(^|[\s_-])count([\s_-]|$)|breadcrumb)/i;

/**
 * Prompts that only ask for a choice ("กรุณาเลือกระดับแผน", "-- กรุณาเลือก --", "Please select a
 * level"), also the bare imperative "เลือก…" ("choose …") Thai pages prompt with, as Carbon's
 * Dropdown draws its prompt in the button, in the colour of a value: a person reads "เลือกไตรมาส"
 * as a request, not a choice. Not the words that only start with the verb: เลือกตั้ง (election),
 * เลือกสรร (selected).
 */
const PROMPT = /^(-+\s*)?(กรุณาเลือก|โปรดเลือก|เลือก(?!ตั้ง|สรร)|please select|select an?\b|choose an?\b)/i;

export function isPrompt(text: string): boolean {
  return text.length <= 40 && PROMPT.test(text.trim());
}

/**
 * `labelFor`: the text is that of a separate `<label for>` of the control, which stays its label
 * even when the page repeats it as the placeholder (Bootstrap's floating labels need a placeholder
 * and pages give it the label's words; the zoo's vanilla-ckeditor plan texts were then named by
 * the select above them).
 */
export function isRejectedText(text: string, control?: Element, labelFor = false): boolean {
  const t = cleanText(text);
  if (!t) return true;
  if (isUnitWord(t)) return true;
  // numbers, counters, dates and punctuation only: "2", "120", "0/2000", "1.", "-"
  if (/^[\d\s.,/:%()+\-–—#๐-๙]*$/.test(t)) return true;
  if (control) {
    const c = control as HTMLInputElement;
    const ph = control.getAttribute('placeholder') ?? control.getAttribute('aria-placeholder');
    if (ph && !labelFor && cleanText(ph) === t) return true;
    if (typeof c.value === 'string' && c.value && cleanText(c.value) === t) return true;
    if (ownContent(control) === t) return true;
  }
  return false;
}

/** An element drawn as an adornment, unit or counter around a control, or page breadcrumbs. */
export function isAdornment(el: Element): boolean {
  const c = el.getAttribute('class') ?? '';
  if (ADORNMENT_CLASS.test(c)) return true;
  return el.closest('nav, [aria-label="breadcrumb"], .breadcrumb, [class*="breadcrumb"]') !== null;
}
