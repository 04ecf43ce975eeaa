/**
 * One page load profiled the way issue 12's load figure is: the tab's V8 sampling profile
 * (0.2 ms) from navigation until the extension's checks settle (its host's `data-checks` has not
 * changed for 500 ms). Shared by bench/ab-load.mjs and bench/load-timeline.mjs.
 * `before(page)` runs on the open page before the profile stops (e.g. to read a page log).
 * Returns the raw profile and the number of checks seen.
 */
export async function profileLoad(context, url, before) {
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => Number(document.querySelector('emenscr-assistant')?.getAttribute('data-checks') ?? 0) >= 1, null, { timeout: 30000 });
  let last = -1;
  let since = Date.now();
  for (;;) {
    const n = await page.evaluate(() => Number(document.querySelector('emenscr-assistant')?.getAttribute('data-checks') ?? 0));
    if (n !== last) {
      last = n;
      since = Date.now();
    } else if (Date.now() - since >= 500) break;
    await new Promise((res) => setTimeout(res, 100));
  }
  const { profile } = await cdp.send('Profiler.stop');
  if (before) await before(page);
  await page.close();
  return { profile, checks: last };
}
