import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import {
  MAX_IMPORT_BYTES,
  contentKey,
  exportSnippetFiles,
  exportSnippets,
  isImportTooLarge,
  keepBoth,
  mergeImport,
  parseImport,
  planImportWrites,
  readImportFile,
  replaceWith,
  sameContent,
  type ImportResult,
} from '@/utils/snippets/io';
import { closeSnippetDb, listSnippets, putSnippet, putSnippets } from '@/utils/snippets/db';
import { newFormSnippet, newTextSnippet, type Snippet } from '@/utils/snippets/schema';
import { importText, inLang } from './i18n-render';

const T0 = Date.UTC(2026, 10, 21, 2, 0, 0);

function text(name: string, body: string, extra: Partial<Snippet> = {}): Snippet {
  return { ...newTextSnippet({ name, text: body }, T0), ...extra } as Snippet;
}

function library(): Snippet[] {
  return [
    text('ที่อยู่หน่วยงาน', 'ถนนราชดำเนินนอก <b>ไม่ใช่ HTML</b>', { id: 'addr', tags: ['ติดต่อ'], usedAt: T0 + 5, useCount: 3 }),
    newFormSnippet(
      {
        name: 'ความก้าวหน้า Q2',
        source: { screen: 'progressReport', path: '/progress' },
        fields: [
          { label: 'เป้าหมาย', section: ['ยุทธศาสตร์ชาติ'], kind: 'text', value: 'ก' },
          { label: 'เป้าหมาย', section: ['แผนแม่บท', 'แผนย่อย'], kind: 'combobox', value: 'ข' },
          { label: 'แนบไฟล์', section: [], kind: 'checkbox', value: '', checked: false },
          { label: 'ร้อยละ', section: [], kind: 'slider', value: '75' },
        ],
      },
      T0,
    ),
    text('ผู้ประสานงาน', 'นางสาวสมใจ {ถาม:เบอร์โทร}', { id: 'contact' }),
  ];
}

/** An export file as an object, to break on purpose. */
function envelope(snippets: unknown[] = library()): Record<string, unknown> {
  return JSON.parse(exportSnippets(snippets as Snippet[], new Date(T0)));
}

function failure(r: ImportResult) {
  expect(r.ok).toBe(false);
  if (r.ok) throw new Error('expected failure');
  return r;
}

describe('export', () => {
  it('writes the versioned envelope, pretty-printed', () => {
    const json = exportSnippets(library(), new Date(T0));
    const obj = JSON.parse(json);
    expect(obj).toMatchObject({ format: 'emenscr-assistant-snippets', version: 1, exportedAt: '2026-11-21T02:00:00.000Z' });
    expect(obj.snippets).toHaveLength(3);
    expect(json).toContain('\n  "format"');
  });

  it('round-trips: export → parse gives equal snippets', () => {
    const lib = library();
    const r = parseImport(exportSnippets(lib));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.snippets).toEqual(lib);
    expect(r.warnings).toEqual([]);
  });

  it('round-trips what the store hands out', async () => {
    globalThis.indexedDB = new IDBFactory();
    await putSnippets(library());
    const stored = await listSnippets();
    const r = parseImport(exportSnippets(stored));
    expect(r.ok && r.snippets).toEqual(stored);
    await closeSnippetDb();
  });

  it('splits libraries over 5,000 snippets into importable files', () => {
    const many = Array.from({ length: 5_001 }, (_, i) => text(`s${i}`, 'x'));
    expect(() => exportSnippets(many)).toThrow(RangeError);
    const files = exportSnippetFiles(many);
    expect(files).toHaveLength(2);
    expect(files.map((f) => parseImport(f)).map((r) => r.ok && r.snippets.length)).toEqual([5_000, 1]);
    expect(exportSnippetFiles([])).toHaveLength(1);
  });
});

