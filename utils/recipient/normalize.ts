/**
 * Reading a recipient option: text → position keys. Pure; every eMENSCR word comes from
 * the profile (abbreviations, recipient variants, not-recipients, placeholders).
 *
 * A "key" is the matching form of a text: NFC, no zero-width characters, Arabic digits,
 * "ฯ" unified, abbreviations expanded, no spaces, Latin lower-cased.
 */
import type { Profile } from '../profile/schema';
import { cleanText, hasWords, matchKey } from '../text';
import { CLUSTER_WORD, HONORIFICS, PLACE_PREFIXES, POSITION_LABELS, PROVINCES, ROLE_ONLY_WORDS, ROLE_WORDS } from './thai';

/**
 * At most this much of an option's text is read. A real option is a name and a position
 * (under 200 characters); a page that puts 66 KB in one option must not freeze the check
 * (issue 11: 40 s before the cap; the capped check is linear, < 5 ms per option).
 */
export const MAX_OPTION_CHARS = 2048;

/** A known position: a budget type's recipient (budgetTypeId) or a not-recipient (null). */
export interface PositionEntry {
  key: string;
  budgetTypeId: string | null;
  /**
   * the unit, not the position ("สำนักงานจังหวัด", "OSM"): its key ends another variant of the
   * same recipient. It stands for the recipient only when no person is named: "นาย ก (สำนักงาน
   * จังหวัดระยอง)" is someone of the office, not necessarily its head (cannot be checked).
   */
  unit?: boolean;
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

/** The option split into its parts (lines, brackets, " - ", "|", ":"), names dropped. */
export interface ParsedOption {
  /** nothing chosen: blank or a placeholder */
  empty: boolean;
  /** a person's name was found (and dropped) */
  hadPerson: boolean;
  /** position keys of the remaining parts, in order; may be empty */
  parts: string[];
  /** some part holds a word only positions and units hold (ROLE_WORDS) */
  hasRole: boolean;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const byLengthDesc = (a: string, b: string) => b.length - a.length;
const alternation = (words: readonly string[]) => [...words].sort(byLengthDesc).map(escapeRe).join('|');

const HONORIFIC_RE = new RegExp(`^(?:(?:${alternation(HONORIFICS)})\\s*)+`, 'i');
const LABEL_RE = new RegExp(`^(?:${alternation(POSITION_LABELS)})\\s*[:：]?\\s*`);
const PART_SEPARATOR = /[()[\]{}（）|:：,;/]|\s+-+\s*|\s*-+\s+|\s*[–—]\s*/;
const LINE_SEPARATOR = /[\r\n\u2028\u2029\t]+/;
/**
 * The word lists' match keys, made on first use: at import they cost every form page's load
 * 1–2 ms of extension CPU (77 provinces and the role words through matchKey; bench
 * load-timeline on M6, issue 12), and only a send step reads them.
 */
let wordKeys: { role: string[]; roleOnly: Set<string>; provinces: string[]; placePrefixes: string[] } | null = null;
const keys = () =>
  (wordKeys ??= {
    role: ROLE_WORDS.map((w) => matchKey(w)),
    roleOnly: new Set(ROLE_ONLY_WORDS.map((w) => matchKey(w))),
    provinces: PROVINCES.map((p) => matchKey(p)).sort(byLengthDesc),
    placePrefixes: PLACE_PREFIXES.map((p) => matchKey(p)).sort(byLengthDesc),
  });

/**
 * "ฯ" written with spaces or a dot ("ยุทธศาสตร์ ฯ.") becomes a bare "ฯ"; "ฯลฯ" goes; an ellipsis
 * ("ผอ.กลุ่มงานบริหารยุทธศาสตร์…", "...") cuts a title short the way "ฯ" does.
 */
export function unifyPaiyannoi(s: string): string {
  return s.replace(/\s*ฯลฯ/g, '').replace(/\s*(?:ฯ\.?|…|\.{3,})/g, 'ฯ');
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
  const entry = (text: string, budgetTypeId: string | null): PositionEntry => ({ key: keyOf(prepare(text, partial)), budgetTypeId });
  const entries = [
    ...profile.notRecipients.map((t) => entry(t, null)),
    ...profile.budgetTypes.flatMap((b) => b.recipient.variants.concat(b.recipient.title).map((t) => entry(t, b.id))),
  ].filter((e) => e.key);
  entries.sort((a, b) => b.key.length - a.key.length);
  for (const e of entries) {
    if (!e.budgetTypeId) continue;
    e.unit = entries.some((o) => o.budgetTypeId === e.budgetTypeId && o.key.length > e.key.length && o.key.endsWith(e.key));
  }
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
  return !hasWords(key) || c.placeholders.has(key);
}

const startsWithHead = (key: string, c: CompiledProfile) => c.heads.some((h) => key.startsWith(h));

/** The key holds a word only positions and units hold ("นักวิเคราะห์…", "ผู้อำนวยการ…"). */
export function hasRoleWord(key: string): boolean {
  return keys().role.some((w) => key.includes(w));
}

const isNameWord = (w: string) => /^[\p{L}\p{M}.'-]+$/u.test(w) && !keys().roleOnly.has(matchKey(w)) && !hasRoleWord(matchKey(w));

/** One to three words of letters, none a role: a person's name written without a title. */
export function looksLikeName(part: string): boolean {
  const words = part.split(' ').filter(Boolean);
  if (words.length < 1 || words.length > 3 || !words.every(isNameWord)) return false;
  // a place in its own brackets ("(ระยอง)", "(จังหวัดระยอง)") is not a name
  const key = stripPlacePrefix(keyOf(part));
  return !provinceOf(key) && !key.startsWith('ภาค');
}

/** Where a known position starts in `key` (-1 if none): the earliest start of any head. */
function firstHead(key: string, c: CompiledProfile): number {
  let at = -1;
  for (const h of c.heads) {
    const i = key.indexOf(h);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  return at;
}

/**
 * Drop a person's name from the start of a part: "นาย ก ข", "ว่าที่ร้อยตรีพิรุณ เหมะรักษ์", or
 * one or two name-like words without a title ("สมชาย ใจดี หัวหน้า…") when a known position
 * follows them. A name glued to the position ("นายสมชาย ใจดีหัวหน้า…", two lines of a card
 * read without a break) is cut where the position starts.
 */
export function stripPerson(part: string, c: CompiledProfile): { rest: string; person: boolean } {
  if (startsWithHead(keyOf(part), c)) return { rest: part, person: false };
  const m = part.match(HONORIFIC_RE);
  if (!m) {
    const words = part.split(' ').filter(Boolean);
    for (let n = 1; n <= 2 && n < words.length; n++) {
      const rest = words.slice(n).join(' ').replace(LABEL_RE, '');
      if (!words.slice(0, n).every(isNameWord)) break;
      if (startsWithHead(keyOf(rest), c)) return { rest, person: true };
    }
    return { rest: part, person: false };
  }
  const after = part.slice(m[0].length);
  const words = after.split(' ').filter(Boolean);
  const startsHere = () => startsWithHead(keyOf(words.join('').replace(LABEL_RE, '')), c);
  for (let i = 0; i < 2 && words.length && !startsHere(); i++) {
    const key = keyOf(words[0]!);
    const at = firstHead(key, c);
    if (at > 0) {
      words[0] = key.slice(at);
      break;
    }
    words.shift();
  }
  return { rest: words.join(' ').replace(LABEL_RE, ''), person: true };
}

/** Split an option into parts, drop names and labels, and key what is left. */
export function parseOption(text: string, profile: Profile): ParsedOption {
  const c = compiledProfile(profile);
  const capped = text.length > MAX_OPTION_CHARS ? text.slice(0, MAX_OPTION_CHARS) : text;
  if (isPlaceholder(cleanText(capped), c)) return { empty: true, hadPerson: false, parts: [], hasRole: false };
  let hadPerson = false;
  let hasRole = false;
  const parts: string[] = [];
  for (const line of capped.split(LINE_SEPARATOR)) {
    for (const raw of prepare(line, c).split(PART_SEPARATOR)) {
      const trimmed = raw.trim().replace(LABEL_RE, '');
      const { rest, person } = stripPerson(trimmed, c);
      const key = keyOf(rest);
      if (!key) {
        hadPerson ||= person;
        continue;
      }
      if (!person && !startsWithHead(key, c) && looksLikeName(rest)) {
        // a name on its own line or in its own brackets
        hadPerson = true;
        continue;
      }
      hadPerson ||= person;
      hasRole ||= hasRoleWord(key) || rest.split(' ').some((w) => keys().roleOnly.has(matchKey(w)));
      parts.push(key);
    }
  }
  return { empty: false, hadPerson, parts, hasRole };
}

/** The province a place key starts with ("ระยอง…", "จังหวัดระยอง", "จ.ระยอง"), or ''. */
export function provinceOf(place: string): string {
  const key = stripPlacePrefix(keyOf(place));
  return keys().provinces.find((p) => key.startsWith(p)) ?? '';
}

/** "จังหวัดระยอง" → "ระยอง", "กลุ่มจังหวัดภาคตะวันออก1" → "ภาคตะวันออก1". */
export function stripPlacePrefix(key: string): string {
  const prefix = keys().placePrefixes.find((p) => key.startsWith(p));
  return prefix ? key.slice(prefix.length) : key;
}

/**
 * Drop a trailing province or cluster name from an unknown position
 * ("…พัฒนาชุมชนจังหวัดระยอง" → "…พัฒนาชุมชนจังหวัด", "…กลุ่มจังหวัดภาคตะวันออก1" → "…กลุ่มจังหวัด").
 */
export function dropTrailingPlace(key: string): string {
  const p = keys().provinces.find((name) => key.endsWith(name) && key.length > name.length);
  if (p) return key.slice(0, -p.length);
  const cluster = matchKey(CLUSTER_WORD);
  const at = key.lastIndexOf(cluster);
  return at > 0 ? key.slice(0, at + cluster.length) : key;
}
