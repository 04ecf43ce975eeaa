/** Label inference, one layer at a time (utils/collect/labels/). */
import { describe, expect, it } from 'vitest';
import { accessibleName, groupName } from '@/utils/collect/labels/accessible';
import { tableLabel } from '@/utils/collect/labels/table';
import { siblingLabel } from '@/utils/collect/labels/sibling';
import { geometricLabel, type Box } from '@/utils/collect/labels/geometric';
import { isAdornment, isRejectedText } from '@/utils/collect/labels/reject';
import { labelOfControl, traceControlLabel, traceGroupLabel } from '@/utils/collect/labels';

const $ = (sel: string) => document.querySelector(sel)!;

describe('layer 1: accessible name', () => {
  it('reads aria-labelledby, aria-label and <label for>, in that order', () => {
    document.body.innerHTML = `<span id="a">ไตรมาส</span><input id="x" aria-labelledby="a" aria-label="อื่น">
      <label for="y">ชื่อโครงการ</label><input id="y"><input id="z" aria-label="รหัส">`;
    expect(accessibleName($('#x')).text).toBe('ไตรมาส');
    expect(accessibleName($('#y'))).toEqual({ text: 'ชื่อโครงการ', confident: true, via: 'label-for' });
    expect(accessibleName($('#z')).text).toBe('รหัส');
  });
  it('an aside in parentheses drawn in another colour after a label\'s words is no part of the name (Blueprint labelInfo)', () => {
    document.body.innerHTML = `<label for="a" style="color: rgb(28, 33, 39)">ไตรมาสที่รายงาน <span style="color: rgb(95, 107, 124)">(จำเป็น)</span></label><input id="a">
      <label for="b" style="color: rgb(28, 33, 39)">ความก้าวหน้าของโครงการ <span>(ร้อยละ)</span></label><input id="b">
      <label for="c" style="color: rgb(28, 33, 39)">วันที่ <span style="color: rgb(95, 107, 124)">เริ่ม</span></label><input id="c">
      <label for="d" style="color: rgb(28, 33, 39)"><span style="color: rgb(95, 107, 124)">(ร้อยละ)</span></label><input id="d">`;
    expect(accessibleName($('#a')).text).toBe('ไตรมาสที่รายงาน');
    // the label's own colour: part of the name; not in parentheses: part of the name; nothing before it: the name
    expect(accessibleName($('#b')).text).toBe('ความก้าวหน้าของโครงการ (ร้อยละ)');
    expect(accessibleName($('#c')).text).toBe('วันที่ เริ่ม');
    expect(accessibleName($('#d')).text).toBe('(ร้อยละ)');
  });
  it('a library\'s English aria-label is weak, so structure can win', () => {
    document.body.innerHTML = `<div><span>ความก้าวหน้าของโครงการ (ร้อยละ)</span><div role="slider" aria-label="slider between 0 and 100" aria-valuenow="3"></div></div>`;
    expect(accessibleName($('[role=slider]')).confident).toBe(false);
    expect(labelOfControl($('[role=slider]'))).toBe('ความก้าวหน้าของโครงการ (ร้อยละ)');
  });
  it('a library\'s default aria-label that is a code identifier (ngx-slider) is weak: the row\'s label names the slider', () => {
    document.body.innerHTML = `<div class="row"><label class="col-sm-3 col-form-label">ความก้าวหน้าของโครงการ (ร้อยละ)</label>
      <div class="col-sm-9"><ngx-slider aria-label="ngx-slider"><span class="bar"></span>
        <span role="slider" tabindex="0" aria-label="ngx-slider" aria-valuenow="0" aria-valuemin="0" aria-valuemax="100"></span><span>0%</span></ngx-slider>
        <div class="form-text">ลากแถบสีฟ้าให้ตรงกับร้อยละความก้าวหน้า ณ สิ้นไตรมาส</div></div></div>`;
    expect(accessibleName($('[role=slider]'))).toEqual({ text: 'ngx-slider', confident: false, via: 'aria-label' });
    expect(labelOfControl($('[role=slider]'))).toBe('ความก้าวหน้าของโครงการ (ร้อยละ)');
    // words stay a name, even English ones with a hyphen
    document.body.innerHTML = `<input id="e" aria-label="E-mail address">`;
    expect(accessibleName($('#e')).confident).toBe(true);
  });
  it('a label wrapping its input with a unit after it: the words before the box are the name', () => {
    document.body.innerHTML = `<label>จำนวนผู้ได้รับประโยชน์ <input id="a" size="6"> คน</label>
      <label>ชื่อ <input id="b"> นามสกุล</label>
      <label><input id="c" type="checkbox"> ครั้ง</label>`;
    expect(accessibleName($('#a')).text).toBe('จำนวนผู้ได้รับประโยชน์');
    // words after the box that are no unit stay; a checkbox's text after its box is its name
    expect(accessibleName($('#b')).text).toBe('ชื่อ นามสกุล');
    expect(accessibleName($('#c')).text).toBe('ครั้ง');
  });
  it('names a group by its legend', () => {
    document.body.innerHTML = `<fieldset><legend>สถานะโครงการ</legend><input type="radio" name="s"></fieldset>`;
    expect(groupName($('fieldset'))).toBe('สถานะโครงการ');
  });
});

