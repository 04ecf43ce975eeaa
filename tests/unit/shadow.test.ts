/**
 * Forms drawn inside open shadow roots (utils/collect/shadow.ts, widgets/shadow-host.ts, the
 * shadow steps of labels/accessible.ts, dom.ts walkText and section.ts): a web component's
 * label, value and radio options are read as a person sees them; closed roots stay unread.
 */
import { describe, expect, it, vi } from 'vitest';
import { LiveChecker, type LiveState } from '@/utils/content/live-checker';
import { collectForm } from '@/utils/collect';
import { composedParent, holdsShadowRoot, withShadowCandidates } from '@/utils/collect/shadow';
import { DEFAULT_PROFILE } from '@/utils/profile/default';

const fields = () => collectForm(document, { placeholders: DEFAULT_PROFILE.placeholders }).snapshot.fields;
const brief = () => fields().map((f) => ({ label: f.label, kind: f.kind, value: f.value, empty: f.empty }));

let n = 0;
/** A custom element (a fresh tag per test) whose open or closed shadow root is `html`. */
function component(html: string, mode: ShadowRootMode = 'open'): string {
  const tag = `x-field-${++n}`;
  customElements.define(tag, class extends HTMLElement {
    constructor() {
      super();
      this.attachShadow({ mode }).innerHTML = html;
    }
  });
  return tag;
}

