/**
 * Variables in text snippets, filled at insert time:
 *   {ปีงบประมาณ} {fiscalYear}   fiscal year (Buddhist era), e.g. 2569
 *   {ไตรมาส} {quarter}           quarter of the fiscal year, 1–4
 *   {วันที่} {today}              today's date in Thai, e.g. "21 พฤศจิกายน 2569"
 *   {ถาม:หัวข้อ} {ask:label}      asks the user for a value when inserting
 * Names ignore case and spaces ({ ปีงบ ประมาณ }, {FiscalYear}). `{{` and `}}` are literal
 * braces. Anything else in braces — unknown names, `{ถาม:}` without a topic, a prompt
 * with no answer — stays exactly as typed, so nothing the user wrote is lost.
 * Values are inserted as plain text; the calendar is injected, so this module stays pure.
 */
import { matchKey } from '@/utils/text';

export type VariableId = 'fiscalYear' | 'quarter' | 'today' | 'ask';

export interface VariableInfo {
  id: VariableId;
  /** how to type it, Thai and English (its description: message `snip.var.<id>`) */
  th: string;
  en: string;
}

/** For the editor's "insert variable" menu and help text. */
export const VARIABLES: readonly VariableInfo[] = [
  {
    id: 'fiscalYear',
    th: '{ปีงบประมาณ}',
    en: '{fiscalYear}',
  },
  {
    id: 'quarter',
    th: '{ไตรมาส}',
    en: '{quarter}',
  },
  {
    id: 'today',
    th: '{วันที่}',
    en: '{today}',
  },
  {
    id: 'ask',
    th: '{ถาม:หัวข้อ}',
    en: '{ask:label}',
  },
];

const ALIASES: Record<string, VariableId> = {};
for (const [id, names] of [
  ['fiscalYear', ['ปีงบประมาณ', 'ปีงบ', 'fiscalYear']],
  ['quarter', ['ไตรมาส', 'quarter']],
  ['today', ['วันที่', 'วันนี้', 'today', 'date']],
  ['ask', ['ถาม', 'ask']],
] as const) {
  for (const n of names) ALIASES[matchKey(n)] = id;
}

export interface VariableContext {
  /** Buddhist era, e.g. 2569 */
  fiscalYear: number;
  /** 1–4 */
  quarter: number;
  today: Date;
  /** prompt label → what the user typed */
  answers: Record<string, string>;
  /** Thai date, e.g. "21 พฤศจิกายน 2569" (from utils/calendar) */
  formatDate: (d: Date) => string;
}

type Token =
  | { type: 'text'; raw: string }
  | { type: 'var'; raw: string; id: Exclude<VariableId, 'ask'> }
  | { type: 'ask'; raw: string; label: string };

// `{{` and `}}` first, so an escaped brace never opens a variable; a variable has no braces or newline inside.
const PATTERN = /\{\{|\}\}|\{([^{}\n]*)\}/g;

function classify(raw: string, inner: string): Token {
  const colon = inner.search(/[:：]/);
  const name = ALIASES[matchKey(colon < 0 ? inner : inner.slice(0, colon))];
  if (name === 'ask' && colon >= 0) {
    const label = inner.slice(colon + 1).trim();
    if (label) return { type: 'ask', raw, label };
  } else if (name && name !== 'ask' && colon < 0) {
    return { type: 'var', raw, id: name };
  }
  return { type: 'text', raw };
}

function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(PATTERN)) {
    if (m.index > last) out.push({ type: 'text', raw: text.slice(last, m.index) });
    if (m[0] === '{{') out.push({ type: 'text', raw: '{' });
    else if (m[0] === '}}') out.push({ type: 'text', raw: '}' });
    else out.push(classify(m[0], m[1] ?? ''));
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ type: 'text', raw: text.slice(last) });
  return out;
}

/** Whether the text uses any variable (known or prompt), i.e. needs expanding before insert. */
export function hasVariables(text: string): boolean {
  return tokenize(text).some((t) => t.type !== 'text');
}

/**
 * The prompts the user must answer before the text can be inserted: labels in order of
 * first appearance, each once (labels equal up to case and spaces count as one).
 */
export function findVariables(text: string): string[] {
  const seen = new Set<string>();
  const labels: string[] = [];
  for (const t of tokenize(text)) {
    if (t.type !== 'ask') continue;
    const key = matchKey(t.label);
    if (seen.has(key)) continue;
    seen.add(key);
    labels.push(t.label);
  }
  return labels;
}

function answerFor(label: string, answers: Record<string, string>): string | undefined {
  if (Object.hasOwn(answers, label)) return answers[label];
  const key = matchKey(label);
  for (const [k, v] of Object.entries(answers)) if (matchKey(k) === key) return v;
  return undefined;
}

/** The text with variables filled in and `{{`/`}}` turned into single braces. */
export function expandVariables(text: string, ctx: VariableContext): string {
  let out = '';
  for (const t of tokenize(text)) {
    if (t.type === 'text') out += t.raw;
    else if (t.type === 'ask') out += answerFor(t.label, ctx.answers) ?? t.raw;
    else if (t.id === 'fiscalYear') out += String(ctx.fiscalYear);
    else if (t.id === 'quarter') out += String(ctx.quarter);
    else out += ctx.formatDate(ctx.today);
  }
  return out;
}
