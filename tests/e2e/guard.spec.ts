/**
 * Issue 4, "อย่ากดส่งผิด": the send guard on the send replicas (native select + form,
 * custom combobox + div button), for both budget types; the incomplete-report warning
 * (M6 replica → send list, linked by project name); failing open; Enter, Space and
 * requestSubmit; the send step in the popup.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { test, expect, ORIGIN, extraPages, panelItems, tabIdOf, badgeText } from './harness';
// @ts-expect-error plain ESM helper shared with the demo and the benchmark
import { ASSETS, FIXTURES } from '../../scripts/replica-server.mjs';

declare const chrome: any;

// several sends per test: on the shared 2-core machine the longer ones take 60–70 s
test.setTimeout(180_000);

type Replica = 'send-native' | 'send-custom';
type Budget = 'provincial' | 'cluster';

/** A project of each budget type in both send replicas, and the approver each needs. */
const PROJECT: Record<Budget, string> = { provincial: 'RYG-68-0012', cluster: 'EST1-68-0031' };
const RIGHT: Record<Replica, Record<Budget, string>> = {
  'send-native': {
    provincial: 'นายสมชาย ใจดี (หัวหน้าสำนักงานจังหวัดระยอง)',
    cluster: 'นางสาวพิมพ์ใจ รักษ์ดี (ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1)',
  },
  'send-custom': {
    provincial: 'หัวหน้าสำนักงานจังหวัด',
    cluster: 'ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด (OSM)',
  },
};
const OTHER: Record<Budget, Budget> = { provincial: 'cluster', cluster: 'provincial' };
const EXPECTED: Record<Budget, string> = {
  provincial: 'รายงานงบจังหวัดต้องส่งถึง หัวหน้าสำนักงานจังหวัด',
  cluster: 'รายงานงบกลุ่มจังหวัดต้องส่งถึง ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
};
/** m6-native's report/1 is this send-list row (same name). */
const M6_PROJECT = 'RYG-68-0008';

interface Sent {
  projectId: string;
  recipient: string;
}

async function sent(page: Page): Promise<Sent[]> {
  return page.evaluate(() => JSON.parse(sessionStorage.getItem('replica:sent') || '[]'));
}

const guardDialog = (page: Page) => page.getByRole('alertdialog');
const sendDialog = (page: Page) => page.locator('[role="dialog"]');
const confirmButton = (page: Page) => sendDialog(page).getByRole('button', { name: 'ยืนยันการส่ง' });

/** Project list → right-click the project's name → "ส่งรายงาน ไตรมาสที่ 4". */
async function openSend(page: Page, replica: string, projectId: string, load = true) {
  if (load) await page.goto(`${ORIGIN}/replica/${replica}/progress`);
  await page.locator(`tr[data-project-id="${projectId}"] .project-name`).click({ button: 'right' });
  await page.getByRole('menuitem', { name: /ส่งรายงาน ไตรมาสที่/ }).click();
  await expect(sendDialog(page)).toBeVisible();
}

async function choose(page: Page, replica: Replica, recipient: string) {
  if (replica === 'send-native') {
    await sendDialog(page).getByLabel('ผู้อนุมัติ').selectOption({ label: recipient });
  } else {
    await sendDialog(page).getByRole('combobox', { name: 'ผู้อนุมัติ' }).click();
    await sendDialog(page).getByRole('option', { name: recipient, exact: true }).click();
  }
}

async function setStorage(sw: Worker, items: Record<string, unknown>) {
  await sw.evaluate((i) => chrome.storage.local.set(i), items);
}

async function storageGet(sw: Worker): Promise<Record<string, any>> {
  return sw.evaluate(() => chrome.storage.local.get(null));
}

for (const replica of ['send-native', 'send-custom'] as const) {
  for (const budget of ['provincial', 'cluster'] as const) {
    test(`${replica}, ${budget}: the right approver sends at once, no dialog`, async ({ page }) => {
      await openSend(page, replica, PROJECT[budget]);
      await choose(page, replica, RIGHT[replica][budget]);
      await confirmButton(page).click();
      await expect(sendDialog(page)).toBeHidden();
      await expect(guardDialog(page)).toHaveCount(0);
      const records = await sent(page);
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ projectId: PROJECT[budget], recipient: RIGHT[replica][budget] });
    });

    test(`${replica}, ${budget}: the wrong approver is stopped; back sends nothing, send anyway sends once`, async ({ page }) => {
      await openSend(page, replica, PROJECT[budget]);
      const wrong = RIGHT[replica][OTHER[budget]];
      await choose(page, replica, wrong);
      await confirmButton(page).click();
      const dlg = guardDialog(page);
      await expect(dlg).toBeVisible();
      await expect(dlg).toHaveAttribute('aria-modal', 'true');
      await expect(dlg).toContainText(EXPECTED[budget]);
      await expect(dlg).toContainText(wrong);
      await expect(dlg.getByRole('button', { name: 'กลับไปแก้ไข' })).toBeFocused();
      await dlg.getByRole('button', { name: 'กลับไปแก้ไข' }).click();
      await expect(dlg).toHaveCount(0);
      await expect(sendDialog(page)).toBeVisible();
      expect(await sent(page)).toEqual([]);

      await confirmButton(page).click();
      await expect(dlg).toBeVisible();
      await dlg.getByRole('button', { name: 'ส่งต่อไป' }).click();
      await expect(sendDialog(page)).toBeHidden();
      await page.waitForTimeout(300);
      const records = await sent(page);
      expect(records).toHaveLength(1);
      expect(records[0]).toMatchObject({ projectId: PROJECT[budget], recipient: wrong });
    });
  }
}