describe('layer 2a: tables', () => {
  it('names a grid cell by its row AND column header (EN DASH)', () => {
    document.body.innerHTML = `<table><thead><tr><th>ตัวชี้วัด</th><th>ค่าเป้าหมาย</th><th>ผลที่ได้</th><th>หน่วยนับ</th></tr></thead>
      <tbody><tr><td>จำนวนผู้ประกอบการ</td><td>120</td><td><input id="k"></td><td>ราย</td></tr></tbody></table>`;
    expect(tableLabel($('#k'))).toBe('จำนวนผู้ประกอบการ – ผลที่ได้');
  });
  it('uses the nearest preceding row header cell', () => {
    document.body.innerHTML = `<table><thead><tr><th>ก</th><th>ข</th><th>ผล</th></tr></thead>
      <tbody><tr><td>แถวหนึ่ง</td><th scope="row">หัวแถว</th><td><input id="k"></td></tr></tbody></table>`;
    expect(tableLabel($('#k'))).toBe('หัวแถว – ผล');
  });
  it('a row number is not a row header: the column header alone names the cell', () => {
    document.body.innerHTML = `<table><thead><tr><th>ลำดับ</th><th>ระดับแผน</th></tr></thead>
      <tbody><tr><td>2</td><td><select id="s"></select></td></tr></tbody></table>`;
    expect(tableLabel($('#s'))).toBe('ระดับแผน');
  });
  it('finds column headers in the header table of a split header/body table', () => {
    document.body.innerHTML = `<div class="t"><div><table><thead><tr><th>ตัวชี้วัด</th><th>ผลที่ได้</th></tr></thead></table></div>
      <div><table><tbody><tr><td>ร้อยละความพึงพอใจ</td><td><input id="k"></td></tr></tbody></table></div></div>`;
    expect(tableLabel($('#k'))).toBe('ร้อยละความพึงพอใจ – ผลที่ได้');
  });
  it('two label/control pairs in one row keep their own labels', () => {
    document.body.innerHTML = `<table><tr><td>ชื่อ</td><td><input id="a"></td><td>นามสกุล</td><td><input id="b"></td></tr></table>`;
    expect(tableLabel($('#a'))).toBe('ชื่อ');
    expect(tableLabel($('#b'))).toBe('นามสกุล');
  });
  it('reads ARIA grids too', () => {
    document.body.innerHTML = `<div role="grid"><div role="row"><div role="columnheader">ตัวชี้วัด</div><div role="columnheader">ผลที่ได้</div></div>
      <div role="row"><div role="gridcell">เส้นทางท่องเที่ยว</div><div role="gridcell"><input id="k"></div></div></div>`;
    expect(tableLabel($('#k'))).toBe('เส้นทางท่องเที่ยว – ผลที่ได้');
  });
  it('an ARIA row owns its cells through generic boxes (React Suite Table: cell groups, a wrapper per header cell)', () => {
    const cell = (i: number, inner: string, role = 'gridcell') => `<div role="${role}" aria-colindex="${i}" class="rs-table-cell"><div class="rs-table-cell-content">${inner}</div></div>`;
    document.body.innerHTML = `<div role="grid" class="rs-table">
      <div role="rowgroup"><div role="row" aria-rowindex="1" class="rs-table-row rs-table-row-header"><div class="rs-table-cell-group">
        ${['ลำดับ', 'ระดับแผน', 'ประเด็นที่สอดคล้อง'].map((t, i) => `<div class="rs-table-cell-header">${cell(i + 1, t, 'columnheader')}</div>`).join('')}
      </div></div></div>
      <div role="rowgroup"><div class="rs-table-body-wheel-area">
        <div role="row" aria-rowindex="2" class="rs-table-row"><div class="rs-table-cell-group">
          ${cell(1, 'ร้อยละความพึงพอใจ')}${cell(2, '<input id="k">')}${cell(3, '<div role="combobox" id="c" tabindex="0"><span>แผนระดับที่ 2</span></div>')}
        </div></div>
        <div role="row" aria-rowindex="3" class="rs-table-row"><div class="rs-table-cell-group">
          ${cell(1, '2')}${cell(2, '<div role="combobox" id="lv" tabindex="0"><span>กรุณาเลือกระดับแผน</span></div>')}${cell(3, '<input id="i">')}
        </div></div>
      </div></div></div>`;
    expect(tableLabel($('#k'))).toBe('ร้อยละความพึงพอใจ – ระดับแผน');
    expect(tableLabel($('#c'))).toBe('ร้อยละความพึงพอใจ – ประเด็นที่สอดคล้อง');
    // a row number is no row header: the column alone
    expect(tableLabel($('#lv'))).toBe('ระดับแผน');
    expect(tableLabel($('#i'))).toBe('ประเด็นที่สอดคล้อง');
  });
});

describe('layer 2b: text before the control', () => {
  it('climbs wrappers to the label column (AntD Form.Item)', () => {
    document.body.innerHTML = `<div class="row"><div class="label"><label>ความก้าวหน้า</label></div>
      <div class="control"><div><div><div class="slider"><div class="rail"></div><div id="h" role="slider"></div></div></div></div></div></div>`;
    expect(siblingLabel($('#h'))).toBe('ความก้าวหน้า');
  });
  it('skips adornments and units, and stops at another control', () => {
    document.body.innerHTML = `<div><span>งบประมาณ</span><div><span class="input-group-text">฿</span><input id="a"></div></div>
      <div><label>อื่น</label><input id="o"><input id="b"></div>`;
    expect(siblingLabel($('#a'))).toBe('งบประมาณ');
    expect(siblingLabel($('#b'))).toBe('');
  });
  it('reads a definition list term', () => {
    document.body.innerHTML = `<dl><dt>ปีงบประมาณ</dt><dd><input id="y"></dd></dl>`;
    expect(siblingLabel($('#y'))).toBe('ปีงบประมาณ');
  });
  it('a tag input\'s chips (words and one remove button each) are no other control: the caption before them names it', () => {
    document.body.innerHTML = `<div><label>กลุ่มเป้าหมาย</label><div class="chips"><li class="chip">ผู้ประกอบการ<button>close</button></li><li class="chip">มัคคุเทศก์<button>close</button></li><input id="t"></div></div>`;
    expect(siblingLabel($('#t'))).toBe('กลุ่มเป้าหมาย');
    expect(labelOfControl($('#t'))).toBe('กลุ่มเป้าหมาย');
  });
});

