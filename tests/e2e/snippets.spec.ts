/**
 * Issue 5: snippets end to end, with the built extension in Chromium and the replicas at
 * the real eMENSCR address: save a filled report from the panel, fill another markup
 * style from it, cascading selects, a text snippet with variables, export / clear /
 * import, and snippets surviving a service-worker restart and a browser restart.
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { BrowserContext, Page, Worker } from '@playwright/test';
import { test, expect, ORIGIN, panel, tabIdOf, launchWithExtension, serviceWorker } from './harness';
// @ts-expect-error plain ESM helper shared with the demo and the benchmark
import { FIXTURES, extraPages } from '../../scripts/replica-server.mjs';
import { CASCADE_HTML, ZOO_HTML } from './widget-zoo';

extraPages.set('snippet-zoo', ZOO_HTML);
extraPages.set('snippet-cascade', CASCADE_HTML);

/** Replicas written by another branch may not be merged yet: say so instead of failing on a 404. */
function needsReplica(name: string): void {
  const file = path.join(FIXTURES, `${name}.html`);
  test.skip(!existsSync(file), `replica tests/fixtures/${name}.html is not in this checkout yet`);
}

// the extension's globals, inside sw.evaluate / page.evaluate callbacks
declare const chrome: any;

const PLAN13 = 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13';

async function openReport(page: Page, style: string, state: string, route = 'report/1'): Promise<void> {
  await page.goto(`${ORIGIN}/replica/${style}/${route}?state=${state}`);
  await expect(panel(page)).toBeVisible();
}

/** "บันทึกฟอร์มนี้เป็นชุดข้อความ…" in the panel: check the preview, name it, save. */
async function saveFormFromPanel(page: Page, name: string, tags = ''): Promise<string[]> {
  await panel(page).getByRole('button', { name: 'บันทึกฟอร์มนี้เป็นชุดข้อความ…' }).click();
  const dialog = page.getByRole('dialog', { name: 'บันทึกฟอร์มนี้เป็นชุดข้อความ' });
  await expect(dialog).toBeVisible();
  const kept = await dialog.locator('tbody tr').evaluateAll((rows) =>
    rows.filter((r) => (r.querySelector('input[type=checkbox]') as HTMLInputElement).checked).map((r) => r.getAttribute('data-label')!),
  );
  await dialog.getByLabel('ชื่อชุดข้อความ').fill(name);
  if (tags) await dialog.getByLabel('ป้ายกำกับ (คั่นด้วยจุลภาค)').fill(tags);
  await dialog.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(panel(page)).toContainText(`บันทึกแล้ว: ${name}`);
  return kept;
}

/** "เติมจากชุดข้อความ…": search the picker, choose with the keyboard, wait for the report. */
async function fillFromPanel(page: Page, name: string): Promise<void> {
  await panel(page).getByRole('button', { name: 'เติมจากชุดข้อความ…' }).click();
  const picker = page.getByRole('dialog', { name: 'เติมฟอร์มจากชุดข้อความ' });
  await expect(picker).toBeVisible();
  await page.keyboard.type(name);
  await expect(picker.getByRole('option').first()).toContainText(name);
  await page.keyboard.press('Enter');
  await expect(picker).toBeHidden();
}

function fillReport(page: Page) {
  return page.getByTestId('fill-report');
}

/** Sends what the background sends for a context-menu click or the keyboard command. */
async function fromBackground(sw: Worker, page: Page, msg: object): Promise<void> {
  const tabId = await tabIdOf(sw, page);
  await sw.evaluate(({ tabId, msg }) => chrome.tabs.sendMessage(tabId, msg), { tabId, msg });
}

async function openLibrary(context: BrowserContext, extensionId: string): Promise<Page> {
  const lib = await context.newPage();
  await lib.goto(`chrome-extension://${extensionId}/library.html`);
  await expect(lib.getByRole('heading', { name: 'คลังข้อความ' })).toBeVisible();
  return lib;
}

