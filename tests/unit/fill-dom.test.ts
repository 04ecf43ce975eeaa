/** Issue 5: filling a form in the DOM (native controls; custom widgets are covered end to end). */
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PROFILE as profile } from '@/utils/profile/default';
import { fillForm, type OverwriteChoice, type OverwriteConflict, type WantedField } from '@/utils/fill';
import { editableTarget, insertAtCaret, saveCaret } from '@/utils/fill/insert';

const FORM = `
<form>
  <section><h3>ข้อมูลโครงการ</h3>
    <label for="name">ชื่อโครงการ</label><input id="name" value="โครงการ ก" readonly>
  </section>
  <section><h3>รายงานผลการดำเนินงาน</h3>
    <label for="q">ไตรมาสที่รายงาน</label>
    <select id="q"><option value="">-- กรุณาเลือก --</option><option value="1">ไตรมาสที่ 1 (ต.ค. - ธ.ค.)</option><option value="2">ไตรมาสที่ 2 (ม.ค. - มี.ค.)</option></select>
    <fieldset><legend>สถานะโครงการ</legend>
      <label><input type="radio" name="st" value="1"> ยังไม่ดำเนินการ</label>
      <label><input type="radio" name="st" value="2"> อยู่ระหว่างดำเนินการ</label>
    </fieldset>
    <label for="p">ความก้าวหน้าของโครงการ (ร้อยละ)</label><input id="p" type="range" min="0" max="100" value="0">
    <label for="spent">ผลการใช้จ่ายงบประมาณ (บาท)</label><input id="spent">
    <label for="r">ผลการดำเนินงาน</label><textarea id="r"></textarea>
    <label for="other">ปัญหา/อุปสรรค</label><textarea id="other">ของเดิม</textarea>
  </section>
  <section><h3>ความสอดคล้องกับแผน</h3>
    <fieldset><legend>แผนที่รายงาน</legend>
      <label><input type="checkbox" id="t-ns"> ยุทธศาสตร์ชาติ</label>
    </fieldset>
    <div id="block-ns" style="display:none"><h4>ยุทธศาสตร์ชาติ</h4>
      <label for="ns-side">ยุทธศาสตร์ชาติด้าน</label>
      <select id="ns-side"><option value="">-- กรุณาเลือก --</option><option value="a">ด้านความมั่นคง</option><option value="b">ด้านการสร้างความสามารถในการแข่งขัน</option></select>
      <label for="ns-goal">เป้าหมาย</label>
      <select id="ns-goal" disabled><option value="">-- กรุณาเลือก --</option></select>
    </div>
  </section>
</form>`;

const $ = <T extends Element>(sel: string) => document.querySelector(sel) as T;

function setupPage(): void {
  document.body.innerHTML = FORM;
  $('#t-ns').addEventListener('change', () => {
    $<HTMLElement>('#block-ns').style.display = $<HTMLInputElement>('#t-ns').checked ? '' : 'none';
  });
  // cascading: the goal list loads 50 ms after a side is chosen; disabled with "กำลังโหลด…" meanwhile
  $('#ns-side').addEventListener('change', () => {
    const goal = $<HTMLSelectElement>('#ns-goal');
    goal.disabled = true;
    goal.innerHTML = '<option value="">กำลังโหลด…</option>';
    const side = $<HTMLSelectElement>('#ns-side').value;
    setTimeout(() => {
      goal.innerHTML = '<option value="">-- กรุณาเลือก --</option>' + (side === 'b' ? '<option value="g1">เป้าหมายที่ 1 ประเทศไทยมีขีดความสามารถในการแข่งขันสูงขึ้น</option>' : '<option value="g0">เป้าหมายอื่น</option>');
      goal.disabled = false;
    }, 50);
  });
}

