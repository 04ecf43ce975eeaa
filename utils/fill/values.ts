/**
 * Pure value logic of the filler: which option a saved value means, whether a page
 * field already holds the wanted value, and whether filling it would overwrite
 * something the user typed. No DOM here.
 */
import type { FieldKind, FieldSnapshot } from '@/utils/types';
import { arabicDigits, cleanText, matchKey } from '@/utils/text';

/** The part of a saved form field the filler needs (a FormSnippetField without zod). */
export interface WantedField {
  label: string;
  section: string[];
  kind: FieldKind;
  value: string;
  checked?: boolean;
}

/** Parenthesised parts ("(บาท)", "(ร้อยละ)") removed: what a label or option says without its unit. */
export function withoutParentheses(s: string): string {
  return s.replace(/\([^()]*\)|（[^（）]*）|\[[^\[\]]*\]/g, ' ');
}

/** The first number in a text ("ร้อยละ 45", "45%", "๔๕", "1,500.50"), or NaN. */
export function numberIn(s: string): number {
  const m = /-?\d[\d,]*(?:\.\d+)?/.exec(arabicDigits(s));
  return m ? Number(m[0].replace(/,/g, '')) : NaN;
}

/** Whether a checkbox field is wanted ticked. Older or hand-edited snippets may say it in `value`. */
export function wantsChecked(w: WantedField): boolean {
  if (w.checked !== undefined) return w.checked;
  const v = matchKey(w.value);
  return v === 'true' || v === '1' || v === 'on' || v === 'yes' || v === 'ใช่' || v === 'เลือก';
}

export interface OptionChoice {
  index: number;
  text: string;
}

/**
 * The option a saved text means, or null. In order: the same text; the same text up to
 * spaces, case and Thai digits; the same without parenthesised parts; finally one option
 * (only one) that contains the saved text or is contained in it, when the shorter is at
 * least half the longer. Ambiguous loose matches give null rather than a guess.
 */
export function chooseOption(options: readonly string[], wanted: string): OptionChoice | null {
  const w = cleanText(wanted);
  if (!w) return null;
  const exact = options.findIndex((o) => cleanText(o) === w);
  if (exact >= 0) return { index: exact, text: options[exact]! };
  const wk = matchKey(w);
  const byKey = options.findIndex((o) => matchKey(o) === wk);
  if (byKey >= 0) return { index: byKey, text: options[byKey]! };
  const wc = matchKey(withoutParentheses(w));
  if (wc) {
    const byCore = options.findIndex((o) => matchKey(withoutParentheses(o)) === wc);
    if (byCore >= 0) return { index: byCore, text: options[byCore]! };
  }
  let best: OptionChoice | null = null;
  let bestLen = 0;
  let tie = false;
  options.forEach((o, index) => {
    const ok = matchKey(o);
    if (!ok) return;
    const [short, long] = ok.length <= wk.length ? [ok, wk] : [wk, ok];
    if (!long.includes(short) || short.length * 2 < long.length) return;
    if (short.length > bestLen) {
      best = { index, text: o };
      bestLen = short.length;
      tie = false;
    } else if (short.length === bestLen) tie = true;
  });
  return tie ? null : best;
}

const CHOICE_KINDS: ReadonlySet<FieldKind> = new Set(['select', 'radio', 'combobox']);

export function isChoice(kind: FieldKind): boolean {
  return CHOICE_KINDS.has(kind);
}

/**
 * Whether the page field already shows the wanted value. Choices compare by the option
 * the saved text means; numbers by value; text ignoring spacing.
 */
export function alreadyHas(field: FieldSnapshot, want: WantedField): boolean {
  if (field.kind === 'checkbox') return (field.checked === true) === wantsChecked(want);
  if (field.kind === 'slider') {
    const n = numberIn(want.value);
    return Number.isFinite(n) && field.number === n;
  }
  if (isChoice(field.kind)) {
    if (field.empty) return cleanText(want.value) === '';
    if (matchKey(field.value) === matchKey(want.value)) return true;
    const choice = field.options?.length ? chooseOption(field.options, want.value) : null;
    return choice !== null && matchKey(choice.text) === matchKey(field.value);
  }
  // rich text loses line breaks to <div>s and <br>s: compare without any spacing
  if (field.kind === 'richtext') return matchKey(field.value) === matchKey(want.value);
  return cleanText(field.value) === cleanText(want.value);
}

/**
 * Whether the field holds something the user entered: a slider resting at 0 and an
 * unticked box are what an untouched form shows, not the user's data.
 */
export function hasUserValue(field: FieldSnapshot): boolean {
  if (field.kind === 'checkbox') return field.checked === true;
  if (field.kind === 'slider') return field.number !== undefined && field.number !== 0;
  return !field.empty;
}

/** Filling `field` with `want` would replace a different value the user entered. */
export function wouldOverwrite(field: FieldSnapshot, want: WantedField): boolean {
  return field.editable && hasUserValue(field) && !alreadyHas(field, want);
}

/** Field kinds that can take each other's saved values (a select's text into a combobox, a slider's number into a text box). */
export function kindsCompatible(saved: FieldKind, page: FieldKind): boolean {
  return (saved === 'checkbox') === (page === 'checkbox');
}

/** The value to show for a saved field (a box's state in words). */
export function shownValue(w: WantedField): string {
  if (w.kind === 'checkbox') return wantsChecked(w) ? '☑' : '☐';
  return w.value;
}
