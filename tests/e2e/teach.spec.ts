/**
 * Issue 14: corrections from the panel, end to end in Chromium with the built extension.
 * The replica tests/fixtures/teach.html leaves ไตรมาสที่รายงาน, รหัสภายในหน่วยงาน,
 * ผลการดำเนินงาน and ปัญหา/อุปสรรค empty, and holds the money spent under a label no
 * profile knows ("ยอดสะสม ณ สิ้นงวด (บาท)", 250,000 against 100,000 allocated).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from '@playwright/test';
import { test, expect, ORIGIN, panel, panelItems, itemTexts, launchWithExtension } from './harness';

const URL_OVER = `${ORIGIN}/replica/teach/report/1`;
const empty = (label: string) => `ต้องแก้ไข ยังไม่ได้กรอก: ${label}`;
const EMPTY_FIELDS = ['ไตรมาสที่รายงาน', 'รหัสภายในหน่วยงาน', 'ผลการดำเนินงาน', 'ปัญหา/อุปสรรค'];
const normalise = (t: string) => t.replace(/[✕!]/g, '').replace(/\s+/g, ' ').trim();

async function texts(page: Page): Promise<string[]> {
  return (await itemTexts(page)).map(normalise);
}

/** The finding of an empty field, and its menu button. */
function itemOf(page: Page, label: string) {
  return panelItems(page).filter({ hasText: `ยังไม่ได้กรอก: ${label}` });
}

async function open(page: Page, url = URL_OVER): Promise<string[]> {
  await page.goto(url);
  await expect(panel(page)).toBeVisible();
  await expect.poll(() => texts(page)).toEqual(expect.arrayContaining(EMPTY_FIELDS.map(empty)));
  return texts(page);
}

async function choose(page: Page, label: string, item: string) {
  const button = itemOf(page, label).getByRole('button', { name: /^ตัวเลือก/ });
  await button.click();
  await page.getByRole('menuitem', { name: item }).click();
}

test.describe.configure({ mode: 'serial' });

test('"ไม่ต้องตรวจช่องนี้" removes that finding only; it stays gone after reload and a browser restart; "ช่องที่ไม่ได้ตรวจ" brings it back', async () => {
  test.setTimeout(150_000); // two browser launches
  const dir = await mkdtemp(path.join(tmpdir(), 'ea-teach-'));
  let context: BrowserContext | null = await launchWithExtension(dir);
  try {
    let page = context.pages()[0] ?? (await context.newPage());
    const before = await open(page);
    await choose(page, 'รหัสภายในหน่วยงาน', 'ไม่ต้องตรวจช่องนี้');
    const want = before.filter((t) => t !== empty('รหัสภายในหน่วยงาน'));
    expect(want).toHaveLength(before.length - 1);
    await expect.poll(() => texts(page)).toEqual(want);
    await expect(panel(page).getByRole('button', { name: 'ช่องที่ไม่ได้ตรวจ (1)' })).toBeVisible();

    await page.reload();
    await expect(panel(page)).toBeVisible();
    await expect.poll(() => texts(page)).toEqual(want);

    // SPA navigation to another project of the same screen
    await page.getByRole('link', { name: 'โครงการถัดไป' }).click();
    await expect(page).toHaveURL(/\/report\/2$/);
    await expect(page.locator('#f-name')).toHaveValue('โครงการพัฒนาแหล่งท่องเที่ยวชุมชน');
    await expect.poll(() => texts(page)).toEqual(want);

    // browser restart with the same profile directory
    await context.close();
    context = await launchWithExtension(dir);
    page = context.pages()[0] ?? (await context.newPage());
    await page.goto(URL_OVER);
    await expect(panel(page)).toBeVisible();
    await expect.poll(() => texts(page)).toEqual(want);

    await panel(page).getByRole('button', { name: 'ช่องที่ไม่ได้ตรวจ (1)' }).click();
    const dialog = page.getByRole('dialog', { name: 'ช่องที่ไม่ได้ตรวจ' });
    await expect(dialog).toBeVisible();
    await dialog.getByRole('button', { name: 'กลับมาตรวจ: รหัสภายในหน่วยงาน' }).click();
    await expect.poll(() => texts(page)).toEqual(before);
    await expect(panel(page).getByRole('button', { name: 'ช่องที่ไม่ได้ตรวจ (0)' })).toBeVisible();
  } finally {
    await context?.close();
    await rm(dir, { recursive: true, force: true });
  }
});

test('"แก้ชื่อช่อง…" shows the new name in the finding', async ({ page }) => {
  const before = await open(page);
  await choose(page, 'ปัญหา/อุปสรรค', 'แก้ชื่อช่อง…');
  const dialog = page.getByRole('dialog', { name: 'แก้ชื่อช่อง' });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel('ชื่อที่ใช้เรียกช่องนี้').fill('ปัญหาที่พบในไตรมาสนี้');
  await dialog.getByRole('button', { name: 'บันทึกชื่อ' }).click();
  const want = before.map((t) => (t === empty('ปัญหา/อุปสรรค') ? empty('ปัญหาที่พบในไตรมาสนี้') : t)).sort();
  await expect.poll(() => texts(page)).toEqual(want);
  await page.reload();
  await expect.poll(() => texts(page)).toEqual(want);
});

test('a field mapped to "ผลการเบิกจ่าย" makes the spent ≤ allocation rule work where it could not before', async ({ page }) => {
  const spentLabel = 'ยอดสะสม ณ สิ้นงวด (บาท)';
  const over = 'ผลการเบิกจ่าย 250,000 บาท มากกว่างบประมาณที่ได้รับจัดสรร 100,000 บาท';
  await page.goto(`${ORIGIN}/replica/teach/report/1?spent=`);
  await expect(panel(page)).toBeVisible();
  await expect(itemOf(page, spentLabel)).toHaveCount(1);
  // unmapped: the amount is read as a field like any other, the rule cannot tell it is money spent
  await page.locator('#f-spent').fill('250000');
  await expect(itemOf(page, spentLabel)).toHaveCount(0);
  expect((await texts(page)).some((t) => t.includes('มากกว่างบประมาณ'))).toBe(false);
  await page.locator('#f-spent').fill('');
  await expect(itemOf(page, spentLabel)).toHaveCount(1);

  await choose(page, spentLabel, 'ช่องนี้คือ…');
  const dialog = page.getByRole('dialog', { name: 'ช่องนี้คือ…' });
  await dialog.getByRole('radio', { name: 'ผลการเบิกจ่าย' }).check();
  await dialog.getByRole('button', { name: 'บันทึก' }).click();
  await expect(dialog).toBeHidden();
  await page.locator('#f-spent').fill('250000');
  await expect.poll(() => texts(page)).toContain(`ต้องแก้ไข ${over}`);
  // within the allocation: no finding
  await page.locator('#f-spent').fill('50000');
  await expect.poll(async () => (await texts(page)).some((t) => t.includes('มากกว่างบประมาณ'))).toBe(false);
});
