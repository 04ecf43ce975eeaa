import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDBFactory } from 'fake-indexeddb';
import { openDB } from 'idb';
import {
  SNIPPET_DB_NAME,
  clearAll,
  closeSnippetDb,
  deleteSnippet,
  duplicateSnippet,
  getSnippet,
  listSnippets,
  markUsed,
  onSnippetsChanged,
  openSnippetDb,
  putSnippet,
  putSnippets,
  restoreSnippet,
  searchSnippets,
} from '@/utils/snippets/db';
import { SnippetStoreError } from '@/utils/snippets/errors';
import { SnippetSchema, newFormSnippet, newTextSnippet, type Snippet } from '@/utils/snippets/schema';
import { errorText } from './i18n-render';

function text(name: string, body: string, extra: Partial<Snippet> = {}): Snippet {
  return { ...newTextSnippet({ name, text: body }, 1_000), ...extra } as Snippet;
}

const progressForm = () =>
  newFormSnippet(
    {
      name: 'รายงานความก้าวหน้า ไตรมาส 2',
      tags: ['รายไตรมาส'],
      source: { screen: 'progressReport', path: '/project/progress' },
      fields: [
        { label: 'เป้าหมาย', section: ['ยุทธศาสตร์ชาติ'], kind: 'text', value: 'ประชาชนมีความมั่นคงปลอดภัย' },
        { label: 'เป้าหมาย', section: ['แผนแม่บทภายใต้ยุทธศาสตร์ชาติ'], kind: 'text', value: 'ลดอาชญากรรม' },
        { label: 'ความก้าวหน้า (%)', section: [], kind: 'slider', value: '50' },
        { label: 'แนบเอกสาร', section: [], kind: 'checkbox', value: '', checked: true },
      ],
    },
    2_000,
  );

/** Reject reason of a promise, asserted to be a SnippetStoreError. */
async function storeError(p: Promise<unknown>): Promise<SnippetStoreError> {
  const e = await p.then(
    () => {
      throw new Error('expected a rejection');
    },
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(SnippetStoreError);
  return e as SnippetStoreError;
}

beforeEach(async () => {
  await closeSnippetDb();
  globalThis.indexedDB = new IDBFactory(); // a fresh, empty browser for every test
});

afterEach(async () => {
  vi.restoreAllMocks();
  await closeSnippetDb();
});

describe('schema upgrade', () => {
  it('migrates a v1 database: records get defaults, indexes exist', async () => {
    const v1 = await openDB(SNIPPET_DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('snippets', { keyPath: 'id' });
      },
    });
    await v1.put('snippets', { id: 'a', name: ' ที่อยู่หน่วยงาน ', text: 'ถนนราชดำเนินนอก', createdAt: 1_600_000_000_000 });
    await v1.put('snippets', { id: 'b', name: 'ผู้ประสานงาน', text: 'นางสาวสมใจ', createdAt: 1_600_000_001_000 });
    v1.close();

    const db = await openSnippetDb();
    expect(db.version).toBe(2);
    const store = db.transaction('snippets').store;
    expect([...store.indexNames].sort()).toEqual(['by-name', 'by-tag', 'by-updatedAt', 'by-usedAt']);
    expect(store.index('by-tag').multiEntry).toBe(true);

    const a = await db.get('snippets', 'a');
    expect(a).toEqual({
      id: 'a',
      kind: 'text',
      name: 'ที่อยู่หน่วยงาน',
      text: 'ถนนราชดำเนินนอก',
      tags: [],
      source: { screen: 'other' },
      createdAt: 1_600_000_000_000,
      updatedAt: 1_600_000_000_000,
      usedAt: null,
      useCount: 0,
    });
    expect(SnippetSchema.safeParse(a).success).toBe(true);
    expect((await db.getAllFromIndex('snippets', 'by-name', 'ผู้ประสานงาน')).map((s) => s.id)).toEqual(['b']);
    expect((await listSnippets()).map((s) => s.id).sort()).toEqual(['a', 'b']);
  });

  it('creates v2 directly on a fresh install', async () => {
    const db = await openSnippetDb();
    expect(db.version).toBe(2);
    expect([...db.objectStoreNames]).toEqual(['snippets']);
    expect(await listSnippets()).toEqual([]);
  });

  it('migrated records work with the v2 API', async () => {
    const v1 = await openDB(SNIPPET_DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('snippets', { keyPath: 'id' });
      },
    });
    await v1.put('snippets', { id: 'old', name: 'เก่า', text: 'ข้อความเดิม', createdAt: 5 });
    v1.close();
    const used = await markUsed('old', 10);
    expect(used).toMatchObject({ useCount: 1, usedAt: 10, updatedAt: 5 });
    const db = await openSnippetDb();
    expect((await db.getAllFromIndex('snippets', 'by-usedAt')).map((s) => s.id)).toEqual(['old']);
  });

  it('reports a blocked upgrade instead of hanging, and recovers once the old page closes', async () => {
    const v1 = await openDB(SNIPPET_DB_NAME, 1, {
      upgrade(db) {
        db.createObjectStore('snippets', { keyPath: 'id' });
      },
    }); // an old page that never closes its connection
    const e = await storeError(openSnippetDb());
    expect(e.code).toBe('blocked');
    expect(errorText(e)).toMatch(/รุ่นเก่า/);
    v1.close();
    await new Promise((r) => setTimeout(r, 10));
    expect((await openSnippetDb()).version).toBe(2);
  });

  it('steps aside when a newer version opens the database (blocking)', async () => {
    await putSnippet(text('ก', 'ข'));
    const changed = vi.fn();
    onSnippetsChanged(changed);
    const newer = await openDB(SNIPPET_DB_NAME, 3, { upgrade() {} }); // would hang if we kept our connection
    expect(newer.version).toBe(3);
    expect(changed).toHaveBeenCalled();
    const e = await storeError(listSnippets());
    expect(e.code).toBe('unavailable');
    expect(errorText(e)).toMatch(/รุ่นที่ใหม่กว่า/);
    newer.close();
  });
});

