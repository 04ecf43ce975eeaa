/** Text normalisation shared by label matching, recipient matching and number parsing. */

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

const HAS_THAI_DIGIT = /[๐-๙]/;
const THAI_DIGIT_ALL = /[๐-๙]/g;

/** Thai digits → Arabic digits. */
export function arabicDigits(s: string): string {
  return HAS_THAI_DIGIT.test(s) ? s.replace(THAI_DIGIT_ALL, (ch) => String(THAI_DIGITS.indexOf(ch))) : s;
}

/**
 * Texts collect meets on every pass (labels, option texts, headings) repeat unchanged: their
 * cleaned form is remembered (bounded, short texts only). cleanText is a pure function of its
 * argument, so a remembered answer cannot go stale. It was 7–9 % of a check of the
 * 2,000-control stress form (bench/profile-collect.mjs).
 */
const CLEAN_CACHE_MAX = 20000;
const CLEAN_CACHE_LONGEST = 300;
const cleanCache = new Map<string, string>();

/** For display and storage: NFC, no zero-width characters, Arabic digits, single spaces, trimmed. */
export function cleanText(s: string): string {
  if (s.length > CLEAN_CACHE_LONGEST) return computeCleanText(s);
  let out = cleanCache.get(s);
  if (out === undefined) {
    if (cleanCache.size >= CLEAN_CACHE_MAX) cleanCache.clear();
    out = computeCleanText(s);
    cleanCache.set(s, out);
  }
  return out;
}

function computeCleanText(s: string): string {
  return arabicDigits(s.normalize('NFC').replace(ZERO_WIDTH, ''))
    .replace(/[\s\u00A0]+/g, ' ')
    .trim();
}

/**
 * For matching: cleanText, lower-case Latin, no spaces, no "required" asterisks or
 * trailing colons. Thai labels are written with and without spaces between words,
 * so comparison ignores spaces entirely.
 */
const keyCache = new Map<string, string>();

export function matchKey(s: string): string {
  let key = keyCache.get(s);
  if (key === undefined) {
    // labels and profile variants repeat on every check: remember their keys (bounded)
    if (keyCache.size > 20000) keyCache.clear();
    key = computeMatchKey(s);
    keyCache.set(s, key);
  }
  return key;
}

function computeMatchKey(s: string): string {
  return cleanText(s)
    .toLowerCase()
    .replace(/[*:：]/g, '')
    .replace(/\s+/g, '');
}

/** How well `label` matches one of `variants`: 3 exact, 2 prefix, 1 contains, 0 none. */
export function labelScore(label: string, variants: readonly string[]): number {
  const key = matchKey(label);
  if (!key) return 0;
  let best = 0;
  for (const v of variants) {
    const vk = matchKey(v);
    if (!vk) continue;
    if (key === vk) return 3;
    if (key.startsWith(vk)) best = Math.max(best, 2);
    else if (key.includes(vk)) best = Math.max(best, 1);
  }
  return best;
}

/** Length of the longest variant contained in `text` (0 when none): picks the most specific match. */
export function longestMatch(text: string, variants: readonly string[]): number {
  const key = matchKey(text);
  let best = 0;
  for (const v of variants) {
    const vk = matchKey(v);
    if (vk && key.includes(vk) && vk.length > best) best = vk.length;
  }
  return best;
}

/** The text has a letter or a digit (of any script): words, a number, an option "1" — not "×", "•" or an icon. */
export function hasWords(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}

/**
 * A few marks and no letter or digit ("×", "✕", "▾", "✓"): what an icon-only control shows. The
 * collector reads such a button in a select's box as no shown text (widgets/common.ts); the send
 * guard reads it as a cancel only when it is a close mark (guard/step.ts: "✓" commits).
 */
export function isGlyphText(text: string): boolean {
  const t = text.trim();
  return t.length > 0 && t.length <= 8 && !hasWords(t);
}
