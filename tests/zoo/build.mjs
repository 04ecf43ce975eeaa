/**
 * Bundles every zoo page (pages/<library>/index.html) offline with Vite into dist/, served by
 * scripts/replica-server.mjs at https://emenscr.nesdc.go.th/replica/zoo/<library>/…
 * One Vite build for all pages (shared chunks, one process): the whole zoo in well under the
 * 3-minute CI budget. Usage: node tests/zoo/build.mjs [library …] (default: every page).
 */
import { build } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { readdirSync, existsSync, readFileSync, cpSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const pages = path.join(here, 'pages');
if (!existsSync(path.join(here, 'node_modules'))) {
  console.error('tests/zoo/node_modules is missing: run `npm ci --prefix tests/zoo` (scripts/setup.sh does)');
  process.exit(1);
}
const wanted = process.argv.slice(2);
const libraries = readdirSync(pages).filter((d) => existsSync(path.join(pages, d, 'index.html')) && (!wanted.length || wanted.includes(d)));
const started = performance.now();

/**
 * Angular libraries (@angular/*, and third-party ones: ng-bootstrap, ng-select…) ship partially compiled code (ɵɵngDeclareComponent …): without linking, every
 * declaration in an imported module is compiled by the JIT compiler in the browser when the
 * bundle is evaluated (profiled on the angular-material page: 2.2 s of 9.6 s to first render,
 * under load). The Angular CLI links them at build time with this Babel plugin; so do we.
 * The page's own components stay JIT (their templates are compiled in the browser), so the linker
 * keeps the NgModules' scopes for the JIT compiler (linkerJitMode, as the CLI's JIT builds do).
 */
function angularLinker() {
  let linker;
  return {
    name: 'zoo:angular-linker',
    async transform(code, id) {
      if (!/[\\/]node_modules[\\/].*\.m?js$/.test(id) || !code.includes('\u0275\u0275ngDeclare')) return null;
      linker ??= Promise.all([import('@babel/core'), import('@angular/compiler-cli/linker/babel')]);
      const [babel, { default: linkerPlugin }] = await linker;
      const out = await babel.transformAsync(code, {
        filename: id, babelrc: false, configFile: false, browserslistConfigFile: false, compact: false, sourceMaps: false,
        plugins: [[linkerPlugin, { linkerJitMode: true, sourceMapping: false }]],
      });
      return { code: out.code, map: null };
    },
  };
}

await build({
  configFile: false,
  root: pages,
  base: '/replica/zoo/',
  logLevel: 'warn',
  // Svelte pages: the .svelte components compiled as a Svelte team's Vite setup does (other files untouched)
  plugins: [angularLinker(), svelte({ configFile: false })],
  resolve: {
    // Vue templates are compiled in the browser (no SFC plugin needed)
    alias: { vue: 'vue/dist/vue.esm-bundler.js' },
  },
  define: {
    'process.env.NODE_ENV': '"production"',
    __VUE_OPTIONS_API__: 'true',
    __VUE_PROD_DEVTOOLS__: 'false',
    __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
    // Angular's build-time flags, as the Angular CLI sets them for a browser production build (the page compiles its templates JIT)
    ngDevMode: 'false',
    ngServerMode: 'false',
    ngI18nClosureMode: 'false',
  },
  build: {
    outDir: path.join(here, 'dist'),
    emptyOutDir: !wanted.length,
    // minified, as the sites these libraries serve ship them: a page load to ready took 367 ms
    // instead of 463 (mean of the medians of 8 pages, 5 loads each, 7 Dec), on each of ~700 loads
    minify: true,
    sourcemap: false,
    reportCompressedSize: false,
    chunkSizeWarningLimit: 1e6,
    rollupOptions: {
      input: Object.fromEntries(libraries.map((l) => [l, path.join(pages, l, 'index.html')])),
      // libraries mark React server-component boundaries ('use client'): meaningless in a browser bundle
      onwarn(warning, warn) { if (warning.code !== 'MODULE_LEVEL_DIRECTIVE') warn(warning); },
    },
  },
});

/**
 * Libraries a page self-hosts as files its script loads at run time, not as modules (CKEditor 4
 * fetches its skin, language file and plugins from its base path): pages/<page>/vendor.json maps
 * a folder under dist/<page>/vendor/ (served at /replica/zoo/<page>/vendor/…) to an npm package
 * of the zoo and the files or folders of it to copy; only those, so the copy stays small.
 */
let copied = 0;
for (const l of libraries) {
  const list = path.join(pages, l, 'vendor.json');
  if (!existsSync(list)) continue;
  for (const [folder, { package: pkg, files }] of Object.entries(JSON.parse(readFileSync(list, 'utf8')))) {
    for (const f of files) {
      cpSync(path.join(here, 'node_modules', pkg, f), path.join(here, 'dist', l, 'vendor', folder, f), { recursive: true });
      copied++;
    }
  }
}
console.log(`zoo: built ${libraries.join(", ")}${copied ? ` (+ ${copied} vendor paths copied)` : ''} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
