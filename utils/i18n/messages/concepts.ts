import type { MessageSet } from '../types';

/**
 * The names of the profile's concepts, shared by the options page (profile view, corrections
 * list) and the panel's "ช่องนี้คือ…" menu: one id, one text (two sets each defining
 * `concept.*` overrode each other, and the options page showed the menu's shorter names).
 */
export const concepts: MessageSet = {
  th: {
    'concept.projectName': 'ชื่อโครงการ',
    'concept.fiscalYear': 'ปีงบประมาณ',
    'concept.quarter': 'ไตรมาสที่รายงาน',
    'concept.status': 'สถานะโครงการ',
    'concept.progress': 'ความก้าวหน้า (%)',
    'concept.allocated': 'งบประมาณที่ได้รับจัดสรร',
    'concept.spent': 'ผลการเบิกจ่าย',
    'concept.budgetType': 'แหล่ง/ประเภทงบประมาณ',
    'concept.recipient': 'ผู้รับรายงาน (ผู้อนุมัติ)',
  },
  en: {
    'concept.projectName': 'Project name',
    'concept.fiscalYear': 'Fiscal year',
    'concept.quarter': 'Quarter reported',
    'concept.status': 'Project status',
    'concept.progress': 'Progress (%)',
    'concept.allocated': 'Allocated budget',
    'concept.spent': 'Disbursed',
    'concept.budgetType': 'Budget source/type',
    'concept.recipient': 'Recipient (approver)',
  },
};
