/**
 * Runs on eMENSCR pages (not on the Keycloak login under /auth/): the always-loaded boot of the
 * content script (issue 12: the extension costs the page nothing where it has nothing to do).
 * It only
 * - notices a page with a field (at start, on SPA navigation, when the page adds one) and then
 *   loads the main part (/content-main.js: checker, panel, badge, send guard, corrections,
 *   snippets; entrypoints/content-main/api.ts), which decides whether it is a form screen;
 * - until the main part is up, holds a send the user may be committing (a click on a button,
 *   or on any control while it loads; Enter/Space on a custom button; a form's submit), loads
 *   the main part if it is not loading yet, and hands the event to the guard once it is up,
 *   which decides as it would have; a held event that is no send, or any error or a main part that does not
 *   come within HOLD_MS, replays the event unchanged (fail open: a send is never lost);
 * - answers messages that come before the main part (the popup's getState on a page without a
 *   field: "no form").
 * Any error inside stays here: the page keeps working.
 */
import { browser } from 'wxt/browser';
import type { ContentRequest, TabState } from '@/utils/messages';
import { MAIN_DELAY_KEY, MAIN_GLOBAL, MAIN_VERSION, type ContentMain, type MainApi } from '@/entrypoints/content-main/api';
import { BUTTON_SELECTOR, COMMIT_SELECTOR, FIELD_SELECTOR, OWN_UI_SELECTOR } from '@/utils/content/selectors';
import { holdsShadowRoot } from '@/utils/collect/shadow';

/**
 * A held send waits at most this long for the main part, then goes ahead unguarded. Loading it
 * takes 30–120 ms on the test machine (2 shared cores); the margin covers a busy PC.
 */
const HOLD_MS = 5000;
/** Clicks and right-clicks remembered for the guard before the main part is up (the last few). */
const MAX_POINTERS = 8;

const warn = (what: string, e: unknown) => console.warn(`[eMENSCR Assistant] ${what}; the page is not affected`, e);

