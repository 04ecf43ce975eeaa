/**
 * The content script's rarely used UI, loaded on first use (entrypoints/emenscr.content/ui.ts): the
 * send guard's dialog, the snippet dialogs, the fill report and the fill engine. Built to
 * /content-ui.js, web-accessible to eMENSCR pages only; imported by the content script, it
 * runs in the content script's isolated world and registers its API on that world's
 * global (entrypoints/content-ui/api.ts).
 */
import { UI_GLOBAL } from './api';
import { createContentUi } from './create';

export default defineUnlistedScript(() => {
  (globalThis as Record<string, unknown>)[UI_GLOBAL] = createContentUi();
});