/** Every stored snippet, read straight from the extension's IndexedDB (from an extension page). */
async function storedSnippets(lib: Page): Promise<any[]> {
  return lib.evaluate(
    () =>
      new Promise<any[]>((resolve, reject) => {
        const open = indexedDB.open('emenscr-assistant');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('snippets').objectStore('snippets').getAll();
          req.onsuccess = () => {
            db.close();
            resolve((req.result as any[]).sort((a, b) => (a.id < b.id ? -1 : 1)));
          };
          req.onerror = () => reject(req.error);
        };
      }),
  );
}

async function exportAll(lib: Page, dir: string): Promise<string> {
  const [download] = await Promise.all([lib.waitForEvent('download'), lib.getByRole('button', { name: 'ส่งออกทั้งหมด' }).click()]);
  const file = path.join(dir, download.suggestedFilename());
  await download.saveAs(file);
  return file;
}

for (const target of [
  { style: 'm6-custom', spent: 'ผลการเบิกจ่ายงบประมาณ (บาท)' },
  { style: 'm6-table', spent: 'ผลการใช้จ่ายงบประมาณ (บาท)' },
]) {
  test(`a report saved from m6-native fills an empty ${target.style} report completely`, async ({ page }) => {
    needsReplica(target.style);
    await openReport(page, 'm6-native', 'complete');
    await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
    const kept = await saveFormFromPanel(page, 'รายงานไตรมาส ท่องเที่ยวระยอง', 'รายงาน, ท่องเที่ยว');
    // the preview keeps what the user entered and leaves read-only context out
    expect(kept).toEqual(expect.arrayContaining(['ไตรมาสที่รายงาน', 'ความก้าวหน้าของโครงการ (ร้อยละ)', 'ยุทธศาสตร์ชาติ', PLAN13, 'เป้าหมาย']));
    expect(kept).not.toContain('ชื่อโครงการ');
    expect(kept).not.toContain('งบประมาณที่ได้รับจัดสรร (บาท)');

    await openReport(page, target.style, 'empty');
    await expect(panel(page)).toContainText('ยังต้องแก้ไข');
    await fillFromPanel(page, 'รายงานไตรมาส');
    await expect(fillReport(page)).toContainText('เติมแล้ว', { timeout: 20_000 });
    await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
    await expect(page.getByTestId('fill-skipped')).toHaveCount(0);
    // the slider moved and the plan toggles revealed their filled details
    const slider = page.getByRole('slider').first();
    await expect.poll(() => slider.evaluate((el) => el.getAttribute('aria-valuenow') ?? (el as HTMLInputElement).value)).toBe('45');
    await expect(page.getByRole('checkbox', { name: /ยุทธศาสตร์ชาติ$/ }).first()).toBeChecked();
    await expect(fillReport(page).getByTestId('fill-filled')).toContainText('เป้าหมายที่ 1 การท่องเที่ยวไทยเน้นคุณค่า สร้างรายได้สูง', { useInnerText: false });
  });
}

for (const slider of ['keys', 'pointer']) test(`custom widgets (slider by ${slider}): combobox with a detached listbox, radiogroup, toggles, contenteditable, async child list`, async ({ page }) => {
  await openReport(page, 'm6-native', 'complete');
  await saveFormFromPanel(page, 'สำหรับวิดเจ็ต');
  await openReport(page, 'snippet-zoo', `empty&slider=${slider}`);
  await fillFromPanel(page, 'สำหรับวิดเจ็ต');
  await expect(fillReport(page)).toContainText('เติมแล้ว', { timeout: 20_000 });
  await expect(page.getByRole('slider')).toHaveAttribute('aria-valuenow', '45');
  await expect(page.getByRole('combobox', { name: 'ไตรมาสที่รายงาน' })).toHaveText(/ไตรมาสที่ \d/);
  await expect(page.getByRole('radio', { name: 'อยู่ระหว่างดำเนินการ' })).toHaveAttribute('aria-checked', 'true');
  await expect(page.getByRole('combobox', { name: 'เป้าหมาย' }).first()).toHaveText('ประเทศไทยมีขีดความสามารถในการแข่งขันสูงขึ้น');
  await expect(page.getByRole('textbox', { name: 'ผลการดำเนินงาน', exact: true })).toContainText('จัดอบรมเชิงปฏิบัติการ');
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
  // the two unticked plans this page does not have need nothing: no complaint
  await expect(page.getByTestId('fill-skipped')).toHaveCount(0);
  await expect(fillReport(page)).toContainText('มีค่าตรงกันอยู่แล้ว 2 ช่อง');
});

