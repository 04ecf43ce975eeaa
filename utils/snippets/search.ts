/**
 * In-memory snippet index: the store loads every snippet once and keeps the match keys
 * ready, so a search per keystroke is a loop over precomputed strings instead of a DB scan.
 * Keys follow matchKey: no spaces, lower-case Latin, Arabic digits, NFC — Thai is
 * written with and without spaces between words, so matching ignores them.
 */
import type { Snippet, SnippetKind } from './schema';

/** Separates parts of a key so a query cannot match across two labels or tags. */
const SEP = '\u0001';

/** Whitespace (as in /\s/), zero-width characters, "*" and colons: matchKey drops all of them. */
function isDropped(c: number): boolean {
  return (
    c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0x2a || c === 0x3a || c === 0xa0 || c === 0xad ||
    c === 0x1680 || (c >= 0x2000 && c <= 0x200d) || c === 0x2028 || c === 0x2029 || c === 0x202f ||
    c === 0x205f || c === 0x2060 || c === 0x3000 || c === 0xfeff || c === 0xff1a
  );
}

let buffer = new Uint16Array(1024);

/**
 * matchKey from '@/utils/text' (a test holds them equal), re-coded for the index:
 *  - one pass over char codes instead of matchKey's per-character string loop
 *    (about 0.5 µs a character there: seconds for a large library);
 *  - Thai U+0E00–0E7F is moved to 0x80–0xFF (and the rare Latin-1 0x80–0xFF out of the way
 *    to U+E080–E0FF), so Thai keys are one-byte strings: half the memory, and V8 searches
 *    them with its fast one-byte path. Query and index use the same mapping, so matches are exact.
 */
export function searchKey(s: string): string {
  const t = s.normalize('NFC').toLowerCase();
  if (buffer.length < t.length) buffer = new Uint16Array(t.length * 2);
  let n = 0;
  for (let i = 0; i < t.length; i++) {
    let c = t.charCodeAt(i);
    if (c >= 0x0e00 && c <= 0x0e7f) {
      c = c >= 0x0e50 && c <= 0x0e59 ? c - 0x0e50 + 0x30 : c - 0x0e00 + 0x80; // Thai digits → 0–9
    } else if (isDropped(c)) {
      continue;
    } else if (c >= 0x80 && c <= 0xff) {
      c += 0xe000;
    }
    buffer[n++] = c;
  }
  let out = '';
  for (let i = 0; i < n; i += 4096) {
    out += String.fromCharCode.apply(null, buffer.subarray(i, Math.min(n, i + 4096)) as unknown as number[]);
  }
  return out;
}

interface Entry {
  snippet: Snippet;
  name: string;
  tags: string;
  tagList: string[];
  body: string;
}

export interface SearchOptions {
  /** most results returned (default 50) */
  limit?: number;
  kind?: SnippetKind;
}

export type SnippetOrder = 'name' | 'recent';

const collator = new Intl.Collator('th', { numeric: true, sensitivity: 'base' });

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

function bodyKey(s: Snippet): string {
  if (s.kind === 'text') return searchKey(s.text);
  const parts: string[] = [];
  for (const f of s.fields) parts.push(f.label, ...f.section, f.value);
  return searchKey(parts.join(SEP)); // SEP survives the key: it is not dropped or mapped
}

function entryOf(snippet: Snippet): Entry {
  const tagList = snippet.tags.map(searchKey);
  return { snippet, name: searchKey(snippet.name), tags: tagList.join(SEP), tagList, body: bodyKey(snippet) };
}

