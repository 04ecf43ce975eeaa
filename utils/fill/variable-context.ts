/**
 * The values text-snippet variables take on this page: fiscal year and quarter from the
 * form when it shows them (the report's own fiscal year field, its chosen quarter),
 * otherwise the quarter being reported today by the calendar; today's Thai date; the
 * user's answers to {ถาม:…} prompts. Pure: the snapshot and "today" are passed in.
 */
import type { FormSnapshot, Screen } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import { fieldFor } from '@/utils/classify/fields';
import { formatThaiDate, parseFiscalYear, parseQuarter, reportingPeriod } from '@/utils/calendar';
import { findField } from '@/utils/rules/fields';
import type { VariableContext } from '@/utils/snippets/variables';

export interface PageFacts {
  fiscalYear?: number;
  quarter?: number;
}

/** Fiscal year and quarter as the page states them (either may be unknown). */
export function pageFacts(snapshot: FormSnapshot | null | undefined, screen: Screen | null | undefined, profile: Profile): PageFacts {
  const facts: PageFacts = {};
  if (screen?.fiscalYear) facts.fiscalYear = screen.fiscalYear;
  if (!snapshot) return facts;
  if (!facts.fiscalYear) {
    const fy = fieldFor(snapshot, profile, 'fiscalYear');
    const n = fy && !fy.empty ? parseFiscalYear(fy.value) : null;
    if (n) facts.fiscalYear = n;
  }
  const q = fieldFor(snapshot, profile, 'quarter');
  const quarter = q && !q.empty ? parseQuarter(q.value) : null;
  if (quarter) facts.quarter = quarter;
  return facts;
}

export interface VariableSources {
  fiscalYear: 'page' | 'calendar';
  quarter: 'page' | 'calendar';
}

/** A context for expandVariables, and where its fiscal year and quarter came from. */
export function buildVariableContext(
  facts: PageFacts,
  today: Date,
  answers: Record<string, string> = {},
): VariableContext & { sources: VariableSources } {
  const period = reportingPeriod(today);
  return {
    fiscalYear: facts.fiscalYear ?? period.fiscalYear,
    quarter: facts.quarter ?? period.quarter,
    today,
    answers,
    formatDate: (d) => formatThaiDate(d),
    sources: {
      fiscalYear: facts.fiscalYear ? 'page' : 'calendar',
      quarter: facts.quarter ? 'page' : 'calendar',
    },
  };
}
