/**
 * Issue 4, "อย่ากดส่งผิด": the send guard on the send replicas (native select + form,
 * custom combobox + div button), for both budget types; the incomplete-report warning
 * (M6 replica → send list, linked by project name); failing open; Enter, Space and
 * requestSubmit; the send step in the popup.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page, Worker } from '@playwright/test';
import { test, expect, ORIGIN, panelItems, tabIdOf } from './harness';
// @ts-expect-error plain ESM helper shared with the demo and the benchmark
import { FIXTURES, extraPages } from '../../scripts/replica-server.mjs';

declare const chrome: any;

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