describe('open shadow roots: field hosts', () => {
  it('a host drawing <label for> + <input> in its shadow root is one field with that label and the inner value', () => {
    const t = component('<label for="input">ignored fallback</label><input id="input">'.replace('ignored fallback', 'งบประมาณที่ได้รับจัดสรร'));
    document.body.innerHTML = `<form><${t} id="a"></${t}></form>`;
    (document.getElementById('a')!.shadowRoot!.querySelector('input') as HTMLInputElement).value = '1,500,000';
    expect(brief()).toEqual([{ label: 'งบประมาณที่ได้รับจัดสรร', kind: 'text', value: '1,500,000', empty: false }]);
  });

  it('aria-labelledby is resolved among the shadow root\'s ids, not the document\'s', () => {
    const t = component('<span id="label">ผลการเบิกจ่ายงบประมาณ</span><input aria-labelledby="label">');
    document.body.innerHTML = `<form><span id="label">ข้อความอื่นของหน้า</span><${t}></${t}></form>`;
    expect(brief()).toEqual([{ label: 'ผลการเบิกจ่ายงบประมาณ', kind: 'text', value: '', empty: true }]);
  });

  it('a label given in the host\'s slot is read through the <slot> (its fallback only when nothing is slotted)', () => {
    const t = component('<label for="i"><slot name="label">ค่าเริ่มต้น</slot></label><input id="i">');
    document.body.innerHTML = `<form><${t}><span slot="label">วันที่รายงาน</span></${t}><${t}></${t}></form>`;
    expect(fields().map((f) => f.label)).toEqual(['วันที่รายงาน', 'ค่าเริ่มต้น']);
  });

  it('an aria-hidden or hidden input beside the shown control is plumbing: still one field, read from the shown one', () => {
    const t = component('<label for="d">ไตรมาสที่รายงาน</label><input id="d" role="combobox" readonly value="ไตรมาสที่ 2"><input aria-hidden="true" value="o1"><input hidden>');
    document.body.innerHTML = `<form><${t}></${t}></form>`;
    expect(brief()).toEqual([{ label: 'ไตรมาสที่รายงาน', kind: 'combobox', value: 'ไตรมาสที่ 2', empty: false }]);
  });

  it('a host with no name of its own in its shadow root is labelled by the page around it (a table column)', () => {
    const t = component('<input>');
    document.body.innerHTML = `<form><table><thead><tr><th>ตัวชี้วัด</th><th>ผลที่ได้</th></tr></thead>
      <tbody><tr><td>จำนวนผู้เข้าอบรม</td><td><${t}></${t}></td></tr></tbody></table></form>`;
    expect(fields().map((f) => f.label)).toEqual(['จำนวนผู้เข้าอบรม – ผลที่ได้']);
  });

  it('a closed shadow root is not readable: its control is no field', () => {
    const t = component('<label for="i">ชื่อ</label><input id="i">', 'closed');
    document.body.innerHTML = `<form><${t}></${t}></form>`;
    expect(fields()).toEqual([]);
  });

  it('a host drawing several controls is a container: each control of its shadow root is a field', () => {
    const t = component('<label>ชื่อโครงการ <input></label><label>รหัสโครงการ <input value="รย 0017"></label>');
    document.body.innerHTML = `<form><${t}></${t}></form>`;
    expect(brief()).toEqual([
      { label: 'ชื่อโครงการ', kind: 'text', value: '', empty: true },
      { label: 'รหัสโครงการ', kind: 'text', value: 'รย 0017', empty: false },
    ]);
  });

  it('a radio group drawn in a host: named by its shadow label, its options the slotted radios', () => {
    const group = component('<fieldset role="radiogroup" aria-labelledby="label"><label id="label">สถานะโครงการ</label><slot></slot></fieldset>');
    document.body.innerHTML = `<form><${group}>
      <span role="radio" aria-checked="false">ยังไม่ดำเนินการ</span><span role="radio" aria-checked="true">อยู่ระหว่างดำเนินการ</span></${group}></form>`;
    expect(brief()).toEqual([{ label: 'สถานะโครงการ', kind: 'radio', value: 'อยู่ระหว่างดำเนินการ', empty: false }]);
  });

  it('radio buttons that draw their radio in their own shadow root are options of the group, not fields', () => {
    const group = component('<fieldset role="radiogroup" aria-labelledby="label"><label id="label">ฉบับของแผน</label><div><slot></slot></div></fieldset>');
    const button = component('<button role="radio" aria-checked="false"><slot></slot></button>');
    document.body.innerHTML = `<form><${group}><${button} id="b12">ฉบับที่ 12</${button}><${button} id="b13">ฉบับที่ 13</${button}></${group}></form>`;
    expect(brief()).toEqual([{ label: 'ฉบับของแผน', kind: 'radio', value: '', empty: true }]);
    document.getElementById('b13')!.shadowRoot!.querySelector('button')!.setAttribute('aria-checked', 'true');
    expect(brief()).toEqual([{ label: 'ฉบับของแผน', kind: 'radio', value: 'ฉบับที่ 13', empty: false }]);
  });

  it('a disabled inner control is not a field (a cascade level not open yet)', () => {
    const t = component('<label for="i">เป้าหมาย</label><input id="i" disabled>');
    document.body.innerHTML = `<form><${t}></${t}></form>`;
    expect(fields()).toEqual([]);
  });
  it('a combobox\'s listbox is found among its shadow root\'s ids, its options the ones the host slots into it', () => {
    const t = component('<label for="c">ไตรมาสที่รายงาน</label><input id="c" role="combobox" readonly aria-controls="listbox" value="ไตรมาสที่ 2"><div id="listbox" role="listbox"><slot></slot></div>');
    document.body.innerHTML = `<div id="listbox" role="listbox"><div role="option">ตัวเลือกอื่นของหน้า</div></div>
      <form><${t}><div role="option">ไตรมาสที่ 1</div><div role="option">ไตรมาสที่ 2</div></${t}></form>`;
    expect(fields().map((f) => [f.label, f.value, f.options])).toEqual([['ไตรมาสที่รายงาน', 'ไตรมาสที่ 2', ['ไตรมาสที่ 1', 'ไตรมาสที่ 2']]]);
  });
});

