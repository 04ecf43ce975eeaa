/**
 * Label inference, layer by layer, stopping at the first confident answer:
 *  1. the accessible name (./accessible.ts);
 *  2. structure: the text right after a checkbox or radio (./sibling.ts nextLabel), tables and
 *     grids (./table.ts), a floating label written after the control in the field's own box
 *     (./sibling.ts followingLabel), then the text before the control (./sibling.ts);
 *  3. geometry: the nearest text left or above (./geometric.ts);
 * never an adornment, unit, counter, placeholder, current value or breadcrumb (./reject.ts).
 * Returns the raw text (with any "*" marker) so `required` can be read from it.
 *
 * `traceControlLabel` / `traceGroupLabel` are the one code path: collect takes `.text` (asking
 * only the layers it needs), the page-structure report (utils/report) asks every layer and
 * shows each answer beside the chosen one, so the report cannot disagree with the checker.
 */
import { accessibleName, groupNameAnswer, type NameAnswer, type NameSource } from './accessible';
import { isPrompt, isRejectedText } from './reject';
import { tableLabel } from './table';
import { followingLabel, leadingCaption, nextLabel, siblingLabel } from './sibling';
import { geometricLabel } from './geometric';
import { editorBox, replacedTextarea } from './replaced';
import { specifyLabel } from '../specify';

export { beginLabelPass, endLabelPass, optionLabel, accessibleName, type LabelPassState } from './accessible';
export type { NameSource } from './accessible';

export type LabelLayer = 'accessible' | 'next' | 'table' | 'after' | 'sibling' | 'geometric' | 'title';

/** What one layer found ('' when nothing). */
export interface LayerAnswer {
  layer: LabelLayer;
  text: string;
  /** accessible layer: where the name came from */
  via?: NameSource;
  /** accessible layer: a library's English boilerplate, taken only after the structural layers */
  weak?: boolean;
  /** accessible layer: a unit, counter, placeholder or the current value (./reject.ts) */
  rejected?: boolean;
}

export interface LabelTrace {
  /** the chosen label, raw (with any required mark) */
  text: string;
  /** the layer it came from; null when no layer found one */
  layer: LabelLayer | null;
  /** the answers asked, in the order of the layers (every layer when `every`) */
  answers: LayerAnswer[];
}

const ORDER: readonly LabelLayer[] = ['accessible', 'next', 'table', 'after', 'sibling', 'geometric', 'title'];

function named(a: NameAnswer, rejected: boolean): LayerAnswer {
  const out: LayerAnswer = { layer: 'accessible', text: a.text };
  if (a.via) out.via = a.via;
  if (a.text && !a.confident) out.weak = true;
  if (a.text && rejected) out.rejected = true;
  return out;
}

/**
 * Asks the layers in `steps` order (a layer may appear twice with a different test: a weak
 * accessible name is taken only after the structural layers); the first accepted answer wins.
 * Each layer is computed at most once; with `every`, the layers not needed are asked too.
 */
function trace(
  layers: Record<LabelLayer, () => LayerAnswer>,
  steps: readonly [LabelLayer, (a: LayerAnswer) => boolean][],
  every: boolean,
): LabelTrace {
  const got = new Map<LabelLayer, LayerAnswer>();
  const ask = (l: LabelLayer) => {
    let a = got.get(l);
    if (!a) got.set(l, (a = layers[l]()));
    return a;
  };
  let chosen: LayerAnswer | null = null;
  for (const [layer, accept] of steps) {
    const a = ask(layer);
    if (a.text && accept(a)) {
      chosen = a;
      break;
    }
  }
  if (every) for (const l of ORDER) ask(l);
  return {
    text: chosen?.text ?? '',
    layer: chosen?.layer ?? null,
    answers: ORDER.filter((l) => got.has(l)).map((l) => got.get(l)!),
  };
}

const any = () => true;
const sound = (a: LayerAnswer) => !a.rejected;
const confident = (a: LayerAnswer) => !a.rejected && !a.weak;

