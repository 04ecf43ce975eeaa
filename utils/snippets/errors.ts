/**
 * Store failures are never silent: every failed open, read or write becomes a
 * SnippetStoreError with a code the UI can switch on and a message it can show as is.
 */

export type SnippetStoreErrorCode =
  /** the browser refused to store more (QuotaExceededError) */
  | 'quota'
  /** a write transaction failed or aborted; nothing of it was stored */
  | 'write-failed'
  /** the database upgrade waits for another extension page holding the old version */
  | 'blocked'
  /** the snippet did not pass the schema; `paths` names the bad fields */
  | 'invalid'
  /** no snippet with that id */
  | 'not-found'
  /** the database could not be opened or read (no IndexedDB, newer version open elsewhere, connection lost) */
  | 'unavailable';

/** Plain-data form of the error, safe to send by runtime message. */
export interface SnippetStoreErrorData {
  code: SnippetStoreErrorCode;
  messageTh: string;
  messageEn: string;
  paths?: string[];
}

const MESSAGES: Record<SnippetStoreErrorCode, { th: string; en: string }> = {
  quota: {
    th: 'บันทึกไม่สำเร็จ: พื้นที่จัดเก็บของเบราว์เซอร์เต็ม กรุณาลบข้อความสำเร็จรูปที่ไม่ใช้แล้ว หรือส่งออกไฟล์สำรองไว้ก่อน',
    en: 'Not saved: the browser storage is full. Delete snippets you no longer use, or export a backup first.',
  },
  'write-failed': {
    th: 'บันทึกไม่สำเร็จ ข้อมูลเดิมยังอยู่ครบ กรุณาลองใหม่อีกครั้ง',
    en: 'Saving failed; your existing data is unchanged. Please try again.',
  },
  blocked: {
    th: 'ยังเปิดฐานข้อมูลไม่ได้ เพราะมีหน้าต่างหรือแท็บอื่นของส่วนขยายใช้รุ่นเก่าอยู่ กรุณาปิดหน้านั้นหรือรีโหลดแล้วลองใหม่',
    en: 'The snippet database cannot be upgraded while another extension page still uses the old version. Close or reload that page and try again.',
  },
  invalid: {
    th: 'ข้อมูลข้อความสำเร็จรูปไม่ถูกต้อง จึงไม่ได้บันทึก',
    en: 'The snippet is not valid, so it was not saved.',
  },
  'not-found': {
    th: 'ไม่พบข้อความสำเร็จรูปนี้ อาจถูกลบไปแล้ว',
    en: 'This snippet was not found; it may have been deleted.',
  },
  unavailable: {
    th: 'เปิดหรืออ่านฐานข้อมูลข้อความสำเร็จรูปไม่ได้ กรุณารีโหลดส่วนขยายแล้วลองใหม่',
    en: 'The snippet database could not be opened or read. Reload the extension and try again.',
  },
};

export class SnippetStoreError extends Error {
  readonly code: SnippetStoreErrorCode;
  readonly messageTh: string;
  readonly messageEn: string;
  readonly paths?: string[];

  constructor(
    code: SnippetStoreErrorCode,
    opts: { th?: string; en?: string; paths?: string[]; cause?: unknown } = {},
  ) {
    const en = opts.en ?? MESSAGES[code].en;
    super(en, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'SnippetStoreError';
    this.code = code;
    this.messageTh = opts.th ?? MESSAGES[code].th;
    this.messageEn = en;
    if (opts.paths) this.paths = opts.paths;
  }

  toJSON(): SnippetStoreErrorData {
    const data: SnippetStoreErrorData = { code: this.code, messageTh: this.messageTh, messageEn: this.messageEn };
    if (this.paths) data.paths = this.paths;
    return data;
  }
}

export function isSnippetStoreError(e: unknown): e is SnippetStoreError {
  return e instanceof SnippetStoreError;
}

function errorName(e: unknown): string {
  return e && typeof e === 'object' && 'name' in e ? String((e as { name: unknown }).name) : '';
}

/** Map whatever IndexedDB threw to a SnippetStoreError; `op` decides the code of unknown failures. */
export function toStoreError(e: unknown, op: 'read' | 'write' | 'open'): SnippetStoreError {
  if (e instanceof SnippetStoreError) return e;
  const name = errorName(e);
  // A quota failure of one request aborts the transaction; the abort error then carries it.
  const inner = e && typeof e === 'object' && 'error' in e ? errorName((e as { error: unknown }).error) : '';
  if (name === 'QuotaExceededError' || inner === 'QuotaExceededError') {
    return new SnippetStoreError('quota', { cause: e });
  }
  if (op === 'write') return new SnippetStoreError('write-failed', { cause: e });
  if (name === 'VersionError') {
    return new SnippetStoreError('unavailable', {
      cause: e,
      th: 'ฐานข้อมูลข้อความสำเร็จรูปถูกเปิดด้วยส่วนขยายรุ่นที่ใหม่กว่า กรุณารีโหลดส่วนขยายหรือรีสตาร์ตเบราว์เซอร์',
      en: 'The snippet database was opened by a newer version of the extension. Reload the extension or restart the browser.',
    });
  }
  return new SnippetStoreError('unavailable', { cause: e });
}