describe('open shadow roots: sections', () => {
  it('a child slotted into a component\'s header part titles the section; a card holding only field hosts is not a header', () => {
    const card = component('<div class="card"><slot name="header" class="card__header"></slot><slot class="card__body"></slot></div>');
    const input = component('<label for="i"><slot name="label"></slot></label><input id="i">');
    document.body.innerHTML = `<form>
      <${card}><div slot="header">ยุทธศาสตร์ชาติ</div><div><${input}><span slot="label">ยุทธศาสตร์ชาติด้าน</span></${input}></div></${card}>
      <${card}><div slot="header">แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ</div><div><${input}><span slot="label">หมุดหมาย</span></${input}></div></${card}>
    </form>`;
    expect(fields().map((f) => [f.label, f.section.join(' › ')])).toEqual([
      ['ยุทธศาสตร์ชาติด้าน', 'ยุทธศาสตร์ชาติ'],
      ['หมุดหมาย', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ'],
    ]);
  });
});

describe('custom elements: a tag that names a header', () => {
  it('a button drawn in a host\'s shadow root (ion-button) is no part of the header\'s title', () => {
    const button = component('<button type="button"><span><slot></slot></span></button>');
    document.body.innerHTML = `<form><x-list><x-list-header><x-label>แผนระดับที่ 2 และระดับที่ 3</x-label><${button}>+ เพิ่มแผน</${button}></x-list-header>
      <x-item><label for="a">ระดับแผน</label><input id="a"></x-item></x-list></form>`;
    expect(fields().map((f) => [f.label, f.section.join(' › ')])).toEqual([['ระดับแผน', 'แผนระดับที่ 2 และระดับที่ 3']]);
  });

  it('a list opened by a <x-list-header> (Ionic\'s ion-list-header: no role, no class) is titled by it; other custom tags are not headings', () => {
    document.body.innerHTML = `<form><h2>ความเชื่อมโยงกับแผนระดับต่างๆ</h2>
      <x-list><x-list-header><x-label>แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ</x-label></x-list-header><x-item><label for="a">หมุดหมาย</label><input id="a"></x-item></x-list>
      <x-list><x-note><x-label>ข้อความ</x-label></x-note><x-item><label for="b">กลยุทธ์</label><input id="b"></x-item></x-list></form>`;
    expect(fields().map((f) => [f.label, f.section.join(' › ')])).toEqual([
      ['หมุดหมาย', 'ความเชื่อมโยงกับแผนระดับต่างๆ › แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ'],
      ['กลยุทธ์', 'ความเชื่อมโยงกับแผนระดับต่างๆ'],
    ]);
  });
});

describe('open shadow roots: traversal', () => {
  it('without a shadow host the light candidate list is returned as it is (no copy, no sort)', () => {
    document.body.innerHTML = '<form><input><select></select></form>';
    const list = document.body.querySelectorAll('input, select');
    expect(withShadowCandidates(document.body, list, 'input, select')).toBe(list);
  });

  it('our own UI\'s hosts (the panel, the private snippet picker) are never looked into, open or not', () => {
    const t = component('<label for="i">ค้นหาข้อความ</label><input id="i">');
    document.body.innerHTML = `<form><emenscr-assistant></emenscr-assistant><${t} data-emenscr-assistant-private></${t}><${t} data-emenscr-assistant></${t}></form>`;
    expect(fields()).toEqual([]);
  });

  it('field hosts take their place in document order among light controls', () => {
    const t = component('<label for="i">ข</label><input id="i">');
    document.body.innerHTML = `<form><label>ก <input></label><${t}></${t}><label>ค <input></label></form>`;
    expect(fields().map((f) => f.label)).toEqual(['ก', 'ข', 'ค']);
  });

  it('composedParent crosses from the top of a shadow root to its host; holdsShadowRoot sees a host under an added node', () => {
    const t = component('<div id="top"><input></div>');
    document.body.innerHTML = `<section id="s"><div><${t} id="h"></${t}></div></section><section id="plain"><input></section>`;
    const host = document.getElementById('h')!;
    const top = host.shadowRoot!.getElementById('top')!;
    expect(composedParent(top)).toBe(host);
    expect(composedParent(host)).toBe(host.parentElement);
    expect(holdsShadowRoot(document.getElementById('s')!)).toBe(true);
    expect(holdsShadowRoot(document.getElementById('plain')!)).toBe(false);
  });
});

describe('open shadow roots: the live checker', () => {
  it('a change inside a field host\'s shadow root (its control disabled) is seen: the field leaves the snapshot', async () => {
    const t = component('<label for="i">ผลการดำเนินงาน</label><textarea id="i"></textarea>');
    document.body.innerHTML = `<form><h2>บันทึกรายงานความก้าวหน้า</h2><${t} id="h"></${t}></form>`;
    let state: LiveState | null = null;
    const checker = new LiveChecker({
      doc: document,
      profile: () => DEFAULT_PROFILE,
      isOwnNode: () => false,
      onResult: (s) => { state = s; },
      onError: (e) => { throw e; },
    });
    checker.start();
    try {
      const labels = () => (state as LiveState | null)?.raw.fields.map((f) => f.label) ?? [];
      await vi.waitFor(() => expect(labels()).toEqual(['ผลการดำเนินงาน']));
      // mutation records do not cross the shadow boundary: seen only because the root is observed
      document.getElementById('h')!.shadowRoot!.querySelector('textarea')!.setAttribute('disabled', '');
      await vi.waitFor(() => expect(labels()).toEqual([]));
    } finally {
      checker.stop();
    }
  });
});

describe('Ionic-style hosts (the zoo\'s wc-ionic page)', () => {
  const select = (shown: string, placeholder: boolean) => component(`<label class="select-wrapper"><div class="label-text">ไตรมาสที่รายงาน</div>
    <div class="native-wrapper"><div aria-hidden="true" class="select-text${placeholder ? ' select-placeholder' : ''}">${shown}</div>
    <button aria-label="ไตรมาสที่รายงาน, ${shown}" aria-haspopup="dialog" aria-expanded="false"></button></div></label>`);

  it('a textless popup button laid over its shown text in a <label> is a select: its value the text beside it, its name the aria-label without that text', () => {
    const filled = select('ไตรมาสที่ 1 (ต.ค. - ธ.ค.)', false);
    document.body.innerHTML = `<form><${filled}></${filled}></form>`;
    expect(brief()).toEqual([{ label: 'ไตรมาสที่รายงาน', kind: 'select', value: 'ไตรมาสที่ 1 (ต.ค. - ธ.ค.)', empty: false }]);
  });

  it('the placeholder part beside the overlay button is no value', () => {
    const empty = select('เลือกไตรมาส', true);
    document.body.innerHTML = `<form><${empty}></${empty}></form>`;
    expect(brief()).toEqual([{ label: 'ไตรมาสที่รายงาน', kind: 'select', value: '', empty: true }]);
  });

  it('without a label of its own, an aria-label that is only the shown choice names nothing: the column names the cell', () => {
    const cell = component(`<label class="select-wrapper"><div class="label-text-wrapper label-text-wrapper-hidden"><slot name="label"></slot></div>
      <div class="native-wrapper"><div aria-hidden="true" class="select-text">แผนระดับที่ 2</div>
      <button aria-label="แผนระดับที่ 2" aria-haspopup="dialog" aria-expanded="false"></button></div></label>`);
    document.body.innerHTML = `<form><div><div><div>ลำดับ</div><div>ระดับแผน</div><div></div></div>
      <div><div>1</div><div><${cell}></${cell}></div><div><button>ลบ</button></div></div></div></form>`;
    expect(brief()).toEqual([{ label: 'ระดับแผน', kind: 'select', value: 'แผนระดับที่ 2', empty: false }]);
  });

  it('a popup button with its own text, or outside any <label>, is no overlay select', () => {
    document.body.innerHTML = `<form><label>เมนู <button aria-haspopup="menu">เปิด</button></label><div><button aria-haspopup="dialog"></button></div></form>`;
    expect(fields()).toEqual([]);
  });

  it('a slider named by the <label> that wraps it is named without the pin its knob draws', () => {
    const t = component(`<label id="range-label"><div class="label-text">ความก้าวหน้าของโครงการ (ร้อยละ)</div>
      <div role="slider" tabindex="0" aria-labelledby="range-label" aria-valuemin="0" aria-valuemax="100" aria-valuenow="0"><div role="presentation">0</div></div></label>`);
    document.body.innerHTML = `<form><${t}></${t}></form>`;
    expect(fields().map((f) => f.label)).toEqual(['ความก้าวหน้าของโครงการ (ร้อยละ)']);
  });
});

describe('read-only inputs', () => {
  it('a read-only input showing a placeholder is a picker\'s field a person fills; without one it is display only', () => {
    document.body.innerHTML = `<form><label for="d">วันที่รายงาน</label><input id="d" readonly placeholder="วว/ดด/ปปปป">
      <label for="c">รหัสโครงการ</label><input id="c" readonly value="รย 0017"></form>`;
    expect(fields().map((f) => [f.label, f.editable])).toEqual([['วันที่รายงาน', true], ['รหัสโครงการ', false]]);
  });
});

describe('tablists', () => {
  it('tabs that control no panel (each drawn in a segment host\'s shadow root) are one single choice: the selected tab\'s text', () => {
    const t = component('<button role="tab" aria-selected="false"><span><slot></slot></span></button>');
    document.body.innerHTML = `<form><div>ฉบับของแผน</div><div role="tablist"><${t} id="a">ฉบับที่ 12</${t}><${t} id="b">ฉบับที่ 13</${t}></div></form>`;
    expect(brief()).toEqual([{ label: 'ฉบับของแผน', kind: 'radio', value: '', empty: true }]);
    document.getElementById('b')!.shadowRoot!.querySelector('button')!.setAttribute('aria-selected', 'true');
    expect(brief()).toEqual([{ label: 'ฉบับของแผน', kind: 'radio', value: 'ฉบับที่ 13', empty: false }]);
  });

  it('tabs that switch panels (aria-controls) are navigation, no field', () => {
    document.body.innerHTML = `<form><div role="tablist"><button role="tab" aria-selected="true" aria-controls="p1">ข้อมูล</button><button role="tab" aria-controls="p2">แผน</button></div>
      <div id="p1" role="tabpanel"></div></form>`;
    expect(fields()).toEqual([]);
  });
});

describe('roles given through ElementInternals (Material Web), invisible to the DOM', () => {
  it('a radiogroup of focusable hosts with no role attribute (md-radio: role and aria-checked in ElementInternals) is one question; the chosen one is the host whose drawn box is classed checked', () => {
    // a form-associated element, as md-radio is (in Chromium its <label for> names it: the zoo's
    // wc-material page; happy-dom's label.control knows no form-associated element, so the names
    // here are the docs' accessibility example's aria-label)
    const t = `x-radio-${++n}`;
    customElements.define(t, class extends HTMLElement {
      static formAssociated = true;
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<div class="container" aria-hidden="true"><svg><circle class="inner circle"></circle></svg></div>';
      }
    });
    const radios = ['ยังไม่ดำเนินการ', 'อยู่ระหว่างดำเนินการ', 'ยกเลิกโครงการ'].map((s, i) => `<${t} id="r${i}" name="status" value="${s}" tabindex="0" aria-label="${s}"></${t}>`).join('');
    document.body.innerHTML = `<form><div role="radiogroup" aria-labelledby="t"><h3 id="t">สถานะโครงการ</h3>${radios}</div></form>`;
    expect(brief()).toEqual([{ label: 'สถานะโครงการ', kind: 'radio', value: '', empty: true }]);
    // the user's click: md-radio only redraws its box (its `checked` attribute is never written)
    document.getElementById('r1')!.shadowRoot!.firstElementChild!.className = 'container checked';
    expect(brief()).toEqual([{ label: 'สถานะโครงการ', kind: 'radio', value: 'อยู่ระหว่างดำเนินการ', empty: false }]);
  });

  it('hosts of a radiogroup that are not focusable, or of two tags, are not taken for its radios', () => {
    const a = component('<div class="container checked"></div>');
    const b = component('<div class="container"></div>');
    document.body.innerHTML = `<form><div role="radiogroup" aria-label="สถานะโครงการ"><${a}></${a}><${a}></${a}></div>
      <div role="radiogroup" aria-label="ไตรมาส"><${a} tabindex="0"></${a}><${b} tabindex="0"></${b}></div></form>`;
    expect(brief()).toEqual([]);
  });
});

