/**
 * Renders the toolbar/store icons from their SVG sources (assets/icons/) into
 * public/icon/<size>.png with the installed Chromium (playwright-core, already a dev
 * dependency): no image library to install. 16 px uses the simplified cut (icon-small.svg):
 * the full drawing's three form lines merge into a grey smear at 16 px.
 *   node scripts/icons.mjs          (or CHROMIUM=/path/to/chrome node scripts/icons.mjs)
 */
import { chromium } from 'playwright-core';
import { mkdir, readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = [16, 19, 32, 38, 48, 128];
const executablePath = process.env.CHROMIUM ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(existsSync);

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
try {
  const page = await browser.newPage({ deviceScaleFactor: 1 });
  await mkdir(`${root}public/icon`, { recursive: true });
  const full = await readFile(`${root}assets/icons/icon.svg`, 'utf8');
  const small = await readFile(`${root}assets/icons/icon-small.svg`, 'utf8');
  for (const size of SIZES) {
    const svg = (size < 24 ? small : full).replace(/width="\d+" height="\d+"/, `width="${size}" height="${size}"`);
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<!doctype html><style>html,body{margin:0;background:transparent}svg{display:block}</style>${svg}`);
    await page.screenshot({ path: `${root}public/icon/${size}.png`, omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } });
    console.log(`public/icon/${size}.png`);
  }
} finally {
  await browser.close();
}
