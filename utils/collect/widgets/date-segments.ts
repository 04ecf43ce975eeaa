/**
 * Segmented date fields (MUI X v8 pickers, React Aria, native-like day/month/year spinbuttons
 * in a role=group): one field named by the group, its value the text the segments show
 * (or the hidden input the library keeps in sync). Read one by one, the segments came out as
 * three fields named "Day", "Month", "Year".
 */
import type { WidgetAdapter } from './types';
import { cleanText } from '@/utils/text';

/**
 * A segment is an element whose text is its value (span/div role=spinbutton). A text input with
 * role=spinbutton (Fluent UI SpinButton, jQuery UI spinner) holds its own value: it is a number
 * field, and the group around several of them is a card or a table, not a date (Fluent's Card is
 * a role=group: its three KPI SpinButtons were read as one "date" named by the text above it).
 */
const isSegment = (el: Element) => el.getAttribute('role') === 'spinbutton' && el.tagName !== 'INPUT' && el.tagName !== 'TEXTAREA';

export function segmentGroup(el: Element): Element | null {
  if (!isSegment(el)) return null;
  const group = el.closest('[role="group"]');
  if (!group) return null;
  return Array.from(group.querySelectorAll('[role="spinbutton"]')).filter(isSegment).length >= 2 ? group : null;
}

export const dateSegments: WidgetAdapter = {
  id: 'date-segments',
  match: (el) => segmentGroup(el) !== null,
  owner: (el) => segmentGroup(el) ?? el,
  kind: () => 'text',
  read(group) {
    const segments = Array.from(group.querySelectorAll('[role="spinbutton"]')).filter(isSegment);
    const filled = segments.filter((s) => (s.getAttribute('aria-valuenow') ?? '') !== '');
    if (!filled.length) return { value: '', empty: true };
    const hidden = group.querySelector('input') as HTMLInputElement | null;
    const value = hidden?.value ? hidden.value : cleanText(segments.map((s) => s.textContent ?? '').join('/'));
    return { value, empty: filled.length < segments.length };
  },
  focus: (group) => Array.from(group.querySelectorAll('[role="spinbutton"]')).find(isSegment) ?? group,
  observe: ['aria-valuenow', 'aria-valuetext'],
};