describe('chips', () => {
  it('sibling hosts each drawing one <button aria-pressed> with words (md-filter-chips in an md-chip-set) are one question named by the caption above; pressed chips are its answer', () => {
    const t = component('<div class="container"><button id="button" aria-pressed="false"><span class="label"><span id="label"></span></span></button></div>');
    const chips = ['ผู้ประกอบการท่องเที่ยว', 'วิสาหกิจชุมชน', 'นักท่องเที่ยว'].map((s, i) => `<${t} id="c${i}" label="${s}" tabindex="0"></${t}>`).join('');
    document.body.innerHTML = `<form><div><div>กลุ่มเป้าหมายที่ได้รับประโยชน์</div><x-chip-set>${chips}</x-chip-set></div></form>`;
    for (let i = 0; i < 3; i++) { const h = document.getElementById(`c${i}`)!; h.shadowRoot!.getElementById('label')!.textContent = h.getAttribute('label'); }
    expect(brief()).toEqual([{ label: 'กลุ่มเป้าหมายที่ได้รับประโยชน์', kind: 'radio', value: '', empty: true }]);
    document.getElementById('c1')!.shadowRoot!.querySelector('button')!.setAttribute('aria-pressed', 'true');
    expect(brief()).toEqual([{ label: 'กลุ่มเป้าหมายที่ได้รับประโยชน์', kind: 'radio', value: 'วิสาหกิจชุมชน', empty: false }]);
  });

  it('a chip pressed or a radio drawn chosen inside their shadow roots is seen by the live checker', async () => {
    const chip = component('<button aria-pressed="false"></button>');
    const radio = component('<div class="container"></div>');
    // the set is a host too, slotting its chips (md-chip-set)
    const set = component('<div class="set"><slot></slot></div>');
    document.body.innerHTML = `<form><h2>บันทึกรายงานความก้าวหน้า</h2><div>กลุ่มเป้าหมายที่ได้รับประโยชน์</div><${set}><${chip} id="c0" label="นักท่องเที่ยว"></${chip}><${chip} label="วิสาหกิจชุมชน"></${chip}></${set}>
      <div role="radiogroup" aria-label="สถานะโครงการ"><span><${radio} id="r0" tabindex="0" aria-label="ยังไม่ดำเนินการ"></${radio}></span><span><${radio} tabindex="0" aria-label="ยกเลิกโครงการ"></${radio}></span></div></form>`;
    for (const c of document.querySelectorAll(chip)) c.shadowRoot!.querySelector('button')!.textContent = c.getAttribute('label');
    let state: LiveState | null = null;
    const checker = new LiveChecker({ doc: document, profile: () => DEFAULT_PROFILE, isOwnNode: () => false, onResult: (s) => { state = s; }, onError: (e) => { throw e; } });
    checker.start();
    try {
      const values = () => (state as LiveState | null)?.raw.fields.map((f) => f.value) ?? null;
      await vi.waitFor(() => expect(values()).toEqual(['', '']));
      document.getElementById('c0')!.shadowRoot!.querySelector('button')!.setAttribute('aria-pressed', 'true');
      await vi.waitFor(() => expect(values()).toEqual(['นักท่องเที่ยว', '']));
      document.getElementById('r0')!.shadowRoot!.firstElementChild!.className = 'container checked';
      await vi.waitFor(() => expect(values()).toEqual(['นักท่องเที่ยว', 'ยังไม่ดำเนินการ']));
    } finally {
      checker.stop();
    }
  });

  it('a lone chip, or chips beside another kind of child, are no question', () => {
    const t = component('<button aria-pressed="true">ตัวกรอง</button>');
    document.body.innerHTML = `<form><div><${t}></${t}></div><div><${t}></${t}><${t}></${t}><span>อื่นๆ</span></div></form>`;
    expect(brief()).toEqual([]);
  });
});

