/**
 * The one i18n system. Manifest strings live in public/_locales (th default, en); every
 * other user-visible string is a message id + parameters rendered here in the user's
 * language (the settings' `language`, switchable at run time, which chrome.i18n cannot).
 *
 * - A message text holds $1, $2 … for its parameters.
 * - A parameter may itself be a message (`Msg`), rendered in the same language: stores,
 *   validators and the background hand plain `Msg` data around (safe for runtime messages
 *   and storage) and only the view renders it, so nothing is fixed to Thai or English early.
 * - '@or' and '@and' are built in: their parameters joined as a list by Intl.ListFormat.
 * - A text may depend on a count: `{ one: '$1 snippet', other: '$1 snippets' }`, chosen by
 *   Intl.PluralRules of the language for the parameter named by `n` (default: the first
 *   number). Thai has one form (`other`).
 * Dates, times, relative days and numbers: ./format.ts (Intl, Buddhist-era years).
 * Areas register their sets with addMessages (./messages/*.ts), so a bundle carries only
 * the strings it shows.
 */
import { checklist } from './messages/checklist';
import { screens } from './messages/screens';

export type Lang = 'th' | 'en';

export type { PluralText, Text, Dict, MessageSet } from './types';
import type { Dict, MessageSet, PluralText, Text } from './types';

/** A message to show: plain data (no functions), so it can cross runtime messages and storage. */
export interface Msg {
  id: string;
  params?: Param[];
}
export type Param = string | number | Msg;

const sets: MessageSet[] = [checklist, screens];
let lang: Lang = 'th';

/** Register an area's messages (options page, guard, snippets…); later sets win on equal keys. */
export function addMessages(set: MessageSet): void {
  if (!sets.includes(set)) sets.push(set);
}

export function setLang(next: Lang): void {
  lang = next === 'en' ? 'en' : 'th';
}

export function getLang(): Lang {
  return lang;
}

/** A message value, for code that builds messages without showing them (stores, validators). */
export function msg(id: string, ...params: Param[]): Msg {
  return params.length ? { id, params } : { id };
}

export function isMsg(v: unknown): v is Msg {
  return typeof v === 'object' && v !== null && typeof (v as Msg).id === 'string';
}

function lookup(key: string): Text | undefined {
  let text: Text | undefined;
  for (let i = sets.length - 1; i >= 0 && text === undefined; i--) {
    // a key missing in English falls back to Thai: a gap the i18n unit test reports
    text = sets[i]![lang][key] ?? sets[i]!.th[key];
  }
  return text;
}

const pluralRules: Partial<Record<Lang, Intl.PluralRules>> = {};

function pick(text: PluralText, params: readonly Param[]): string {
  const count = text.n !== undefined ? params[text.n - 1] : params.find((p) => typeof p === 'number');
  const n = typeof count === 'number' ? count : Number(count);
  const rules = (pluralRules[lang] ??= new Intl.PluralRules(lang));
  const form = Number.isFinite(n) ? rules.select(n) : 'other';
  return text[form] ?? text.other;
}

function param(p: Param | undefined): string {
  if (p === undefined) return '';
  return typeof p === 'object' ? render(p) : String(p);
}

const lists: Record<string, Intl.ListFormat> = {};

/** Built-in messages: '@or' and '@and' join their parameters as a list ("a, b or c" / "a, b หรือ c"). */
function list(type: 'disjunction' | 'conjunction', params: readonly Param[]): string {
  const f = (lists[`${lang}:${type}`] ??= new Intl.ListFormat(lang, { type }));
  return f.format(params.map(param));
}

/** The text of message `key` in the current language, parameters substituted. Unknown keys render as the key. */
export function t(key: string, ...params: Param[]): string {
  if (key === '@or') return list('disjunction', params);
  if (key === '@and') return list('conjunction', params);
  const text = lookup(key);
  if (text === undefined) return key;
  const s = typeof text === 'string' ? text : pick(text, params);
  return s.replace(/\$(\d)/g, (_, n: string) => param(params[Number(n) - 1]));
}

/** Render a message value (or pass a string through). */
export function render(m: Msg | string): string {
  return typeof m === 'string' ? m : t(m.id, ...(m.params ?? []));
}
