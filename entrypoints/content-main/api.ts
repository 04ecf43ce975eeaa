/**
 * The contract between the always-loaded boot of the content script and its main part
 * (issue 12: the page pays for the checker only where there is something to check).
 *  - boot (entrypoints/emenscr.content/index.ts, content-scripts/emenscr.js, always loaded):
 *    notices a page with a field (on load, on SPA navigation, on DOM changes), holds a send the
 *    user commits before the main part is up, answers messages that arrive before it;
 *  - main part (entrypoints/content-main/index.ts → /content-main.js, web-accessible to eMENSCR
 *    pages only under the per-session URL): checker, panel, badge, progress memory, the send
 *    guard, corrections, the page side of snippets (entrypoints/emenscr.content/main.ts).
 * The main part registers a ContentMain on the isolated world's global under MAIN_GLOBAL; the
 * boot imports /content-main.js and calls start() once.
 * Types and constants only: importing this adds no code to either bundle.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';

export const MAIN_GLOBAL = '__emenscrAssistantMain';
/** Bumped when ContentMain changes: a boot never starts a main part of another build. */
export const MAIN_VERSION = 1;
/** test build only: storage.local[MAIN_DELAY_KEY] = ms delays loading the main part (a send clicked before it is up) */
export const MAIN_DELAY_KEY = 'debug:mainDelayMs';

export interface Boot {
  /**
   * The clicks and right-clicks the boot saw before the main part was listening, oldest first
   * (the send guard learns the project row a send starts from). Taken once.
   */
  takePointers(): Event[];
}

export interface MainApi {
  /** a message that reached the boot before the main part listened (the answer, or undefined) */
  handle(msg: unknown): unknown;
  /**
   * An event the boot stopped before the main part was up (a click on a control, Enter/Space on
   * a custom button, a form's submit): the guard decides as it would have. `raw` replays the
   * event unchanged when it is no send (or on any error): a held event happens exactly once.
   * `at`: the element it was dispatched to, taken during dispatch (after it, an event from a
   * shadow root has neither target nor composed path).
   */
  held(e: Event, raw: () => void, at: Element | null): void;
}

export interface ContentMain {
  version: typeof MAIN_VERSION;
  start(ctx: ContentScriptContext, boot: Boot): Promise<MainApi>;
}
