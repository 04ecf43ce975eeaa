import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// The manifest asks only for what the code uses:
// - storage: settings, profile override, remembered checks (storage.local);
// - contextMenus: "fill / save snippet" on editable fields;
// host access is limited to eMENSCR itself (content script matches).
// web_accessible_resources: the content script's rarely used UI (guard dialog, snippet
// dialogs, fill engine), imported by the content script on first use; only eMENSCR pages
// may load it, and only under the per-session dynamic URL (use_dynamic_url).
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'th',
    permissions: ['storage', 'contextMenus'],
    action: { default_title: '__MSG_actionTitle__' },
    web_accessible_resources: [
      { resources: ['content-ui.js'], matches: ['https://emenscr.nesdc.go.th/*'], use_dynamic_url: true },
    ],
    storage: { managed_schema: 'managed_schema.json' },
    // Alt+Shift+S opens the in-page snippet picker (users can rebind it at chrome://extensions/shortcuts)
    commands: {
      'insert-snippet': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandInsertSnippet__',
      },
    },
  },
  vite: () => ({
    plugins: [preact()],
    // SOURCEMAP=1 npm run build: maps for size analysis (bench/size-by-module.mjs)
    build: { sourcemap: process.env.SOURCEMAP === '1' },
  }),
});
