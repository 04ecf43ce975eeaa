/**
 * UI strings. Manifest strings live in public/_locales (th default, en);
 * in-app strings live in ./messages/*.ts per area, so the user's language setting
 * can switch them at run time (chrome.i18n cannot).
 * Substitutions: $1, $2 … in the message.
 */
import { checklist } from './messages/checklist';

export type Lang = 'th' | 'en';
export type Dict = Record<string, string>;
export interface MessageSet {
  th: Dict;
  en: Dict;
}

const sets: MessageSet[] = [checklist];
let lang: Lang = 'th';

/** Register an area's messages (options page, guard, snippets…); later sets win on equal keys. */
export function addMessages(set: MessageSet): void {
  sets.push(set);
}

export function setLang(next: Lang): void {
  lang = next;
}

export function getLang(): Lang {
  return lang;
}

export function t(key: string, ...subs: (string | number)[]): string {
  let msg: string | undefined;
  for (let i = sets.length - 1; i >= 0 && msg === undefined; i--) {
    msg = sets[i]![lang][key] ?? sets[i]!.th[key];
  }
  if (msg === undefined) return key;
  return msg.replace(/\$(\d)/g, (_, n: string) => String(subs[Number(n) - 1] ?? ''));
}
