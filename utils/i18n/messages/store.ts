import { addMessages, type MessageSet } from '../index';

/**
 * Failures of the snippet store (utils/snippets/errors.ts, client.ts): carried as message
 * ids from the background and rendered by whichever view shows them (the in-page snippet
 * bar, dialogs, popup, library), so this set is small and registered by each of them.
 */
export const store: MessageSet = {
  th: {
    'store.quota': 'บันทึกไม่สำเร็จ: พื้นที่จัดเก็บของเบราว์เซอร์เต็ม กรุณาลบข้อความสำเร็จรูปที่ไม่ใช้แล้ว หรือส่งออกไฟล์สำรองไว้ก่อน',
    'store.write-failed': 'บันทึกไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ กรุณาลองใหม่อีกครั้ง',
    'store.blocked': 'ยังเปิดฐานข้อมูลไม่ได้ เพราะมีหน้าต่างหรือแท็บอื่นของส่วนขยายใช้รุ่นเก่าอยู่ กรุณาปิดหน้านั้นหรือรีโหลดแล้วลองใหม่',
    'store.invalid': 'ข้อมูลข้อความสำเร็จรูปไม่ถูกต้อง จึงไม่ได้บันทึก',
    'store.not-found': 'ไม่พบข้อความสำเร็จรูปนี้ อาจถูกลบไปแล้ว',
    'store.unavailable': 'เปิดหรืออ่านฐานข้อมูลข้อความสำเร็จรูปไม่ได้ กรุณารีโหลดส่วนขยายแล้วลองใหม่',
    'store.newerDb': 'ฐานข้อมูลข้อความสำเร็จรูปถูกเปิดด้วยส่วนขยายรุ่นที่ใหม่กว่า กรุณารีโหลดส่วนขยายหรือรีสตาร์ตเบราว์เซอร์',
    'store.unreachable': 'ติดต่อส่วนขยายไม่ได้ (อาจเพิ่งอัปเดตหรือรีโหลด) กรุณารีโหลดหน้านี้แล้วลองใหม่ ข้อมูลที่บันทึกไว้ไม่หายไป',
  },
  en: {
    'store.quota': 'Not saved: the browser storage is full. Delete snippets you no longer use, or export a backup first.',
    'store.write-failed': 'Saving failed; your existing data is unchanged. Please try again.',
    'store.blocked': 'The snippet database cannot be upgraded while another extension page still uses the old version. Close or reload that page and try again.',
    'store.invalid': 'The snippet is not valid, so it was not saved.',
    'store.not-found': 'This snippet was not found; it may have been deleted.',
    'store.unavailable': 'The snippet database could not be opened or read. Reload the extension and try again.',
    'store.newerDb': 'The snippet database was opened by a newer version of the extension. Reload the extension or restart the browser.',
    'store.unreachable': 'Could not reach the extension (it may have been updated or reloaded). Reload this page and try again; saved data is not lost.',
  },
};

export function registerStoreMessages(): void {
  addMessages(store);
}