test('asks before overwriting what the user entered, and leaves unnamed fields alone', async ({ page }) => {
  await openReport(page, 'm6-native', 'complete');
  await page.getByLabel('ปัญหา/อุปสรรค').fill(''); // not part of the snippet
  await saveFormFromPanel(page, 'ชุดทดสอบเขียนทับ');
  await openReport(page, 'm6-native', 'partial');
  await page.getByLabel('ปัญหา/อุปสรรค').fill('ข้อความของผู้ใช้');
  await fillFromPanel(page, 'ชุดทดสอบเขียนทับ');
  const ask = page.getByRole('dialog', { name: 'มีข้อมูลอยู่แล้วในบางช่อง' });
  await expect(ask).toBeVisible();
  await expect(ask).toContainText('ผลการเบิกจ่ายงบประมาณ (บาท)');
  await expect(ask).toContainText('350,000');
  await expect(ask).toContainText('675,000');
  await ask.getByRole('button', { name: 'ข้ามช่องที่มีข้อมูลแล้ว' }).click();
  await expect(fillReport(page)).toContainText('ไม่ได้เติม 1 ช่อง', { timeout: 20_000 });
  await expect(page.getByTestId('fill-skipped')).toContainText('ผลการเบิกจ่ายงบประมาณ (บาท) (รายงานผลการดำเนินงาน): ผู้ใช้เลือกไม่เขียนทับ');
  await expect(page.getByLabel('ผลการเบิกจ่ายงบประมาณ (บาท)')).toHaveValue('350,000');
  await expect(page.getByLabel('ปัญหา/อุปสรรค')).toHaveValue('ข้อความของผู้ใช้');
  await expect(page.getByLabel('ข้อเสนอแนะ/แนวทางแก้ไข')).not.toHaveValue('');
});

test('saves one section with fields unticked in the preview, and fills only those', async ({ page }) => {
  await openReport(page, 'm6-native', 'complete');
  await panel(page).getByRole('button', { name: 'บันทึกฟอร์มนี้เป็นชุดข้อความ…' }).click();
  const dialog = page.getByRole('dialog', { name: 'บันทึกฟอร์มนี้เป็นชุดข้อความ' });
  await dialog.locator('select').selectOption({ label: 'เฉพาะหมวด: ความสอดคล้องกับแผน' });
  const preview = dialog.getByTestId('save-preview');
  await expect(preview.locator('tbody tr')).toHaveCount(10); // 4 toggles + 2 plan blocks of 3
  await preview.getByRole('checkbox', { name: 'เก็บ: ผลการดำเนินงานที่สอดคล้อง' }).first().uncheck();
  await expect(dialog.getByRole('status')).toHaveText('จะบันทึก 9 ช่อง');
  await dialog.getByLabel('ชื่อชุดข้อความ').fill('เฉพาะแผน');
  await dialog.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(panel(page)).toContainText('บันทึกแล้ว: เฉพาะแผน');

  await openReport(page, 'm6-native', 'empty');
  await fillFromPanel(page, 'เฉพาะแผน');
  await expect(fillReport(page)).toContainText('เติมแล้ว 7 ช่อง', { timeout: 20_000 }); // 2 toggles + 5 details
  await expect(page.getByLabel('ไตรมาสที่รายงาน')).toHaveValue('');
  await expect(page.locator('#f-ns-text')).toHaveValue('');
  await expect(page.locator('#f-nesdp-text')).not.toHaveValue('');
});

