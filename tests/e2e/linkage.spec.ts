/** Issue 2: the M1 linkage screen, cascading selects whose options load asynchronously. */
import { test, expect, ORIGIN, panel, panelItems, badgeText } from './harness';

async function choose(page: import('@playwright/test').Page, id: string) {
  const select = page.locator(`#${id}`);
  await expect(select).toBeEnabled({ timeout: 3000 });
  // the first real option after the placeholder
  const value = await select.locator('option').nth(1).getAttribute('value');
  await select.selectOption(value!);
}

test('empty M1 screen lacks both required plans; details fill in as the cascade loads', async ({ page, sw }) => {
  await page.goto(`${ORIGIN}/replica/m1-linkage/linkage/1?state=empty`);
  await expect(panel(page)).toContainText('ความเชื่อมโยงกับแผน (M1)');
  await expect(panelItems(page)).toHaveCount(2);
  await expect(panelItems(page).filter({ hasText: 'ยังไม่ได้รายงานความสอดคล้องกับ ยุทธศาสตร์ชาติ' })).toHaveCount(1);
  await expect.poll(() => badgeText(sw, page)).toBe('2');

  // choosing the top level links the plan; its dependent selects (loaded later) must follow
  await choose(page, 'f-ns-0');
  await expect(panelItems(page).filter({ hasText: 'ยุทธศาสตร์ชาติ: กรอกรายละเอียดไม่ครบ' })).toContainText('เป้าหมาย');
  await choose(page, 'f-ns-1');
  await choose(page, 'f-ns-2');
  await expect(panelItems(page).filter({ hasText: 'ยุทธศาสตร์ชาติ' })).toHaveCount(0);
  await expect(panelItems(page)).toHaveCount(1);
});

test('complete M1 screen passes', async ({ page, sw }) => {
  await page.goto(`${ORIGIN}/replica/m1-linkage/linkage/1?state=complete`);
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
  await expect.poll(() => badgeText(sw, page)).toBe('');
});

test('FY2565 asks for ฉบับที่ 12', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/m1-linkage/linkage/1?state=empty&fy=2565`);
  await expect(panelItems(page).filter({ hasText: 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 12' })).toHaveCount(1);
  await expect(panelItems(page).filter({ hasText: 'ฉบับที่ 13' })).toHaveCount(0);
});