describe('CRUD', () => {
  it('puts, gets, lists by name or recent use', async () => {
    const b = await putSnippet(text('ข งบประมาณ', 'หนึ่ง'), 100);
    const a = await putSnippet(text('ก ผู้รับผิดชอบ', 'สอง'), 200);
    expect(b.updatedAt).toBe(100);
    expect(await getSnippet(a.id)).toEqual(a);
    expect((await listSnippets()).map((s) => s.name)).toEqual(['ก ผู้รับผิดชอบ', 'ข งบประมาณ']);
    await markUsed(b.id, 300);
    expect((await listSnippets({ order: 'recent' })).map((s) => s.name)).toEqual(['ข งบประมาณ', 'ก ผู้รับผิดชอบ']);
  });

  it('keeps form snippets with sections, kinds and page order', async () => {
    const f = await putSnippet(progressForm());
    await closeSnippetDb(); // read back from IndexedDB, not from the cache
    const back = await getSnippet(f.id);
    expect(back).toEqual(f);
    expect(back?.kind === 'form' && back.fields.map((x) => x.section[0] ?? '')).toEqual([
      'ยุทธศาสตร์ชาติ',
      'แผนแม่บทภายใต้ยุทธศาสตร์ชาติ',
      '',
      '',
    ]);
  });

  it('stores snippet text as data, byte for byte', async () => {
    const html = '<img src=x onerror="alert(1)"> & {ปีงบประมาณ}\n  บรรทัดสอง  ';
    const s = await putSnippet(text('html', html));
    await closeSnippetDb();
    const back = await getSnippet(s.id);
    expect(back?.kind === 'text' && back.text).toBe(html);
  });

  it('updates in place and hands out frozen objects', async () => {
    const s = await putSnippet(text('ชื่อ', 'เดิม'), 1);
    const edited = await putSnippet({ ...s, text: 'ใหม่' } as Snippet, 2);
    expect(edited).toMatchObject({ id: s.id, text: 'ใหม่', createdAt: s.createdAt, updatedAt: 2 });
    expect(await listSnippets()).toHaveLength(1);
    const [got] = await listSnippets();
    expect(Object.isFrozen(got)).toBe(true);
    expect(Object.isFrozen(got!.tags)).toBe(true);
  });

  it('rejects invalid snippets with code "invalid" and the bad paths', async () => {
    let e = await storeError(putSnippet({ ...text('x', 'y'), name: '   ' }));
    expect(e.code).toBe('invalid');
    expect(e.paths).toEqual(['name']);
    expect(errorText(e)).toMatch(/name: ต้องไม่เว้นว่าง/);

    const big = progressForm();
    const fields = Array.from({ length: 501 }, () => big.fields[0]!);
    e = await storeError(putSnippet({ ...big, fields }));
    expect(e.code).toBe('invalid');
    expect(e.paths).toEqual(['fields']);

    e = await storeError(putSnippet({ ...text('x', 'y'), text: 'ก'.repeat(20_001) } as Snippet));
    expect(e.paths).toEqual(['text']);
    expect(await listSnippets()).toEqual([]);
  });

  it('deletes, returning the record, and restores it exactly (undo)', async () => {
    const s = await putSnippet(text('ที่อยู่', 'กรุงเทพฯ', { tags: ['ติดต่อ'] }), 50);
    await markUsed(s.id, 60);
    const deleted = await deleteSnippet(s.id);
    expect(deleted).toMatchObject({ id: s.id, useCount: 1, usedAt: 60, updatedAt: 50 });
    expect(await getSnippet(s.id)).toBeUndefined();
    expect(await searchSnippets('ที่อยู่')).toEqual([]);

    await restoreSnippet(deleted);
    expect(await getSnippet(s.id)).toEqual(deleted);
    await closeSnippetDb();
    expect(await getSnippet(s.id)).toEqual(deleted);
  });

  it('reports not-found for missing ids', async () => {
    expect((await storeError(deleteSnippet('nope'))).code).toBe('not-found');
    expect((await storeError(markUsed('nope'))).code).toBe('not-found');
    expect((await storeError(duplicateSnippet('nope'))).code).toBe('not-found');
  });

  it('duplicates with a new id, a "(สำเนา)" name and fresh counts', async () => {
    const f = await putSnippet(progressForm(), 10);
    await markUsed(f.id, 20);
    const c1 = await duplicateSnippet(f.id, 30);
    const c2 = await duplicateSnippet(f.id, 40);
    expect(c1.id).not.toBe(f.id);
    expect(c1.name).toBe('รายงานความก้าวหน้า ไตรมาส 2 (สำเนา)');
    expect(c2.name).toBe('รายงานความก้าวหน้า ไตรมาส 2 (สำเนา 2)');
    expect(c1).toMatchObject({ createdAt: 30, updatedAt: 30, usedAt: null, useCount: 0 });
    expect(c1.kind === 'form' && f.kind === 'form' && c1.fields).toEqual(f.kind === 'form' && f.fields);
    expect(await listSnippets()).toHaveLength(3);
  });

  it('marks use: count and usedAt change, content and updatedAt do not', async () => {
    const s = await putSnippet(text('a', 'b'), 5);
    await markUsed(s.id, 6);
    const again = await markUsed(s.id, 7);
    expect(again).toMatchObject({ useCount: 2, usedAt: 7, updatedAt: 5, text: 'b' });
    await closeSnippetDb();
    expect(await getSnippet(s.id)).toMatchObject({ useCount: 2, usedAt: 7 });
  });

  it('clears everything', async () => {
    await putSnippet(text('a', 'b'));
    await putSnippet(text('c', 'd'));
    await clearAll();
    expect(await listSnippets()).toEqual([]);
    await closeSnippetDb();
    expect(await listSnippets()).toEqual([]);
  });
});