describe('layer 2b\': a floating label written after its control', () => {
  // Materialize's select: FormSelect wraps the native select with the input it draws; the page's
  // <label> (no for) follows the wrapper inside the field's box, below the section's title
  const field = (id: string, label: string) => `<div class="input-field col"><div class="select-wrapper"><input id="${id}" role="combobox" readonly>
      <div class="hide-select" hidden><select><option>ก</option></select></div></div><label>${label}</label></div>`;
  it('names the control whose box it shares, before the text above (a section title) or the previous column\'s label', () => {
    document.body.innerHTML = `<div class="card"><span class="card-title">รายงานผลการดำเนินงาน</span><div class="row">${field('q', 'ไตรมาสที่รายงาน')}</div></div>
      <div class="row">${field('a', 'ยุทธศาสตร์ชาติด้าน')}${field('b', 'เป้าหมาย')}${field('c', 'ประเด็นยุทธศาสตร์')}</div>`;
    expect(traceControlLabel($('#q'))).toMatchObject({ text: 'ไตรมาสที่รายงาน', layer: 'after' });
    expect(labelOfControl($('#c'))).toBe('ประเด็นยุทธศาสตร์');
    expect(labelOfControl($('#b'))).toBe('เป้าหมาย');
  });
  it('never the caption of the next field in a shared box, nor a label pointing elsewhere', () => {
    document.body.innerHTML = `<div><input id="x"><label>ถัดไป</label><input id="y"></div><div><input id="z"><label for="y">อื่น</label></div>`;
    expect(traceControlLabel($('#x'), true).answers.find((a) => a.layer === 'after')!.text).toBe('');
    expect(traceControlLabel($('#z'), true).answers.find((a) => a.layer === 'after')!.text).toBe('');
  });
});

describe('layer 3: geometry (injected rectangles)', () => {
  it('takes the nearest text to the left in the same row, else above in the same column', () => {
    document.body.innerHTML = `<div><div><div><span id="l">ผลการเบิกจ่าย</span><span id="far">หัวข้อ</span><b id="above">ข้างบน</b><input id="x"></div></div></div>`;
    const rects = new Map<string, Box>([
      ['x', { left: 200, top: 100, right: 400, bottom: 130 }],
      ['l', { left: 60, top: 105, right: 180, bottom: 125 }],
      ['far', { left: 0, top: 0, right: 50, bottom: 20 }],
      ['above', { left: 200, top: 40, right: 300, bottom: 60 }],
    ]);
    const rectOf = (el: Element) => rects.get(el.id) ?? null;
    expect(geometricLabel($('#x'), rectOf)).toBe('ผลการเบิกจ่าย');
    rects.delete('l');
    expect(geometricLabel($('#x'), rectOf)).toBe('ข้างบน');
  });
  it('a page or section title above (h1–h3) is no field\'s label; a smaller heading is', () => {
    document.body.innerHTML = `<div><div><h2 id="t"><span id="ts">รายงานความก้าวหน้าโครงการ</span></h2><h5 id="h5">ผลการดำเนินงาน</h5><p><input id="x" placeholder="ชื่อผู้รายงาน"></p></div></div>`;
    const rects = new Map<string, Box>([
      ['x', { left: 0, top: 100, right: 300, bottom: 130 }],
      ['ts', { left: 0, top: 60, right: 300, bottom: 90 }],
      ['h5', { left: 0, top: 20, right: 300, bottom: 40 }],
    ]);
    const rectOf = (el: Element) => rects.get(el.id) ?? null;
    expect(geometricLabel($('#x'), rectOf)).toBe('ผลการดำเนินงาน');
    rects.delete('h5');
    expect(geometricLabel($('#x'), rectOf)).toBe('');
  });
  it('without layout (no rectangles) it says nothing', () => {
    document.body.innerHTML = `<span>ชื่อ</span><input id="x">`;
    expect(geometricLabel($('#x'), () => null)).toBe('');
  });
});