describe('a surface\'s drawn layer', () => {
  it('an empty custom element opening a card (md-elevation) is no content: the header row after it titles the card', () => {
    const elevation = component('<span class="shadow"></span>');
    document.body.innerHTML = `<form><section class="card"><${elevation}></${elevation}><div class="head-row"><h2>แผนระดับที่ 2 และระดับที่ 3 อื่นที่เกี่ยวข้อง</h2><button type="button">+ เพิ่มแผน</button></div>
      <table><thead><tr><th>ระดับแผน</th></tr></thead><tbody><tr><td><select><option value="">-- กรุณาเลือก --</option><option>แผนระดับที่ 2</option></select></td></tr></tbody></table></section></form>`;
    expect(fields().map((f) => f.section)).toEqual([['แผนระดับที่ 2 และระดับที่ 3 อื่นที่เกี่ยวข้อง']]);
  });
});

describe('Spectrum-style hosts (the zoo\'s wc-spectrum page)', () => {
  // sp-picker's shadow root: a button with aria-haspopup="true" showing the choice (or the prompt
  // slotted into its label slot), a visually hidden copy of the field label inside it, and the
  // role=listbox menu of the host's options drawn after it
  const HIDDEN = 'position:absolute;clip:rect(0,0,0,0);width:1px;height:1px;overflow:hidden';
  const picker = (shown: string) => component(`<button aria-haspopup="true" aria-labelledby="icon label applied-label pending-label" id="button">
      <span id="icon"></span><span class="label" id="label">${shown}</span>
      <span aria-hidden="true" style="${HIDDEN}" id="applied-label">ไตรมาสที่รายงาน</span></button>
    <div role="listbox" id="menu"><slot></slot></div>`);

  it('a button whose popup is the listbox drawn beside it (aria-haspopup="true") is a select, named by the hidden copy of its label, its value the shown choice', () => {
    const t = picker('ไตรมาสที่ 4 (ก.ค. - ก.ย.)');
    document.body.innerHTML = `<form><${t}><div role="option">ไตรมาสที่ 4 (ก.ค. - ก.ย.)</div></${t}></form>`;
    expect(brief()).toEqual([{ label: 'ไตรมาสที่รายงาน', kind: 'select', value: 'ไตรมาสที่ 4 (ก.ค. - ก.ย.)', empty: false }]);
  });

  it('the same select showing nothing (the prompt only slotted in) is empty', () => {
    const t = picker('<slot name="label"></slot>');
    document.body.innerHTML = `<form><${t}><span slot="label">เลือกไตรมาส</span><div role="option">ไตรมาสที่ 1</div></${t}></form>`;
    expect(brief()).toEqual([{ label: 'ไตรมาสที่รายงาน', kind: 'select', value: '', empty: true }]);
  });

  it('a menu button whose popup is no listbox is a part of its component, not a field', () => {
    const t = component('<label for="i">วันที่รายงาน</label><input id="i"><button aria-haspopup="true">📅</button><div role="dialog"></div>');
    document.body.innerHTML = `<form><${t}></${t}></form>`;
    expect(brief()).toEqual([{ label: 'วันที่รายงาน', kind: 'text', value: '', empty: true }]);
  });

  it('an input whose aria-labelledby also points at a copy of its own value is named without that copy (sp-combobox)', () => {
    const t = component(`<input role="combobox" aria-labelledby="label applied-label" value="ด้านความมั่นคง">
      <span id="applied-label" style="${HIDDEN}">ยุทธศาสตร์ชาติด้าน</span><span id="label" aria-hidden="true" style="${HIDDEN}">ด้านความมั่นคง</span>`);
    document.body.innerHTML = `<form><${t}></${t}></form>`;
    expect(fields().map((f) => f.label)).toEqual(['ยุทธศาสตร์ชาติด้าน']);
  });
});

