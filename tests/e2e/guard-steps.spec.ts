/**
 * Issue 10: the send guard on send steps unlike the original replicas, recognised by their
 * structure (tests/fixtures/send-drawer.html, send-section.html, send-combobox.html):
 * - a drawer with radio cards on a project page, budget in the page's summary, commit
 *   "ดำเนินการต่อ" and a Ctrl+Enter page shortcut;
 * - a page section with a table of people and a choose button per row, budget only on the
 *   project card the user came from, commit a div button "ยืนยันข้อมูล" (Enter, Space);
 * - an editable ARIA combobox of abbreviated positions in a native <dialog> (showModal), budget
 *   stated loosely ("แหล่งงบ: กลุ่มจังหวัด") or not at all, commit the form's "ตกลง" (click,
 *   Enter in a field, requestSubmit).
 * Each wrong approver is stopped before anything is sent and the dialog names the right one;
 * "กลับไปแก้ไข" sends nothing; "ส่งต่อไป" sends once; a right approver sends with no extra click;
 * none chosen → a notice says whom to choose and the page's own message still shows; a guard
 * that throws lets every commit path through exactly once. Expected results come from the
 * replicas' data (which position each option is), not from the extension.
 */
import type { Page, Worker } from '@playwright/test';
import { test, expect, ORIGIN, extraPages } from './harness';

// the shared machine runs these at 20–50 s a test; the longer ones send several times
test.setTimeout(180_000);

declare const chrome: any;

type Budget = 'provincial' | 'cluster';
const EXPECTED: Record<Budget, string> = {
  provincial: 'รายงานงบจังหวัดต้องส่งถึง หัวหน้าสำนักงานจังหวัด',
  cluster: 'รายงานงบกลุ่มจังหวัดต้องส่งถึง ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
};

interface Sent {
  projectId: string;
  recipient: string;
  via: string;
}
const sent = (page: Page): Promise<Sent[]> => page.evaluate(() => JSON.parse(sessionStorage.getItem('replica:sent') || '[]'));
const guardDialog = (page: Page) => page.getByRole('alertdialog');
const notice = (page: Page) => page.getByTestId('guard-notice');
const setStorage = (sw: Worker, items: Record<string, unknown>) => sw.evaluate((i) => chrome.storage.local.set(i), items);

/** Stopped with our dialog naming the right approver; "กลับไปแก้ไข" sends nothing. */
async function stoppedThenBack(page: Page, budget: Budget, chosenText: RegExp | string) {
  const dlg = guardDialog(page);
  await expect(dlg).toBeVisible();
  await expect(dlg).toContainText(EXPECTED[budget]);
  await expect(dlg).toContainText(chosenText);
  await dlg.getByRole('button', { name: 'กลับไปแก้ไข' }).click();
  await expect(dlg).toHaveCount(0);
  expect(await sent(page)).toEqual([]);
}

async function proceedOnce(page: Page, projectId: string, recipient: RegExp) {
  await guardDialog(page).getByRole('button', { name: 'ส่งต่อไป' }).click();
  await expect.poll(async () => (await sent(page)).length).toBe(1);
  await page.waitForTimeout(300);
  const records = await sent(page);
  expect(records).toHaveLength(1);
  expect(records[0]!.projectId).toBe(projectId);
  expect(records[0]!.recipient).toMatch(recipient);
}

// ---------------------------------------------------------------- drawer + radio cards

const DRAWER: Record<Budget, { id: string; right: string; wrong: string[] }> = {
  provincial: {
    id: 'RYG-68-0201', // its NAME mentions กลุ่มจังหวัด; the summary says งบประมาณจังหวัด
    right: 'นายวีระ ทองดี',
    wrong: ['นางสาวนพวรรณ ชมชื่นมีกุล', 'นางอนงค์ อารีกุล', 'ว่าที่ร้อยตรีพิรุณ เหมะรักษ์', 'นายกิตติ ศรีวงศ์'],
  },
  cluster: {
    id: 'EST1-68-0202',
    right: 'นางสาวนพวรรณ ชมชื่นมีกุล',
    wrong: ['นายวีระ ทองดี', 'นางอนงค์ อารีกุล', 'ว่าที่ร้อยตรีพิรุณ เหมะรักษ์', 'นายกิตติ ศรีวงศ์'],
  },
};

