/**
 * Label inference, layer by layer, stopping at the first confident answer:
 *  1. the accessible name (./accessible.ts);
 *  2. structure: tables and grids (./table.ts), then the text before the control (./sibling.ts);
 *  3. geometry: the nearest text left or above (./geometric.ts);
 * never an adornment, unit, counter, placeholder, current value or breadcrumb (./reject.ts).
 * Returns the raw text (with any "*" marker) so `required` can be read from it.
 */
import { accessibleName, groupName } from './accessible';
import { isRejectedText } from './reject';
import { tableLabel } from './table';
import { nextLabel, siblingLabel } from './sibling';
import { geometricLabel } from './geometric';

export { beginLabelPass, endLabelPass, optionLabel, accessibleName } from './accessible';

/** Label of a single control. */
export function labelOfControl(el: Element): string {
  const own = accessibleName(el);
  if (own.text && own.confident && !isRejectedText(own.text, el)) return own.text;
  const structural = nextLabel(el) || tableLabel(el) || siblingLabel(el);
  if (structural) return structural;
  if (own.text && !isRejectedText(own.text, el)) return own.text;
  return geometricLabel(el) || el.getAttribute('title') || '';
}

/**
 * Label of a group of radios (native or role=radio): the group's legend or name, else the
 * structural or geometric label of the container around the options.
 */
export function labelOfGroup(group: Element, firstOption: Element): string {
  const own = groupName(group);
  if (own && !isRejectedText(own)) return own;
  return tableLabel(firstOption) || siblingLabel(group) || geometricLabel(group) || firstOption.getAttribute('title') || '';
}
