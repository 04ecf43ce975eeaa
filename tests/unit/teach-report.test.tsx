/** Issue 14: the page-structure report (no values leave), replay's input check, and the finding menu's keyboard and language. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { Collector } from '@/utils/collect';
import { traceControlLabel } from '@/utils/collect/labels';
import { tidyLabel } from '@/utils/collect/dom';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { screenFacts } from '@/utils/corrections/keys';
import { applyCorrections } from '@/utils/corrections/apply';
import { buildReport, reportText, scrub, valuesOf, MASK } from '@/utils/report/build';
import { addMessages, setLang } from '@/utils/i18n';
import { corrections as correctionMessages } from '@/utils/i18n/messages/corrections';
import { FindingMenu } from '@/components/FindingMenu';
// @ts-expect-error plain ESM script
import { replayHtml } from '../../scripts/replay.mjs';
import { trustedClick, trustedKey } from './trusted-events';

addMessages(correctionMessages);
afterEach(() => setLang('th'));

const MARK = 'QZMARK';

function page(): Document {
  document.body.innerHTML = `
    <h1>บันทึกรายงานความก้าวหน้า</h1>
    <form class="card">
      <section><h3>ข้อมูลโครงการ</h3>
        <div class="row"><label for="a">ชื่อโครงการ</label><input id="a" type="text" value="${MARK} โครงการ"></div>
        <div class="row"><label for="b">ผู้อนุมัติ</label><select id="b"><option value="">-- กรุณาเลือก --</option><option selected>นายสมชาย ใจดี</option><option>นางสาวสมหญิง รักงาน</option></select></div>
        <div class="row"><span id="lc">ผลการดำเนินงาน</span><div role="textbox" contenteditable="true" aria-labelledby="lc">${MARK} typed</div></div>
        <fieldset><legend>สถานะโครงการ</legend><label><input type="radio" name="s" checked> ดำเนินการแล้วเสร็จ</label><label><input type="radio" name="s"> ยกเลิก</label></fieldset>
        <div class="row"><div class="label">แหล่งงบประมาณ</div><input type="text" aria-label="Select" title="เลือกแหล่ง"></div>
      </section>
    </form>`;
  return document;
}

function report(doc: Document) {
  const collector = new Collector({ placeholders: DEFAULT_PROFILE.placeholders });
  const { snapshot, elements } = collector.collect(doc);
  const facts = screenFacts(snapshot, elements);
  return {
    elements,
    snapshot,
    r: buildReport({
      raw: snapshot,
      elements,
      fields: collector.describe(elements),
      facts,
      applied: applyCorrections(snapshot, facts, []),
      screenId: 'progressReport',
      profile: DEFAULT_PROFILE,
      now: new Date('2026-12-05T10:00:00Z'),
    }),
  };
}

describe('buildReport', () => {
  it('lists every control with its adapter, every label layer, concept and shape, and holds no value', () => {
    const { r } = report(page());
    const text = reportText(r);
    expect(text).not.toContain(MARK);
    for (const s of ['สมชาย', 'สมหญิง', 'ดำเนินการแล้วเสร็จ']) expect(text).not.toContain(s);
    expect(r.version).toBe(2);
    expect(r.controls.map((c) => [c.label, c.kind, c.widget, c.labelLayer, c.labelVia])).toEqual([
      ['ชื่อโครงการ', 'text', 'text', 'accessible', 'label-for'],
      ['ผู้อนุมัติ', 'select', 'native-select', 'accessible', 'label-for'],
      ['ผลการดำเนินงาน', 'richtext', 'richtext', 'accessible', 'aria-labelledby'],
      ['สถานะโครงการ', 'radio', 'radio', 'accessible', 'legend'],
      // a library's English aria-label is weak: the text before the control wins over it and the title
      ['แหล่งงบประมาณ', 'text', 'text', 'sibling', undefined],
    ]);
    // every layer is asked and shown, the chosen one among them (happy-dom has no layout: geometry finds nothing)
    const five = ['accessible', 'table', 'sibling', 'geometric', 'title'];
    expect(r.controls[4]!.layers.filter((l) => five.includes(l.layer))).toEqual([
      { layer: 'accessible', text: 'Select', via: 'aria-label', weak: true },
      { layer: 'table', text: '' },
      { layer: 'sibling', text: 'แหล่งงบประมาณ' },
      { layer: 'geometric', text: '' },
      { layer: 'title', text: 'เลือกแหล่ง' },
    ]);
    expect(r.controls[2]!.layers.find((l) => l.layer === 'sibling')!.text).toBe('ผลการดำเนินงาน');
    expect(r.controls[1]).toMatchObject({ optionCount: 2, concept: 'recipient', conceptBy: 'label', empty: false });
    expect(r.controls[0]!.shape.map((s) => s.tag)).toEqual(['input', 'div', 'section', 'form']);
    expect(r.controls[0]!.shape[0]).toMatchObject({ type: 'text', attributes: ['id', 'type', 'value'] });
    expect(r.controls[0]!.shape[1]!.classes).toEqual(['row']);
    expect(r.screen.headings).toContain('บันทึกรายงานความก้าวหน้า');
  });

  it('reports the label the checker chose, through the same layers (one code path)', () => {
    const { r, snapshot, elements } = report(page());
    for (const [i, c] of r.controls.entries()) {
      expect(c.label).toBe(snapshot.fields[i]!.label);
      const chosen = c.layers.find((l) => l.layer === c.labelLayer);
      expect(chosen?.text, c.label).toBe(c.label);
    }
    // and the layers are collect's own: the trace of a control gives the report's answer
    expect(tidyLabel(traceControlLabel(elements[4]!).text)).toBe(r.controls[4]!.label);
  });

  it('scrub masks values (longest first) and personal names anywhere', () => {
    expect(valuesOf({ url: '', title: '', headings: [], fields: [{ key: 'f0', label: 'x', kind: 'text', value: 'ab', empty: false, editable: true, required: false, section: [] }] })).toEqual([]);
    expect(scrub({ a: ['ผู้บันทึก นางสาวสมใจ ใจดี', 'ปี 2568 ไตรมาส'] }, ['2568'])).toEqual({ a: [`ผู้บันทึก ${MASK}`, `ปี ${MASK} ไตรมาส`] });
    expect(scrub('Approved by Mr. John Smith', [])).toBe(`Approved by ${MASK}`);
  });
});

describe('replayHtml', () => {
  it('refuses what is not a page-structure report', () => {
    expect(() => replayHtml({ format: 'emenscr-assistant-profile' })).toThrow(/page-structure report/);
  });
});

describe('FindingMenu', () => {
  function mount(lang: 'th' | 'en') {
    setLang(lang);
    const onSelect = vi.fn();
    const root = document.createElement('div');
    document.body.replaceChildren(root);
    const items = [
      { id: 'ignore', text: lang === 'th' ? 'ไม่ต้องตรวจช่องนี้' : 'Do not check this field' },
      { id: 'rename', text: 'b' },
      { id: 'concept', text: 'c' },
    ];
    act(() =>
      render(
        <FindingMenu
          name={lang === 'th' ? 'ตัวเลือก' : 'Options'}
          description={lang === 'th' ? 'ตัวเลือกสำหรับ: หมายเหตุ' : 'Options for: Note'}
          items={items}
          onSelect={onSelect}
        />,
        root,
      ),
    );
    return { root, onSelect, button: root.querySelector('button')! };
  }

  it('opens from the keyboard, moves with arrows, chooses with Enter, closes with Escape', async () => {
    const { root, onSelect, button } = mount('th');
    expect(button.getAttribute('aria-label')).toMatch(/^ตัวเลือก/);
    // the field is named in the description, so the page's own field keeps its label to itself
    expect(document.getElementById(button.getAttribute('aria-describedby')!)!.textContent).toBe('ตัวเลือกสำหรับ: หมายเหตุ');
    expect(button.getAttribute('aria-haspopup')).toBe('menu');
    act(() => trustedKey(button, 'ArrowDown'));
    const items = () => Array.from(root.querySelectorAll('[role="menuitem"]')) as HTMLElement[];
    expect(items()).toHaveLength(3);
    expect(document.activeElement).toBe(items()[0]);
    act(() => trustedKey(items()[0]!, 'ArrowUp'));
    expect(document.activeElement).toBe(items()[2]);
    act(() => trustedKey(items()[2]!, 'Home'));
    act(() => trustedKey(items()[0]!, 'Escape'));
    expect(root.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(button);
    act(() => trustedKey(button, 'ArrowDown'));
    act(() => trustedKey(items()[0]!, 'ArrowDown'));
    act(() => trustedKey(items()[1]!, 'Enter'));
    expect(onSelect).toHaveBeenCalledWith('rename');
  });

  it('ignores a page script\'s clicks (untrusted events)', () => {
    const { root, onSelect, button } = mount('en');
    expect(button.getAttribute('aria-label')).toBe('Options');
    act(() => button.click()); // untrusted: nothing opens
    expect(root.querySelector('[role="menu"]')).toBeNull();
    act(() => trustedClick(button));
    const first = root.querySelector('[role="menuitem"]') as HTMLElement;
    expect(first.textContent).toBe('Do not check this field');
    act(() => first.click());
    expect(onSelect).not.toHaveBeenCalled();
    act(() => trustedClick(first));
    expect(onSelect).toHaveBeenCalledWith('ignore');
  });
});
