/**
 * "อย่ากดส่งผิด" (circular 000): is the chosen approver the recipient the budget type requires?
 * Pure functions over a validated profile; no eMENSCR wording in code.
 *
 * Reading an option (see normalize.ts): the text is split into parts at brackets and
 * " - " / "|" / ":"; a person's name (honorific + up to two words) is dropped; each part is
 * keyed (no spaces, Thai digits → Arabic, abbreviations expanded, "ฯ" unified).
 * Classifying:
 * - the position is the first part that STARTS with a known position (recipient variant or
 *   not-recipient). "ฯ" truncates ("ผอ.กลุ่มงานบริหารยุทธศาสตร์ฯ"): accepted when the stem
 *   starts positions of one kind only;
 * - a longer known position mentioned later overrides it, and a not-recipient mentioned
 *   anywhere wins ties ("สำนักงานจังหวัดระยอง - รองผู้ว่าราชการจังหวัด" is the deputy governor);
 * - what follows the position in its part is the place: a province after a position ending in
 *   "จังหวัด", a cluster after one ending in "กลุ่มจังหวัด"; compared with opts.province /
 *   opts.cluster when given.
 */
import type { Profile } from '../profile/schema';
import { matchKey } from '../text';
import {
  compiledProfile,
  dropTrailingPlace,
  keyOf,
  parseOption,
  provinceOf,
  stripPlacePrefix,
  unifyPaiyannoi,
  type PositionEntry,
} from './normalize';
import { CLUSTER_WORD, PROVINCE_WORD } from './thai';

export interface RecipientOptions {
  /** the user's province ("ระยอง", "จังหวัดระยอง"): a provincial position naming another one is a mismatch */
  province?: string;
  /** the user's cluster ("ภาคตะวันออก 1", "กลุ่มจังหวัดภาคตะวันออก 1"), likewise for cluster positions */
  cluster?: string;
}

export type RecipientKind =
  | 'empty' // blank or placeholder ("-- กรุณาเลือก --")
  | 'person' // only a person's name, no position to judge
  | 'recipient' // a budget type's recipient
  | 'notRecipient' // a position from profile.notRecipients
  | 'unrecognized'; // a position the profile does not know, or an ambiguous "ฯ" abbreviation

export interface RecipientClass {
  kind: RecipientKind;
  /** the budget type whose recipient this is (kind 'recipient') */
  budgetTypeId: string | null;
  notRecipient: boolean;
  /** normalised position, place dropped (see normalizeRecipient) */
  position: string;
  /** the place named after the position: province or cluster key ('' when none) */
  place: string;
  /** opts.province / opts.cluster given and the option names a different one */
  placeMismatch: boolean;
}

export type RecipientVerdict = 'match' | 'mismatch' | 'unknown';

export type RecipientReason =
  | 'ok'
  | 'empty'
  | 'person'
  | 'noBudgetType'
  | 'otherBudgetType'
  | 'notRecipient'
  | 'otherPlace'
  | 'unrecognized';

export interface RecipientCheck {
  verdict: RecipientVerdict;
  /** the required recipient's title; null when the budget type is unknown */
  expected: string | null;
  /** the budget type whose recipient the option is, when recognised */
  recipientId?: string;
  reason: RecipientReason;
}

interface Mention {
  entry: PositionEntry;
  part: number;
  start: number;
  end: number;
}

const len = (m: Mention) => m.end - m.start;
const kindOf = (e: PositionEntry) => e.budgetTypeId ?? '\u0000not';

/** Enough mentions to judge any real option; a page repeating a title thousands of times gets no more. */
const MAX_MENTIONS = 256;

/**
 * Every mention of a known position in the parts, minus those inside a longer one. Linear in
 * the text (one indexOf scan per entry, a sorted sweep for containment; it was quadratic).
 */
function occurrences(parts: string[], entries: PositionEntry[]): Mention[] {
  const found: Mention[] = [];
  parts.forEach((key, part) => {
    for (const entry of entries) {
      for (let i = key.indexOf(entry.key); i >= 0 && found.length < MAX_MENTIONS; i = key.indexOf(entry.key, i + 1)) {
        found.push({ entry, part, start: i, end: i + entry.key.length });
      }
    }
  });
  found.sort((a, b) => a.part - b.part || a.start - b.start || len(b) - len(a));
  const out: Mention[] = [];
  let cover: Mention | null = null;
  for (const m of found) {
    if (!cover || cover.part !== m.part || m.end > cover.end) cover = m;
    else if (len(m) < len(cover)) continue;
    out.push(m);
  }
  return out;
}

