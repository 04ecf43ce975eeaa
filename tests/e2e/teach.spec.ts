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
import { createRequire } from 'node:module';
import { test, expect, ORIGIN, panel, panelItems, itemTexts, launchWithExtension } from './harness';
import { withPolicy } from './policy-file';

const require = createRequire(import.meta.url);

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

async function exportProfile(page: Page, extensionId: string): Promise<any> {
  await page.goto(`chrome-extension://${extensionId}/options.html`);
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'ส่งออกโปรไฟล์ (JSON)' }).click()]);
  return JSON.parse(Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8'));
}

test('export → reset → import of the profile restores the corrections; the options page lists them', async ({ page, context, extensionId }) => {
  test.setTimeout(150_000); // many steps across two pages on a shared machine
  const before = await open(page);
  await choose(page, 'รหัสภายในหน่วยงาน', 'ไม่ต้องตรวจช่องนี้');
  const want = before.filter((t) => t !== empty('รหัสภายในหน่วยงาน'));
  await expect.poll(() => texts(page)).toEqual(want);

  const options = await context.newPage();
  const exported = await exportProfile(options, extensionId);
  expect(exported.corrections).toHaveLength(1);
  expect(exported.corrections[0]).toMatchObject({ action: { type: 'ignore' }, field: { label: 'รหัสภายในหน่วยงาน', kind: 'text' }, screen: { route: '/replica/teach/report/:id' } });
  const row = options.getByTestId('corrections').getByRole('row').filter({ hasText: 'รหัสภายในหน่วยงาน' });
  await expect(row).toContainText('ไม่ต้องตรวจ');
  await expect(row).toContainText('/replica/teach/report/:id');

  options.once('dialog', (d) => void d.accept());
  await options.getByRole('button', { name: 'คืนค่าโปรไฟล์เริ่มต้น' }).click();
  await expect(options.getByTestId('corrections-none')).toBeVisible();
  await page.bringToFront();
  await expect.poll(() => texts(page)).toEqual(before);

  await options.getByLabel('นำเข้าโปรไฟล์ (ไฟล์ JSON)').setInputFiles({ name: 'p.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(exported)) });
  await expect(options.getByTestId('import-ok')).toBeVisible();
  await expect(row).toContainText('ไม่ต้องตรวจ');
  await page.reload();
  await expect.poll(() => texts(page)).toEqual(want);

  // delete, then undo, from the options page
  await options.getByRole('button', { name: 'ลบ: รหัสภายในหน่วยงาน' }).click();
  await expect(options.getByTestId('corrections-status')).toContainText('ลบการแก้ไขของช่อง "รหัสภายในหน่วยงาน" แล้ว');
  await page.reload();
  await expect.poll(() => texts(page)).toEqual(before);
  await options.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(row).toContainText('ไม่ต้องตรวจ');
  await page.reload();
  await expect.poll(() => texts(page)).toEqual(want);

  // a file with a bad correction is refused, in Thai, and changes nothing
  const bad = structuredClone(exported);
  bad.corrections[0].action = { type: 'concept', concept: 'salary' };
  await options.getByLabel('นำเข้าโปรไฟล์ (ไฟล์ JSON)').setInputFiles({ name: 'bad.json', mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(bad)) });
  await expect(options.getByTestId('import-error')).toContainText('corrections.0.action.concept');
  await expect(row).toContainText('ไม่ต้องตรวจ');
});

test('a correction pushed by policy applies and shows locked', async () => {
  test.setTimeout(150_000);
  // provincial IT collects a correction from a user's exported profile…
  const dir = await mkdtemp(path.join(tmpdir(), 'ea-teach-'));
  let corrections: unknown[] = [];
  const context = await launchWithExtension(dir);
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await open(page);
    await choose(page, 'รหัสภายในหน่วยงาน', 'ไม่ต้องตรวจช่องนี้');
    await expect.poll(() => texts(page)).not.toContain(empty('รหัสภายในหน่วยงาน'));
    const sw = context.serviceWorkers()[0]!;
    corrections = (await exportProfile(page, new URL(sw.url()).host)).corrections;
  } finally {
    await context.close();
    await rm(dir, { recursive: true, force: true });
  }
  expect(corrections).toHaveLength(1);
  // …and pushes it to every user
  await withPolicy('emenscr-assistant-e2e-teach.json', { corrections }, async (ctx, id) => {
    const page = ctx.pages()[0] ?? (await ctx.newPage());
    await page.goto(URL_OVER);
    await expect(panel(page)).toBeVisible();
    await expect.poll(() => texts(page), { timeout: 20_000 }).not.toContain(empty('รหัสภายในหน่วยงาน'));
    await expect(itemOf(page, 'ผลการดำเนินงาน')).toHaveCount(1);
    await panel(page).getByRole('button', { name: 'ช่องที่ไม่ได้ตรวจ (1)' }).click();
    const dialog = page.getByRole('dialog', { name: 'ช่องที่ไม่ได้ตรวจ' });
    await expect(dialog).toContainText('รหัสภายในหน่วยงาน');
    await expect(dialog).toContainText('กำหนดโดยผู้ดูแลระบบ (นโยบายองค์กร)');
    await expect(dialog.getByRole('button', { name: /กลับมาตรวจ/ })).toHaveCount(0);

    const options = await ctx.newPage();
    await options.goto(`chrome-extension://${id}/options.html`);
    const row = options.getByTestId('corrections').getByRole('row').filter({ hasText: 'รหัสภายในหน่วยงาน' });
    // the options page syncs the policy first: slow while Chrome's policy service starts (policy.spec.ts: SLOW)
    await expect(row).toContainText('กำหนดโดยผู้ดูแลระบบ', { timeout: 20_000 });
    await expect(row.getByRole('button')).toHaveCount(0);
  });
});