describe('parseImport rejects bad files with a reason', () => {
  it('files over 10 MB, before parsing', () => {
    const huge = ' '.repeat(MAX_IMPORT_BYTES + 1);
    let r = failure(parseImport(huge));
    expect(r.code).toBe('too-large');
    expect(importText(r)).toMatch(/ใหญ่เกินไป.*10 MB/);
    // Thai is 3 bytes a character in UTF-8: 3.6 M characters are 10.8 MB.
    r = failure(parseImport(JSON.stringify({ x: 'ก'.repeat(3_600_000) })));
    expect(r.code).toBe('too-large');
    expect(isImportTooLarge(MAX_IMPORT_BYTES)).toBe(false);
    expect(isImportTooLarge(MAX_IMPORT_BYTES + 1)).toBe(true);
  });

  it('checks a File size without reading it', async () => {
    const big = { size: MAX_IMPORT_BYTES + 1, text: () => Promise.reject(new Error('must not read')) } as unknown as Blob;
    expect(failure(await readImportFile(big)).code).toBe('too-large');
    const small = new Blob([exportSnippets(library())], { type: 'application/json' });
    expect((await readImportFile(small)).ok).toBe(true);
  });

  it('invalid JSON', () => {
    const r = failure(parseImport('{"format": "emenscr-assistant-snippets", '));
    expect(r.code).toBe('invalid-json');
    expect(importText(r)).toMatch(/ไม่ใช่ไฟล์ JSON ที่ถูกต้อง/);
  });

  it('wrong format', () => {
    expect(failure(parseImport(JSON.stringify({ ...envelope(), format: 'text-blaze' }))).code).toBe('wrong-format');
    expect(failure(parseImport(JSON.stringify(library()))).code).toBe('wrong-format');
    const r = failure(parseImport('null'));
    expect(r.code).toBe('wrong-format');
    expect(importText(r)).toMatch(/ไม่ใช่ไฟล์ส่งออก/);
    expect(r.paths).toEqual(['format']);
  });

  it('a newer version, with a Thai message to update', () => {
    const r = failure(parseImport(JSON.stringify({ ...envelope(), version: 2 })));
    expect(r.code).toBe('newer-version');
    expect(importText(r)).toMatch(/^ไฟล์นี้มาจากรุ่นที่ใหม่กว่า/);
    expect(importText(r)).toMatch(/อัปเดต/);
    expect(importText(r, 'en')).toMatch(/newer version/);
    expect(r.paths).toEqual(['version']);
  });

  it('a missing or nonsense version', () => {
    for (const version of [undefined, 0, '1', 1.5]) {
      expect(failure(parseImport(JSON.stringify({ ...envelope(), version }))).code).toBe('unsupported-version');
    }
  });

  it('missing fields, naming the path', () => {
    const env = envelope();
    delete (env.snippets as Record<string, unknown>[])[2]!.name;
    delete (env.snippets as Record<string, unknown>[])[1]!.createdAt;
    const r = failure(parseImport(JSON.stringify(env)));
    expect(r.code).toBe('invalid');
    expect(r.paths.sort()).toEqual(['snippets.1.createdAt', 'snippets.2.name']);
    expect(importText(r)).toMatch(/snippets\.2\.name: ไม่มีข้อมูลที่จำเป็น/);
    expect(importText(r, 'en')).toMatch(/snippets\.2\.name/);
  });

  it('wrong types and values, naming the path', () => {
    const env = envelope();
    const s = env.snippets as Record<string, any>[];
    s[0]!.useCount = '3';
    s[0]!.tags = 'ติดต่อ';
    s[1]!.fields[1].kind = 'dropdown';
    s[1]!.fields[2].section = 'ไม่ใช่รายการ';
    s[2]!.kind = 'note';
    const r = failure(parseImport(JSON.stringify(env)));
    expect(r.paths.sort()).toEqual([
      'snippets.0.tags',
      'snippets.0.useCount',
      'snippets.1.fields.1.kind',
      'snippets.1.fields.2.section',
      'snippets.2.kind',
    ]);
    expect(importText(r)).toMatch(/snippets\.0\.useCount: ชนิดข้อมูลไม่ถูกต้อง: ต้องเป็นตัวเลข แต่พบข้อความ/);
    expect(importText(r)).toMatch(/snippets\.2\.kind: ค่าไม่ถูกต้อง: ต้องเป็น "text" หรือ "form"/);
  });

  it('limits: name length, text length, fields per form, snippets per file, bad date', () => {
    const env = envelope();
    const s = env.snippets as Record<string, any>[];
    s[0]!.name = 'ก'.repeat(201);
    s[2]!.text = 'ข'.repeat(20_001);
    s[1]!.fields = Array.from({ length: 501 }, () => s[1]!.fields[0]);
    env.exportedAt = 'เมื่อวาน';
    const r = failure(parseImport(JSON.stringify(env)));
    expect(r.paths.sort()).toEqual(['exportedAt', 'snippets.0.name', 'snippets.1.fields', 'snippets.2.text']);
    expect(importText(r)).toMatch(/ยาวเกิน 200 ตัวอักษร/);

    const many = { ...envelope(), snippets: Array.from({ length: 5_001 }, (_, i) => text(`s${i}`, 'x')) };
    expect(failure(parseImport(JSON.stringify(many))).code).toBe('too-many');
  });

  it('duplicate ids inside the file', () => {
    const lib = library();
    const r = failure(parseImport(exportSnippets([...lib, { ...lib[0]!, name: 'อีกชื่อ' }])));
    expect(r.code).toBe('duplicate-ids');
    expect(r.paths).toEqual(['snippets.3.id']);
    expect(importText(r)).toMatch(/snippets\.3\.id ซ้ำกับ snippets\.0\.id/);
  });
});