test('an incomplete report (M6 seen earlier, linked by name) shows what is missing; a complete one passes', async ({ page, sw }) => {
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=partial`);
  await expect(panelItems(page)).toHaveCount(4);
  const missing = (await panelItems(page).allInnerTexts()).map((t) => t.replace(/^.*?(ต้องแก้ไข|ควรตรวจสอบ)\s*/s, '').trim());
  await expect
    .poll(async () => Object.entries(await storageGet(sw)).find(([k]) => k.startsWith('project:name:'))?.[1]?.check?.errors?.length)
    .toBe(4);

  await openSend(page, 'send-native', M6_PROJECT);
  await choose(page, 'send-native', RIGHT['send-native'].provincial);
  await confirmButton(page).click();
  const dlg = guardDialog(page);
  await expect(dlg).toBeVisible();
  await expect(dlg).toContainText('การตรวจรายงานครั้งล่าสุด');
  await expect(dlg).toContainText('ยังมี 4 ข้อที่ต้องแก้ไข');
  await expect(dlg).toContainText(/เวลา \d\d:\d\d น\./);
  for (const m of missing) await expect(dlg.locator('li', { hasText: m })).toHaveCount(1);
  // the approver is right: no recipient complaint
  await expect(dlg.locator('[data-problem="recipient"]')).toHaveCount(0);
  await page.keyboard.press('Escape');
  await expect(dlg).toHaveCount(0);
  expect(await sent(page)).toEqual([]);
  await confirmButton(page).click();
  await dlg.getByRole('button', { name: 'ส่งต่อไป' }).click();
  await expect.poll(async () => (await sent(page)).length).toBe(1);

  // once the report is complete, the same send goes through untouched
  await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=complete`);
  await expect(page.locator('emenscr-assistant .ea-summary')).toContainText('ครบถ้วนแล้ว');
  await expect
    .poll(async () => Object.entries(await storageGet(sw)).find(([k]) => k.startsWith('project:name:'))?.[1]?.check?.errors?.length)
    .toBe(0);
  await openSend(page, 'send-native', M6_PROJECT);
  await choose(page, 'send-native', RIGHT['send-native'].provincial);
  await confirmButton(page).click();
  await expect(sendDialog(page)).toBeHidden();
  await expect(guardDialog(page)).toHaveCount(0);
  expect(await sent(page)).toHaveLength(2);
});

for (const replica of ['send-native', 'send-custom'] as const) {
  for (const stage of [true, 'show'] as const) {
    test(`${replica}: a guard that throws (${stage === true ? 'deciding' : 'showing its dialog'}) lets the send through once`, async ({ page, sw }) => {
      await setStorage(sw, { 'debug:guardThrows': stage });
      await openSend(page, replica, PROJECT.cluster);
      await choose(page, replica, RIGHT[replica].provincial);
      await confirmButton(page).click();
      await expect(sendDialog(page)).toBeHidden();
      await page.waitForTimeout(300);
      await expect(guardDialog(page)).toHaveCount(0);
      expect(await sent(page)).toHaveLength(1);
    });
  }
}

