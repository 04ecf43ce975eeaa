import { addMessages, type MessageSet } from '../index';

/**
 * Strings of the send step at a glance (SendCheck in the panel and the popup), also used
 * by the guard's dialog: budget sources and the "when" of the last check.
 */
export const send: MessageSet = {
  th: {
    'guard.source.dialog': 'จากหน้าต่างส่งรายงาน',
    'guard.source.row': 'จากรายการโครงการ',
    'guard.source.page': 'จากข้อมูลโครงการบนหน้านี้',
    'guard.source.remembered': 'จากหน้าโครงการที่เคยเปิด',
    'guard.source.answer': 'ตามที่คุณเคยระบุ',
    'guard.source.settings': 'จากค่าเริ่มต้นในการตั้งค่า',
    'guard.source.none': 'ไม่ทราบ',
    'send.title': 'ตรวจผู้รับรายงาน',
    'send.budget': 'ประเภทงบ',
    'send.recipient': 'ผู้อนุมัติที่เลือก',
    'send.notChosen': 'ยังไม่ได้เลือก',
    'send.budgetUnknown': 'ไม่ทราบ (จะถามเมื่อกดส่ง)',
    'send.match': 'ถูกต้อง: ส่งถึง $1',
    'send.mismatch': 'ไม่ถูกต้อง: ต้องส่งถึง $1',
    'send.mismatchNoBudget': 'ไม่ถูกต้อง: ตำแหน่งนี้ไม่ใช่ผู้รับรายงาน',
    'send.unknown': 'ยังตรวจไม่ได้',
    'send.choose': 'ให้เลือก $1',
    'send.unmet': 'การตรวจรายงานครั้งล่าสุด ($1) ยังมี $2 ข้อที่ต้องแก้ไข',
    'guard.when': '$1 เวลา $2 น.',
    'guard.choose.title': 'ยังไม่ได้เลือกผู้อนุมัติ',
    'guard.choose.one': 'รายงาน$1ต้องส่งถึง $2 กรุณาเลือก $2',
    'guard.choose.any': 'กรุณาเลือกผู้อนุมัติตามประเภทงบของโครงการ: $1',
    'guard.choose.pair': '$1 → $2',
    'guard.choose.close': 'ปิดข้อความ',
  },
  en: {
    'guard.source.dialog': 'shown in the send dialog',
    'guard.source.row': 'shown in the project list',
    'guard.source.page': 'shown on this page',
    'guard.source.remembered': 'seen on the project’s form',
    'guard.source.answer': 'as you told the assistant',
    'guard.source.settings': 'default from the settings',
    'guard.source.none': 'unknown',
    'send.title': 'Report recipient',
    'send.budget': 'Budget',
    'send.recipient': 'Chosen approver',
    'send.notChosen': 'not chosen yet',
    'send.budgetUnknown': 'unknown (asked when you send)',
    'send.match': 'Right: goes to $1',
    'send.mismatch': 'Wrong: must go to $1',
    'send.mismatchNoBudget': 'Wrong: this position does not receive the report',
    'send.unknown': 'cannot be checked yet',
    'send.choose': 'Choose $1',
    'send.unmet': { n: 2, one: 'The last check of the report ($1) still had $2 item to fix', other: 'The last check of the report ($1) still had $2 items to fix' },
    'guard.when': '$1, $2',
    'guard.choose.title': 'No approver chosen yet',
    'guard.choose.one': 'A $1 report must be sent to $2: please choose $2',
    'guard.choose.any': 'Choose the approver for the project’s budget type: $1',
    'guard.choose.pair': '$1 → $2',
    'guard.choose.close': 'Close message',
  },
};

let registered = false;
/** Register the send step's strings once (panel, popup and the guard's dialog all call this). */
export function registerSendMessages(): void {
  if (registered) return;
  registered = true;
  addMessages(send);
}