describe('parseImport accepts', () => {
  it('files with a BOM, leaving out optional fields, and warns about unknown keys', () => {
    const env = envelope();
    const s = env.snippets as Record<string, any>[];
    delete s[0]!.tags;
    delete s[0]!.usedAt;
    delete s[0]!.useCount;
    delete s[0]!.source;
    s[0]!.note = 'ของทีมแผน';
    s[1]!.fields[0].colour = 'red';
    env.comment = 'hello';
    const r = parseImport('\uFEFF' + JSON.stringify(env));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.snippets[0]).toMatchObject({ tags: [], usedAt: null, useCount: 0, source: { screen: 'other' } });
    expect(r.snippets[0]).not.toHaveProperty('note');
    expect(r.warnings.map((w) => w.path)).toEqual(['comment', 'snippets.0.note', 'snippets.1.fields.0.colour']);
    expect(inLang('th', r.warnings[0]!.message)).toMatch(/ข้ามไป/);
  });
});

describe('mergeImport', () => {
  const existing = () => [
    text('ที่อยู่', 'ถนนราชดำเนิน', { id: 'a', tags: ['x', 'y'] }),
    text('ผู้ประสานงาน', 'สมใจ', { id: 'b' }),
  ];

  it('skips identical content (ignoring id, dates, use and tag order), adds new, reports conflicts', () => {
    const incoming = [
      text('ที่อยู่', 'ถนนราชดำเนิน', { id: 'a', tags: ['y', 'x'], createdAt: 1, updatedAt: 2, useCount: 9 }), // same id, same content
      text('ผู้ประสานงาน', 'สมใจ', { id: 'other-id' }), // other id, same content
      text('ผู้ประสานงาน', 'สมศรี', { id: 'c' }), // same name, new content
      text('เปลี่ยนชื่อ', 'ถนนราชดำเนิน', { id: 'a' }), // same id, new content
      text('ใหม่', 'ข้อความใหม่', { id: 'd' }),
      text('ใหม่', 'ข้อความใหม่', { id: 'e' }), // repeated in the file
      text('ผู้ ประสาน งาน', 'อีกแบบ', { id: 'f' }), // same name up to spaces
    ];
    const plan = mergeImport(existing(), incoming);
    expect(plan.toAdd.map((s) => s.id)).toEqual(['d']);
    expect(plan.identical.map((s) => s.id)).toEqual(['a', 'other-id', 'e']);
    expect(plan.conflicts.map((c) => [c.existing.id, c.incoming.id, c.reason])).toEqual([
      ['b', 'c', 'same-name'],
      ['a', 'a', 'same-id'],
      ['b', 'f', 'same-name'],
    ]);
  });

  it('compares form snippets by fields', () => {
    const [, form] = library();
    const moved = { ...form!, id: 'x' } as Snippet;
    expect(sameContent(form!, moved)).toBe(true);
    if (moved.kind !== 'form') return;
    const changed = { ...moved, fields: moved.fields.map((f, i) => (i === 2 ? { ...f, checked: true } : f)) };
    expect(sameContent(form!, changed)).toBe(false);
    expect(contentKey(form!)).not.toBe(contentKey(changed));
  });

  it('resolves: keep both as "ชื่อ (นำเข้า)", replace, skip', () => {
    const ex = existing();
    const incoming = [
      text('ผู้ประสานงาน', 'สมศรี', { id: 'c' }),
      text('ที่อยู่', 'ถนนพหลโยธิน', { id: 'a', createdAt: 7 }),
      text('ใหม่', 'x', { id: 'd' }),
    ];
    const plan = mergeImport(ex, incoming);
    expect(plan.conflicts).toHaveLength(2);

    const both = planImportWrites(ex, plan, 'keep-both', 100);
    expect(both.map((s) => s.name)).toEqual(['ใหม่', 'ผู้ประสานงาน (นำเข้า)', 'ที่อยู่ (นำเข้า)']);
    expect(both[1]!.id).toBe('c'); // free id kept
    expect(both[2]!.id).not.toBe('a'); // taken id replaced
    expect(both[2]!.kind === 'text' && both[2]!.text).toBe('ถนนพหลโยธิน');

    const replaced = planImportWrites(ex, plan, 'replace', 100);
    expect(replaced[2]).toMatchObject({ id: 'a', text: 'ถนนพหลโยธิน', createdAt: ex[0]!.createdAt, updatedAt: 100 });
    expect(replaced[1]).toMatchObject({ id: 'b', text: 'สมศรี' });

    expect(planImportWrites(ex, plan, 'skip').map((s) => s.id)).toEqual(['d']);
    const mixed = planImportWrites(ex, plan, (c) => (c.reason === 'same-id' ? 'replace' : 'skip'));
    expect(mixed.map((s) => s.id)).toEqual(['d', 'a']);
  });

  it('numbers renamed copies when "(นำเข้า)" is taken, and never replaces one snippet twice', () => {
    const ex = [text('ก', '1', { id: 'a' }), text('ก (นำเข้า)', '2', { id: 'b' })];
    const taken = new Set(ex.map((s) => s.name));
    const c = { existing: ex[0]!, incoming: text('ก', '3', { id: 'a' }), reason: 'same-id' as const };
    expect(keepBoth(c, taken).name).toBe('ก (นำเข้า 2)');
    expect(keepBoth(c, taken).name).toBe('ก (นำเข้า 3)');
    expect(replaceWith(c, 5)).toMatchObject({ id: 'a', text: '3', updatedAt: 5 });

    const plan = mergeImport(ex, [text('ก', 'x', { id: 'a' }), text('ก', 'y', { id: 'z' })]);
    const out = planImportWrites(ex, plan, 'replace');
    expect(out.map((s) => [s.id === 'a' ? 'a' : 'new', s.name])).toEqual([
      ['a', 'ก'],
      ['new', 'ก (นำเข้า 2)'],
    ]);
  });

  it('keeps renamed copies within the name limit', () => {
    const long = 'ก'.repeat(200);
    const c = { existing: text(long, '1', { id: 'a' }), incoming: text(long, '2', { id: 'a' }), reason: 'same-id' as const };
    const copy = keepBoth(c, new Set([long]));
    expect(copy.name.length).toBe(200);
    expect(copy.name.endsWith(' (นำเข้า)')).toBe(true);
  });
});

describe('import end to end', () => {
  beforeEach(() => {
    globalThis.indexedDB = new IDBFactory();
  });
  afterEach(() => closeSnippetDb());

  it('changes nothing until the plan is applied, then applies it in one go', async () => {
    const a = await putSnippet(text('ที่อยู่', 'ถนนราชดำเนิน', { id: 'a' }));
    const file = exportSnippets([
      { ...a, text: 'ถนนพหลโยธิน' } as Snippet,
      text('ใหม่ 1', 'x', { id: 'n1' }),
      text('ใหม่ 2', 'y', { id: 'n2' }),
    ]);
    const r = parseImport(file);
    if (!r.ok) throw new Error(importText(r, 'en'));
    const before = await listSnippets();
    const plan = mergeImport(before, r.snippets);
    const writes = planImportWrites(before, plan, 'keep-both');
    expect(await listSnippets()).toEqual(before);

    await putSnippets(writes);
    // Thai dictionary order: ใหม่ sorts under ห, after ท.
    expect((await listSnippets()).map((s) => s.name)).toEqual(['ที่อยู่', 'ที่อยู่ (นำเข้า)', 'ใหม่ 1', 'ใหม่ 2']);
  });
});