const MARKER = `MK${Date.now().toString(36)}ZQ`;

test('the page-structure report lists every control, holds no value, and is previewed first', async ({ page }) => {
  await open(page);
  // type a unique marker into every field that takes text, choose an option everywhere else
  const form = page.locator('#report');
  const textFields = form.locator('input[type="text"]:not([readonly]), textarea');
  const n = await textFields.count();
  for (let i = 0; i < n; i++) await textFields.nth(i).fill(`${MARKER}-${i}`);
  const selects = form.locator('select');
  const chosen: string[] = [];
  for (let i = 0; i < (await selects.count()); i++) {
    const s = selects.nth(i);
    const last = s.locator('option').last();
    chosen.push((await last.textContent())!.trim());
    await s.selectOption({ index: (await s.locator('option').count()) - 1 });
  }
  const projectName = await page.locator('#f-name').inputValue();
  // every control of the form, counted from the page itself
  const controls = await form.locator('input:not([type="hidden"]), select, textarea').count();

  await panel(page).getByRole('button', { name: 'ส่งออกโครงสร้างหน้า' }).click();
  const dialog = page.getByRole('dialog', { name: 'ส่งออกโครงสร้างหน้า' });
  const preview = dialog.getByTestId('report-preview');
  await expect(preview).toBeVisible();
  const shown = (await preview.textContent())!;
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'บันทึกไฟล์' }).click()]);
  const saved = Buffer.concat(await (await download.createReadStream()).toArray()).toString('utf8');
  expect(saved).toBe(shown); // what was previewed is exactly what was saved
  expect(download.suggestedFilename()).toMatch(/^emenscr-page-replica-teach-report-id-\d{4}-\d{2}-\d{2}\.json$/);

  expect(saved).not.toContain(MARKER);
  for (const text of [...chosen, projectName, 'สมชาย', 'สมหญิง']) expect(saved, text).not.toContain(text);
  const report = JSON.parse(saved);
  expect(report.format).toBe('emenscr-assistant-page-report');
  expect(report.screen.route).toBe('/replica/teach/report/:id');
  expect(report.screen.headings).toContain('บันทึกรายงานความก้าวหน้า');
  expect(report.controls).toHaveLength(controls);
  const labels = report.controls.map((c: any) => c.label);
  expect(labels).toEqual(['ชื่อโครงการ', 'ปีงบประมาณ', 'ไตรมาสที่รายงาน', 'รหัสภายในหน่วยงาน', 'งบประมาณที่ได้รับจัดสรร (บาท)', 'ยอดสะสม ณ สิ้นงวด (บาท)', 'ผลการดำเนินงาน', 'ปัญหา/อุปสรรค', 'ผู้รับรองข้อมูล']);
  const cert = report.controls[8];
  expect(cert).toMatchObject({ kind: 'select', widget: 'native-select', labelLayer: 'accessible', labelVia: 'label-for', optionCount: 2, empty: false });
  // every label layer's answer is listed (collect's own layers), the chosen one among them
  const asked = cert.layers.map((l: any) => l.layer);
  expect(asked.filter((l: string) => ['accessible', 'table', 'sibling', 'geometric', 'title'].includes(l))).toEqual(['accessible', 'table', 'sibling', 'geometric', 'title']);
  for (const c of report.controls) expect(c.layers.map((l: any) => l.layer), c.label).toEqual(asked);
  for (const c of report.controls) expect(c.layers.find((l: any) => l.layer === c.labelLayer)?.text, c.label).toBe(c.label);
  expect(cert.shape[0]).toMatchObject({ tag: 'select' });
  expect(cert.shape.map((s: any) => s.tag)).toEqual(['select', 'div', 'section', 'form']);
  expect(report.controls[1].concept).toBe('fiscalYear');
});

