/**
 * collect/specify.ts ("อื่นๆ (โปรดระบุ)" boxes) and the checkbox question written without a
 * fieldset (widgets/checkbox-group.ts captionedGroupOf), read through collectForm as the checker
 * reads them. A CSS-drawn star (`::after`) needs Chromium: tests/e2e/plain.spec.ts plain-checks.
 */
import { describe, expect, it } from 'vitest';
import { specifyLabel, specifyOptionOf } from '@/utils/collect/specify';
import { collectForm } from '@/utils/collect';
import { DEFAULT_PROFILE } from '@/utils/profile/default';

const $ = (sel: string) => document.querySelector(sel)!;
const fields = () => collectForm(document, { placeholders: DEFAULT_PROFILE.placeholders }).snapshot.fields.map((f) => [f.label, f.kind, f.empty]);

describe('specifyOptionOf: the "อื่นๆ" option a text box is for', () => {
  it('after the option\'s label, inside it, after a label by `for`, and after a bare box with its text', () => {
    document.body.innerHTML = `
      <div><label><input type="checkbox" id="a"> อื่นๆ (โปรดระบุ)</label> <input id="at"></div>
      <div><label><input type="radio" name="r" id="b"> อื่น ๆ ระบุ <input id="bt"></label></div>
      <div><input type="radio" name="s" id="c"><label for="c">อื่นๆ</label><br><textarea id="ct"></textarea></div>
      <div><input type="checkbox" id="d"> ระบุเพิ่มเติม <span></span><input id="dt"></div>`;
    expect(specifyOptionOf($('#at'))).toBe($('#a'));
    expect(specifyOptionOf($('#bt'))).toBe($('#b'));
    expect(specifyOptionOf($('#ct'))).toBe($('#c'));
    expect(specifyOptionOf($('#dt'))).toBe($('#d'));
    expect(specifyLabel($('#at'))).toBe('อื่นๆ (โปรดระบุ)');
    expect(specifyLabel($('#ct'))).toBe('อื่นๆ');
  });
  it('none: a box after a plain option, after a caption, or with words between it and the option', () => {
    document.body.innerHTML = `
      <div><label><input type="checkbox" id="a"> มีผู้ร่วมดำเนินการ</label> <input id="at"></div>
      <div><label for="bt">อื่นๆ ระบุ</label> <input id="bt"></div>
      <div><label><input type="checkbox"> อื่นๆ</label> <span>ชื่อผู้ประสานงาน</span> <input id="ct"></div>
      <div><label><input type="checkbox"> อื่นๆ</label></div><div><input id="dt"></div>`;
    for (const id of ['#at', '#bt', '#ct', '#dt']) expect(specifyOptionOf($(id)), id).toBeNull();
  });
});

describe('collect: a "โปรดระบุ" box is a field only while its option is chosen', () => {
  it('unchosen it is no field; chosen and empty it is one, named by its option; filled it stays a field', () => {
    document.body.innerHTML = `<form><label for="o">ผลการดำเนินงาน</label> <input id="o" value="ดำเนินการแล้ว">
      <div><label>สถานะ</label> <label><input type="radio" name="st" value="1" checked> แล้วเสร็จ</label>
      <label><input type="radio" name="st" value="9" id="other"> อื่นๆ ระบุ</label> <input id="t"></div></form>`;
    expect(fields()).toEqual([['ผลการดำเนินงาน', 'text', false], ['สถานะ', 'radio', false]]);
    ($('#other') as HTMLInputElement).checked = true;
    expect(fields()).toContainEqual(['อื่นๆ ระบุ', 'text', true]);
    ($('#t') as HTMLInputElement).value = 'รอเบิกจ่าย';
    expect(fields()).toContainEqual(['อื่นๆ ระบุ', 'text', false]);
  });
});

describe('checkbox question without a fieldset: a caption marked required over two boxes or more', () => {
  const page = (mark: string, extra = '') => `<form><div class="form-group"><label>กลุ่มเป้าหมาย${mark}</label>
    <div class="checkbox"><label><input type="checkbox" id="g1"> เกษตรกร</label></div>
    <div class="checkbox"><label><input type="checkbox" id="g2"> ผู้สูงอายุ</label></div>${extra}</div></form>`;
  it('marked: one question, empty until a box is ticked', () => {
    document.body.innerHTML = page(' <span class="req">*</span>');
    expect(fields()).toEqual([['กลุ่มเป้าหมาย', 'radio', true]]);
    ($('#g2') as HTMLInputElement).checked = true;
    expect(fields()).toEqual([['กลุ่มเป้าหมาย', 'radio', false]]);
  });
  it('an "อื่นๆ (โปรดระบุ)" box in the group keeps it one question; its box is no field while unticked', () => {
    document.body.innerHTML = page(' *', `<div class="checkbox"><label><input type="checkbox" id="g9"> อื่นๆ (โปรดระบุ)</label> <input id="g9t"></div>`);
    expect(fields()).toEqual([['กลุ่มเป้าหมาย', 'radio', true]]);
  });
  it('boxes whose words are bare spans right after them (no <label>): still one question', () => {
    // the caption and the boxes in one row, as hand-written forms put them
    document.body.innerHTML = `<form><div class="form-group"><label class="control-label">กลุ่มเป้าหมาย <span>*</span></label>
      <input type="checkbox" id="s1"> <span>เกษตรกร</span><br><input type="checkbox" id="s2"> <span>ผู้สูงอายุ</span></div></form>`;
    expect(fields()).toEqual([['กลุ่มเป้าหมาย', 'radio', true]]);
    ($('#s1') as HTMLInputElement).checked = true;
    expect(fields()).toEqual([['กลุ่มเป้าหมาย', 'radio', false]]);
  });
  it('unmarked, or with a second caption after the first box (two questions), or holding another field: no question of its own', () => {
    document.body.innerHTML = page('');
    expect(fields().some(([, kind]) => kind === 'radio')).toBe(false);
    document.body.innerHTML = page(' *', `<span>ช่องทางอื่น</span><div class="checkbox"><label><input type="checkbox"> วิทยุ</label></div>`);
    expect(fields().some(([, kind]) => kind === 'radio')).toBe(false);
    document.body.innerHTML = page(' *', `<label for="n">จำนวน</label> <input id="n" value="3">`);
    expect(fields().some(([, kind]) => kind === 'radio')).toBe(false);
  });
});
