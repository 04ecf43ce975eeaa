/**
 * Adders (utils/collect/adder.ts): a chooser whose choice an add button puts in a list, then
 * cleared. The list's entries answer the chooser (collect: FieldSnapshot.added); the plan rule
 * reads the plans they name, and an emptied chooser is no "field empty" finding. Markup in the
 * styles a hand-written or a Bootstrap page would use; expected entries are the rows' words.
 */
import { describe, expect, it } from 'vitest';
import { collectForm } from '@/utils/collect';
import { findAdders, isEntryChange } from '@/utils/collect/adder';
import { DEFAULT_PROFILE as profile } from '@/utils/profile/default';
import { everyFieldFilled } from '@/utils/rules/completeness';
import { planLinkage } from '@/utils/rules/plan-linkage';
import type { FormSnapshot, Screen } from '@/utils/types';
import { field, snapshot, STRATEGY } from './snapshot-builder';

const fields = () => collectForm(document, { placeholders: profile.placeholders }).snapshot.fields;
const added = (label: string) => fields().find((f) => f.label === label)?.added;

const PLAN_SELECT = `<select id="p"><option value="">เลือกแผน</option><option>ยุทธศาสตร์ชาติ</option><option>แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13</option></select>`;

describe('collect: the entries of an add list answer its chooser', () => {
  it('a list before the add box, a "ลบ" button per entry: the entries, without the button', () => {
    document.body.innerHTML = `<main><h4>แผนที่เชื่อมโยงแล้ว</h4>
      <ul><li><b>ยุทธศาสตร์ชาติ</b>: ด้านความสามารถในการแข่งขัน <button type="button">ลบ</button></li>
      <li><b>แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13</b>: หมุดหมายที่ 2 <button type="button">ลบ</button></li></ul>
      <div><label for="p">เพิ่มความเชื่อมโยงกับแผน</label> ${PLAN_SELECT} <button type="button">เพิ่ม</button></div></main>`;
    // (a space follows each element read, as labels are read)
    expect(added('เพิ่มความเชื่อมโยงกับแผน')).toEqual([
      'ยุทธศาสตร์ชาติ : ด้านความสามารถในการแข่งขัน',
      'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13 : หมุดหมายที่ 2',
    ]);
  });

  it('a table after a row of selects and "+ เพิ่ม", an icon-only remove button per row: cells joined, header and empty row left out', () => {
    document.body.innerHTML = `<section><h3>ยุทธศาสตร์ชาติ</h3>
      <div class="row"><div><label for="a">ด้าน</label><select id="a"><option value="">เลือก</option><option>ด้านความมั่นคง</option></select></div>
      <div><label for="b">เป้าหมาย</label><select id="b"><option value="">เลือก</option><option>เป้าหมายที่ 1</option></select></div>
      <div><button type="button">+ เพิ่ม</button></div></div>
      <table><thead><tr><th>ด้าน</th><th>เป้าหมาย</th><th></th></tr></thead>
      <tbody><tr><td>ด้านความมั่นคง</td><td>เป้าหมายที่ 1</td><td><button type="button" class="btn"><i class="bi bi-trash"></i></button></td></tr></tbody></table></section>`;
    expect(added('ด้าน')).toEqual(['ด้านความมั่นคง | เป้าหมายที่ 1']);
    expect(added('เป้าหมาย')).toEqual(['ด้านความมั่นคง | เป้าหมายที่ 1']);
  });

  it('no entry yet (the table shows only "ยังไม่มีรายการ"): no answer, the chooser is a field like any other', () => {
    document.body.innerHTML = `<div><label for="a">ด้าน</label><select id="a"><option value="">เลือก</option><option>ด้านความมั่นคง</option></select> <button type="button">เพิ่ม</button></div>
      <table><tbody><tr><td colspan="2">ยังไม่มีรายการ</td></tr></tbody></table>`;
    expect(added('ด้าน')).toBeUndefined();
    expect(findAdders(document.body)).toEqual([]);
  });

  it('rows of inputs with "ลบรายการ" under "เพิ่มรายการ" are fields to fill, not entries', () => {
    document.body.innerHTML = `<div><label>วัตถุประสงค์</label><table><tbody>
      <tr><td><input aria-label="วัตถุประสงค์ข้อ 1" value="เพื่อส่งเสริมการท่องเที่ยว"></td><td><button type="button">ลบรายการ</button></td></tr>
      <tr><td><input aria-label="วัตถุประสงค์ข้อ 2" value=""></td><td><button type="button">ลบรายการ</button></td></tr></tbody></table>
      <button type="button">เพิ่มรายการ</button></div>`;
    expect(findAdders(document.body)).toEqual([]);
    expect(fields().filter((f) => f.added)).toEqual([]);
  });

  it('rows of custom selects (a focusable box, a listbox button) with "ลบ" are rows to fill, not entries (the zoo\'s plan rows)', () => {
    document.body.innerHTML = `<div><table><tbody>
      <tr><td><div class="n-base-selection" tabindex="0"><span>ยุทธศาสตร์ชาติ</span></div></td><td><button type="button">ลบ</button></td></tr>
      <tr><td><button type="button" aria-haspopup="listbox">แผนแม่บท</button></td><td><button type="button">ลบ</button></td></tr></tbody></table>
      <label for="x">ระดับแผน</label><select id="x"><option value="">เลือก</option></select><button type="button">+ เพิ่มแผน</button></div>`;
    expect(findAdders(document.body)).toEqual([]);
  });

  it('a neighbour section with fields of its own does not lend its entries to an adder that has none', () => {
    document.body.innerHTML = `<div id="one"><div><label for="a">แผนแม่บท</label><select id="a"><option value="">เลือก</option><option>ประเด็นการท่องเที่ยว</option></select><button type="button">เพิ่ม</button></div></div>
      <div id="two"><div><label for="b">แผนการปฏิรูปประเทศ</label><select id="b"><option value="">เลือก</option><option>ด้านเศรษฐกิจ</option></select><button type="button">เพิ่ม</button></div>
      <ul><li>ด้านเศรษฐกิจ <a href="#">ลบ</a></li></ul></div>`;
    expect(added('แผนแม่บท')).toBeUndefined();
    expect(added('แผนการปฏิรูปประเทศ')).toEqual(['ด้านเศรษฐกิจ']);
  });

  it('an add button beside more than eight fields (a whole form) is no adder', () => {
    const inputs = Array.from({ length: 9 }, (_, i) => `<label>ช่อง ${i + 1} <input></label>`).join('');
    document.body.innerHTML = `<form>${inputs}<button type="button">เพิ่ม</button><ul><li>รายการเดิม <button>ลบ</button></li></ul></form>`;
    expect(findAdders(document.body)).toEqual([]);
  });
});

