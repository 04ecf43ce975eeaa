/** cleanText remembers short texts (utils/text.ts): the remembered answer is the computed one, every time. */
import { describe, expect, it } from 'vitest';
import { cleanText, isGlyphText } from '@/utils/text';

describe('cleanText memo', () => {
  const cases: [string, string][] = [
    ['  ผล\u200Bการ   ดำเนินงาน \n', 'ผลการ ดำเนินงาน'],
    ['ปี ๒๕๖๘', 'ปี 2568'],
    ['e\u0301\u00A0\u00A0x', 'é x'],
    ['', ''],
  ];
  it('answers the same on the first and later calls', () => {
    for (const [input, out] of cases) {
      expect(cleanText(input)).toBe(out);
      expect(cleanText(input)).toBe(out);
    }
  });

  it('long texts (not remembered) and a full memo (cleared) still answer right', () => {
    const long = ' ๑ '.repeat(400);
    expect(cleanText(long)).toBe(Array(400).fill('1').join(' '));
    for (let i = 0; i < 20_050; i++) expect(cleanText(` t${i} `)).toBe(`t${i}`);
    for (const [input, out] of cases) expect(cleanText(input)).toBe(out);
  });
});

describe('isGlyphText: what an icon-only control shows', () => {
  it('a few marks and no letter or digit', () => {
    expect(['×', ' ✕ ', '▾', '✓', '«»'].map(isGlyphText)).toEqual([true, true, true, true, true]);
    expect(['', '   ', 'x', 'ส่ง', '1', '× ไตรมาสที่ 4', '→→→→→→→→→'].map(isGlyphText)).toEqual([false, false, false, false, false, false, false]);
  });
});