test('axe: the finding menu and the report preview have no violations', async ({ page }) => {
  await open(page);
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  const axe = (include: string[]) =>
    page.evaluate(async (sel) => {
      const r = await (window as any).axe.run({ include: [sel] }, { resultTypes: ['violations'] });
      return r.violations.map((v: any) => `${v.id}: ${v.nodes.map((n: any) => n.target.join(' ')).join(', ')}`);
    }, include);
  const button = itemOf(page, 'รหัสภายในหน่วยงาน').getByRole('button', { name: /^ตัวเลือก/ });
  // keyboard: the menu button is reachable and opens on the first item
  await button.focus();
  await page.keyboard.press('Enter');
  const menu = page.getByRole('menu');
  await expect(menu.getByRole('menuitem', { name: 'ไม่ต้องตรวจช่องนี้' })).toBeFocused();
  await page.keyboard.press('ArrowDown');
  await expect(menu.getByRole('menuitem', { name: 'แก้ชื่อช่อง…' })).toBeFocused();
  expect(await axe(['emenscr-assistant', '.ea-panel'])).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(button).toBeFocused();

  await panel(page).getByRole('button', { name: 'ส่งออกโครงสร้างหน้า' }).click();
  await expect(page.getByRole('dialog', { name: 'ส่งออกโครงสร้างหน้า' })).toBeVisible();
  expect(await axe(['emenscr-assistant', 'dialog.ea-teach'])).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: 'ส่งออกโครงสร้างหน้า' })).toBeHidden();
});

// @ts-expect-error plain ESM script (npm run replay)
import { replayHtml } from '../../scripts/replay.mjs';
import { readdirSync, readFileSync } from 'node:fs';

const REPORTS_DIR = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../fixtures/reports');
/** The replica page each fixture report was exported from (scripts/make-report-fixtures.mjs). */
const ORIGINALS: Record<string, string> = {
  teach: '/replica/teach/report/1',
  'm6-native': '/replica/m6-native/report/1?state=partial',
  'm6-table': '/replica/m6-table/report/1?state=partial',
  'm6-custom': '/replica/m6-custom/report/1?state=partial',
};

async function exportReport(page: Page): Promise<any> {
  await panel(page).getByRole('button', { name: 'ส่งออกโครงสร้างหน้า' }).click();
  const preview = page.getByRole('dialog', { name: 'ส่งออกโครงสร้างหน้า' }).getByTestId('report-preview');
  const report = JSON.parse((await preview.textContent())!);
  await page.keyboard.press('Escape');
  return report;
}

const read = (r: any) => r.controls.map((c: any) => ({ label: c.label, kind: c.kind, empty: c.empty, section: c.section }));
const emptyFindings = async (page: Page) => (await texts(page)).filter((t) => t.includes('ยังไม่ได้กรอก'));

for (const file of readdirSync(REPORTS_DIR).filter((f) => f.endsWith('.json'))) {
  const name = file.replace(/\.json$/, '');
  test(`replay of the ${name} report is read as the original was (labels, kinds, sections, empty fields)`, async ({ page }) => {
    test.setTimeout(120_000);
    const report = JSON.parse(readFileSync(path.join(REPORTS_DIR, file), 'utf8'));
    expect(ORIGINALS[name], `the replica ${name} was made from`).toBeDefined();
    // the original replica, as the checker reads it now
    await page.goto(ORIGIN + ORIGINALS[name]);
    await expect(panel(page)).toBeVisible();
    await expect(panel(page).getByRole('button', { name: 'ส่งออกโครงสร้างหน้า' })).toBeVisible();
    const original = await exportReport(page);
    expect(read(original), 'the fixture is up to date (node scripts/make-report-fixtures.mjs)').toEqual(read(report));
    const originalEmpty = await emptyFindings(page);

    // the replay, served at the original route
    const url = ORIGIN + report.screen.route.replace(/:id/g, '1');
    await page.route(url, (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: replayHtml(report) }));
    await page.goto(url);
    await expect(panel(page)).toBeVisible();
    await expect(page).toHaveTitle(/replay/);
    const replayed = await exportReport(page);
    expect(read(replayed)).toEqual(read(report));
    expect(replayed.controls.map((c: any) => c.widget)).toEqual(report.controls.map((c: any) => c.widget));
    expect(replayed.screen.classifiedAs).toBe(report.screen.classifiedAs);
    await expect.poll(() => emptyFindings(page)).toEqual(originalEmpty);
  });
}
