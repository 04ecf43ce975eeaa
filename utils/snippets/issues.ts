/**
 * zod issues → short Thai and English lines that name the bad place ("snippets.3.name").
 * zod's own Thai locale leaves type names in English ("string", "array"); agency staff
 * need "ข้อความ" and "ไม่มีข้อมูล", so the Thai wording is ours. Parse with
 * `{ reportInput: true }` so a missing field can be told from a wrong-typed one.
 */
import type * as z from 'zod';

const TYPE_TH: Record<string, string> = {
  string: 'ข้อความ',
  number: 'ตัวเลข',
  boolean: 'ค่าจริง/เท็จ (true/false)',
  array: 'รายการ (array)',
  object: 'ออบเจ็กต์ { }',
  null: 'ค่าว่าง (null)',
  undefined: 'ไม่มีข้อมูล',
};

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function thaiType(t: string): string {
  return TYPE_TH[t] ?? t;
}

type Issue = z.core.$ZodIssue & { input?: unknown };

export function issueTh(issue: Issue): string {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return `ไม่มีข้อมูลที่จำเป็น (ต้องเป็น${thaiType(issue.expected)})`;
      return `ชนิดข้อมูลไม่ถูกต้อง: ต้องเป็น${thaiType(issue.expected)} แต่พบ${thaiType(typeOf(issue.input))}`;
    case 'too_big':
      if (issue.origin === 'string') return `ยาวเกิน ${issue.maximum} ตัวอักษร`;
      if (issue.origin === 'array') return `มีเกิน ${issue.maximum} รายการ`;
      return `ค่ามากเกินไป (ไม่เกิน ${issue.maximum})`;
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? 'ต้องไม่เว้นว่าง' : `สั้นกว่า ${issue.minimum} ตัวอักษร`;
      if (issue.origin === 'array') return `ต้องมีอย่างน้อย ${issue.minimum} รายการ`;
      return `ค่าน้อยเกินไป (อย่างน้อย ${issue.minimum})`;
    case 'invalid_value':
      return `ค่าไม่ถูกต้อง: ต้องเป็น ${issue.values.map((v) => JSON.stringify(v)).join(' หรือ ')}`;
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        return `ค่าไม่ถูกต้อง: ต้องเป็น ${((issue as { options?: unknown[] }).options ?? []).map((v) => JSON.stringify(v)).join(' หรือ ')}`;
      }
      return 'ข้อมูลไม่ตรงกับรูปแบบที่รองรับ';
    case 'invalid_format':
      return issue.format === 'datetime' ? 'ต้องเป็นวันเวลาแบบ ISO เช่น 2026-11-21T09:00:00Z' : 'รูปแบบไม่ถูกต้อง';
    case 'unrecognized_keys':
      return `มีช่องข้อมูลที่ไม่รู้จัก: ${issue.keys.join(', ')}`;
    default:
      return 'ข้อมูลไม่ถูกต้อง';
  }
}

export function issuePath(issue: { path: PropertyKey[] }, prefix = ''): string {
  const p = issue.path.map(String).join('.');
  return prefix && p ? `${prefix}.${p}` : prefix || p || '(ทั้งไฟล์)';
}

export interface DescribedIssues {
  th: string;
  en: string;
  paths: string[];
}

/** At most `max` lines are spelled out; `paths` always lists every bad place. */
export function describeIssues(issues: readonly Issue[], prefix = '', max = 10): DescribedIssues {
  const paths = issues.map((i) => issuePath(i, prefix));
  const shown = issues.slice(0, max);
  const more = issues.length - shown.length;
  const th = shown.map((i, n) => `${paths[n]}: ${issueTh(i)}`);
  const en = shown.map((i, n) => `${paths[n]}: ${i.message}`);
  if (more > 0) {
    th.push(`และอีก ${more} จุด`);
    en.push(`and ${more} more`);
  }
  return { th: th.join('\n'), en: en.join('\n'), paths: Array.from(new Set(paths)) };
}