async function openDrawer(page: Page, id: string) {
  await page.goto(`${ORIGIN}/replica/send-drawer/project?p=${id}`);
  await page.getByRole('button', { name: 'เสนอรายงาน' }).click();
  await expect(page.locator('#drawer')).toBeVisible();
}
const pickCard = (page: Page, who: string) => page.locator('#drawer label.card', { hasText: who }).click();
const drawerGo = (page: Page) => page.getByRole('button', { name: 'ดำเนินการต่อ' });

for (const budget of ['provincial', 'cluster'] as const) {
  const p = DRAWER[budget];
  test(`drawer, ${budget}: the right approver goes at once; each wrong one is stopped (click and Ctrl+Enter)`, async ({ page }) => {
    await openDrawer(page, p.id);
    for (const [i, who] of p.wrong.entries()) {
      await pickCard(page, who);
      if (i % 2 === 0) await drawerGo(page).click();
      else await page.locator('#note').press('Control+Enter');
      await stoppedThenBack(page, budget, who);
    }
    await pickCard(page, p.right);
    await drawerGo(page).click();
    await expect(page.locator('#drawer')).toBeHidden();
    await expect(guardDialog(page)).toHaveCount(0);
    const records = await sent(page);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ projectId: p.id, via: 'click' });
    expect(records[0]!.recipient).toContain(p.right);
  });
}

test('drawer: "ส่งต่อไป" after the page shortcut sends exactly once', async ({ page }) => {
  await openDrawer(page, DRAWER.cluster.id);
  await pickCard(page, 'นายวีระ ทองดี');
  await page.locator('#note').press('Control+Enter');
  await expect(guardDialog(page)).toContainText(EXPECTED.cluster);
  await proceedOnce(page, DRAWER.cluster.id, /นายวีระ ทองดี/);
  expect((await sent(page))[0]!.via).toBe('shortcut');
});

test('drawer: nothing chosen → the notice says whom to choose; the page still says its own', async ({ page }) => {
  await openDrawer(page, DRAWER.provincial.id);
  await drawerGo(page).click();
  await expect(notice(page)).toBeVisible();
  await expect(notice(page)).toContainText('ยังไม่ได้เลือกผู้อนุมัติ');
  await expect(notice(page)).toContainText('หัวหน้าสำนักงานจังหวัด');
  await expect(page.locator('#err')).toHaveText('โปรดเลือกผู้พิจารณา');
  await expect(guardDialog(page)).toHaveCount(0);
  expect(await sent(page)).toEqual([]);
  // choosing takes it away
  await pickCard(page, DRAWER.provincial.right);
  await expect(notice(page)).toHaveCount(0);
});

// ---------------------------------------------------------------- page section + table of people

const SECTION: Record<Budget, { card: string; code: string; right: string; wrong: string[] }> = {
  provincial: { card: 'โครงการพัฒนาผลิตภัณฑ์ชุมชนสู่ตลาดออนไลน์', code: 'A-01', right: 'นายสมชาย ใจดี', wrong: ['นางสาวพิมพ์ใจ รักษ์ดี', 'นายธีระ สุขใจ', 'นางสาวอนงค์พร อารีกุล', 'นายประยุทธ มั่นคง'] },
  cluster: { card: 'โครงการยกระดับมาตรฐานผลไม้กลุ่มจังหวัดภาคตะวันออก', code: 'A-02', right: 'นางสาวพิมพ์ใจ รักษ์ดี', wrong: ['นายสมชาย ใจดี', 'นายธีระ สุขใจ', 'นางสาวอนงค์พร อารีกุล', 'นายประยุทธ มั่นคง'] },
};

async function openSection(page: Page, card: string) {
  await page.goto(`${ORIGIN}/replica/send-section/list`);
  await page.locator('article', { hasText: card }).getByRole('link', { name: 'รายงานผล ›' }).click();
  await expect(page.getByRole('heading', { name: 'ขั้นตอนที่ 3 ผู้พิจารณารายงาน' })).toBeVisible();
}
const pickRow = (page: Page, who: string) => page.getByRole('row', { name: new RegExp(who) }).getByRole('button', { name: 'เลือก' }).click();
const sectionOk = (page: Page) => page.locator('#confirm');

