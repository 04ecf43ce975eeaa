/**
 * Cross-field rules (issue 3): a report can be complete and still wrong.
 * Each rule is small and pure; wording comes from the profile and i18n.
 */
import type { FieldSnapshot, Finding, Severity } from '@/utils/types';
import type { Rule, RuleContext } from './context';
import { fieldFor } from '@/utils/classify/fields';
import { findField, displayLabel } from './fields';
import { progressField } from './progress';
import { parseAmount } from './amount';
import { labelScore } from '@/utils/text';
import { parseQuarter, quarterOf, toLocalDate, reportingPeriod, parseThaiDateDetailed, guessEra, ceToBe } from '@/utils/calendar';

function finding(rule: string, severity: Severity, fields: FieldSnapshot[], message: string, params: (string | number)[]): Finding {
  const subject = fields[0] ? displayLabel(fields[0]) : '';
  return {
    id: `${rule}:${fields.map((f) => f.key).join(',')}`,
    rule,
    severity,
    fieldKeys: fields.map((f) => f.key),
    subject,
    message,
    params: params.map(String),
  };
}

function calendarSettings(ctx: RuleContext) {
  return {
    deadlineDay: ctx.calendar?.deadlineDay ?? ctx.profile.calendar.deadlineDay,
    ...(ctx.calendar?.internalDeadlineDay != null ? { internalDeadlineDay: ctx.calendar.internalDeadlineDay } : {}),
  };
}

/**
 * The quarter chosen on the report is one that may be reported now (warning): the last-ended
 * quarter (due by its deadline) or the running one (staff report early, before the quarter ends).
 */
export const quarterIsCurrent: Rule = (ctx) => {
  const f = fieldFor(ctx.snapshot, ctx.profile, 'quarter', ['select', 'combobox', 'radio', 'text']);
  if (!f || f.empty || !f.editable) return [];
  const chosen = parseQuarter(f.value);
  if (!chosen) return [];
  const now = reportingPeriod(ctx.today, calendarSettings(ctx));
  const fy = ctx.screen.fiscalYear;
  const running = quarterOf(toLocalDate(ctx.today));
  for (const q of [now, running]) {
    if (chosen === q.quarter && (fy === undefined || fy === q.fiscalYear)) return [];
  }
  return [finding('quarterNotCurrent', 'warning', [f], 'rule.quarterNotCurrent', [chosen, now.quarter, now.fiscalYear])];
};

function statusIs(ctx: RuleContext, status: FieldSnapshot, which: keyof RuleContext['profile']['statuses']): boolean {
  return labelScore(status.value, ctx.profile.statuses[which]) > 0;
}

function amountOf(f: FieldSnapshot | undefined): number | null {
  return f && !f.empty ? parseAmount(f.value) : null;
}

/** Status and progress agree: แล้วเสร็จ ⇔ 100 %; ยังไม่ดำเนินการ has no progress and no money spent. */
export const statusMatchesProgress: Rule = (ctx) => {
  const { snapshot, profile } = ctx;
  const status = fieldFor(snapshot, profile, 'status', ['radio', 'select', 'combobox']);
  const progress = progressField(snapshot, profile);
  if (!status || status.empty || !progress || progress.number === undefined) return [];
  const pct = progress.number;
  const completed = statusIs(ctx, status, 'completed');
  if (completed && pct < 100) {
    return [finding('statusProgress', 'error', [status, progress], 'rule.completedNot100', [status.value, pct])];
  }
  if (!completed && pct >= 100 && !statusIs(ctx, status, 'cancelled')) {
    return [finding('statusProgress', 'error', [status, progress], 'rule.fullButNotCompleted', [status.value])];
  }
  if (statusIs(ctx, status, 'notStarted')) {
    const spent = amountOf(fieldFor(snapshot, profile, 'spent', ['text']));
    if (pct > 0 || (spent ?? 0) > 0) {
      return [finding('statusProgress', 'error', [status, progress], 'rule.notStartedButDone', [status.value, pct, spent ?? 0])];
    }
  }
  return [];
};

