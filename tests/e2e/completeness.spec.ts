/**
 * Issue 2: live completeness checking on every markup style of the M6 replica,
 * with the built extension loaded in Chromium and replicas served at the real URL.
 */
import { test, expect, ORIGIN, panel, panelItems, itemTexts, badgeText, controlsUnderPanel } from './harness';

interface Style {
  name: string;
  spent: string;
  progress: string;
}
const STYLES: Style[] = [
  { name: 'm6-native', spent: 'ผลการเบิกจ่ายงบประมาณ (บาท)', progress: 'ความก้าวหน้าของโครงการ (ร้อยละ)' },
  { name: 'm6-table', spent: 'ผลการใช้จ่ายงบประมาณ (บาท)', progress: 'ร้อยละความก้าวหน้า' },
  { name: 'm6-custom', spent: 'ผลการเบิกจ่ายงบประมาณ (บาท)', progress: 'ความก้าวหน้าของโครงการ (ร้อยละ)' },
];
const PLAN13 = 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13';

/** Each expected finding: [severity word, text the item must contain]. */
function expected(style: Style, state: 'empty' | 'partial' | 'complete'): string[] {
  const empty = (label: string) => `ต้องแก้ไข ยังไม่ได้กรอก: ${label}`;
  const progress = `ต้องแก้ไข ยังไม่ได้ลากแถบความก้าวหน้า (%): ${style.progress}`;
  if (state === 'complete') return [];
  if (state === 'partial') {
    return [progress, empty('ปัญหา/อุปสรรค'), empty('ข้อเสนอแนะ/แนวทางแก้ไข'), `ต้องแก้ไข ยังไม่ได้รายงานความสอดคล้องกับ ${PLAN13}`];
  }
  return [
    empty('ไตรมาสที่รายงาน'),
    empty('สถานะโครงการ'),
    progress,
    empty(style.spent),
    empty('ผลการดำเนินงาน'),
    empty('ปัญหา/อุปสรรค'),
    empty('ข้อเสนอแนะ/แนวทางแก้ไข'),
    'ต้องแก้ไข ยังไม่ได้รายงานความสอดคล้องกับ ยุทธศาสตร์ชาติ',
    `ต้องแก้ไข ยังไม่ได้รายงานความสอดคล้องกับ ${PLAN13}`,
  ];
}

const normalise = (t: string) => t.replace(/[✕!]/g, '').replace(/\s+/g, ' ').trim();

async function openReport(page: import('@playwright/test').Page, style: string, state: string) {
  await page.goto(`${ORIGIN}/replica/${style}/report/1?state=${state}`);
  await expect(panel(page)).toBeVisible();
}

for (const style of STYLES) {
  test.describe(style.name, () => {
    for (const state of ['empty', 'partial', 'complete'] as const) {
      test(`${state} form gives exactly the expected findings and badge`, async ({ page, sw }) => {
        await openReport(page, style.name, state);
        const want = expected(style, state).sort();
        await expect.poll(async () => (await itemTexts(page)).map(normalise)).toEqual(want);
        if (state === 'complete') {
          await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
          await expect.poll(() => badgeText(sw, page)).toBe('');
        } else {
          await expect.poll(() => badgeText(sw, page)).toBe(String(want.length));
        }
        expect(await controlsUnderPanel(page)).toEqual([]);
      });
    }

    test('typing updates the checklist within 300 ms', async ({ page }) => {
      await openReport(page, style.name, 'partial');
      await expect(panelItems(page).filter({ hasText: 'ปัญหา/อุปสรรค' })).toHaveCount(1);
      const field = page.getByLabel('ปัญหา/อุปสรรค', { exact: true }).or(page.locator('tr:has(th:text-is("ปัญหา/อุปสรรค")) textarea'));
      await field.first().click();
      // measure inside the page: from the keystroke's input event to the item leaving the panel
      await page.evaluate(() => {
        const host = document.querySelector('emenscr-assistant')!.shadowRoot!;
        const gone = () => ![...host.querySelectorAll('li.ea-item')].some((li) => li.textContent!.includes('ปัญหา/อุปสรรค'));
        (window as any).__eaElapsed = new Promise<number>((resolve) => {
          document.addEventListener('input', async () => {
            const start = performance.now();
            while (!gone()) {
              if (performance.now() - start > 2000) return resolve(-1);
              await new Promise((r) => setTimeout(r, 2));
            }
            resolve(performance.now() - start);
          }, { once: true, capture: true });
        });
      });
      await page.keyboard.type('ฝ');
      const elapsed = await page.evaluate(() => (window as any).__eaElapsed as Promise<number>);
      expect(elapsed).toBeGreaterThanOrEqual(0);
      expect(elapsed).toBeLessThan(300);
      await expect(panelItems(page)).toHaveCount(3);
    });
  });
}
