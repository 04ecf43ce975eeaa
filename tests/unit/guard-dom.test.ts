/** Reading the send flow from the page: send controls, the dialog's facts, the list row. */
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as P } from '@/utils/profile/default';
import {
  isSendControl,
  labelledValue,
  pageProjectId,
  readRow,
  readSendDialog,
  sendContainerOf,
} from '@/utils/guard/dom';

const DIALOG = `
<div role="dialog" aria-modal="true" data-project-id="EST1-68-0031">
  <header><h2>ส่งรายงาน ไตรมาสที่ 4</h2></header>
  <form id="f">
    <div class="info">
      <p><b>โครงการ: </b><span>โครงการยกระดับคุณภาพผลไม้ภาคตะวันออกสู่ตลาดสากล</span></p>
      <p><b>รหัสโครงการ: </b><span>EST1-68-0031</span></p>
      <p>แหล่งงบประมาณ: งบกลุ่มจังหวัด</p>
    </div>
    <label for="a">ผู้อนุมัติ *</label>
    <select id="a"><option value="">-- กรุณาเลือก --</option><option value="1">นายสมชาย ใจดี (หัวหน้าสำนักงานจังหวัดระยอง)</option><option value="2">งบจังหวัด ผู้อำนวยการ</option></select>
    <button type="button" id="cancel">ยกเลิก</button>
    <button type="submit" id="ok">ยืนยัน การส่ง</button>
  </form>
</div>`;

const LIST = `
<table><thead><tr><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th>การดำเนินการ</th></tr></thead>
<tbody>
  <tr data-project-id="RYG-68-0012"><td><span class="n">โครงการพัฒนาศักยภาพการท่องเที่ยวเชิงสร้างสรรค์จังหวัดระยอง</span></td><td>งบประมาณจังหวัด</td><td><button id="rowsend">ส่งรายงาน</button></td></tr>
</tbody></table>`;

describe('the send dialog', () => {
  beforeEach(() => {
    document.body.innerHTML = DIALOG + LIST;
  });

  it('recognises the confirm control by the profile’s send texts (spaces ignored), not "ยกเลิก"', () => {
    expect(isSendControl(document.getElementById('ok')!, P)).toBe(true);
    expect(isSendControl(document.getElementById('cancel')!, P)).toBe(false);
  });

  it('a send control counts only inside a dialog with an approver chooser', () => {
    expect(sendContainerOf(document.getElementById('ok')!, P)?.getAttribute('role')).toBe('dialog');
    // the list's "ส่งรายงาน" opens the dialog: it is not the send
    expect(isSendControl(document.getElementById('rowsend')!, P)).toBe(true);
    expect(sendContainerOf(document.getElementById('rowsend')!, P)).toBeNull();
  });

  it('reads project id, name, budget type (not from the options) and the chosen approver', () => {
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(readSendDialog(dialog, P)).toMatchObject({
      id: 'EST1-68-0031',
      name: 'โครงการยกระดับคุณภาพผลไม้ภาคตะวันออกสู่ตลาดสากล',
      budgetType: 'cluster',
      recipient: { text: '' },
    });
    (document.getElementById('a') as HTMLSelectElement).value = '1';
    expect(readSendDialog(dialog, P).recipient.text).toBe('นายสมชาย ใจดี (หัวหน้าสำนักงานจังหวัดระยอง)');
  });

  it('labelledValue: "label: value" in one element, or the label alone then its sibling', () => {
    const dialog = document.querySelector('[role="dialog"]')!;
    expect(labelledValue(dialog, P.fields.budgetType)).toBe('งบกลุ่มจังหวัด');
    expect(labelledValue(dialog, ['รหัสโครงการ'])).toBe('EST1-68-0031');
    expect(labelledValue(dialog, ['ไม่มีป้ายนี้'])).toBeNull();
  });

  it('reads a list row by its column headers', () => {
    const row = readRow(document.querySelector('.n')!, P, 7);
    expect(row).toEqual({
      id: 'RYG-68-0012',
      name: 'โครงการพัฒนาศักยภาพการท่องเที่ยวเชิงสร้างสรรค์จังหวัดระยอง',
      budgetType: 'provincial',
      at: 7,
    });
    expect(readRow(document.querySelector('th')!, P, 7)).toBeNull();
    expect(readRow(document.getElementById('ok')!, P, 7)).toBeNull();
  });

  it('pageProjectId: one project id on the page (outside dialogs), else none', () => {
    expect(pageProjectId(document)).toBe('RYG-68-0012');
    document.body.insertAdjacentHTML('beforeend', '<div data-project-id="X-1"></div>');
    expect(pageProjectId(document)).toBeNull();
  });
});