/** A position cut short with "ฯ" at the start of a part, if its stem means one kind only. */
function truncated(key: string, part: number, entries: PositionEntry[]): Mention | null | 'ambiguous' {
  const cut = key.indexOf('ฯ');
  if (cut < 4) return null;
  const stem = key.slice(0, cut);
  const hits = entries.filter((e) => e.key.length > stem.length && e.key.startsWith(stem));
  const [entry] = hits;
  if (!entry) return null;
  if (new Set(hits.map(kindOf)).size > 1) return 'ambiguous';
  return { entry, part, start: 0, end: cut + 1 };
}

/** The first part that starts with a known position. */
function primary(parts: string[], mentions: Mention[], entries: PositionEntry[]): Mention | null | 'ambiguous' {
  for (const [part, key] of parts.entries()) {
    const atStart = mentions.find((m) => m.part === part && m.start === 0);
    if (atStart) return atStart;
    const cut = truncated(key, part, entries);
    if (cut) return cut;
  }
  return null;
}

/** A longer mention of another kind overrides; a not-recipient wins ties. */
function winner(first: Mention, mentions: Mention[]): Mention {
  let best = first;
  for (const m of mentions) {
    if (kindOf(m.entry) === kindOf(best.entry)) continue;
    if (len(m) > len(best) || (len(m) === len(best) && m.entry.budgetTypeId === null)) best = m;
  }
  return best;
}

function placeAfter(m: Mention, parts: string[], mentions: Mention[]): string {
  const key = parts[m.part] ?? '';
  const next = mentions.filter((o) => o.part === m.part && o.start >= m.end).map((o) => o.start);
  return stripPlacePrefix(key.slice(m.end, Math.min(key.length, ...next)));
}

const samePlace = (a: string, b: string) => a.includes(b) || b.includes(a);

function isPlaceMismatch(position: string, place: string, opts: RecipientOptions): boolean {
  if (!place) return false;
  if (position.endsWith(keyOf(CLUSTER_WORD))) {
    return !!opts.cluster && !samePlace(place, stripPlacePrefix(keyOf(opts.cluster)));
  }
  if (!position.endsWith(keyOf(PROVINCE_WORD)) || !opts.province) return false;
  const named = provinceOf(place);
  const mine = provinceOf(opts.province) || stripPlacePrefix(keyOf(opts.province));
  return !!named && !samePlace(named, mine);
}

const EMPTY: Omit<RecipientClass, 'kind'> = {
  budgetTypeId: null,
  notRecipient: false,
  position: '',
  place: '',
  placeMismatch: false,
};

/** Which recipient an option means: a budget type's (id), a known not-recipient, or neither. */
export function classifyRecipient(text: string, profile: Profile, opts: RecipientOptions = {}): RecipientClass {
  const { entries } = compiledProfile(profile);
  const parsed = parseOption(text, profile);
  if (parsed.empty) return { kind: 'empty', ...EMPTY };
  if (!parsed.parts.length) return { kind: parsed.hadPerson ? 'person' : 'empty', ...EMPTY };
  const mentions = occurrences(parsed.parts, entries);
  const first = primary(parsed.parts, mentions, entries);
  if (!first || first === 'ambiguous') {
    const not = mentions.find((m) => m.entry.budgetTypeId === null);
    if (!not && !parsed.hasRole && parsed.hadPerson) return { kind: 'person', ...EMPTY };
    const position = not ? not.entry.key : dropTrailingPlace(parsed.parts[0] ?? '');
    return { ...EMPTY, kind: not ? 'notRecipient' : 'unrecognized', notRecipient: !!not, position };
  }
  const best = winner(first, mentions);
  // a person with the unit only: someone of the office, not necessarily its head
  if (best.entry.unit && parsed.hadPerson && !mentions.some((m) => m.entry.budgetTypeId && !m.entry.unit)) {
    return { kind: 'person', ...EMPTY };
  }
  const position = best.entry.key;
  const place = placeAfter(best, parsed.parts, mentions);
  const budgetTypeId = best.entry.budgetTypeId;
  const placeMismatch = isPlaceMismatch(position, place, opts);
  return { kind: budgetTypeId ? 'recipient' : 'notRecipient', budgetTypeId, notRecipient: !budgetTypeId, position, place, placeMismatch };
}

