/**
 * The snippet store: IndexedDB on the extension origin (background, popup, options —
 * never the content script, whose IndexedDB is the site's).
 *
 * Schema history (this module owns the 'emenscr-assistant' database's version ladder):
 *   v1  store 'snippets' (keyPath 'id'), records { id, name, text, createdAt } — text only.
 *   v2  same store; records are full Snippets (kind, tags, source, updatedAt, usedAt,
 *       useCount; form snippets with fields); indexes 'by-name', 'by-usedAt',
 *       'by-updatedAt', 'by-tag' (multiEntry). v1 records become text snippets.
 *
 * Reads come from an in-memory SnippetIndex loaded once per context and kept current by
 * this context's writes and by a BroadcastChannel note from other extension pages.
 * Every failure surfaces as a SnippetStoreError.
 */
import { openDB, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction } from 'idb';
import { SnippetSchema, type Snippet, type SnippetInput } from './schema';
import { SnippetStoreError, toStoreError } from './errors';
import { describeIssues } from './issues';
import { uniqueName } from './names';
import { SnippetIndex, type SearchOptions, type SnippetOrder } from './search';
import { yieldToPage, type Progress } from './slices';

export const SNIPPET_DB_NAME = 'emenscr-assistant';
export const SNIPPET_DB_VERSION = 2;
export const SNIPPET_STORE = 'snippets';
const CHANNEL = 'emenscr-assistant:snippets';

/** A v1 record, as v1 of the extension stored it. */
export interface SnippetRecordV1 {
  id: string;
  name: string;
  text: string;
  /** epoch ms */
  createdAt: number;
}

export interface SnippetDbSchema extends DBSchema {
  snippets: {
    key: string;
    value: Snippet;
    indexes: { 'by-name': string; 'by-usedAt': number; 'by-updatedAt': number; 'by-tag': string };
  };
}

export type SnippetDb = IDBPDatabase<SnippetDbSchema>;
type Store = IDBPObjectStore<SnippetDbSchema, ['snippets'], 'snippets', 'readwrite'>;
type UpgradeTx = IDBPTransaction<SnippetDbSchema, 'snippets'[], 'versionchange'>;

// ---------------------------------------------------------------- migrations

function toTime(v: unknown, fallback: number): number {
  const t = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : v instanceof Date ? v.getTime() : NaN;
  return Number.isFinite(t) && t >= 0 ? Math.trunc(t) : fallback;
}

/** v1 → v2 record. Keeps the user's text as is, even when it breaks today's limits. */
export function snippetFromV1(old: Partial<SnippetRecordV1> & { id: string }, now = Date.now()): Snippet {
  const createdAt = toTime(old.createdAt, now);
  const name = typeof old.name === 'string' ? old.name.trim().slice(0, 200) : '';
  return {
    id: old.id,
    kind: 'text',
    name: name || 'ไม่มีชื่อ',
    text: typeof old.text === 'string' ? old.text : String(old.text ?? ''),
    tags: [],
    source: { screen: 'other' },
    createdAt,
    updatedAt: createdAt,
    usedAt: null,
    useCount: 0,
  };
}

async function migrateV1Records(tx: UpgradeTx): Promise<void> {
  // Only IDB requests are awaited here: anything else would let the upgrade transaction commit.
  let cursor = await tx.objectStore('snippets').openCursor();
  while (cursor) {
    const old = cursor.value as unknown as SnippetRecordV1;
    await cursor.update(snippetFromV1(old));
    cursor = await cursor.continue();
  }
}

function upgrade(db: SnippetDb, oldVersion: number, _newVersion: number | null, tx: UpgradeTx): void {
  if (oldVersion < 1) {
    db.createObjectStore('snippets', { keyPath: 'id' });
  }
  if (oldVersion < 2) {
    const store = tx.objectStore('snippets');
    store.createIndex('by-name', 'name');
    store.createIndex('by-usedAt', 'usedAt'); // null is not a key: never-used snippets are simply absent
    store.createIndex('by-updatedAt', 'updatedAt');
    store.createIndex('by-tag', 'tags', { multiEntry: true });
    if (oldVersion >= 1) {
      // A failed migration aborts the upgrade, so the database stays at v1 and openDB rejects.
      migrateV1Records(tx).catch(() => abortQuietly(tx));
    }
  }
}

