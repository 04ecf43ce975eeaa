import type { MessageSet } from '../types';

/** Strings of the deadline note (popup, options page). */
export const deadline: MessageSet = {
  th: {
    'deadline.period': 'รายงานไตรมาสที่ $1 ปีงบประมาณ $2',
    'deadline.due': 'ครบกำหนด $1',
    'deadline.internal': 'กำหนดส่งของจังหวัด $1',
    'deadline.left': 'เหลือ $1 วัน',
    'deadline.leftInternal': 'เหลือ $1 วัน (ถึงกำหนดของจังหวัด)',
    'deadline.today': 'ครบกำหนดวันนี้',
    'deadline.todayInternal': 'ครบกำหนดของจังหวัดวันนี้',
    'deadline.overdue': 'เลยกำหนดมาแล้ว $1 วัน',
    'deadline.label': 'กำหนดส่งรายงานไตรมาส',
  },
  en: {
    'deadline.period': 'Reporting Q$1 of fiscal year $2',
    'deadline.due': 'due $1',
    'deadline.internal': "province's deadline $1",
    'deadline.left': { one: '$1 day left', other: '$1 days left' },
    'deadline.leftInternal': { one: "$1 day left (to the province's deadline)", other: "$1 days left (to the province's deadline)" },
    'deadline.today': 'due today',
    'deadline.todayInternal': "the province's deadline is today",
    'deadline.overdue': { one: '$1 day overdue', other: '$1 days overdue' },
    'deadline.label': 'Quarterly report deadline',
  },
};