/** Amounts are numbers, and money spent is not more than the allocation. */
export const moneyWithinAllocation: Rule = (ctx) => {
  const { snapshot, profile } = ctx;
  const findings: Finding[] = [];
  const moneyLabels = [...profile.fields.spent, ...profile.fields.allocated, '(บาท)'];
  for (const f of snapshot.fields) {
    if (!f.editable || f.empty || (f.kind !== 'text' && f.kind !== 'richtext')) continue;
    const money = f.concept === 'spent' || f.concept === 'allocated' || labelScore(f.label, moneyLabels) > 0;
    if (!money) continue;
    if (parseAmount(f.value) === null) findings.push(finding('amountNotNumber', 'error', [f], 'rule.amountNotNumber', [displayLabel(f), f.value]));
  }
  const spentField = fieldFor(snapshot, profile, 'spent', ['text', 'richtext']);
  const allocatedField = fieldFor(snapshot, profile, 'allocated', ['text', 'richtext', 'select']);
  const spent = amountOf(spentField);
  const allocated = amountOf(allocatedField);
  if (spentField && spent !== null && allocated !== null && spent > allocated) {
    findings.push(finding('spentOverAllocation', 'error', [spentField], 'rule.spentOverAllocation', [spent.toLocaleString('th-TH'), allocated.toLocaleString('th-TH')]));
  }
  return findings;
};

const YEAR_LABEL = /ปี|พ\.ศ|วันที่|date|year/i;
const CE_LABEL = /ค\.ศ|\bCE\b|\bAD\b/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A year typed in Christian era where Buddhist era is expected (2024 vs 2567), and back. */
export const yearEra: Rule = (ctx) => {
  const findings: Finding[] = [];
  for (const f of ctx.snapshot.fields) {
    if (!f.editable || f.empty || (f.kind !== 'text' && f.kind !== 'richtext')) continue;
    const expectCe = CE_LABEL.test(f.label);
    if (!expectCe && !YEAR_LABEL.test(f.label)) continue;
    const value = f.value.trim();
    let era: 'BE' | 'CE' | undefined;
    let year: number | undefined;
    if (/^\d{4}$/.test(value)) {
      const g = guessEra(value);
      era = g?.era;
      year = Number(value);
    } else {
      const parsed = parseThaiDateDetailed(value);
      if (parsed && !parsed.shortYear && !parsed.eraExplicit) {
        era = parsed.era;
        year = parsed.typedYear;
      }
    }
    if (!era || year === undefined) continue;
    // ISO "2026-01-15" is the machine format (HTML's <input type="date"> value is always ISO
    // Gregorian, whatever the browser shows): nobody typed a CE year there. Measured on the
    // react-chakra zoo page: native date inputs gave a false era warning on every date.
    if (!expectCe && era === 'CE' && ISO_DATE.test(value)) continue;
    if (!expectCe && era === 'CE') {
      findings.push(finding('yearEra', 'warning', [f], 'rule.ceWhereBe', [displayLabel(f), year, ceToBe(year)]));
    } else if (expectCe && era === 'BE') {
      findings.push(finding('yearEra', 'warning', [f], 'rule.beWhereCe', [displayLabel(f), year, year - 543]));
    }
  }
  return findings;
};

/** Progress is not lower than what was last saved for the same project (warning). */
export const progressNotLower: Rule = (ctx) => {
  const history = ctx.history;
  if (!history) return [];
  const progress = progressField(ctx.snapshot, ctx.profile);
  const quarterField = fieldFor(ctx.snapshot, ctx.profile, 'quarter', ['select', 'combobox', 'radio', 'text']);
  const quarter = quarterField && !quarterField.empty ? parseQuarter(quarterField.value) : null;
  const fy = ctx.screen.fiscalYear;
  if (!progress || progress.number === undefined || !quarter || !fy) return [];
  // the latest saved quarter before this one (or this one, saved earlier)
  let best: { key: string; value: number; order: number } | undefined;
  for (const [key, value] of Object.entries(history)) {
    const m = /^(\d{4})-Q([1-4])$/.exec(key);
    if (!m) continue;
    const order = Number(m[1]) * 4 + Number(m[2]);
    if (order <= fy * 4 + quarter && (!best || order > best.order)) best = { key, value, order };
  }
  if (!best || progress.number >= best.value) return [];
  const [y, q] = best.key.split('-Q');
  return [finding('progressLower', 'warning', [progress], 'rule.progressLower', [progress.number, best.value, q!, y!])];
};

export const CROSS_FIELD_RULES: Rule[] = [quarterIsCurrent, statusMatchesProgress, moneyWithinAllocation, yearEra, progressNotLower];
