/**
 * Issue 11, bounded work outside the guard: snippet imports in slices with progress,
 * warnings summarised, bidi controls refused in names, batch writes still all-or-nothing,
 * saves by a client-chosen id never duplicated by a retry.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import {
  IMPORT_CHUNK,
  MAX_LINES,
  exportSnippets,
  parseImport,
  parseImportAsync,
  warningLines,
  type ImportProgress,
  type ImportResult,
} from '@/utils/snippets/io';
import { WRITE_SLICE, closeSnippetDb, getSnippet, listSnippets, putSnippet, putSnippets, saveSnippetById, searchSnippets } from '@/utils/snippets/db';
import { SnippetStoreError } from '@/utils/snippets/errors';
import { newTextSnippet, type Snippet } from '@/utils/snippets/schema';
import { errorText, importText, inLang } from './i18n-render';
import { machineSlowdown } from './machine';

const T0 = Date.UTC(2026, 10, 21, 2, 0, 0);
const text = (name: string, body: string, extra: Partial<Snippet> = {}): Snippet =>
  ({ ...newTextSnippet({ name, text: body }, T0), ...extra }) as Snippet;
const many = (n: number) => Array.from({ length: n }, (_, i) => text(`ข้อความ ${i}`, `เนื้อหา ${i} `.repeat(20), { id: `s${i}` }));

beforeEach(async () => {
  await closeSnippetDb();
  globalThis.indexedDB = new IDBFactory();
});

afterEach(async () => {
  await closeSnippetDb();
});

function ok(r: ImportResult) {
  if (!r.ok) throw new Error(`expected success: ${importText(r)}`);
  return r;
}

describe('warnings are summarised', () => {
  it('a file with 50,000 unknown keys gives 10 lines and "และอีก 49,990 รายการ" / "and 49,990 more"', { timeout: 60_000 }, () => {
    const env = JSON.parse(exportSnippets([text('ก', 'ข', { id: 'a' })], new Date(T0)));
    for (let i = 0; i < 50_000; i++) env.snippets[0][`note${i}`] = i;
    const r = ok(parseImport(JSON.stringify(env)));
    expect(r.warningCount).toBe(50_000);
    expect(r.warnings).toHaveLength(MAX_LINES);
    const lines = warningLines(r.warnings, r.warningCount);
    expect(lines).toHaveLength(MAX_LINES + 1);
    expect(inLang('th', lines[MAX_LINES]!)).toBe('และอีก 49,990 รายการ');
    expect(inLang('en', lines[MAX_LINES]!)).toBe('and 49,990 more');
    expect(inLang('th', lines[0]!)).toMatch(/snippets\.0\.note0/);
  });

  it('a few warnings are listed in full, with no "more" line', () => {
    const env = JSON.parse(exportSnippets([text('ก', 'ข', { id: 'a' })], new Date(T0)));
    env.comment = 'x';
    const r = ok(parseImport(JSON.stringify(env)));
    expect(warningLines(r.warnings, r.warningCount).map((m) => inLang('th', m))).toEqual(['ไม่รู้จักช่อง comment จึงข้ามไป']);
  });

  it('5,000 invalid snippets: every path kept, 10 lines and "และอีก 4,990 จุด"', { timeout: 60_000 }, () => {
    const env = JSON.parse(exportSnippets(many(5_000), new Date(T0)));
    for (const s of env.snippets) s.name = '';
    const r = parseImport(JSON.stringify(env));
    if (r.ok) throw new Error('expected failure');
    expect(r.paths).toHaveLength(5_000);
    expect(r.details).toHaveLength(MAX_LINES + 1);
    expect(importText(r)).toMatch(/และอีก 4990 จุด/);
  });
});

describe('the import runs in slices', () => {
  it('parseImportAsync yields every IMPORT_CHUNK snippets with progress, and gives what parseImport gives', async () => {
    const file = exportSnippets(many(1_000), new Date(T0));
    const seen: ImportProgress[] = [];
    let turns = 0;
    const tick = setInterval(() => turns++, 0);
    const r = ok(await parseImportAsync(file, (p) => seen.push(p)));
    clearInterval(tick);
    expect(seen.map((p) => p.done)).toEqual([0, 200, 400, 600, 800].filter((n) => n % IMPORT_CHUNK === 0));
    expect(seen.every((p) => p.total === 1_000)).toBe(true);
    expect(turns).toBeGreaterThan(0); // other tasks ran between the slices
    expect(r.snippets).toEqual(ok(parseImport(file)).snippets);
  });

  it('5,000 snippets: no slice of validation takes more than 200 ms', { timeout: 60_000 }, async () => {
    const file = exportSnippets(many(5_000), new Date(T0));
    const before = await machineSlowdown();
    // timed from the first progress report: before it the file is parsed (JSON.parse, one step);
    // counted from the call, a loaded machine (two helpers' browsers) made that first gap 181 of 315 ms
    let start = 0;
    let last = 0;
    let longest = 0;
    const r = ok(
      await parseImportAsync(file, () => {
        const now = performance.now();
        if (start) longest = Math.max(longest, now - last);
        else start = now;
        last = now;
      }),
    );
    longest = Math.max(longest, performance.now() - last);
    const total = performance.now() - start;
    const slowdown = Math.max(before, await machineSlowdown());
    expect(r.snippets).toHaveLength(5_000);
    // spread over the slices (all at once would be the whole), and under 200 ms at this machine's current speed
    expect(longest).toBeLessThan(total / 2);
    expect(longest).toBeLessThan(200 * slowdown);
  });

  it('putSnippets stores 5,000 in slices, reports progress and is still one transaction', { timeout: 60_000 }, async () => {
    const seen: string[] = [];
    await putSnippets(many(5_000), (p) => seen.push(`${p.phase}:${p.done}`));
    expect(seen).toContain(`check:${WRITE_SLICE}`);
    expect(seen.at(-1)).toBe('write:5000');
    expect(await listSnippets()).toHaveLength(5_000);
    expect((await searchSnippets('เนื้อหา 4999'))[0]?.id).toBe('s4999');

    // a failure in the last slice stores nothing of the batch
    const next = many(1_000).map((s) => ({ ...s, id: `n${s.id}` }));
    const bad = { ...next[999]!, useCount: -1 };
    await expect(putSnippets([...next.slice(0, 999), bad])).rejects.toBeInstanceOf(SnippetStoreError);
    expect(await listSnippets()).toHaveLength(5_000);
  });
});

describe('names refuse text-direction controls', () => {
  const bidi = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069'];

  it.each(bidi.map((c) => [c.codePointAt(0)!.toString(16).toUpperCase(), c]))('U+%s in a name is refused with a clear message', async (_hex, c) => {
    const e = await putSnippet(text(`ส่ง${c}รายงาน`, 'x')).then(
      () => null,
      (err: unknown) => err as SnippetStoreError,
    );
    expect(e?.code).toBe('invalid');
    expect(e?.paths).toEqual(['name']);
    expect(errorText(e!)).toMatch(/อักขระควบคุมทิศทางข้อความ/);
    expect(errorText(e!, 'en')).toMatch(/text-direction control character/);
  });

  it('in an import file too (name and tags); the body text may keep them', () => {
    const env = JSON.parse(exportSnippets([text('ก', 'ข\u202Eค', { id: 'a' }), text('ง', 'จ', { id: 'b' })], new Date(T0)));
    expect(parseImport(JSON.stringify(env)).ok).toBe(true);
    env.snippets[0].name = 'abc\u202Efdp.exe';
    env.snippets[1].tags = ['\u2067แท็ก'];
    const r = parseImport(JSON.stringify(env));
    if (r.ok) throw new Error('expected failure');
    expect(r.paths.sort()).toEqual(['snippets.0.name', 'snippets.1.tags.0']);
    expect(importText(r)).toMatch(/snippets\.0\.name: มีอักขระควบคุมทิศทางข้อความ/);
  });

  it('other marks (LRM U+200E, zero-width joiner) are not refused', async () => {
    await expect(putSnippet(text('ชื่อ\u200Eหนึ่ง\u200D', 'x'))).resolves.toBeTruthy();
  });
});

describe('saves by a client-chosen id are idempotent', () => {
  it('the same save twice (a retry after a lost reply) stores one snippet; creation date and use are kept', async () => {
    const draft = text('บันทึกครั้งเดียว', 'เนื้อหา', { id: 'client-1' });
    const first = await saveSnippetById(draft, T0 + 10);
    const again = await saveSnippetById({ ...draft, createdAt: T0 + 99 }, T0 + 20);
    expect(await listSnippets()).toHaveLength(1);
    expect(again.id).toBe(first.id);
    expect(again.createdAt).toBe(first.createdAt);
    expect((await getSnippet('client-1'))?.updatedAt).toBe(T0 + 20);
  });
});

describe('the client retries only what is safe twice', () => {
  it('a save with its id is sent again once when the worker did not answer; markUsed is not', async () => {
    const { fakeBrowser } = await import('wxt/testing/fake-browser');
    const { askSnippets, SnippetClientError } = await import('@/utils/snippets/client');
    const { vi } = await import('vitest');
    const calls: unknown[] = [];
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation((async (m: unknown) => {
      calls.push(m);
      if (calls.length === 1) throw new Error('Could not establish connection. Receiving end does not exist.');
      return { ok: true, value: { id: 'client-2' } };
    }) as never);
    try {
      const draft = { id: 'client-2', kind: 'text' as const, name: 'ก', text: 'ข' };
      await expect(askSnippets({ type: 'snippets:save', draft })).resolves.toEqual({ id: 'client-2' });
      expect(calls).toEqual([{ type: 'snippets:save', draft }, { type: 'snippets:save', draft }]);

      calls.length = 0;
      await expect(askSnippets({ type: 'snippets:markUsed', id: 'client-2' })).rejects.toBeInstanceOf(SnippetClientError);
      expect(calls).toHaveLength(1);
    } finally {
      send.mockRestore();
    }
  });
});

describe('sorting by name in slices', () => {
  it('gives Array.prototype.sort’s order (stable), pausing every few thousand comparisons', async () => {
    const { sortInSlices } = await import('@/utils/snippets/search');
    const collator = new Intl.Collator('th', { numeric: true, sensitivity: 'base' });
    const names = Array.from({ length: 3_000 }, (_, i) => ({ name: `รายการ ${(i * 7919) % 1000}`, i }));
    const cmp = (a: { name: string }, b: { name: string }) => collator.compare(a.name, b.name);
    let pauses = 0;
    const sorted = await sortInSlices(names, cmp, async () => void pauses++);
    expect(sorted).toEqual(names.slice().sort(cmp));
    expect(pauses).toBeGreaterThan(3);
    expect(await sortInSlices([], cmp, async () => {})).toEqual([]);
  });
});

describe('merging in slices', () => {
  it('mergeImportAsync gives what mergeImport gives', async () => {
    const { mergeImport, mergeImportAsync } = await import('@/utils/snippets/io');
    const existing = many(600);
    const incoming = [...many(700).slice(300).map((s, i) => (i % 2 ? { ...s, text: 'อื่น' } : s)), text('ข้อความ 5', 'ใหม่', { id: 'other' })];
    const a = mergeImport(existing, incoming);
    const b = await mergeImportAsync(existing, incoming);
    expect(b).toEqual(a);
    expect(a.toAdd.length + a.identical.length + a.conflicts.length).toBe(incoming.length);
  });
});
