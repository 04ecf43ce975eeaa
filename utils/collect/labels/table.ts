/**
 * Layer 2a, tables (Chromium's InferLabelFromTableColumn / InferLabelFromTableRow, extended):
 * - a grid cell under a column header and beside a row header is named by both,
 *   "<row> – <column>" (EN DASH), e.g. "จำนวนผู้ประกอบการที่ได้รับการอบรม – ผลที่ได้";
 * - the row header is the nearest preceding header cell of the row, else the row's first cell
 *   when it is text (a row number "1" or a target "120" is not a header);
 * - column headers are found in the table's head, its first all-header row, or the header
 *   table of a split header/body pair (Element Plus el-table, AntD scroll tables);
 * - a table without column headers pairs each control with the nearest text cell before it
 *   (two label/control pairs in one row each keep their own label).
 * Works for <table> and for ARIA grids (role=row / cell / columnheader / rowheader).
 */
import { containsControl, flatClosest, holdsOtherField, textOf } from '../dom';
import { isRejectedText } from './reject';

const CELL = 'td, th, [role="cell"], [role="gridcell"], [role="rowheader"], [role="columnheader"]';
const ROW = 'tr, [role="row"]';
const TABLE = 'table, [role="grid"], [role="table"], [role="treegrid"]';

/** More cells than any form table's row has: the walk of an ARIA row's boxes stops there. */
const MAX_ROW_CELLS = 64;

/**
 * The cells of a row. A <tr>'s are its children (not HTMLTableRowElement.cells: missing in
 * happy-dom). An ARIA row owns the cells below it through generic boxes, as ARIA's owned
 * elements do: React Suite's Table (rsuite-table) groups a row's `role=gridcell` cells in a
 * `div.rs-table-cell-group` and wraps each `role=columnheader` in a div of its own. Children only,
 * the zoo's react-rsuite KPI cells had no column (named by their row alone) and its plan-row
 * selects were named by the whole header row or by the cell beside them.
 */
function cellsOf(row: Element): Element[] {
  if (row.tagName === 'TR') return Array.from(row.children).filter((c) => c.matches(CELL));
  const out: Element[] = [];
  const found = row.querySelectorAll(CELL);
  for (let i = 0; i < found.length && out.length < MAX_ROW_CELLS; i++) {
    const c = found[i]!;
    // a cell of this row, not of a grid drawn inside one of its cells
    if (c.parentElement?.closest(ROW) === row && !out.some((o) => o.contains(c))) out.push(c);
  }
  return out;
}

function rowsOf(part: Element): Element[] {
  return Array.from(part.children).filter((r) => r.tagName === 'TR');
}

function span(cell: Element): number {
  return (cell as HTMLTableCellElement).colSpan || 1;
}

function columnIndex(cell: Element, row: Element): number {
  const aria = cell.getAttribute('aria-colindex');
  if (aria) return Number(aria) - 1;
  let i = 0;
  for (const c of cellsOf(row)) {
    if (c === cell) return i;
    i += span(c);
  }
  return -1;
}

function isHeaderCell(c: Element): boolean {
  return c.tagName === 'TH' || c.getAttribute('role') === 'columnheader';
}

function headerRowOf(table: Element): Element | null {
  if (table.tagName === 'TABLE') {
    const head = table.querySelector(':scope > thead');
    const headRows = head ? rowsOf(head) : [];
    if (headRows.length) return headRows[headRows.length - 1]!;
    const body = table.querySelector(':scope > tbody') ?? table;
    const first = rowsOf(body)[0];
    const cells = first ? cellsOf(first) : [];
    if (cells.length > 1 && cells.every(isHeaderCell)) return first!;
    return null;
  }
  const rows = table.querySelectorAll(ROW);
  for (let i = 0; i < rows.length && i < 3; i++) {
    if (rows[i]!.querySelector('[role="columnheader"]')) return rows[i]!;
  }
  return null;
}

/**
 * The header table of a split header/body table: a table before this one, inside a near ancestor.
 * DevExtreme's dxDataGrid draws its body table 6 boxes below the grid that also holds the header
 * table (rowsview › scrollable wrapper › container › content › grid content › table).
 */
