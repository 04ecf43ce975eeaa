/**
 * Forms in plain markup no component library draws, in styles the replicas and the zoo do not
 * use (probes of 7 Dec found each defect these pages now hold): a CSS grid of column headers
 * over controls, a legacy label | ":" | control table, labels as divs in a left column, a
 * definition list, captions written as bare text before a control, radios drawn as cards under
 * a caption inside their own box, a KPI table with grouped column headers, rows as hand-made
 * forms write them (plain-rows: floating labels, a caption in its own <p>, a date's three selects,
 * a unit after a wrapped input, boxes folded or faded out of sight, a box drawn disabled by a
 * class); boxes laid out but not seen (plain-offscreen: folded by a transform, clipped, before
 * the document's start, a wizard's other step); a chat box and a cookie bar floating over a
 * report (plain-widgets); checkbox questions without a fieldset under a
 * caption marked required, and "อื่นๆ (โปรดระบุ)" boxes (plain-checks); and send steps:
 * approvers as cards a person clicks (one classed chosen), an approver typed into a text input
 * with a <datalist>, one filled into a read-only box by a lookup, and a table of radios whose
 * labels are names only, the positions in the next cell, and a commit that is a link without
 * href acting through an inline onclick, commits drawn as buttons by a div's CSS and acting
 * through a script listener (a `<div class="btn">`, and a box no class names a button),
 * approvers ticked in a list of checkboxes beside a ticked "ยืนยันว่าข้อมูลถูกต้อง" box, an
 * approver chosen in a lookup dialog and then shown as text, no field holding it; a
 * linkage screen whose plans are chosen, then added to a list (the choosers emptied after each
 * add). Pages: tests/fixtures/plain-*.html, send-cards.html,
 * send-datalist.html, send-lookup.html, send-table-radio.html, send-onclick.html, send-checkbox.html,
 * send-divbtn.html (?commit=css: the commit's class names no button), send-shown.html.
 *
 * Expected findings are written from what each page shows and leaves empty: the label a person
 * reads beside each empty control. None of the PAGES links a plan, so the linkage findings are
 * left out of their comparison (tests/e2e/linkage.spec.ts covers them; plain-linkage-list, the
 * one linkage page here, has its own tests); with every field filled (?state=complete) no field
 * may be reported empty.
 */
import type { Page } from '@playwright/test';
import { test, expect, ORIGIN, panel, itemTexts } from './harness';

const empty = (label: string) => `ต้องแก้ไข ยังไม่ได้กรอก: ${label}`;
const slider = (label: string) => `ต้องแก้ไข ยังไม่ได้ลากแถบความก้าวหน้า (%): ${label}`;
const normalise = (t: string) => t.replace(/[✕!]/g, '').replace(/\s+/g, ' ').trim();
const isLinkage = (t: string) => t.includes('ยังไม่ได้รายงานความสอดคล้องกับ');
const isFieldFinding = (t: string) => t.includes('ยังไม่ได้กรอก') || t.includes('ยังไม่ได้ลากแถบ');

