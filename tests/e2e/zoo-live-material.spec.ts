/**
 * zoo-live for the wc-material page (Material Web 2.5): a person's choices clear exactly their
 * findings, live. Kept apart from zoo-live.spec.ts, which does not parse at 15edf02 (the merge of
 * h/primeng left the vanilla-bulma test unclosed); the helpers below are that file's, to fold
 * this test back into it once it is fixed.
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

/**
 * After a person's action: the findings naming `labels` go (the checker saw the library redraw,
 * no reload), and every other finding of `before` stays, exactly.
 */
async function expectOnlyCleared(page: Page, before: string[], labels: string[]): Promise<void> {
  await expect.poll(async () => {
    const now = await findings(page);
    return labels.map((l) => naming(now, l).length);
  }, { timeout: 10_000 }).toEqual(labels.map(() => 0));
  const after = await findings(page);
  expect(after.sort()).toEqual(before.filter((t) => !labels.some((l) => t.includes(l))).sort());
}

/**
 * A zoo page at a scenario, once it is drawn, with the panel open: where the page leaves no free
 * column the panel is a slim edge tab, opened as zoo.spec.ts does.
 */
async function openZoo(page: Page, library: string, route: string, scenario: string): Promise<void> {
  await page.goto(`${ORIGIN}/replica/zoo/${library}/${route}?scenario=${scenario}`);
  await page.waitForFunction(() => (window as any).__zoo?.ready === true, null, { timeout: 15_000 });
  await page.locator('emenscr-assistant .ea-tab, emenscr-assistant .ea-panel').first().waitFor({ state: 'visible', timeout: 10_000 });
  const tab = page.locator('emenscr-assistant .ea-tab');
  if (await tab.isVisible()) await tab.click();
}

/**
 * The M6 screen of `library` with every field empty (m6-empty), once the panel flags the quarter;
 * each of `labels` is flagged once too. The findings then, for expectOnlyCleared.
 */
async function emptyM6(page: Page, library: string, labels: string[]) {
  await openZoo(page, library, FORM.m6.route, 'm6-empty');
  await expect.poll(async () => naming(await findings(page), F.quarter.label).length, { timeout: 10_000 }).toBe(1);
  const before = await findings(page);
  for (const label of labels) expect(naming(before, label), label).toHaveLength(1);
  return before;
}

/**
 * The wc-material page: Material Web keeps md-radio's role and checked state in ElementInternals
 * (only the box its shadow root draws changes) and each md-filter-chip draws a button with
 * aria-pressed in its own shadow root. A person picks the quarter in an md-outlined-select, a
 * status and a target group: exactly those findings go, live.
 */
test('zoo wc-material: choosing in an md-outlined-select, an md-radio and an md-filter-chip clears their findings live', async ({ page }) => {
  const before = await emptyM6(page, 'wc-material', [F.status.label, F.beneficiaries.label]);
  const quarter = F.quarter.options[reportingQuarter(new Date()).quarter - 1]!;
  await page.locator('md-outlined-select[name=quarter]').click();
  await page.locator('md-outlined-select[name=quarter] md-select-option', { hasText: quarter }).click();
  await page.getByText(F.status.options[1]!, { exact: true }).click();
  await page.locator('#beneficiaries md-filter-chip').first().click();
  await expectOnlyCleared(page, before, [F.quarter.label, F.status.label, F.beneficiaries.label]);
});