function splitHeaderRow(table: Element): Element | null {
  let node: Element | null = table.parentElement;
  for (let depth = 0; node && depth < 7; depth++, node = node.parentElement) {
    const tables = node.querySelectorAll('table');
    for (let i = 0; i < tables.length; i++) {
      const t = tables[i]!;
      if (t === table) break;
      if (t.contains(table) || table.contains(t)) continue;
      const row = headerRowOf(t);
      if (row && onlyHeaderRows(t)) return row;
    }
  }
  return null;
}

/**
 * A header table holds no data row: its rows, in <thead> or in <tbody>, are all header cells
 * (DevExtreme's dxDataGrid draws its header row as `tbody > tr > td[role=columnheader]` in a
 * table of its own: the zoo's jquery-devextreme KPI cells had no column).
 */
function onlyHeaderRows(t: Element): boolean {
  return rowsOf(t.querySelector(':scope > tbody') ?? t).every((r) => cellsOf(r).every(isHeaderCell));
}

function headerText(cell: Element | null | undefined): string {
  if (!cell || containsControl(cell)) return '';
  const t = textOf(cell);
  return isRejectedText(t) ? '' : t;
}

/**
 * Column headers of a <thead> of two or more rows (grouped columns: "ผลการดำเนินงาน" over
 * "ไตรมาสนี้ | สะสม", beside "ตัวชี้วัด" spanning both rows), placed as HTML's table model
 * places them, rowspans and colspans counted: each column's headers top-down. Taking the last
 * row alone, a probe of 7 Dec named the grouped columns' inputs by the column two to their left,
 * or by nothing (the spanning cells of the first row hold columns 0–1 of the second).
 */
function groupedHeaders(head: Element): string[][] | null {
  const rows = rowsOf(head);
  if (rows.length < 2 || rows.length > 4) return null;
  const cols: string[][] = [];
  const taken: boolean[][] = rows.map(() => []);
  rows.forEach((row, r) => {
    let at = 0;
    for (const c of cellsOf(row)) {
      while (taken[r]![at]) at++;
      const text = headerText(c);
      const width = Math.min(span(c), MAX_ROW_CELLS);
      const height = Math.max(1, Math.min((c as HTMLTableCellElement).rowSpan || 1, rows.length - r));
      for (let k = at; k < at + width && k < MAX_ROW_CELLS; k++) {
        for (let rr = r; rr < r + height; rr++) taken[rr]![k] = true;
        if (text) (cols[k] ??= []).push(text);
      }
      at += width;
    }
  });
  return cols;
}

function columnHeader(table: Element, row: Element, index: number): string {
  const thead = table.tagName === 'TABLE' ? table.querySelector(':scope > thead') : null;
  const grouped = thead && !thead.contains(row) ? groupedHeaders(thead) : null;
  if (grouped) return (grouped[index] ?? []).join(' ');
  const headRow = headerRowOf(table) ?? (table.tagName === 'TABLE' ? splitHeaderRow(table) : null);
  if (!headRow || headRow === row) return '';
  let i = 0;
  for (const c of cellsOf(headRow)) {
    const aria = c.getAttribute('aria-colindex');
    const at = aria ? Number(aria) - 1 : i;
    if (index >= at && index < at + span(c)) return headerText(c);
    i = at + span(c);
  }
  return '';
}

function rowHeader(row: Element, cell: Element): string {
  const cells = cellsOf(row);
  const at = cells.indexOf(cell);
  for (let i = at - 1; i >= 0; i--) {
    const c = cells[i]!;
    if (c.tagName === 'TH' || c.getAttribute('role') === 'rowheader') {
      const t = headerText(c);
      if (t) return t;
    }
  }
  // else the row's first cell that is text: a row number ("1"), a target ("120") or a unit before
  // it is no name ("1 | จำนวนผู้เข้ารับการอบรม | 120 | คน | [ ]")
  // (past the first cell, only a cell of plain text: a drawn widget's cell, focusable, a custom
  // element's or one slotting content, ends the search as a control does: zoo vue-naive's and
  // wc-vaadin's plan rows, "1 | [level: แผนระดับที่ 3] | … | [issue]", were named by the level chosen)
  for (let i = 0; i < at; i++) {
    const c = cells[i]!;
    if (containsControl(c)) return '';
    if (i > 0 && !plainTextCell(c)) return '';
    const t = headerText(c);
    if (t) return t;
  }
  return '';
}