for (const budget of ['provincial', 'cluster'] as const) {
  const p = SECTION[budget];
  test(`section, ${budget}: budget from the card the send started from; wrong ones stopped (click, Enter, Space); right goes at once`, async ({ page }) => {
    await openSection(page, p.card);
    for (const [i, who] of p.wrong.entries()) {
      await pickRow(page, who);
      if (i % 3 === 0) await sectionOk(page).click();
      else if (i % 3 === 1) await sectionOk(page).press('Enter');
      else await sectionOk(page).press(' ');
      await stoppedThenBack(page, budget, who);
    }
    await pickRow(page, p.right);
    await sectionOk(page).click();
    await expect(page.getByRole('heading', { name: 'โครงการที่ต้องรายงานผล' })).toBeVisible();
    await expect(guardDialog(page)).toHaveCount(0);
    const records = await sent(page);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ projectId: p.code });
    expect(records[0]!.recipient).toContain(p.right);
  });
}

test('section: "ส่งต่อไป" after Space sends exactly once; nothing chosen → whom to choose', async ({ page }) => {
  await openSection(page, SECTION.cluster.card);
  await sectionOk(page).click();
  await expect(notice(page)).toContainText('ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด');
  await expect(page.getByRole('alert').filter({ hasText: 'ยังไม่ได้เลือกผู้พิจารณา' })).toBeVisible();
  expect(await sent(page)).toEqual([]);
  await pickRow(page, 'นายธีระ สุขใจ');
  await sectionOk(page).press(' ');
  await expect(guardDialog(page)).toContainText(EXPECTED.cluster);
  await proceedOnce(page, 'A-02', /นายธีระ สุขใจ/);
  expect((await sent(page))[0]!.via).toBe('space');
});

// ---------------------------------------------------------------- native <dialog> + ARIA combobox

const COMBO: Record<Budget, { row: number; id: string; right: string; wrong: string[] }> = {
  provincial: { row: 0, id: 'X-01', right: 'หน.สนจ.ระยอง', wrong: ['OSM ภาคตะวันออก 1', 'รอง ผวจ.ระยอง', 'ผวจ.ระยอง', 'หน.กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด'] },
  cluster: { row: 1, id: 'X-02', right: 'OSM ภาคตะวันออก 1', wrong: ['หน.สนจ.ระยอง', 'รอง ผวจ.ระยอง', 'ผวจ.ระยอง', 'หน.กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด'] },
};

async function openCombo(page: Page, row: number, load = true) {
  if (load) await page.goto(`${ORIGIN}/replica/send-combobox/`);
  await page.locator('button.open').nth(row).click();
  await expect(page.locator('#dlg')).toBeVisible();
}
async function pickOption(page: Page, text: string) {
  await page.locator('#who').click();
  await page.locator('#who-list').getByRole('option', { name: text, exact: true }).click();
  await expect(page.locator('#who')).toHaveValue(text);
}
const comboOk = (page: Page) => page.getByRole('button', { name: 'ตกลง' });

for (const budget of ['provincial', 'cluster'] as const) {
  const p = COMBO[budget];
  test(`combobox in a native dialog, ${budget}: wrong ones stopped (click, Enter in a field, requestSubmit); right goes at once`, async ({ page }) => {
    await openCombo(page, p.row);
    for (const [i, opt] of p.wrong.entries()) {
      await pickOption(page, opt);
      if (i % 3 === 0) await comboOk(page).click();
      else if (i % 3 === 1) await page.locator('#memo').press('Enter');
      else await page.evaluate(() => (document.getElementById('f') as HTMLFormElement).requestSubmit());
      await stoppedThenBack(page, budget, opt);
    }
    await pickOption(page, p.right);
    await comboOk(page).click();
    await expect(page.locator('#dlg')).toBeHidden();
    await expect(guardDialog(page)).toHaveCount(0);
    expect(await sent(page)).toEqual([{ projectId: p.id, recipient: p.right, via: 'submit' }]);
  });
}

