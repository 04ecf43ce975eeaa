/**
 * CollectOptions.watch: the candidate and heading lists are kept between passes, so every
 * change that can alter them must be seen by the very next pass (also in the same task,
 * before the observer's callback ran). Each step compares with a new collector (no kept
 * state) and states what a person would now see.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Collector, collectForm } from '@/utils/collect';
import { DEFAULT_PROFILE } from '@/utils/profile/default';

const opts = { placeholders: DEFAULT_PROFILE.placeholders };
const view = (c: { snapshot: { headings: string[]; fields: { label: string; kind: string }[] } }) => ({
  headings: c.snapshot.headings,
  fields: c.snapshot.fields.map((f) => `${f.kind}:${f.label}`),
});

describe('Collector with watch: kept page lists', () => {
  let collector: Collector | null = null;
  afterEach(() => {
    collector?.dispose();
    collector = null;
    vi.restoreAllMocks();
  });

  const start = () => {
    document.body.innerHTML = `<h2>รายงานผล</h2><form id="f"><label>ชื่อโครงการ <input id="a"></label>
      <div id="box">หมายเหตุ</div><div id="tg"><button>ใช่</button><button>ไม่ใช่</button></div><p id="p">คำอธิบาย</p></form>`;
    collector = new Collector({ ...opts, watch: true });
    return collector;
  };

  it('asks the page for its lists again only after a change that can alter them', () => {
    const c = start();
    const el = vi.spyOn(Element.prototype, 'querySelectorAll');
    const doc = vi.spyOn(document, 'querySelectorAll');
    // the candidate query (the only selector with "handle") and the heading query
    const listQueries = () => {
      const n = [...el.mock.calls, ...doc.mock.calls].filter(([sel]) => typeof sel === 'string' && (sel.includes('[class*="handle"]') || sel.includes('legend'))).length;
      el.mockClear();
      doc.mockClear();
      return n;
    };
    c.collect(document);
    expect(listQueries()).toBe(2);
    const again = c.collect(document);
    expect(listQueries()).toBe(0);
    expect(view(again)).toEqual(view(collectForm(document, opts)));
    listQueries();
    // a value typed and an attribute that decides no list: the lists stay
    (document.getElementById('a') as HTMLInputElement).value = 'x';
    document.getElementById('p')!.setAttribute('title', 't');
    c.collect(document);
    expect(listQueries()).toBe(0);
    // a class changed anywhere: asked again
    document.getElementById('p')!.setAttribute('class', 'note');
    c.collect(document);
    expect(listQueries()).toBe(2);
    // invalidate() drops them too
    c.invalidate();
    c.collect(document);
    expect(listQueries()).toBe(2);
  });

  const steps: [string, () => void, (v: ReturnType<typeof view>) => void][] = [
    ['a field added', () => document.getElementById('f')!.insertAdjacentHTML('beforeend', '<label>งบประมาณ <input></label>'),
      (v) => expect(v.fields).toContain('text:งบประมาณ')],
    ['contenteditable set on a div', () => document.getElementById('box')!.setAttribute('contenteditable', 'true'),
      (v) => expect(v.fields.some((f) => f.startsWith('richtext:'))).toBe(true)],
    ['a role given', () => { const p = document.getElementById('p')!; p.setAttribute('role', 'textbox'); p.setAttribute('aria-label', 'รายละเอียด'); },
      (v) => expect(v.fields.some((f) => f.endsWith(':รายละเอียด'))).toBe(true)],
    ['a class that makes buttons a toggle group', () => document.getElementById('tg')!.setAttribute('class', 'btn-toggle'),
      (v) => expect(v.fields.some((f) => f.startsWith('radio:'))).toBe(true)],
    ['a heading added', () => document.body.insertAdjacentHTML('afterbegin', '<h1>ไตรมาสที่ 2</h1>'),
      (v) => expect(v.headings).toContain('ไตรมาสที่ 2')],
    ['a heading role given', () => { const p = document.getElementById('box')!; p.setAttribute('role', 'heading'); },
      (v) => expect(v.headings).toContain('หมายเหตุ')],
    ['the body replaced', () => { const b = document.createElement('body'); b.innerHTML = '<h3>ใหม่</h3><label>ผลผลิต <textarea></textarea></label>'; document.documentElement.replaceChild(b, document.body); },
      (v) => expect([v.headings, v.fields.map((f) => f.split(':')[1])]).toEqual([['ใหม่'], ['ผลผลิต']])],
  ];

  it.each(steps)('sees at the next pass, in the same task: %s', (_name, change, expectSeen) => {
    const c = start();
    const before = view(c.collect(document));
    c.collect(document); // lists kept from here
    change();
    const after = view(c.collect(document));
    expect(after).toEqual(view(collectForm(document, opts)));
    expect(after).not.toEqual(before);
    expectSeen(after);
  });

  it.each(steps)('sees at the next pass, after the observer ran: %s', async (_name, change, expectSeen) => {
    const c = start();
    c.collect(document);
    change();
    await new Promise((r) => setTimeout(r, 0));
    const after = view(c.collect(document));
    expect(after).toEqual(view(collectForm(document, opts)));
    expectSeen(after);
  });

  it('after dispose it still answers, from fresh lists', () => {
    const c = start();
    c.collect(document);
    c.dispose();
    document.getElementById('f')!.insertAdjacentHTML('beforeend', '<label>งบประมาณ <input></label>');
    expect(view(c.collect(document))).toEqual(view(collectForm(document, opts)));
  });
});

describe('Collector with watch: kept page texts (fiscal year, option texts)', () => {
  let collector: Collector | null = null;
  afterEach(() => {
    collector?.dispose();
    collector = null;
  });
  const start = () => {
    document.body.innerHTML = `<header><span id="fy">ปีงบประมาณ <b id="year">2568</b></span></header>
      <form><label>ไตรมาส <select id="q"><option value="">-- กรุณาเลือก --</option><option id="o1">ไตรมาส 1</option><option>ไตรมาส 2</option></select></label></form>`;
    collector = new Collector({ ...opts, watch: true });
    return collector;
  };
  const read = (c: Collector) => {
    const s = c.collect(document).snapshot;
    return { fy: s.context?.fiscalYear, options: s.fields[0]!.options };
  };

  it('kept while nothing changed, read again after a text, node or hidden change — also one made with nodeValue only', async () => {
    const c = start();
    expect(read(c)).toEqual({ fy: 2568, options: ['ไตรมาส 1', 'ไตรมาส 2'] });
    expect(read(c)).toEqual({ fy: 2568, options: ['ไตรมาส 1', 'ไตรมาส 2'] });
    // a framework updating a text node in place (no node added or removed)
    document.getElementById('year')!.firstChild!.nodeValue = '2569';
    expect(read(c).fy).toBe(2569);
    (document.getElementById('o1')!.firstChild as Text).data = 'ไตรมาสที่ 1';
    expect(read(c).options).toEqual(['ไตรมาสที่ 1', 'ไตรมาส 2']);
    // after the observer's callback ran, too
    document.getElementById('q')!.insertAdjacentHTML('beforeend', '<option>ไตรมาส 3</option>');
    await new Promise((r) => setTimeout(r, 0));
    expect(read(c).options).toEqual(['ไตรมาสที่ 1', 'ไตรมาส 2', 'ไตรมาส 3']);
    // the stated year replaced by another header: what a fresh collector reads
    document.querySelector('header')!.innerHTML = '<span>ปีงบประมาณ</span> <span>2570</span>';
    expect(read(c).fy).toBe(2570);
    expect(read(c)).toEqual({ fy: collectForm(document, opts).snapshot.context?.fiscalYear, options: collectForm(document, opts).snapshot.fields[0]!.options });
  });
});

describe('Collector with watch: kept label lists', () => {
  it('sees a label pointed at another control (for, id), as a fresh collector does', () => {
    // a visually hidden checkbox is shown through its label (widgets/choice.ts), read every pass
    document.body.innerHTML = `<form><label id="l" for="c">ยอมรับเงื่อนไข</label><input type="checkbox" id="c" style="display:none">
      <label>ชื่อ <input id="n"></label></form>`;
    const c = new Collector({ ...opts, watch: true });
    try {
      const kinds = () => c.collect(document).snapshot.fields.map((f) => f.kind);
      const fresh = () => collectForm(document, opts).snapshot.fields.map((f) => f.kind);
      expect(kinds()).toEqual(['checkbox', 'text']);
      kinds();
      document.getElementById('l')!.setAttribute('for', 'n');
      expect(kinds()).toEqual(fresh());
      expect(kinds()).toEqual(['text']);
      document.getElementById('n')!.id = 'n2';
      document.getElementById('c')!.id = 'n';
      expect(kinds()).toEqual(fresh());
      expect(kinds()).toEqual(['checkbox', 'text']);
    } finally {
      c.dispose();
    }
  });
});

describe('Collector with watch: kept radio option labels', () => {
  it('read again after the option text or its aria-label changed, as a fresh collector reads them', () => {
    document.body.innerHTML = `<form><fieldset><legend>สถานะ</legend>
      <label><input type="radio" name="s" value="a"><span id="t1">ดำเนินการ</span></label>
      <label><input type="radio" name="s" value="b" id="r2"><span>เสร็จสิ้น</span></label></fieldset></form>`;
    const c = new Collector({ ...opts, watch: true });
    try {
      const options = () => c.collect(document).snapshot.fields[0]!.options;
      const fresh = () => collectForm(document, opts).snapshot.fields[0]!.options;
      expect(options()).toEqual(['ดำเนินการ', 'เสร็จสิ้น']);
      expect(options()).toEqual(['ดำเนินการ', 'เสร็จสิ้น']);
      (document.getElementById('t1')!.firstChild as Text).data = 'อยู่ระหว่างดำเนินการ';
      expect(options()).toEqual(fresh());
      expect(options()![0]).toBe('อยู่ระหว่างดำเนินการ');
      document.getElementById('r2')!.setAttribute('aria-label', 'ปิดโครงการ');
      expect(options()).toEqual(fresh());
      expect(options()![1]).toBe('ปิดโครงการ');
    } finally {
      c.dispose();
    }
  });
});

describe('Collector with watch: kept combobox options', () => {
  it('read again after an option text changed or the combobox points at another listbox', () => {
    document.body.innerHTML = `<form><label id="lq">ไตรมาส</label>
      <div role="combobox" aria-labelledby="lq" aria-controls="lb" aria-expanded="false" tabindex="0" id="cb">ไตรมาส 1</div>
      <ul role="listbox" id="lb"><li role="option"><span id="o1">ไตรมาส 1</span></li><li role="option">ไตรมาส 2</li></ul>
      <ul role="listbox" id="lb2"><li role="option">ครึ่งปีแรก</li></ul></form>`;
    const c = new Collector({ ...opts, watch: true });
    try {
      const field = () => c.collect(document).snapshot.fields.find((f) => f.kind === 'combobox')!;
      const fresh = () => collectForm(document, opts).snapshot.fields.find((f) => f.kind === 'combobox')!.options;
      expect(field().options).toEqual(['ไตรมาส 1', 'ไตรมาส 2']);
      expect(field().options).toEqual(['ไตรมาส 1', 'ไตรมาส 2']);
      (document.getElementById('o1')!.firstChild as Text).data = 'ไตรมาสที่ 1';
      expect(field().options).toEqual(fresh());
      expect(field().options![0]).toBe('ไตรมาสที่ 1');
      document.getElementById('cb')!.setAttribute('aria-controls', 'lb2');
      expect(field().options).toEqual(fresh());
      expect(field().options).toEqual(['ครึ่งปีแรก']);
    } finally {
      c.dispose();
    }
  });
});

describe('Collector with watch: a radio named by the text beside it', () => {
  it('read again when that text is hidden by a style change', () => {
    document.body.innerHTML = `<form><fieldset><legend>ผลการประเมิน</legend>
      <input type="radio" name="r" value="1"><span id="s1">ผ่าน</span>
      <input type="radio" name="r" value="2"><span>ไม่ผ่าน</span></fieldset></form>`;
    const c = new Collector({ ...opts, watch: true });
    try {
      const options = () => c.collect(document).snapshot.fields[0]!.options;
      const fresh = () => collectForm(document, opts).snapshot.fields[0]!.options;
      expect(options()).toEqual(['ผ่าน', 'ไม่ผ่าน']);
      options();
      document.getElementById('s1')!.setAttribute('style', 'display: none');
      expect(fresh()).not.toEqual(['ผ่าน', 'ไม่ผ่าน']);
      expect(options()).toEqual(fresh());
    } finally {
      c.dispose();
    }
  });
});

describe('Collector with watch: no kept texts once a shadow host was met', () => {
  it('a select drawn in a shadow root: an option text changed there is read at the next pass', () => {
    const tag = 'x-kept-select';
    customElements.define(tag, class extends HTMLElement {
      constructor() {
        super();
        this.attachShadow({ mode: 'open' }).innerHTML = '<label for="s">ไตรมาส</label><select id="s"><option id="o">ไตรมาส 1</option><option>ไตรมาส 2</option></select>';
      }
    });
    document.body.innerHTML = `<form><${tag} id="h"></${tag}></form>`;
    const c = new Collector({ ...opts, watch: true });
    try {
      const options = () => c.collect(document).snapshot.fields[0]!.options;
      expect(options()).toEqual(['ไตรมาส 1', 'ไตรมาส 2']);
      options();
      // inside the shadow root: the collector's watcher on <html> does not see it
      (document.getElementById('h')!.shadowRoot!.getElementById('o')!.firstChild as Text).data = 'ไตรมาสที่ 1';
      expect(options()).toEqual(['ไตรมาสที่ 1', 'ไตรมาส 2']);
    } finally {
      c.dispose();
    }
  });
});

describe('Collector.collectPart: one pass read in parts', () => {
  const form = (n: number) =>
    `<h2>แบบฟอร์มทดสอบ ปีงบประมาณ 2568</h2><form id="f">${Array.from({ length: n }, (_, i) => `<div><label>ช่องที่ ${i + 1} <input id="i${i}" ${i % 3 ? `value="ค่า ${i}"` : ''}></label></div>`).join('')}<select id="s"><option value="">-- กรุณาเลือก --</option><option selected>ก</option></select></form>`;
  const parts = (c: Collector, step: () => number) => {
    let got = null;
    let calls = 0;
    while (!got && calls < 10_000) {
      calls++;
      got = c.collectPart(document, step());
    }
    return { got: got!, calls };
  };
  afterEach(() => vi.restoreAllMocks());

  it('in many parts, the same fields as one pass', () => {
    document.body.innerHTML = form(200);
    const whole = new Collector({ placeholders: DEFAULT_PROFILE.placeholders, watch: true });
    const one = whole.collect(document);
    whole.dispose();
    const c = new Collector({ placeholders: DEFAULT_PROFILE.placeholders, watch: true });
    // a clock that passes every deadline: each part reads one group of candidates
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    const { got, calls } = parts(c, () => clock);
    vi.restoreAllMocks();
    c.dispose();
    expect(calls).toBeGreaterThan(5);
    expect(got.snapshot).toEqual(one.snapshot);
    expect(got.elements).toEqual(one.elements);
  });

  it('a node added between parts starts the pass again: the new field is in the result, once', async () => {
    document.body.innerHTML = form(100);
    const c = new Collector({ placeholders: DEFAULT_PROFILE.placeholders, watch: true });
    let clock = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (clock += 10));
    expect(c.collectPart(document, clock)).toBeNull();
    expect(c.collectPart(document, clock)).toBeNull();
    document.getElementById('f')!.insertAdjacentHTML('afterbegin', '<div><label>ชื่อโครงการ <input id="new"></label></div>');
    const { got } = parts(c, () => clock);
    vi.restoreAllMocks();
    c.dispose();
    expect(got.snapshot.fields[0]!.label).toBe('ชื่อโครงการ');
    expect(got.snapshot.fields.filter((f) => f.label === 'ชื่อโครงการ')).toHaveLength(1);
    expect(got.snapshot.fields).toHaveLength(102);
  });

  it('without watch, one whole pass at once', () => {
    document.body.innerHTML = form(50);
    const c = new Collector({ placeholders: DEFAULT_PROFILE.placeholders });
    expect(c.collectPart(document, -1)!.snapshot.fields).toHaveLength(51);
  });
});