/**
 * The option as a position key: person's name, honorifics and the province / cluster name
 * dropped, abbreviations expanded, no spaces ("นายสมชาย ใจดี (หน.สนจ.ระยอง)" →
 * "หัวหน้าสำนักงานจังหวัด"). '' for placeholders and names without a position.
 */
export function normalizeRecipient(text: string, profile: Profile): string {
  return classifyRecipient(text, profile).position;
}

/**
 * The budget type a text names ("แหล่งงบประมาณ: งบกลุ่มจังหวัด ปี 2568" → 'cluster').
 * A mention inside a longer one does not count (งบจังหวัด never matches inside
 * งบกลุ่มจังหวัด); two different types mentioned separately → null.
 */
/** Budget text read at most (a page's whole dialog; the budget line is near its top). */
const MAX_BUDGET_TEXT = 16384;

export function detectBudgetType(text: string, profile: Profile): string | null {
  const key = unifyPaiyannoi(matchKey(text.length > MAX_BUDGET_TEXT ? text.slice(0, MAX_BUDGET_TEXT) : text));
  if (!key) return null;
  const entries: PositionEntry[] = profile.budgetTypes.flatMap((b) =>
    b.variants.concat(b.name).map((v) => ({ key: unifyPaiyannoi(matchKey(v)), budgetTypeId: b.id })),
  );
  const found = occurrences([key], entries.filter((e) => e.key));
  const ids = new Set(found.map((m) => m.entry.budgetTypeId));
  return ids.size === 1 ? ([...ids][0] ?? null) : null;
}

/** Words a budget type's name starts with that say "budget" and nothing about whose ("งบประมาณ", "งบ"). */
const BUDGET_WORDS = ['งบประมาณ', 'งบ', 'เงิน'];

/**
 * The budget type a value under a budget-source label names, read loosely: the value may say
 * only whose budget it is ("กลุ่มจังหวัด", "จังหวัดระยอง", "แผนปฏิบัติราชการของกลุ่มจังหวัด").
 * Each budget type's variants are also taken without their leading budget word; a shorter one
 * inside a longer one does not count (จังหวัด inside กลุ่มจังหวัด). Only for labelled values:
 * free text mentions provinces everywhere.
 */
export function detectBudgetTypeLoose(value: string, profile: Profile): string | null {
  const strict = detectBudgetType(value, profile);
  if (strict) return strict;
  const key = unifyPaiyannoi(matchKey(value.slice(0, 1024)));
  if (!key) return null;
  const words = BUDGET_WORDS.map((w) => matchKey(w));
  const entries: PositionEntry[] = [];
  for (const b of profile.budgetTypes) {
    for (const v of b.variants.concat(b.name)) {
      let k = unifyPaiyannoi(matchKey(v.replace(/\([^)]*\)/g, '')));
      for (const w of words) if (k.startsWith(w)) k = k.slice(w.length);
      for (const pre of ['พัฒนา', 'รายจ่าย', 'ของ']) if (k.startsWith(pre)) k = k.slice(pre.length);
      if (k.length >= 4) entries.push({ key: k, budgetTypeId: b.id });
    }
  }
  const found = occurrences([key], entries);
  const ids = new Set(found.map((m) => m.entry.budgetTypeId));
  return ids.size === 1 ? ([...ids][0] ?? null) : null;
}

/** The recipient the budget type requires, checked against the chosen option's text. */
export function checkRecipient(
  recipientText: string,
  budgetTypeId: string | null | undefined,
  profile: Profile,
  opts: RecipientOptions = {},
): RecipientCheck {
  const type = profile.budgetTypes.find((b) => b.id === budgetTypeId);
  const expected = type?.recipient.title ?? null;
  const c = classifyRecipient(recipientText, profile, opts);
  const recipientId = c.budgetTypeId ?? undefined;
  const result = (verdict: RecipientVerdict, reason: RecipientReason): RecipientCheck =>
    recipientId ? { verdict, expected, recipientId, reason } : { verdict, expected, reason };
  if (c.kind === 'empty' || c.kind === 'person') return result('unknown', c.kind);
  if (c.kind === 'notRecipient') return result('mismatch', 'notRecipient');
  if (c.kind === 'unrecognized') return result('mismatch', 'unrecognized');
  if (!type) return result('unknown', 'noBudgetType');
  if (c.budgetTypeId !== type.id) return result('mismatch', 'otherBudgetType');
  if (c.placeMismatch) return result('mismatch', 'otherPlace');
  return result('match', 'ok');
}