test('combobox: a name without a position cannot be checked (said so, not called wrong); "ส่งต่อไป" sends once', async ({ page }) => {
  await openCombo(page, COMBO.provincial.row);
  await pickOption(page, 'นายประสิทธิ์ มีสุข');
  await comboOk(page).click();
  const dlg = guardDialog(page);
  await expect(dlg).toContainText('ไม่มีตำแหน่ง จึงตรวจไม่ได้');
  await expect(dlg).toContainText(EXPECTED.provincial);
  await expect(dlg).toHaveAttribute('data-problems', 'unknownRecipient');
  await proceedOnce(page, 'X-01', /นายประสิทธิ์ มีสุข/);
});

test('combobox: no budget anywhere (a name that mentions กลุ่มจังหวัด is no evidence) → asked once, remembered', async ({ page }) => {
  await openCombo(page, 2);
  await pickOption(page, 'หน.สนจ.ระยอง');
  await comboOk(page).click();
  const dlg = guardDialog(page);
  await expect(dlg).toContainText('โครงการนี้ใช้งบประมาณประเภทใด');
  await dlg.getByRole('button', { name: 'งบจังหวัด', exact: true }).click();
  await expect(dlg).toContainText(EXPECTED.provincial);
  await expect(dlg.getByRole('button', { name: 'ส่งต่อไป' })).toBeFocused();
  await dlg.getByRole('button', { name: 'ส่งต่อไป' }).click();
  await expect.poll(async () => (await sent(page)).length).toBe(1);
  // the same project again: not asked; a wrong approver names the remembered recipient
  await openCombo(page, 2, false);
  await pickOption(page, 'OSM ภาคตะวันออก 1');
  await comboOk(page).click();
  await expect(dlg).toContainText(EXPECTED.provincial);
  await expect(dlg).toContainText('ตามที่คุณเคยระบุ');
  await expect(dlg.getByText('โครงการนี้ใช้งบประมาณประเภทใด')).toHaveCount(0);
  await dlg.getByRole('button', { name: 'กลับไปแก้ไข' }).click();
  await pickOption(page, 'หน.สนจ.ระยอง');
  await comboOk(page).click();
  await expect(page.locator('#dlg')).toBeHidden();
  await expect(guardDialog(page)).toHaveCount(0);
  expect(await sent(page)).toHaveLength(2);
});

test('combobox: nothing chosen → whom to choose, above the page’s modal dialog; the page refuses by itself', async ({ page }) => {
  await openCombo(page, COMBO.cluster.row);
  await comboOk(page).click();
  await expect(notice(page)).toBeVisible();
  await expect(notice(page)).toContainText('ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด');
  await expect(page.locator('#err')).toHaveText('ต้องระบุผู้รับ');
  expect(await sent(page)).toEqual([]);
});

// ---------------------------------------------------------------- fail-open on every commit path

type Path = { name: string; open: (page: Page) => Promise<void>; pickWrong: (page: Page) => Promise<void>; commit: (page: Page) => Promise<void>; id: string };
const PATHS: Path[] = [
  { name: 'drawer click', id: DRAWER.cluster.id, open: (p) => openDrawer(p, DRAWER.cluster.id), pickWrong: (p) => pickCard(p, 'นายวีระ ทองดี'), commit: (p) => drawerGo(p).click() },
  { name: 'drawer page shortcut (Ctrl+Enter)', id: DRAWER.cluster.id, open: (p) => openDrawer(p, DRAWER.cluster.id), pickWrong: (p) => pickCard(p, 'นายวีระ ทองดี'), commit: (p) => p.locator('#note').press('Control+Enter') },
  { name: 'section Enter on a div button', id: 'A-02', open: (p) => openSection(p, SECTION.cluster.card), pickWrong: (p) => pickRow(p, 'นายสมชาย ใจดี'), commit: (p) => sectionOk(p).press('Enter') },
  { name: 'section Space on a div button', id: 'A-02', open: (p) => openSection(p, SECTION.cluster.card), pickWrong: (p) => pickRow(p, 'นายสมชาย ใจดี'), commit: (p) => sectionOk(p).press(' ') },
  { name: 'combobox form submit (Enter in a field)', id: 'X-02', open: (p) => openCombo(p, 1), pickWrong: (p) => pickOption(p, 'หน.สนจ.ระยอง'), commit: (p) => p.locator('#memo').press('Enter') },
  { name: 'combobox requestSubmit()', id: 'X-02', open: (p) => openCombo(p, 1), pickWrong: (p) => pickOption(p, 'หน.สนจ.ระยอง'), commit: (p) => p.evaluate(() => (document.getElementById('f') as HTMLFormElement).requestSubmit()) },
];

