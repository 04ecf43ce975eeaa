/**
 * Gathering the facts of a send from the live page: the step's chosen approver as the
 * chooser shows it now (read directly from the chooser, not a second collect of the form),
 * the project, and the budget type from wherever it is stated — the step, the list row the
 * send started from, the page (project summary, header), what is remembered for the project,
 * the settings' default. A budget type the page states is remembered for later sends.
 */
import type { Profile } from '@/utils/profile/schema';
import type { Settings } from '@/utils/settings';
import { resolveBudgetType, type SendFacts } from '@/utils/guard/decide';
import { rememberedBudget, type ProjectMemory, type ProjectRef } from '@/utils/guard/memory';
import { budgetTypeOfPage, readStep, type DialogRead, type RowNote } from '@/utils/guard/dom';
import type { SendStep } from '@/utils/guard/step';
import { matchKey } from '@/utils/text';

export interface Gathered {
  facts: SendFacts;
  ref: ProjectRef;
  dialog: DialogRead;
}

/** A row the send did not start from long ago is no evidence. */
const ROW_FRESH_MS = 30 * 60 * 1000;

export interface GatherEnv {
  profile: Profile;
  settings: Settings;
  memory: ProjectMemory;
  lastRow: RowNote | null;
  /** the user's answer for a step whose project has neither id nor name */
  sessionAnswer: string | undefined;
}

/** The row the send started from, if it is recent and the step does not contradict it. */
export function rowFor(dialog: DialogRead, row: RowNote | null, now = Date.now()): RowNote | null {
  if (!row || now - row.at > ROW_FRESH_MS) return null;
  if (dialog.id && row.id && dialog.id !== row.id) return null;
  if (!dialog.id && dialog.name && row.name && matchKey(dialog.name) !== matchKey(row.name)) return null;
  return row;
}

export function gather(step: SendStep, env: GatherEnv): Gathered {
  const { profile, memory } = env;
  const dialog = readStep(step, profile);
  const row = rowFor(dialog, env.lastRow);
  const page = dialog.budgetType || row?.budgetType ? null : budgetTypeOfPage(document, profile, step.container);
  const ref: ProjectRef = { id: dialog.id ?? row?.id ?? null, name: dialog.name ?? row?.name ?? null };
  const record = memory.recall(ref);
  // a budget type the page states is remembered for the project's later sends
  const shown = dialog.budgetType ?? row?.budgetType ?? page ?? null;
  if (shown && record?.budgetType !== shown) {
    memory.remember(ref, { budgetType: shown, budgetFrom: 'screen', budgetAt: Date.now() });
  }
  const answer = env.sessionAnswer;
  const remembered = rememberedBudget(record) ?? (answer ? { budgetType: answer, from: 'answer' as const } : null);
  const budget = resolveBudgetType(
    { dialog: dialog.budgetType, row: row?.budgetType ?? null, page, remembered, settings: env.settings.defaultBudgetType },
    profile,
  );
  return { facts: { recipient: dialog.recipient.text, budget, lastCheck: record?.check ?? null }, ref, dialog };
}
