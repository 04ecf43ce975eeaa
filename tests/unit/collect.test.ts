import { describe, expect, it, beforeEach } from 'vitest';
import { collectForm } from '@/utils/collect';
import { isVisible } from '@/utils/collect/dom';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import type { FieldSnapshot } from '@/utils/types';

const opts = { placeholders: DEFAULT_PROFILE.placeholders };

function fields(): FieldSnapshot[] {
  return collectForm(document, opts).snapshot.fields;
}
function byLabel(label: string): FieldSnapshot {
  const f = fields().find((x) => x.label === label);
  if (!f) throw new Error(`no field "${label}" in ${JSON.stringify(fields().map((x) => x.label))}`);
  return f;
}

const NAV = `<nav><input type="search" placeholder="ค้นหาโครงการ"></nav>`;

describe('collect: labelled native controls', () => {
  beforeEach(() => {
    document.body.innerHTML = `${NAV}
    <form>
      <section><h3>รายงานผลการดำเนินงาน</h3>
        <label for="q">ไตรมาสที่รายงาน *</label>
        <select id="q"><option value="">-- กรุณาเลือก --</option><option value="2">ไตรมาสที่ 2 (ม.ค. - มี.ค.)</option></select>
        <fieldset><legend>สถานะโครงการ</legend>
          <label><input type="radio" name="st" value="1"> ยังไม่ดำเนินการ</label>
          <label><input type="radio" name="st" value="2"> อยู่ระหว่างดำเนินการ</label>
        </fieldset>
        <label for="p">ความก้าวหน้าของโครงการ (ร้อยละ)</label><input id="p" type="range" min="0" max="100" value="0">
        <label for="r">ผลการดำเนินงาน</label><textarea id="r"></textarea>
        <input type="hidden" name="token" value="">
        <label for="d">หมายเหตุ (สำหรับเจ้าหน้าที่จังหวัด)</label><input id="d" disabled>
        <label for="ro">วันที่บันทึกล่าสุด</label><input id="ro" readonly>
        <div style="display:none"><label for="h">คำอธิบายเอกสารแนบ</label><input id="h"></div>
        <template><label>แถวแม่แบบ</label><input></template>
        <div class="row template" hidden><input name="tpl"></div>
      </section>
    </form>`;
  });

  it('finds each visible enabled control with its label, kind and section', () => {
    const f = fields();
    expect(f.map((x) => [x.label, x.kind])).toEqual([
      ['ไตรมาสที่รายงาน', 'select'],
      ['สถานะโครงการ', 'radio'],
      ['ความก้าวหน้าของโครงการ (ร้อยละ)', 'slider'],
      ['ผลการดำเนินงาน', 'text'],
      ['วันที่บันทึกล่าสุด', 'text'],
    ]);
    expect(byLabel('ไตรมาสที่รายงาน').section).toEqual(['รายงานผลการดำเนินงาน']);
    expect(byLabel('ไตรมาสที่รายงาน').required).toBe(true);
  });

  it('treats the placeholder option as empty and reads chosen options as text', () => {
    expect(byLabel('ไตรมาสที่รายงาน')).toMatchObject({ empty: true, value: '' });
    (document.getElementById('q') as HTMLSelectElement).value = '2';
    expect(byLabel('ไตรมาสที่รายงาน')).toMatchObject({ empty: false, value: 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)' });
  });

  it('reads radio groups, sliders and read-only fields', () => {
    expect(byLabel('สถานะโครงการ')).toMatchObject({ empty: true, options: ['ยังไม่ดำเนินการ', 'อยู่ระหว่างดำเนินการ'] });
    (document.querySelector('input[value="2"][name=st]') as HTMLInputElement).checked = true;
    expect(byLabel('สถานะโครงการ')).toMatchObject({ empty: false, value: 'อยู่ระหว่างดำเนินการ' });
    expect(byLabel('ความก้าวหน้าของโครงการ (ร้อยละ)')).toMatchObject({ number: 0, empty: false });
    expect(byLabel('วันที่บันทึกล่าสุด')).toMatchObject({ editable: false, empty: true });
  });

  it('treats whitespace as empty', () => {
    (document.getElementById('r') as HTMLTextAreaElement).value = '   \n ';
    expect(byLabel('ผลการดำเนินงาน').empty).toBe(true);
  });
});

describe('collect: a control drawn disabled without the attribute', () => {
  it('an empty box classed disabled that no pointer reaches is no field; classed only, or pointer-less only, it still is one', () => {
    document.body.innerHTML = `<form>
      <label for="st">สถานะ</label><select id="st"><option>แล้วเสร็จ</option><option>อื่นๆ</option></select>
      <label for="other">โปรดระบุ</label><input id="other" class="form-control disabled" style="pointer-events: none">
      <label for="w">สาเหตุ</label><span class="is-disabled"><input id="w" style="pointer-events: none"></span>
      <label for="c">ผู้รายงาน</label><input id="c" class="disabled">
      <label for="n">เบอร์โทรศัพท์</label><input id="n" style="pointer-events: none">
      <label for="f">หมายเหตุ</label><input id="f" class="disabled" style="pointer-events: none" value="ไม่มี">
    </form>`;
    const labels = fields().map((f) => f.label);
    expect(labels).not.toContain('โปรดระบุ');
    expect(labels).not.toContain('สาเหตุ');
    // one mark is not enough (a stray class, a library's pointer-less plumbing), and a filled one stays
    expect(labels).toEqual(expect.arrayContaining(['ผู้รายงาน', 'เบอร์โทรศัพท์', 'หมายเหตุ']));
  });
});

describe('collect: table layout without ids', () => {
  beforeEach(() => {
    document.body.innerHTML = `${NAV}
    <table class="form-table"><tbody>
      <tr><th colspan="2">รายงานผลการดำเนินงาน</th></tr>
      <tr><th>ไตรมาสที่รายงาน <span class="req">*</span></th><td><select name="q"><option>-- กรุณาเลือก --</option><option>ไตรมาสที่ 1 (ต.ค. - ธ.ค.)</option></select></td></tr>
      <tr><th>สถานะโครงการ</th><td><label><input type="radio" name="s"> ยังไม่ดำเนินการ</label><label><input type="radio" name="s"> ดำเนินการแล้วเสร็จ</label></td></tr>
      <tr><th>ร้อยละความก้าวหน้า</th><td><input type="range" value="30"></td></tr>
      <tr><th>ผลการใช้จ่ายงบประมาณ (บาท)</th><td><input type="text" value="1,000"></td></tr>
      <tr><th colspan="2">ยุทธศาสตร์ชาติ</th></tr>
      <tr><th>เป้าหมาย</th><td><select><option value="">-- กรุณาเลือก --</option></select></td></tr>
      <tr hidden><th>แถวแม่แบบ</th><td><input></td></tr>
    </tbody></table>
    <table><thead><tr><th>ตัวชี้วัด</th><th>ผลที่ได้</th></tr></thead>
      <tbody><tr><td><input type="text" readonly value="จำนวนผู้เข้าร่วม"></td><td><input type="text"></td></tr></tbody></table>`;
  });

  it('labels inputs from row headers and sections from full-width header rows', () => {
    expect(fields().map((x) => [x.label, x.kind, x.section.join(' > ')])).toEqual([
      ['ไตรมาสที่รายงาน', 'select', 'รายงานผลการดำเนินงาน'],
      ['สถานะโครงการ', 'radio', 'รายงานผลการดำเนินงาน'],
      ['ร้อยละความก้าวหน้า', 'slider', 'รายงานผลการดำเนินงาน'],
      ['ผลการใช้จ่ายงบประมาณ (บาท)', 'text', 'รายงานผลการดำเนินงาน'],
      ['เป้าหมาย', 'select', 'ยุทธศาสตร์ชาติ'],
      ['ตัวชี้วัด', 'text', ''],
      ['ผลที่ได้', 'text', ''],
    ]);
    expect(byLabel('ร้อยละความก้าวหน้า').number).toBe(30);
  });
});

describe('collect: a fieldset named without a legend', () => {
  it('a fieldset labelled by aria-labelledby (Headless UI Fieldset + Legend, a <div>) titles the section of its fields', () => {
    document.body.innerHTML = `${NAV}<form>
      <fieldset aria-labelledby="lg1"><div id="lg1">แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ</div>
        <div><label for="a">หมุดหมาย</label><input id="a"></div></fieldset>
      <fieldset aria-label="ยุทธศาสตร์ชาติ"><div><label for="b">เป้าหมาย</label><input id="b"></div></fieldset>
      <fieldset aria-labelledby="lg3"><div><div id="lg3">ผลการดำเนินงานตามตัวชี้วัด</div><button type="button">เพิ่ม</button></div>
        <div><label for="c">ผลที่ได้</label><input id="c"></div></fieldset></form>`;
    expect(fields().map((x) => [x.label, x.section.join(' > ')])).toEqual([
      ['หมุดหมาย', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ'],
      ['เป้าหมาย', 'ยุทธศาสตร์ชาติ'],
      ['ผลที่ได้', 'ผลการดำเนินงานตามตัวชี้วัด'],
    ]);
  });
});

describe('collect: custom widgets', () => {
  beforeEach(() => {
    document.body.innerHTML = `${NAV}
    <div class="app">
      <div role="heading" aria-level="3">รายงานผลการดำเนินงาน</div>
      <div class="row"><div class="lbl" id="l-q">ไตรมาสที่รายงาน</div>
        <div role="combobox" aria-labelledby="l-q" aria-expanded="false" aria-controls="lb-q" tabindex="0"><span>-- กรุณาเลือก --</span></div>
        <ul role="listbox" id="lb-q" hidden><li role="option">ไตรมาสที่ 1 (ต.ค. - ธ.ค.)</li><li role="option">ไตรมาสที่ 2 (ม.ค. - มี.ค.)</li></ul>
      </div>
      <div class="row"><div class="lbl" id="l-s">สถานะโครงการ</div>
        <div role="radiogroup" aria-labelledby="l-s"><div role="radio" aria-checked="false" tabindex="0">ยังไม่ดำเนินการ</div><div role="radio" aria-checked="true" tabindex="-1">อยู่ระหว่างดำเนินการ</div></div></div>
      <div class="row"><div class="lbl" id="l-p">ความก้าวหน้าของโครงการ (ร้อยละ)</div>
        <div role="slider" aria-labelledby="l-p" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0" tabindex="0"><div class="bar"></div></div></div>
      <div class="row"><div class="lbl">ผลการเบิกจ่ายงบประมาณ (บาท)</div><div class="ctl"><input type="text"></div></div>
      <div class="row"><div class="lbl" id="l-r">ผลการดำเนินงาน</div><div contenteditable="true" role="textbox" aria-multiline="true" aria-labelledby="l-r"><p>  </p></div></div>
      <div class="row"><div contenteditable="true" role="textbox" aria-label="ปัญหา/อุปสรรค">มีฝนตก</div></div>
      <div role="heading" aria-level="3">ความสอดคล้องกับแผน</div>
      <div role="group" aria-labelledby="l-plans"><div id="l-plans">แผนที่รายงาน</div>
        <div role="checkbox" aria-checked="true" tabindex="0">ยุทธศาสตร์ชาติ</div></div>
    </div>`;
  });

  it('reads combobox, radiogroup, slider, sibling-labelled input and contenteditable', () => {
    expect(fields().map((x) => [x.label, x.kind, x.empty])).toEqual([
      ['ไตรมาสที่รายงาน', 'combobox', true],
      ['สถานะโครงการ', 'radio', false],
      ['ความก้าวหน้าของโครงการ (ร้อยละ)', 'slider', false],
      ['ผลการเบิกจ่ายงบประมาณ (บาท)', 'text', true],
      ['ผลการดำเนินงาน', 'richtext', true],
      ['ปัญหา/อุปสรรค', 'richtext', false],
      ['ยุทธศาสตร์ชาติ', 'checkbox', false],
    ]);
    expect(byLabel('ไตรมาสที่รายงาน').options).toEqual(['ไตรมาสที่ 1 (ต.ค. - ธ.ค.)', 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)']);
    expect(byLabel('สถานะโครงการ').value).toBe('อยู่ระหว่างดำเนินการ');
    expect(byLabel('ยุทธศาสตร์ชาติ').section).toEqual(['ความสอดคล้องกับแผน', 'แผนที่รายงาน']);
  });

  it('follows a combobox choice and a slider move', () => {
    document.querySelector('[role=combobox] span')!.textContent = 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)';
    document.querySelector('[role=slider]')!.setAttribute('aria-valuenow', '45');
    expect(byLabel('ไตรมาสที่รายงาน')).toMatchObject({ empty: false, value: 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)' });
    expect(byLabel('ความก้าวหน้าของโครงการ (ร้อยละ)').number).toBe(45);
  });

  it('skips disabled custom widgets and anything inside the extension UI', () => {
    document.querySelector('[role=slider]')!.setAttribute('aria-disabled', 'true');
    document.body.insertAdjacentHTML('beforeend', '<emenscr-assistant><input aria-label="ของเรา"></emenscr-assistant>');
    const labels = fields().map((x) => x.label);
    expect(labels).not.toContain('ความก้าวหน้าของโครงการ (ร้อยละ)');
    expect(labels).not.toContain('ของเรา');
  });
});

describe('collect: framework markup seen in Thai government apps', () => {
  it('Bootstrap form groups and cards', () => {
    document.body.innerHTML = `
      <div class="card"><div class="card-header">ยุทธศาสตร์ชาติ</div><div class="card-body">
        <div class="form-group"><label>ยุทธศาสตร์ชาติด้าน <span class="text-danger">*</span></label>
          <div class="input-group"><select class="form-control"><option>-- กรุณาเลือก --</option></select></div></div>
        <div class="form-group"><label>สถานะโครงการ</label>
          <div><label class="radio-inline"><input type="radio" name="s"> ยังไม่ดำเนินการ</label><label class="radio-inline"><input type="radio" name="s"> อยู่ระหว่างดำเนินการ</label></div></div>
      </div></div>`;
    expect(fields().map((f) => [f.label, f.kind, f.required, f.section.join('>')])).toEqual([
      ['ยุทธศาสตร์ชาติด้าน', 'select', true, 'ยุทธศาสตร์ชาติ'],
      ['สถานะโครงการ', 'radio', false, 'ยุทธศาสตร์ชาติ'],
    ]);
  });

  it('a card titled by a heading wrapped in header divs (Mantine Card.Section > Group > Title)', () => {
    const card = (title: string, label: string) => `<div class="card"><div class="card-section"><div class="group"><h4>${title}</h4></div></div>
      <div class="stack"><div><label for="${label}">${label}</label><input id="${label}"></div></div></div>`;
    document.body.innerHTML = card('ยุทธศาสตร์ชาติ', 'เป้าหมาย') + card('แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ', 'หมุดหมาย') +
      // a header that says more than its heading is not a title block
      `<div><div><div><h4>หัวข้อ</h4><p>คำอธิบายยาว</p></div></div><div><label for="x">ชื่อ</label><input id="x"></div></div>`;
    expect(fields().map((f) => [f.label, f.section.join('>')])).toEqual([
      ['เป้าหมาย', 'ยุทธศาสตร์ชาติ'],
      ['หมุดหมาย', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ'],
      ['ชื่อ', ''],
    ]);
  });

  it('a card header with tool buttons beside its title (AdminLTE card-tools) still titles the card', () => {
    const card = (title: string, label: string, tools: string) => `<div class="card card-primary"><div class="card-header"><h3 class="card-title">${title}</h3>
      <div class="card-tools">${tools}</div></div>
      <div class="card-body"><div class="form-group row"><label for="${label}" class="col-sm-2 col-form-label">${label}</label><div class="col-sm-10"><select id="${label}"><option value="">กรุณาเลือก</option></select></div></div></div></div>`;
    document.body.innerHTML = card('ยุทธศาสตร์ชาติ', 'เป้าหมาย', '<button type="button" class="btn btn-tool" data-card-widget="collapse"><i class="fas fa-minus"></i></button>') +
      // a search box in the header is an entry: the header is then no title block
      card('ตัวชี้วัด', 'ผลที่ได้', '<div class="input-group input-group-sm"><input type="text" placeholder="ค้นหา"></div>') +
      // a tool button with words: the title is the heading, not the button's text
      card('แผนที่เชื่อมโยง', 'ระดับแผน', '<button type="button" class="btn btn-tool"><i class="fas fa-plus"></i> เพิ่มแผน</button>');
    expect(fields().filter((f) => f.kind === 'select').map((f) => [f.label, f.section.join('>')])).toEqual([
      ['เป้าหมาย', 'ยุทธศาสตร์ชาติ'],
      ['ผลที่ได้', ''],
      ['ระดับแผน', 'แผนที่เชื่อมโยง'],
    ]);
  });

  it('an accordion heading that holds only its disclosure button (react-bootstrap Accordion.Header) titles its item', () => {
    const item = (title: string, label: string) => `<div class="accordion-item"><h2 class="accordion-header"><button type="button" aria-expanded="true" class="accordion-button">${title}</button></h2>
      <div class="accordion-collapse collapse show"><div class="accordion-body"><label for="${label}">${label}</label><input id="${label}"></div></div></div>`;
    document.body.innerHTML = `<h2>ความเชื่อมโยงกับแผน</h2><div class="accordion">${item('ยุทธศาสตร์ชาติ', 'เป้าหมาย')}${item('แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ', 'หมุดหมาย')}</div>` +
      // a heading holding a plain action button (no aria-expanded) is not titled by the button's words
      `<div><h3><button type="button">เพิ่มแถว</button></h3><label for="y">ชื่อ</label><input id="y"></div>`;
    expect(fields().map((f) => [f.label, f.section.join('>')])).toEqual([
      ['เป้าหมาย', 'ความเชื่อมโยงกับแผน>ยุทธศาสตร์ชาติ'],
      ['หมุดหมาย', 'ความเชื่อมโยงกับแผน>แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ'],
      ['ชื่อ', 'ความเชื่อมโยงกับแผน'],
    ]);
  });

  it('Ant Design form items (label and control in sibling columns, control nested deep)', () => {
    document.body.innerHTML = `
      <div class="ant-form-item"><div class="ant-row">
        <div class="ant-col ant-form-item-label"><label title="ปัญหา/อุปสรรค">ปัญหา/อุปสรรค</label></div>
        <div class="ant-col ant-form-item-control"><div class="ant-form-item-control-input"><div class="ant-form-item-control-input-content">
          <span class="ant-input-affix-wrapper"><textarea class="ant-input"></textarea></span></div></div></div>
      </div></div>`;
    expect(fields().map((f) => f.label)).toEqual(['ปัญหา/อุปสรรค']);
  });

  it('Angular Material form fields (mat-label) and an open <details> section', () => {
    document.body.innerHTML = `
      <details open><summary>แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13</summary>
        <mat-form-field><mat-label>หมุดหมาย</mat-label><div class="mat-mdc-form-field-infix"><input matInput></div></mat-form-field>
      </details>
      <details><summary>แผนการปฏิรูปประเทศ</summary><label>ด้าน<input></label></details>`;
    const f = fields();
    expect(f.map((x) => [x.label, x.section.join('>')])).toEqual([['หมุดหมาย', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13']]);
  });
});

describe('collect: read-only inputs', () => {
  it('keeps plain read-only inputs as context but treats picker inputs as fields to fill', () => {
    document.body.innerHTML = `
      <label for="a">วันที่บันทึกล่าสุด</label><input id="a" readonly>
      <label for="b">วันที่เริ่มต้น</label><input id="b" class="flatpickr-input" readonly>
      <div class="el-form-item"><label class="el-form-item__label">ไตรมาสที่รายงาน</label>
        <div class="el-form-item__content"><div class="el-select"><input class="el-input__inner" readonly placeholder="-- กรุณาเลือก --"></div></div></div>`;
    expect(fields().map((f) => [f.label, f.editable, f.empty])).toEqual([
      ['วันที่บันทึกล่าสุด', false, true],
      ['วันที่เริ่มต้น', true, true],
      ['ไตรมาสที่รายงาน', true, true],
    ]);
  });

  it('a read-only input deep in a date picker frame is a picker (Naive UI n-date-picker), one in a row merely classed "date" is not', () => {
    document.body.innerHTML = `
      <div class="n-form-item"><label class="n-form-item-label">วันที่รายงาน</label><div class="n-form-item-blank">
        <div class="n-date-picker"><div class="n-input" tabindex="0"><div class="n-input-wrapper"><div class="n-input__input"><input id="d" readonly placeholder="วว/ดด/ปปปป"></div></div></div></div></div></div>
      <div class="date-row"><label for="u">วันที่บันทึกล่าสุด</label><div><div><input id="u" readonly value="01/10/2568"></div></div><input aria-label="หมายเหตุ"></div>`;
    expect(fields().map((f) => [f.label, f.editable, f.empty])).toEqual([
      ['วันที่รายงาน', true, true],
      ['วันที่บันทึกล่าสุด', false, false],
      ['หมายเหตุ', true, true],
    ]);
  });

  it('readonly is ignored on a range input, as the browser ignores it (React Suite Slider), kept on the types it applies to (number)', () => {
    document.body.innerHTML = `
      <div class="rs-form-group"><label id="progress-label" for="progress" class="rs-form-control-label">ความก้าวหน้าของโครงการ (ร้อยละ)</label>
        <div class="rs-slider" role="presentation" id="progress"><div class="rs-slider-bar"><div class="rs-slider-progress-bar" style="width: 0%;"></div></div>
          <div class="rs-slider-handle" tabindex="0" style="--rs-slider-offset: 0%;"><div class="rs-slider-tooltip" role="tooltip" aria-hidden="true">0</div>
            <input readonly tabindex="-1" aria-valuenow="0" aria-labelledby="progress-label" aria-valuemax="100" aria-valuemin="0" type="range" value="0"></div></div></div>
      <label for="n">เลขที่หนังสือ</label><input id="n" type="number" readonly value="12">`;
    expect(fields().map((f) => [f.label, f.kind, f.editable])).toEqual([
      ['ความก้าวหน้าของโครงการ (ร้อยละ)', 'slider', true],
      ['เลขที่หนังสือ', 'text', false],
    ]);
  });
});

describe('isVisible: hidden, inert and closed-details ancestors (one walk up)', () => {
  // the same answers as the former three `closest` tests, case by case
  const cases: [string, string, boolean][] = [
    ['plain', `<div><input id="x"></div>`, true],
    ['aria-hidden ancestor', `<div aria-hidden="true"><input id="x"></div>`, false],
    ['inert ancestor', `<div inert><input id="x"></div>`, false],
    ['closed details', `<details><summary>s</summary><input id="x"></details>`, false],
    ['summary of closed details', `<details><summary><input id="x"></summary></details>`, true],
    ['summary of closed details under aria-hidden', `<div aria-hidden="true"><details><summary><input id="x"></summary></details></div>`, false],
    ['summary of closed details under inert', `<section inert><details><summary><input id="x"></summary></details></section>`, false],
    ['open details inside a closed one', `<details><summary>s</summary><details open><summary>t</summary><input id="x"></details></details>`, false],
    ['summary of a closed details inside an open one', `<details open><summary>s</summary><details><summary><input id="x"></summary></details></details>`, true],
    ['closed details that is itself aria-hidden', `<details aria-hidden="true"><summary><input id="x"></summary></details>`, false],
    ['open details', `<details open><summary>s</summary><input id="x"></details>`, true],
  ];
  it.each(cases)('%s', (_name, html, shown) => {
    document.body.innerHTML = html;
    expect(isVisible(document.getElementById('x')!)).toBe(shown);
  });

  it('sees an attribute changed since the last call (nothing is remembered)', () => {
    document.body.innerHTML = `<div id="box"><details id="d"><summary>s</summary><input id="x"></details></div>`;
    const x = document.getElementById('x')!;
    expect(isVisible(x)).toBe(false);
    document.getElementById('d')!.setAttribute('open', '');
    expect(isVisible(x)).toBe(true);
    document.getElementById('box')!.setAttribute('inert', '');
    expect(isVisible(x)).toBe(false);
  });
});

describe('a toggle row names the card it reveals (section.ts isToggleRow)', () => {
  const sectionOf = (label: string) => fields().find((f) => f.label === label)?.section;
  it.each([
    ['one switch in the row: it names the card', `<label><input type="checkbox" checked> ยุทธศาสตร์ชาติ</label>`, ['ยุทธศาสตร์ชาติ']],
    ['a role=switch row', `<div><div role="switch" aria-checked="true" tabindex="0"></div><span>แผนแม่บท</span></div>`, ['แผนแม่บท']],
    ['a switch and a text box: no toggle row', `<div><label><input type="checkbox"> ยุทธศาสตร์ชาติ</label><input aria-label="หมายเหตุ"></div>`, []],
    ['a text box first: no toggle row', `<div><input aria-label="หมายเหตุ"><label><input type="checkbox"> ยุทธศาสตร์ชาติ</label></div>`, []],
    ['no control: no toggle row', `<div><span>ข้อความ</span></div>`, []],
  ])('%s', (_name, row, section) => {
    document.body.innerHTML = `<form><div id="wrap">${row}<div class="card"><label>เป้าหมาย <input></label></div></div></form>`;
    expect(sectionOf('เป้าหมาย')).toEqual(section);
  });
});

describe('a fieldset laid out with divs (DevExtreme dx-fieldset / dx-fieldset-header)', () => {
  it('the header div titles the fields after it', () => {
    const set = (title: string, label: string) => `<div class="dx-fieldset"><div class="dx-fieldset-header">${title}</div>
      <div class="dx-field"><div class="dx-field-label">${label}</div><div class="dx-field-value"><input aria-label="${label}"></div></div></div>`;
    document.body.innerHTML = `<form>${set('ยุทธศาสตร์ชาติ', 'เป้าหมาย')}${set('แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ', 'หมุดหมาย')}</form>`;
    expect(fields().map((f) => [f.label, f.section.join('>')])).toEqual([
      ['เป้าหมาย', 'ยุทธศาสตร์ชาติ'],
      ['หมุดหมาย', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ'],
    ]);
  });
});

describe('a toggle-button group drawn with divs (DevExtreme dxButtonGroup: div role=button aria-pressed)', () => {
  const group = (pressed: number) => `<div class="dx-fieldset"><div class="dx-field"><div class="dx-field-label">ฉบับของแผน</div><div class="dx-field-value">
      <div role="group" class="dx-buttongroup" tabindex="0"><div class="dx-buttongroup-wrapper">
        ${['ฉบับที่ 12 (พ.ศ. 2560 - 2565)', 'ฉบับที่ 13 (พ.ศ. 2566 - 2570)'].map((t, i) => `<div class="dx-button dx-buttongroup-item" role="button" aria-label="${t}" aria-pressed="${i === pressed}"><div class="dx-button-content"><span class="dx-button-text">${t}</span></div></div>`).join('')}
      </div></div></div></div></div>`;
  it('is one single-choice field: the pressed button is the answer', () => {
    document.body.innerHTML = `<form>${group(0)}</form>`;
    expect(fields().map((f) => [f.label, f.kind, f.value, f.empty])).toEqual([['ฉบับของแผน', 'radio', 'ฉบับที่ 12 (พ.ศ. 2560 - 2565)', false]]);
  });
  it('nothing pressed: empty', () => {
    document.body.innerHTML = `<form>${group(-1)}</form>`;
    expect(fields().map((f) => [f.label, f.kind, f.empty])).toEqual([['ฉบับของแผน', 'radio', true]]);
  });
  it('a lone toggle button (role=button aria-pressed) is no field', () => {
    document.body.innerHTML = `<form><div role="button" aria-pressed="true" tabindex="0">ตัวหนา</div><label>ชื่อ <input></label></form>`;
    expect(fields().map((f) => f.label)).toEqual(['ชื่อ']);
  });
});