describe('a group of checkboxes marked required is one question', () => {
  it('a fieldset of checkboxes whose legend carries a required mark: one field, empty while none is ticked', () => {
    document.body.innerHTML = `<form><fieldset><legend>กลุ่มเป้าหมาย *</legend>
      <label><input type="checkbox"> นักท่องเที่ยว</label><label><input type="checkbox"> วิสาหกิจชุมชน</label></fieldset></form>`;
    expect(brief()).toEqual([{ label: 'กลุ่มเป้าหมาย', kind: 'radio', value: '', empty: true }]);
    (document.querySelectorAll('input')[1] as HTMLInputElement).checked = true;
    expect(brief()).toEqual([{ label: 'กลุ่มเป้าหมาย', kind: 'radio', value: 'วิสาหกิจชุมชน', empty: false }]);
  });

  it('a role=group of checkbox components named by a label element flagged `required` (sp-field-group + sp-field-label required)', () => {
    const box = component('<input id="input" type="checkbox"><label for="input"><slot></slot></label>');
    document.body.innerHTML = `<form><span id="l" required>กลุ่มเป้าหมายที่ได้รับประโยชน์</span>
      <div role="group" aria-labelledby="l"><${box}>นักท่องเที่ยว</${box}><${box}>เยาวชนในพื้นที่</${box}></div></form>`;
    expect(brief()).toEqual([{ label: 'กลุ่มเป้าหมายที่ได้รับประโยชน์', kind: 'radio', value: '', empty: true }]);
  });

  it('a group whose every box is flagged `required` while none is ticked is one question (React Aria CheckboxGroup isRequired)', () => {
    // RAC 1.22 draws each Checkbox as a native checkbox visually hidden in its <label>, flags them
    // all `required` while none is ticked, and leaves the group's name unmarked
    const hidden = 'position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0px, 0px, 0px, 0px); clip-path: inset(50%); white-space: nowrap;';
    const rac = (ticked: number) => `<form><div role="group" aria-labelledby="l" data-required="true"><span id="l">กลุ่มเป้าหมายที่ได้รับประโยชน์</span><div>${
      ['นักท่องเที่ยว', 'เยาวชนในพื้นที่'].map((o, i) => `<label><span style="${hidden}"><input type="checkbox" name="b" value="${o}"${ticked < 0 ? ' required' : ''}${i === ticked ? ' checked' : ''}></span>${o}</label>`).join('')}</div></div></form>`;
    document.body.innerHTML = rac(-1);
    expect(brief()).toEqual([{ label: 'กลุ่มเป้าหมายที่ได้รับประโยชน์', kind: 'radio', value: '', empty: true }]);
    // once one is ticked RAC drops the flag from all: optional ticks, none of them empty-and-required
    document.body.innerHTML = rac(1);
    expect(fields().filter((f) => f.required && f.empty)).toEqual([]);
  });

  it('required boxes still flagged beside a ticked one are each required on their own (consent ticks), not one question', () => {
    document.body.innerHTML = `<form><fieldset><legend>การยืนยัน</legend>
      <label><input type="checkbox" required checked> ยืนยันความถูกต้องของข้อมูล</label><label><input type="checkbox" required> ยินยอมให้เปิดเผยข้อมูล</label></fieldset></form>`;
    expect(brief().map((f) => [f.label, f.kind, f.empty])).toEqual([['ยืนยันความถูกต้องของข้อมูล', 'checkbox', false], ['ยินยอมให้เปิดเผยข้อมูล', 'checkbox', true]]);
  });

  it('checkboxes in a group with no required mark stay ticks of their own (plan toggles in a fieldset)', () => {
    document.body.innerHTML = `<form><fieldset><legend>แผนที่รายงาน</legend>
      <label><input type="checkbox"> ยุทธศาสตร์ชาติ</label><label><input type="checkbox"> แผนแม่บทภายใต้ยุทธศาสตร์ชาติ</label></fieldset></form>`;
    expect(brief().map((f) => [f.label, f.kind])).toEqual([['ยุทธศาสตร์ชาติ', 'checkbox'], ['แผนแม่บทภายใต้ยุทธศาสตร์ชาติ', 'checkbox']]);
  });

  it('a required group of 20 boxes is one question; of 21 it is a list of ticks, each read on its own', () => {
    const group = (n: number) => `<form><fieldset><legend>อำเภอเป้าหมาย *</legend>${Array.from({ length: n }, (_, i) => `<label><input type="checkbox"> อำเภอที่ ${i + 1}</label>`).join('')}</fieldset></form>`;
    document.body.innerHTML = group(20);
    expect(brief()).toEqual([{ label: 'อำเภอเป้าหมาย', kind: 'radio', value: '', empty: true }]);
    document.body.innerHTML = group(21);
    const ticks = brief();
    expect(ticks).toHaveLength(21);
    expect(ticks.every((f) => f.kind === 'checkbox')).toBe(true);
    expect(ticks[20]!.label).toBe('อำเภอที่ 21');
  });

  it('a group is read once per collect pass, not once for each of its boxes', () => {
    document.body.innerHTML = `<form><fieldset><legend>อำเภอเป้าหมาย *</legend>${Array.from({ length: 20 }, (_, i) => `<label><input type="checkbox"> อำเภอที่ ${i + 1}</label>`).join('')}</fieldset></form>`;
    const group = document.querySelector('fieldset')!;
    const all = vi.spyOn(group, 'querySelectorAll');
    expect(fields()).toHaveLength(1);
    // one read of the group's elements per pass (and one for the field's options), not 20
    expect(all.mock.calls.filter(([sel]) => sel === '*').length).toBeLessThanOrEqual(3);
  });
});
