/** Thai and English month names, and looking a month up from what staff type. */

/** Full Thai month names, index 0 = มกราคม. */
export const THAI_MONTHS = [
  'มกราคม',
  'กุมภาพันธ์',
  'มีนาคม',
  'เมษายน',
  'พฤษภาคม',
  'มิถุนายน',
  'กรกฎาคม',
  'สิงหาคม',
  'กันยายน',
  'ตุลาคม',
  'พฤศจิกายน',
  'ธันวาคม',
] as const;

/** Abbreviated Thai month names, index 0 = ม.ค. */
export const THAI_MONTHS_SHORT = [
  'ม.ค.',
  'ก.พ.',
  'มี.ค.',
  'เม.ย.',
  'พ.ค.',
  'มิ.ย.',
  'ก.ค.',
  'ส.ค.',
  'ก.ย.',
  'ต.ค.',
  'พ.ย.',
  'ธ.ค.',
] as const;

const ENGLISH_MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** Common misspellings and the clipped forms used in speech and quick notes ("25 มีนา 64"). */
const THAI_VARIANTS: Record<string, number> = {
  กรกฏาคม: 7, // ฏ instead of ฎ, very common
  กุมภาพันธ: 2, // final mark dropped
  มกรา: 1,
  กุมภา: 2,
  มีนา: 3,
  เมษา: 4,
  พฤษภา: 5,
  มิถุนา: 6,
  กรกฎา: 7,
  กรกฏา: 7,
  สิงหา: 8,
  กันยา: 9,
  ตุลา: 10,
  พฤศจิกา: 11,
  ธันวา: 12,
};

const MONTH_KEYS: Map<string, number> = (() => {
  const m = new Map<string, number>();
  THAI_MONTHS.forEach((name, i) => m.set(name, i + 1));
  THAI_MONTHS_SHORT.forEach((abbr, i) => m.set(abbr.replace(/\./g, ''), i + 1));
  for (const [k, v] of Object.entries(THAI_VARIANTS)) m.set(k, v);
  ENGLISH_MONTHS.forEach((name, i) => {
    m.set(name, i + 1);
    m.set(name.slice(0, 3), i + 1);
  });
  m.set('sept', 9);
  return m;
})();

/**
 * Month number (1–12) for one month word as typed: Thai full or abbreviated name, with or without
 * dots and inner spaces ("มี.ค.", "มีค", "มี. ค."), English full or 3-letter name; null otherwise.
 */
export function monthFromName(text: string): number | null {
  const key = text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[.\s,]/g, '');
  return MONTH_KEYS.get(key) ?? null;
}

/**
 * Regex source matching one month word inside free text: Thai full names, dotted Thai
 * abbreviations (the first dot is required so that "มีความ" is not read as มี.ค.), English names.
 */
export const MONTH_IN_TEXT_SOURCE = (() => {
  const full = [...THAI_MONTHS, ...Object.keys(THAI_VARIANTS)];
  const abbr = THAI_MONTHS_SHORT.map((a) => {
    const [first, second] = a.split('.');
    return `${first}\\.\\s*${second}\\.?`;
  });
  const english = ENGLISH_MONTHS.map((n) => `\\b${n.slice(0, 3)}(?:${n.slice(3)})?\\b\\.?`);
  // longest first so that a full name wins over anything shorter at the same position
  return [...full.sort((a, b) => b.length - a.length), ...abbr, ...english].join('|');
})();

/** All month numbers mentioned in `text`, in order. */
export function monthsInText(text: string): number[] {
  const re = new RegExp(MONTH_IN_TEXT_SOURCE, 'gi');
  const out: number[] = [];
  for (const m of text.normalize('NFC').matchAll(re)) {
    const n = monthFromName(m[0]);
    if (n !== null) out.push(n);
  }
  return out;
}
