/** Typed messages between the content script, background, popup and options. */
import type { CheckResult, ScreenId } from './types';
import type { RecipientReason, RecipientVerdict } from './recipient';
import type { BudgetSource } from './guard/decide';

/** The send step (screen 'sendDialog'): is the chosen approver the budget type's recipient? */
export interface SendState {
  /** budget type id (profile.budgetTypes), null when unknown */
  budgetType: string | null;
  /** its display name ("งบกลุ่มจังหวัด") */
  budgetName: string | null;
  budgetSource: BudgetSource;
  /** the chosen approver's text, '' when nothing is chosen */
  recipient: string;
  verdict: RecipientVerdict;
  reason: RecipientReason;
  /** the recipient the budget type requires */
  expected: string | null;
  /** the last check of the project's report, when it had errors */
  unmet?: { errors: number; checkedAt: number };
}

/** What the content script reports about its tab. */
export interface TabState {
  /** the page is an eMENSCR form screen the assistant checks */
  isForm: boolean;
  screen: ScreenId;
  result: CheckResult | null;
  /** an internal error happened; the page still works */
  failed?: boolean;
  url: string;
  /** on the send step: the recipient check (see utils/guard) */
  send?: SendState;
}

export type ContentRequest =
  | { type: 'getState' }
  | { type: 'activateFinding'; findingId: string };

export type BackgroundRequest = { type: 'tabState'; state: TabState };

export function countFindings(state: TabState | null | undefined): { errors: number; warnings: number } {
  const findings = state?.isForm ? state.result?.findings ?? [] : [];
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  return { errors, warnings: findings.length - errors };
}