/** A cell that only shows text: nothing focusable, no slot, no custom element (a drawn widget's parts). */
function plainTextCell(c: Element): boolean {
  if (c.shadowRoot || c.querySelector('slot, [tabindex], [contenteditable], [role]')) return false;
  const all = c.getElementsByTagName('*');
  for (let i = 0; i < all.length && i < 64; i++) if (all[i]!.localName.includes('-')) return false;
  return all.length <= 64;
}

/** Nearest text cell before the control's cell in its row (tables without column headers). */
function pairedCell(row: Element, cell: Element): string {
  const cells = cellsOf(row);
  for (let i = cells.indexOf(cell) - 1; i >= 0; i--) {
    const c = cells[i]!;
    if (containsControl(c)) break;
    const t = headerText(c);
    if (t) return t;
  }
  return '';
}

/** A column header is a few words (the zoo's longest: 31 characters); a summary card's text is hundreds. */
const MAX_HEADER_CHARS = 80;

/** Radios of `el`'s own group (one name, or one radiogroup / parent for ARIA radios) are one field with it. */
function sameRadioGroup(el: Element): ((f: Element) => boolean) | undefined {
  if (el instanceof HTMLInputElement && el.type === 'radio' && el.name) {
    return (f) => f instanceof HTMLInputElement && f.type === 'radio' && f.name === el.name;
  }
  if (el.getAttribute('role') !== 'radio') return undefined;
  const group = el.closest('[role="radiogroup"]') ?? el.parentElement;
  return (f) => f.getAttribute('role') === 'radio' && (f.closest('[role="radiogroup"]') ?? f.parentElement) === group;
}

/**
 * A table drawn with layout boxes and no table semantics (Ionic's ion-grid › ion-row › ion-col, a
 * CSS grid of divs): rows are siblings of one tag, the first of them holds no control, as many
 * cells as the control's row and text in at least two of them; it is the header row. The control's
 * cell takes its column's header, and its row's first cell, when that is text, as the row's name,
 * as in a <table>. The cell is up to 5 levels above the control: a component draws its own boxes
 * around the input (Ionic's ion-input: ion-col › ion-input › label › div › input; with 3 levels
 * the zoo's KPI cells were named by the row's text alone, without their column).
 */
/**
 * The cells of a row drawn with layout boxes read as a header row: no control, nothing focusable
 * (a box select: repeated form items are no table), text over at least two columns (an action
 * column may have none), and headers, not paragraphs: cards side by side (a card-header and a
 * card-body each) are no table: zoo react-bootstrap's summary card "read" as the header row named
 * its report card's status radios by the whole summary. The cells below must each hold one field
 * (the caller's holdsOtherField).
 */
function isHeaderRow(heads: readonly Element[]): boolean {
  if (heads.some((h) => containsControl(h) || h.querySelector('[tabindex], a[href], [contenteditable]') || textOf(h).length > MAX_HEADER_CHARS)) return false;
  return heads.filter((h) => headerText(h)).length >= 2;
}

function layoutGridLabel(el: Element): string {
  let cell: Element | null = el;
  for (let depth = 0; cell && depth < 5; depth++, cell = cell.parentElement) {
    const row = cell.parentElement;
    const grid = row?.parentElement;
    if (!row || !grid || row.children.length < 2) continue;
    const rows = Array.from(grid.children).filter((r) => r.tagName === row.tagName);
    const head = rows[0];
    if (rows.length < 2 || !head || head === row || head.children.length !== row.children.length) continue;
    const heads = Array.from(head.children);
    if (containsControl(head) || !isHeaderRow(heads) || holdsOtherField(cell, el, sameRadioGroup(el))) continue;
    const index = Array.from(row.children).indexOf(cell);
    const column = headerText(heads[index]);
    const first = row.children[0]!;
    const rowName = index > 0 ? headerText(first) : '';
    return column && rowName ? `${rowName} – ${column}` : column;
  }
  return '';
}

