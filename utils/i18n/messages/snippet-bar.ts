import type { MessageSet } from '../types';

/** Strings of the snippet bar at the foot of the in-page panel (drawn by the content UI, entrypoints/content-ui/snippets.tsx). */
export const snippetBar: MessageSet = {
  th: {
    'snip.bar.title': 'ข้อความสำเร็จรูป',
    'snip.bar.fill': 'เติมจากชุดข้อความ…',
    'snip.bar.save': 'บันทึกฟอร์มนี้เป็นชุดข้อความ…',
    'snip.busy': 'กำลังเติมข้อมูล… ($1/$2)',
  },
  en: {
    'snip.bar.title': 'Snippets',
    'snip.bar.fill': 'Fill from a saved form…',
    'snip.bar.save': 'Save this form as a snippet…',
    'snip.busy': 'Filling… ($1/$2)',
  },
};

/** The one snippet string of the always-loaded content script: shown in the bar's place when the content UI cannot load. */
export const snippetBarFallback: MessageSet = {
  th: {
    'snip.bar.noUi': 'เปิดหน้าต่างข้อความสำเร็จรูปไม่ได้ (ส่วนขยายอาจเพิ่งอัปเดต) กรุณารีโหลดหน้านี้แล้วลองใหม่ ข้อมูลที่บันทึกไว้ไม่หายไป',
  },
  en: {
    'snip.bar.noUi': 'The snippet dialogs could not be opened (the extension may have been updated). Reload this page and try again; saved data is not lost.',
  },
};
