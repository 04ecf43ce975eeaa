/**
 * The findings a person expects on a zoo scenario, COMPUTED from the form definition
 * (form.json) and the scenario's values (scenarios.ts) by the product's documented rules
 * (README "What it checks"), rendered with the product's Thai message templates
 * (utils/i18n/messages/checklist.ts). Nothing here reads the extension's output.
 *
 * Naming: a field by the label a person reads; a grid cell by "<row label> – <column label>"
 * (EN DASH); a plan by its profile name (แผนพัฒนาฯ with the edition of the form's fiscal year).
 *
 * The rules, as applied here:
 * - every visible, enabled, editable field needs a value ("ยังไม่ได้กรอก: <label>"); read-only
 *   cells, the slider (own rule), plan toggles and plan details (the plan rule's) excepted;
 *   a level-selector plan row is a set of ordinary fields unless it names a profile plan;
 * - the progress slider above 0 unless the status is ยังไม่ดำเนินการ / ยกเลิกโครงการ;
 * - ยุทธศาสตร์ชาติ and the development plan of the fiscal year's edition linked, each with every
 *   detail; a plan of the other edition is wrong for the year (and the right one is missing);
 * - the quarter chosen is the quarter being reported (warning); spent ≤ allocation.
 * Scenarios stay where these rules give one answer (e.g. at most one empty detail per plan).
 */
import { checklist } from '../../../utils/i18n/messages/checklist';
import { FORM, reportingQuarter, type M1Values, type M6Values, type Scenario } from './scenarios';
import { PROFILE_ROW_PLANS, editionOf, nesdpName, rowPlanOptions } from './plans';

export type Severity = 'error' | 'warning';

export interface ExpectedFinding {
  /** message key of utils/i18n (rule.fieldEmpty, …) */
  message: string;
  severity: Severity;
  /** the text the panel shows for it (without the severity word) */
  text: string;
}

const TH = checklist.th as Record<string, string>;

/** Renders a Thai message template ($1, $2 … replaced by the parameters). */
export function render(key: string, ...params: (string | number)[]): string {
  const template = TH[key];
  if (!template) throw new Error(`no message ${key}`);
  return template.replace(/\$(\d)/g, (_, n: string) => String(params[Number(n) - 1] ?? ''));
}

const finding = (key: string, severity: Severity, ...params: (string | number)[]): ExpectedFinding => ({
  message: key,
  severity,
  text: render(`rule.${key}`, ...params),
});

/** The panel's heading line for the screen: "<screen name> · ปีงบประมาณ <fy>". */
export function expectedScreen(s: Scenario): string {
  const name = TH[s.screen === 'm6' ? 'screen.progressReport' : 'screen.linkage']!;
  const fy = s.screen === 'm6' ? s.m6!.fiscalYear : s.m1!.fiscalYear;
  return `${name} · ปีงบประมาณ ${fy}`;
}

export function expectedFindings(s: Scenario, today: Date): ExpectedFinding[] {
  return s.screen === 'm6' ? m6Findings(s.m6!, today) : m1Findings(s.m1!);
}

const F6 = FORM.m6.fields;

