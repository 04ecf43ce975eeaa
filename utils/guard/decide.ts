/**
 * The send guard's decision, as pure functions: which budget type the project has
 * (and where that came from), and whether a send may go through without a word.
 * No DOM, no storage: the mount code gathers the facts and renders the outcome.
 */
import type { Profile } from '@/utils/profile/schema';
import { checkRecipient, type RecipientCheck, type RecipientOptions } from '@/utils/recipient';

/**
 * Where the budget type came from, in priority order:
 * shown in the send dialog › shown in the list row the send started from › shown elsewhere on
 * the page (project summary, header) ›
 * remembered for the project (seen on an earlier screen, or the user's earlier answer) ›
 * the agency's default in settings › nowhere ('none': the dialog asks).
 */
export type BudgetSource = 'dialog' | 'row' | 'page' | 'remembered' | 'answer' | 'settings' | 'none';

export interface RememberedBudget {
  budgetType: string;
  /** 'screen': read from a page of the project; 'answer': the user told the guard */
  from: 'screen' | 'answer';
}

export interface BudgetEvidence {
  /** budget type id detected in the send dialog's text */
  dialog?: string | null;
  /** budget type id detected in the list row the send started from */
  row?: string | null;
  /** budget type id the page states outside the send step (project summary, header) */
  page?: string | null;
  remembered?: RememberedBudget | null;
  /** Settings.defaultBudgetType */
  settings?: string | null;
}

export interface ResolvedBudget {
  budgetType: string | null;
  source: BudgetSource;
}

/** One unmet check, as the checklist showed it (message id + substitutions, rendered with t()). */
export interface UnmetItem {
  message: string;
  params?: string[];
}

/** The last check of the project's progress report (M6), remembered when its form was open. */
export interface LastCheck {
  errors: UnmetItem[];
  /** ms since the epoch */
  checkedAt: number;
}

export type GuardProblem =
  /** the chosen approver is not the budget type's recipient */
  | 'mismatch'
  /** the budget type is not known: the dialog asks for it */
  | 'unknownBudget'
  /** the chosen option names a person only: the position cannot be judged */
  | 'unknownRecipient'
  /** the last check of the report still had errors */
  | 'unmetErrors';

export interface SendFacts {
  /** the chosen approver's text ('' or a placeholder when nothing is chosen) */
  recipient: string;
  budget: ResolvedBudget;
  lastCheck: LastCheck | null;
}

export interface GuardDecision {
  /** 'pass': let the send happen untouched; 'confirm': stop it and show the dialog */
  action: 'pass' | 'confirm';
  problems: GuardProblem[];
  check: RecipientCheck;
  budget: ResolvedBudget;
  /** the dialog offers the budget types as buttons */
  askBudget: boolean;
  /** the last check, when it had errors */
  unmet: LastCheck | null;
  /** no approver chosen: the send goes on (the page refuses it itself) and the guard says whom to choose */
  choose: boolean;
}

const known = (id: string | null | undefined, profile: Profile): id is string =>
  !!id && profile.budgetTypes.some((b) => b.id === id);

export function resolveBudgetType(evidence: BudgetEvidence, profile: Profile): ResolvedBudget {
  if (known(evidence.dialog, profile)) return { budgetType: evidence.dialog, source: 'dialog' };
  if (known(evidence.row, profile)) return { budgetType: evidence.row, source: 'row' };
  if (known(evidence.page, profile)) return { budgetType: evidence.page, source: 'page' };
  const r = evidence.remembered;
  if (r && known(r.budgetType, profile)) {
    return { budgetType: r.budgetType, source: r.from === 'answer' ? 'answer' : 'remembered' };
  }
  if (known(evidence.settings, profile)) return { budgetType: evidence.settings, source: 'settings' };
  return { budgetType: null, source: 'none' };
}

export function decideSend(facts: SendFacts, profile: Profile, opts: RecipientOptions = {}): GuardDecision {
  const check = checkRecipient(facts.recipient, facts.budget.budgetType, profile, opts);
  const unmet = facts.lastCheck && facts.lastCheck.errors.length ? facts.lastCheck : null;
  const base = { check, budget: facts.budget, unmet };
  // Nothing chosen yet: the page itself refuses ("กรุณาเลือกผู้อนุมัติ"); stay out of its way,
  // but say whom to choose.
  if (check.reason === 'empty') return { ...base, action: 'pass', problems: [], askBudget: false, choose: true };
  const problems: GuardProblem[] = [];
  if (check.verdict === 'mismatch') problems.push('mismatch');
  else if (check.reason === 'noBudgetType') problems.push('unknownBudget');
  else if (check.reason === 'person') problems.push('unknownRecipient');
  if (unmet) problems.push('unmetErrors');
  const askBudget = problems.length > 0 && facts.budget.budgetType === null;
  return { ...base, action: problems.length ? 'confirm' : 'pass', problems, askBudget, choose: false };
}