describe('never a label', () => {
  it('units, numbers, counters, placeholders, current values, adornments, breadcrumbs', () => {
    for (const t of ['฿', 'บาท', 'ราย', 'ร้อยละ', '120', '2', '0/2000', '']) expect(isRejectedText(t)).toBe(true);
    document.body.innerHTML = `<input id="p" placeholder="วว/ดด/ปปปป" value="ค่า"><nav class="breadcrumb"><span id="c">หน้าหลัก</span></nav><span id="u" class="input-group-text">฿</span>`;
    expect(isRejectedText('วว/ดด/ปปปป', $('#p'))).toBe(true);
    expect(isRejectedText('ค่า', $('#p'))).toBe(true);
    expect(isAdornment($('#c'))).toBe(true);
    expect(isAdornment($('#u'))).toBe(true);
    expect(isRejectedText('ผลที่ได้')).toBe(false);
  });
  it('what a combobox draws inside itself (its value or placeholder) is not its label', () => {
    document.body.innerHTML = `<div id="c" role="combobox" aria-labelledby="v"><div id="v"><span>-- กรุณาเลือก --</span></div></div>
      <div id="k" role="checkbox">แผนแม่บท</div>`;
    expect(isRejectedText('-- กรุณาเลือก --', $('#c'))).toBe(true);
    expect(isRejectedText('ประเด็นที่สอดคล้อง', $('#c'))).toBe(false);
    // a checkbox is named by its content: that text stays its label
    expect(isRejectedText('แผนแม่บท', $('#k'))).toBe(false);
    expect(labelOfControl($('#k'))).toBe('แผนแม่บท');
    // a caption drawn inside the box is still its label
    document.body.innerHTML = `<div id="f" role="combobox" aria-labelledby="fl"><label id="fl">ไตรมาสที่รายงาน</label><span>เลือกไตรมาส</span></div>
      <div id="g" role="combobox" aria-labelledby="gl"><label id="gl">ไตรมาสที่รายงาน</label></div>`;
    expect(labelOfControl($('#f'))).toBe('ไตรมาสที่รายงาน');
    expect(labelOfControl($('#g'))).toBe('ไตรมาสที่รายงาน');
  });
  it('aria-labelledby naming the control itself ("label + value", Headless UI ListboxButton) reads the label only', () => {
    document.body.innerHTML = `<label id="ql" for="q">ไตรมาสที่รายงาน</label><button id="q" type="button" aria-haspopup="listbox" aria-labelledby="ql q"><span>ไตรมาสที่ 2 (ม.ค. - มี.ค.)</span></button>`;
    expect(labelOfControl($('#q'))).toBe('ไตรมาสที่รายงาน');
  });
  it('a select in a table row pointing aria-labelledby at its own value box is named by its column (mat-select)', () => {
    // the plan-row DOM of the zoo's Angular Material M1 page: no form-field label, so mat-select
    // names itself by its value box (placeholder when empty, the choice when filled)
    const cell = (id: string, shown: string) => `<td><div role="combobox" id="${id}" aria-labelledby="v-${id}"><div><div id="v-${id}">${shown}</div></div></div></td>`;
    document.body.innerHTML = `<table><thead><tr><th>ลำดับ</th><th>ระดับแผน</th><th>ประเด็นที่สอดคล้อง</th></tr></thead>
      <tbody><tr><td>1</td>${cell('a', '<span class="mat-mdc-select-placeholder">กรุณาเลือกระดับแผน</span>')}${cell('b', '<span>ประเด็นที่ 5 การท่องเที่ยว</span>')}</tr></tbody></table>`;
    expect(labelOfControl($('#a'))).toBe('ระดับแผน');
    expect(labelOfControl($('#b'))).toBe('ประเด็นที่สอดคล้อง');
  });
  it('a name that only asks for a choice yields to the column header, and stays the label when nothing else names the control', () => {
    // Quasar's q-select in a plan-row cell, its label used as the prompt (zoo vue-quasar M1)
    document.body.innerHTML = `<table><thead><tr><th>ลำดับ</th><th>ระดับแผน</th><th>ประเด็นที่สอดคล้อง</th></tr></thead>
      <tbody><tr><td>1</td><td><input id="a" role="combobox" readonly aria-label="กรุณาเลือกระดับแผน"></td><td><input id="b" role="combobox" readonly aria-label="-- กรุณาเลือก --"></td></tr></tbody></table>
      <div><input id="c" role="combobox" readonly aria-label="กรุณาเลือกจังหวัด"></div>`;
    expect(labelOfControl($('#a'))).toBe('ระดับแผน');
    expect(labelOfControl($('#b'))).toBe('ประเด็นที่สอดคล้อง');
    expect(labelOfControl($('#c'))).toBe('กรุณาเลือกจังหวัด');
    // a name that is not a prompt still comes first
    $('#a').setAttribute('aria-label', 'ระดับของแผน');
    expect(labelOfControl($('#a'))).toBe('ระดับของแผน');
  });
  it('a control with only a placeholder has no label', () => {
    document.body.innerHTML = `<input id="x" placeholder="กรุณาเลือกระดับแผน">`;
    expect(labelOfControl($('#x'))).toBe('');
  });
});

