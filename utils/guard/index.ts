/**
 * The send guard ("อย่ากดส่งผิด"): pure decision (decide.ts), what is remembered per
 * project (memory.ts), reading the page (dom.ts) and the mount the content script calls
 * (mount.tsx): `const guard = mountGuard({ ctx, host, profile, recheck })`, then
 * `send: guard.onResult(live)` in the live checker's result hook.
 */
export { mountGuard, type Guard, type GuardOptions } from './mount';
export { decideSend, resolveBudgetType } from './decide';
export type { BudgetSource, GuardDecision, GuardProblem, LastCheck, SendFacts } from './decide';
export { DEBUG_THROWS_KEY, PROJECT_PREFIX, projectKeys } from './memory';