const PAGES: Record<string, string[]> = {
  // column headers over controls in one CSS grid; "*" in an <abbr> and an ⓘ link; a help button;
  // "หน่วย: ครั้ง" in a muted <small>; a muted "(ชื่อ-นามสกุล)" after a label (the file input and
  // the unticked optional checkbox are no findings)
  'plain-grid': ['ไตรมาสที่รายงาน', 'ร้อยละความก้าวหน้า', 'ผลการเบิกจ่าย (บาท)', 'ผลการดำเนินงาน', 'ปัญหา/อุปสรรค', 'ตัวชี้วัด', 'ผู้รับผิดชอบ'],
  'plain-legacy': ['ไตรมาสที่รายงาน', 'ผลการเบิกจ่าย', 'ผลการดำเนินงาน', 'ปัญหา/อุปสรรค', 'สถานะโครงการ', 'วันที่รายงาน'],
  // "ลักษณะงาน*" over two checkboxes in the right column: one question (no fieldset, no role)
  'plain-horizontal': ['ไตรมาส', 'ร้อยละความก้าวหน้า', 'งบประมาณที่เบิกจ่าย', 'ผลการดำเนินงาน', 'ลักษณะงาน'],
  'plain-dl': ['ไตรมาสที่รายงาน', 'ผลการดำเนินงาน', 'ผลการเบิกจ่ายงบประมาณ', 'ปัญหาและอุปสรรค', 'ข้อเสนอแนะ'],
  // the read-only total and the disabled computed share are no findings
  'plain-captions': ['ผลการดำเนินงาน', 'สถานะโครงการ', 'ผลการเบิกจ่ายสะสม (บาท)'],
  // captions as plain cells over controls; floating labels; a caption in its own <p>; one caption
  // before a date's three selects; "… <input> คน" (the unit is no part of the name); the folded
  // "โปรดระบุ" box and the faded next step are not shown, and "ระบุแหล่งเงิน" is drawn disabled, so
  // no findings
  'plain-rows': [
    'ไตรมาสที่รายงาน',
    'ผลการเบิกจ่าย (บาท)',
    'ร้อยละความก้าวหน้า',
    'ผลการดำเนินงาน',
    'สถานะโครงการ',
    'ปัญหาและอุปสรรค',
    'ข้อเสนอแนะ',
    'วันที่เริ่มดำเนินการ',
    'วันที่เริ่มดำเนินการ',
    'วันที่เริ่มดำเนินการ',
    'ประเภทผลผลิต',
    'แหล่งเงินสมทบ',
    'จำนวนผู้ได้รับประโยชน์',
    'ชื่อ-สกุล',
    'โทรศัพท์',
  ],
  // boxes laid out where no one sees them (folded by scaleY(0), visually hidden, clipped by
  // clip-path, shrunk by scale(0), spam traps before the document's start, a wizard's next step
  // beside the shown one) are no findings; the box far down a scrolling pane is one
  'plain-offscreen': ['ไตรมาสที่รายงาน', 'ผลการเบิกจ่าย (บาท)', 'ผลการดำเนินงาน', 'ประเภทผลผลิต', 'แหล่งงบประมาณ', 'ข้อเสนอแนะ', 'ผู้รายงาน'],
  // captions marked required over checkboxes (a CSS star, a red span) are one question each; the
  // unmarked group and the lone consent box are optional ticks; the "โปรดระบุ" boxes of unchosen
  // "อื่นๆ" options are nothing to fill
  'plain-checks': ['ผลการดำเนินงาน', 'กลุ่มเป้าหมาย', 'ประเด็นที่เกี่ยวข้อง', 'สถานะโครงการ'],
  // the help-desk chat box floating in a corner, the cookie bar's tick: no part of the report
  'plain-widgets': ['ไตรมาสที่รายงาน', 'ผลการเบิกจ่าย (บาท)', 'ผลการดำเนินงาน', 'ผู้รายงาน'],
  'plain-kpi': [
    'จำนวนผู้เข้ารับการอบรม – ผลการดำเนินงาน ไตรมาสนี้',
    'จำนวนผู้เข้ารับการอบรม – ผลการดำเนินงาน สะสม',
    'ร้อยละความพึงพอใจ – ผลการดำเนินงาน สะสม',
  ],
};
/** The one range input, never dragged on the empty page. */
const SLIDERS: Record<string, string> = { 'plain-legacy': 'ความก้าวหน้าของโครงการ' };

/** Where the page leaves no free column the panel is an edge tab: open it as a person would. */
async function openPanel(page: Page): Promise<void> {
  await page.locator('emenscr-assistant .ea-tab, emenscr-assistant .ea-panel').first().waitFor({ state: 'visible' });
  const tab = page.locator('emenscr-assistant .ea-tab');
  if (await tab.isVisible()) await tab.click();
  await expect(panel(page)).toBeVisible();
}

async function fieldFindings(page: Page): Promise<string[]> {
  return (await itemTexts(page)).map(normalise).filter((t) => !isLinkage(t));
}

