/**
 * Segmented date fields (MUI X v8 pickers, React Aria, native-like day/month/year spinbuttons
 * in a role=group): one field named by the group, its value the text the segments show
 * (or the hidden input the library keeps in sync). Read one by one, the segments came out as
 * three fields named "Day", "Month", "Year".
 */
import type { WidgetAdapter } from './types';
import { cleanText } from '@/utils/text';

export function segmentGroup(el: Element): Element | null {
  if (el.getAttribute('role') !== 'spinbutton') return null;
  const group = el.closest('[role="group"]');
  if (!group) return null;
  return group.querySelectorAll('[role="spinbutton"]').length >= 2 ? group : null;
}

export const dateSegments: WidgetAdapter = {
  id: 'date-segments',
  match: (el) => segmentGroup(el) !== null,
  owner: (el) => segmentGroup(el) ?? el,
  kind: () => 'text',
  read(group) {
    const segments = Array.from(group.querySelectorAll('[role="spinbutton"]'));
    const filled = segments.filter((s) => (s.getAttribute('aria-valuenow') ?? '') !== '');
    if (!filled.length) return { value: '', empty: true };
    const hidden = group.querySelector('input') as HTMLInputElement | null;
    const value = hidden?.value ? hidden.value : cleanText(segments.map((s) => s.textContent ?? '').join('/'));
    return { value, empty: filled.length < segments.length };
  },
  focus: (group) => group.querySelector('[role="spinbutton"]') ?? group,
  observe: ['aria-valuenow', 'aria-valuetext'],
};