test('native cascading selects three levels deep (child lists load 300–600 ms after their parent)', async ({ page }) => {
  await openReport(page, 'snippet-cascade', 'complete', 'linkage/1');
  await saveFormFromPanel(page, 'สายแผน');
  const selected = () => page.locator('main select').evaluateAll((sels) => sels.map((s) => (s as HTMLSelectElement).selectedOptions[0]?.text ?? ''));
  const want = await selected();
  await openReport(page, 'snippet-cascade', 'empty', 'linkage/1');
  await fillFromPanel(page, 'สายแผน');
  await expect(fillReport(page)).toContainText('เติมแล้ว 5 ช่อง', { timeout: 30_000 });
  await expect(page.getByTestId('fill-skipped')).toHaveCount(0);
  expect(await selected()).toEqual(want);
});

test('cascading selects of the M1 linkage fill in order, waiting for each list to load', async ({ page }) => {
  needsReplica('m1-linkage');
  await openReport(page, 'm1-linkage', 'complete', 'linkage/1');
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
  const kept = await saveFormFromPanel(page, 'ความเชื่อมโยง M1');
  expect(kept.length).toBeGreaterThan(3);
  const want = await page.locator('main select').evaluateAll((sels) =>
    sels.map((s) => ((s as HTMLSelectElement).selectedOptions[0]?.text ?? '').trim()),
  );
  await openReport(page, 'm1-linkage', 'empty', 'linkage/1');
  await expect(panel(page)).toContainText('ยังต้องแก้ไข');
  await fillFromPanel(page, 'ความเชื่อมโยง M1');
  await expect(fillReport(page)).toContainText('เติมแล้ว', { timeout: 30_000 });
  await expect(page.getByTestId('fill-skipped')).toHaveCount(0);
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
  const got = await page.locator('main select').evaluateAll((sels) =>
    sels.map((s) => ((s as HTMLSelectElement).selectedOptions[0]?.text ?? '').trim()),
  );
  expect(got).toEqual(want);
});

