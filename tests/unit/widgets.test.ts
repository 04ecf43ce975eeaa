/** Widget adapters (utils/collect/widgets/): which family matches, and the value a person sees. */
import { describe, expect, it } from 'vitest';
import { adapterFor, placeholderSet } from '@/utils/collect/widgets';
import { displayText } from '@/utils/collect/widgets/common';
import { textOf } from '@/utils/collect/dom';
import { collectForm } from '@/utils/collect';
import { DEFAULT_PROFILE } from '@/utils/profile/default';

const ctx = { placeholders: placeholderSet(DEFAULT_PROFILE.placeholders) };
const $ = (sel: string) => document.querySelector(sel)!;
const read = (sel: string) => adapterFor($(sel))!.read!($(sel), ctx);
const fields = () => collectForm(document, { placeholders: DEFAULT_PROFILE.placeholders }).snapshot.fields;

describe('widget adapters', () => {
  it('tag input (Materialize chips): the chips before the empty text box are its value; none, it is empty', () => {
    document.body.innerHTML = `<form><label>กลุ่มเป้าหมาย</label><div class="chips"><li class="chip">ผู้ประกอบการ<button class="material-icons close">close</button></li><li class="chip">มัคคุเทศก์<button class="material-icons close">close</button></li><input id="t" class="input" placeholder="+ กลุ่ม"></div></form>`;
    expect(read('#t')).toMatchObject({ value: 'ผู้ประกอบการ, มัคคุเทศก์', empty: false });
    expect(fields().map((f) => [f.label, f.empty])).toEqual([['กลุ่มเป้าหมาย', false]]);
    for (const c of document.querySelectorAll('.chip')) c.remove();
    expect(read('#t')).toMatchObject({ value: '', empty: true });
    // a button before an input (a picker's trigger) is no chip: the input stays empty
    document.body.innerHTML = `<div><button>เลือก</button><input id="u"></div>`;
    expect(read('#u')).toMatchObject({ empty: true });
  });
  it('native select: the chosen text, a placeholder option is empty', () => {
    document.body.innerHTML = `<select id="s"><option value="">-- กรุณาเลือก --</option><option selected>ไตรมาสที่ 2</option></select>`;
    expect(adapterFor($('#s'))!.id).toBe('native-select');
    expect(read('#s')).toMatchObject({ value: 'ไตรมาสที่ 2', empty: false });
  });

  it('enhanced select (select2): the hidden native select is the field, its proxy is not', () => {
    document.body.innerHTML = `<label for="q">ไตรมาสที่รายงาน</label>
      <select id="q" class="select2-hidden-accessible" aria-hidden="true"><option value=""></option><option>ไตรมาสที่ 1</option></select>
      <span class="select2 select2-container"><span class="selection"><span id="p" class="select2-selection" role="combobox" aria-labelledby="r">
        <span id="r" class="select2-selection__rendered"><span class="select2-selection__placeholder">เลือกไตรมาส</span></span></span></span></span>`;
    expect(adapterFor($('#q'))!.id).toBe('enhanced-select');
    expect(adapterFor($('#p'))!.ignore).toBe(true);
  });

  it('Ark UI / Chakra v3 select: the aria-hidden native select (a label between it and its control) is the field, the trigger is not', () => {
    document.body.innerHTML = `<div data-scope="select" data-part="root">
        <select id="q" aria-hidden="true" tabindex="-1" multiple aria-labelledby="l"><option value="a">ผู้สูงอายุ</option><option value="b">เยาวชน</option></select>
        <label id="l">กลุ่มเป้าหมาย</label>
        <div data-part="control"><button id="t" type="button" role="combobox" aria-haspopup="listbox" aria-labelledby="l"><span>เลือกได้มากกว่า 1 กลุ่ม</span></button></div></div>
      <table><tr><td><div data-part="root"><select id="r" aria-hidden="true" tabindex="-1"><option value=""></option><option value="0">แผนระดับที่ 2</option></select>
        <div data-part="control"><button id="u" type="button" role="combobox" aria-haspopup="listbox"><span>กรุณาเลือกระดับแผน</span></button></div></div></td></tr></table>`;
    expect(adapterFor($('#q'))!.id).toBe('enhanced-select');
    expect(adapterFor($('#t'))!.ignore).toBe(true);
    expect(read('#q')).toMatchObject({ value: '', empty: true });
    ($('#q') as HTMLSelectElement).options[1]!.selected = true;
    expect(read('#q')).toMatchObject({ value: 'เยาวชน', empty: false });
    expect(adapterFor($('#r'))!.id).toBe('enhanced-select');
    expect(adapterFor($('#u'))!.ignore).toBe(true);
    expect(read('#r').empty).toBe(true);
  });

  it('component-library select: the chosen text beside a read-only input (AntD), never its placeholder', () => {
    document.body.innerHTML = `<div class="ant-select"><div class="ant-select-content">ไตรมาสที่ 4<input id="a" role="combobox" readonly value=""></div></div>
      <div class="ant-select"><div class="ant-select-content"><div class="ant-select-placeholder">เลือกไตรมาส</div><input id="b" role="combobox" readonly value=""></div></div>`;
    expect(read('#a')).toMatchObject({ value: 'ไตรมาสที่ 4', empty: false });
    expect(read('#b')).toMatchObject({ empty: true });
  });

  it('Element Plus: the chosen label in its placeholder slot counts, the faded placeholder does not', () => {
    document.body.innerHTML = `<div class="el-select"><div class="el-select__selection">
        <div class="el-select__selected-item el-select__input-wrapper"><input id="a" role="combobox" readonly></div>
        <div class="el-select__selected-item el-select__placeholder"><span>ด้านความมั่นคง</span></div></div></div>
      <div class="el-select"><div class="el-select__selection">
        <div class="el-select__selected-item el-select__input-wrapper"><input id="b" role="combobox" readonly></div>
        <div class="el-select__selected-item el-select__placeholder is-transparent"><span>เลือกไตรมาส</span></div></div></div>`;
    expect(read('#a')).toMatchObject({ value: 'ด้านความมั่นคง', empty: false });
    expect(read('#b').empty).toBe(true);
  });

  it('multi-select chips count as the value; remove buttons are not text', () => {
    document.body.innerHTML = `<div class="tags"><span class="chip">วิสาหกิจชุมชน<button>x</button></span><input id="t" role="combobox" placeholder="เลือกได้มากกว่า 1 กลุ่ม"></div>`;
    expect(read('#t')).toMatchObject({ value: 'วิสาหกิจชุมชน', empty: false });
  });

  it('a combobox that wraps only the button it opens from shows that button\'s words (Blueprint Select)', () => {
    // @blueprintjs/select: role=combobox on the popover target, the choice or the prompt drawn by the <Button> inside
    const select = (id: string, shown: string) => `<label class="bp6-label" for="${id}-b">ไตรมาสที่รายงาน</label>
      <div id="${id}" class="bp6-popover-target" aria-controls="lb-${id}" aria-expanded="false" aria-haspopup="listbox" role="combobox">
        <button type="button" id="${id}-b" class="bp6-button"><span class="bp6-button-text">${shown}</span><span aria-hidden="true" class="bp6-icon"><svg role="img"><desc>double-caret-vertical</desc><path d="M5 7h6"></path></svg></span></button></div>`;
    document.body.innerHTML = select('a', 'ไตรมาสที่ 4 (ก.ค. - ก.ย.)') + select('b', 'เลือกไตรมาส') + select('c', 'กรุณาเลือกระดับแผน');
    expect(read('#a')).toMatchObject({ value: 'ไตรมาสที่ 4 (ก.ค. - ก.ย.)', empty: false });
    expect(read('#b')).toMatchObject({ value: '', empty: true });
    expect(read('#c')).toMatchObject({ value: '', empty: true });
    // an icon-only button (a clear ×) is not what the box shows
    document.body.innerHTML = `<div id="d" role="combobox" aria-haspopup="listbox"><button type="button" aria-label="ล้าง">×</button></div>`;
    expect(read('#d')).toMatchObject({ value: '', empty: true });
  });

  it('a combobox whose hidden value store is empty is empty, whatever prompt it draws (MUI Select)', () => {
    document.body.innerHTML = `<div><div id="m" role="combobox"><em>กรุณาเลือกระดับแผน</em></div><input aria-hidden="true" tabindex="-1" value=""></div>`;
    expect(read('#m').empty).toBe(true);
  });

  it('a combobox whose only text is its placeholder part is empty (Angular Material mat-select)', () => {
    // the DOM mat-select draws (dumped from the zoo's m6-empty): no input, no hidden store, the
    // placeholder in its own span; a custom placeholder no profile lists
    const matSelect = (id: string, shown: string) => `<mat-select id="${id}" role="combobox" aria-labelledby="l-${id}"><div class="mat-mdc-select-trigger">
      <div class="mat-mdc-select-value" id="v-${id}">${shown}</div><div class="mat-mdc-select-arrow-wrapper"><svg aria-hidden="true"></svg></div></div></mat-select>`;
    document.body.innerHTML = `<label id="l-e">ไตรมาสที่รายงาน</label>${matSelect('e', '<span class="mat-mdc-select-placeholder mat-mdc-select-min-line">เลือกไตรมาส</span>')}
      <label id="l-m">กลุ่มเป้าหมาย</label>${matSelect('m', '<span class="mat-mdc-select-placeholder">เลือกได้มากกว่า 1 กลุ่ม</span>')}
      <label id="l-f">ไตรมาสที่รายงาน</label>${matSelect('f', '<span class="mat-mdc-select-value-text"><span class="mat-mdc-select-min-line">ไตรมาสที่ 3</span></span>')}`;
    expect(read('#e')).toMatchObject({ value: '', empty: true });
    expect(read('#m')).toMatchObject({ value: '', empty: true });
    expect(read('#f')).toMatchObject({ value: 'ไตรมาสที่ 3', empty: false });
  });

  it('a combobox that is itself the placeholder part is empty (PrimeVue Select)', () => {
    // PrimeVue 5 draws Select as a role=combobox <span> whose text is the placeholder, or the chosen
    // label, and whose aria-label repeats that text; only the class tells the placeholder apart
    const select = (id: string, cls: string, shown: string) => `<div class="p-select"><span id="${id}" class="${cls}" role="combobox" aria-label="${shown}" aria-haspopup="listbox" aria-expanded="false">${shown}</span><div class="p-select-dropdown"><svg aria-hidden="true"></svg></div></div>`;
    document.body.innerHTML = `<label for="e">ไตรมาสที่รายงาน</label>${select('e', 'p-select-label p-placeholder', 'เลือกไตรมาส')}
      <label for="f">ไตรมาสที่รายงาน</label>${select('f', 'p-select-label', 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)')}`;
    expect(read('#e')).toMatchObject({ value: '', empty: true });
    expect(read('#f')).toMatchObject({ value: 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)', empty: false });
    expect(fields().map((f) => [f.label, f.value, f.empty])).toEqual([
      ['ไตรมาสที่รายงาน', '', true],
      ['ไตรมาสที่รายงาน', 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)', false],
    ]);
  });

  it('a combobox whose text is drawn transparent is empty (PrimeVue Select without a placeholder)', () => {
    // PrimeVue keeps the filler "p-emptylabel" in the span, hidden by its theme's .p-select-label-empty { opacity: 0 }
    document.body.innerHTML = `<style>.p-select-label-empty{overflow:hidden;opacity:0}</style>
      <div class="p-select"><span id="e" class="p-select-label p-select-label-empty" role="combobox">p-emptylabel</span></div>
      <div class="p-select"><span id="f" class="p-select-label" role="combobox">แผนระดับที่ 3</span></div>`;
    expect(read('#e')).toMatchObject({ value: '', empty: true });
    expect(read('#f')).toMatchObject({ value: 'แผนระดับที่ 3', empty: false });
  });

  it('a floating label drawn in the box with the select\'s own name is not its value (Quasar q-select)', () => {
    // q-select without using-input: a <label for> frame, the label as a <div> in the box, the
    // chosen text in a span beside a read-only focus input named by aria-label (Quasar 2.34 DOM)
    const qSelect = (id: string, name: string, shown: string) => `<label class="q-field" for="${id}"><div class="q-field__inner"><div class="q-field__control" tabindex="-1">
      <div class="q-field__control-container"><div class="q-field__label">${name}</div><div class="q-field__native"><span>${shown}</span>
      <input readonly tabindex="0" role="combobox" aria-label="${name}" aria-expanded="false" id="${id}" value=""></div></div>
      <div class="q-field__append"><i aria-hidden="true" class="q-icon">arrow_drop_down</i></div></div></div></label>`;
    document.body.innerHTML = qSelect('a', 'ไตรมาสที่รายงาน *', '') + qSelect('b', 'ไตรมาสที่รายงาน *', 'ไตรมาสที่ 4 (ก.ค. - ก.ย.)')
      + qSelect('c', 'กลุ่มเป้าหมาย *', '</span><div class="q-chip">นักท่องเที่ยว</div><span>');
    expect(read('#a')).toMatchObject({ value: '', empty: true });
    expect(read('#b')).toMatchObject({ value: 'ไตรมาสที่ 4 (ก.ค. - ก.ย.)', empty: false });
    expect(read('#c')).toMatchObject({ value: 'นักท่องเที่ยว', empty: false });
  });

  it('a card titled by a typography class names its section (Quasar text-h6, Bootstrap .h5)', () => {
    document.body.innerHTML = `<form>
      <div class="q-card"><div class="q-card__section"><div class="text-h6">ผลการใช้จ่ายงบประมาณ</div></div><div class="q-card__section"><label>งบประมาณ <input id="a"></label></div></div>
      <div class="card"><div class="h5">แผนพัฒนาฯ</div><label>หมุดหมาย <input id="b"></label></div>
      <div class="box"><div class="text-body2">ไม่ใช่หัวข้อ</div><label>อื่น ๆ <input id="c"></label></div></form>`;
    expect(fields().map((f) => [f.label, f.section])).toEqual([
      ['งบประมาณ', ['ผลการใช้จ่ายงบประมาณ']],
      ['หมุดหมาย', ['แผนพัฒนาฯ']],
      ['อื่น ๆ', []],
    ]);
  });

  it('a caption inside a combobox is not its value', () => {
    document.body.innerHTML = `<div id="c" role="combobox"><label>ไตรมาสที่รายงาน</label></div>`;
    expect(read('#c').empty).toBe(true);
  });

  it('a combobox wrapping an inner input combobox is not a field (Vuetify v-field)', () => {
    document.body.innerHTML = `<div id="w" role="combobox"><label id="l">หมุดหมาย</label><input type="hidden" value="1"><input id="i" role="combobox" aria-labelledby="l" value="หมุดหมายที่ 2"></div>`;
    expect(adapterFor($('#w'))!.ignore).toBe(true);
    expect(fields().map((f) => [f.label, f.value])).toEqual([['หมุดหมาย', 'หมุดหมายที่ 2']]);
  });

  it('slider: ARIA value; the mirrored number box is part of it', () => {
    document.body.innerHTML = `<label>ความก้าวหน้าของโครงการ</label><div><div><div id="s" role="slider" aria-valuenow="45"></div></div><input id="n" type="number" value="45"></div>`;
    expect(read('#s')).toMatchObject({ number: 45, empty: false });
    expect(adapterFor($('#n'))!.id).toBe('slider-mirror');
    expect(fields().map((f) => f.kind)).toEqual(['slider']);
  });

  it('a magnifier icon in a box is asked once per pass for all its inputs, and again in the next pass', () => {
    document.body.innerHTML = `<div id="box"><div><input id="a"></div><div><input id="b"></div><i id="icon" class="mdi-magnify"></i></div>
      <div><div><label>ชื่อ <input id="c"></label></div></div>`;
    const ids = () => collectForm(document, { placeholders: DEFAULT_PROFILE.placeholders }).elements.map((e) => e.id);
    expect(ids()).toEqual(['c']);
    document.getElementById('icon')!.setAttribute('class', 'mdi-calendar');
    expect(ids()).toEqual(['a', 'b', 'c']);
    document.getElementById('icon')!.setAttribute('class', 'icon-search');
    expect(ids()).toEqual(['c']);
  });

  it('a number box mirrors the one slider nearest to it, and only when no other field is nearer or as near', () => {
    const cases: [string, string, boolean][] = [
      ['slider further up', `<div><div><div><div role="slider" aria-valuenow="30"></div></div></div><div><div><input id="n" type="number" value="30"></div></div></div>`, true],
      ['native range inside a wrapper', `<div><span class="s"><input type="range" value="30"></span><input id="n" type="number" value="30"></div>`, true],
      ['a field inside the slider', `<div><div role="slider" aria-valuenow="30"><input type="text" value="x"></div><input id="n" type="number" value="30"></div>`, true],
      ['a text field beside the slider', `<div><div role="slider" aria-valuenow="30"></div><input type="text"><input id="n" type="number" value="30"></div>`, false],
      ['a text field after the box', `<div><div role="slider" aria-valuenow="30"></div><input id="n" type="number" value="30"><textarea></textarea></div>`, false],
      ['two sliders', `<div><div role="slider" aria-valuenow="30"></div><input type="range" value="30"><input id="n" type="number" value="30"></div>`, false],
      ['another number', `<div><div role="slider" aria-valuenow="30"></div><input id="n" type="number" value="70"></div>`, false],
      ['a nearer text field, the slider above it', `<div><div role="slider" aria-valuenow="30"></div><div><input type="text"><input id="n" type="number" value="30"></div></div>`, false],
      ['the slider beyond a table row', `<table><tr><td><div role="slider" aria-valuenow="30"></div></td><td><input id="n" type="number" value="30"></td></tr></table>`, false],
    ];
    for (const [name, html, mirror] of cases) {
      document.body.innerHTML = html;
      expect([name, adapterFor($('#n'))!.id === 'slider-mirror']).toEqual([name, mirror]);
    }
  });

  it('date segments (MUI X): one field named by the group, its value from the hidden input', () => {
    document.body.innerHTML = `<label id="lb">วันที่รายงาน</label><div role="group" aria-labelledby="lb">
      <span role="spinbutton" contenteditable="true" aria-label="Day" aria-valuenow="5">05</span>/<span role="spinbutton" contenteditable="true" aria-label="Month" aria-valuenow="12">12</span>/<span role="spinbutton" contenteditable="true" aria-label="Year" aria-valuenow="2569">2569</span>
      <input aria-hidden="true" tabindex="-1" value="05/12/2569"></div>`;
    expect(fields().map((f) => [f.label, f.value, f.empty])).toEqual([['วันที่รายงาน', '05/12/2569', false]]);
  });

  it('number inputs with role=spinbutton in a role=group card are fields of their own, not date segments (Fluent UI Card + SpinButton)', () => {
    const spin = (v: string) => `<span><input role="spinbutton" type="text" value="${v}"><button tabindex="-1" aria-label="Increment value"></button><button tabindex="-1" aria-label="Decrement value"></button></span>`;
    document.body.innerHTML = `<div role="group"><h2>ตัวชี้วัด</h2><table><thead><tr><th>ตัวชี้วัด</th><th>ผลที่ได้</th></tr></thead><tbody>
      <tr><td>จำนวนผู้เข้าอบรม</td><td>${spin('118')}</td></tr><tr><td>ความพึงพอใจ</td><td>${spin('')}</td></tr></tbody></table></div>`;
    expect(fields().map((f) => [f.kind, f.label, f.value, f.empty])).toEqual([
      ['text', 'จำนวนผู้เข้าอบรม – ผลที่ได้', '118', false],
      ['text', 'ความพึงพอใจ – ผลที่ได้', '', true],
    ]);
  });

  it('a button combobox is empty while its own value is empty, whatever text it shows (Fluent UI Dropdown placeholder)', () => {
    const dd = (label: string, value: string, shown: string) => `<div><label for="${label}">${label}</label><div><button id="${label}" type="button" role="combobox" aria-expanded="false" value="${value}">${shown}<span><svg aria-hidden="true"></svg></span></button></div></div>`;
    document.body.innerHTML = `<form>${dd('ไตรมาส', '', 'เลือกไตรมาส')}${dd('กลุ่มเป้าหมาย', 'เกษตรกร, ผู้สูงอายุ', 'เกษตรกร, ผู้สูงอายุ')}</form>
      <div><label for="r">ด้าน</label><button id="r" type="button" role="combobox">ด้านความมั่นคง</button></div>`;
    expect(fields().map((f) => [f.label, f.value, f.empty])).toEqual([
      ['ไตรมาส', '', true],
      ['กลุ่มเป้าหมาย', 'เกษตรกร, ผู้สูงอายุ', false],
      ['ด้าน', 'ด้านความมั่นคง', false],
    ]);
  });

  it('an SVG icon\'s <title> is a tooltip, not text the box shows (Carbon\'s chevron "Open menu")', () => {
    document.body.innerHTML = `<button id="b" role="combobox"><span>ไตรมาสที่ 1</span><div><svg role="img" aria-label="Open menu"><title>Open menu</title><desc>chevron</desc><path d="M8 11z"></path></svg></div></button>`;
    expect(displayText($('#b'))).toBe('ไตรมาสที่ 1');
    document.body.innerHTML = `<label id="l">ชื่อโครงการ <svg role="img"><title>Required</title></svg></label>`;
    expect(textOf($('#l'))).toBe('ชื่อโครงการ');
  });

  it('a select-only combobox button showing the imperative "เลือก…" shows a prompt, not a choice (Carbon Dropdown: prompt and value drawn alike)', () => {
    const dd = (id: string, label: string, shown: string) => `<div><label id="${id}-label" for="${id}-btn">${label}</label><div id="${id}"><button type="button" id="${id}-btn" title="${shown}"
      role="combobox" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${id}-label" aria-controls="${id}-menu"><span>${shown}</span>
      <div><svg aria-label="Open menu" role="img"><title>Open menu</title></svg></div></button><ul id="${id}-menu" role="listbox" aria-labelledby="${id}-label"></ul></div></div>`;
    document.body.innerHTML = `<form>${dd('q', 'ไตรมาสที่รายงาน', 'เลือกไตรมาส')}${dd('a', 'ผู้อนุมัติ', 'เลือกผู้อนุมัติ')}${dd('q2', 'ไตรมาส', 'ไตรมาสที่ 1 (ต.ค. - ธ.ค.)')}${dd('e', 'ประเภท', 'เลือกตั้งท้องถิ่น')}</form>`;
    expect(fields().map((f) => [f.label, f.value, f.empty])).toEqual([
      ['ไตรมาสที่รายงาน', '', true],
      ['ผู้อนุมัติ', '', true],
      ['ไตรมาส', 'ไตรมาสที่ 1 (ต.ค. - ธ.ค.)', false],
      // a word that only starts with the verb (เลือกตั้ง: election) is a choice
      ['ประเภท', 'เลือกตั้งท้องถิ่น', false],
    ]);
  });

  it('toggle-button group as a single choice (MUI aria-pressed, Vuetify active class)', () => {
    document.body.innerHTML = `<div>ฉบับของแผน</div><div class="v-btn-toggle"><button class="v-btn">ฉบับที่ 12</button><button class="v-btn v-btn--active">ฉบับที่ 13</button></div>
      <div role="group" aria-label="บันทึก"><button>บันทึก</button><button>ยกเลิก</button></div>`;
    expect(fields().map((f) => [f.kind, f.label, f.value])).toEqual([['radio', 'ฉบับของแผน', 'ฉบับที่ 13']]);
  });

  it('a native select a library keeps inside its drawn box is the field (Choices.js: div.choices[role=listbox|combobox] › div.choices__inner › select[hidden])', () => {
    const box = (id: string, role: string, select: string, shown: string, extra = '') =>
      `<div class="choices" tabindex="0" role="${role}" aria-haspopup="true" aria-expanded="false"><div class="choices__inner"><select id="${id}" class="choices__input" hidden tabindex="-1" data-choice="active"${extra}>${select}</select>${shown}</div><div class="choices__list choices__list--dropdown"><input type="search" class="choices__input choices__input--cloned" aria-label="ค้นหา" placeholder="ค้นหา"><div class="choices__list" role="listbox"></div></div></div>`;
    document.body.innerHTML = `<form>
      <label for="q">ไตรมาสที่รายงาน</label>${box('q', 'listbox', '<option value="" selected>เลือกไตรมาส</option><option>ไตรมาสที่ 1</option>', '<div class="choices__list choices__list--single"><div class="choices__item choices__placeholder" role="option" aria-selected="true">เลือกไตรมาส</div></div>')}
      <label for="ns">ยุทธศาสตร์ชาติด้าน</label>${box('ns', 'combobox', '<option value="">-- กรุณาเลือก --</option><option value="ด้านความมั่นคง" selected>ด้านความมั่นคง</option>', '<div class="choices__list choices__list--single" role="listbox"><div class="choices__item" role="option" aria-selected="true">ด้านความมั่นคง</div></div>')}
      <label for="b">กลุ่มเป้าหมาย</label>${box('b', 'combobox', '<option>เกษตรกร</option><option>ผู้สูงอายุ</option>', '<div class="choices__list choices__list--multiple" role="listbox"></div>', ' multiple')}
    </form>`;
    expect(fields().map((f) => [f.kind, f.label, f.value, f.empty])).toEqual([
      ['select', 'ไตรมาสที่รายงาน', '', true],
      ['select', 'ยุทธศาสตร์ชาติด้าน', 'ด้านความมั่นคง', false],
      ['select', 'กลุ่มเป้าหมาย', '', true],
    ]);
  });

  it('plain buttons side by side with exactly one drawn chosen are a single choice (Bulma is-selected); none drawn chosen, tabs or a button bar are no field', () => {
    const group = (chosen: number, extra = '') => `<div class="buttons has-addons">${['ฉบับที่ 12', 'ฉบับที่ 13'].map((t, i) => `<button type="button" class="button${i === chosen ? ' is-link is-selected' : ''}"${extra}>${t}</button>`).join('')}</div>`;
    document.body.innerHTML = `<form><div class="field"><label class="label">ฉบับของแผน</label>${group(1)}</div></form>`;
    expect(fields().map((f) => [f.kind, f.label, f.value])).toEqual([['radio', 'ฉบับของแผน', 'ฉบับที่ 13']]);
    document.body.innerHTML = `<form><div class="field"><label class="label">ฉบับของแผน</label>${group(-1)}</div>
      <div>${group(0, ' role="tab"')}</div><div class="buttons"><button type="submit" class="button active">บันทึก</button><button type="button" class="button">ยกเลิก</button></div></form>`;
    expect(fields()).toEqual([]);
  });

  it('control-less <label>s drawn as buttons side by side, one drawn active, are a single choice (AngularJS uib-btn-radio on label.btn); none active is no field', () => {
    const group = (chosen: number) => `<div class="btn-group">${['ฉบับที่ 12', 'ฉบับที่ 13'].map((t, i) => `<label class="btn btn-default ng-pristine ng-valid${i === chosen ? ' active' : ''}" uib-btn-radio="${12 + i}">${t}</label>`).join('')}</div>`;
    document.body.innerHTML = `<form><div class="form-group"><label class="control-label">ฉบับของแผน</label>${group(0)}</div></form>`;
    expect(fields().map((f) => [f.kind, f.label, f.value])).toEqual([['radio', 'ฉบับของแผน', 'ฉบับที่ 12']]);
    document.body.innerHTML = `<form><div class="form-group"><label class="control-label">ฉบับของแผน</label>${group(-1)}</div></form>`;
    expect(fields()).toEqual([]);
    // a label that names a control is that control's caption, never a button
    document.body.innerHTML = `<form><div class="btn-group"><label class="btn active" for="x">ก</label><label class="btn">ข</label></div><input id="x" type="checkbox"></form>`;
    expect(fields().map((f) => f.kind)).toEqual(['checkbox']);
  });

  it('AngularJS ui-select: the box is one select field (its search input and offscreen focusser are parts), the shown choice or chips its value, a hidden placeholder no text', () => {
    const single = (chosen: string) => `<form><div class="form-group"><label for="quarter" class="control-label">ไตรมาสที่รายงาน</label><div>
      <div class="ui-select-container ui-select-bootstrap dropdown" id="box"><div class="ui-select-match"><span tabindex="-1" class="btn btn-default form-control ui-select-toggle" aria-label="Select box activate">
        <span class="ui-select-placeholder text-muted${chosen ? ' ng-hide' : ''}">เลือกไตรมาส</span> <span class="ui-select-match-text pull-left${chosen ? '' : ' ng-hide'}"><span>${chosen}</span></span> <i class="caret pull-right"></i></span></div>
        <input type="search" id="quarter" class="form-control ui-select-search ng-hide" aria-label="Select box" placeholder="เลือกไตรมาส"><div class="ui-select-choices"></div>
        <input class="ui-select-focusser ui-select-offscreen" type="text" id="focusser-0" aria-label="Select box focus" aria-haspopup="true" role="button"></div></div></div></form>`;
    document.body.innerHTML = single('ไตรมาสที่ 4');
    expect(adapterFor($('#quarter'))!.id).toBe('ui-select');
    expect(adapterFor($('#focusser-0'))!.id).toBe('ui-select');
    expect(adapterFor($('#quarter'))!.read!($('#box'), ctx)).toMatchObject({ value: 'ไตรมาสที่ 4', empty: false });
    expect(fields().map((f) => [f.kind, f.value, f.empty])).toEqual([['select', 'ไตรมาสที่ 4', false]]);
    document.body.innerHTML = single('');
    expect(fields().map((f) => [f.kind, f.value, f.empty])).toEqual([['select', '', true]]);
    const multiple = (chips: string[]) => `<form><div class="ui-select-container ui-select-multiple ui-select-bootstrap dropdown form-control" id="tags"><div><span class="ui-select-match">
      ${chips.map((c) => `<span><span class="ui-select-match-item btn btn-default btn-xs" tabindex="-1" type="button"><span class="close ui-select-match-close">&nbsp;×</span> <span><span>${c}</span></span></span></span>`).join('')}</span>
      <input type="search" class="ui-select-search input-xs" placeholder="${chips.length ? '' : 'เลือกได้มากกว่า 1 กลุ่ม'}" role="combobox" aria-expanded="false" aria-label="Select box"></div><div class="ui-select-choices"></div></div></form>`;
    document.body.innerHTML = multiple(['ผู้ประกอบการท่องเที่ยว', 'มัคคุเทศก์ท้องถิ่น']);
    expect(fields().map((f) => [f.kind, f.value, f.empty])).toEqual([['select', 'ผู้ประกอบการท่องเที่ยว, มัคคุเทศก์ท้องถิ่น', false]]);
    document.body.innerHTML = multiple([]);
    expect(fields().map((f) => [f.kind, f.value, f.empty])).toEqual([['select', '', true]]);
  });

  it('a rich-text editor\'s toolbar (icon buttons with aria-pressed, Quill 2) is no question; its editor is the field', () => {
    const tool = (name: string) => `<button type="button" class="ql-${name}" aria-pressed="false" aria-label="${name}"><svg viewBox="0 0 18 18"><path d="M5,4H9.5"></path></svg></button>`;
    document.body.innerHTML = `<form><div class="field"><label class="label">ผลการดำเนินงาน</label><div class="control">
      <div role="toolbar" class="ql-toolbar ql-snow"><span class="ql-formats">${tool('bold')}${tool('italic')}${tool('underline')}</span><span class="ql-formats">${tool('list')}${tool('list')}</span></div>
      <div class="ql-container ql-snow"><div class="ql-editor" contenteditable="true"><p>จัดอบรมแล้ว 2 รุ่น</p></div></div></div></div>
      <div>ไตรมาส</div><div role="group"><button aria-pressed="false">1</button><button aria-pressed="true">2</button></div></form>`;
    // (the editor's label comes from the page's geometry in a browser: happy-dom lays out nothing)
    expect(fields().map((f) => [f.kind, f.kind === 'radio' ? f.label : '', f.value])).toEqual([['richtext', '', 'จัดอบรมแล้ว 2 รุ่น'], ['radio', 'ไตรมาส', '2']]);
  });

  it('a toolbar whose buttons\' words are in the DOM but not drawn (CKEditor 4: labels display:none, aria-pressed) is no question', () => {
    // CKEditor 4.22.1's toolbar as the zoo's jquery-adminlte page draws it (measured in Chromium);
    // the moono-lisa skin draws `.cke_button_label` display:none, the icon alone is seen
    const tool = (name: string, label: string, shortcut = '') => `<a class="cke_button cke_button__${name} cke_button_off" href="javascript:void('${label}')" title="${label}" tabindex="-1" role="button" aria-labelledby="l-${name}" aria-haspopup="false" aria-disabled="false" aria-pressed="false"><span class="cke_button_icon">&nbsp;</span><span id="l-${name}" class="cke_button_label" aria-hidden="false">${label}</span><span class="cke_button_label" aria-hidden="false">${shortcut}</span></a>`;
    const toolbar = `<span class="cke_top" role="presentation"><span class="cke_voice_label">แถบเครื่องมือช่วยพิมพ์ข้อความ</span><span class="cke_toolbox" role="group">
      <span class="cke_toolbar" role="toolbar"><span class="cke_toolgroup" role="presentation">${tool('bold', 'ตัวหนา', '&nbsp;Keyboard shortcut Ctrl+B')}${tool('italic', 'ตัวเอียง', '&nbsp;Keyboard shortcut Ctrl+I')}</span></span>
      <span class="cke_toolbar" role="toolbar"><span class="cke_toolgroup" role="presentation">${tool('numberedlist', 'ลำดับรายการแบบตัวเลข')}${tool('bulletedlist', 'ลำดับรายการแบบสัญลักษณ์')}</span></span></span></span>`;
    document.body.innerHTML = `<style>.cke_button_label { display: none; }</style><form><div class="form-group"><label for="problems">ปัญหา/อุปสรรค</label>
      <div class="cke" role="application">${toolbar}</div></div>
      <div>ไตรมาส</div><div role="group"><button aria-pressed="false">1</button><button aria-pressed="true">2</button></div></form>`;
    expect(adapterFor($('.cke_button__bold'))?.id).not.toBe('toggle-group');
    expect(fields().map((f) => [f.kind, f.label, f.value])).toEqual([['radio', 'ไตรมาส', '2']]);
    // the same buttons with their words drawn are a question again (the rule is what is seen, not the library)
    document.querySelector('style')!.remove();
    expect(adapterFor($('.cke_button__bold'))?.id).toBe('toggle-group');
  });

  it('unnamed native radios drawn side by side are one question (Naive UI n-radio-group without name)', () => {
    const radio = (v: string, on = false) => `<div role="none"><label class="n-radio"><div class="n-radio__dot-wrapper"><input type="radio" value="${v}"${on ? ' checked' : ''}></div><div class="n-radio__label">${v}</div></label></div>`;
    document.body.innerHTML = `<form><div class="row"><label>สถานะโครงการ</label><div><div class="group">${radio('ยังไม่ดำเนินการ')}${radio('อยู่ระหว่างดำเนินการ', true)}${radio('ยกเลิกโครงการ')}</div></div></div>
      <div class="row"><label>ฉบับของแผน</label><div><div class="group">${radio('ฉบับที่ 12')}${radio('ฉบับที่ 13')}</div></div></div></form>`;
    expect(fields().map((f) => [f.kind, f.label, f.value, f.empty])).toEqual([
      ['radio', 'สถานะโครงการ', 'อยู่ระหว่างดำเนินการ', false],
      ['radio', 'ฉบับของแผน', '', true],
    ]);
  });

  it('named radios in a section fieldset that holds other fields are named by their own label, not the legend (Kendo k-form)', () => {
    const radio = (v: string, i: number, on = false) => `<li class="k-radio-list-item"><input type="radio" class="k-radio" id="s-${i}" name="status" value="${v}"${on ? ' checked' : ''}><label class="k-radio-label" for="s-${i}">${v}</label></li>`;
    document.body.innerHTML = `<form class="k-form"><fieldset class="k-form-fieldset"><legend class="k-form-legend">รายงานผลการดำเนินงาน</legend>
      <div class="k-form-field"><label for="q" class="k-label k-form-label">ไตรมาสที่รายงาน</label><div class="k-form-field-wrap"><input id="q" value="ไตรมาสที่ 4"></div></div>
      <div class="k-form-field"><label class="k-label k-form-label">สถานะโครงการ</label><div class="k-form-field-wrap"><ul class="k-radio-list">${radio('ยังไม่ดำเนินการ', 0)}${radio('อยู่ระหว่างดำเนินการ', 1)}</ul></div></div>
    </fieldset>
    <fieldset><legend>ฉบับของแผน</legend><label><input type="radio" name="edition" value="12"> ฉบับที่ 12</label><label><input type="radio" name="edition" value="13" checked> ฉบับที่ 13</label></fieldset></form>`;
    expect(fields().map((f) => [f.kind, f.label, f.value, f.empty])).toEqual([
      ['text', 'ไตรมาสที่รายงาน', 'ไตรมาสที่ 4', false],
      ['radio', 'สถานะโครงการ', '', true],
      ['radio', 'ฉบับของแผน', 'ฉบับที่ 13', false],
    ]);
  });

  it('a lone unnamed radio stays its own field', () => {
    document.body.innerHTML = `<form><label><input type="radio" value="a"> ยืนยันข้อมูล</label><p>หมายเหตุ</p><input id="t" aria-label="หมายเหตุ"></form>`;
    expect(fields().map((f) => f.kind)).toEqual(['radio', 'text']);
  });

  it('select drawn as a bare focusable box (Naive UI n-select): placeholder empty, chosen text and chips read, a disabled box skipped', () => {
    const arrow = '<div class="n-base-suffix"><i class="n-base-icon n-base-suffix__arrow"><svg viewBox="0 0 1 1"></svg></i></div>';
    const item = (label: string, box: string) => `<div class="n-form-item"><label class="n-form-item-label"><span>${label}</span><span>&nbsp;*</span></label><div class="n-form-item-blank"><div class="n-select"><div class="n-base-selection">${box}</div></div></div></div>`;
    document.body.innerHTML = `<form>
      ${item('ไตรมาสที่รายงาน', `<div class="n-base-selection-label" tabindex="0"><div class="n-base-selection-placeholder"><div class="n-base-selection-placeholder__inner">เลือกไตรมาส</div></div>${arrow}</div>`)}
      ${item('ยุทธศาสตร์ชาติด้าน', `<div class="n-base-selection-label" tabindex="0"><div class="n-base-selection-input" title="ด้านความมั่นคง"><div>ด้านความมั่นคง</div></div>${arrow}</div>`)}
      ${item('กลุ่มเป้าหมาย', `<div class="n-base-selection-tags" tabindex="0"><div class="n-tag"><span>เกษตรกร</span><div role="button" tabindex="-1" aria-label="close"></div></div><div class="n-tag"><span>ผู้สูงอายุ</span></div>${arrow}</div>`)}
      ${item('เป้าหมาย', `<div class="n-base-selection-label"><div class="n-base-selection-placeholder">-- กรุณาเลือก --</div>${arrow}</div>`)}
      <div tabindex="0" class="card">เมนู <a href="#x">ลิงก์</a>${arrow}</div></form>`;
    expect(fields().map((f) => [f.kind, f.label, f.value, f.empty])).toEqual([
      ['select', 'ไตรมาสที่รายงาน', '', true],
      ['select', 'ยุทธศาสตร์ชาติด้าน', 'ด้านความมั่นคง', false],
      ['select', 'กลุ่มเป้าหมาย', 'เกษตรกร ผู้สูงอายุ', false],
    ]);
  });

  it('a focusable box that is no select is not a field (MUI X date sections container, a focusable card)', () => {
    document.body.innerHTML = `<label id="lb">วันที่รายงาน</label><div role="group" aria-labelledby="lb"><div contenteditable="false" tabindex="0">
      <span role="spinbutton" contenteditable="true" aria-label="Day" aria-valuetext="Empty">DD</span>/<span role="spinbutton" contenteditable="true" aria-label="Month" aria-valuetext="Empty">MM</span>/<span role="spinbutton" contenteditable="true" aria-label="Year" aria-valuetext="Empty">YYYY</span></div>
      <input aria-hidden="true" tabindex="-1" value=""></div>
      <div tabindex="0" class="card">ข่าวประชาสัมพันธ์</div>`;
    expect(fields().map((f) => [f.label, f.kind, f.empty])).toEqual([['วันที่รายงาน', 'text', true]]);
  });

  it('a card holding only box selects is not a heading for the cards after it', () => {
    const arrow = '<i class="suffix__arrow"><svg viewBox="0 0 1 1"></svg></i>';
    const card = (title: string, label: string) => `<div class="n-card"><div class="n-card-header" role="heading">${title}</div><div class="n-card-content"><div class="n-form-item"><label>${label}</label><div><div tabindex="0"><div class="placeholder">-- กรุณาเลือก --</div>${arrow}</div></div></div></div></div>`;
    document.body.innerHTML = `<h2>ความเชื่อมโยง</h2><form>${card('ยุทธศาสตร์ชาติ', 'ด้าน')}${card('แผนพัฒนาฯ', 'หมุดหมาย')}</form>`;
    expect(fields().map((f) => [f.label, f.section])).toEqual([
      ['ด้าน', ['ความเชื่อมโยง', 'ยุทธศาสตร์ชาติ']],
      ['หมุดหมาย', ['ความเชื่อมโยง', 'แผนพัฒนาฯ']],
    ]);
  });

  it('search and filter boxes are not fields', () => {
    document.body.innerHTML = `<input id="a" placeholder="กรองตามชื่อตัวชี้วัด"><input id="b" type="search"><input id="c" aria-label="ผลที่ได้">`;
    expect(adapterFor($('#a'))!.id).toBe('search-box');
    expect(adapterFor($('#b'))!.id).toBe('search-box');
    expect(adapterFor($('#c'))!.id).toBe('text');
  });

  it('a search-worded or magnifier box is a field once it is labelled, within a collect pass and outside one', () => {
    document.body.innerHTML = `
      <label for="l1">ค้นหาผู้อนุมัติ</label><input id="l1" placeholder="ค้นหาผู้อนุมัติ">
      <label>ผู้รับ <input id="l2" placeholder="search"></label>
      <span id="n3">ผู้ตรวจ</span><input id="l3" aria-labelledby="n3" placeholder="ค้นหา">
      <input id="l4" role="combobox" placeholder="ค้นหา">
      <div><div class="field"><input id="i1"></div><i class="mdi-magnify"></i></div>
      <div><div class="field"><label for="i2">ผลการดำเนินงาน</label><input id="i2"></div><svg data-testid="SearchIcon"></svg></div>
      <div><div class="field"><input id="i3"></div><i class="mdi-calendar"></i></div>
      <label for="q1"><div><div><input id="q1" placeholder="กรองตามชื่อตัวชี้วัด"></div><div><i aria-hidden="true" class="q-icon">search</i></div></div></label>
      <label for="q2">ตัวชี้วัด<div><div><input id="q2" placeholder="กรองตามชื่อตัวชี้วัด"></div></div></label>`;
    // q1: Quasar wraps every q-input in a <label for>; with no text of its own it names nothing
    const ids = ['l1', 'l2', 'l3', 'l4', 'i1', 'i2', 'i3', 'q1', 'q2'];
    const ignored = ['i1', 'q1'];
    for (const id of ids) expect([id, adapterFor($('#' + id))!.ignore === true]).toEqual([id, ignored.includes(id)]);
    // inside a pass the labels come from one walk over the page (labelsOf), not el.labels
    const collected = collectForm(document, { placeholders: DEFAULT_PROFILE.placeholders }).elements.map((e) => e.id);
    expect(collected.sort()).toEqual(ids.filter((id) => !ignored.includes(id)).sort());
    // a label added later is seen by the next pass (nothing is kept between passes)
    const later = document.createElement('label');
    later.htmlFor = 'i1';
    later.textContent = 'ผลผลิต';
    document.body.prepend(later);
    expect(collectForm(document, { placeholders: DEFAULT_PROFILE.placeholders }).elements.map((e) => e.id)).toContain('i1');
  });

  it('a button opening a listbox (Headless UI Listbox) is a select: faded text is its placeholder, a combobox opener is not a field', () => {
    // as Headless UI draws it: Field > Label + ListboxButton (aria-labelledby: the label and itself)
    const field = (id: string, label: string, shown: string, extra = '') => `<div><label id="${id}-l" for="${id}">${label}</label>
      <button id="${id}" type="button" aria-haspopup="listbox" aria-expanded="false" aria-labelledby="${id}-l ${id}"${extra}>${shown}<svg aria-hidden="true"></svg></button></div>`;
    document.body.innerHTML = `<form style="background:#fff">
      ${field('q', 'ไตรมาสที่รายงาน', '<span style="color:#9ca3af">เลือกไตรมาส</span>')}
      ${field('c', 'ไตรมาสที่รายงาน2', '<span style="color:#111827">ไตรมาสที่ 2 (ม.ค. - มี.ค.)</span>')}
      ${field('g', 'กลุ่มเป้าหมาย', '<span>-- กรุณาเลือก --</span>')}
      ${field('m', 'กลุ่มผู้รับ', '<span style="color:rgba(17,24,39,0.3)">เลือกได้มากกว่า 1 กลุ่ม</span>')}
      <div><label for="cb">ประเด็น</label><div><input id="cb" role="combobox" aria-expanded="false" value="ประเด็นที่ 5 การท่องเที่ยว">
        <button id="opener" type="button" tabindex="-1" aria-haspopup="listbox" aria-expanded="false"><svg></svg></button></div></div></form>`;
    expect(adapterFor($('#q'))!.id).toBe('listbox-button');
    expect(read('#q')).toMatchObject({ value: '', empty: true });
    expect(read('#c')).toMatchObject({ value: 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)', empty: false });
    expect(read('#g')).toMatchObject({ value: '', empty: true });
    expect(read('#m')).toMatchObject({ value: '', empty: true });
    expect(adapterFor($('#opener'))).toBeNull();
    const byId = new Map(collectForm(document, { placeholders: DEFAULT_PROFILE.placeholders }).snapshot.fields.map((f) => [f.label, f]));
    // named by its label, not by "label + the value it shows"
    expect(byId.get('ไตรมาสที่รายงาน')).toMatchObject({ kind: 'select', empty: true });
    expect(byId.get('ไตรมาสที่รายงาน2')).toMatchObject({ kind: 'select', empty: false });
    expect([...byId.keys()].sort()).toEqual(['กลุ่มผู้รับ', 'กลุ่มเป้าหมาย', 'ประเด็น', 'ไตรมาสที่รายงาน', 'ไตรมาสที่รายงาน2'].sort());
  });

  it('contenteditable editor reads its text', () => {
    document.body.innerHTML = `<div id="e" contenteditable="true">ปัญหา</div>`;
    expect(adapterFor($('#e'))!.id).toBe('richtext');
    expect(read('#e')).toMatchObject({ value: 'ปัญหา', empty: false });
  });
});

describe('one text walker (utils/collect/dom.ts walkText)', () => {
  it('a label and a widget\'s shown value differ only in what they skip and in spacing', () => {
    document.body.innerHTML = `<div id="a">ชื่อ<b>โครงการ</b><span hidden>x</span><input value="ค่า"><span role="tooltip">tip</span><label>ป้าย</label><span class="ant-select-placeholder">เลือก</span><span role="combobox">ตัวเลือก</span></div>`;
    // labels: every node is followed by a space ("ชื่อ<b>*</b>" comes apart), tooltips and labels are read, comboboxes never
    expect(textOf($('#a'))).toBe('ชื่อ โครงการ tip ป้าย เลือก');
    // shown value: inline parts join, a label, tooltip or placeholder is not the value, a combobox's text is
    expect(displayText($('#a'))).toBe('ชื่อโครงการ ตัวเลือก');
  });

  it('a glyph button in a select\'s box (ng-select\'s remove and clear "×") is no part of the value; a chip button with words is', () => {
    // ng-select 24 single select, as drawn on the zoo's angular-ngb page
    document.body.innerHTML = `<div id="ng" class="ng-select-container ng-has-value"><div class="ng-value-container"><div class="ng-value"><span role="button" tabindex="0" class="ng-value-icon left" aria-label="Remove ไตรมาสที่ 4 (ก.ค. - ก.ย.)">×</span><span class="ng-value-label">ไตรมาสที่ 4 (ก.ค. - ก.ย.)</span></div><div class="ng-input"><input role="combobox" readonly aria-expanded="false" id="quarter"></div></div><span role="button" tabindex="0" class="ng-clear-wrapper" title="Clear all" aria-label="Clear all"><span aria-hidden="true" class="ng-clear">×</span></span><span class="ng-arrow-wrapper"><span class="ng-arrow"></span></span></div>`;
    expect(displayText($('#ng'))).toBe('ไตรมาสที่ 4 (ก.ค. - ก.ย.)');
    // an MUI Autocomplete chip is a role=button holding the chosen text
    document.body.innerHTML = `<div id="mui"><div role="button" tabindex="-1" class="MuiChip-root"><span class="MuiChip-label">นักท่องเที่ยว</span><svg aria-hidden="true"></svg></div><input role="combobox" value=""></div>`;
    expect(displayText($('#mui'))).toBe('นักท่องเที่ยว');
  });
});

describe('a hidden store select of text-less options (DevExtreme dxTagBox)', () => {
  const tagBox = (tags: string[]) => `<label for="in">กลุ่มเป้าหมาย</label><div class="dx-tagbox dx-selectbox"><div class="dx-dropdowneditor-input-wrapper">
      <select id="s" multiple name="beneficiaries" aria-label="Selected items" style="display:none">${tags.map((t) => `<option value="${t}" selected></option>`).join('')}</select>
      <div class="dx-texteditor-container"><div class="dx-tag-container">${tags.map((t) => `<div class="dx-tag" role="button" aria-label="${t}"><div class="dx-tag-content"><span>${t}</span><div class="dx-tag-remove-button"></div></div></div>`).join('')}
        <input id="in" class="dx-texteditor-input" role="combobox" aria-haspopup="listbox" readonly placeholder="เลือกได้มากกว่า 1 กลุ่ม">
        <div data-dx_placeholder="เลือกได้มากกว่า 1 กลุ่ม" class="dx-placeholder${tags.length ? ' dx-state-invisible' : ''}"></div></div></div></div></div>`;
  it('chosen tags: the tags the proxy shows', () => {
    document.body.innerHTML = tagBox(['นักท่องเที่ยว', 'วิสาหกิจชุมชน']);
    expect(adapterFor($('#s'))!.id).toBe('enhanced-select');
    expect(read('#s')).toMatchObject({ value: 'นักท่องเที่ยว วิสาหกิจชุมชน', empty: false });
  });
  it('nothing chosen: empty, the placeholder is no value', () => {
    document.body.innerHTML = tagBox([]);
    expect(read('#s')).toMatchObject({ value: '', empty: true });
  });
  it('a visible select with a text-less chosen option is still empty', () => {
    document.body.innerHTML = `<select id="s"><option value="0" selected></option><option value="1">ไตรมาสที่ 1</option></select>`;
    expect(read('#s')).toMatchObject({ empty: true });
  });
});
