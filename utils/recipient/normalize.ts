/**
 * Reading a recipient option: text → position keys. Pure; every eMENSCR word comes from
 * the profile (abbreviations, recipient variants, not-recipients, placeholders).
 *
 * A "key" is the matching form of a text: NFC, no zero-width characters, Arabic digits,
 * "ฯ" unified, abbreviations expanded, no spaces, Latin lower-cased.
 */
import type { Profile } from '../profile/schema';
import { cleanText, matchKey } from '../text';
import { CLUSTER_WORD, HONORIFICS, PLACE_PREFIXES, POSITION_LABELS, PROVINCES } from './thai';

/** A known position: a budget type's recipient (budgetTypeId) or a not-recipient (null). */
export interface PositionEntry {
  key: string;
  budgetTypeId: string | null;
}

export interface CompiledProfile {
  abbreviations: RegExp | null;
  expansions: Map<string, string>;
  /** recipient variants and not-recipients, longest key first */
  entries: PositionEntry[];
  /** keys that start a position (entries + expanded abbreviations): ends a person's name */
  heads: string[];
  placeholders: Set<string>;
}

/** The option split into its parts (brackets, " - ", "|", ":"), names dropped. */
export interface ParsedOption {
  /** nothing chosen: blank or a placeholder */
  empty: boolean;
  /** a person's name was found (and dropped) */
  hadPerson: boolean;
  /** position keys of the remaining parts, in order; may be empty */
  parts: string[];
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLengthDesc = (a: string, b: string) => b.length - a.length;
const alternation = (words: readonly string[]) => [...words].sort(byLengthDesc).map(escapeRe).join('|');

const HONORIFIC_RE = new RegExp(`^(?:(?:${alternation(HONORIFICS)})\\s*)+`, 'i');
const LABEL_RE = new RegExp(`^(?:${alternation(POSITION_LABELS)})\\s*[:：]?\\s*`);
const PART_SEPARATOR = /[()[\]{}（）|:：,;]|\s+-+\s*|\s*-+\s+|\s*[–—]\s*/;
const PROVINCE_KEYS = PROVINCES.map((p) => matchKey(p)).sort(byLengthDesc);
const PLACE_PREFIX_KEYS = PLACE_PREFIXES.map((p) => matchKey(p)).sort(byLengthDesc);

/** "ฯ" written with spaces or a dot ("ยุทธศาสตร์ ฯ.") becomes a bare "ฯ"; "ฯลฯ" goes. */
export function unifyPaiyannoi(s: string): string {
  return s.replace(/\s*ฯลฯ/g, '').replace(/\s*ฯ\.?/g, 'ฯ');
}

/** Expand the profile's abbreviations (longest first, wherever they appear). */
export function expandAbbreviations(s: string, c: CompiledProfile): string {
  return c.abbreviations ? s.replace(c.abbreviations, (m) => c.expansions.get(m) ?? m) : s;
}

/** cleanText + ฯ + abbreviations; keeps single spaces (names are split on them). */
function prepare(s: string, c: CompiledProfile): string {
  return cleanText(expandAbbreviations(unifyPaiyannoi(cleanText(s)), c));
}

/** The matching form of an already prepared text. */
export function keyOf(s: string): string {
  return unifyPaiyannoi(matchKey(s));
}

function compile(profile: Profile): CompiledProfile {
  const expansions = new Map(Object.entries(profile.abbreviations));
  const abbreviations = expansions.size ? new RegExp(alternation([...expansions.keys()]), 'g') : null;
  const partial: CompiledProfile = { abbreviations, expansions, entries: [], heads: [], placeholders: new Set() };
  const entry = (text: string, budgetTypeId: string | null) => ({ key: keyOf(prepare(text, partial)), budgetTypeId });
  const entries = [
    ...profile.notRecipients.map((t) => entry(t, null)),
    ...profile.budgetTypes.flatMap((b) => b.recipient.variants.concat(b.recipient.title).map((t) => entry(t, b.id))),
  ].filter((e) => e.key);
  entries.sort((a, b) => b.key.length - a.key.length);
  const heads = [...new Set([...entries.map((e) => e.key), ...[...expansions.values()].map((v) => keyOf(v))])];
  const placeholders = new Set(profile.placeholders.map(placeholderKey));
  return { ...partial, entries, heads, placeholders };
}

const compiled = new WeakMap<Profile, CompiledProfile>();

/** The profile's matching data, computed once per profile object (profiles are not mutated). */
export function compiledProfile(profile: Profile): CompiledProfile {
  let c = compiled.get(profile);
  if (!c) compiled.set(profile, (c = compile(profile)));
  return c;
}

function placeholderKey(s: string): string {
  return matchKey(s).replace(/^[-–—.\s]+|[-–—.\s]+$/g, '');
}

function isPlaceholder(text: string, c: CompiledProfile): boolean {
  const key = placeholderKey(text);
  return !/[\p{L}\p{N}]/u.test(key) || c.placeholders.has(key);
}

const startsWithHead = (key: string, c: CompiledProfile) => c.heads.some((h) => key.startsWith(h));

/**
 * Drop "นาย ก ข", "ว่าที่ร้อยตรีพิรุณ เหมะรักษ์" from the start of a part: the honorific, then
 * up to two words (first name, surname) unless a known position already starts there.
 */
export function stripPerson(part: string, c: CompiledProfile): { rest: string; person: boolean } {
  if (startsWithHead(keyOf(part), c)) return { rest: part, person: false };
  const m = part.match(HONORIFIC_RE);
  if (!m) return { rest: part, person: false };
  const words = part.slice(m[0].length).split(' ').filter(Boolean);
  for (let i = 0; i < 2 && words.length && !startsWithHead(keyOf(words.join('')), c); i++) words.shift();
  return { rest: words.join(' '), person: true };
}

/** Split an option into parts, drop names and labels, and key what is left. */
export function parseOption(text: string, profile: Profile): ParsedOption {
  const c = compiledProfile(profile);
  if (isPlaceholder(cleanText(text), c)) return { empty: true, hadPerson: false, parts: [] };
  let hadPerson = false;
  const parts: string[] = [];
  for (const raw of prepare(text, c).split(PART_SEPARATOR)) {
    const { rest, person } = stripPerson(raw.trim().replace(LABEL_RE, ''), c);
    hadPerson ||= person;
    const key = keyOf(rest);
    if (key) parts.push(key);
  }
  return { empty: false, hadPerson, parts };
}

/** The province a place key starts with ("ระยอง…", "จังหวัดระยอง", "จ.ระยอง"), or ''. */
export function provinceOf(place: string): string {
  const key = stripPlacePrefix(keyOf(place));
  return PROVINCE_KEYS.find((p) => key.startsWith(p)) ?? '';
}

/** "จังหวัดระยอง" → "ระยอง", "กลุ่มจังหวัดภาคตะวันออก1" → "ภาคตะวันออก1". */
export function stripPlacePrefix(key: string): string {
  const prefix = PLACE_PREFIX_KEYS.find((p) => key.startsWith(p));
  return prefix ? key.slice(prefix.length) : key;
}

/**
 * Drop a trailing province or cluster name from an unknown position
 * ("…พัฒนาชุมชนจังหวัดระยอง" → "…พัฒนาชุมชนจังหวัด", "…กลุ่มจังหวัดภาคตะวันออก1" → "…กลุ่มจังหวัด").
 */
export function dropTrailingPlace(key: string): string {
  const p = PROVINCE_KEYS.find((name) => key.endsWith(name) && key.length > name.length);
  if (p) return key.slice(0, -p.length);
  const cluster = matchKey(CLUSTER_WORD);
  const at = key.lastIndexOf(cluster);
  return at > 0 ? key.slice(0, at + cluster.length) : key;
}