test('a text snippet saved from a field inserts at the caret with its variables and a prompt', async ({ page, sw }) => {
  await openReport(page, 'm6-native', 'partial');
  // context menu "บันทึกข้อความในช่องนี้…" on the results field
  // (a real right-click opens the browser's native menu, which headless Chromium cannot show)
  const results = page.getByRole('textbox', { name: 'ผลการดำเนินงาน', exact: true });
  await results.focus();
  await results.dispatchEvent('contextmenu', { button: 2 });
  await fromBackground(sw, page, { type: 'snippets:saveField' });
  const save = page.getByRole('dialog', { name: 'บันทึกข้อความในช่องนี้เป็นข้อความสำเร็จรูป' });
  await expect(save).toBeVisible();
  await expect(save.getByRole('textbox', { name: /ข้อความ/ }).last()).toHaveValue(/จัดอบรมเชิงปฏิบัติการ/);
  await save.getByLabel('ชื่อข้อความ').fill('สรุปไตรมาส');
  await save.getByRole('textbox', { name: /ข้อความ \(ใส่/ }).fill('รายงานไตรมาส {ไตรมาส}/{ปีงบประมาณ} ณ {วันที่}: มีผู้เข้าร่วม {ถาม:จำนวนผู้เข้าร่วม} คน <b>ไม่ใช่ HTML</b>');
  await save.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(save).toBeHidden();

  // Alt+Shift+S (the command sends this) in another field, after some typed text
  const problems = page.getByLabel('ปัญหา/อุปสรรค');
  await problems.click();
  await page.keyboard.type('สรุป: ');
  await fromBackground(sw, page, { type: 'snippets:openPicker', kind: 'text' });
  const picker = page.getByRole('dialog', { name: 'แทรกข้อความที่บันทึกไว้' });
  await expect(picker).toBeVisible();
  // the picker takes focus once drawn (its bundle may still be loading): type only after that,
  // as a person would after seeing the caret in the search box
  await expect(picker.getByRole('searchbox')).toBeFocused();
  await page.keyboard.type('สรุป');
  await expect(picker.getByRole('option')).toHaveCount(1);
  await expect(picker.getByRole('option')).toContainText('คน <b'); // shown as text, not markup
  await expect(picker.locator('b')).toHaveCount(0);
  await page.keyboard.press('ArrowDown'); // wraps to the only item
  await page.keyboard.press('Enter');
  const prompt = page.getByRole('dialog', { name: 'กรอกข้อมูลสำหรับข้อความนี้' });
  await expect(prompt.getByLabel('จำนวนผู้เข้าร่วม')).toBeFocused();
  await page.keyboard.type('120');
  await page.keyboard.press('Enter');
  const { fy, q, today } = await page.evaluate(() => {
    const r = (window as any).__replica;
    const months = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
    const d = new Date();
    return { fy: r.fy, q: r.lastQuarter, today: `${d.getDate()} ${months[d.getMonth()]} ${d.getFullYear() + 543}` };
  });
  await expect(problems).toHaveValue(`สรุป: รายงานไตรมาส ${q}/${fy} ณ ${today}: มีผู้เข้าร่วม 120 คน <b>ไม่ใช่ HTML</b>`);
  await expect(problems).toBeFocused();
  // the checklist saw the edit
  await expect(panel(page).locator('li.ea-item', { hasText: 'ปัญหา/อุปสรรค' })).toHaveCount(0);

  // Escape closes the picker and gives the field its focus back, untouched
  await fromBackground(sw, page, { type: 'snippets:openPicker', kind: 'text' });
  await expect(picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(picker).toBeHidden();
  await expect(problems).toBeFocused();

  // a contenteditable box (m6-custom), chosen from the context menu's recent list
  await openReport(page, 'm6-custom', 'partial');
  const box = page.getByRole('textbox', { name: 'ปัญหา/อุปสรรค' });
  await box.click();
  await page.keyboard.type('ก่อน ');
  const snippet = await sw.evaluate(async () => {
    // what the context menu's item sends: the snippet from the store
    const db: IDBDatabase = await new Promise((ok, no) => {
      const r = indexedDB.open('emenscr-assistant');
      r.onsuccess = () => ok(r.result);
      r.onerror = () => no(r.error);
    });
    const all: any[] = await new Promise((ok) => {
      const r = db.transaction('snippets').objectStore('snippets').getAll();
      r.onsuccess = () => ok(r.result);
    });
    db.close();
    return all.find((s) => s.name === 'สรุปไตรมาส');
  });
  await fromBackground(sw, page, { type: 'snippets:insert', snippet });
  await expect(prompt.getByLabel('จำนวนผู้เข้าร่วม')).toBeFocused();
  await page.keyboard.type('80');
  await page.keyboard.press('Enter');
  await expect(box).toHaveText(`ก่อน รายงานไตรมาส ${q}/${fy} ณ ${today}: มีผู้เข้าร่วม 80 คน <b>ไม่ใช่ HTML</b>`);
  await expect(box.locator('b')).toHaveCount(0);
  await expect(panel(page).locator('li.ea-item', { hasText: 'ปัญหา/อุปสรรค' })).toHaveCount(0);
});

test('export, clear, import: every snippet comes back unchanged; bad files change nothing', async ({ page, context, extensionId, userDataDir }) => {
  await openReport(page, 'm6-native', 'complete');
  await saveFormFromPanel(page, 'ฟอร์มสำรอง', 'สำรอง');
  const lib = await openLibrary(context, extensionId);
  // a text snippet typed in the library editor via duplicate + edit
  await lib.getByRole('button', { name: 'ทำสำเนา ฟอร์มสำรอง' }).click();
  await expect(lib.getByText('ฟอร์มสำรอง (สำเนา)', { exact: true })).toBeVisible();
  const before = await storedSnippets(lib);
  expect(before).toHaveLength(2);

  const file = await exportAll(lib, userDataDir);
  const exported = JSON.parse(await readFile(file, 'utf8'));
  expect(exported.format).toBe('emenscr-assistant-snippets');
  expect(exported.snippets).toHaveLength(2);

  await lib.getByRole('button', { name: 'ล้างคลัง' }).click();
  await lib.getByRole('button', { name: 'ลบทั้งหมด' }).click();
  await expect(lib.getByText('ยังไม่มีข้อความในคลัง')).toBeVisible();
  expect(await storedSnippets(lib)).toEqual([]);

  // a malformed file and a file from a newer version: clear Thai messages, nothing stored
  const bad = path.join(userDataDir, 'bad.json');
  await writeFile(bad, '{"format": "emenscr-assistant-snippets", "version": 1, "snippets": [');
  await lib.getByTestId('import-file').setInputFiles(bad);
  await expect(lib.getByTestId('library-error')).toContainText('ไม่ใช่ไฟล์ JSON ที่ถูกต้อง');
  const newer = path.join(userDataDir, 'newer.json');
  await writeFile(newer, JSON.stringify({ ...exported, version: 2 }));
  await lib.getByTestId('import-file').setInputFiles(newer);
  await expect(lib.getByTestId('library-error')).toContainText('ไฟล์นี้มาจากรุ่นที่ใหม่กว่า');
  const invalid = path.join(userDataDir, 'invalid.json');
  await writeFile(invalid, JSON.stringify({ ...exported, snippets: [exported.snippets[0], { ...exported.snippets[1], name: '' }] }));
  await lib.getByTestId('import-file').setInputFiles(invalid);
  await expect(lib.getByTestId('library-error')).toContainText('snippets.1.name');
  expect(await storedSnippets(lib)).toEqual([]);

  await lib.getByTestId('import-file').setInputFiles(file);
  await expect(lib.getByTestId('library-toast')).toContainText('นำเข้า 2 รายการ');
  await expect(lib.getByTestId('library-error')).toHaveCount(0);
  expect(await storedSnippets(lib)).toEqual(before);

  // importing the same file again adds nothing (identical snippets are not duplicated)
  await lib.getByTestId('import-file').setInputFiles(file);
  await expect(lib.getByTestId('library-toast')).toContainText('นำเข้า 0 รายการ, ข้าม 2');
  expect(await storedSnippets(lib)).toEqual(before);
});

test('delete with undo, edit and conflicts on import in the library', async ({ page, context, extensionId, userDataDir }) => {
  await openReport(page, 'm6-native', 'complete');
  await saveFormFromPanel(page, 'ชุดแก้ไข');
  const lib = await openLibrary(context, extensionId);
  const file = await exportAll(lib, userDataDir);

  await lib.getByRole('button', { name: 'ลบ ชุดแก้ไข' }).click();
  await expect(lib.getByTestId('library-toast')).toContainText('ลบ "ชุดแก้ไข" แล้ว');
  await lib.getByRole('button', { name: 'เลิกทำ' }).click();
  await expect(lib.getByText('ชุดแก้ไข', { exact: true })).toBeVisible();

  await lib.getByRole('button', { name: 'แก้ไข ชุดแก้ไข' }).click();
  const editor = lib.getByTestId('snippet-editor');
  await editor.getByLabel('ชื่อชุดข้อความ').fill('ชุดแก้ไข ใหม่');
  await editor.getByRole('textbox', { name: 'ผลการเบิกจ่ายงบประมาณ (บาท)' }).fill('700,000');
  await editor.getByRole('button', { name: 'บันทึก', exact: true }).click();
  await expect(lib.getByText('ชุดแก้ไข ใหม่', { exact: true })).toBeVisible();
  const edited = (await storedSnippets(lib))[0];
  expect(edited.fields.find((f: any) => f.label === 'ผลการเบิกจ่ายงบประมาณ (บาท)').value).toBe('700,000');

  // the old export has the same id with other content: the user decides
  await lib.getByTestId('import-file').setInputFiles(file);
  const conflicts = lib.getByTestId('import-conflicts');
  await expect(conflicts).toContainText('"ชุดแก้ไข": รหัสเดียวกับรายการในคลังแต่เนื้อหาต่างกัน');
  await conflicts.getByRole('radio', { name: 'เก็บทั้งสอง' }).check();
  await conflicts.getByRole('button', { name: 'นำเข้า', exact: true }).click();
  await expect(lib.getByText('ชุดแก้ไข (นำเข้า)', { exact: true })).toBeVisible();
  expect(await storedSnippets(lib)).toHaveLength(2);
});

test('snippets survive a service-worker restart and a browser restart', async ({ page, context, extensionId, userDataDir }) => {
  test.setTimeout(90_000);
  await openReport(page, 'm6-native', 'complete');
  await saveFormFromPanel(page, 'ชุดที่ต้องอยู่รอด');

  // stop the service worker, then use it again: it starts and reads the same database
  const cdp = await context.newCDPSession(page);
  const status = new Map<string, string>();
  cdp.on('ServiceWorker.workerVersionUpdated', (e: any) => {
    for (const v of e.versions) if (String(v.scriptURL).includes(extensionId)) status.set(v.versionId, v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  await expect.poll(() => [...status.values()]).toContain('running');
  await cdp.send('ServiceWorker.stopAllWorkers');
  await expect.poll(() => [...status.values()], { timeout: 10_000 }).toEqual(['stopped']);
  await openReport(page, 'm6-native', 'empty');
  await fillFromPanel(page, 'ชุดที่ต้องอยู่รอด');
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว', { timeout: 20_000 });
  expect([...status.values()]).toContain('running');

  // close the whole browser and start it again on the same profile
  await context.close();
  const again = await launchWithExtension(userDataDir);
  try {
    const sw = await serviceWorker(again);
    const page2 = again.pages()[0] ?? (await again.newPage());
    await openReport(page2, 'm6-native', 'empty');
    await fillFromPanel(page2, 'ชุดที่ต้องอยู่รอด');
    await expect(panel(page2)).toContainText('ครบถ้วนแล้ว', { timeout: 20_000 });
    const lib = await openLibrary(again, new URL(sw.url()).host);
    const stored = await storedSnippets(lib);
    expect(stored.map((s) => [s.name, s.useCount])).toEqual([['ชุดที่ต้องอยู่รอด', 2]]);
    expect(extensionId).toBe(new URL(sw.url()).host);
  } finally {
    await again.close();
  }
});

test('the popup lists snippets: a form snippet fills the tab; the library is one click away', async ({ page, context, sw, extensionId }) => {
  await openReport(page, 'm6-native', 'complete');
  await saveFormFromPanel(page, 'จากป๊อปอัป');
  await openReport(page, 'm6-native', 'empty');
  const tabId = await tabIdOf(sw, page);
  const popup = await context.newPage();
  await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
  const list = popup.getByRole('region', { name: 'ข้อความสำเร็จรูป' });
  await list.getByRole('button', { name: /จากป๊อปอัป/ }).click();
  await page.bringToFront();
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว', { timeout: 20_000 });
  await expect(fillReport(page)).toContainText('ผลการเติมจาก "จากป๊อปอัป"');
  // the library is one click away
  const [lib] = await Promise.all([context.waitForEvent('page'), list.getByRole('button', { name: /คลังข้อความ/ }).click()]);
  await expect(lib).toHaveURL(/library\.html$/);
});
