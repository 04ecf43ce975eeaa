/**
 * Buddhist era (พ.ศ., BE) ↔ Christian era (ค.ศ., CE): BE = CE + 543.
 *
 * Guessing rules for a typed year (`guessEra`):
 * - 4 digits, 2400–9999 → BE (BE 2400 = CE 1857; no eMENSCR date is earlier);
 * - 4 digits, 1900–2200 → CE;
 * - 2 digits → a short BE year: "64" → 2564 (covers BE 2500–2599 = CE 1957–2056);
 * - anything else (1 or 3 digits, 2201–2399, 0–1899 as 4 digits, …) → null: not a year we can place.
 */

import { arabicDigits } from '@/utils/text';

export type Era = 'BE' | 'CE';

export interface EraGuess {
  era: Era;
  /** the year was typed with two digits (short BE year) */
  short: boolean;
  /** the full Buddhist-era year */
  be: number;
  /** the full Christian-era year */
  ce: number;
}

export const BE_OFFSET = 543;

export function ceToBe(ceYear: number): number {
  return ceYear + BE_OFFSET;
}

export function beToCe(beYear: number): number {
  return beYear - BE_OFFSET;
}

/** Expands a two-digit Buddhist-era year: 64 → 2564. */
export function expandShortBeYear(yy: number): number {
  return 2500 + yy;
}

/**
 * Which era a typed year is in, with both full years. Accepts a number or the digits as typed
 * (Thai digits allowed); the digit count of a string decides "short" ("06" → BE 2506).
 */
export function guessEra(year: number | string): EraGuess | null {
  let digits: string;
  if (typeof year === 'number') {
    if (!Number.isInteger(year) || year < 0) return null;
    digits = String(year);
  } else {
    digits = arabicDigits(year).trim();
    if (!/^\d+$/.test(digits)) return null;
  }
  const n = Number(digits);
  if (digits.length === 2) {
    const be = expandShortBeYear(n);
    return { era: 'BE', short: true, be, ce: beToCe(be) };
  }
  if (digits.length !== 4) return null;
  if (n >= 2400) return { era: 'BE', short: false, be: n, ce: beToCe(n) };
  if (n >= 1900 && n <= 2200) return { era: 'CE', short: false, be: ceToBe(n), ce: n };
  return null;
}

/** A typed year as a full Buddhist-era year whatever era it was typed in, or null. */
export function toBuddhistYear(year: number | string): number | null {
  return guessEra(year)?.be ?? null;
}

/**
 * For a cross-field rule: `typed` is probably a Christian-era year where the Buddhist-era year
 * `expectedBe` was expected, e.g. 2024 typed where 2567 was expected. `tolerance` (default 1)
 * allows for dates near the fiscal-year edge (FY2567 spans BE 2566 and 2567).
 */
export function isProbablyCeForBe(typed: number, expectedBe: number, tolerance = 1): boolean {
  const g = guessEra(typed);
  return g !== null && g.era === 'CE' && Math.abs(ceToBe(typed) - expectedBe) <= tolerance;
}

/** The reverse: `typed` is probably a Buddhist-era year where the CE year `expectedCe` was expected (2567 for 2024). */
export function isProbablyBeForCe(typed: number, expectedCe: number, tolerance = 1): boolean {
  const g = guessEra(typed);
  return g !== null && g.era === 'BE' && !g.short && Math.abs(beToCe(typed) - expectedCe) <= tolerance;
}
