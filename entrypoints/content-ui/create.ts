/** The ContentUi object the lazily loaded bundle registers (see ./api.ts). */
import { setLang } from '@/utils/i18n';
import { UI_VERSION, type ContentUi } from './api';
import { closeGuardDialog, showGuardDialog } from './guard';
import { redrawSnippetBars, startSnippetUi } from './snippets';

export function createContentUi(): ContentUi {
  return {
    version: UI_VERSION,
    setLang: (lang) => {
      setLang(lang);
      redrawSnippetBars();
    },
    showGuardDialog,
    closeGuardDialog,
    snippets: startSnippetUi,
  };
}