describe('write failures are never silent', () => {
  const quota = () => new DOMException('The quota has been exceeded.', 'QuotaExceededError');

  it('surfaces QuotaExceededError as code "quota" with a Thai message, and stores nothing', async () => {
    const kept = await putSnippet(text('เดิม', 'ยังอยู่'));
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(() => {
      throw quota();
    });
    const e = await storeError(putSnippet(text('ใหม่', 'ไม่ควรถูกบันทึก')));
    expect(e.code).toBe('quota');
    expect(errorText(e)).toMatch(/พื้นที่จัดเก็บ.*เต็ม/);
    expect(errorText(e, 'en')).toMatch(/storage is full/);
    expect(e.toJSON()).toMatchObject({ code: 'quota' });
    expect((await storeError(markUsed(kept.id))).code).toBe('quota');
    vi.restoreAllMocks();

    expect((await listSnippets()).map((s) => s.name)).toEqual(['เดิม']); // cache untouched
    expect(await getSnippet(kept.id)).toMatchObject({ useCount: 0 });
    await closeSnippetDb();
    expect((await listSnippets()).map((s) => s.name)).toEqual(['เดิม']); // and the database too
  });

  it('maps other failures to "write-failed"', async () => {
    vi.spyOn(IDBObjectStore.prototype, 'delete').mockImplementation(() => {
      throw new DOMException('boom', 'UnknownError');
    });
    const s = await putSnippet(text('a', 'b'));
    const e = await storeError(deleteSnippet(s.id));
    expect(e.code).toBe('write-failed');
    expect(errorText(e)).toMatch(/บันทึกไม่สำเร็จ/);
    vi.restoreAllMocks();
    expect(await getSnippet(s.id)).toBeDefined();
  });

  it('putSnippets is all or nothing: a failure on the third record leaves the store as it was', async () => {
    await putSnippet(text('เดิม', 'x'));
    const put = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 3) throw quota();
      return put.apply(this, args as Parameters<typeof put>);
    });
    const batch = ['1', '2', '3', '4'].map((n) => text(`นำเข้า ${n}`, n));
    expect((await storeError(putSnippets(batch))).code).toBe('quota');
    vi.restoreAllMocks();
    await closeSnippetDb();
    expect((await listSnippets()).map((s) => s.name)).toEqual(['เดิม']);

    await putSnippets(batch);
    expect(await listSnippets()).toHaveLength(5);
  });

  it('putSnippets validates every record before writing any', async () => {
    const e = await storeError(putSnippets([text('ok', 'x'), { ...text('bad', 'y'), useCount: -1 }]));
    expect(e.code).toBe('invalid');
    expect(e.paths).toEqual(['1.useCount']);
    expect(await listSnippets()).toEqual([]);
  });
});

