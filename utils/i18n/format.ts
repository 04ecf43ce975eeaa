/**
 * Dates, times, relative days and numbers in the user's language, by Intl.
 * Both languages show the Buddhist-era year the eMENSCR forms use: Thai
 * `th-TH-u-ca-buddhist` ("10 ต.ค. 2569"), English `en-GB-u-ca-buddhist` ("10 Oct 2569 BE"),
 * so a date in the popup reads the same year as the form beside it.
 * Formatters are built once per language and style (Intl constructors cost ~0.1 ms each).
 */
import { getLang, type Lang } from './index';

export const LOCALES: Record<Lang, string> = {
  th: 'th-TH-u-ca-buddhist',
  en: 'en-GB-u-ca-buddhist',
};

export type DateStyle = 'short' | 'long';

const cache = new Map<string, Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>();

function cached<T extends Intl.DateTimeFormat | Intl.RelativeTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let f = cache.get(key) as T | undefined;
  if (!f) {
    f = make();
    cache.set(key, f);
  }
  return f;
}

const DATE_OPTIONS: Record<DateStyle, Intl.DateTimeFormatOptions> = {
  short: { day: 'numeric', month: 'short', year: 'numeric' },
  long: { day: 'numeric', month: 'long', year: 'numeric' },
};

/** "10 ต.ค. 2569" / "10 Oct 2569 BE" (short); "10 ตุลาคม 2569" / "10 October 2569 BE" (long). */
export function formatDate(d: Date | number, style: DateStyle = 'short', lang: Lang = getLang()): string {
  return cached(`d:${lang}:${style}`, () => new Intl.DateTimeFormat(LOCALES[lang], DATE_OPTIONS[style])).format(d);
}

/** "10 ต.ค. 2569 14:05" / "10 Oct 2569 BE, 14:05". */
export function formatDateTime(d: Date | number, lang: Lang = getLang()): string {
  return cached(
    `dt:${lang}`,
    () => new Intl.DateTimeFormat(LOCALES[lang], { ...DATE_OPTIONS.short, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }),
  ).format(d);
}

/** "ในอีก 3 วัน" / "in 3 days", "วันนี้" / "today", "เมื่อวาน" / "yesterday", "3 วันที่ผ่านมา" / "3 days ago". */
export function formatRelativeDays(days: number, lang: Lang = getLang()): string {
  return cached(`r:${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })).format(days, 'day');
}

/**
 * How long ago `then` was, in the largest unit that fits ("5 นาทีที่ผ่านมา" / "5 minutes ago",
 * "เมื่อวาน" / "yesterday"); under a minute: "ตอนนี้" / "now".
 */
export function formatAgo(then: number, now: number = Date.now(), lang: Lang = getLang()): string {
  const f = cached(`r:${lang}`, () => new Intl.RelativeTimeFormat(lang, { numeric: 'auto' })) as Intl.RelativeTimeFormat;
  const s = Math.round((then - now) / 1000);
  const abs = Math.abs(s);
  if (abs < 60) return f.format(0, 'second');
  if (abs < 3600) return f.format(Math.round(s / 60), 'minute');
  if (abs < 86_400) return f.format(Math.round(s / 3600), 'hour');
  return f.format(Math.round(s / 86_400), 'day');
}

/** Grouped digits: "5,000". */
export function formatNumber(n: number, lang: Lang = getLang()): string {
  return cached(`n:${lang}`, () => new Intl.NumberFormat(lang === 'th' ? 'th-TH' : 'en-GB')).format(n);
}