describe('the trace: every layer\'s answer and the one chosen (collect and the page-structure report)', () => {
  it('collect asks only the layers it needs; the report asks them all, same choice', () => {
    document.body.innerHTML = `<div><span>เลขที่สัญญา</span><label for="c">รหัส</label><input id="c" title="ชื่อเต็ม"></div>`;
    const lazy = traceControlLabel($('#c'));
    expect(lazy).toEqual({ text: 'รหัส', layer: 'accessible', answers: [{ layer: 'accessible', text: 'รหัส', via: 'label-for' }] });
    const every = traceControlLabel($('#c'), true);
    expect(every.text).toBe(lazy.text);
    expect(every.layer).toBe('accessible');
    // the <label> is also the text just before the input; happy-dom has no layout, so geometry finds nothing
    // (the five layers of this test; a layer added later is allowed beside them)
    const five = ['accessible', 'table', 'sibling', 'geometric', 'title'];
    expect(every.answers.filter((a) => five.includes(a.layer)).map((a) => [a.layer, a.text])).toEqual([
      ['accessible', 'รหัส'],
      ['table', ''],
      ['sibling', 'รหัส'],
      ['geometric', ''],
      ['title', 'ชื่อเต็ม'],
    ]);
  });
  it('a rejected accessible name (a unit) is shown as rejected and the structure wins', () => {
    document.body.innerHTML = `<div><span>งบประมาณที่ได้รับจัดสรร</span><input id="m" aria-label="บาท"></div>`;
    const t = traceControlLabel($('#m'), true);
    expect(t.layer).toBe('sibling');
    expect(t.text).toBe('งบประมาณที่ได้รับจัดสรร');
    expect(t.answers[0]).toEqual({ layer: 'accessible', text: 'บาท', via: 'aria-label', rejected: true });
    expect(labelOfControl($('#m'))).toBe(t.text);
  });
  it('a radio group: its legend, else the text before the group', () => {
    document.body.innerHTML = `<fieldset id="g"><legend>สถานะโครงการ</legend><input type="radio" name="s" id="r1"></fieldset>
      <div><div>ประเภทงบ</div><div id="h"><input type="radio" name="t" id="r2"></div></div>`;
    expect(traceGroupLabel($('#g'), $('#r1'))).toMatchObject({ text: 'สถานะโครงการ', layer: 'accessible', answers: [{ via: 'legend' }] });
    expect(traceGroupLabel($('#h'), $('#r2'), true)).toMatchObject({ text: 'ประเภทงบ', layer: 'sibling' });
  });
});

describe('tables drawn with layout boxes (ion-grid › ion-row › ion-col, div grids)', () => {
  const grid = (rows: string) => `<div class="grid"><div class="r"><div>ตัวชี้วัด</div><div>ค่าเป้าหมาย</div><div>ผลที่ได้</div><div></div></div>${rows}</div>`;

  it('a control in a row of cells takes its column\'s header from the first, text-only row, and the row\'s first cell as the row name', () => {
    document.body.innerHTML = grid('<div class="r"><div>จำนวนผู้เข้าอบรม</div><div>120</div><div><input id="a"></div><div><button>ลบ</button></div></div>');
    expect(tableLabel($('#a'))).toBe('จำนวนผู้เข้าอบรม – ผลที่ได้');
  });

  it('the cell is found through the boxes a component draws around its input (ion-input: label › div › input)', () => {
    document.body.innerHTML = grid('<div class="r"><div>จำนวนผู้เข้าอบรม</div><div>120</div><div><x-input><label><div></div><div><input id="a"></div></label></x-input></div><div></div></div>');
    expect(tableLabel($('#a'))).toBe('จำนวนผู้เข้าอบรม – ผลที่ได้');
  });

  it('a row number is no row name: the column header alone', () => {
    document.body.innerHTML = `<div><div><div>ลำดับ</div><div>ระดับแผน</div><div></div></div><div><div>1</div><div><select id="s"></select></div><div><button>ลบ</button></div></div></div>`;
    expect(tableLabel($('#s'))).toBe('ระดับแผน');
  });

  it('cards side by side are no table: a summary card\'s text is no column header of the next card\'s fields', () => {
    // react-bootstrap as the zoo draws it: a summary Card (header + a dl) before the report Card (header + body of fields)
    document.body.innerHTML = `<div class="col"><div class="card"><div class="card-header">ข้อมูลโครงการ</div><div class="card-body"><dl><dt>ชื่อโครงการ</dt><dd>โครงการพัฒนาศักยภาพการท่องเที่ยวเชิงวัฒนธรรมจังหวัดระยอง</dd><dt>รหัสโครงการ</dt><dd>รย 0017-69-0004</dd><dt>แหล่งงบประมาณ</dt><dd>งบจังหวัด</dd></dl></div></div>
      <div class="card"><div class="card-header">รายงานผลการดำเนินงาน</div><div class="card-body"><div><input type="radio" name="st" id="r1"><input type="radio" name="st"></div><div><input id="t"></div></div></div></div>`;
    expect(tableLabel($('#r1'))).toBe('');
    expect(tableLabel($('#t'))).toBe('');
  });

  it('ARIA radios of one group in a cell are one field; a cell holding another field beside the control is no one-field cell', () => {
    document.body.innerHTML = grid(`<div class="r"><div>จำนวนผู้เข้าอบรม</div><div>120</div><div role="radiogroup"><span role="radio" id="r1"></span><span role="radio"></span></div><div></div></div>
      <div class="r"><div>งบประมาณ</div><div>5</div><div><input id="a"><span role="checkbox"></span></div><div></div></div>`);
    expect(tableLabel($('#r1'))).toBe('จำนวนผู้เข้าอบรม – ผลที่ได้');
    expect(tableLabel($('#a'))).toBe('');
  });

  it('no header row (the first row holds a control, or one text cell only, or another cell count): no table name', () => {
    document.body.innerHTML = `<div><div><div>ชื่อ</div><div><input></div></div><div><div>งบ</div><div><input id="b"></div></div></div>
      <div><div><div>หัวข้อ</div></div><div><div>ยอด</div><div><input id="c"></div></div></div>`;
    expect(tableLabel($('#b'))).toBe('');
    expect(tableLabel($('#c'))).toBe('');
  });
});

