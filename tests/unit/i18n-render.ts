/** Render message values in a chosen language, for asserting on what a user would read. */
import { addMessages, getLang, render, setLang, type Lang, type Msg } from '@/utils/i18n';
import { validation } from '@/utils/i18n/messages/validation';
import { store } from '@/utils/i18n/messages/store';

addMessages(validation);
addMessages(store);

export function inLang(lang: Lang, m: Msg | readonly Msg[]): string {
  const before = getLang();
  setLang(lang);
  try {
    return (Array.isArray(m) ? m : [m]).map(render).join('\n');
  } finally {
    setLang(before);
  }
}

/** Each line rendered (Thai by default). */
export function lines(m: readonly Msg[], lang: Lang = 'th'): string[] {
  return m.map((x) => inLang(lang, x));
}

/** A store error (or its plain data) as the UI shows it. */
export function errorText(e: { msg: Msg; details?: Msg[] }, lang: Lang = 'th'): string {
  return inLang(lang, [e.msg, ...(e.details ?? [])]);
}

/** A failed import as the library shows it. */
export function importText(r: { error: Msg; details: Msg[] }, lang: Lang = 'th'): string {
  return inLang(lang, [r.error, ...r.details]);
}
