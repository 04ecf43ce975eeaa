/**
 * A field host: a custom element whose open shadow root draws one control (../shadow.ts).
 * The host stands for the field; what it is and what it holds are its inner control's, read by
 * that control's own adapter (an inner text input, combobox, range input, switch …), so a
 * web component reads exactly as the same control drawn in the light DOM.
 */
import type { WidgetAdapter } from './types';
import { primaryControl, shadowRadioOptions } from '../shadow';

/** set by ./index.ts (the adapter list imports this file) */
let innerAdapterOf: (el: Element) => WidgetAdapter | null = () => null;
export function setInnerAdapterLookup(f: (el: Element) => WidgetAdapter | null): void {
  innerAdapterOf = f;
}

function inner(host: Element): { el: Element; adapter: WidgetAdapter } | null {
  const el = primaryControl(host);
  const adapter = el ? innerAdapterOf(el) : null;
  return el && adapter ? { el, adapter } : null;
}

const isRadioGroup = (el: Element) => el.getAttribute('role') === 'radiogroup';
const isRadio = (el: Element) => el.getAttribute('role') === 'radio' || (el instanceof HTMLInputElement && el.type === 'radio');

/**
 * A host that is not a field of its own: its control is ignored by its adapter (a search box),
 * or it is one option of a radio group drawn around it (a radio button component, gathered by
 * the group's host).
 */
export const shadowHostPart: WidgetAdapter = {
  id: 'shadow-host-part',
  match(el) {
    if (!el.shadowRoot) return false;
    const i = inner(el);
    return !!i && (i.adapter.ignore === true || isRadio(i.el));
  },
  ignore: true,
  kind: () => 'text',
  observe: [],
};

export const shadowHost: WidgetAdapter = {
  id: 'shadow-host',
  match: (el) => !!el.shadowRoot && inner(el) !== null,
  options(host) {
    const i = primaryControl(host);
    return i && isRadioGroup(i) ? shadowRadioOptions(i) : [];
  },
  kind(host) {
    const i = inner(host)!;
    return isRadioGroup(i.el) ? 'radio' : i.adapter.kind(i.el);
  },
  read(host, ctx) {
    const i = inner(host);
    return i?.adapter.read ? i.adapter.read(i.el, ctx) : { value: '', empty: true };
  },
  disabled: (host) => (primaryControl(host) as HTMLInputElement | null)?.disabled === true,
  focus: (host) => primaryControl(host) ?? host,
  // a component reflects its state on the host (value, checked); the inner control's attributes change inside the shadow root
  observe: ['value', 'checked'],
};