const SNIPPET: WantedField[] = [
  { label: 'ชื่อโครงการ', section: ['ข้อมูลโครงการ'], kind: 'text', value: 'โครงการ ข' },
  { label: 'ไตรมาสที่รายงาน', section: ['รายงานผลการดำเนินงาน'], kind: 'select', value: 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)' },
  { label: 'สถานะโครงการ', section: ['รายงานผลการดำเนินงาน'], kind: 'radio', value: 'อยู่ระหว่างดำเนินการ' },
  { label: 'ความก้าวหน้าของโครงการ (ร้อยละ)', section: ['รายงานผลการดำเนินงาน'], kind: 'slider', value: '45' },
  { label: 'ผลการเบิกจ่ายงบประมาณ (บาท)', section: ['รายงานผลการดำเนินงาน'], kind: 'text', value: '675,000' },
  { label: 'ผลการดำเนินงาน', section: ['รายงานผลการดำเนินงาน'], kind: 'text', value: 'จัดอบรม 2 รุ่น\nมีผู้เข้าร่วม 120 คน' },
  { label: 'ยุทธศาสตร์ชาติ', section: ['ความสอดคล้องกับแผน', 'แผนที่รายงาน'], kind: 'checkbox', value: '', checked: true },
  { label: 'ยุทธศาสตร์ชาติด้าน', section: ['ความสอดคล้องกับแผน', 'ยุทธศาสตร์ชาติ'], kind: 'select', value: 'ด้านการสร้างความสามารถในการแข่งขัน' },
  { label: 'เป้าหมาย', section: ['ความสอดคล้องกับแผน', 'ยุทธศาสตร์ชาติ'], kind: 'select', value: 'เป้าหมายที่ 1 ประเทศไทยมีขีดความสามารถในการแข่งขันสูงขึ้น' },
  { label: 'ข้อเสนอแนะ', section: [], kind: 'text', value: 'ไม่มีช่องนี้' },
  { label: 'แผนการปฏิรูปประเทศ', section: ['ความสอดคล้องกับแผน', 'แผนที่รายงาน'], kind: 'checkbox', value: '', checked: false },
];

