/** The replica server's shared assets: /replica-assets/<file> from tests/fixtures/assets/, nothing else. */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error plain ESM helper shared with the demo and the benchmark
import { ORIGIN, replicaResponse } from '../../scripts/replica-server.mjs';

const ASSETS = resolve(__dirname, '../fixtures/assets');
const get = (path: string) => replicaResponse(ORIGIN + path) as Promise<{ status: number; contentType: string; body: string }>;

describe('/replica-assets/', () => {
  const TYPES: Record<string, string> = { js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };
  const files = readdirSync(ASSETS).sort();

  it('holds the shared scripts and stylesheets, all with names the server accepts', () => {
    expect(files).toEqual(expect.arrayContaining(['replica-core.js', 'm6-model.js', 'send-flow.js', 'replica.css', 'send-flow.css']));
    for (const f of files) expect(f).toMatch(/^[a-z0-9-]+\.(js|css)$/);
  });

  it.each(files.map((f) => [f, TYPES[f.split('.').pop()!]]))('%s is served as %s', async (file, type) => {
    const r = await get(`/replica-assets/${file}`);
    expect(r.status).toBe(200);
    expect(r.contentType).toBe(type);
    expect(r.body).toBe(readFileSync(resolve(ASSETS, file), 'utf8'));
  });

  it.each([
    '/replica-assets/missing.js',
    '/replica-assets/replica-core.txt',
    '/replica-assets/Replica.css',
    '/replica-assets/',
    '/replica-assets/x/replica-core.js',
    '/replica-assets/..%2Fm6-native.html',
    '/replica-assets/%2e%2e%2f%2e%2e%2fpackage.json',
    '/replica-assets/..%5Cm6-native.html',
  ])('%s is a 404', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.contentType).toBe('text/plain; charset=utf-8');
  });

  it('every replica script and stylesheet a page asks for exists', async () => {
    const pages = readdirSync(resolve(__dirname, '../fixtures')).filter((f) => f.endsWith('.html'));
    const wanted = new Set<string>();
    for (const p of pages) {
      const html = readFileSync(resolve(__dirname, '../fixtures', p), 'utf8');
      for (const m of html.matchAll(/(?:src|href)="(\/replica-assets\/[^"]+)"/g)) wanted.add(m[1]!);
    }
    expect(wanted.size).toBeGreaterThan(0);
    for (const path of wanted) expect((await get(path)).status, path).toBe(200);
  });
});

describe('replica pages', () => {
  it('are still served as HTML', async () => {
    const r = await get('/replica/m6-native/report/1');
    expect(r.status).toBe(200);
    expect(r.contentType).toBe('text/html; charset=utf-8');
    expect(r.body).toContain('<script src="/replica-assets/replica-core.js"></script>');
  });
});

describe('/replica/zoo/<page>/vendor/', () => {
  // a page's self-hosted run-time files (CKEditor 4's folder, copied by tests/zoo/build.mjs)
  it.each([
    '/replica/zoo/jquery-adminlte/vendor/ckeditor/no-such-file.js',
    '/replica/zoo/jquery-adminlte/vendor/../../../package.json',
    '/replica/zoo/jquery-adminlte/vendor/..%2F..%2Fpackage.json',
    '/replica/zoo/jquery-adminlte/vendor/.hidden/x.js',
    '/replica/zoo/jquery-adminlte/vendor/ckeditor/README.md',
    '/replica/zoo/jquery-adminlte/vendor/',
  ])('%s is a 404, never the page', async (path) => {
    const r = await get(path);
    expect(r.status).toBe(404);
    expect(r.contentType).toBe('text/plain; charset=utf-8');
  });
});