for (const [name, labels] of Object.entries(PAGES)) {
  test(`${name}: each empty field is named by the label a person reads beside it`, async ({ page }) => {
    await page.goto(`${ORIGIN}/replica/${name}/report/1`);
    await openPanel(page);
    const want = [...labels.map(empty), ...(SLIDERS[name] ? [slider(SLIDERS[name]!)] : [])].sort();
    await expect.poll(() => fieldFindings(page)).toEqual(want);
  });

  test(`${name}: the same form filled in has no field reported empty`, async ({ page }) => {
    await page.goto(`${ORIGIN}/replica/${name}/report/1?state=complete`);
    await openPanel(page);
    // the check has run: the linkage findings (no page here links a plan) are listed
    await expect.poll(async () => (await itemTexts(page)).some(isLinkage)).toBe(true);
    expect((await itemTexts(page)).map(normalise).filter(isFieldFinding)).toEqual([]);
  });
}

const missingPlan = (plan: string) => `ต้องแก้ไข ยังไม่ได้รายงานความสอดคล้องกับ ${plan}`;
const STRATEGY = 'ยุทธศาสตร์ชาติ';
const NESDP13 = 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13';
const findings = async (page: Page) => (await itemTexts(page)).map(normalise);

// plans linked the "choose, then add to a list" way: the choosers are emptied after each add and
// the lists show what is linked (tests/fixtures/plain-linkage-list.html; FY2569: ฉบับที่ 13)
test.describe('plain-linkage-list: plans added to a list', () => {
  const url = `${ORIGIN}/replica/plain-linkage-list/linkage/1`;

  test('with the plans listed and the reason written, nothing is reported (the emptied choosers are no findings)', async ({ page }) => {
    await page.goto(`${url}?state=complete`);
    await openPanel(page);
    await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
    expect(await findings(page)).toEqual([]);
  });

  test('with nothing added, both required plans are missing and the empty choosers and reason are named', async ({ page }) => {
    await page.goto(url);
    await openPanel(page);
    // the strategy's own selects are its details (one "missing" finding); the other plans'
    // chooser and detail box, with no entry in their list, are fields left empty
    const want = [missingPlan(STRATEGY), missingPlan(NESDP13), empty('แผน'), empty('รายละเอียดความสอดคล้อง'), empty('อธิบายความสอดคล้องของโครงการกับแผน')].sort();
    await expect.poll(() => findings(page)).toEqual(want);
  });

  test('removing an entry reports its plan at once; adding it back clears it, the emptied selects staying no finding', async ({ page }) => {
    await page.goto(`${url}?state=complete`);
    await openPanel(page);
    await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
    await page.locator('#z-rows').getByRole('button', { name: 'ลบ' }).click();
    await expect.poll(() => findings(page)).toEqual([missingPlan(STRATEGY)]);
    await page.locator('#plan-list li', { hasText: 'ฉบับที่ 13' }).getByRole('link', { name: 'ลบ' }).click();
    await expect.poll(() => findings(page)).toEqual([missingPlan(STRATEGY), missingPlan(NESDP13)].sort());
    await page.getByLabel('ด้าน', { exact: true }).selectOption('ด้านความมั่นคง');
    await page.getByLabel('เป้าหมาย', { exact: true }).selectOption('เป้าหมายที่ 2');
    await page.getByRole('button', { name: '+ เพิ่ม' }).click();
    await expect(page.locator('#z-rows tr')).toHaveCount(1);
    await expect.poll(() => findings(page)).toEqual([missingPlan(NESDP13)]);
    await page.getByLabel('แผน', { exact: true }).selectOption(NESDP13);
    await page.getByRole('button', { name: 'เพิ่ม', exact: true }).click();
    await expect(panel(page)).toContainText('ครบถ้วนแล้ว');
    expect(await findings(page)).toEqual([]);
  });
});