/** Most recently used first, then most used, then newest edit; code-point name order keeps it cheap. */
function byRecent(a: Snippet, b: Snippet): number {
  return (
    (b.usedAt ?? -1) - (a.usedAt ?? -1) ||
    b.useCount - a.useCount ||
    b.updatedAt - a.updatedAt ||
    (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

function byName(a: Snippet, b: Snippet): number {
  return collator.compare(a.name, b.name) || a.createdAt - b.createdAt;
}

/** 0 when the entry does not match; higher is better. */
function score(e: Entry, whole: string, tokens: string[]): number {
  if (e.name === whole) return 100;
  if (e.name.startsWith(whole)) return 80;
  if (e.name.includes(whole)) return 60;
  if (e.tagList.includes(whole)) return 50;
  if (e.tags.includes(whole)) return 40;
  if (e.body.includes(whole)) return 20;
  // "รายงาน 2568", "รายงานท่องเที่ยว": every word somewhere (name, tags or body), not necessarily together.
  if (tokens.length > 1 && tokens.every((t) => e.name.includes(t) || e.tags.includes(t) || e.body.includes(t))) {
    return 10;
  }
  return 0;
}

let segmenter: Intl.Segmenter | null | undefined;

/**
 * The words of a query. Thai is written without spaces between words, so a query is split
 * at spaces and then into words by Intl.Segmenter ("รายงานท่องเที่ยว" → รายงาน · ท่อง · เที่ยว):
 * "รายงานท่องเที่ยว" then finds "รายงานผลการท่องเที่ยว", as "รายงาน ท่องเที่ยว" always did.
 * Without Intl.Segmenter (old browsers) only spaces split.
 */
export function queryWords(query: string): string[] {
  if (segmenter === undefined) {
    segmenter = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('th', { granularity: 'word' }) : null;
  }
  const out: string[] = [];
  for (const part of query.split(/\s+/)) {
    if (!part) continue;
    if (!segmenter) {
      out.push(part);
      continue;
    }
    for (const seg of segmenter.segment(part)) if (seg.isWordLike) out.push(seg.segment);
  }
  return out;
}

/** Score levels, best first; results are grouped by level, each group in recency order. */
const LEVELS = [100, 80, 60, 50, 40, 20, 10] as const;

/** Thai collation costs a few µs a comparison: a sort of 5,000 names is ~60,000 of them. */
const COMPARES_PER_SLICE = 4_000;

/**
 * A stable merge sort that gives the main thread back (`pause`) every COMPARES_PER_SLICE
 * comparisons: sorting 5,000 snippets by Thai name in one go was the longest task left
 * after an import in the library page.
 */
export async function sortInSlices<T>(items: readonly T[], cmp: (a: T, b: T) => number, pause: () => Promise<void>): Promise<T[]> {
  let a = items.slice();
  let n = 0;
  // runs of 32 by insertion sort (≤ 496 comparisons each), then merges of doubling width
  const RUN = 32;
  for (let lo = 0; lo < a.length; lo += RUN) {
    const hi = Math.min(a.length, lo + RUN);
    for (let i = lo + 1; i < hi; i++) {
      const v = a[i]!;
      let j = i - 1;
      while (j >= lo && (n++, cmp(a[j]!, v) > 0)) {
        a[j + 1] = a[j]!;
        j--;
      }
      a[j + 1] = v;
    }
    if (n >= COMPARES_PER_SLICE) {
      n = 0;
      await pause();
    }
  }
  let b = new Array<T>(a.length);
  for (let width = RUN; width < a.length; width *= 2) {
    for (let lo = 0; lo < a.length; lo += 2 * width) {
      const mid = Math.min(a.length, lo + width);
      const hi = Math.min(a.length, lo + 2 * width);
      let i = lo;
      let j = mid;
      let k = lo;
      while (i < mid && j < hi) {
        b[k++] = cmp(a[i]!, a[j]!) <= 0 ? a[i++]! : a[j++]!;
        if (++n >= COMPARES_PER_SLICE) {
          n = 0;
          await pause();
        }
      }
      while (i < mid) b[k++] = a[i++]!;
      while (j < hi) b[k++] = a[j++]!;
    }
    [a, b] = [b, a];
  }
  return a;
}

export class SnippetIndex {
  private readonly entries = new Map<string, Entry>();
  /** entries by recent use, rebuilt lazily after a change (not per keystroke) */
  private recent: Entry[] | null = null;
  /** snippets by name, rebuilt lazily after a change */
  private byName: Snippet[] | null = null;
  /** counts changes, so a sort in slices that a change overtook is not kept */
  private version = 0;

  constructor(snippets: Iterable<Snippet> = []) {
    for (const s of snippets) this.set(s);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Adds or replaces; the snippet is frozen, since the index hands out the same object. */
  set(snippet: Snippet): Snippet {
    deepFreeze(snippet);
    this.entries.set(snippet.id, entryOf(snippet));
    this.version++;
    this.recent = null;
    this.byName = null;
    return snippet;
  }

  delete(id: string): void {
    this.entries.delete(id);
    this.version++;
    this.recent = null;
    this.byName = null;
  }

  clear(): void {
    this.entries.clear();
    this.version++;
    this.recent = null;
    this.byName = null;
  }

  get(id: string): Snippet | undefined {
    return this.entries.get(id)?.snippet;
  }

  names(): Set<string> {
    const out = new Set<string>();
    for (const e of this.entries.values()) out.add(e.snippet.name);
    return out;
  }

  list(order: SnippetOrder = 'name'): Snippet[] {
    if (order === 'recent') return this.recentEntries().map((e) => e.snippet);
    this.byName ??= Array.from(this.entries.values(), (e) => e.snippet).sort(byName);
    return this.byName.slice();
  }

  /** list(), with the name sort done in slices that yield to the page (`pause`) between them. */
  async listInSlices(order: SnippetOrder, pause: () => Promise<void>): Promise<Snippet[]> {
    if (order === 'recent' || this.byName) return this.list(order);
    const version = this.version;
    const sorted = await sortInSlices(Array.from(this.entries.values(), (e) => e.snippet), byName, pause);
    if (this.version !== version) return this.list(order); // changed meanwhile: sort what is there now
    this.byName = sorted;
    return sorted.slice();
  }

  private recentEntries(): Entry[] {
    this.recent ??= Array.from(this.entries.values()).sort((a, b) => byRecent(a.snippet, b.snippet));
    return this.recent;
  }

  /**
   * Case- and space-insensitive substring search over name, tags and text (or form labels,
   * section headings and values). Best matches first: name, then tags, then body; ties by recent use.
   * An empty query lists snippets by recent use. One pass, no sort: O(snippets + limit).
   */
  search(query: string, opts: SearchOptions = {}): Snippet[] {
    const limit = Math.max(0, opts.limit ?? 50);
    const whole = searchKey(query);
    const tokens = whole ? queryWords(query).map(searchKey).filter(Boolean) : [];
    const buckets = new Map<number, Snippet[]>(LEVELS.map((l) => [l, []]));
    for (const e of this.recentEntries()) {
      if (opts.kind && e.snippet.kind !== opts.kind) continue;
      const sc = whole ? score(e, whole, tokens) : 100;
      if (!sc) continue;
      const bucket = buckets.get(sc)!;
      if (bucket.length < limit) bucket.push(e.snippet);
      if (sc === 100 && bucket.length >= limit) break; // nothing can outrank a full top level
    }
    const out: Snippet[] = [];
    for (const l of LEVELS) {
      for (const s of buckets.get(l)!) {
        if (out.length >= limit) return out;
        out.push(s);
      }
    }
    return out;
  }
}
