/**
 * zod issues → short messages (id + parameters, utils/i18n/messages/validation.ts) that
 * name the bad place ("snippets.3.name: ต้องไม่เว้นว่าง"). zod's own Thai locale leaves
 * type names in English ("string", "array"); agency staff need "ข้อความ" and "ไม่มีข้อมูล",
 * so the wording is ours, in both languages. Parse with `{ reportInput: true }` so a missing
 * field can be told from a wrong-typed one.
 */
import type * as z from 'zod';
import { msg, type Msg } from '@/utils/i18n';

const TYPES = new Set(['string', 'number', 'boolean', 'array', 'object', 'null', 'undefined']);

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function typeName(t: string): Msg | string {
  return TYPES.has(t) ? msg(`type.${t}`) : t;
}

/** "a" or "b" (Intl.ListFormat, in the user's language). */
function oneOf(values: readonly unknown[]): Msg {
  return msg('@or', ...values.map((v) => JSON.stringify(v)));
}

type Issue = z.core.$ZodIssue & { input?: unknown };

/**
 * Text-direction controls (U+202A–U+202E embeddings and overrides, U+2066–U+2069 isolates).
 * In a name they make "ส่งรายงาน\u202Eรหัส" display reversed or disguised (the "Trojan
 * Source" trick), so names refuse them; text bodies keep them (they may be meant).
 */
const BIDI_CONTROL = /[\u202A-\u202E\u2066-\u2069]/;

export function hasBidiControl(s: string): boolean {
  return BIDI_CONTROL.test(s);
}

/** For zod's refine on a name: `.refine(noBidiControl, BIDI_REFUSAL)`. */
export const noBidiControl = (s: string): boolean => !BIDI_CONTROL.test(s);
export const BIDI_REFUSAL = { params: { code: 'bidi' } } as const;

/** What is wrong, without the place. */
export function issueMsg(issue: Issue): Msg {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return msg('issue.missing', typeName(issue.expected));
      return msg('issue.type', typeName(issue.expected), typeName(typeOf(issue.input)));
    case 'too_big':
      if (issue.origin === 'string') return msg('issue.tooLong', Number(issue.maximum));
      if (issue.origin === 'array') return msg('issue.tooMany', Number(issue.maximum));
      return msg('issue.tooBig', Number(issue.maximum));
    case 'too_small':
      if (issue.origin === 'string') return Number(issue.minimum) <= 1 ? msg('issue.empty') : msg('issue.tooShort', Number(issue.minimum));
      if (issue.origin === 'array') return msg('issue.tooFew', Number(issue.minimum));
      return msg('issue.tooSmall', Number(issue.minimum));
    case 'invalid_value':
      return msg('issue.oneOf', oneOf(issue.values));
    case 'invalid_union':
      if ('discriminator' in issue && issue.discriminator) {
        return msg('issue.oneOf', oneOf((issue as { options?: unknown[] }).options ?? []));
      }
      return msg('issue.union');
    case 'invalid_format':
      return msg(issue.format === 'datetime' ? 'issue.datetime' : 'issue.format');
    case 'custom':
    {
      const params = issue.params as { code?: string; max?: number } | undefined;
      if (params?.code === 'bidi') return msg('issue.bidi');
      if (params?.code === 'tooManyEntries') return msg('issue.tooMany', Number(params.max));
      return msg('issue.invalid');
    }
    case 'unrecognized_keys':
      return msg('issue.unknownKeys', issue.keys.join(', '));
    default:
      return msg('issue.invalid');
  }
}

/** The bad place as a path ("snippets.3.name"); '' = the whole value. */
export function issuePath(issue: { path: PropertyKey[] }, prefix = ''): string {
  const p = issue.path.map(String).join('.');
  return prefix && p ? `${prefix}.${p}` : prefix || p;
}

/** "path: what" ("(ทั้งไฟล์)" / "(whole file)" for the whole value). */
export function atPath(path: string, what: Msg): Msg {
  return msg('issue.at', path || msg('issue.wholeFile'), what);
}

export interface DescribedIssues {
  /** one message per bad place, at most `max`, then "and n more" */
  lines: Msg[];
  /** every bad place */
  paths: string[];
}

/** At most `max` lines are spelled out; `paths` always lists every bad place. */
export function describeIssues(issues: readonly Issue[], prefix = '', max = 10): DescribedIssues {
  const paths = issues.map((i) => issuePath(i, prefix));
  const lines = issues.slice(0, max).map((i, n) => atPath(paths[n]!, issueMsg(i)));
  return { lines: limitLines(lines, issues.length), paths: Array.from(new Set(paths.map((p) => p || '(root)'))) };
}

/** `lines` followed by "and n more" when `total` is larger. */
export function limitLines(lines: Msg[], total: number): Msg[] {
  return total > lines.length ? [...lines, msg('issue.more', total - lines.length)] : lines;
}
