/** Money amounts as staff type them: Thai digits, thousands separators, "บาท". */
import { arabicDigits } from '@/utils/text';

/** The number in an amount, or null when it is not one ("สามแสน", "1,2,3abc"). */
export function parseAmount(text: string): number | null {
  const s = arabicDigits(text)
    .replace(/[\u200B-\u200D\uFEFF]/g, '')
    .replace(/\s+/g, '')
    .replace(/บาท$/, '')
    .replace(/^฿|฿$/g, '');
  if (!/^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$/.test(s)) return null;
  const n = Number(s.replace(/,/g, ''));
  return Number.isFinite(n) ? n : null;
}
