import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { fileURLToPath } from 'node:url';

// The manifest asks only for what the code uses:
// - storage: settings, profile override, remembered checks (storage.local);
// - contextMenus: "fill / save snippet" on editable fields;
// host access is limited to eMENSCR itself (content script matches).
// web_accessible_resources: the content script's main part (checker, panel, guard; loaded by
// its small always-loaded boot on pages with a field) and its rarely used UI (guard dialog,
// snippet dialogs, fill engine, loaded on first use); only eMENSCR pages may load them, and
// only under the per-session dynamic URL (use_dynamic_url).
// EA_TEST_HOOKS=1 (npm run build:test): the test build, with the hooks the end-to-end tests and
// the benchmark use (utils/test-hooks.d.ts), in its own folder (.output/test-chrome-mv3) so that
// it never passes for the production build.
const TEST_HOOKS = process.env.EA_TEST_HOOKS === '1';

/** The project's public page (store listing "website", manifest homepage_url); EA_HOMEPAGE_URL overrides it. */
const HOMEPAGE_URL = process.env.EA_HOMEPAGE_URL ?? 'https://github.com/emenscr-assistant/emenscr-assistant';

/** Toolbar and store icons: rendered from assets/icons/*.svg by scripts/icons.mjs (16 px has its own simpler drawing). */
const ICONS = { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png', 128: 'icon/128.png' };
const ACTION_ICONS = { 16: 'icon/16.png', 19: 'icon/19.png', 32: 'icon/32.png', 38: 'icon/38.png', 48: 'icon/48.png' };

// The scripts that run in eMENSCR pages (the content script's boot, and content-main.js and
// content-ui.js it imports) get Chrome's own chrome.* through utils/content/chrome-browser.ts instead of
// webextension-polyfill: −2.1 KB gzip always loaded (bench composition, issue 12). Extension
// pages and the background keep the polyfill (the module below aliases wxt/browser to it).
const CHROME_BROWSER = fileURLToPath(new URL('./utils/content/chrome-browser.ts', import.meta.url));
const IN_PAGE = new Set(['emenscr', 'content-main', 'content-ui']);

export default defineConfig({
  outDirTemplate: `${TEST_HOOKS ? 'test-' : ''}{{browser}}-mv{{manifestVersion}}{{modeSuffix}}`,
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // WXT's MV2 conversion (Firefox) keeps the action's title and popup but not its icons
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.browser_action) manifest.browser_action.default_icon = ACTION_ICONS;
    },
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((e) => IN_PAGE.has(e.name))) return;
      config.plugins = [
        ...(config.plugins ?? []),
        {
          name: 'emenscr-assistant:chrome-in-page',
          enforce: 'pre',
          // the polyfill module's alias has already turned wxt/browser into this id
          resolveId: (id: string) =>
            id === 'wxt/browser' || id === '@wxt-dev/webextension-polyfill/browser' ? CHROME_BROWSER : undefined,
        },
      ];
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'th',
    permissions: ['storage', 'contextMenus'],
    homepage_url: HOMEPAGE_URL,
    icons: ICONS,
    action: {
      default_title: '__MSG_actionTitle__',
      default_icon: ACTION_ICONS,
    },
    web_accessible_resources: [
      { resources: ['content-main.js', 'content-ui.js'], matches: ['https://emenscr.nesdc.go.th/*'], use_dynamic_url: true },
    ],
    storage: { managed_schema: 'managed_schema.json' },
    // Alt+Shift+S opens the in-page snippet picker, Alt+Shift+E moves the keyboard to the panel
    // (it is last in the Tab order, after the whole form); users can rebind both at
    // chrome://extensions/shortcuts. `_execute_action` opens the popup (no default key: Chrome
    // allows four suggested keys and the popup is one click away).
    commands: {
      'insert-snippet': {
        suggested_key: { default: 'Alt+Shift+S' },
        description: '__MSG_commandInsertSnippet__',
      },
      'focus-panel': {
        suggested_key: { default: 'Alt+Shift+E' },
        description: '__MSG_commandFocusPanel__',
      },
    },
    // Firefox only: a fixed id (managed storage and enterprise policy are keyed to it) and the
    // data-collection declaration AMO requires: nothing is collected or sent anywhere.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'emenscr-assistant@emenscr-assistant.github.io',
              // data_collection_permissions is read from Firefox 140 (ESR 140) on
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            // Firefox for Android reads data_collection_permissions from 142 (addons-linter
            // KEY_FIREFOX_ANDROID_UNSUPPORTED_BY_MIN_VERSION with the desktop minimum alone)
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({
    plugins: [preact()],
    define: { __TEST_HOOKS__: JSON.stringify(TEST_HOOKS) },
    // WXT's content-script context posts its start-up message to every page script and stops on
    // a page event: ours does neither (utils/content/script-context.ts explains)
    resolve: {
      alias: [
        {
          find: /^wxt\/utils\/content-script-context$/,
          replacement: fileURLToPath(new URL('./utils/content/script-context.ts', import.meta.url)),
        },
      ],
    },
    // SOURCEMAP=1 npm run build: maps for size analysis (bench/size-by-module.mjs)
    build: { sourcemap: process.env.SOURCEMAP === '1' },
  }),
});
