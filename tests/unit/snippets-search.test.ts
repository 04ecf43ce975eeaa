import { describe, expect, it } from 'vitest';
import { matchKey } from '@/utils/text';
import { SnippetIndex, searchKey } from '@/utils/snippets/search';
import { newFormSnippet, newTextSnippet, type Snippet } from '@/utils/snippets/schema';

/** The one-byte packing searchKey applies on top of matchKey (see search.ts). */
function pack(key: string): string {
  return Array.from(key, (ch) => {
    const c = ch.charCodeAt(0);
    if (c >= 0x0e00 && c <= 0x0e7f) return String.fromCharCode(c - 0x0e00 + 0x80);
    if (c >= 0x80 && c <= 0xff) return String.fromCharCode(c + 0xe000);
    return ch;
  }).join('');
}

const SAMPLES = [
  'รายงานผลการดำเนินงาน ไตรมาส ๑ ปี ๒๕๖๙',
  '  เป้าหมาย* :  ',
  'ชื่อ\u200Bโครงการ\u00A0ที่\u2060ขอ\uFEFFรับ\u00ADงบ',
  'KPI Summary：ร้อยละ 80',
  'Café ° × ½ « » © é',
  'e\u0301 (NFD) และ ก\u0E49\u0E33 ข\u0E4D\u0E32',
  'แท็บ\tขึ้นบรรทัด\nใหม่\r\n\u3000\u2003ช่องว่างแปลก',
  '',
];

describe('searchKey', () => {
  it('is matchKey from utils/text, packed to one byte per Thai character', () => {
    for (const s of SAMPLES) expect(searchKey(s), JSON.stringify(s)).toBe(pack(matchKey(s)));
  });

  it('keeps Thai and Latin-1 apart after packing', () => {
    expect(searchKey('°')).not.toBe(searchKey('\u0E30')); // ° (0xB0) vs ะ (U+0E30 → 0xB0)
    expect(searchKey('ก').charCodeAt(0)).toBeLessThan(0x100);
  });

  it('handles text longer than its buffer chunk', () => {
    const long = 'ก ข'.repeat(10_000);
    expect(searchKey(long)).toBe(pack(matchKey(long)));
  });
});

describe('SnippetIndex', () => {
  const t = (name: string, text: string, extra: Partial<Snippet> = {}) =>
    ({ ...newTextSnippet({ name, text }, 0), ...extra }) as Snippet;

  it('does not match across the boundary of two labels or tags', () => {
    const f = newFormSnippet({
      name: 'f',
      tags: ['งบ', 'ประมาณ'],
      fields: [
        { label: 'ชื่อ', section: [], kind: 'text', value: 'สมใจ' },
        { label: 'ใจดี', section: [], kind: 'text', value: '' },
      ],
    });
    // g holds the query as one run of text; f only has its words in separate tags/fields
    const g = t('g', 'งบประมาณ สมใจใจดี', { usedAt: 0 });
    const idx = new SnippetIndex([f, g]);
    // f is found only word by word (the lowest level), never as if its parts were one text
    expect(idx.search('งบประมาณ')).toEqual([g, f]);
    expect(idx.search('งบ ประมาณ')).toEqual([g, f]);
    expect(idx.search('สมใจใจดี')).toEqual([g, f]);
    expect(new SnippetIndex([f]).search('งบประมาณ', { limit: 1 })).toEqual([f]);
  });

  it('finds Thai words written without spaces, and with them (Intl.Segmenter)', () => {
    const spaced = t('ก', 'รายงาน ท่องเที่ยว');
    const apart = t('ข', 'รายงานผลการท่องเที่ยวเชิงวัฒนธรรม');
    const joined = t('ค', 'รายงานท่องเที่ยว');
    const other = t('ง', 'รายงานผลการดำเนินงาน');
    const idx = new SnippetIndex([spaced, apart, joined, other]);
    expect(new Set(idx.search('รายงานท่องเที่ยว'))).toEqual(new Set([spaced, apart, joined]));
    expect(new Set(idx.search('รายงาน ท่องเที่ยว'))).toEqual(new Set([spaced, apart, joined]));
    // whole-text matches rank above word-by-word ones
    expect(idx.search('รายงานท่องเที่ยว').at(-1)).toBe(apart);
  });

  it('fills the limit from the best level first, even when the best matches come last in recency', () => {
    const body = Array.from({ length: 30 }, (_, i) => t(`b${i}`, 'ค่าเป้าหมาย', { usedAt: 1_000 + i }));
    const named = Array.from({ length: 3 }, (_, i) => t(`ค่าเป้าหมาย ${i}`, 'x', { usedAt: i }));
    const idx = new SnippetIndex([...body, ...named]);
    const r = idx.search('ค่าเป้าหมาย', { limit: 5 });
    expect(r.map((s) => s.name)).toEqual(['ค่าเป้าหมาย 2', 'ค่าเป้าหมาย 1', 'ค่าเป้าหมาย 0', 'b29', 'b28']);
    expect(idx.search('ค่าเป้าหมาย', { limit: 0 })).toEqual([]);
  });

  it('an exact name beats a prefix, a prefix beats a substring', () => {
    const idx = new SnippetIndex([t('งบประมาณปี', '1'), t('ขอ งบประมาณ', '2'), t('งบประมาณ', '3')]);
    expect(idx.search('งบประมาณ').map((s) => s.name)).toEqual(['งบประมาณ', 'งบประมาณปี', 'ขอ งบประมาณ']);
  });

  it('reorders by recent use after a change', () => {
    const a = t('a', 'x', { usedAt: 1 });
    const b = t('b', 'x', { usedAt: 2 });
    const idx = new SnippetIndex([a, b]);
    expect(idx.list('recent').map((s) => s.name)).toEqual(['b', 'a']);
    idx.set({ ...a, usedAt: 3 });
    expect(idx.list('recent').map((s) => s.name)).toEqual(['a', 'b']);
    expect(idx.search('x').map((s) => s.name)).toEqual(['a', 'b']);
  });
});
