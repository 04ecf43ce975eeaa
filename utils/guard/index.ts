/**
 * The send guard ("อย่ากดส่งผิด"), its pure parts: the decision (decide.ts), what is
 * remembered per project (memory.ts) and reading the page (dom.ts). The content script
 * mounts it (entrypoints/emenscr.content/guard.ts).
 */
export { decideSend, resolveBudgetType } from './decide';
export type { BudgetSource, GuardDecision, GuardProblem, LastCheck, SendFacts } from './decide';
export { DEBUG_THROWS_KEY, PROJECT_PREFIX, projectKeys } from './memory';
