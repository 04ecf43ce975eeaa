/**
 * Loads the content script's rarely used UI (entrypoints/content-ui/api.ts) on first use:
 * `import()` of the extension's /content-ui.js, a web-accessible resource for eMENSCR
 * pages only. Imported from a content script, it is evaluated in the content script's
 * isolated world (the page never sees it) and registers its ContentUi on that world's
 * global. Loaded once; a failed load is forgotten so that a later use tries again.
 */
import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { getLang, setLang, type Lang } from '@/utils/i18n';
import { UI_GLOBAL, UI_VERSION, type ContentUi } from '@/entrypoints/content-ui/api';

export interface UiLoader {
  /** the UI, loading it if needed; rejects when it cannot be loaded */
  load(): Promise<ContentUi>;
  /** the UI if it is loaded already */
  now(): ContentUi | null;
  /**
   * `fn` once the UI is loaded (at once if it is); `failed` after each load that failed
   * (a later load may still succeed and call `fn`)
   */
  whenLoaded(fn: (ui: ContentUi) => void, failed?: (e: unknown) => void): void;
}

let loading: Promise<ContentUi> | null = null;
let ready: ContentUi | null = null;
let preloading = false;
const waiting: { fn: (ui: ContentUi) => void; failed?: (e: unknown) => void }[] = [];

async function importUi(): Promise<ContentUi> {
  await import(/* @vite-ignore */ browser.runtime.getURL('/content-ui.js'));
  const ui = (globalThis as Record<string, unknown>)[UI_GLOBAL] as ContentUi | undefined;
  if (!ui || ui.version !== UI_VERSION) throw new Error('the content UI did not register');
  ui.setLang(getLang());
  ready = ui;
  for (const { fn } of waiting.splice(0)) {
    try {
      fn(ui);
    } catch (e) {
      console.warn('[eMENSCR Assistant] content UI start failed; the page is not affected', e);
    }
  }
  return ui;
}

export const ui: UiLoader = {
  load() {
    if (!loading) {
      const p = importUi();
      loading = p;
      p.catch((e) => {
        if (loading === p) loading = null;
        for (const w of waiting) w.failed?.(e);
      });
    }
    return loading;
  },
  now: () => ready,
  whenLoaded(fn, failed) {
    if (ready) fn(ready);
    else waiting.push({ fn, failed });
  },
};

/**
 * Load the UI when the page is idle after the user's first input (a key or a press of the
 * pointer), so that a send finds the guard's dialog ready. Not during the page's load: idle
 * after `load` still fell inside it (the 128 KB script and its first draw of the snippet bar
 * cost M6 10–15 ms of extension CPU while loading, bench loadprofile, issue 12); the snippet
 * bar's buttons are drawn without it (./snippets.tsx). A use before then loads it on demand
 * (ui.load()).
 */
export function preloadUi(ctx: ContentScriptContext): void {
  if (preloading) return;
  preloading = true;
  const soon = () => {
    window.removeEventListener('pointerdown', soon, true);
    window.removeEventListener('keydown', soon, true);
    if (!ctx.isInvalid) requestIdleCallback(() => void ui.load().catch(() => {}), { timeout: 5000 });
  };
  window.addEventListener('pointerdown', soon, { capture: true, passive: true });
  window.addEventListener('keydown', soon, { capture: true, passive: true });
}

/** The user's language, for both parts of the content script. */
export function setLanguage(lang: Lang): void {
  setLang(lang);
  ready?.setLang(lang);
}
