/**
 * Serves the bundled eMENSCR replica pages at the real eMENSCR address by request
 * interception (no network, no certificates): https://emenscr.nesdc.go.th/replica/<name>/…
 * returns tests/fixtures/<name>.html (each replica is a single-page app); the scripts and
 * stylesheets the replicas share are served from tests/fixtures/assets/ at
 * https://emenscr.nesdc.go.th/replica-assets/<file>. Used by the end-to-end tests, the demo
 * and the benchmark.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ORIGIN = 'https://emenscr.nesdc.go.th';
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const FIXTURES = path.join(ROOT, 'tests', 'fixtures');
export const ASSETS = path.join(FIXTURES, 'assets');
/** The production build (npm run build): the demo, size figures. */
export const EXTENSION_DIR = path.join(ROOT, '.output', 'chrome-mv3');
/** The test build (npm run build:test), with the test hooks (utils/test-hooks.d.ts): end-to-end tests, benchmark. */
export const TEST_EXTENSION_DIR = path.join(ROOT, '.output', 'test-chrome-mv3');

const ASSET_TYPES = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

/** The zoo: pages drawn with real component libraries, bundled by `npm run zoo:build` (tests/zoo). */
export const ZOO_DIST = path.join(ROOT, 'tests', 'zoo', 'dist');
const ZOO_TYPES = {
  js: 'text/javascript; charset=utf-8', mjs: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8',
  html: 'text/html; charset=utf-8', svg: 'image/svg+xml', png: 'image/png', woff2: 'font/woff2', woff: 'font/woff',
  ttf: 'font/ttf', eot: 'application/vnd.ms-fontobject', json: 'application/json', gif: 'image/gif',
};

/**
 * /replica/zoo/<library>/<route> → the library's single-page app (dist/<library>/index.html, any route);
 * /replica/zoo/assets/<file> → its bundled scripts, styles and fonts;
 * /replica/zoo/<library>/vendor/<path> → a library the page self-hosts as files loaded at run
 * time (dist/<library>/vendor/…, copied by the zoo build: CKEditor 4 fetches its skin, language
 * and plugins from its base path). Every segment a plain name: nothing outside that folder.
 */
async function zooResponse(pathname) {
  const notFound = { status: 404, contentType: 'text/plain; charset=utf-8', body: 'not found' };
  const asset = /^\/replica\/zoo\/assets\/([A-Za-z0-9._-]+)$/.exec(pathname);
  if (asset) {
    const ext = /\.([a-z0-9]+)$/.exec(asset[1])?.[1] ?? '';
    const body = await readFile(path.join(ZOO_DIST, 'assets', asset[1])).catch(() => null);
    return body === null || !ZOO_TYPES[ext] ? notFound : { status: 200, contentType: ZOO_TYPES[ext], body };
  }
  const vendor = /^\/replica\/zoo\/([a-z0-9-]+)\/vendor\/((?:[A-Za-z0-9_-][A-Za-z0-9._-]*\/)*[A-Za-z0-9_-][A-Za-z0-9._-]*)$/.exec(pathname);
  if (vendor || /^\/replica\/zoo\/[a-z0-9-]+\/vendor(\/|$)/.test(pathname)) {
    if (!vendor) return notFound;
    const ext = /\.([a-z0-9]+)$/.exec(vendor[2])?.[1] ?? '';
    const body = await readFile(path.join(ZOO_DIST, vendor[1], 'vendor', ...vendor[2].split('/'))).catch(() => null);
    return body === null || !ZOO_TYPES[ext] ? notFound : { status: 200, contentType: ZOO_TYPES[ext], body };
  }
  const page = /^\/replica\/zoo\/([a-z0-9-]+)(\/|$)/.exec(pathname);
  if (!page) return notFound;
  const body = await readFile(path.join(ZOO_DIST, page[1], 'index.html'), 'utf8').catch(() => null);
  if (body === null) return { status: 404, contentType: 'text/plain; charset=utf-8', body: `no zoo page ${page[1]} (run npm run zoo:build)` };
  return { status: 200, contentType: 'text/html; charset=utf-8', body };
}

/** Extra pages served by tests (name → html), e.g. generated stress forms. */
export const extraPages = new Map();

export async function replicaResponse(url) {
  const { pathname } = new URL(url);
  if (pathname.startsWith('/replica-assets/')) {
    // a flat folder of shared scripts and styles; the strict name pattern keeps paths inside it
    const a = /^\/replica-assets\/([a-z0-9-]+\.(js|css))$/.exec(pathname);
    const body = a ? await readFile(path.join(ASSETS, a[1]), 'utf8').catch(() => null) : null;
    if (body === null) return { status: 404, contentType: 'text/plain; charset=utf-8', body: 'not found' };
    return { status: 200, contentType: ASSET_TYPES[a[2]], body };
  }
  if (pathname.startsWith('/replica/zoo/')) return zooResponse(pathname);
  const m = /^\/replica\/([a-z0-9-]+)(\/|$)/.exec(pathname);
  if (pathname === '/' || pathname === '/replica' || pathname === '/replica/') {
    return { status: 200, contentType: 'text/html; charset=utf-8', body: await readFile(path.join(FIXTURES, 'index.html'), 'utf8').catch(() => '<h1>eMENSCR replica</h1>') };
  }
  if (!m) return { status: 404, contentType: 'text/plain; charset=utf-8', body: 'not found' };
  const name = m[1];
  if (extraPages.has(name)) return { status: 200, contentType: 'text/html; charset=utf-8', body: extraPages.get(name) };
  try {
    const body = await readFile(path.join(FIXTURES, `${name}.html`), 'utf8');
    return { status: 200, contentType: 'text/html; charset=utf-8', body };
  } catch {
    return { status: 404, contentType: 'text/plain; charset=utf-8', body: `no replica named ${name}` };
  }
}

/** Route every eMENSCR request of a Playwright context to the replicas. */
export async function serveReplicas(context) {
  await context.route(`${ORIGIN}/**`, async (route) => {
    route.fulfill(await replicaResponse(route.request().url()));
  });
}

/** Chromium arguments that load the built extension and keep the browser off the network. */
export function chromiumArgs(extensionDir = EXTENSION_DIR) {
  return [
    `--disable-extensions-except=${extensionDir}`,
    `--load-extension=${extensionDir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--lang=th',
    '--host-resolver-rules=MAP * ~NOTFOUND',
  ];
}

export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
