/** Issue 3: a complete but wrong report lists its three problems; fixing them clears them. */
import { test, expect, ORIGIN, panel, panelItems } from './harness';

test('wrong quarter, 100 % while still in progress, spent over allocation', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=mismatch`);
  await expect(panelItems(page)).toHaveCount(3);
  await expect(panelItems(page).filter({ hasText: 'ไม่ใช่ไตรมาสที่ต้องรายงานตอนนี้' })).toContainText('ควรตรวจสอบ');
  await expect(panelItems(page).filter({ hasText: 'ความก้าวหน้าร้อยละ 100 แต่สถานะยังเป็น' })).toContainText('ต้องแก้ไข');
  await expect(panelItems(page).filter({ hasText: 'มากกว่างบประมาณที่ได้รับจัดสรร' })).toContainText('ต้องแก้ไข');

  const lastQuarter = await page.evaluate(() => (window as any).__replica.lastQuarter as number);
  await page.getByLabel('ไตรมาสที่รายงาน').selectOption({ label: await page.getByLabel('ไตรมาสที่รายงาน').locator('option', { hasText: `ไตรมาสที่ ${lastQuarter}` }).innerText() });
  await expect(panelItems(page)).toHaveCount(2);
  await page.getByLabel('ดำเนินการแล้วเสร็จ').check();
  await expect(panelItems(page)).toHaveCount(1);
  await page.getByLabel('ผลการเบิกจ่ายงบประมาณ (บาท)').fill('1,450,000');
  await expect(panelItems(page)).toHaveCount(0);
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
});

test('progress is compared with the value last SAVED for the project', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=complete`);
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
  const slider = page.getByLabel('ความก้าวหน้าของโครงการ (ร้อยละ)');
  // lowering before any save: nothing remembered yet
  await slider.fill('30');
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
  await slider.fill('45');
  await page.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await slider.fill('30');
  await expect(panelItems(page).filter({ hasText: 'ต่ำกว่าที่บันทึกไว้ล่าสุด (ร้อยละ 45' })).toContainText('ควรตรวจสอบ');
  // remembered across page loads
  await page.reload();
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
  await page.getByLabel('ความก้าวหน้าของโครงการ (ร้อยละ)').fill('20');
  await expect(panelItems(page).filter({ hasText: 'ต่ำกว่าที่บันทึกไว้ล่าสุด' })).toHaveCount(1);
});
