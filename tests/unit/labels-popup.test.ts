/**
 * Label layers: a popup is never a caption (a date picker's calendar drawn hidden before its
 * input), and a checkbox or radio is read by the text right after it.
 */
import { describe, expect, it } from 'vitest';
import { isNotCaption, nextLabel, siblingLabel } from '@/utils/collect/labels/sibling';
import { labelOfControl } from '@/utils/collect/labels';
import { collectForm } from '@/utils/collect';
import { DEFAULT_PROFILE } from '@/utils/profile/default';

const $ = (sel: string) => document.querySelector(sel)!;
const fields = () => collectForm(document, { placeholders: DEFAULT_PROFILE.placeholders }).snapshot.fields;

const calendar = `<table><thead><tr><th colspan="7">ธันวาคม 2569</th></tr><tr><th>อา</th><th>จ</th><th>อ</th></tr></thead>
  <tbody><tr><td>29</td><td>30</td><td>1</td></tr></tbody></table>`;

describe('a popup is never a label', () => {
  it('a hidden calendar popup before the date input is skipped: the field\'s own label names it', () => {
    document.body.innerHTML = `<form><div class="field"><label>วันที่รายงาน</label>
      <div class="ui calendar"><div class="ui input left icon"><div class="ui popup calendar" style="display:none">${calendar}</div><i class="calendar icon"></i>
        <input id="d" type="text" placeholder="วว/ดด/ปปปป"></div></div></div></form>`;
    expect(siblingLabel($('#d'))).toBe('วันที่รายงาน');
    expect(fields().map((f) => f.label)).toEqual(['วันที่รายงาน']);
  });

  it('an open (shown) popup or a bare calendar table beside the input is not a caption either', () => {
    document.body.innerHTML = `<div><span>วันที่เริ่มดำเนินการ</span><div><div class="datepicker-popover">พฤศจิกายน 2568</div><div>${calendar}</div><input id="d"></div></div>`;
    expect(isNotCaption($('.datepicker-popover'))).toBe(true);
    expect(siblingLabel($('#d'))).toBe('วันที่เริ่มดำเนินการ');
  });

  it('a table of controls before the input still ends the search (its text is the other controls\')', () => {
    document.body.innerHTML = `<div><p>คำอธิบายตาราง</p><div><table><tr><td>ตัวชี้วัด</td><td><input></td></tr></table></div><input id="d"></div>`;
    expect(siblingLabel($('#d'))).toBe('');
  });

  it('a shown text before the input still is one', () => {
    document.body.innerHTML = `<div><span id="s">วันที่สิ้นสุดการดำเนินการ</span><input id="d"></div>`;
    expect(isNotCaption($('#s'))).toBe(false);
    expect(siblingLabel($('#d'))).toBe('วันที่สิ้นสุดการดำเนินการ');
  });
});

describe('a checkbox or radio is read by the text after it', () => {
  it('a <label> without for after the hidden input (Fomantic .ui.checkbox) names the box, not the text above', () => {
    document.body.innerHTML = `<form><div class="grouped fields"><label>แผนที่รายงาน</label>
      <div class="field"><div class="ui toggle checkbox"><input id="a" type="checkbox" class="hidden"><label>ยุทธศาสตร์ชาติ</label></div></div>
      <div class="segment"><select><option>x</option></select></div>
      <div class="field"><div class="ui toggle checkbox"><input id="b" type="checkbox" class="hidden"><label>แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13</label></div></div></div></form>`;
    expect(nextLabel($('#a'))).toBe('ยุทธศาสตร์ชาติ');
    expect(labelOfControl($('#a'))).toBe('ยุทธศาสตร์ชาติ');
    expect(labelOfControl($('#b'))).toBe('แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13');
  });

  it('a plain text node after the box counts; a text box is not read this way; a label for= still wins', () => {
    document.body.innerHTML = `<div><input id="a" type="checkbox"> ส่งอนุมัติแล้ว</div><div><input id="t"><span>บาท</span></div>
      <div><input id="c" type="checkbox"><span>ข้อความถัดไป</span><label for="c">ชื่อจริง</label></div>`;
    expect(nextLabel($('#a'))).toBe('ส่งอนุมัติแล้ว');
    expect(nextLabel($('#t'))).toBe('');
    expect(labelOfControl($('#c'))).toBe('ชื่อจริง');
  });

  it('a radio option is the text after it, not its value code', () => {
    document.body.innerHTML = `<form><div class="grouped fields"><label>สถานะโครงการ</label>
      <div class="field"><div class="ui radio checkbox"><input type="radio" name="s" value="1" class="hidden"><label>ยังไม่ดำเนินการ</label></div></div>
      <div class="field"><div class="ui radio checkbox"><input type="radio" name="s" value="2" class="hidden" checked><label>อยู่ระหว่างดำเนินการ</label></div></div></div></form>`;
    expect(fields().map((f) => [f.label, f.value, f.options])).toEqual([['สถานะโครงการ', 'อยู่ระหว่างดำเนินการ', ['ยังไม่ดำเนินการ', 'อยู่ระหว่างดำเนินการ']]]);
  });

  it('the text after is never another control\'s, a unit or a number', () => {
    document.body.innerHTML = `<div><input id="a" type="checkbox"><label><input type="text">อื่น ๆ</label></div><div><input id="b" type="radio"><span>2</span></div>`;
    expect(nextLabel($('#a'))).toBe('');
    expect(nextLabel($('#b'))).toBe('');
  });
});
