import { addMessages, type MessageSet } from '../index';
import { registerSendMessages } from './send';

/** Strings of the send guard's dialog (the lazily loaded content UI); the send step's are in ./send. */
export const guard: MessageSet = {
  th: {
    'guard.title': 'ตรวจก่อนส่งรายงาน',
    'guard.titleOk': 'ผู้อนุมัติถูกต้องแล้ว',
    'guard.intro': 'ผู้ช่วยหยุดการส่งไว้ก่อน เพราะพบสิ่งที่ควรแก้ไข:',
    'guard.expected': 'รายงาน$1ต้องส่งถึง $2',
    'guard.chosen': 'ผู้อนุมัติที่เลือก: $1',
    'guard.reason.otherBudgetType': 'ผู้อนุมัติที่เลือกเป็นผู้รับรายงานของ$1 ไม่ใช่ของ$2',
    'guard.reason.notRecipient': 'ผู้อนุมัติที่เลือกไม่ใช่ผู้รับรายงานของงบจังหวัดหรืองบกลุ่มจังหวัด',
    'guard.reason.unrecognized': 'ไม่รู้จักตำแหน่งของผู้อนุมัติที่เลือก จึงไม่แน่ใจว่าส่งถูกที่',
    'guard.reason.otherPlace': 'ผู้อนุมัติที่เลือกเป็นของจังหวัด/กลุ่มจังหวัดอื่น',
    'guard.reason.person': 'ผู้อนุมัติที่เลือกมีแต่ชื่อบุคคล ไม่มีตำแหน่ง จึงตรวจไม่ได้ว่าส่งถูกที่',
    'guard.askBudget': 'โครงการนี้ใช้งบประมาณประเภทใด? (ผู้ช่วยจะจำไว้สำหรับโครงการนี้)',
    'guard.askBudgetGroup': 'ประเภทงบประมาณของโครงการ',
    'guard.budget': 'แหล่งงบประมาณ: $1 ($2)',
    'guard.unmet': 'การตรวจรายงานครั้งล่าสุด ($1) ยังมี $2 ข้อที่ต้องแก้ไข:',
    'guard.unmetMore': 'และอีก $1 ข้อ',
    'guard.okAfterAnswer': 'ผู้อนุมัติที่เลือกตรงกับประเภทงบแล้ว กด "$1" เพื่อส่งรายงาน',
    'guard.back': 'กลับไปแก้ไข',
    'guard.proceed': 'ส่งต่อไป',
  },
  en: {
    'guard.title': 'Check before sending',
    'guard.titleOk': 'The approver is right',
    'guard.intro': 'The assistant held the send because something should be fixed first:',
    'guard.expected': 'A $1 report must be sent to $2',
    'guard.chosen': 'Chosen approver: $1',
    'guard.reason.otherBudgetType': 'The chosen approver receives $1 reports, not $2 reports',
    'guard.reason.notRecipient': 'The chosen approver does not receive provincial or cluster budget reports',
    'guard.reason.unrecognized': 'The chosen approver’s position is not known, so the recipient cannot be confirmed',
    'guard.reason.otherPlace': 'The chosen approver belongs to another province or cluster',
    'guard.reason.person': 'The chosen approver is a name without a position, so the recipient cannot be confirmed',
    'guard.askBudget': 'Which budget does this project use? (The assistant remembers it for this project.)',
    'guard.askBudgetGroup': 'Budget type of the project',
    'guard.budget': 'Budget: $1 ($2)',
    'guard.unmet': { n: 2, one: 'The last check of the report ($1) still had $2 item to fix:', other: 'The last check of the report ($1) still had $2 items to fix:' },
    'guard.unmetMore': 'and $1 more',
    'guard.okAfterAnswer': 'The chosen approver matches the budget type. Press “$1” to send the report.',
    'guard.back': 'Go back and fix',
    'guard.proceed': 'Send anyway',
  },
};

let registered = false;
/** Register the guard dialog's strings once, with the send step's they build on. */
export function registerGuardMessages(): void {
  registerSendMessages();
  if (registered) return;
  registered = true;
  addMessages(guard);
}