// ---------------------------------------------------------------- connection

let dbPromise: Promise<SnippetDb> | null = null;
let indexPromise: Promise<SnippetIndex> | null = null;
let channel: BroadcastChannel | null | undefined;
const listeners = new Set<() => void>();

function abortQuietly(tx: { abort(): void }): void {
  try {
    tx.abort();
  } catch {
    // already finished or aborted
  }
}

/** Forget the connection and the cache; the next call opens again. */
function forget(p: Promise<SnippetDb> | null): void {
  if (p && dbPromise !== p) return;
  dbPromise = null;
  indexPromise = null;
}

function connect(lost: () => void): Promise<SnippetDb> {
  return new Promise<SnippetDb>((resolve, reject) => {
    if (typeof indexedDB === 'undefined') {
      reject(new SnippetStoreError('unavailable'));
      return;
    }
    let settled = false;
    openDB<SnippetDbSchema>(SNIPPET_DB_NAME, SNIPPET_DB_VERSION, {
      upgrade,
      blocked() {
        // An old-version page without a `blocking` handler holds the database. Say so now
        // rather than hang; if it lets go later, the late connection is closed below.
        if (settled) return;
        settled = true;
        reject(new SnippetStoreError('blocked'));
      },
      blocking(_current, _next, event) {
        // A newer version (another page after an update) wants the database: step aside.
        (event.target as IDBDatabase).close();
        lost();
        notifyListeners();
      },
      terminated() {
        lost();
      },
    }).then(
      (db) => {
        if (settled) {
          db.close();
          return;
        }
        settled = true;
        resolve(db);
      },
      (e) => {
        if (settled) return;
        settled = true;
        reject(toStoreError(e, 'open'));
      },
    );
  });
}

/** The open connection (opened and upgraded on first use). Rejects with SnippetStoreError. */
export function openSnippetDb(): Promise<SnippetDb> {
  if (!dbPromise) {
    let p: Promise<SnippetDb> | null = null;
    p = connect(() => forget(p));
    dbPromise = p;
    p.catch(() => forget(p));
  }
  return dbPromise;
}

/** Close the connection and drop the cache (tests, extension shutdown, before deleting the DB). */
export async function closeSnippetDb(): Promise<void> {
  const p = dbPromise;
  forget(p);
  if (!p) return;
  try {
    (await p).close();
  } catch {
    // never opened
  }
}

// ---------------------------------------------------------------- change notes

function getChannel(): BroadcastChannel | null {
  if (channel !== undefined) return channel;
  channel = null;
  if (typeof BroadcastChannel === 'undefined') return channel;
  try {
    const ch = new BroadcastChannel(CHANNEL);
    ch.onmessage = () => {
      indexPromise = null; // another page wrote: reload on next read
      notifyListeners();
    };
    (ch as unknown as { unref?: () => void }).unref?.(); // Node (tests): do not keep the process alive
    channel = ch;
  } catch {
    channel = null;
  }
  return channel;
}

function notifyListeners(): void {
  for (const l of listeners) {
    try {
      l();
    } catch (e) {
      console.error('[emenscr-assistant] snippet listener failed', e);
    }
  }
}

