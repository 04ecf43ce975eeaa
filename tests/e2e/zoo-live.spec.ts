/**
 * Issue 9: widgets drawn without native control or ARIA (the Fomantic-UI zoo page: a select kept
 * in a hidden input, a slider that is only a thumb on a track) are read live, as a person changes
 * them. Starting from the empty form, the panel names the quarter, the beneficiaries and the
 * undragged progress bar; choosing the items and moving the thumb with the keyboard clears
 * exactly those findings (the live checker sees the library redraw them, no reload).
 */
import type { Page } from '@playwright/test';
import { test, expect, ORIGIN } from './harness';
import { FORM, reportingQuarter } from '../zoo/shared/scenarios';

const F = FORM.m6.fields;

async function findings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.querySelector('emenscr-assistant')?.shadowRoot;
    return [...(root?.querySelectorAll('li.ea-item .ea-text') ?? [])].map((li) => (li.textContent ?? '').replace(/\s+/g, ' ').trim());
  });
}
const naming = (list: string[], label: string) => list.filter((t) => t.includes(label));

test('zoo fomantic: choosing drawn dropdown items and moving the drawn slider clears their findings live', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/zoo/fomantic/${FORM.m6.route}?scenario=m6-empty`);
  await page.waitForFunction(() => (window as any).__zoo?.ready === true, null, { timeout: 15_000 });
  // where the page leaves no free column the panel is a slim edge tab: open it, as zoo.spec.ts does
  await page.locator('emenscr-assistant .ea-tab, emenscr-assistant .ea-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
  const tab = page.locator('emenscr-assistant .ea-tab');
  if (await tab.isVisible()) await tab.click();
  await expect.poll(async () => naming(await findings(page), F.quarter.label).length, { timeout: 10_000 }).toBe(1);
  const before = await findings(page);
  expect(naming(before, F.beneficiaries.label)).toHaveLength(1);
  expect(naming(before, F.progress.label)).toHaveLength(1);

  // as a person: open each dropdown and click an item
  await page.locator('#quarter').click();
  // the quarter being reported today (another one is rightly a warning of its own)
  await page.locator('#quarter .menu .item').nth(reportingQuarter(new Date()).quarter - 1).click();
  await page.locator('#beneficiaries').click();
  await page.locator('#beneficiaries .menu .item').first().click();
  await page.locator('#page h2').click(); // close the menu by clicking elsewhere
  // …and move the thumb with the keyboard
  await page.locator('#progress').focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#progress-value')).toHaveText(/^10\b/);

  await expect.poll(async () => {
    const now = await findings(page);
    return [F.quarter.label, F.beneficiaries.label, F.progress.label].map((l) => naming(now, l).length);
  }, { timeout: 10_000 }).toEqual([0, 0, 0]);
  // everything else is still reported: the same findings minus those three
  const after = await findings(page);
  expect(after.sort()).toEqual(before.filter((t) => ![F.quarter.label, F.beneficiaries.label, F.progress.label].some((l) => t.includes(l))).sort());
});

/**
 * The jquery-legacy page: Chosen keeps the chosen option in a hidden native <select> (its own
 * change event is a jQuery one, no DOM event) and jQuery UI's slider moves a span handle by its
 * inline style. A person picks from Chosen's list and moves the handle with the keyboard; the
 * panel drops exactly those findings live.
 */
test('zoo jquery-legacy: choosing in Chosen lists and moving the jQuery UI slider clears their findings live', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/zoo/jquery-legacy/${FORM.m6.route}?scenario=m6-empty`);
  await page.waitForFunction(() => (window as any).__zoo?.ready === true, null, { timeout: 15_000 });
  await page.locator('emenscr-assistant .ea-tab, emenscr-assistant .ea-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
  const tab = page.locator('emenscr-assistant .ea-tab');
  if (await tab.isVisible()) await tab.click();
  await expect.poll(async () => naming(await findings(page), F.quarter.label).length, { timeout: 10_000 }).toBe(1);
  const before = await findings(page);
  expect(naming(before, F.beneficiaries.label)).toHaveLength(1);
  expect(naming(before, F.progress.label)).toHaveLength(1);

  // as a person: open each Chosen list and click an item
  await page.locator('#quarter_chosen .chosen-single').click();
  await page.locator('#quarter_chosen .chosen-results li.active-result').nth(reportingQuarter(new Date()).quarter - 1).click();
  await page.locator('#beneficiaries_chosen .chosen-choices').click();
  await page.locator('#beneficiaries_chosen .chosen-results li.active-result').first().click();
  await page.locator('#page h3').first().click(); // close the list by clicking elsewhere
  // …and move the handle with the keyboard
  await page.locator('#progress-slider .ui-slider-handle').focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#progress-slider .ui-slider-handle')).toHaveAttribute('style', /left: 10%/);

  await expect.poll(async () => {
    const now = await findings(page);
    return [F.quarter.label, F.beneficiaries.label, F.progress.label].map((l) => naming(now, l).length);
  }, { timeout: 10_000 }).toEqual([0, 0, 0]);
  const after = await findings(page);
  expect(after.sort()).toEqual(before.filter((t) => ![F.quarter.label, F.beneficiaries.label, F.progress.label].some((l) => t.includes(l))).sort());
});

