/**
 * Money amounts as staff type them: Thai digits, thousands separators, "บาท"; and as a number
 * field formats them with Intl's THB currency: "฿1,500,000.00", "1,500,000.00 บาทไทย" (the
 * currency's Thai name, currencyDisplay "name": Spectrum's sp-number-field `format-options`),
 * "THB 1,500,000.00" (the code).
 */
import { arabicDigits } from '@/utils/text';

/** The number in an amount, or null when it is not one ("สามแสน", "1,2,3abc"). */
export function parseAmount(text: string): number | null {
  const s = arabicDigits(text)
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, '')
    .replace(/บาท(ไทย)?$/, '')
    .replace(/^(฿|THB)|(฿|THB)$/g, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return null;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}
