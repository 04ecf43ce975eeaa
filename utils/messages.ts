/** Typed messages between the content script, background, popup and options. */
import type { CheckResult, ScreenId } from './types';

/** What the content script reports about its tab. */
export interface TabState {
  /** the page is an eMENSCR form screen the assistant checks */
  isForm: boolean;
  screen: ScreenId;
  result: CheckResult | null;
  /** an internal error happened; the page still works */
  failed?: boolean;
  url: string;
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
