/**
 * Background side of corrections: the content script (no zod) asks here to add or remove
 * one; the entry is validated (./store.ts) before anything is written.
 */
import { browser } from 'wxt/browser';
import { addCorrection, removeCorrection, type CorrectionChange } from './store';

export type CorrectionRequest =
  | { type: 'corrections:add'; correction: unknown }
  | { type: 'corrections:remove'; id: string };

export function registerCorrectionHandlers(): void {
  browser.runtime.onMessage.addListener((msg: unknown) => {
    const req = msg as CorrectionRequest;
    if (req?.type === 'corrections:add') return addCorrection(req.correction).then(slim);
    if (req?.type === 'corrections:remove') return removeCorrection(String(req.id)).then(slim);
    return undefined;
  });
}

/** The reply: ok, or the messages (plain data) to show. */
function slim(r: CorrectionChange) {
  return r.ok ? { ok: true as const } : { ok: false as const, issues: r.issues };
}
