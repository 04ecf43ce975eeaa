import { afterEach, describe, expect, it } from 'vitest';
import { addMessages, msg, render, setLang, t, type MessageSet, type Text } from '@/utils/i18n';
import { atPath } from '@/utils/snippets/issues';
import { formatAgo, formatDate, formatDateTime, formatNumber, formatRelativeDays } from '@/utils/i18n/format';

/** Every message set in the code base, including sets added later by other areas. */
const modules = import.meta.glob<Record<string, unknown>>('/utils/i18n/messages/*.ts', { eager: true });
const sets: [string, MessageSet][] = [];
for (const [file, mod] of Object.entries(modules)) {
  for (const [name, value] of Object.entries(mod)) {
    if (value && typeof value === 'object' && 'th' in value && 'en' in value) sets.push([`${file}:${name}`, value as MessageSet]);
  }
}
for (const [, set] of sets) addMessages(set);

const THAI = /[\u0E00-\u0E7F]/;
/**
 * Thai allowed inside English messages: eMENSCR's own labels and option texts, which the
 * user sees on the Thai form and must recognise, and the variables users type in snippets.
 */
const EMENSCR_TERMS = ['ดำเนินการแล้วเสร็จ'];

function forms(text: Text): string[] {
  if (typeof text === 'string') return [text];
  return Object.entries(text)
    .filter(([k]) => k !== 'n')
    .map(([, v]) => String(v));
}

function placeholders(text: Text): string[] {
  return [...new Set(forms(text).flatMap((s) => s.match(/\$\d/g) ?? []))].sort();
}

afterEach(() => setLang('th'));

describe('message sets', () => {
  it('finds the sets', () => {
    expect(sets.length).toBeGreaterThanOrEqual(10);
  });

  it.each(sets)('%s: Thai and English have the same keys', (_name, set) => {
    expect(Object.keys(set.en).sort()).toEqual(Object.keys(set.th).sort());
  });

  it.each(sets)('%s: both languages use the same parameters', (_name, set) => {
    for (const key of Object.keys(set.th)) {
      if (!(key in set.en)) continue;
      // a plural form may leave the count implicit ("used once"): compare over all forms
      expect(placeholders(set.en[key]!), key).toEqual(placeholders(set.th[key]!));
    }
  });

  it.each(sets)('%s: English has no Thai text but eMENSCR terms', (_name, set) => {
    for (const [key, text] of Object.entries(set.en)) {
      for (const form of forms(text)) {
        let rest = form;
        for (const term of EMENSCR_TERMS) rest = rest.split(term).join('');
        expect(THAI.test(rest), `${key}: ${form}`).toBe(false);
      }
    }
  });

  it.each(sets)('%s: plural texts have an "other" form and a valid count parameter', (_name, set) => {
    for (const lang of ['th', 'en'] as const) {
      for (const [key, text] of Object.entries(set[lang])) {
        if (typeof text === 'string') continue;
        expect(typeof text.other, key).toBe('string');
        if (text.n !== undefined) expect(placeholders(text), key).toContain(`$${text.n}`);
      }
    }
  });
});

describe('t and render', () => {
  it('chooses the plural form by the language’s rules', () => {
    setLang('en');
    expect(t('lib.count', 1)).toBe('1 snippet');
    expect(t('lib.count', 2)).toBe('2 snippets');
    expect(t('lib.countFound', 1, 1)).toBe('1 of 1 snippet');
    expect(t('lib.countFound', 1, 5)).toBe('1 of 5 snippets');
    expect(t('lib.meta', '1 Jan', 1)).toBe('Edited 1 Jan · used once');
    setLang('th');
    expect(t('lib.count', 1)).toBe('ทั้งหมด 1 รายการ');
  });

  it('renders nested messages in the same language', () => {
    const m = msg('issue.at', 'snippets.2.kind', msg('issue.oneOf', msg('@or', '"text"', '"form"')));
    expect(render(m)).toBe('snippets.2.kind: ค่าไม่ถูกต้อง: ต้องเป็น "text" หรือ "form"');
    setLang('en');
    expect(render(m)).toBe('snippets.2.kind: invalid value: must be "text" or "form"');
  });

  it('messages are plain data (they cross runtime messages and storage)', () => {
    const m = atPath('', msg('profile.err.tooLarge', '2.0'));
    expect(JSON.parse(JSON.stringify(m))).toEqual(m);
    expect(render(JSON.parse(JSON.stringify(m)))).toBe('(ทั้งไฟล์): ไฟล์ใหญ่เกินไป (2.0 MB) ไฟล์โปรไฟล์ต้องไม่เกิน 1 MB');
  });

  it('an unknown key renders as itself (visible in review, never a crash)', () => {
    expect(t('no.such.key', 1)).toBe('no.such.key');
  });
});

describe('format', () => {
  const d = new Date(2026, 9, 10, 14, 5); // 10 Oct 2026 = 2569 BE

  it('dates carry the Buddhist-era year in both languages', () => {
    expect(formatDate(d, 'short', 'th')).toBe('10 ต.ค. 2569');
    expect(formatDate(d, 'long', 'th')).toBe('10 ตุลาคม 2569');
    expect(formatDate(d, 'short', 'en')).toBe('10 Oct 2569 BE');
    expect(formatDateTime(d, 'en')).toBe('10 Oct 2569 BE, 14:05');
    expect(THAI.test(formatDateTime(d, 'en'))).toBe(false);
  });

  it('relative days and time ago', () => {
    expect(formatRelativeDays(3, 'en')).toBe('in 3 days');
    expect(formatRelativeDays(0, 'en')).toBe('today');
    expect(formatRelativeDays(3, 'th')).toBe('ในอีก 3 วัน');
    const now = d.getTime();
    expect(formatAgo(now - 5 * 60_000, now, 'en')).toBe('5 minutes ago');
    expect(formatAgo(now - 26 * 3_600_000, now, 'en')).toBe('yesterday');
  });

  it('numbers', () => {
    expect(formatNumber(5000, 'en')).toBe('5,000');
    expect(formatNumber(5000, 'th')).toBe('5,000');
  });
});
