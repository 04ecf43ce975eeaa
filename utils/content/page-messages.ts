/**
 * Runtime messages to the content script's main part. The always-loaded boot is the one
 * listener (entrypoints/emenscr.content/index.ts): it loads the main part if needed and hands
 * each message here, so that a message that came while the main part was loading (the popup's
 * first getState, a context-menu command) reaches the same handlers, exactly once.
 */
type Handler = (msg: unknown) => unknown;

const handlers = new Set<Handler>();

/** Handle runtime messages (an answer, a Promise of one, or undefined: not this handler's); returns the function that stops it. */
export function onPageMessage(fn: Handler): () => void {
  handlers.add(fn);
  return () => handlers.delete(fn);
}

/** The first answer of the handlers to `msg` (undefined: none of them answers it). */
export function dispatchPageMessage(msg: unknown): unknown {
  for (const fn of handlers) {
    try {
      const r = fn(msg);
      if (r !== undefined) return r;
    } catch (e) {
      console.warn('[eMENSCR Assistant] message handler failed; the page is not affected', e);
    }
  }
  return undefined;
}