// DevExtreme's dxDataGrid: a header table whose header row is in its <tbody>, a body table, the editor named by the header cell
const DX_GRID = `<div class="dx-datagrid"><div class="dx-datagrid-headers"><table role="presentation"><tbody role="presentation"><tr role="row">
    <td role="columnheader" aria-colindex="1" id="dx-col-1"><div class="dx-datagrid-text-content">ตัวชี้วัด</div></td><td role="columnheader" aria-colindex="2" id="dx-col-2"><div>ค่าเป้าหมาย</div></td><td role="columnheader" aria-colindex="3" id="dx-col-3"><div>ผลที่ได้</div></td></tr></tbody></table></div>
  <div class="dx-datagrid-rowsview"><div class="dx-scrollable-wrapper"><div class="dx-scrollable-container"><div class="dx-scrollable-content"><div class="dx-datagrid-content" role="grid"><table role="presentation"><tbody role="presentation"><tr role="row"><td role="gridcell" aria-colindex="1">จำนวนผู้ประกอบการ</td><td role="gridcell" aria-colindex="2">120</td>
    <td role="gridcell" aria-colindex="3"><div class="dx-textbox"><input id="k" role="textbox" aria-labelledby="dx-col-3"></div></td></tr></tbody></table></div></div></div></div></div></div>`;

describe('a split header table with its header row in <tbody> (DevExtreme dxDataGrid)', () => {
  it('its header cells name the body table\'s columns', () => {
    document.body.innerHTML = DX_GRID;
    expect(tableLabel($('#k'))).toBe('จำนวนผู้ประกอบการ – ผลที่ได้');
  });
  it('a table above with data rows is no header table', () => {
    document.body.innerHTML = `<div><div><table><tbody><tr><th>ก</th><th>ข</th></tr><tr><td>1</td><td>2</td></tr></tbody></table></div>
      <div><table><tbody><tr><td>แถว</td><td><input id="k"></td></tr></tbody></table></div></div>`;
    expect(tableLabel($('#k'))).toBe('แถว');
  });
});

describe('a grid cell editor named by its column header only', () => {
  it('reads "<row> – <column>" (DevExtreme dxDataGrid: aria-labelledby → the header cell of a separate header table)', () => {
    document.body.innerHTML = DX_GRID;
    expect(labelOfControl($('#k'))).toBe('จำนวนผู้ประกอบการ – ผลที่ได้');
  });
  it('a cell editor with its own name keeps it', () => {
    document.body.innerHTML = `<table><thead><tr><th>ตัวชี้วัด</th><th>ผลที่ได้</th></tr></thead>
      <tbody><tr><td>จำนวนผู้ประกอบการ</td><td><input id="k" aria-label="ผลการอบรมรอบแรก"></td></tr></tbody></table>`;
    expect(labelOfControl($('#k'))).toBe('ผลการอบรมรอบแรก');
  });
});

describe('labels a page wrote for what a library replaced or floats', () => {
  it('a rich-text editor that replaced a hidden textarea is named by that textarea\'s <label for>, not by the library\'s aria-label (CKEditor 5)', () => {
    document.body.innerHTML = `<form><div><label for="result" class="form-label">ผลการดำเนินงาน</label><textarea id="result" style="display:none"></textarea>
      <div class="ck ck-reset ck-editor" role="application"><div class="ck ck-editor__top"><div class="ck ck-toolbar" role="toolbar"><button type="button" aria-pressed="false"><span class="ck-button__label">Bold</span></button></div></div>
      <div class="ck ck-editor__main"><div id="ed" class="ck ck-content ck-editor__editable" role="textbox" aria-label="Rich Text Editor. Editing area: main. Press Alt+0 for help." contenteditable="true"><p><br data-cke-filler="true"></p></div></div></div></div></form>`;
    expect(labelOfControl($('#ed'))).toBe('ผลการดำเนินงาน');
    // …also when the library's name is translated (not recognisable as boilerplate)
    $('#ed').setAttribute('aria-label', 'พื้นที่แก้ไขข้อความ');
    expect(labelOfControl($('#ed'))).toBe('ผลการดำเนินงาน');
  });
  it('an editor with no replaced textarea keeps its own name; a textarea before another field\'s box is not its', () => {
    document.body.innerHTML = `<form><textarea id="other" style="display:none"></textarea><div><input id="i"><div><div id="ed" role="textbox" contenteditable="true" aria-label="บันทึกเพิ่มเติม"></div></div></div></form>`;
    expect(labelOfControl($('#ed'))).toBe('บันทึกเพิ่มเติม');
  });
  it('a <label for> stays the label when the page repeats it as the placeholder (Bootstrap floating labels)', () => {
    document.body.innerHTML = `<form><div><label>ยุทธศาสตร์ชาติด้าน</label><select><option>ด้านความมั่นคง</option></select></div>
      <div class="form-floating"><textarea class="form-control" id="t" placeholder="ผลการดำเนินงานที่สอดคล้อง"></textarea><label for="t">ผลการดำเนินงานที่สอดคล้อง</label></div></form>`;
    expect(labelOfControl($('#t'))).toBe('ผลการดำเนินงานที่สอดคล้อง');
  });
});

/** The "visually hidden" recipe as Carbon's stylesheet draws .cds--visually-hidden (inline here). */
const SR_ONLY = 'position:absolute;overflow:hidden;padding:0;border:0;margin:-1px;height:1px;width:1px;clip:rect(0,0,0,0);white-space:nowrap';

