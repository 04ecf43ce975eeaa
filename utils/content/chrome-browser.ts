/**
 * `browser` for the scripts that run in eMENSCR pages (the content script and its lazy
 * content-ui.js): Chrome's own `chrome.*`, with the one thing of webextension-polyfill that
 * this code relies on — a `runtime.onMessage` listener may answer with a Promise.
 *
 * Why: the polyfill is 9.4 KB raw / 2.1 KB gzip of the always-loaded content script (issue 12,
 * `node bench/run.mjs --only=composition`) and wraps every API on start-up, while MV3 Chrome
 * already returns Promises from `storage.*`, `runtime.sendMessage` and friends. The build
 * (wxt.config.ts, `vite:build:extendConfig`) resolves `wxt/browser` to this file for those two
 * entry points only; extension pages and the background keep the polyfill. Types stay those of
 * `wxt/browser`, so the code reads the same everywhere.
 *
 * Covered: runtime.{id, getURL, sendMessage, onMessage}, storage.{local, onChanged} (Chrome's
 * own, already Promise-based). Anything else used in the page must be added here.
 */
import type { Browser } from '@wxt-dev/browser';

declare const chrome: typeof Browser;

type Sender = Browser.runtime.MessageSender;
type Listener = (message: unknown, sender: Sender) => unknown;
type ChromeListener = (message: unknown, sender: Sender, sendResponse: (r?: unknown) => void) => boolean;

const wrapped = new WeakMap<Listener, ChromeListener>();

const onMessage = {
  addListener(fn: Listener): void {
    if (wrapped.has(fn)) return;
    const w: ChromeListener = (message, sender, sendResponse) => {
      let r: unknown;
      try {
        r = fn(message, sender);
      } catch {
        return false;
      }
      if (r && typeof (r as PromiseLike<unknown>).then === 'function') {
        // as the polyfill: keep the channel open and answer when the Promise settles
        (r as PromiseLike<unknown>).then(sendResponse, () => sendResponse(undefined));
        return true;
      }
      // undefined: not ours, another listener may answer
      return false;
    };
    wrapped.set(fn, w);
    chrome.runtime.onMessage.addListener(w);
  },
  removeListener(fn: Listener): void {
    const w = wrapped.get(fn);
    if (!w) return;
    wrapped.delete(fn);
    chrome.runtime.onMessage.removeListener(w);
  },
  hasListener(fn: Listener): boolean {
    return wrapped.has(fn);
  },
};

const api = {
  runtime: {
    // a getter: after the extension is reloaded `chrome.runtime.id` turns undefined, which is
    // how the content script learns it was invalidated (utils/content/script-context.ts)
    get id(): string | undefined {
      return (globalThis as { chrome?: typeof Browser }).chrome?.runtime?.id;
    },
    getURL: (path: string): string => chrome.runtime.getURL(path),
    sendMessage: (message: unknown): Promise<unknown> => chrome.runtime.sendMessage(message),
    onMessage,
  },
};

// defined here rather than in the literal above: WXT's auto-import scanner takes a bare
// `storage` key for its own `storage` helper and bundles @wxt-dev/storage (+7 KB raw)
Object.defineProperty(api, 'storage', { get: () => chrome.storage, enumerable: true });

export const browser = api as typeof api & { readonly storage: typeof Browser.storage };
