/** Formatting dates and quarters the Thai way (Buddhist-era years). */

import { BE_OFFSET } from './era';
import type { Quarter } from './fiscal';
import { THAI_MONTHS, THAI_MONTHS_SHORT } from './months';

export type ThaiDateStyle = 'long' | 'short' | 'numeric';
export type DigitStyle = 'arabic' | 'thai';

export interface FormatThaiDateOptions {
  /** long "25 มีนาคม 2564" (default) · short "25 มี.ค. 64" · numeric "25/03/2564" */
  style?: ThaiDateStyle;
  /** Arabic (default) or Thai digits "๒๕ มีนาคม ๒๕๖๔" */
  digits?: DigitStyle;
}

const THAI_DIGITS = '๐๑๒๓๔๕๖๗๘๙';

/** Arabic digits → Thai digits; other characters unchanged. The reverse is `arabicDigits` in utils/text. */
export function toThaiDigits(s: string | number): string {
  return String(s).replace(/[0-9]/g, (d) => THAI_DIGITS.charAt(Number(d)));
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** The local day of `date` with a Buddhist-era year. */
export function formatThaiDate(date: Date, options: FormatThaiDateOptions = {}): string {
  const { style = 'long', digits = 'arabic' } = options;
  const d = date.getDate();
  const m = date.getMonth();
  const be = date.getFullYear() + BE_OFFSET;
  let out: string;
  switch (style) {
    case 'short':
      out = `${d} ${THAI_MONTHS_SHORT[m]} ${pad2(be % 100)}`;
      break;
    case 'numeric':
      out = `${pad2(d)}/${pad2(m + 1)}/${be}`;
      break;
    default:
      out = `${d} ${THAI_MONTHS[m]} ${be}`;
  }
  return digits === 'thai' ? toThaiDigits(out) : out;
}

const QUARTER_MONTHS: Record<Quarter, string> = {
  1: 'ต.ค. - ธ.ค.',
  2: 'ม.ค. - มี.ค.',
  3: 'เม.ย. - มิ.ย.',
  4: 'ก.ค. - ก.ย.',
};

/** "ไตรมาสที่ 2 (ม.ค. - มี.ค.)", as eMENSCR-style option texts read; with the fiscal year when given. */
export function quarterLabel(
  quarter: Quarter,
  options: { fiscalYear?: number; digits?: DigitStyle } = {},
): string {
  let out = `ไตรมาสที่ ${quarter} (${QUARTER_MONTHS[quarter]})`;
  if (options.fiscalYear !== undefined) out += ` ปีงบประมาณ ${options.fiscalYear}`;
  return options.digits === 'thai' ? toThaiDigits(out) : out;
}