/** Every layer's answer for a single control, and the one chosen. */
export function traceControlLabel(el: Element, every = false): LabelTrace {
  // the table layer's answer, computed at most once per trace: the own-name layer may ask it
  // first (a grid cell's editor below), and the table layer then reuses it
  let table: string | undefined;
  // an editor's iframe: the structural and geometric layers read the editor's box (the iframe sits
  // under the editor's toolbar, whose words are no label), the title layer nothing
  const frame = el.tagName === 'IFRAME';
  const box = frame ? editorBox(el) : el;
  const tableOnce = () => (table ??= tableLabel(box));
  return trace(
    {
      accessible: () => {
        // an editor's iframe is named by its library ("Rich Text Area", CKEditor 4's "Rich Text
        // Editor, editor1"), never by the page: only the page's own label of the textarea it replaced
        let own: NameAnswer = frame ? { text: '', confident: false } : accessibleName(el);
        // an editor standing for a textarea the page hid and labelled: the page's label (./replaced.ts)
        const replaced = frame || el.matches('[contenteditable], [role="textbox"]') ? replacedTextarea(el) : null;
        if (replaced) {
          const page = accessibleName(replaced);
          if (page.text && page.confident && !isRejectedText(page.text)) own = page;
        }
        // a name that only asks for a choice ("กรุณาเลือกระดับแผน", "-- กรุณาเลือก --": Quasar's
        // q-select in a table cell, its label used as the prompt) says what to do, not what the
        // field is: the column header or a caption nearby comes first (zoo vue-quasar M1 rows)
        if (own.confident && isPrompt(own.text)) own = { ...own, confident: false };
        // a grid cell's editor named by its column header only (DevExtreme's dxDataGrid points
        // the editor's aria-labelledby at the header cell): a person reads the row with it, so
        // the table's "<row> – <column>" comes first (zoo jquery-devextreme: every KPI result
        // cell was "ผลที่ได้")
        if (own.confident && el.closest('td, [role="gridcell"]')) {
          const cell = tableOnce();
          if (cell.length > own.text.length && cell.endsWith(` – ${own.text}`)) own = { ...own, confident: false };
        }
        return named(own, !!own.text && isRejectedText(own.text, el, own.via === 'label-for' && !el.closest('label')));
      },
      // a checkbox or radio named by the text right after it (./sibling.ts nextLabel)
      // …and a "โปรดระบุ" box by its option's text ("อื่นๆ ระบุ": ../specify.ts)
      next: () => ({ layer: 'next', text: nextLabel(box) || specifyLabel(box) }),
      table: () => ({ layer: 'table', text: tableOnce() }),
      sibling: () => ({ layer: 'sibling', text: siblingLabel(box) }),
      // a floating label written after its control, inside the field's own box (./sibling.ts followingLabel)
      after: () => ({ layer: 'after', text: followingLabel(box) }),
      geometric: () => ({ layer: 'geometric', text: geometricLabel(box) }),
      title: () => ({ layer: 'title', text: frame ? '' : el.getAttribute('title') ?? '' }),
    },
    [['accessible', confident], ['next', any], ['table', any], ['after', any], ['sibling', any], ['accessible', sound], ['geometric', any], ['title', any]],
    every,
  );
}

/**
 * Every layer's answer for a group of radios (native or role=radio), and the one chosen: the
 * group's legend or name, else the structural or geometric label of the container around the
 * options (a table cell is the first option's).
 */
export function traceGroupLabel(group: Element, firstOption: Element, every = false): LabelTrace {
  return trace(
    {
      accessible: () => {
        const own = groupNameAnswer(group);
        return named(own, !!own.text && isRejectedText(own.text));
      },
      next: () => ({ layer: 'next', text: '' }),
      table: () => ({ layer: 'table', text: tableLabel(firstOption) }),
      sibling: () => ({ layer: 'sibling', text: (group.contains(firstOption) ? leadingCaption(group, firstOption) : '') || siblingLabel(group) }),
      after: () => ({ layer: 'after', text: '' }),
      geometric: () => ({ layer: 'geometric', text: geometricLabel(group) }),
      title: () => ({ layer: 'title', text: firstOption.getAttribute('title') ?? '' }),
    },
    [['accessible', sound], ['table', any], ['sibling', any], ['geometric', any], ['title', any]],
    every,
  );
}

/** Label of a single control. */
export function labelOfControl(el: Element): string {
  return traceControlLabel(el).text;
}

/** Label of a group of radios. */
export function labelOfGroup(group: Element, firstOption: Element): string {
  return traceGroupLabel(group, firstOption).text;
}
