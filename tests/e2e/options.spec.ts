/**
 * Issue 3: the options page (settings, profile import/export/reset) and deadline awareness,
 * with the built extension in Chromium. storage.managed is read-only to the extension, so
 * the policy lock is covered by tests/unit/managed-policy.test.ts and, through Chromium's
 * real policy loader, by tests/e2e/policy.spec.ts.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect, ORIGIN, panel, panelItems, itemTexts, rawBadgeText, tabIdOf } from './harness';
import { DEFAULT_PROFILE } from '../../utils/profile/default';
import { reportingPeriod, quarterRange, previousQuarter, quarterOf, daysBetween, toLocalDate } from '../../utils/calendar';
import { deadlineStatus } from '../../utils/deadline';

declare const chrome: any;

const PROGRESS_FINDING = 'ยังไม่ได้ลากแถบความก้าวหน้า (%): ผลงานสะสม (เปอร์เซ็นต์)';

function profileFile(name: string, value: unknown) {
  return { name, mimeType: 'application/json', buffer: Buffer.from(typeof value === 'string' ? value : JSON.stringify(value, null, 2)) };
}

function goodProfile() {
  const p = structuredClone(DEFAULT_PROFILE);
  p.name = 'สำนักงานจังหวัดทดสอบ';
  p.fields.progress = [...p.fields.progress, 'ผลงานสะสม'];
  return p;
}

async function openOptions(page: Page, extensionId: string): Promise<void> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('ตั้งค่า ผู้ช่วยกรอก eMENSCR');
}

async function local(sw: Worker, keys: string[]): Promise<Record<string, unknown>> {
  return sw.evaluate((k) => chrome.storage.local.get(k), keys);
}

const fileInput = (page: Page) => page.getByLabel('นำเข้าโปรไฟล์ (ไฟล์ JSON)');

test('a broken profile file is refused with the bad paths in Thai; the old profile keeps working', async ({ page, context, sw, extensionId }) => {
  await openOptions(page, extensionId);
  await expect(page.getByTestId('active-profile')).toHaveText('โปรไฟล์ที่ใช้อยู่: ค่าเริ่มต้น (Default) · ค่าเริ่มต้นที่มากับส่วนขยาย');

  const broken = structuredClone(DEFAULT_PROFILE) as any;
  broken.fields.progress = [];
  delete broken.budgetTypes;
  await fileInput(page).setInputFiles(profileFile('broken-profile.json', broken));
  const error = page.getByTestId('import-error');
  await expect(error).toContainText('นำเข้าไม่สำเร็จ โปรไฟล์ที่ใช้อยู่ไม่เปลี่ยนแปลง (broken-profile.json)');
  await expect(error.getByRole('listitem')).toHaveText([
    'fields.progress: ต้องมีอย่างน้อย 1 รายการ',
    'budgetTypes: ไม่มีข้อมูลที่จำเป็น (ต้องเป็นรายการ (array))',
  ]);
  // the message takes focus, so keyboard and screen-reader users meet it
  await expect(page.getByTestId('import-result')).toBeFocused();

  await fileInput(page).setInputFiles(profileFile('not-json.json', '{"format": "emenscr-assistant-profile", "fields": '));
  await expect(error.getByRole('listitem')).toHaveText([/^\(ทั้งไฟล์\): ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง/]);

  await fileInput(page).setInputFiles(profileFile('other.json', { format: 'something-else', version: 1 }));
  await expect(error.getByRole('listitem')).toHaveText(['format: ไม่ใช่ไฟล์โปรไฟล์ eMENSCR Assistant (ช่อง format ต้องเป็น "emenscr-assistant-profile")']);

  await expect(page.getByTestId('active-profile')).toContainText('ค่าเริ่มต้น (Default)');
  const stored = await local(sw, ['activeProfile', 'userProfile']);
  expect(stored).toEqual({});

  // the checker still uses the default profile
  const replica = await context.newPage();
  await replica.goto(`${ORIGIN}/replica/m6-variant/report/1?state=partial`);
  await expect(panelItems(replica)).toHaveCount(1);
  expect(await itemTexts(replica)).toEqual([expect.stringContaining('ยังไม่ได้กรอก: ปัญหา/อุปสรรค')]);
});

test('a good profile with a new label variant is used at once; export and reset', async ({ page, context, sw, extensionId }) => {
  const replica = await context.newPage();
  await replica.goto(`${ORIGIN}/replica/m6-variant/report/1`);
  // default profile: two sliders, neither labelled as progress, so no progress finding
  await expect(panel(replica)).toContainText('ครบถ้วนแล้ว');

  await openOptions(page, extensionId);
  await fileInput(page).setInputFiles(profileFile('rayong-profile.json', goodProfile()));
  await expect(page.getByTestId('import-ok')).toHaveText(
    'นำเข้าโปรไฟล์ “สำนักงานจังหวัดทดสอบ” แล้ว ส่วนขยายใช้โปรไฟล์นี้ตรวจแบบฟอร์มตั้งแต่ตอนนี้',
  );
  await expect(page.getByTestId('active-profile')).toHaveText('โปรไฟล์ที่ใช้อยู่: สำนักงานจังหวัดทดสอบ · นำเข้าโดยผู้ใช้');
  const progressRow = page.locator('[data-concept="progress"]');
  await expect(progressRow.locator('dt')).toHaveText('ความก้าวหน้า (%)');
  await expect(progressRow.getByRole('listitem').last()).toHaveText('ผลงานสะสม');
  expect(((await local(sw, ['activeProfile'])).activeProfile as any).fields.progress).toContain('ผลงานสะสม');

  // the open eMENSCR tab re-checks with the new profile, no reload needed
  await expect(panelItems(replica)).toHaveCount(1);
  expect(await itemTexts(replica)).toEqual([expect.stringContaining(PROGRESS_FINDING)]);
  // and a fresh load uses it too
  await replica.reload();
  await expect(panelItems(replica).filter({ hasText: PROGRESS_FINDING })).toHaveCount(1);

  // export: the active profile as a JSON download that imports again
  await page.bringToFront();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกโปรไฟล์ (JSON)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^emenscr-profile-\d{4}-\d{2}-\d{2}\.json$/);
  const exported = JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'));
  expect(exported).toEqual(goodProfile());

  // reset asks first; dismissing changes nothing
  page.once('dialog', (d) => void d.dismiss());
  await page.getByRole('button', { name: 'คืนค่าโปรไฟล์เริ่มต้น' }).click();
  await expect(page.getByTestId('active-profile')).toContainText('สำนักงานจังหวัดทดสอบ');
  page.once('dialog', (d) => {
    expect(d.message()).toContain('คืนค่าโปรไฟล์เป็นค่าเริ่มต้น?');
    void d.accept();
  });
  await page.getByRole('button', { name: 'คืนค่าโปรไฟล์เริ่มต้น' }).click();
  await expect(page.getByTestId('import-ok')).toHaveText('คืนค่าโปรไฟล์เริ่มต้นแล้ว');
  await expect(page.getByTestId('active-profile')).toContainText('ค่าเริ่มต้น (Default)');
  await expect(page.getByRole('button', { name: 'คืนค่าโปรไฟล์เริ่มต้น' })).toBeDisabled();
  expect(await local(sw, ['activeProfile', 'userProfile'])).toEqual({});
  await expect(panel(replica)).toContainText('ครบถ้วนแล้ว');
});

test('the profile is shown readably, as text', async ({ page, extensionId }) => {
  await openOptions(page, extensionId);
  await expect(page.getByTestId('profile-deadline')).toHaveText('กำหนดส่งรายงานตามโปรไฟล์: 10 วันหลังสิ้นไตรมาส');
  const plans = page.getByTestId('profile-plans');
  await expect(plans.locator('[data-plan="nesdp13"] p').first()).toHaveText(
    'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13 · ต้องรายงาน · ตั้งแต่ปีงบประมาณ 2566',
  );
  await expect(plans.locator('[data-plan="nesdp12"] p').first()).toContainText('ถึงปีงบประมาณ 2565');
  await expect(plans.locator('[data-plan="reform"] p').first()).toContainText('ไม่บังคับ · ทุกปีงบประมาณ');
  const cluster = page.getByTestId('profile-budget-types').locator('[data-budget-type="cluster"]');
  await expect(cluster).toContainText('ส่งถึง: ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด');
  await expect(cluster.getByRole('listitem').filter({ hasText: /^OSM$/ })).toHaveCount(1);
  await expect(page.getByTestId('profile-placeholders').getByRole('listitem').first()).toHaveText('-- กรุณาเลือก --');
});

test('settings: Thai errors next to the field, keyboard save, stored and applied', async ({ page, sw, extensionId }) => {
  await openOptions(page, extensionId);
  const deadline = page.getByLabel('กำหนดส่งรายงาน (จำนวนวันหลังสิ้นไตรมาส)');
  await expect(deadline).toHaveValue('10');
  await deadline.fill('0');
  await deadline.press('Enter');
  await expect(page.getByTestId('settings-status')).toHaveText('ยังบันทึกไม่ได้: กรุณาแก้ไขช่องที่มีข้อความแจ้งเตือน');
  await expect(deadline).toHaveAttribute('aria-invalid', 'true');
  await expect(deadline).toBeFocused();
  await expect(page.locator('#deadlineDay-error')).toHaveText('กำหนดส่งต้องเป็นจำนวนเต็ม 1–90 วันหลังสิ้นไตรมาส');
  expect(await local(sw, ['settings'])).toEqual({});

  const internal = page.getByLabel('กำหนดส่งภายในของจังหวัด (จำนวนวันหลังสิ้นไตรมาส, ไม่บังคับ)');
  await deadline.fill('12');
  await internal.fill('15');
  await page.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
  await expect(page.locator('#internalDeadlineDay-error')).toHaveText('กำหนดส่งภายในของจังหวัดต้องไม่ช้ากว่ากำหนดส่งรายงาน');
  await expect(internal).toBeFocused();

  // Thai digits are accepted as typed
  await internal.fill('๓');
  await page.getByLabel('ประเภทงบประมาณที่หน่วยงานใช้ประจำ').selectOption({ label: 'งบกลุ่มจังหวัด' });
  await page.getByRole('radio', { name: 'English' }).check();
  await internal.press('Enter');
  await expect(page.getByTestId('settings-status')).toHaveText('Settings saved');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('eMENSCR Assistant settings');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  expect((await local(sw, ['settings'])).settings).toEqual({
    deadlineDay: 12,
    internalDeadlineDay: 3,
    defaultBudgetType: 'cluster',
    language: 'en',
  });
  // nothing is locked without a policy
  await expect(page.locator('[data-testid^="locked-"]')).toHaveCount(0);
  await page.reload();
  await expect(page.getByLabel('Report deadline (days after the quarter ends)')).toHaveValue('12');
});

test('deadline: the popup tells the quarter and days left; the badge turns amber with "!" in the last 3 days', async ({ page, context, sw, extensionId }) => {
  // a deadline day that puts today 2 days before the deadline of the quarter being reported
  const today = toLocalDate(new Date());
  const quarterEnd = quarterRange(...(Object.values(previousQuarter(quarterOf(today))) as [number, 1 | 2 | 3 | 4])).end;
  const soonDay = daysBetween(quarterEnd, today) + 2;
  test.skip(soonDay > 90, 'today is too far after the quarter end for a deadline 2 days ahead');
  const period = reportingPeriod(today, { deadlineDay: soonDay });
  expect(period.daysLeft).toBe(2);

  await openOptions(page, extensionId);
  await page.getByLabel('กำหนดส่งรายงาน (จำนวนวันหลังสิ้นไตรมาส)').fill(String(soonDay));
  await expect(page.getByTestId('deadline-note')).toContainText('เหลือ 2 วัน');
  await page.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
  await expect(page.getByTestId('settings-status')).toHaveText('บันทึกการตั้งค่าแล้ว');

  const replica = await context.newPage();
  await replica.goto(`${ORIGIN}/replica/m6-variant/report/1?state=partial`);
  await expect(panelItems(replica)).toHaveCount(1);
  await expect.poll(() => rawBadgeText(sw, replica)).toBe('1!');
  const tabId = await tabIdOf(sw, replica);
  expect(await sw.evaluate((id) => chrome.action.getBadgeBackgroundColor({ tabId: id }), tabId)).toEqual([154, 52, 18, 255]);

  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  await expect(popup.getByTestId('deadline-note')).toContainText(
    `รายงานไตรมาสที่ ${period.quarter} ปีงบประมาณ ${period.fiscalYear} · ครบกำหนด `,
  );
  await expect(popup.getByTestId('deadline-note')).toContainText('· เหลือ 2 วัน');
  await expect(popup.getByTestId('deadline-note')).toHaveAttribute('data-state', 'soon');

  // back to the usual deadline: the badge is recoloured without a new check
  await page.bringToFront();
  await page.getByLabel('กำหนดส่งรายงาน (จำนวนวันหลังสิ้นไตรมาส)').fill('10');
  await page.getByRole('button', { name: 'บันทึกการตั้งค่า' }).click();
  // no saved reports in this profile: the next deadline not yet passed, never "overdue"
  const usual = deadlineStatus({ deadlineDay: 10, internalDeadlineDay: null }, today)!;
  expect(usual.overdue).toBe(false);
  const soon = usual.daysLeft >= 0 && usual.daysLeft <= 3;
  await expect.poll(() => rawBadgeText(sw, replica)).toBe(soon ? '1!' : '1');
  await popup.reload();
  const days = usual.daysLeft === 0 ? 'ครบกำหนดวันนี้' : `เหลือ ${usual.daysLeft} วัน`;
  await expect(popup.getByTestId('deadline-note')).toContainText(`รายงานไตรมาสที่ ${usual.quarter} ปีงบประมาณ ${usual.fiscalYear} · `);
  await expect(popup.getByTestId('deadline-note')).toContainText(days);
  await expect(popup.getByTestId('deadline-note')).not.toContainText('เลยกำหนด');
});
