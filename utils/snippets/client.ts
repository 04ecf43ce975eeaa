/**
 * Asking the background for snippets, from the content script or the popup. No zod and
 * no IndexedDB here: the background owns the store. Failures reject with a
 * SnippetClientError that carries the Thai and English messages to show.
 */
import { browser } from 'wxt/browser';
import type { SnippetReplies, SnippetReply, SnippetRequest } from '@/utils/messages';
import type { SnippetStoreErrorData } from './errors';

export class SnippetClientError extends Error {
  readonly data: SnippetStoreErrorData;
  constructor(data: SnippetStoreErrorData) {
    super(data.messageEn);
    this.name = 'SnippetClientError';
    this.data = data;
  }
  get messageTh(): string {
    return this.data.messageTh;
  }
}

const UNREACHABLE: SnippetStoreErrorData = {
  code: 'unavailable',
  messageTh: 'ติดต่อส่วนขยายไม่ได้ (อาจเพิ่งอัปเดตหรือรีโหลด) กรุณารีโหลดหน้านี้แล้วลองใหม่ ข้อมูลที่บันทึกไว้ไม่หายไป',
  messageEn: 'Could not reach the extension (it may have been updated or reloaded). Reload this page and try again; saved data is not lost.',
};

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

/** The Thai (or English) text of any failure, for showing in the UI. */
export function failureText(e: unknown, lang: 'th' | 'en' = 'th'): string {
  if (e instanceof SnippetClientError) return lang === 'th' ? e.data.messageTh : e.data.messageEn;
  const data = e as Partial<SnippetStoreErrorData> | null;
  if (data && typeof data.messageTh === 'string') return lang === 'th' ? data.messageTh : String(data.messageEn);
  return lang === 'th' ? UNREACHABLE.messageTh : UNREACHABLE.messageEn;
}