test('plain-rows: the folded "โปรดระบุ" box becomes a field to fill once "อื่นๆ" unfolds it', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/plain-rows/report/1?state=complete`);
  await openPanel(page);
  await expect.poll(async () => (await itemTexts(page)).some(isLinkage)).toBe(true);
  expect((await itemTexts(page)).map(normalise).filter(isFieldFinding)).toEqual([]);
  // the filler wrote into the folded box too: empty it (from script: a person cannot reach it)
  await page.evaluate(() => ((document.getElementById('kind-text') as HTMLInputElement).value = ''));
  await page.getByLabel('ประเภทผลผลิต').selectOption('อื่นๆ');
  await expect.poll(async () => (await itemTexts(page)).map(normalise).filter(isFieldFinding)).toEqual([empty('โปรดระบุ')]);
});

test('plain-rows: the "ระบุแหล่งเงิน" box drawn disabled is no field until "อื่นๆ" enables it', async ({ page }) => {
  await page.goto(`${ORIGIN}/replica/plain-rows/report/1?state=complete`);
  await openPanel(page);
  await expect.poll(async () => (await itemTexts(page)).some(isLinkage)).toBe(true);
  expect((await itemTexts(page)).map(normalise).filter(isFieldFinding)).toEqual([]);
  await page.getByLabel('แหล่งเงินสมทบ').selectOption('อื่นๆ');
  await expect.poll(async () => (await itemTexts(page)).map(normalise).filter(isFieldFinding)).toEqual([empty('ระบุแหล่งเงิน')]);
  await page.getByLabel('ระบุแหล่งเงิน').fill('เงินบริจาค');
  await expect.poll(async () => (await itemTexts(page)).map(normalise).filter(isFieldFinding)).toEqual([]);
});

const fieldsNow = async (page: Page) => (await itemTexts(page)).map(normalise).filter(isFieldFinding);

/** Opens the page filled in, once its check has run (the linkage findings listed), with no field reported empty. */
async function openComplete(page: Page, name: string): Promise<void> {
  await page.goto(`${ORIGIN}/replica/${name}/report/1?state=complete`);
  await openPanel(page);
  await expect.poll(async () => (await itemTexts(page)).some(isLinkage)).toBe(true);
  expect(await fieldsNow(page)).toEqual([]);
}

test('plain-offscreen: a row unfolded is a field to fill, and folded again (after its 0.3 s transition) is none', async ({ page }) => {
  await openComplete(page, 'plain-offscreen');
  await page.getByLabel('ประเภทผลผลิต').selectOption('อื่นๆ');
  await expect.poll(() => fieldsNow(page)).toEqual([empty('โปรดระบุประเภท')]);
  // folding starts at once and ends 0.3 s later: the scan that the class change sets off sees it half drawn
  await page.getByLabel('ประเภทผลผลิต').selectOption('อาคาร');
  await expect.poll(() => fieldsNow(page)).toEqual([]);
  await page.getByLabel('อื่นๆ', { exact: true }).check();
  await expect.poll(() => fieldsNow(page)).toEqual([empty('ระบุแหล่งเงิน')]);
  await page.locator('#src-text').fill('เงินบริจาค');
  await expect.poll(() => fieldsNow(page)).toEqual([]);
});

test('plain-offscreen: the wizard\'s next step slid into view is read, the step slid out is not', async ({ page }) => {
  await openComplete(page, 'plain-offscreen');
  // step 1 filled in: its boxes leave as complete; step 2's one box is empty
  await page.getByRole('button', { name: 'ถัดไป' }).click();
  await expect.poll(() => fieldsNow(page)).toEqual([empty('วันที่ส่งรายงาน')]);
  await page.getByLabel('วันที่ส่งรายงาน').fill('10/01/2569');
  await expect.poll(() => fieldsNow(page)).toEqual([]);
});

test('plain-checks: a "โปรดระบุ" box is to fill, named by its option, only while its "อื่นๆ" is chosen', async ({ page }) => {
  await openComplete(page, 'plain-checks');
  await page.locator('#target-other').check();
  await expect.poll(() => fieldsNow(page)).toEqual([empty('อื่นๆ (โปรดระบุ)')]);
  await page.locator('#target-text').fill('ผู้พิการ');
  await expect.poll(() => fieldsNow(page)).toEqual([]);
  // a radio: choosing "อื่นๆ" asks for its box; choosing another option again does not
  await page.locator('#status-other').check();
  await expect.poll(() => fieldsNow(page)).toEqual([empty('อื่นๆ ระบุ')]);
  await page.getByLabel('ดำเนินการแล้วเสร็จ').check();
  await expect.poll(() => fieldsNow(page)).toEqual([]);
});

test('plain-checks: a required checkbox question is answered by one tick, and open again when it is taken back', async ({ page }) => {
  await openComplete(page, 'plain-checks');
  await page.getByLabel('สังคม').uncheck();
  await expect.poll(() => fieldsNow(page)).toEqual([empty('ประเด็นที่เกี่ยวข้อง')]);
  await page.getByLabel('สิ่งแวดล้อม').check();
  await expect.poll(() => fieldsNow(page)).toEqual([]);
});

const RIGHT = 'นายสมชาย ใจดี';
const WRONG = 'นางสาวพิมพ์ใจ รักษ์ดี';

/** Opens the page's send step (`fixture`, with a query after "?"), chooses `who` with `choose`, commits; what the page sent (null: held). */
async function send(page: Page, fixture: string, choose: (page: Page) => Promise<void>): Promise<void> {
  const [name, query] = fixture.split('?');
  await page.goto(`${ORIGIN}/replica/${name}/report/1${query ? `?${query}` : ''}`);
  await openPanel(page);
  await page.locator('#open').click();
  await choose(page);
  await page.locator('#send').click();
}

const sent = (page: Page) => page.evaluate(() => (window as unknown as { sent: string | null }).sent);

/** Chooses the native select's option that names `who`. */
const selectWho = (who: string) => async (page: Page) => {
  const label = await page.locator('#who option').evaluateAll((os, w) => (os as HTMLOptionElement[]).map((o) => o.text).find((t) => t.startsWith(w))!, who);
  await page.locator('#who').selectOption({ label });
};

const STEPS: Record<string, (who: string) => (page: Page) => Promise<void>> = {
  'send-cards': (who) => (page) => page.locator('.card', { hasText: who }).click(),
  'send-datalist': (who) => async (page) => {
    const option = await page.locator('#people option').evaluateAll((os, w) => (os as HTMLOptionElement[]).map((o) => o.value).find((v) => v.startsWith(w))!, who);
    await page.locator('#who').fill(option);
  },
  'send-onclick': selectWho,
  // commits drawn as buttons with script listeners: a Bootstrap-classed div, and a box only its CSS draws as one
  'send-divbtn': selectWho,
  'send-divbtn?commit=css': selectWho,
  'send-table-radio': (who) => (page) => page.locator('tr', { hasText: who }).getByRole('radio').check(),
  'send-checkbox': (who) => (page) => page.getByRole('checkbox', { name: who }).check(),
  'send-shown': (who) => async (page) => {
    await page.locator('#pick').click();
    await page.locator('#pickm tr', { hasText: who }).getByRole('button').click();
  },
  'send-lookup': (who) => async (page) => {
    await page.locator('#lookup').click();
    await page.locator('#people a', { hasText: who }).click();
  },
};

for (const [fixture, choose] of Object.entries(STEPS)) {
  test(`${fixture}: the wrong approver for a provincial budget is stopped; going back sends nothing`, async ({ page }) => {
    await send(page, fixture, choose(WRONG));
    const alert = page.getByRole('alertdialog');
    await expect(alert).toBeVisible();
    await expect(alert).toContainText(WRONG);
    await expect(alert).toContainText('หัวหน้าสำนักงานจังหวัด');
    await alert.getByRole('button', { name: 'กลับไปแก้ไข' }).click();
    await expect(alert).toBeHidden();
    expect(await sent(page)).toBeNull();
  });

  test(`${fixture}: the right approver is sent without a question`, async ({ page }) => {
    await send(page, fixture, choose(RIGHT));
    await expect.poll(() => sent(page)).toContain(RIGHT);
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
  });
}
