/** Issue 2: SPA screen changes, other hosts, activation, collapse and the popup. */
import { test, expect, ORIGIN, panel, panelItems, itemTexts, badgeText, tabIdOf, controlsUnderPanel, extraPages } from './harness';

test('a screen change in the SPA re-checks (pushState, no page load)', async ({ page, sw }) => {
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=complete`);
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
  const loads: string[] = [];
  page.on('load', () => loads.push(page.url()));
  await page.getByRole('link', { name: /โครงการที่ 2/ }).first().click();
  await expect(page).toHaveURL(/\/report\/2/);
  await expect(panelItems(page)).toHaveCount(9);
  await expect.poll(() => badgeText(sw, page)).toBe('9');
  // the home screen has no form: the panel steps aside and the badge clears
  await page.getByRole('link', { name: 'หน้าหลัก' }).first().click();
  await expect(panel(page)).toBeHidden();
  await expect.poll(() => badgeText(sw, page)).toBe('');
  expect(loads).toEqual([]);
});

test('a page on another host, and the Keycloak login, get nothing', async ({ page, context }) => {
  await context.route('https://example.org/**', (r) =>
    r.fulfill({ contentType: 'text/html; charset=utf-8', body: '<h1>บันทึกรายงานความก้าวหน้า</h1><label>ผลการดำเนินงาน<textarea></textarea></label>' }),
  );
  await page.goto('https://example.org/report');
  await page.waitForTimeout(800);
  await expect(page.locator('emenscr-assistant')).toHaveCount(0);
  await page.goto(`${ORIGIN}/auth/realms/master/protocol/openid-connect/auth?client_id=emenscr-nesdc`);
  await page.waitForTimeout(800);
  await expect(page.locator('emenscr-assistant')).toHaveCount(0);
});

test('activating an item scrolls to and focuses the field, highlighted in our own layer', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=partial`);
  const item = panelItems(page).filter({ hasText: 'ข้อเสนอแนะ/แนวทางแก้ไข' });
  await expect(item).toHaveCount(1);
  const styleBefore = await page.getByLabel('ข้อเสนอแนะ/แนวทางแก้ไข').getAttribute('style');
  await item.locator('.ea-item-button').click(); // the item's own button (its menu button sits beside it)
  await expect(page.getByLabel('ข้อเสนอแนะ/แนวทางแก้ไข')).toBeFocused();
  await expect(page.getByLabel('ข้อเสนอแนะ/แนวทางแก้ไข')).toBeInViewport();
  const highlight = page.locator('emenscr-assistant .ea-highlight');
  await expect(highlight).toBeVisible();
  const [h, f] = await Promise.all([highlight.boundingBox(), page.getByLabel('ข้อเสนอแนะ/แนวทางแก้ไข').boundingBox()]);
  expect(Math.abs(h!.x + 4 - f!.x)).toBeLessThan(2);
  expect(Math.abs(h!.y + 4 - f!.y)).toBeLessThan(2);
  expect(await page.getByLabel('ข้อเสนอแนะ/แนวทางแก้ไข').getAttribute('style')).toBe(styleBefore);
});

test('the panel is a landmark that collapses and expands from the keyboard', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=partial`);
  await expect(panel(page)).toBeVisible();
  await panel(page).getByRole('button', { name: 'ย่อ' }).focus();
  await page.keyboard.press('Enter');
  const tab = panel(page).getByRole('button', { name: /eMENSCR/, expanded: false });
  await expect(tab).toBeFocused();
  await expect(tab).toContainText('4');
  await page.keyboard.press('Enter');
  await expect(panelItems(page)).toHaveCount(4);
});

test('the popup shows the same checklist for the tab, or a Thai explanation elsewhere', async ({ page, context, sw, extensionId }) => {
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=partial`);
  await expect(panelItems(page)).toHaveCount(4);
  const panelTexts = await itemTexts(page);
  const tabId = await tabIdOf(sw, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.locator('li.ea-item')).toHaveCount(4);
  expect((await popup.locator('li.ea-item').allInnerTexts()).map((t) => t.replace(/\s+/g, ' ').trim()).sort()).toEqual(panelTexts);
  // activating an item in the popup focuses the field in the page
  await popup.locator('li.ea-item', { hasText: 'ปัญหา/อุปสรรค' }).getByRole('button').click();
  await expect(page.getByLabel('ปัญหา/อุปสรรค')).toBeFocused();

  const other = await context.newPage();
  await context.route('https://example.org/**', (r) => r.fulfill({ contentType: 'text/html', body: '<p>other</p>' }));
  await other.goto('https://example.org/');
  const otherTab = await tabIdOf(sw, other);
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${otherTab}`);
  await expect(popup.getByTestId('not-emenscr')).toContainText('ไม่ใช่หน้าแบบฟอร์ม eMENSCR');
});

test('on a full-width form the panel becomes an edge tab instead of covering controls, and never shifts the page', async ({ page }) => {
  const rows = Array.from({ length: 12 }, (_, i) => `<div class="row"><label for="f${i}">ช่องที่ ${i + 1}</label><input id="f${i}" style="width:100%"></div>`).join('');
  extraPages.set(
    'wide-form',
    `<!doctype html><html lang="th"><meta charset="utf-8"><body style="margin:0;font-family:Loma,sans-serif">
     <h1>ข้อมูลทั่วไปของโครงการ</h1><form style="padding:8px 32px">${rows}</form></body></html>`,
  );
  await page.goto(`${ORIGIN}/replica/wide-form/`);
  await expect(panel(page)).toBeVisible();
  const tab = panel(page).getByRole('button', { name: /eMENSCR/, expanded: false });
  await expect(tab).toBeVisible();
  await expect(tab).toContainText('12');
  expect(await controlsUnderPanel(page)).toEqual([]);
  // re-checks while typing keep it out of the way
  await page.getByLabel('ช่องที่ 1', { exact: true }).fill('ก');
  await expect(tab).toContainText('11');
  expect(await controlsUnderPanel(page)).toEqual([]);
  // the page itself is never pushed aside
  expect(await page.evaluate(() => document.documentElement.style.marginRight)).toBe('');
  // on demand it opens over the page, and Escape returns to the tab
  await tab.click();
  await expect(panelItems(page)).toHaveCount(11);
  await page.keyboard.press('Escape');
  await expect(panel(page).getByRole('button', { name: /eMENSCR/, expanded: false })).toBeFocused();
});

test('a field that becomes required after another choice joins the checklist', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=partial`);
  await expect(panelItems(page)).toHaveCount(4);
  await expect(panelItems(page).filter({ hasText: 'เหตุผลการยกเลิก' })).toHaveCount(0);
  await page.getByLabel('ยกเลิกโครงการ').check();
  await expect(panelItems(page).filter({ hasText: 'เหตุผลการยกเลิก' })).toContainText('ต้องแก้ไข');
  // a cancelled project may stay at 0 %
  await expect(panelItems(page).filter({ hasText: 'ยังไม่ได้ลากแถบความก้าวหน้า' })).toHaveCount(0);
  await page.getByLabel('เหตุผลการยกเลิก').fill('ได้รับแจ้งโอนงบประมาณ');
  await expect(panelItems(page).filter({ hasText: 'เหตุผลการยกเลิก' })).toHaveCount(0);
});
