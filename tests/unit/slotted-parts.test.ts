/**
 * Web components that keep their parts in the LIGHT DOM and only place them through slots
 * (Vaadin's components: the label, native input, value box and chips are light-DOM children of
 * the host, slotted into its shadow root; vaadin-grid slots each cell's content into a <td> of
 * its shadow table; vaadin-button is a role=button host drawing its label around a slot).
 * Shapes from the zoo's wc-vaadin page (Vaadin 25), reduced.
 */
import { describe, expect, it } from 'vitest';
import { collectForm } from '@/utils/collect';
import { DEFAULT_PROFILE as P } from '@/utils/profile/default';
import { controlOf } from '@/utils/guard/step';

const fields = () => collectForm(document, { placeholders: P.placeholders }).snapshot.fields;
const brief = () => fields().map((f) => ({ label: f.label, kind: f.kind, value: f.value, empty: f.empty }));

let n = 0;
/** A custom element (a fresh tag per test) whose open shadow root is `html`. */
function component(html: string): string {
  const tag = `x-part-${++n}`;
  customElements.define(tag, class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode: 'open' }).innerHTML = html;
    }
  });
  return tag;
}

/** vaadin-select: the label and the value box slotted into the field's frame */
const selectShadow = '<div part="label"><slot name="label"></slot></div><div part="input-field"><slot name="value"></slot><div part="toggle-button" aria-hidden="true"></div></div><div part="error-message"><slot name="error-message"></slot></div>';

function select(tag: string, id: string, label: string, shown: string, prompt: boolean): string {
  return `<${tag}><label slot="label" id="l-${id}">${label}</label>
    <div slot="value" role="button" tabindex="0" aria-haspopup="listbox" aria-expanded="false" ${prompt ? 'placeholder=""' : ''} aria-labelledby="l-${id} v-${id}"><div id="v-${id}">${shown}</div></div></${tag}>`;
}

describe('a select drawn as a role=button value box (vaadin-select)', () => {
  it('is a select named by its label (not by the chosen item it also points at), empty while it flags its prompt', () => {
    const t = component(selectShadow);
    document.body.innerHTML = `<form>
      ${select(t, 'q', 'ไตรมาสที่รายงาน', 'ไตรมาสที่ 4 (ก.ค. - ก.ย.)', false)}
      ${select(t, 'r', 'ผู้อนุมัติ', 'ผู้อนุมัติตามสายงาน', true)}
    </form>`;
    expect(brief()).toEqual([
      { label: 'ไตรมาสที่รายงาน', kind: 'select', value: 'ไตรมาสที่ 4 (ก.ค. - ก.ย.)', empty: false },
      { label: 'ผู้อนุมัติ', kind: 'select', value: '', empty: true },
    ]);
  });
});

describe('chips drawn beside a slotted input (vaadin-multi-select-combo-box)', () => {
  it('the chips a host draws in its input frame, each chip\'s text in its own shadow root, are the value; none: empty', () => {
    const box = component(`<div part="label"><slot name="label"></slot></div>
      <div part="input-field"><slot name="overflow"></slot><div part="chips"><slot name="chip"></slot></div><slot name="input"></slot><div part="toggle-button" aria-hidden="true"></div></div>`);
    const chip = component('<div part="label">ผู้ประกอบการท่องเที่ยว</div><div part="remove-button"></div>');
    const chip2 = component('<div part="label">มัคคุเทศก์ท้องถิ่น</div><div part="remove-button"></div>');
    // the library copies the chosen items into the input's placeholder (for screen readers)
    document.body.innerHTML = `<form>
      <${box}><label slot="label" for="a">กลุ่มเป้าหมายที่ได้รับประโยชน์</label><input slot="input" id="a" role="combobox" placeholder="ผู้ประกอบการท่องเที่ยว">
        <${chip} slot="overflow" hidden></${chip}><${chip} slot="chip" title="ผู้ประกอบการท่องเที่ยว"></${chip}><${chip2} slot="chip" title="มัคคุเทศก์ท้องถิ่น"></${chip2}></${box}>
      <${box}><label slot="label" for="b">ผู้รับผิดชอบ</label><input slot="input" id="b" role="combobox" placeholder="เลือกได้มากกว่า 1 คน"><${chip} slot="overflow" hidden></${chip}></${box}>
    </form>`;
    const [filled, empty] = brief();
    expect(filled).toMatchObject({ label: 'กลุ่มเป้าหมายที่ได้รับประโยชน์', empty: false });
    expect(filled!.value).toContain('มัคคุเทศก์ท้องถิ่น');
    expect(empty).toMatchObject({ label: 'ผู้รับผิดชอบ', empty: true });
  });
});

describe('a table whose cells are slotted into its shadow table (vaadin-grid)', () => {
  it('names a cell editor by its row and its column header, both slotted like the cells', () => {
    const grid = component(`<table role="treegrid"><thead><tr role="row">
        <th role="columnheader"><slot name="h0"></slot></th><th role="columnheader"><slot name="h1"></slot></th><th role="columnheader"><slot name="h2"></slot></th></tr></thead>
      <tbody><tr role="row"><td role="gridcell"><slot name="c0"></slot></td><td role="gridcell"><slot name="c1"></slot></td><td role="gridcell"><slot name="c2"></slot></td></tr>
        <tr role="row"><td role="gridcell"><slot name="c3"></slot></td><td role="gridcell"><slot name="c4"></slot></td><td role="gridcell"><slot name="c5"></slot></td></tr></tbody></table>`);
    // a text field component: its (empty) label and input are light-DOM children it slots
    const field = component('<div part="label"><slot name="label"></slot></div><div part="input-field"><slot name="input"></slot></div>');
    const cell = (i: number) => `<${field}><label slot="label"></label><input slot="input" value="${i === 2 ? '118' : ''}"></${field}>`;
    document.body.innerHTML = `<form><${grid}>
      <div slot="h0">ตัวชี้วัด</div><div slot="h1">ค่าเป้าหมาย</div><div slot="h2">ผลที่ได้</div>
      <div slot="c0">จำนวนผู้ประกอบการที่ได้รับการอบรม</div><div slot="c1">120</div><div slot="c2">${cell(2)}</div>
      <div slot="c3">ร้อยละความพึงพอใจของผู้เข้าร่วมโครงการ</div><div slot="c4">85</div><div slot="c5">${cell(5)}</div>
    </${grid}></form>`;
    expect(fields().map((f) => f.label)).toEqual([
      'จำนวนผู้ประกอบการที่ได้รับการอบรม – ผลที่ได้',
      'ร้อยละความพึงพอใจของผู้เข้าร่วมโครงการ – ผลที่ได้',
    ]);
  });
});

describe('a role=button host drawing its label around a slot (vaadin-button)', () => {
  it('a press on a part of its shadow root is a press on the host', () => {
    const button = component('<div class="container"><span part="prefix"><slot name="prefix"></slot></span><span part="label"><slot></slot></span></div>');
    document.body.innerHTML = `<div role="dialog"><${button} role="button" tabindex="0" id="ok">ยืนยันการส่ง</${button}></div>`;
    const host = document.getElementById('ok')!;
    expect(controlOf(host.shadowRoot!.querySelector('[part="label"]'))).toBe(host);
    expect(controlOf(host)).toBe(host);
  });
});
