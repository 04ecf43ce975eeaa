/**
 * The content script's main part (entrypoints/content-main/api.ts): built to /content-main.js,
 * web-accessible to eMENSCR pages only; imported by the always-loaded boot when the page has a
 * field, it runs in the content script's isolated world and registers its start() there.
 */
import { MAIN_GLOBAL, MAIN_VERSION, type ContentMain } from './api';
import { startMain } from '@/entrypoints/emenscr.content/main';

export default defineUnlistedScript(() => {
  const main: ContentMain = { version: MAIN_VERSION, start: startMain };
  (globalThis as Record<string, unknown>)[MAIN_GLOBAL] = main;
});