describe('labels drawn for screen readers only (Carbon Design System)', () => {
  it('words a <label> adds for screen readers are no part of the name (FilterableMultiSelect: "Total items selected: 0.")', () => {
    document.body.innerHTML = `<div><label id="b-label" for="b">กลุ่มเป้าหมายที่ได้รับประโยชน์<span style="${SR_ONLY}">Total items selected:  0.</span></label>
      <div><div><input id="b" role="combobox" placeholder="เลือกได้มากกว่า 1 กลุ่ม"></div></div></div>`;
    expect(accessibleName($('#b'))).toEqual({ text: 'กลุ่มเป้าหมายที่ได้รับประโยชน์', confident: true, via: 'label-for' });
    expect(labelOfControl($('#b'))).toBe('กลุ่มเป้าหมายที่ได้รับประโยชน์');
  });
  it('a grid cell whose <label> is hidden whole (hideLabel) is named by its row and column, as a person reads it', () => {
    document.body.innerHTML = `<table><thead><tr><th>ตัวชี้วัด</th><th>ค่าเป้าหมาย</th><th>ผลที่ได้</th></tr></thead>
      <tbody><tr><td>จำนวนผู้ประกอบการที่ได้รับการอบรม</td><td>120</td><td><div><div><label for="k" style="${SR_ONLY}">ผลที่ได้ จำนวนผู้ประกอบการที่ได้รับการอบรม</label></div>
        <div><input id="k"></div></div></td></tr></tbody></table>`;
    expect(accessibleName($('#k'))).toEqual({ text: 'ผลที่ได้ จำนวนผู้ประกอบการที่ได้รับการอบรม', confident: false, via: 'label-for' });
    expect(labelOfControl($('#k'))).toBe('จำนวนผู้ประกอบการที่ได้รับการอบรม – ผลที่ได้');
  });
  it('a hidden label with nothing else around still names its control', () => {
    document.body.innerHTML = `<div><label for="s" style="${SR_ONLY}">ค้นหาโครงการ</label><input id="s"></div>`;
    expect(labelOfControl($('#s'))).toBe('ค้นหาโครงการ');
  });
});

describe('labels a person pairs by where they are drawn (probes of 7 Dec)', () => {
  it('a CSS grid whose first row of items is short text names each control below by its column', () => {
    document.body.innerHTML = `<main><div style="display: grid; grid-template-columns: 1fr 1fr 1fr">
      <div>ไตรมาสที่รายงาน</div><div>ร้อยละความก้าวหน้า</div><div>ผลการเบิกจ่าย (บาท)</div>
      <div><select id="q"><option value="">เลือก</option></select></div><div><input id="p" type="number"></div><div><input id="s"></div>
      <div>แผนงานที่ 2</div><div><input id="p2" type="number"></div><div><input id="s2"></div></div></main>`;
    // happy-dom lays nothing out (every box at 0), so the test pins the order; Chromium pairs by the left edge
    const lefts = new Map<Element, number>();
    const items = Array.from($('main > div').children);
    items.forEach((e, i) => lefts.set(e, (i % 3) * 100));
    for (const e of items) e.getBoundingClientRect = () => ({ left: lefts.get(e)! }) as DOMRect;
    expect(labelOfControl($('#q'))).toBe('ไตรมาสที่รายงาน');
    expect(labelOfControl($('#p'))).toBe('ร้อยละความก้าวหน้า');
    expect(labelOfControl($('#s'))).toBe('ผลการเบิกจ่าย (บาท)');
    // a later row whose first item is text: "<row> – <column>", as in a <table>
    expect(labelOfControl($('#s2'))).toBe('แผนงานที่ 2 – ผลการเบิกจ่าย (บาท)');
  });

  it('a two-column grid of label | control pairs is no table: each control keeps the text before it', () => {
    document.body.innerHTML = `<div style="display: grid; grid-template-columns: 200px 1fr">
      <div>ไตรมาสที่รายงาน</div><div><select id="q"><option value="">เลือก</option></select></div>
      <div>ผลการดำเนินงาน</div><div><textarea id="r"></textarea></div></div>`;
    expect(labelOfControl($('#q'))).toBe('ไตรมาสที่รายงาน');
    expect(labelOfControl($('#r'))).toBe('ผลการดำเนินงาน');
  });

  it('an icon link beside a label\'s words is no part of the name; the required mark stays', () => {
    document.body.innerHTML = `<label for="r">ผลการดำเนินงาน <abbr title="จำเป็น">*</abbr> <a href="#" title="คำอธิบาย">ⓘ</a></label><textarea id="r"></textarea>
      <label for="s">ข้อเสนอแนะ <span role="button" tabindex="0" aria-label="ช่วยเหลือ">?</span></label><textarea id="s"></textarea>
      <label for="t">ดู <a href="#">คู่มือ</a></label><input id="t">`;
    expect(traceControlLabel($('#r')).text).toBe('ผลการดำเนินงาน *');
    expect(labelOfControl($('#s'))).toBe('ข้อเสนอแนะ');
    // a link with words is read
    expect(labelOfControl($('#t'))).toBe('ดู คู่มือ');
  });

  it('a unit note after a label\'s words, muted or drawn smaller, is no part of the name; other muted words are', () => {
    document.body.innerHTML = `<label for="k" style="color: rgb(33, 37, 41); font-size: 16px">ตัวชี้วัด <small style="color: rgb(108, 117, 125)">หน่วย: ครั้ง</small></label><input id="k">
      <label for="m" style="color: rgb(33, 37, 41); font-size: 16px">ผลการเบิกจ่าย <small style="font-size: 13px">บาท</small></label><input id="m">
      <label for="n" style="color: rgb(33, 37, 41); font-size: 16px">ผลผลิต <span>หน่วย: แห่ง</span></label><input id="n">
      <label for="o" style="color: rgb(33, 37, 41); font-size: 16px">ผลการเบิกจ่าย <small style="color: rgb(108, 117, 125)">ไตรมาสที่ 2</small></label><input id="o">`;
    expect(labelOfControl($('#k'))).toBe('ตัวชี้วัด');
    expect(labelOfControl($('#m'))).toBe('ผลการเบิกจ่าย');
    // in the label's own colour and size: part of the name
    expect(labelOfControl($('#n'))).toBe('ผลผลิต หน่วย: แห่ง');
    // muted words that are no unit stay
    expect(labelOfControl($('#o'))).toBe('ผลการเบิกจ่าย ไตรมาสที่ 2');
  });
});