describe('search', () => {
  beforeEach(async () => {
    await putSnippets([
      text('รายงานผลการดำเนินงาน ไตรมาส 1', 'ดำเนินการตามแผนครบถ้วน', { id: 'report', tags: ['รายไตรมาส'] }),
      text('ที่อยู่หน่วยงาน', 'ถนนราชดำเนินนอก เขตพระนคร', { id: 'address', tags: ['ติดต่อ'] }),
      text('KPI summary', 'ตัวชี้วัดผ่านเกณฑ์ร้อยละ 80', { id: 'kpi', tags: ['ความมั่นคง'] }),
      { ...progressForm(), id: 'form' },
    ]);
  });

  const ids = async (q: string, opts?: Parameters<typeof searchSnippets>[1]) =>
    (await searchSnippets(q, opts)).map((s) => s.id);

  it('matches Thai names with or without spaces, and Thai digits', async () => {
    expect(await ids('ผลการดำเนินงาน')).toEqual(['report']);
    expect(await ids('ผลการ ดำเนิน งาน')).toEqual(['report']);
    expect(await ids('ผลการดำเนินงานไตรมาส1')).toEqual(['report']);
    expect(await ids('ไตรมาส ๑')).toEqual(['report']);
  });

  it('is case-insensitive for Latin text', async () => {
    expect(await ids('kpi')).toEqual(['kpi']);
    expect(await ids('  Kpi   SUMMARY ')).toEqual(['kpi']);
  });

  it('searches tags, text, and form labels, sections and values', async () => {
    expect(await ids('มั่นคง')).toEqual(['kpi', 'form']); // tag beats a form value
    expect(await ids('ติดต่อ')).toEqual(['address']);
    expect(await ids('เขตพระนคร')).toEqual(['address']);
    expect(await ids('ลดอาชญากรรม')).toEqual(['form']);
    expect(await ids('แผนแม่บท')).toEqual(['form']);
  });

  it('ranks name matches above body matches, and matches words spread over fields', async () => {
    // Both names contain it: the more recently used wins, then the more recently edited.
    expect(await ids('ไตรมาส')).toEqual(['form', 'report']);
    await markUsed('report');
    expect(await ids('ไตรมาส')).toEqual(['report', 'form']);
    expect(await ids('ความมั่นคงปลอดภัย')).toEqual(['form']);
    expect(await ids('ที่อยู่ ราชดำเนิน')).toEqual(['address']); // name + text
    expect(await ids('ดำเนิน')).toEqual(['report', 'address']);
  });

  it('honours limit and kind; an empty query lists by recent use', async () => {
    expect(await ids('า', { limit: 2 })).toHaveLength(2);
    expect(await ids('ไตรมาส', { kind: 'form' })).toEqual(['form']);
    await markUsed('address');
    expect((await ids(''))[0]).toBe('address');
    expect(await ids('ไม่มีคำนี้')).toEqual([]);
  });

  it('follows writes: put, delete and clear', async () => {
    const n = await putSnippet(text('เบอร์โทร', '02 123 4567'));
    expect(await ids('เบอร์')).toEqual([n.id]);
    await deleteSnippet(n.id);
    expect(await ids('เบอร์')).toEqual([]);
    await clearAll();
    expect(await ids('')).toEqual([]);
  });

  it('reloads when another extension page reports a change', async () => {
    expect(await ids('อีเมล')).toEqual([]);
    // Another page writes directly and announces it on the channel.
    const other = await openDB(SNIPPET_DB_NAME, 2);
    await other.put('snippets', text('อีเมลหน่วยงาน', 'saraban@example.go.th', { id: 'mail' }));
    other.close();
    const changed = new Promise<void>((resolve) => onSnippetsChanged(resolve));
    const ch = new BroadcastChannel('emenscr-assistant:snippets');
    ch.postMessage({ type: 'changed' });
    await changed;
    ch.close();
    expect(await ids('อีเมล')).toEqual(['mail']);
  });
});