/** Called after any change to the store, from this page or another extension page. Returns unsubscribe. */
export function onSnippetsChanged(listener: () => void): () => void {
  getChannel();
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** After a committed write: update this page's cache, tell the other pages, call listeners. */
function committed(apply: (index: SnippetIndex) => void): void {
  if (indexPromise) {
    const p = indexPromise.then((index) => {
      apply(index);
      return index;
    });
    indexPromise = p;
    p.catch(() => {
      if (indexPromise === p) indexPromise = null;
    });
  }
  getChannel()?.postMessage({ type: 'changed' });
  notifyListeners();
}

// ---------------------------------------------------------------- read / write helpers

function loadIndex(): Promise<SnippetIndex> {
  if (!indexPromise) {
    const p = (async () => {
      getChannel();
      const db = await openSnippetDb();
      let all: Snippet[];
      try {
        all = await db.getAll('snippets');
      } catch (e) {
        throw toStoreError(e, 'read');
      }
      // search keys for thousands of snippets in one task is a long task: index in slices
      const index = new SnippetIndex();
      for (let i = 0; i < all.length; i += WRITE_SLICE) {
        if (i) await yieldToPage();
        for (let j = i; j < Math.min(all.length, i + WRITE_SLICE); j++) index.set(all[j]!);
      }
      return index;
    })();
    indexPromise = p;
    p.catch(() => {
      if (indexPromise === p) indexPromise = null;
    });
  }
  return indexPromise;
}

/**
 * One readwrite transaction. `run` may only await IDB requests. Any throw aborts the
 * transaction, so nothing of it is stored, and surfaces as a SnippetStoreError.
 */
async function write<T>(run: (store: Store) => Promise<T>): Promise<T> {
  const db = await openSnippetDb();
  let tx: IDBPTransaction<SnippetDbSchema, ['snippets'], 'readwrite'>;
  try {
    tx = db.transaction('snippets', 'readwrite');
  } catch (e) {
    throw toStoreError(e, 'write');
  }
  const done = tx.done;
  done.catch(() => {});
  try {
    const result = await run(tx.store);
    await done;
    return result;
  } catch (e) {
    abortQuietly(tx);
    // A request's AbortError hides the real cause; the transaction's error names it (e.g. quota).
    throw toStoreError(tx.error && (e as { name?: string })?.name === 'AbortError' ? tx.error : e, 'write');
  }
}

/** Fire a request without awaiting it; its failure aborts the transaction and rejects `done`. */
function fire(p: Promise<unknown>): void {
  p.catch(() => {});
}

export function validateSnippet(input: unknown, prefix = ''): Snippet {
  const r = SnippetSchema.safeParse(input, { reportInput: true });
  if (r.success) return r.data;
  const d = describeIssues(r.error.issues, prefix);
  throw new SnippetStoreError('invalid', {
    details: d.lines,
    paths: d.paths,
    cause: r.error,
  });
}

function notFound(id: string): SnippetStoreError {
  return new SnippetStoreError('not-found', { detail: id });
}

// ---------------------------------------------------------------- API

/** Every snippet, by Thai name order or most recently used first. Objects are frozen: copy to edit. */
export async function listSnippets(opts: { order?: SnippetOrder } = {}): Promise<Snippet[]> {
  // the Thai name sort of thousands is a long task of its own: done in slices
  return (await loadIndex()).listInSlices(opts.order ?? 'name', yieldToPage);
}

export async function getSnippet(id: string): Promise<Snippet | undefined> {
  return (await loadIndex()).get(id);
}

/**
 * Search name, tags and text / form labels and values; case- and space-insensitive,
 * Thai with or without spaces. Served from memory: no DB access per keystroke.
 */
export async function searchSnippets(query: string, opts: SearchOptions = {}): Promise<Snippet[]> {
  return (await loadIndex()).search(query, opts);
}

/** Create or replace (validated). Stamps updatedAt; returns the stored snippet. */
export async function putSnippet(input: SnippetInput, now = Date.now()): Promise<Snippet> {
  const s = validateSnippet({ ...input, updatedAt: now });
  await write(async (store) => {
    await store.put(s);
  });
  committed((index) => index.set(s));
  return s;
}

/** Put back exactly what deleteSnippet returned (undo); dates and counts are kept. */
export async function restoreSnippet(input: SnippetInput): Promise<Snippet> {
  const s = validateSnippet(input);
  await write(async (store) => {
    await store.put(s);
  });
  committed((index) => index.set(s));
  return s;
}

/** Delete and return the deleted record, for undo. Throws not-found. */
export async function deleteSnippet(id: string): Promise<Snippet> {
  const old = await write(async (store) => {
    const found = await store.get(id);
    if (!found) throw notFound(id);
    await store.delete(id);
    return found;
  });
  committed((index) => index.delete(id));
  return old;
}

/** Count one more use (insert / fill) and set usedAt. Content and updatedAt stay. */
export async function markUsed(id: string, now = Date.now()): Promise<Snippet> {
  const s = await write(async (store) => {
    const found = await store.get(id);
    if (!found) throw notFound(id);
    const next: Snippet = { ...found, usedAt: now, useCount: found.useCount + 1 };
    await store.put(next);
    return next;
  });
  committed((index) => index.set(s));
  return s;
}

/**
 * A copy named "ชื่อ (สำเนา)" with a new id and fresh dates and counts; the library passes
 * `word` in the user's language ("Name (copy)").
 */
export async function duplicateSnippet(id: string, now = Date.now(), word = 'สำเนา'): Promise<Snippet> {
  const taken = (await loadIndex()).names();
  const copy = await write(async (store) => {
    const found = await store.get(id);
    if (!found) throw notFound(id);
    const next: Snippet = {
      ...found,
      id: crypto.randomUUID(),
      name: uniqueName(found.name, word, taken),
      createdAt: now,
      updatedAt: now,
      usedAt: null,
      useCount: 0,
    };
    await store.put(next);
    return next;
  });
  committed((index) => index.set(copy));
  return copy;
}

/** Snippets validated, stored or indexed per slice of a batch (see putSnippets). */
export const WRITE_SLICE = 250;

/**
 * Store many snippets as given (e.g. an applied import) in ONE transaction: all are
 * validated first, then either all are stored or none (the store is left as it was).
 *
 * Done in slices of WRITE_SLICE, so a 5,000-snippet import does not hold the page's main
 * thread (issue 11: 5 s frozen, longest task 2.7 s): validation yields between slices;
 * the writes stay in one transaction by issuing each next slice from the previous slice's
 * last request callback (a transaction stays active there), and the page runs in between.
 */
export async function putSnippets(
  inputs: readonly SnippetInput[],
  onProgress?: (p: Progress & { phase: 'check' | 'write' }) => void,
): Promise<Snippet[]> {
  const total = inputs.length;
  const list: Snippet[] = [];
  for (let i = 0; i < total; i++) {
    if (i && i % WRITE_SLICE === 0) {
      onProgress?.({ phase: 'check', done: i, total });
      await yieldToPage();
    }
    list.push(validateSnippet(inputs[i], String(i)));
  }
  await write(async (store) => {
    for (let i = 0; i < total; i += WRITE_SLICE) {
      const end = Math.min(total, i + WRITE_SLICE);
      for (let j = i; j < end - 1; j++) fire(store.put(list[j]!));
      await store.put(list[end - 1]!);
      onProgress?.({ phase: 'write', done: end, total });
    }
  });
  if (total > WRITE_SLICE) {
    // indexing thousands at once is a long task too: let the next read rebuild the index in slices
    indexPromise = null;
    getChannel()?.postMessage({ type: 'changed' });
    notifyListeners();
  } else {
    committed((index) => {
      for (const s of list) index.set(s);
    });
  }
  return list;
}

/**
 * Save a snippet the user created, by the id its client gave it: a save retried after the
 * service worker restarted (the first one may have landed, its reply lost) overwrites
 * the same record instead of adding a second. A record already there keeps its
 * creation date and use counts.
 */
export async function saveSnippetById(input: SnippetInput, now = Date.now()): Promise<Snippet> {
  const s = validateSnippet({ ...input, updatedAt: now });
  const stored = await write(async (store) => {
    const found = await store.get(s.id);
    const next: Snippet = found ? { ...s, createdAt: found.createdAt, usedAt: found.usedAt, useCount: found.useCount } : s;
    await store.put(next);
    return next;
  });
  committed((index) => index.set(stored));
  return stored;
}

/** Remove every snippet. */
export async function clearAll(): Promise<void> {
  await write(async (store) => {
    await store.clear();
  });
  committed((index) => index.clear());
}