function m6Findings(v: M6Values, today: Date): ExpectedFinding[] {
  const out: ExpectedFinding[] = [];
  const empty = (label: string) => out.push(finding('fieldEmpty', 'error', label));

  if (!v.quarter) empty(F6.quarter.label);
  if (!v.reportDate) empty(F6.reportDate.label);
  if (!v.status) empty(F6.status.label);
  if (!v.startDate) empty(F6.startDate.label);
  if (!v.endDate) empty(F6.endDate.label);
  if (!v.allocation) empty(F6.allocation.label);
  if (!v.spent) empty(F6.spent.label);
  if (!v.beneficiaries.length) empty(F6.beneficiaries.label);
  FORM.m6.kpi.rows.forEach((row, i) => {
    if (!v.kpi[i]) empty(`${row.name} – ${FORM.m6.kpi.columns.result}`);
  });
  if (!v.result) empty(F6.result.label);
  if (!v.problems) empty(F6.problems.label);
  if (!v.suggestions) empty(F6.suggestions.label);

  const [notStarted, , completed, cancelled] = F6.status.options;
  if (v.progress === 0 && v.status !== notStarted && v.status !== cancelled) {
    out.push(finding('progressNotSet', 'error', F6.progress.label));
  }
  if (v.status === completed && v.progress !== 100) out.push(finding('completedNot100', 'error', v.status, v.progress));
  if (v.progress === 100 && v.status && v.status !== completed) out.push(finding('fullButNotCompleted', 'error', v.status));
  if (v.status === notStarted && (v.progress > 0 || amount(v.spent) > 0)) throw new Error('scenario outside the expectation model');

  const edition = editionOf(v.fiscalYear);
  const items = FORM.m6.plans.items;
  for (const key of ['ns', 'nesdp', 'mp'] as const) {
    const plan = v.plans[key];
    const item = items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const detailLabel = key === 'nesdp' ? (edition === 12 ? items.nesdp.detail.label12 : items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    if (!plan.on) {
      if (item.required) out.push(finding('planMissing', 'error', name));
      continue;
    }
    const missing = [!plan.detail && detailLabel, !plan.text && FORM.m6.plans.textLabel].filter(Boolean) as string[];
    if (missing.length > 1) throw new Error('scenario outside the expectation model: one empty detail per plan');
    if (missing.length) out.push(finding('planIncomplete', 'error', name, missing[0]!));
  }

  const now = reportingQuarter(today);
  const q = F6.quarter.options.indexOf(v.quarter) + 1;
  if (q > 0 && (q !== now.quarter || v.fiscalYear !== now.fiscalYear)) {
    out.push(finding('quarterNotCurrent', 'warning', q, now.quarter, now.fiscalYear));
  }
  if (v.spent && v.allocation && amount(v.spent) > amount(v.allocation)) {
    out.push(finding('spentOverAllocation', 'error', v.spent, v.allocation));
  }
  return out;
}

const amount = (s: string) => (s ? Number(s.replace(/,/g, '')) : 0);

function m1Findings(v: M1Values): ExpectedFinding[] {
  const out: ExpectedFinding[] = [];
  const required = editionOf(v.fiscalYear);

  // ยุทธศาสตร์ชาติ: a chain of cascading selects; a level below an empty one is disabled
  const nsLevels = FORM.m1.ns.levels;
  chain(out, 'ยุทธศาสตร์ชาติ', nsLevels, v.ns);

  // แผนพัฒนาฯ: chosen through "ฉบับของแผน"; the section names no edition
  if (!v.edition) {
    out.push(finding('planMissing', 'error', nesdpName(required)));
  } else if (v.edition !== required) {
    out.push(finding('planWrongYear', 'error', nesdpName(v.edition), v.fiscalYear));
    out.push(finding('planMissing', 'error', nesdpName(required)));
    if (v.nesdp.some((i) => i < 0)) throw new Error('scenario outside the expectation model: wrong edition with empty details');
  } else {
    chain(out, nesdpName(v.edition), FORM.m1.nesdp.levels[String(v.edition) as '12' | '13'], v.nesdp);
  }

  // plan rows: ordinary fields named by their column labels
  const cols = FORM.m1.rows.columns;
  const blanks: string[] = [];
  for (const row of v.rows) {
    if (row.level < 0) blanks.push(cols.level);
    else if (row.plan < 0) blanks.push(cols.plan);
    else if (row.issue < 0) {
      if (PROFILE_ROW_PLANS.has(rowPlanOptions(row.level)[row.plan]!)) throw new Error('scenario outside the expectation model: profile plan row without detail');
      blanks.push(cols.issue);
    }
  }
  if (new Set(blanks).size !== blanks.length) throw new Error('scenario outside the expectation model: two empty row fields share a label');
  for (const label of blanks) out.push(finding('fieldEmpty', 'error', label));
  return out;
}

function chain(out: ExpectedFinding[], name: string, labels: string[], chosen: number[]) {
  const filled = chosen.filter((i) => i >= 0).length;
  if (filled === 0) {
    out.push(finding('planMissing', 'error', name));
    return;
  }
  const empty = labels.filter((_, i) => (chosen[i] ?? -1) < 0);
  if (empty.length > 1 || (empty.length === 1 && (chosen[labels.length - 1] ?? -1) >= 0)) {
    throw new Error('scenario outside the expectation model: only the last level may be empty');
  }
  if (empty.length) out.push(finding('planIncomplete', 'error', name, empty[0]!));
}

/** Which message a panel text is, by matching it against the Thai templates (for reporting). */
export function messageOf(text: string): string {
  for (const [key, template] of Object.entries(TH)) {
    if (!key.startsWith('rule.')) continue;
    const re = new RegExp('^' + template.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\$\d/g, '.*') + '$');
    if (re.test(text)) return key.slice('rule.'.length);
  }
  return 'unknown';
}