/** Column tracks of a computed `grid-template-columns` ("200px 200px 200px", "repeat(3, 1fr)"): 0 when none. */
export function gridTracks(template: string): number {
  if (template.trim() === 'none') return 0;
  let n = 0;
  // a repeat() counts its count times its own tracks; auto-fill is resolved to px by the browser
  const rest = template.replace(/repeat\(\s*(\d+)\s*,\s*([^()]*(?:\([^()]*\)[^()]*)*)\)/g, (_, count: string, inner: string) => {
    n += Number(count) * gridTracks(inner);
    return ' ';
  });
  // one track per top-level token ("minmax(0, 1fr)" is one); line names "[a]" are none
  let depth = 0;
  let token = false;
  for (const ch of rest.replace(/\[[^\]]*\]/g, ' ')) {
    if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (depth === 0 && /\s/.test(ch)) token = false;
    else if (!token) {
      token = true;
      n++;
    }
  }
  return n;
}

/**
 * A table drawn as one CSS grid: the grid's first row of items is short text (the column
 * headers), the items after it are cells, each holding one field, laid out column by column
 * under those headers (`display: grid; grid-template-columns: 1fr 1fr 1fr` with three header
 * divs and then three control divs). With no rows in the DOM, layoutGridLabel sees none, and the
 * text before a control was the previous column's header: a probe in that markup named its
 * first select "ผลการเบิกจ่าย (บาท)", the third column's header (7 Dec). The header is the one
 * drawn at the cell's left edge, so a cell spanning columns is still paired by where it is drawn.
 */
function cssGridLabel(el: Element): string {
  let cell: Element | null = el;
  for (let depth = 0; cell && depth < 5; depth++, cell = cell.parentElement) {
    const grid = cell.parentElement;
    if (!grid || typeof getComputedStyle !== 'function') continue;
    const style = getComputedStyle(grid);
    if (style.display !== 'grid' && style.display !== 'inline-grid') continue;
    const columns = gridTracks(style.gridTemplateColumns);
    const items = Array.from(grid.children);
    const index = items.indexOf(cell);
    if (columns < 2 || index < columns || items.length < 2 * columns) return '';
    const heads = items.slice(0, columns);
    if (!isHeaderRow(heads) || holdsOtherField(cell, el, sameRadioGroup(el))) return '';
    const left = cell.getBoundingClientRect().left;
    const head = heads.find((h) => Math.abs(h.getBoundingClientRect().left - left) < 2) ?? null;
    if (!head) return '';
    const column = headerText(head);
    // the row's first item, when it is text, names the row (as in a <table>)
    const col = heads.indexOf(head);
    const start = index - col;
    const first = col > 0 && start % columns === 0 ? items[start] : undefined;
    const rowName = first && !containsControl(first) ? headerText(first) : '';
    return column && rowName ? `${rowName} – ${column}` : column;
  }
  return '';
}

/**
 * The cell a control is drawn in when a web component's table places it through slots: Vaadin's
 * vaadin-grid keeps each cell's content in its light DOM (`vaadin-grid-cell-content`, holding
 * what a renderer put there, e.g. a vaadin-text-field and its slotted input) and slots it into a
 * `<td role=gridcell>` of the `<table role=treegrid>` in its shadow root, under `<th
 * role=columnheader>` cells that slot their header text the same way. Light-DOM closest() finds no
 * cell: the zoo's wc-vaadin KPI cells were named by their row's text alone, without the column.
 */
function drawnCell(el: Element): Element | null {
  const cell = flatClosest(el, CELL);
  return cell && cell.getRootNode() !== el.getRootNode() ? cell : null;
}

export function tableLabel(el: Element): string {
  const cell = el.closest(CELL) ?? (el.closest(TABLE) ? null : drawnCell(el));
  if (!cell) return el.closest(TABLE) ? '' : layoutGridLabel(el) || cssGridLabel(el);
  if (isHeaderCell(cell)) return '';
  const row = cell.parentElement?.closest(ROW) ?? null;
  const table = row?.closest(TABLE);
  if (!row || !table) return '';
  const index = columnIndex(cell, row);
  const column = index >= 0 ? columnHeader(table, row, index) : '';
  const rowName = rowHeader(row, cell);
  if (column && rowName) return `${rowName} – ${column}`;
  if (column) return column;
  return pairedCell(row, cell) || rowName;
}
