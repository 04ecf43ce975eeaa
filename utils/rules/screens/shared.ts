/** Helpers shared by the M2–M5 rules: finding shape, dates and amounts as staff type them. */
import type { FieldKind, FieldSnapshot, Finding, FormSnapshot, Severity } from '@/utils/types';
import type { RuleContext } from '../context';
import { displayLabel } from '../fields';
import { parseAmount } from '../amount';
import { DEFAULT_FORM_SCREENS, type FormScreens } from '@/utils/profile/form-screens';
import { formatThaiDate, parseThaiDate } from '@/utils/calendar';
import { labelScore } from '@/utils/text';

export function formScreens(ctx: RuleContext): FormScreens {
  return ctx.profile.formScreens ?? DEFAULT_FORM_SCREENS;
}

export function finding(
  rule: string,
  severity: Severity,
  fields: readonly FieldSnapshot[],
  message: string,
  params: (string | number)[],
  subject?: string,
): Finding {
  return {
    id: `${rule}:${fields.map((f) => f.key).join(',')}`,
    rule,
    severity,
    fieldKeys: fields.map((f) => f.key),
    subject: subject ?? (fields[0] ? displayLabel(fields[0]) : ''),
    message,
    params: params.map(String),
  };
}

const TEXTUAL: readonly FieldKind[] = ['text', 'richtext', 'combobox'];

/** The best label match among `fields` (all kinds that hold a typed or picked value). */
export function bestField(
  fields: readonly FieldSnapshot[],
  variants: readonly string[],
  accept: (f: FieldSnapshot) => boolean = () => true,
): FieldSnapshot | undefined {
  let best: FieldSnapshot | undefined;
  let bestScore = 0;
  for (const f of fields) {
    if (!TEXTUAL.includes(f.kind) || !accept(f)) continue;
    const s = labelScore(f.label, variants);
    if (s > bestScore) {
      best = f;
      bestScore = s;
    }
  }
  return best;
}

/** Money: the amount in a filled field, or null (empty fields are the completeness rule's). */
export function amountOf(f: FieldSnapshot | undefined): number | null {
  return f && !f.empty ? parseAmount(f.value) : null;
}

/** A date field's date, or null when empty or unreadable. */
export function dateOf(f: FieldSnapshot | undefined): Date | null {
  return f && !f.empty ? parseThaiDate(f.value) : null;
}

/** "1 ต.ค. 2567 - 30 ก.ย. 2568", "01/10/2567 ถึง 30/09/2568": both ends, or null. */
export function parseDateRange(text: string): { start: Date; end: Date } | null {
  const parts = text.split(/\s+(?:-|–|—|ถึง|to)\s+|\s*(?:–|—|ถึง)\s*/);
  if (parts.length !== 2) return null;
  const start = parseThaiDate(parts[0]!);
  const end = parseThaiDate(parts[1]!);
  return start && end ? { start, end } : null;
}

/** A date as the messages show it, Buddhist era and digits only (the same in Thai and English): "01/10/2567". */
export function showDate(d: Date): string {
  return formatThaiDate(d, { style: 'numeric' });
}

/** Money as the messages show it: "1,500,000" or "1,500,000.50". */
export function showAmount(n: number): string {
  return n.toLocaleString('th-TH', { minimumFractionDigits: 0, maximumFractionDigits: 2 });
}

/** Amounts compared in satang, so 0.1 + 0.2 sums equal 0.3. */
export function satang(n: number): number {
  return Math.round(n * 100);
}

/** The project's period: a start and an end field, or one field holding the range. */
export interface Period {
  start: Date;
  end: Date;
  fields: FieldSnapshot[];
}

export function projectPeriod(
  snapshot: FormSnapshot,
  screens: FormScreens,
  accept: (f: FieldSnapshot) => boolean = () => true,
): Period | null {
  // fields that name the project ("วันที่เริ่มต้นโครงการ") first, then any other
  return periodAmong(snapshot, screens, (f) => accept(f) && isProjectLevel(f)) ?? periodAmong(snapshot, screens, accept);
}

function periodAmong(snapshot: FormSnapshot, screens: FormScreens, accept: (f: FieldSnapshot) => boolean): Period | null {
  const { projectStart, projectEnd, projectPeriod: periodLabels } = screens.fields;
  const startField = bestField(snapshot.fields, projectStart, accept);
  const endField = bestField(snapshot.fields, projectEnd, accept);
  const start = dateOf(startField);
  const end = dateOf(endField);
  if (startField && endField && start && end) return { start, end, fields: [startField, endField] };
  const one = bestField(snapshot.fields, periodLabels, (f) => accept(f) && !f.empty);
  const range = one ? parseDateRange(one.value) : null;
  return one && range ? { ...range, fields: [one] } : null;
}

/** The label names the project itself ("วันที่เริ่มต้นโครงการ"), not an activity. */
export function isProjectLevel(f: FieldSnapshot): boolean {
  return /โครงการ/.test(f.label);
}

export function isTotalLabel(f: FieldSnapshot, screens: FormScreens): boolean {
  return labelScore(f.label, screens.fields.totals) >= 2;
}
