/**
 * M2 (ข้อมูลทั่วไปของโครงการ/กิจกรรม, circular 000 §1) cross-field checks:
 * - the project starts no later than it ends (research notes §2.3, M1/M2 table: "end ≥ start");
 * - the project period lies in its fiscal year(s). The fiscal year runs 1 Oct – 30 Sep and is
 *   named by the Buddhist-era year in which it ends (domain.md "Calendar"); circular 001 asks for
 *   M1–M5 of "ประจำปีงบประมาณ พ.ศ. ๒๕๖๕" projects, i.e. projects of that year. A period wholly
 *   outside the year(s) is an error (a wrong year, often a ค.ศ./พ.ศ. slip); one that only runs
 *   past them is a warning (carried-over budget), and nothing for a project marked continuing
 *   (โครงการต่อเนื่อง, ผูกพันงบประมาณ): it spans years by design.
 * The fiscal year comes from the form or the page (classify), never from today's date: on an
 * unknown year the check is skipped (issue 9: guessing the year gave false errors).
 */
import type { FieldSnapshot, Finding } from '@/utils/types';
import type { Rule } from '../context';
import { fiscalYearRange, parseFiscalYear } from '@/utils/calendar';
import { labelScore } from '@/utils/text';
import { finding, formScreens, projectPeriod, showDate } from './shared';

/** Fiscal years named on the form (one field, or a first/last pair), else the screen's. */
function fiscalYears(fields: readonly FieldSnapshot[], variants: readonly string[], fallback?: number): number[] {
  const years: number[] = [];
  for (const f of fields) {
    if (f.empty || labelScore(f.label, variants) === 0) continue;
    const y = parseFiscalYear(f.value);
    if (y) years.push(y);
  }
  if (!years.length && fallback) years.push(fallback);
  return years;
}

/** A project marked continuing (โครงการต่อเนื่อง / ต่อเนื่องหลายปี) runs past one year by design. */
function continuing(fields: readonly FieldSnapshot[]): boolean {
  return fields.some((f) => !f.empty && f.kind !== 'checkbox' && /ต่อเนื่อง|หลายปี|ผูกพัน/.test(f.value)) ||
    fields.some((f) => f.kind === 'checkbox' && f.checked === true && /ต่อเนื่อง|หลายปี|ผูกพัน/.test(f.label));
}

export const projectPeriodValid: Rule = (ctx) => {
  const screens = formScreens(ctx);
  const period = projectPeriod(ctx.snapshot, screens);
  if (!period) return [];
  const findings: Finding[] = [];
  if (period.start.getTime() > period.end.getTime()) {
    findings.push(
      finding('periodReversed', 'error', period.fields, 'rule.startAfterEnd', [showDate(period.start), showDate(period.end)]),
    );
    return findings;
  }
  const years = fiscalYears(ctx.snapshot.fields, ctx.profile.fields.fiscalYear, ctx.screen.fiscalYear);
  if (!years.length) return findings;
  const first = Math.min(...years);
  const last = Math.max(...years);
  const from = fiscalYearRange(first).start;
  const to = fiscalYearRange(last).end;
  const yearText = first === last ? String(first) : `${first}–${last}`;
  const params = [showDate(period.start), showDate(period.end), yearText, showDate(from), showDate(to)];
  if (period.end < from || period.start > to) {
    findings.push(finding('periodFiscalYear', 'error', period.fields, 'rule.periodOutsideFiscalYear', params));
  } else if ((period.start < from || period.end > to) && !continuing(ctx.snapshot.fields)) {
    findings.push(finding('periodFiscalYear', 'warning', period.fields, 'rule.periodBeyondFiscalYear', params));
  }
  return findings;
};
