/**
 * The content script's context, in place of WXT's (wxt/utils/content-script-context is
 * aliased to this file in wxt.config.ts). Same API as WXT's for what the content script
 * uses (signal, onInvalidated, addEventListener incl. 'wxt:locationchange', the timer
 * wrappers), without WXT's two ways of telling the page that the extension is there:
 *
 * - WXT posts `{type: '<extension id>:…:wxt:content-script-started'}` with
 *   window.postMessage(…, '*') on start: every page script hears it and learns the
 *   extension's id (undoing use_dynamic_url);
 * - WXT stops its script when a document event of that name arrives with another message
 *   id: a page that knows the id can shut the assistant down.
 *
 * Here an older copy of the script (extension reloaded or updated while the tab stayed
 * open) is found through a global of the content script's isolated world, which page
 * scripts cannot reach, and a copy whose extension is gone (runtime.id undefined) stops
 * itself the next time it asks whether it is valid. URL changes of the SPA are dispatched
 * on a private EventTarget, not on window.
 */
import { browser } from 'wxt/browser';

const LIVE = Symbol.for('emenscr-assistant:content-script-context');

type Listener = (...args: never[]) => unknown;

export class ContentScriptContext {
  /** kept for API compatibility with WXT's class; nothing is posted under this name */
  static SCRIPT_STARTED_MESSAGE_TYPE = '';
  readonly id = Math.random().toString(36).slice(2);
  private abortController = new AbortController();
  private locationEvents = new EventTarget();
  private watchingLocation = false;

  constructor(
    readonly contentScriptName: string,
    readonly options?: object,
  ) {
    const world = globalThis as unknown as Record<symbol, Map<string, ContentScriptContext> | undefined>;
    const live = (world[LIVE] ??= new Map());
    live.get(contentScriptName)?.notifyInvalidated();
    live.set(contentScriptName, this);
  }

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  abort(reason?: unknown): void {
    this.abortController.abort(reason);
  }

  get isInvalid(): boolean {
    if (browser.runtime?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  block<T>(): Promise<T> {
    return new Promise(() => {});
  }

  setInterval(handler: () => void, timeout?: number): number {
    const id = setInterval(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearInterval(id));
    return id;
  }

  setTimeout(handler: () => void, timeout?: number): number {
    const id = setTimeout(() => {
      if (this.isValid) handler();
    }, timeout) as unknown as number;
    this.onInvalidated(() => clearTimeout(id));
    return id;
  }

  requestAnimationFrame(callback: FrameRequestCallback): number {
    const id = requestAnimationFrame((t) => {
      if (this.isValid) callback(t);
    });
    this.onInvalidated(() => cancelAnimationFrame(id));
    return id;
  }

  requestIdleCallback(callback: IdleRequestCallback, options?: IdleRequestOptions): number {
    const id = requestIdleCallback((d) => {
      if (!this.signal.aborted) callback(d);
    }, options);
    this.onInvalidated(() => cancelIdleCallback(id));
    return id;
  }

  addEventListener(target: EventTarget, type: string, handler: Listener, options?: AddEventListenerOptions): void {
    if (type === 'wxt:locationchange') {
      this.watchLocation();
      this.locationEvents.addEventListener(type, handler as EventListener, { ...options, signal: this.signal });
      return;
    }
    target.addEventListener?.(type, handler as EventListener, { ...options, signal: this.signal });
  }

  /** @internal */
  notifyInvalidated(): void {
    this.abort('Content script context invalidated');
  }

  /** SPA navigation (pushState, replaceState, back/forward): the Navigation API where there is one, else polling. */
  private watchLocation(): void {
    if (this.watchingLocation || !this.isValid) return;
    this.watchingLocation = true;
    let last = location.href;
    const changed = (next: string) => {
      if (next === last) return;
      const event = Object.assign(new Event('wxt:locationchange'), { newUrl: new URL(next), oldUrl: new URL(last) });
      last = next;
      this.locationEvents.dispatchEvent(event);
    };
    const nav = (globalThis as { navigation?: EventTarget }).navigation;
    if (typeof nav?.addEventListener === 'function') {
      nav.addEventListener('navigate', (e) => changed(new URL((e as unknown as { destination: { url: string } }).destination.url).href), {
        signal: this.signal,
      });
    } else {
      this.setInterval(() => changed(location.href), 1000);
    }
  }
}
