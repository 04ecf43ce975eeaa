/**
 * The send guard on real component libraries: every zoo page draws the send step of form.json
 * `send` with its own modal and its own single select (the approver), the project's budget source
 * (งบจังหวัด) on the page. The approver is chosen when the dialog opens (`?recipient=<index>`),
 * so no library-specific driving is needed: a person opens the dialog and presses the commit.
 * - the wrong approver (a cluster director for a provincial-budget report): our alert dialog
 *   stops the send, names the approver the budget type needs, and the page sent nothing;
 *   "back" returns to the page's dialog, still nothing sent;
 * - the right approver: no dialog of ours, the page sent to that approver;
 * - no approver chosen: nothing of ours holds the press (the page shows its own refusal), the
 *   page sent nothing and its dialog stays open (a held send here was a false alarm).
 * Expected texts come from form.json and the budget rule (domain.md), not from the extension.
 */
import type { Page } from '@playwright/test';
import { test, expect, ORIGIN } from './harness';
import { FORM } from '../zoo/shared/scenarios';
import { LIBRARIES } from './zoo-matrix';

const S = FORM.send;
/** งบจังหวัด → หัวหน้าสำนักงานจังหวัด (domain.md); the dialog names the position the budget type needs */
const NEEDED = 'หัวหน้าสำนักงานจังหวัด';

test.setTimeout(120_000);

const guardDialog = (page: Page) => page.getByRole('alertdialog');
const sentTo = (page: Page) => page.evaluate(() => (window as any).__zoo?.sent ?? null);

/** The M6 screen of a library with the approver `choice` preset, checked once, its send dialog open. */
async function openSend(page: Page, library: string, choice: number): Promise<void> {
  await page.goto(`${ORIGIN}/replica/zoo/${library}/${FORM.m6.route}?scenario=m6-complete&recipient=${choice}`);
  await page.waitForFunction(() => (window as any).__zoo?.ready === true, null, { timeout: 20_000 });
  await page.waitForFunction(() => Number(document.querySelector('emenscr-assistant')?.getAttribute('data-checks') ?? 0) >= 1, null, { timeout: 15_000 });
  await page.getByRole('button', { name: S.open, exact: true }).click({ timeout: 10_000 });
  await expect(commit(page)).toBeVisible({ timeout: 10_000 });
}

const commit = (page: Page) => page.getByRole('button', { name: S.commit, exact: true });

for (const library of LIBRARIES) {
  test(`zoo guard ${library}: the wrong approver is stopped, the right one is sent at once, none chosen is the page's to refuse`, async ({ page }) => {
    const wrong = S.recipient.options[S.wrong]!;
    const right = S.recipient.options[S.right]!;

    await openSend(page, library, S.wrong);
    await commit(page).click();
    const dlg = guardDialog(page);
    await expect(dlg, 'the guard stops a provincial-budget report sent to a cluster director').toBeVisible({ timeout: 10_000 });
    await expect(dlg).toContainText(NEEDED);
    await expect(dlg).toContainText(wrong);
    expect(await sentTo(page)).toBeNull();
    await dlg.getByRole('button', { name: 'กลับไปแก้ไข' }).click();
    await expect(dlg).toHaveCount(0);
    await expect(commit(page)).toBeVisible();
    expect(await sentTo(page)).toBeNull();

    await openSend(page, library, S.right);
    await commit(page).click();
    await expect.poll(() => sentTo(page), { timeout: 10_000 }).toBe(right);
    await expect(guardDialog(page)).toHaveCount(0);

    await openSend(page, library, -1);
    await commit(page).click();
    // the page answers the press itself (its validation state); give a held send the time a
    // wrong approver's alert takes to show (well under 100 ms in the part above), then look
    await page.waitForTimeout(500);
    await expect(guardDialog(page), 'nothing chosen: the page refuses, no alert of ours').toHaveCount(0);
    await expect(commit(page)).toBeVisible();
    expect(await sentTo(page)).toBeNull();
  });
}
