/**
 * Issue 9 item 5: the project-entry screens M2–M5 with the built extension loaded in Chromium,
 * replicas served at the real address. Each replica is loaded complete (no finding at all: no
 * false error, and no M6-only finding such as the progress bar or plan linkage) and in states
 * that leave chosen fields empty or make them inconsistent; the expected findings are written
 * from what each state (documented at the top of each replica) empties or changes, with the
 * fiscal year fixed at 2568 (01/10/2567 – 30/09/2568).
 */
import { test, expect, ORIGIN, panel, badgeText } from './harness';
import { itemTexts } from './harness';

const FY = 2568;
const normalise = (t: string) => t.replace(/[✕!]/g, '').replace(/\s+/g, ' ').trim();
const empty = (label: string) => `ต้องแก้ไข ยังไม่ได้กรอก: ${label}`;
const error = (text: string) => `ต้องแก้ไข ${text}`;

interface Page {
  /** test title (replica name, and its variant) */
  title: string;
  name: string;
  /** extra query of a variant (another front end of the same screen) */
  query?: string;
  route: string;
  /** what the panel names the screen */
  screen: string;
  /** every editable field, as a person reads its label (read-only and disabled ones left out) */
  fields: string[];
  /** state → the fields it leaves empty (complete: none) and the cross-field findings it causes */
  states: Record<string, { emptied: string[]; findings: string[] }>;
}

const PAGES: Page[] = [
  {
    title: 'm2-general',
    name: 'm2-general',
    route: 'general/1',
    screen: 'ข้อมูลทั่วไปของโครงการ (M2)',
    fields: ['ชื่อโครงการ/การดำเนินงาน', 'ประเภทโครงการ', 'วันที่เริ่มต้นโครงการ', 'วันที่สิ้นสุดโครงการ', 'วงเงินงบประมาณ (บาท)', 'แหล่งงบประมาณ', 'ชื่อ-สกุล', 'ตำแหน่ง', 'โทรศัพท์', 'อีเมล'],
    states: {
      partial: { emptied: ['ประเภทโครงการ', 'ตำแหน่ง', 'อีเมล'], findings: [] },
      // period typed one year early: 01/10/2566 – 30/09/2567, wholly before FY2568
      mismatch: { emptied: [], findings: [error('ระยะเวลาโครงการ 01/10/2566 – 30/09/2567 ไม่อยู่ในปีงบประมาณ 2568 (01/10/2567 – 30/09/2568): ตรวจสอบปี พ.ศ. ที่กรอก')] },
      reversed: { emptied: [], findings: [error('วันเริ่มต้นโครงการ 01/06/2568 อยู่หลังวันสิ้นสุด 01/03/2568')] },
    },
  },
  {
    title: 'm3-details',
    name: 'm3-details',
    route: 'details/1',
    screen: 'รายละเอียดโครงการ (M3)',
    fields: [
      'หลักการและเหตุผล', 'วัตถุประสงค์ข้อที่ 1', 'วัตถุประสงค์ข้อที่ 2', 'กลุ่มเป้าหมาย/ผู้รับประโยชน์',
      'ชื่อตัวชี้วัด (ตัวชี้วัดที่ 1)', 'ค่าเป้าหมาย (ตัวชี้วัดที่ 1)', 'หน่วยนับ (ตัวชี้วัดที่ 1)', 'ประเภทตัวชี้วัด (ตัวชี้วัดที่ 1)',
      'ชื่อตัวชี้วัด (ตัวชี้วัดที่ 2)', 'ค่าเป้าหมาย (ตัวชี้วัดที่ 2)', 'หน่วยนับ (ตัวชี้วัดที่ 2)', 'ประเภทตัวชี้วัด (ตัวชี้วัดที่ 2)',
      'ผลที่คาดว่าจะได้รับ',
    ],
    states: {
      // a label the form repeats (one per KPI card) is named with its card
      partial: { emptied: ['วัตถุประสงค์ข้อที่ 2', 'ค่าเป้าหมาย (ตัวชี้วัดที่ 2)'], findings: [] },
      mismatch: { emptied: [], findings: [error('ค่าเป้าหมาย ต้องเป็นตัวเลข (พิมพ์ "ร้อยละสิบ")')] },
    },
  },
  {
    title: 'm4-activities',
    name: 'm4-activities',
    route: 'activities/1',
    screen: 'กิจกรรม (M4)',
    fields: [1, 2, 3].flatMap((n) => ['ชื่อกิจกรรม', 'วันที่เริ่มต้น', 'วันที่สิ้นสุด', 'งบประมาณ (บาท)'].map((c) => `กิจกรรมที่ ${n} ${c}`)).concat('พื้นที่ดำเนินการ'),
    states: {
      partial: { emptied: ['กิจกรรมที่ 2 ชื่อกิจกรรม', 'กิจกรรมที่ 3 งบประมาณ (บาท)'], findings: [] },
      // activity 2: 800,000 → 300,000 + 800,000 + 500,000 = 1,600,000 > 1,500,000; activity 3 ends 31/10/2568 > 30/09/2568
      mismatch: {
        emptied: [],
        findings: [
          error('กิจกรรม "ประเมินผลโครงการ" (01/07/2568 – 31/10/2568) อยู่นอกระยะเวลาโครงการ (01/10/2567 – 30/09/2568)'),
          error('งบประมาณกิจกรรมรวม 1,600,000 บาท มากกว่าวงเงินงบประมาณโครงการ 1,500,000 บาท'),
        ],
      },
      reversed: { emptied: [], findings: [error('กิจกรรม "ประชุมเชิงปฏิบัติการสร้างเครือข่ายการท่องเที่ยว": วันเริ่มต้น 31/12/2567 อยู่หลังวันสิ้นสุด 01/11/2567')] },
    },
  },
  {
    title: 'm5-spending',
    name: 'm5-spending',
    route: 'spending/1',
    screen: 'แผนการใช้จ่ายงบประมาณ (M5)',
    fields: ['ประเภทงบรายจ่าย', 'ไตรมาสที่ 1 (ต.ค. – ธ.ค. 2567)', 'ไตรมาสที่ 2 (ม.ค. – มี.ค. 2568)', 'ไตรมาสที่ 3 (เม.ย. – มิ.ย. 2568)', 'ไตรมาสที่ 4 (ก.ค. – ก.ย. 2568)'],
    states: {
      partial: { emptied: ['ประเภทงบรายจ่าย', 'ไตรมาสที่ 3 (เม.ย. – มิ.ย. 2568)'], findings: [] },
      // 300,000 + 500,000 + 400,000 + 200,000 = 1,400,000 ≠ 1,500,000
      mismatch: { emptied: [], findings: [error('แผนการใช้จ่ายรายไตรมาสรวม 1,400,000 บาท ไม่เท่ากับวงเงินงบประมาณ 1,500,000 บาท (ต่างกัน 100,000 บาท)')] },
      notnumber: { emptied: [], findings: [error('ไตรมาสที่ 2 (ม.ค. – มี.ค. 2568) ต้องเป็นตัวเลข (พิมพ์ "ห้าแสน")')] },
    },
  },
  {
    // no step words, no step tabs: recognised by its route and fields; the period is one range field
    title: 'm2-general (plain skin)',
    name: 'm2-general',
    route: 'general/1',
    query: 'skin=plain',
    screen: 'ข้อมูลทั่วไปของโครงการ (M2)',
    fields: ['ชื่อโครงการ/การดำเนินงาน', 'ประเภทโครงการ', 'ระยะเวลาดำเนินโครงการ', 'วงเงินงบประมาณ (บาท)', 'แหล่งงบประมาณ', 'ชื่อ-สกุล', 'ตำแหน่ง', 'โทรศัพท์', 'อีเมล'],
    states: {
      mismatch: { emptied: [], findings: [error('ระยะเวลาโครงการ 01/10/2566 – 30/09/2567 ไม่อยู่ในปีงบประมาณ 2568 (01/10/2567 – 30/09/2568): ตรวจสอบปี พ.ศ. ที่กรอก')] },
    },
  },
  {
    title: 'm5-spending (monthly plan)',
    name: 'm5-spending',
    route: 'spending/1',
    query: 'plan=monthly',
    screen: 'แผนการใช้จ่ายงบประมาณ (M5)',
    fields: ['ประเภทงบรายจ่าย'].concat(
      ['ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'].map((m) => `${m} 2567`),
      ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน'].map((m) => `${m} 2568`),
    ),
    states: {
      partial: { emptied: ['ประเภทงบรายจ่าย', 'มกราคม 2568'], findings: [] },
      // 11 × 125,000 + 25,000 = 1,400,000 ≠ 1,500,000
      mismatch: { emptied: [], findings: [error('แผนการใช้จ่ายรายเดือนรวม 1,400,000 บาท ไม่เท่ากับวงเงินงบประมาณ 1,500,000 บาท (ต่างกัน 100,000 บาท)')] },
    },
  },
];

