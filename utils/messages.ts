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

export type BackgroundRequest =
  | { type: 'tabState'; state: TabState }
  /** the default profile (answered with a Profile), when the content script found none stored */
  | { type: 'defaultProfile' };

export function countFindings(state: TabState | null | undefined): { errors: number; warnings: number } {
  const findings = state?.isForm ? state.result?.findings ?? [] : [];
  let errors = 0;
  for (const f of findings) if (f.severity === 'error') errors++;
  const warnings = findings.length - errors;
  // on the send step, a wrong approver is an unmet check too
  if (state?.isForm && state.send?.verdict === 'mismatch') errors++;
  return { errors, warnings };
}

// ---------------------------------------------------------------- snippets
// The background owns the snippet database (utils/snippets/background.ts); the content
// script, popup and library reach it with these. Replies are SnippetReply: a store
// failure comes back as plain data with Thai and English messages, never silently.
import type { FormSnippet, FormSnippetField, Snippet, SnippetInput, SnippetKind, TextSnippet } from './snippets/schema';
import type { SnippetStoreErrorData } from './snippets/errors';

/**
 * A snippet to create: the background gives it dates, and an id unless the client chose
 * one. A client that chooses the id (one per save dialog) can retry a save whose reply was
 * lost (service worker restarting) without storing it twice.
 */
export type SnippetDraft = {
  id?: string;
  name: string;
  tags?: string[];
  source?: { screen: string; path?: string };
} & ({ kind: 'text'; text: string } | { kind: 'form'; fields: FormSnippetField[] });

export type SnippetRequest =
  | { type: 'snippets:list'; kind?: SnippetKind; order?: 'name' | 'recent'; limit?: number }
  | { type: 'snippets:search'; query: string; kind?: SnippetKind; limit?: number }
  | { type: 'snippets:get'; id: string }
  /** create from a draft, or replace a whole snippet (validated in the background) */
  | { type: 'snippets:save'; draft: SnippetDraft }
  | { type: 'snippets:save'; snippet: SnippetInput }
  | { type: 'snippets:markUsed'; id: string }
  /** open the library page (คลังข้อความ) in a tab */
  | { type: 'snippets:openLibrary' };

export type SnippetReply<T> = { ok: true; value: T } | { ok: false; error: SnippetStoreErrorData };

/** What each request answers with. */
export interface SnippetReplies {
  'snippets:list': Snippet[];
  'snippets:search': Snippet[];
  'snippets:get': Snippet | null;
  'snippets:save': Snippet;
  'snippets:markUsed': Snippet;
  'snippets:openLibrary': true;
}

/** Background or popup → the content script of a tab. */
export type SnippetPageRequest =
  /** show the in-page picker (keyboard command, context menu "เลือกข้อความ…", popup) */
  | { type: 'snippets:openPicker'; kind?: SnippetKind }
  /** insert a text snippet into the field that has (or last had) focus */
  | { type: 'snippets:insert'; snippet: TextSnippet }
  /** fill the form from a form snippet */
  | { type: 'snippets:fill'; snippet: FormSnippet }
  /** context menu on an editable field: offer to save its text */
  | { type: 'snippets:saveField' }
  /** open the "save this form" preview */
  | { type: 'snippets:saveForm' };

export function isSnippetRequest(msg: unknown): msg is SnippetRequest {
  const type = (msg as { type?: unknown } | null)?.type;
  return typeof type === 'string' && type.startsWith('snippets:') && !PAGE_TYPES.has(type);
}

const PAGE_TYPES = new Set(['snippets:openPicker', 'snippets:insert', 'snippets:fill', 'snippets:saveField', 'snippets:saveForm']);

export function isSnippetPageRequest(msg: unknown): msg is SnippetPageRequest {
  const type = (msg as { type?: unknown } | null)?.type;
  return typeof type === 'string' && PAGE_TYPES.has(type);
}
