/**
 * Store failures are never silent: every failed open, read or write becomes a
 * SnippetStoreError with a code the UI can switch on and a message (id + parameters,
 * rendered by utils/i18n in the user's language where it is shown).
 */
import { msg, type Msg } from '@/utils/i18n';

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
  /** what happened (messages: utils/i18n/messages/store.ts) */
  msg: Msg;
  /** one line per bad place, for `invalid` */
  details?: Msg[];
  paths?: string[];
}

export class SnippetStoreError extends Error {
  readonly code: SnippetStoreErrorCode;
  readonly msg: Msg;
  readonly details?: Msg[];
  readonly paths?: string[];

  constructor(
    code: SnippetStoreErrorCode,
    opts: { msg?: Msg; details?: Msg[]; paths?: string[]; detail?: string; cause?: unknown } = {},
  ) {
    // Error.message is for logs only; the UI renders `msg`
    super(`snippet store: ${code}${opts.detail ? ` (${opts.detail})` : ''}`, opts.cause === undefined ? undefined : { cause: opts.cause });
    this.name = 'SnippetStoreError';
    this.code = code;
    this.msg = opts.msg ?? msg(`store.${code}`);
    if (opts.details) this.details = opts.details;
    if (opts.paths) this.paths = opts.paths;
  }

  toJSON(): SnippetStoreErrorData {
    const data: SnippetStoreErrorData = { code: this.code, msg: this.msg };
    if (this.details) data.details = this.details;
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
    return new SnippetStoreError('unavailable', { cause: e, msg: msg('store.newerDb') });
  }
  return new SnippetStoreError('unavailable', { cause: e });
}
