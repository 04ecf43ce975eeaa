/** Native <select> (single and multiple): the chosen options' texts, placeholders not counted. */
import type { ReadContext, ValueRead, WidgetAdapter } from './types';
import { cleanText } from '@/utils/text';
import { isPlaceholder } from './common';

export function readNativeSelect(el: HTMLSelectElement, ph: ReadonlySet<string>, kept?: ReadContext['keptOptions']): ValueRead {
  const selected = el.multiple
    ? Array.from(el.options).filter((o) => o.selected)
    : el.selectedIndex >= 0 ? [el.options[el.selectedIndex]!] : [];
  const chosen = selected.filter((o) => o.value !== '' && !isPlaceholder(o.text, ph));
  // the option texts of a long list, read again on every pass, were ~8 % of a warm pass of the
  // stress form: a watching collector keeps them while the page did not change
  const all = () => Array.from(el.options, (o) => cleanText(o.text)).filter((t) => !isPlaceholder(t, ph));
  const options = kept ? kept(el, all).slice() : all();
  const value = chosen.map((o) => cleanText(o.text)).join(', ');
  return { value, empty: chosen.length === 0, options };
}

export const nativeSelect: WidgetAdapter = {
  id: 'native-select',
  match: (el) => el instanceof HTMLSelectElement,
  kind: () => 'select',
  read: (el, ctx) => readNativeSelect(el as HTMLSelectElement, ctx.placeholders, ctx.keptOptions),
  observe: ['disabled'],
};