/** Where the guard is made to throw: deciding, gathering the facts, showing the dialog, loading it. */
const STAGES = [true, 'gather', 'show', 'load'] as const;
for (const [i, path] of PATHS.entries()) {
  {
    const stage = STAGES[i % STAGES.length]!;
    test(`fail-open: ${path.name}, guard throws (${stage === true ? 'decide' : stage}) → sent exactly once`, async ({ page, sw }) => {
      await setStorage(sw, { 'debug:guardThrows': stage });
      await path.open(page);
      await path.pickWrong(page);
      await path.commit(page);
      await expect.poll(async () => (await sent(page)).length).toBe(1);
      await page.waitForTimeout(400);
      expect(await sent(page)).toHaveLength(1);
      expect((await sent(page))[0]!.projectId).toBe(path.id);
      await expect(guardDialog(page)).toHaveCount(0);
    });
  }
}

// ---------------------------------------------------------------- bounded work, in Chromium

/** A send dialog with 2,500-deep nesting and a 66 KB option; the page times our capture-phase work. */
function hostilePage(): string {
  let deep = '<span>ลึก</span>';
  for (let i = 0; i < 2500; i++) deep = `<div>${deep}</div>`;
  const big = 'หัวหน้าสำนักงานจังหวัด '.repeat(3000);
  return `<!doctype html><html lang="th"><body>
  <script>
    window.__t = [];
    window.addEventListener('click', function () { window.__t0 = performance.now(); }, true);
  </script>
  <div role="dialog" aria-modal="true" data-project-id="H-1">
    <p>แหล่งงบประมาณ: งบจังหวัด</p>
    ${deep}
    <label for="a">ผู้อนุมัติ</label>
    <select id="a"><option value="">-- กรุณาเลือก --</option><option value="1">${big}</option><option value="2">หน.สนจ.ระยอง</option><option value="3">OSM</option><option value="4">รองผู้ว่าราชการจังหวัด</option></select>
    <button id="ok" type="button">ยืนยัน</button>
  </div>
  <script>
    document.getElementById('ok').addEventListener('click', function () {
      window.__t.push(performance.now() - window.__t0);
      sessionStorage.setItem('replica:sent', JSON.stringify([{ projectId: 'H-1', recipient: document.getElementById('a').selectedOptions[0].text.slice(0, 40), via: 'click' }]));
    });
  </script>
  </body></html>`;
}

test('2,500-deep nesting and a 66 KB option in the send dialog: the guard’s work on a send < 100 ms', async ({ page }) => {
  extraPages.set('send-hostile', hostilePage());
  try {
    await page.goto(`${ORIGIN}/replica/send-hostile/`);
    await expect(page.locator('emenscr-assistant, [data-emenscr-assistant]').first()).toBeAttached();
    // a right approver: nothing stopped, the time is the guard's reading and deciding. The
    // median of 5 clicks: a shared 2-core machine stalls any single event now and then
    // (measured alone: 2.6–4.6 ms a click; once 337 ms under load).
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    await page.locator('#a').selectOption('2');
    for (let i = 0; i < 5; i++) await page.locator('#ok').click();
    const times: number[] = await page.evaluate(() => (window as any).__t);
    console.log('guard work per click (ms):', times.map((t) => t.toFixed(1)).join(', '));
    expect(times).toHaveLength(5);
    expect(median(times)).toBeLessThan(100);
    // the 66 KB option: still judged (it is the head of the provincial office, repeated), still fast
    await page.locator('#a').selectOption('1');
    for (let i = 0; i < 5; i++) await page.locator('#ok').click();
    const all: number[] = await page.evaluate(() => (window as any).__t);
    console.log('with the 66 KB option (ms):', all.slice(5).map((t) => t.toFixed(1)).join(', '));
    expect(all).toHaveLength(10);
    expect(median(all.slice(5))).toBeLessThan(100);
    await expect(guardDialog(page)).toHaveCount(0);
  } finally {
    extraPages.delete('send-hostile');
  }
});