test('send-native: Enter in a field and requestSubmit() are caught too; a right send by requestSubmit passes', async ({ page }) => {
  await openSend(page, 'send-native', PROJECT.provincial);
  await choose(page, 'send-native', RIGHT['send-native'].cluster);
  // Enter in the phone field submits the form (implicit submission)
  await sendDialog(page).getByLabel('เบอร์โทรศัพท์ติดต่อ').press('Enter');
  const dlg = guardDialog(page);
  await expect(dlg).toBeVisible();
  await dlg.getByRole('button', { name: 'กลับไปแก้ไข' }).click();
  // back on the wrong choice: focus is on the approver chooser
  await expect(sendDialog(page).getByLabel('ผู้อนุมัติ')).toBeFocused();
  expect(await sent(page)).toEqual([]);
  // Enter on the focused confirm button
  await confirmButton(page).focus();
  await page.keyboard.press('Enter');
  await expect(dlg).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dlg).toHaveCount(0);
  // the page (or another script) submitting the form itself
  await page.evaluate(() => (document.getElementById('send-form') as HTMLFormElement).requestSubmit());
  await expect(dlg).toBeVisible();
  expect(await sent(page)).toEqual([]);
  await dlg.getByRole('button', { name: 'ส่งต่อไป' }).click();
  await expect.poll(async () => (await sent(page)).length).toBe(1);
  await page.waitForTimeout(300);
  expect(await sent(page)).toHaveLength(1);

  // a right approver: requestSubmit goes straight through
  await openSend(page, 'send-native', PROJECT.cluster, false);
  await choose(page, 'send-native', RIGHT['send-native'].cluster);
  await page.evaluate(() => (document.getElementById('send-form') as HTMLFormElement).requestSubmit());
  await expect(sendDialog(page)).toBeHidden();
  await expect(guardDialog(page)).toHaveCount(0);
  expect(await sent(page)).toHaveLength(2);
});