export default defineContentScript({
  matches: ['https://emenscr.nesdc.go.th/*'],
  excludeMatches: ['https://emenscr.nesdc.go.th/auth/*'],
  main(ctx) {
    let main: MainApi | null = null;
    let loading: Promise<MainApi> | null = null;
    let pointers: Event[] = [];
    const held: { e: Event; at: Element | null; raw: () => void; done: boolean }[] = [];
    let holdTimer: ReturnType<typeof setTimeout> | null = null;
    /** set while the boot replays a held event itself */
    let replaying = false;

    const importMain = async (): Promise<MainApi> => {
      if (__TEST_HOOKS__) {
        const delay = (await browser.storage.local.get(MAIN_DELAY_KEY))[MAIN_DELAY_KEY];
        if (typeof delay === 'number') await new Promise((r) => setTimeout(r, delay));
      }
      await import(/* @vite-ignore */ browser.runtime.getURL('/content-main.js'));
      const m = (globalThis as Record<string, unknown>)[MAIN_GLOBAL] as ContentMain | undefined;
      if (!m || m.version !== MAIN_VERSION) throw new Error('the main part did not register');
      return m.start(ctx, {
        takePointers: () => {
          const p = pointers;
          pointers = [];
          return p;
        },
      });
    };

    /** Each held event once: to the guard (`api`), or replayed as it was. */
    const release = (api: MainApi | null) => {
      if (holdTimer !== null) clearTimeout(holdTimer);
      holdTimer = null;
      for (const h of held.splice(0)) {
        if (h.done) continue;
        h.done = true;
        try {
          if (api) api.held(h.e, h.raw, h.at);
          else h.raw();
        } catch (e) {
          warn('send guard: internal error, the send goes ahead', e);
          h.raw();
        }
      }
    };

    const load = (): Promise<MainApi> => {
      if (loading) return loading;
      const p = importMain();
      loading = p;
      // test build: where the boot is, for the e2e test of a send committed before the main part
      const mark = (state: string) => {
        if (__TEST_HOOKS__) document.documentElement.dataset.emenscrAssistantBoot = state;
      };
      mark('loading');
      p.then(
        (api) => {
          mark('up');
          main = api;
          pointers = [];
          observer.disconnect();
          release(api);
        },
        (e) => {
          mark('failed');
          warn('could not start', e);
          if (loading === p) loading = null;
          release(null);
        },
      );
      return p;
    };

    // a web component draws its control in its shadow root, which a light-DOM query does not
    // reach (utils/collect/shadow.ts): a shadow host counts, rendered or not yet
    const hasField = (root: ParentNode & Node) =>
      (root instanceof Element && root.matches(FIELD_SELECTOR)) || root.querySelector(FIELD_SELECTOR) !== null ||
      holdsShadowRoot(root instanceof Document ? root.documentElement : (root as Element));

    const detect = () => {
      if (!loading && document.documentElement && hasField(document)) void load().catch(() => {});
    };

    // a field the page adds later (an SPA that renders after load, a dialog): only added
    // elements are looked at, and only until the main part is loading
    const observer = new MutationObserver((records) => {
      if (loading) return;
      for (const r of records) {
        for (const n of r.addedNodes) {
          if (n instanceof Element && !n.closest(OWN_UI_SELECTOR) && hasField(n)) {
            void load().catch(() => {});
            return;
          }
        }
      }
    });
    observer.observe(document.documentElement, { childList: true, subtree: true });
    ctx.onInvalidated(() => {
      observer.disconnect();
      release(null);
    });
    ctx.addEventListener(window, 'wxt:locationchange', detect);
    detect();

    // ---------- sends committed before the main part is up ----------

    const hold = (e: Event, at: Element | null, raw: () => void) => {
      e.preventDefault();
      e.stopImmediatePropagation();
      held.push({ e, at, raw, done: false });
      holdTimer ??= setTimeout(() => release(null), HOLD_MS);
      // a send step need not have a field (a table of people with a "choose" button per row)
      void load().catch(() => {});
    };
    const replay = (fn: () => void) => () => {
      replaying = true;
      try {
        fn();
      } catch (e) {
        warn('could not replay an action', e);
      } finally {
        replaying = false;
      }
    };
    /**
     * Whether to hold an event on `el` (a control): until the main part is up, a button (a send
     * step may have no field, e.g. a table of people with a choose button per row: the click
     * loads the guard), and while it loads any control; a plain link on a page with no field
     * is left alone (no send step without a chooser, and a link there is navigation).
     */
    const holding = (el: Element | null) => !main && !replaying && el !== null && (loading !== null || el.matches(BUTTON_SELECTOR));
    const target = (e: Event): Element | null => {
      const first = e.composedPath()[0] ?? e.target;
      const el = first instanceof Element ? first : first instanceof Node ? first.parentElement : null;
      return el && !el.closest(OWN_UI_SELECTOR) ? el : null;
    };
    const control = (e: Event) => target(e)?.closest<HTMLElement>(COMMIT_SELECTOR) ?? null;
    const capture = { capture: true };

    const onPointer = (e: MouseEvent) => {
      if (main || replaying) return;
      pointers.push(e);
      if (pointers.length > MAX_POINTERS) pointers.shift();
    };
    ctx.addEventListener(window, 'contextmenu', onPointer, capture);
    ctx.addEventListener(
      window,
      'click',
      (e: MouseEvent) => {
        onPointer(e);
        if (main || replaying) return;
        // a plain click (a modified one opens a tab or a menu: not replayable, never a send)
        if (e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
        const el = control(e);
        if (el && holding(el)) hold(e, target(e), replay(() => el.click()));
      },
      capture,
    );
    const onKey = (e: KeyboardEvent) => {
      if (main || replaying || e.isComposing) return;
      const enter = e.key === 'Enter';
      const space = e.key === ' ' || e.key === 'Spacebar';
      if (enter ? e.type !== 'keydown' : !space || e.type !== 'keyup') return;
      // a custom button (the browser turns keys on native ones into a click, held as such)
      const el = control(e);
      if (!el || el instanceof HTMLButtonElement || el instanceof HTMLInputElement || el instanceof HTMLAnchorElement || !holding(el)) return;
      const init: KeyboardEventInit = {
        key: e.key,
        code: e.code,
        keyCode: e.keyCode,
        which: e.which,
        bubbles: true,
        cancelable: true,
        composed: true,
      } as KeyboardEventInit;
      hold(
        e,
        target(e),
        replay(() => {
          el.dispatchEvent(new KeyboardEvent('keydown', init));
          el.dispatchEvent(new KeyboardEvent('keyup', init));
        }),
      );
    };
    ctx.addEventListener(window, 'keydown', onKey, capture);
    ctx.addEventListener(window, 'keyup', onKey, capture);
    ctx.addEventListener(
      window,
      'submit',
      (e: SubmitEvent) => {
        const form = e.target;
        if (!(form instanceof HTMLFormElement) || form.closest(OWN_UI_SELECTOR) || main || replaying) return;
        const submitter = e.submitter as HTMLButtonElement | null;
        hold(
          e,
          form,
          replay(() => {
            if (submitter?.isConnected && submitter.form === form) form.requestSubmit(submitter);
            else form.requestSubmit();
          }),
        );
      },
      capture,
    );

    // ---------- messages before the main part listens ----------

    // the one listener: the main part's handlers answer through it (utils/content/page-messages.ts)
    browser.runtime.onMessage.addListener((msg: unknown) => {
      if (main) return main.handle(msg);
      if (!loading && (msg as ContentRequest)?.type === 'getState') {
        const none: TabState = { isForm: false, screen: 'other', result: null, url: location.href };
        return Promise.resolve(none);
      }
      return load().then(
        (api) => api.handle(msg),
        () => undefined,
      );
    });
  },
});