/**
 * The jquery-legacy M1 page: the ยุทธศาสตร์ชาติ cascade is jQuery UI selectmenus (the native
 * <select> hidden, a span button and a menu drawn beside it; the choice sets the select's value
 * with no DOM event). Choosing the empty last level as a person does clears that finding live.
 */
test('zoo jquery-legacy: choosing in a jQuery UI selectmenu clears the plan-detail finding live', async ({ page }) => {
  const level = FORM.m1.ns.levels[2]!;
  await page.goto(`${ORIGIN}/replica/zoo/jquery-legacy/${FORM.m1.route}?scenario=m1-plan-detail`);
  await page.waitForFunction(() => (window as any).__zoo?.ready === true, null, { timeout: 15_000 });
  await page.locator('emenscr-assistant .ea-tab, emenscr-assistant .ea-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
  const tab = page.locator('emenscr-assistant .ea-tab');
  if (await tab.isVisible()) await tab.click();
  await expect.poll(async () => naming(await findings(page), level).length, { timeout: 10_000 }).toBe(1);
  const before = await findings(page);

  await page.locator('#ns-2-button').click();
  await page.locator('#ns-2-menu li .ui-menu-item-wrapper').nth(1).click(); // the first item is the placeholder
  await expect(page.locator('#ns-2-button .ui-selectmenu-text')).not.toHaveText(FORM.placeholder);

  await expect.poll(async () => naming(await findings(page), level).length, { timeout: 10_000 }).toBe(0);
  const after = await findings(page);
  expect(after.sort()).toEqual(before.filter((t) => !t.includes(level)).sort());
});

test('zoo vue-primevue: choosing in a Select whose combobox is its own placeholder, and moving the Slider, clears their findings live', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/zoo/vue-primevue/${FORM.m6.route}?scenario=m6-empty`);
  await page.waitForFunction(() => (window as any).__zoo?.ready === true, null, { timeout: 15_000 });
  await page.locator('emenscr-assistant .ea-tab, emenscr-assistant .ea-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
  const tab = page.locator('emenscr-assistant .ea-tab');
  if (await tab.isVisible()) await tab.click();
  await expect.poll(async () => naming(await findings(page), F.quarter.label).length, { timeout: 10_000 }).toBe(1);
  const before = await findings(page);
  expect(naming(before, F.progress.label)).toHaveLength(1);

  // as a person: open the Select (PrimeVue draws its overlay in <body>) and click the quarter being reported
  await page.locator('#quarter').click();
  await page.getByRole('option', { name: FORM.m6.fields.quarter.options[reportingQuarter(new Date()).quarter - 1]! }).click();
  await expect(page.locator('#quarter')).toHaveText(FORM.m6.fields.quarter.options[reportingQuarter(new Date()).quarter - 1]!);
  // …and move the slider's thumb with the keyboard
  await page.getByRole('slider').focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('#progress')).toHaveValue(/^10\b/);

  await expect.poll(async () => {
    const now = await findings(page);
    return [F.quarter.label, F.progress.label].map((l) => naming(now, l).length);
  }, { timeout: 10_000 }).toEqual([0, 0]);
  const after = await findings(page);
  expect(after.sort()).toEqual(before.filter((t) => ![F.quarter.label, F.progress.label].some((l) => t.includes(l))).sort());
});

test('zoo vue-quasar: choosing in a q-select whose box draws its own floating label clears its finding live', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/zoo/vue-quasar/${FORM.m6.route}?scenario=m6-empty`);
  await page.waitForFunction(() => (window as any).__zoo?.ready === true, null, { timeout: 15_000 });
  await page.locator('emenscr-assistant .ea-tab, emenscr-assistant .ea-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
  const tab = page.locator('emenscr-assistant .ea-tab');
  if (await tab.isVisible()) await tab.click();
  await expect.poll(async () => naming(await findings(page), F.quarter.label).length, { timeout: 10_000 }).toBe(1);
  const before = await findings(page);
  expect(naming(before, F.beneficiaries.label)).toHaveLength(1);

  // as a person: open the q-select (its menu is drawn in <body>) and click the quarter being reported;
  // the focus input keeps value="" and the choice is only drawn beside it
  const quarter = FORM.m6.fields.quarter.options[reportingQuarter(new Date()).quarter - 1]!;
  await page.getByRole('combobox', { name: `${F.quarter.label} *` }).click();
  await page.getByRole('option', { name: quarter }).click();
  await expect(page.locator('.q-select').first()).toContainText(quarter);

  await expect.poll(async () => naming(await findings(page), F.quarter.label).length, { timeout: 10_000 }).toBe(0);
  const after = await findings(page);
  expect(after.sort()).toEqual(before.filter((t) => !t.includes(F.quarter.label)).sort());
});
