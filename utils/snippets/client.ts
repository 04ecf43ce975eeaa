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

export async function askSnippets<R extends SnippetRequest>(req: R): Promise<SnippetReplies[R['type']]> {
  let reply: SnippetReply<SnippetReplies[R['type']]> | undefined;
  try {
    reply = (await browser.runtime.sendMessage(req)) as typeof reply;
  } catch {
    throw new SnippetClientError(UNREACHABLE);
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