test('send-custom: Enter and Space on the div button are caught; Tab stays in the dialog', async ({ page }) => {
  await openSend(page, 'send-custom', PROJECT.cluster);
  await choose(page, 'send-custom', RIGHT['send-custom'].provincial);
  await confirmButton(page).focus();
  await page.keyboard.press('Enter');
  const dlg = guardDialog(page);
  await expect(dlg).toBeVisible();
  await expect(dlg.getByRole('button', { name: 'กลับไปแก้ไข' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dlg.getByRole('button', { name: 'ส่งต่อไป' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dlg.getByRole('button', { name: 'กลับไปแก้ไข' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dlg).toHaveCount(0);
  expect(await sent(page)).toEqual([]);

  await confirmButton(page).focus();
  await page.keyboard.press(' ');
  await expect(dlg).toBeVisible();
  expect(await sent(page)).toEqual([]);
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await sent(page)).length).toBe(1);
  await page.waitForTimeout(300);
  expect(await sent(page)).toHaveLength(1);
});

/**
 * send-custom with the budget column blanked: nothing on the page tells the budget type.
 * The project list is drawn by the shared send-flow.js, so this page inlines an edited copy.
 */
function servedWithoutBudgets(): string {
  const html = readFileSync(path.join(FIXTURES, 'send-custom.html'), 'utf8');
  const flow = readFileSync(path.join(ASSETS, 'send-flow.js'), 'utf8');
  const edited = flow.replace("el('td', { class: 'budget', text: p.budget })", "el('td', { class: 'budget', text: '-' })");
  if (edited === flow) throw new Error('send-flow.js changed: update servedWithoutBudgets()');
  const tag = '<script src="/replica-assets/send-flow.js"></script>';
  const out = html.replace(tag, () => `<script>\n${edited}</script>`);
  if (out === html) throw new Error('send-custom.html changed: update servedWithoutBudgets()');
  return out;
}

test('budget unknown: the dialog asks, remembers the answer for the project; the settings default is used', async ({ page, sw }) => {
  extraPages.set('send-nobudget', servedWithoutBudgets());
  try {
    await openSend(page, 'send-nobudget', PROJECT.cluster);
    await choose(page, 'send-custom', RIGHT['send-custom'].cluster);
    await confirmButton(page).click();
    const dlg = guardDialog(page);
    await expect(dlg).toBeVisible();
    await expect(dlg).toContainText('โครงการนี้ใช้งบประมาณประเภทใด');
    await dlg.getByRole('button', { name: 'งบกลุ่มจังหวัด' }).click();
    await expect(dlg).toContainText('ผู้อนุมัติที่เลือกตรงกับประเภทงบแล้ว');
    await expect(dlg).toContainText(EXPECTED.cluster);
    await expect(dlg.getByRole('button', { name: 'ส่งต่อไป' })).toBeFocused();
    await expect.poll(async () => (await storageGet(sw))[`project:id:${PROJECT.cluster}`]?.budgetType).toBe('cluster');
    await dlg.getByRole('button', { name: 'ส่งต่อไป' }).click();
    await expect.poll(async () => (await sent(page)).length).toBe(1);

    // the same project later: the answer is remembered, a right send passes, a wrong one names the recipient
    await openSend(page, 'send-nobudget', PROJECT.cluster);
    await choose(page, 'send-custom', RIGHT['send-custom'].provincial);
    await confirmButton(page).click();
    await expect(dlg).toContainText(EXPECTED.cluster);
    await expect(dlg).toContainText('ตามที่คุณเคยระบุ');
    await dlg.getByRole('button', { name: 'กลับไปแก้ไข' }).click();
    await choose(page, 'send-custom', RIGHT['send-custom'].cluster);
    await confirmButton(page).click();
    await expect(sendDialog(page)).toBeHidden();
    await expect(guardDialog(page)).toHaveCount(0);
    expect(await sent(page)).toHaveLength(2);

    // another project with the agency's default budget type from the settings
    await setStorage(sw, { settings: { defaultBudgetType: 'provincial' } });
    await openSend(page, 'send-nobudget', PROJECT.provincial);
    await choose(page, 'send-custom', RIGHT['send-custom'].cluster);
    await confirmButton(page).click();
    await expect(dlg).toContainText(EXPECTED.provincial);
    await expect(dlg).toContainText('จากค่าเริ่มต้นในการตั้งค่า');
    await dlg.getByRole('button', { name: 'กลับไปแก้ไข' }).click();
    expect(await sent(page)).toHaveLength(2);
  } finally {
    extraPages.delete('send-nobudget');
  }
});

test('budget remembered from the M6 form of the same project (by name) when the send list shows none', async ({ page }) => {
  extraPages.set('send-nobudget', servedWithoutBudgets());
  try {
    await page.goto(`${ORIGIN}/replica/m6-native/report/1?state=complete`);
    await expect(page.locator('emenscr-assistant .ea-summary')).toContainText('ครบถ้วนแล้ว');
    await openSend(page, 'send-nobudget', M6_PROJECT);
    await choose(page, 'send-custom', RIGHT['send-custom'].cluster);
    await expect(page.locator('emenscr-assistant [data-testid="send-check"]')).toContainText('จากหน้าโครงการที่เคยเปิด');
    await confirmButton(page).click();
    const dlg = guardDialog(page);
    await expect(dlg).toContainText(EXPECTED.provincial);
    await expect(dlg).toContainText('แหล่งงบประมาณ: งบจังหวัด (จากหน้าโครงการที่เคยเปิด)');
    await expect(dlg.locator('[data-problem="unmet"]')).toHaveCount(0);
    await dlg.getByRole('button', { name: 'กลับไปแก้ไข' }).click();
    await choose(page, 'send-custom', RIGHT['send-custom'].provincial);
    await confirmButton(page).click();
    await expect(sendDialog(page)).toBeHidden();
    await expect(guardDialog(page)).toHaveCount(0);
    expect(await sent(page)).toMatchObject([{ projectId: M6_PROJECT, recipient: RIGHT['send-custom'].provincial }]);
  } finally {
    extraPages.delete('send-nobudget');
  }
});

test('send-custom: the row’s own send button (not the context menu) also tells the budget type', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/send-custom/progress`);
  await page.locator(`tr[data-project-id="${PROJECT.cluster}"]`).getByRole('button', { name: 'ส่งรายงาน' }).click();
  await expect(sendDialog(page)).toBeVisible();
  await choose(page, 'send-custom', RIGHT['send-custom'].provincial);
  await confirmButton(page).click();
  const dlg = guardDialog(page);
  await expect(dlg).toContainText(EXPECTED.cluster);
  await expect(dlg).toContainText('(จากรายการโครงการ)');
  await dlg.getByRole('button', { name: 'กลับไปแก้ไข' }).click();
  await choose(page, 'send-custom', RIGHT['send-custom'].cluster);
  await confirmButton(page).click();
  await expect(sendDialog(page)).toBeHidden();
  expect(await sent(page)).toMatchObject([{ projectId: PROJECT.cluster, recipient: RIGHT['send-custom'].cluster }]);
});

test('the popup and the panel show the send step: budget type, approver, verdict', async ({ page, context, sw, extensionId }) => {
  await openSend(page, 'send-custom', PROJECT.cluster);
  await choose(page, 'send-custom', RIGHT['send-custom'].provincial);
  const inPanel = page.locator('emenscr-assistant [data-testid="send-check"]');
  await expect(inPanel).toContainText('งบกลุ่มจังหวัด');
  await expect(inPanel).toContainText('จากรายการโครงการ');
  await expect(inPanel).toContainText('ไม่ถูกต้อง: ต้องส่งถึง ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด');
  // the wrong approver is an unmet check on the toolbar badge too
  await expect.poll(() => badgeText(sw, page)).toBe('1');
  const tabId = await tabIdOf(sw, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  const card = popup.getByTestId('send-check');
  await expect(card).toContainText('งบกลุ่มจังหวัด');
  await expect(card).toContainText(RIGHT['send-custom'].provincial);
  await expect(card).toHaveAttribute('data-verdict', 'mismatch');
  // the popup follows the page
  await page.bringToFront();
  await choose(page, 'send-custom', RIGHT['send-custom'].cluster);
  await expect(card).toHaveAttribute('data-verdict', 'match', { timeout: 5000 });
  await expect(card).toContainText('ถูกต้อง: ส่งถึง ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด');
  await expect.poll(() => badgeText(sw, page)).toBe('');
});