async function open(page: import('@playwright/test').Page, p: Page, state: string) {
  await page.goto(`${ORIGIN}/replica/${p.name}/${p.route}?state=${state}&fy=${FY}${p.query ? '&' + p.query : ''}`);
  await expect(panel(page)).toBeVisible();
  await expect(panel(page)).toContainText(p.screen);
}

for (const p of PAGES) {
  test.describe(p.title, () => {
    test('complete form: no finding, no badge', async ({ page, sw }) => {
      await open(page, p, 'complete');
      await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
      expect(await itemTexts(page)).toEqual([]);
      await expect.poll(() => badgeText(sw, page)).toBe('');
    });

    test('empty form: every field named once, nothing else', async ({ page, sw }) => {
      await open(page, p, 'empty');
      const want = p.fields.map(empty).sort();
      await expect.poll(async () => (await itemTexts(page)).map(normalise)).toEqual(want);
      await expect.poll(() => badgeText(sw, page)).toBe(String(want.length));
    });

    for (const [state, s] of Object.entries(p.states)) {
      test(`${state}: exactly the fields emptied and the inconsistencies made`, async ({ page }) => {
        await open(page, p, state);
        const want = [...s.emptied.map(empty), ...s.findings].sort();
        await expect.poll(async () => (await itemTexts(page)).map(normalise)).toEqual(want);
      });
    }
  });
}

test('fixing the spending plan clears its finding as the user types', async ({ page }) => {
  const p = PAGES.find((x) => x.title === 'm5-spending')!;
  await open(page, p, 'mismatch');
  await expect.poll(async () => (await itemTexts(page)).length).toBe(1);
  const q4 = page.locator('#f-q4');
  await q4.fill('300,000.00');
  await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
});