describe('rules: an answered chooser', () => {
  const screen: Screen = { id: 'linkage', fiscalYear: 2569 };
  const ctx = (snap: FormSnapshot) => ({ snapshot: snap, screen, profile, today: new Date(2026, 0, 15) });
  const chooser = (entries?: string[]) =>
    field('เพิ่มความเชื่อมโยงกับแผน', '', { kind: 'select', options: ['เลือกแผน', 'ยุทธศาสตร์ชาติ'], ...(entries ? { added: entries } : {}) });

  it('the plans its entries name are linked, and the emptied chooser is no finding', () => {
    const snap = snapshot([chooser(['ยุทธศาสตร์ชาติ: ด้านความมั่นคง › เป้าหมายที่ 1', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13: หมุดหมายที่ 2'])]);
    expect(planLinkage(ctx(snap))).toEqual([]);
    expect(everyFieldFilled(ctx(snap))).toEqual([]);
  });

  it('an entry of the master plan does not link ยุทธศาสตร์ชาติ (its name holds the word), and a plan named only later in an entry is read', () => {
    const snap = snapshot([chooser(['แผนแม่บทภายใต้ยุทธศาสตร์ชาติ: ประเด็นการท่องเที่ยว', 'ลำดับ 2 | แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13'])]);
    expect(planLinkage(ctx(snap)).map((f) => f.id)).toEqual(['planMissing:nationalStrategy']);
  });

  it('ฉบับที่ 12 listed on a FY2569 report is the wrong edition, pointed at the chooser', () => {
    const c = chooser(['ยุทธศาสตร์ชาติ: ด้านความมั่นคง', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 12: ยุทธศาสตร์ที่ 3']);
    const found = planLinkage(ctx(snapshot([c])));
    expect(found.map((f) => [f.id, f.fieldKeys])).toEqual([
      ['planWrongYear:nesdp12', [c.key]],
      ['planMissing:nesdp13', [c.key]],
    ]);
  });

  it('without entries the chooser is an empty field and both plans are missing', () => {
    const c = chooser();
    expect(everyFieldFilled(ctx(snapshot([c]))).map((f) => f.fieldKeys)).toEqual([[c.key]]);
    expect(planLinkage(ctx(snapshot([c]))).map((f) => f.id)).toEqual(['planMissing:nationalStrategy', 'planMissing:nesdp13']);
  });

  it('a plan section whose selects were emptied into its table is linked and complete; its other empty detail is still named', () => {
    const side = field('ด้าน', '', { kind: 'select', section: STRATEGY, added: ['ด้านความมั่นคง | เป้าหมายที่ 1'] });
    const goal = field('เป้าหมาย', '', { kind: 'select', section: STRATEGY, added: ['ด้านความมั่นคง | เป้าหมายที่ 1'] });
    const why = field('ผลการดำเนินงานที่สอดคล้อง', '', { section: STRATEGY });
    const found = planLinkage(ctx(snapshot([side, goal, why])));
    expect(found.map((f) => [f.id, f.fieldKeys])).toEqual([
      ['planIncomplete:nationalStrategy', [why.key]],
      ['planMissing:nesdp13', []],
    ]);
  });
});

describe('isEntryChange: which added or removed nodes can be an add list\'s entries', () => {
  const PAGE = `<main><form><section id="z"><div class="row"><label for="s">ด้าน</label><select id="s"><option value="">เลือก</option></select>
    <button type="button">+ เพิ่ม</button></div>
    <div class="card"><div class="card-body"><table><tbody id="rows"></tbody></table></div></div></section></form></main>
    <div id="toasts"></div>`;
  const el = (html: string) => {
    const t = document.createElement('template');
    t.innerHTML = html;
    return t.content.firstElementChild!;
  };

  it('a row with a remove button in a list near the chooser is one; a toast with "×" in <body> or its own container is not', () => {
    document.body.innerHTML = PAGE;
    const row = el('<tr><td>ด้านความมั่นคง</td><td><button type="button" aria-label="ลบ"><i class="bi bi-trash"></i></button></td></tr>');
    expect(isEntryChange(row, document.getElementById('rows'))).toBe(true);
    const toast = el('<div class="toast" role="alert"><span>บันทึกแล้ว</span><button type="button">×</button></div>');
    expect(isEntryChange(toast, document.body)).toBe(false);
    expect(isEntryChange(toast, document.getElementById('toasts'))).toBe(false);
    // a row with no remove control is no entry anywhere
    expect(isEntryChange(el('<tr><td>ข้อความ</td></tr>'), document.getElementById('rows'))).toBe(false);
  });
});
