/**
 * Asking the background for snippets, from the content script or the popup. No zod and
 * no IndexedDB here: the background owns the store. Failures reject with a
 * SnippetClientError that carries the message (id + parameters) to show.
 */
import { browser } from 'wxt/browser';
import type { SnippetReplies, SnippetReply, SnippetRequest } from '@/utils/messages';
import { isMsg, msg, render } from '@/utils/i18n';
import type { SnippetStoreErrorData } from './errors';

export class SnippetClientError extends Error {
  readonly data: SnippetStoreErrorData;
  constructor(data: SnippetStoreErrorData) {
    super(`snippet store: ${data.code}`);
    this.name = 'SnippetClientError';
    this.data = data;
  }
}

const UNREACHABLE: SnippetStoreErrorData = { code: 'unavailable', msg: msg('store.unreachable') };

/**
 * Requests safe to send twice: reads, and saves of a draft with its own id (the second
 * overwrites the first). markUsed counts, and openLibrary opens a tab: once only.
 */
function retriable(req: SnippetRequest): boolean {
  if (req.type === 'snippets:markUsed' || req.type === 'snippets:openLibrary') return false;
  if (req.type === 'snippets:save') return 'draft' in req && Boolean(req.draft.id);
  return true;
}

/** How long to wait before the one retry: the service worker starts again on the next message. */
const RETRY_MS = 300;

export async function askSnippets<R extends SnippetRequest>(req: R): Promise<SnippetReplies[R['type']]> {
  let reply: SnippetReply<SnippetReplies[R['type']]> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(req)) as typeof reply;
  } catch {
    // the worker stopped or restarted while answering: the request may or may not have landed
    if (!retriable(req)) throw new SnippetClientError(UNREACHABLE);
    await new Promise((r) => setTimeout(r, RETRY_MS));
    try {
      reply = (await browser.runtime.sendMessage(req)) as typeof reply;
    } catch {
      throw new SnippetClientError(UNREACHABLE);
    }
  }
  if (!reply || typeof reply !== 'object' || !('ok' in reply)) throw new SnippetClientError(UNREACHABLE);
  if (!reply.ok) throw new SnippetClientError(reply.error);
  return reply.value;
}

/**
 * The text of any failure in the user's language, for showing in the UI (the store's
 * messages must be registered: utils/i18n/messages/store.ts).
 */
export function failureText(e: unknown): string {
  const data = (e instanceof SnippetClientError ? e.data : e) as Partial<SnippetStoreErrorData> | null;
  if (!data || !isMsg(data.msg)) return render(UNREACHABLE.msg);
  return [data.msg, ...(data.details ?? [])].map(render).join('\n');
}