describe('fillForm (native controls)', () => {
  beforeEach(setupPage);

  it('fills in page order, toggles before details, waits for cascading options; reports the rest', async () => {
    const confirm = vi.fn(async (): Promise<OverwriteChoice> => 'overwrite');
    const events: string[] = [];
    $('#spent').addEventListener('input', () => events.push('input'));
    $('#spent').addEventListener('change', () => events.push('change'));
    const report = await fillForm(SNIPPET, { doc: document, profile, confirmOverwrite: confirm, optionTimeoutMs: 2000, quietMs: 300 });

    expect($<HTMLSelectElement>('#q').value).toBe('2');
    expect($<HTMLInputElement>('input[name=st][value="2"]').checked).toBe(true);
    expect($<HTMLInputElement>('#p').value).toBe('45');
    expect($<HTMLInputElement>('#spent').value).toBe('675,000');
    expect(events).toEqual(['input', 'change']);
    expect($<HTMLTextAreaElement>('#r').value).toBe('จัดอบรม 2 รุ่น\nมีผู้เข้าร่วม 120 คน');
    expect($<HTMLInputElement>('#t-ns').checked).toBe(true);
    expect($<HTMLSelectElement>('#ns-side').value).toBe('b');
    expect($<HTMLSelectElement>('#ns-goal').value).toBe('g1');
    // untouched: a field the snippet does not name, and the read-only project name
    expect($<HTMLTextAreaElement>('#other').value).toBe('ของเดิม');
    expect($<HTMLInputElement>('#name').value).toBe('โครงการ ก');

    expect(report.filled.map((f) => f.label)).toEqual([
      'ยุทธศาสตร์ชาติ',
      'ไตรมาสที่รายงาน',
      'สถานะโครงการ',
      'ความก้าวหน้าของโครงการ (ร้อยละ)',
      'ผลการเบิกจ่ายงบประมาณ (บาท)',
      'ผลการดำเนินงาน',
      'ยุทธศาสตร์ชาติด้าน',
      'เป้าหมาย',
    ]);
    expect(report.filled.find((f) => f.label === 'ผลการเบิกจ่ายงบประมาณ (บาท)')?.pageLabel).toBe('ผลการใช้จ่ายงบประมาณ (บาท)');
    expect(report.skipped.map((s) => [s.label, s.reason])).toEqual([
      ['ชื่อโครงการ', 'readOnly'],
      ['ข้อเสนอแนะ', 'notFound'],
    ]);
    // an unticked box the page does not have needs nothing
    expect(report.unchanged.map((f) => f.label)).toEqual(['แผนการปฏิรูปประเทศ']);
    expect(confirm).not.toHaveBeenCalled(); // nothing the user typed was in the way
  });

  it('asks before overwriting a different value; "skip" keeps it, "cancel" changes nothing', async () => {
    $<HTMLInputElement>('#spent').value = '1,000';
    const skip = vi.fn(async (_c: OverwriteConflict[]): Promise<OverwriteChoice> => 'skip');
    const r1 = await fillForm(SNIPPET.slice(1, 6), { doc: document, profile, confirmOverwrite: skip });
    expect(skip).toHaveBeenCalledTimes(1);
    expect(skip.mock.calls[0]![0]).toEqual([
      { label: 'ผลการเบิกจ่ายงบประมาณ (บาท)', section: ['รายงานผลการดำเนินงาน'], current: '1,000', wanted: '675,000' },
    ]);
    expect($<HTMLInputElement>('#spent').value).toBe('1,000');
    expect(r1.skipped).toEqual([expect.objectContaining({ label: 'ผลการเบิกจ่ายงบประมาณ (บาท)', reason: 'declined', got: '1,000' })]);
    expect($<HTMLSelectElement>('#q').value).toBe('2');

    setupPage();
    $<HTMLInputElement>('#spent').value = '1,000';
    const r2 = await fillForm(SNIPPET.slice(1, 6), { doc: document, profile, confirmOverwrite: async () => 'cancel' });
    expect(r2.cancelled).toBe(true);
    expect(r2.filled).toEqual([]);
    expect($<HTMLSelectElement>('#q').value).toBe('');
    expect(r2.skipped.every((s) => s.reason === 'cancelled')).toBe(true);
  });

  it('reports a missing option, and a list that never finished loading', async () => {
    $('#ns-side').addEventListener('change', () => {
      // this time the goals never arrive: the list goes back to loading and stays there
      setTimeout(() => {
        $<HTMLSelectElement>('#ns-goal').innerHTML = '<option value="">กำลังโหลด…</option>';
        $<HTMLSelectElement>('#ns-goal').disabled = true;
      }, 60);
    });
    const fields = [
      { ...SNIPPET[1]!, value: 'ไตรมาสที่ 4 (ก.ค. - ก.ย.)' },
      SNIPPET[6]!,
      SNIPPET[7]!,
      SNIPPET[8]!,
    ];
    const report = await fillForm(fields, { doc: document, profile, confirmOverwrite: async () => 'overwrite', optionTimeoutMs: 400, quietMs: 200 });
    expect(report.skipped.map((s) => [s.label, s.reason])).toEqual([
      ['ไตรมาสที่รายงาน', 'noOption'],
      ['เป้าหมาย', 'timeout'],
    ]);
  });

  it('waits for an enabled list that only says "กำลังโหลด…", then reports the timeout', async () => {
    $('#ns-side').addEventListener('change', () => {
      setTimeout(() => {
        $<HTMLSelectElement>('#ns-goal').innerHTML = '<option value="">กำลังโหลด…</option>';
        $<HTMLSelectElement>('#ns-goal').disabled = false;
      }, 60);
    });
    const t0 = Date.now();
    const report = await fillForm([SNIPPET[6]!, SNIPPET[7]!, SNIPPET[8]!], { doc: document, profile, confirmOverwrite: async () => 'overwrite', optionTimeoutMs: 400, quietMs: 150 });
    expect(report.skipped.map((s) => [s.label, s.reason])).toEqual([['เป้าหมาย', 'timeout']]);
    expect(Date.now() - t0).toBeGreaterThanOrEqual(400); // it did wait, though nothing changed
  });

  it('reports a value the page puts back', async () => {
    $('#spent').addEventListener('change', () => setTimeout(() => ($<HTMLInputElement>('#spent').value = '0'), 20));
    const report = await fillForm([SNIPPET[4]!], { doc: document, profile, confirmOverwrite: async () => 'overwrite' });
    expect(report.filled).toEqual([]);
    expect(report.skipped).toEqual([expect.objectContaining({ reason: 'reverted', got: '0' })]);
  });
});

describe('insert at the caret', () => {
  it('inserts into a textarea at the remembered caret, as text', () => {
    document.body.innerHTML = '<textarea id="t">ก่อน|หลัง</textarea><input id="n" type="number"><div id="d" contenteditable="true">ab</div>';
    const ta = $<HTMLTextAreaElement>('#t');
    ta.focus();
    ta.setSelectionRange(5, 5);
    const caret = saveCaret(ta);
    ta.blur();
    let inputs = 0;
    ta.addEventListener('input', () => inputs++);
    expect(insertAtCaret(caret, '<b>กลาง</b>')).toBe(true);
    expect(ta.value).toBe('ก่อน|<b>กลาง</b>หลัง');
    expect(inputs).toBeGreaterThan(0);
    expect(editableTarget($('#n'))).not.toBeNull();
    expect(editableTarget(document.body)).toBeNull();
    expect(editableTarget($('#d'))).toBe($('#d'));
  });
});