describe('captions written as text (probes of 7 Dec)', () => {
  it('text written straight into the parent before a control names it, with the required mark of its line', () => {
    document.body.innerHTML = `<h2>รายงาน</h2><form><p><span class="req">*</span> ผลการดำเนินงาน<br><textarea id="r"></textarea></p>
      <div>ผลการเบิกจ่าย: <input id="s"> บาท <input id="u"></div></form>`;
    expect(siblingLabel($('#r'))).toBe('* ผลการดำเนินงาน');
    expect(labelOfControl($('#s'))).toBe('ผลการเบิกจ่าย:');
    // a unit after the previous control is not the next one's caption, and that control ends the search
    expect(siblingLabel($('#u'))).toBe('');
  });

  it('a caption inside a radio group\'s own box, before its options, names the group (radios drawn as cards)', () => {
    document.body.innerHTML = `<p>ผลการดำเนินงาน <textarea></textarea></p><div id="g"><div><b>สถานะโครงการ</b> <span>*</span></div>
      <label><input type="radio" name="st" id="r1"><strong>ยังไม่เริ่มดำเนินการ</strong><div>โครงการยังไม่ได้เริ่ม</div></label>
      <label><input type="radio" name="st"><strong>อยู่ระหว่างดำเนินการ</strong></label></div>`;
    expect(traceGroupLabel($('#g'), $('#r1'))).toMatchObject({ text: 'สถานะโครงการ *', layer: 'sibling' });
  });
});

describe('tables with grouped column headers (a probe of 7 Dec)', () => {
  it('a two-row <thead> with rowspans and colspans names each cell by its row and every header above it', () => {
    document.body.innerHTML = `<table><thead>
      <tr><th rowspan="2">ลำดับ</th><th rowspan="2">ตัวชี้วัด</th><th colspan="2">ค่าเป้าหมาย</th><th colspan="2">ผลการดำเนินงาน</th></tr>
      <tr><th>จำนวน</th><th>หน่วยนับ</th><th>ไตรมาสนี้</th><th>สะสม</th></tr></thead><tbody>
      <tr><td>1</td><td>จำนวนผู้เข้ารับการอบรม</td><td>120</td><td>คน</td><td><input id="a1"></td><td><input id="a2"></td></tr>
      <tr><td>2</td><td>ร้อยละความพึงพอใจ</td><td><input id="t2"></td><td>ร้อยละ</td><td><input id="b1"></td><td><input id="b2"></td></tr></tbody></table>`;
    expect(tableLabel($('#a1'))).toBe('จำนวนผู้เข้ารับการอบรม – ผลการดำเนินงาน ไตรมาสนี้');
    expect(tableLabel($('#a2'))).toBe('จำนวนผู้เข้ารับการอบรม – ผลการดำเนินงาน สะสม');
    expect(tableLabel($('#t2'))).toBe('ร้อยละความพึงพอใจ – ค่าเป้าหมาย จำนวน');
    expect(tableLabel($('#b2'))).toBe('ร้อยละความพึงพอใจ – ผลการดำเนินงาน สะสม');
  });

  it('past a row number, a drawn widget\'s cell (focusable, no native control) ends the search for the row\'s name', () => {
    document.body.innerHTML = `<table><thead><tr><th>ลำดับ</th><th>ระดับแผน</th><th>ประเด็นที่สอดคล้อง</th></tr></thead><tbody>
      <tr><td>1</td><td><div class="n-base-selection" tabindex="0"><span>แผนระดับที่ 3</span></div></td><td><input id="x"></td></tr>
      <tr><td>2</td><td><vaadin-select-value>แผนระดับที่ 2</vaadin-select-value></td><td><input id="y"></td></tr></tbody></table>`;
    expect(tableLabel($('#x'))).toBe('ประเด็นที่สอดคล้อง');
    // a custom element's cell (a web component's drawn value) too
    expect(tableLabel($('#y'))).toBe('ประเด็นที่สอดคล้อง');
  });
});

describe('icon fonts', () => {
  it('an icon font\'s ligature (Material Icons: the icon\'s name as text) is no part of a label', () => {
    document.body.innerHTML = `<label for="d"><i style="font-family: 'Material Icons'">event</i> วันที่รายงาน</label><input id="d">
      <label for="e"><i>event</i> วันที่เริ่ม</label><input id="e">`;
    expect(labelOfControl($('#d'))).toBe('วันที่รายงาน');
    // the same word in the page's own font is text
    expect(labelOfControl($('#e'))).toBe('event วันที่เริ่ม');
  });
});
