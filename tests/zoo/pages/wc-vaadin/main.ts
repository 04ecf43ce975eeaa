/**
 * Zoo page: Vaadin 25 web components without Flow (the `@vaadin/*` packages, Lumo theme), written
 * from Vaadin's docs as a client-side team uses them: plain TypeScript, every component imported by
 * its package and configured through properties (items, renderers, i18n), Lumo from
 * `@vaadin/vaadin-lumo-styles/lumo.css`. Vaadin's field components keep their label, native input,
 * helper and error text in the LIGHT DOM (slotted into the shadow root: `<label slot="label">`,
 * `<input slot="input">`), and so do vaadin-grid's cells (`vaadin-grid-cell-content` slotted into
 * the shadow `<table>`).
 *
 * M6: sections are vaadin-cards (`card-title`), each holding an auto-responsive vaadin-form-layout;
 * the quarter a vaadin-select (`items`; the chosen item drawn in a vaadin-select-value-button), the
 * dates vaadin-date-pickers whose i18n formatDate / parseDate show dd/mm/yyyy in the Buddhist era,
 * the status a vaadin-radio-group, the progress a vaadin-slider beside a vaadin-integer-field
 * (suffix %), money vaadin-text-fields with ฿ / บาท in their prefix / suffix slots, the target
 * groups a vaadin-multi-select-combo-box (chips), the KPIs a vaadin-grid whose result column's
 * renderer puts a label-less vaadin-text-field in each cell (filtered by a text field in the card's
 * header), vaadin-text-areas with a character counter in their helper text, vaadin-checkboxes
 * revealing plan cards with a vaadin-combo-box and a text area. A vaadin-dialog confirms the save
 * (then a vaadin-notification). The send step is a vaadin-dialog (`header-title`, renderer and
 * footerRenderer) with the approver a required vaadin-select, cancel and a primary commit button.
 * M1: cascading vaadin-combo-boxes in form layouts, the edition a vaadin-radio-group, plan rows a
 * vaadin-grid of label-less vaadin-select cells with a remove button confirmed in a vaadin-dialog.
 */
import '@vaadin/vaadin-lumo-styles/lumo.css';
import '@vaadin/button';
import '@vaadin/card';
import '@vaadin/checkbox';
import '@vaadin/combo-box';
import '@vaadin/date-picker';
import '@vaadin/dialog';
import '@vaadin/form-layout';
import '@vaadin/form-layout/vaadin-form-row.js';
import '@vaadin/grid';
import '@vaadin/horizontal-layout';
import '@vaadin/integer-field';
import '@vaadin/multi-select-combo-box';
import '@vaadin/progress-bar';
import '@vaadin/radio-group';
import '@vaadin/select';
import '@vaadin/slider';
import '@vaadin/text-area';
import '@vaadin/text-field';
import '@vaadin/vertical-layout';
import { Notification } from '@vaadin/notification';
import type { ComboBox } from '@vaadin/combo-box';
import type { DatePicker, DatePickerDate } from '@vaadin/date-picker';
import type { Dialog } from '@vaadin/dialog';
import type { Grid, GridColumn, GridItemModel } from '@vaadin/grid';
import type { IntegerField } from '@vaadin/integer-field';
import type { MultiSelectComboBox } from '@vaadin/multi-select-combo-box';
import type { RadioGroup } from '@vaadin/radio-group';
import type { Select, SelectItem } from '@vaadin/select';
import type { Slider } from '@vaadin/slider';
import type { TextArea } from '@vaadin/text-area';
import type { TextField } from '@vaadin/text-field';
import type { Checkbox } from '@vaadin/checkbox';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import type { M1Values, M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
/** vaadin-select items: the option's index as its value, '' = nothing chosen (the placeholder shows) */
const selectItems = (list: string[]): SelectItem[] => list.map((t, i) => ({ label: t, value: `o${i}` }));
const valueOf = (list: string[], chosen: string) => { const i = list.indexOf(chosen); return i < 0 ? '' : `o${i}`; };
const indexOf = (value: string) => { const m = /^o(\d+)$/.exec(value ?? ''); return m ? Number(m[1]) : -1; };

// vaadin-date-picker in Thai with Buddhist-era years (Vaadin's docs: a custom i18n formatDate /
// parseDate pair; the value stays ISO yyyy-mm-dd)
const pad = (n: number) => String(n).padStart(2, '0');
const thaiDates = {
  monthNames: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
  weekdays: ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'],
  weekdaysShort: ['อา', 'จ', 'อ', 'พ', 'พฤ', 'ศ', 'ส'],
  firstDayOfWeek: 0,
  today: 'วันนี้',
  cancel: 'ยกเลิก',
  formatDate: (d: DatePickerDate) => `${pad(d.day)}/${pad(d.month + 1)}/${d.year + 543}`,
  parseDate: (text: string): DatePickerDate | undefined => {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(text);
    if (!m) return undefined;
    const year = Number(m[3]);
    return { day: Number(m[1]), month: Number(m[2]) - 1, year: year > 2400 ? year - 543 : year };
  },
  formatTitle: (monthName: string, fullYear: number) => `${monthName} ${fullYear + 543}`,
};

const style = document.createElement('style');
style.textContent = `
  html { background: var(--lumo-contrast-5pct); }
  body { margin: 0; font-family: var(--lumo-font-family); color: var(--lumo-body-text-color); }
  header.top { display: flex; align-items: center; gap: var(--lumo-space-l); padding: var(--lumo-space-s) var(--lumo-space-l); background: var(--lumo-primary-color); color: var(--lumo-primary-contrast-color); }
  header.top a { color: inherit; text-decoration: none; }
  header.top nav { display: flex; gap: var(--lumo-space-m); flex: 1; }
  main { max-width: 1100px; margin: 0 auto; padding: var(--lumo-space-m) var(--lumo-space-l); }
  vaadin-card { margin-bottom: var(--lumo-space-m); background: var(--lumo-base-color); }
  .breadcrumb { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); }
  .breadcrumb a { color: var(--lumo-primary-text-color); text-decoration: none; }
  dl.summary { display: grid; grid-template-columns: 12rem 1fr; margin: 0; row-gap: var(--lumo-space-xs); }
  dl.summary dd { margin: 0; }
  .plans { display: flex; flex-direction: column; gap: var(--lumo-space-s); }
  .plan-card { margin-left: var(--lumo-space-xl); }
  .legend { color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); font-weight: 500; }
  footer { text-align: center; color: var(--lumo-secondary-text-color); font-size: var(--lumo-font-size-s); padding: var(--lumo-space-m); }
`;
document.head.append(style);

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l) => `<a href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a>`).join('');
  document.getElementById('app')!.innerHTML = `
  <header class="top"><a href="${r.base}" data-link><b>eMENSCR</b></a><nav>${links}</nav>
    <vaadin-text-field theme="small" placeholder="${esc(FORM.chrome.search)}" clear-button-visible></vaadin-text-field>
    <span>${esc(FORM.chrome.user)}</span></header>
  <main id="page">${body}</main>
  <footer>${esc(FORM.chrome.footer)}</footer>`;
}

const page = () => document.getElementById('page')!;
const $ = <T extends HTMLElement>(sel: string) => page().querySelector(sel) as T;
const breadcrumb = (items: string[], base: string) => `<div class="breadcrumb">${items.map((t, i) => i === 0 ? `<a href="${base}" data-link>${esc(t)}</a>` : esc(t)).join(' / ')}</div>`;

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (dt: string, dd: string | number) => `<dt>${esc(dt)}</dt><dd>${esc(dd)}</dd>`;
  return `<vaadin-card card-title="${esc(FORM.summary.title)}"><dl class="summary">
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </dl></vaadin-card>`;
}

const card = (title: string, body: string, extra = '') => `<vaadin-card card-title="${esc(title)}" ${extra}>${body}</vaadin-card>`;

/** A vaadin-dialog asking to confirm (header title, message, cancel + primary button in the footer). */
function confirm(title: string, message: string, ok: string, danger = false): Promise<boolean> {
  return new Promise((resolve) => {
    const dialog = document.createElement('vaadin-dialog') as Dialog;
    dialog.headerTitle = title;
    let answer = false;
    dialog.renderer = (root) => { root.textContent = message; };
    dialog.footerRenderer = (root) => {
      if (root.firstElementChild) return;
      const cancel = document.createElement('vaadin-button');
      cancel.textContent = 'ยกเลิก';
      cancel.addEventListener('click', () => { dialog.opened = false; });
      const yes = document.createElement('vaadin-button');
      yes.setAttribute('theme', danger ? 'primary error' : 'primary');
      yes.textContent = ok;
      yes.addEventListener('click', () => { answer = true; dialog.opened = false; });
      root.append(cancel, yes);
    };
    dialog.addEventListener('closed', () => { dialog.remove(); resolve(answer); });
    page().append(dialog);
    dialog.opened = true;
  });
}
const confirmSave = async () => {
  if (await confirm('บันทึกข้อมูล', 'ยืนยันการบันทึกข้อมูลหรือไม่', 'บันทึก')) Notification.show('บันทึกข้อมูลเรียบร้อยแล้ว', { theme: 'success', position: 'bottom-end' });
};

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
interface KpiRow { name: string; target: string; unit: string; result: string }

function renderM6(r: Route, v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const textarea = (name: string, label: string, max: number) =>
    `<vaadin-text-area name="${name}" label="${esc(label)}" maxlength="${max}" data-colspan="2"></vaadin-text-area>`;
  const date = (name: string, label: string) =>
    `<vaadin-date-picker name="${name}" label="${esc(label)}" placeholder="${esc(F.reportDate.placeholder)}" clear-button-visible></vaadin-date-picker>`;
  const planCard = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    return `
    <vaadin-checkbox name="plan-${key}" label="${esc(name)}" data-card="card-${key}"></vaadin-checkbox>
    <vaadin-card class="plan-card" id="card-${key}" card-title="${esc(name)}" theme="outlined" hidden>
      <vaadin-form-layout auto-responsive max-columns="1" column-width="36em" expand-fields>
        <vaadin-combo-box name="plan-${key}-detail" label="${esc(label)}" placeholder="${esc(P)}" clear-button-visible></vaadin-combo-box>
        <vaadin-text-area name="plan-${key}-text" label="${esc(FORM.m6.plans.textLabel)}"></vaadin-text-area>
      </vaadin-form-layout>
    </vaadin-card>`;
  };

  page().innerHTML = `
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <h2>${esc(FORM.m6.title)}</h2>
    ${summary(v.fiscalYear)}
    <form id="report-form" autocomplete="off">
    ${card(S.report, `
      <vaadin-form-layout auto-responsive auto-rows max-columns="2" column-width="20em" expand-fields>
        <vaadin-select name="quarter" label="${esc(F.quarter.label)}" placeholder="${esc(F.quarter.placeholder)}"></vaadin-select>
        ${date('reportDate', F.reportDate.label)}
        <vaadin-radio-group name="status" label="${esc(F.status.label)}" data-colspan="2">
          ${F.status.options.map((s) => `<vaadin-radio-button value="${esc(s)}" label="${esc(s)}"></vaadin-radio-button>`).join('')}
        </vaadin-radio-group>
        <vaadin-horizontal-layout theme="spacing" data-colspan="2" style="align-items: baseline">
          <vaadin-slider id="progress" name="progress" label="${esc(F.progress.label)}" helper-text="${esc(F.progress.helper)}" min="0" max="100" step="1" style="flex: 1"></vaadin-slider>
          <vaadin-integer-field id="progress-number" accessible-name="${esc(F.progress.label)}" min="0" max="100" step-buttons-visible style="width: 9em"><span slot="suffix">${esc(F.progress.unit)}</span></vaadin-integer-field>
        </vaadin-horizontal-layout>
        <vaadin-form-row>${date('startDate', F.startDate.label)}${date('endDate', F.endDate.label)}</vaadin-form-row>
        <vaadin-multi-select-combo-box name="beneficiaries" label="${esc(F.beneficiaries.label)}" placeholder="${esc(F.beneficiaries.placeholder)}" data-colspan="2" clear-button-visible></vaadin-multi-select-combo-box>
      </vaadin-form-layout>`)}
    ${card(S.money, `
      <vaadin-form-layout auto-responsive auto-rows max-columns="2" column-width="20em" expand-fields>
        <vaadin-text-field name="allocation" label="${esc(F.allocation.label)}" allowed-char-pattern="[0-9.,]" placeholder="${esc(F.allocation.placeholder)}"><span slot="prefix">${esc(F.allocation.prefix)}</span></vaadin-text-field>
        <vaadin-text-field name="spent" label="${esc(F.spent.label)}" helper-text="${esc(F.spent.helper)}" allowed-char-pattern="[0-9.,]" placeholder="${esc(F.spent.placeholder)}"><span slot="suffix">${esc(F.spent.suffix)}</span></vaadin-text-field>
      </vaadin-form-layout>`)}
    ${card(S.kpi, `
      <vaadin-text-field slot="header-suffix" id="kpi-filter" theme="small" placeholder="${esc(FORM.chrome.listFilter)}" clear-button-visible></vaadin-text-field>
      <vaadin-grid id="kpi-grid" all-rows-visible theme="row-stripes">
        <vaadin-grid-column path="name" header="${esc(K.columns.name)}" flex-grow="3"></vaadin-grid-column>
        <vaadin-grid-column path="target" header="${esc(K.columns.target)}" width="7em" flex-grow="0"></vaadin-grid-column>
        <vaadin-grid-column id="kpi-result" header="${esc(K.columns.result)}" width="10em" flex-grow="0"></vaadin-grid-column>
        <vaadin-grid-column path="unit" header="${esc(K.columns.unit)}" width="7em" flex-grow="0"></vaadin-grid-column>
      </vaadin-grid>`)}
    ${card(S.narrative, `
      <vaadin-form-layout auto-responsive auto-rows max-columns="2" column-width="20em" expand-fields>
        ${textarea('result', F.result.label, F.result.maxLength)}
        ${textarea('problems', F.problems.label, F.problems.maxLength)}
        ${textarea('suggestions', F.suggestions.label, F.suggestions.maxLength)}
      </vaadin-form-layout>`)}
    ${card(S.plans, `<div class="plans">
      <span class="legend">${esc(FORM.m6.plans.toggleLegend)}</span>
      ${planCard('ns')}${planCard('nesdp')}${planCard('mp')}
    </div>`)}
    <vaadin-horizontal-layout theme="spacing">
      <vaadin-button theme="primary" id="save">บันทึก</vaadin-button>
      <vaadin-button id="send-open">${esc(FORM.send.open)}</vaadin-button>
      <vaadin-button theme="tertiary" id="back">ยกเลิก</vaadin-button>
    </vaadin-horizontal-layout>
    </form>`;

  // the values arrive as properties, as the app's data layer sets them
  const quarter = $<Select>('vaadin-select[name=quarter]');
  quarter.items = selectItems(F.quarter.options);
  quarter.value = valueOf(F.quarter.options, v.quarter);
  for (const k of ['reportDate', 'startDate', 'endDate'] as const) {
    const picker = $<DatePicker>(`vaadin-date-picker[name=${k}]`);
    picker.i18n = thaiDates;
    picker.value = v[k];
  }
  $<RadioGroup>('vaadin-radio-group[name=status]').value = v.status;
  const slider = $<Slider>('#progress');
  const number = $<IntegerField>('#progress-number');
  slider.value = v.progress;
  number.value = String(v.progress);
  slider.addEventListener('input', () => { number.value = String(slider.value); });
  number.addEventListener('change', () => { slider.value = Math.max(0, Math.min(100, Number(number.value) || 0)); });
  const groups = $<MultiSelectComboBox<string>>('vaadin-multi-select-combo-box[name=beneficiaries]');
  groups.items = F.beneficiaries.options;
  groups.selectedItems = [...v.beneficiaries];
  $<TextField>('vaadin-text-field[name=allocation]').value = v.allocation;
  $<TextField>('vaadin-text-field[name=spent]').value = v.spent;

  // KPI grid: the result column renders a text field into each cell (grid cells are light DOM
  // `vaadin-grid-cell-content` elements slotted into the grid's shadow table); the renderer
  // reuses the field the cell already holds, as Vaadin's docs advise
  const rows: KpiRow[] = K.rows.map((row, i) => ({ ...row, result: v.kpi[i] ?? '' }));
  const grid = $<Grid<KpiRow>>('#kpi-grid');
  const resultColumn = $<GridColumn<KpiRow>>('#kpi-result');
  const rowOf = new WeakMap<TextField, KpiRow>();
  resultColumn.renderer = (root, _column, model: GridItemModel<KpiRow>) => {
    let field = root.firstElementChild as TextField | null;
    if (!field) {
      field = document.createElement('vaadin-text-field') as TextField;
      field.setAttribute('theme', 'small');
      field.allowedCharPattern = '[0-9.,]';
      field.addEventListener('input', () => { rowOf.get(field!)!.result = field!.value; });
      root.append(field);
    }
    rowOf.set(field, model.item);
    field.value = model.item.result;
  };
  grid.items = rows;
  $<TextField>('#kpi-filter').addEventListener('input', (e) => {
    const q = (e.target as TextField).value.trim();
    grid.items = q ? rows.filter((row) => row.name.includes(q)) : rows;
  });

  for (const k of ['result', 'problems', 'suggestions'] as const) {
    const area = $<TextArea>(`vaadin-text-area[name=${k}]`);
    area.value = v[k];
    const count = () => { area.helperText = `${area.value.length}/${area.maxlength}`; };
    count();
    area.addEventListener('input', count);
  }
  for (const key of ['ns', 'nesdp', 'mp'] as const) {
    const p = v.plans[key];
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const box = $<Checkbox>(`vaadin-checkbox[name=plan-${key}]`);
    box.checked = p.on;
    $(`#card-${key}`).hidden = !p.on;
    box.addEventListener('change', () => { $(`#card-${key}`).hidden = !box.checked; });
    const combo = $<ComboBox<string>>(`vaadin-combo-box[name=plan-${key}-detail]`);
    combo.items = list;
    combo.value = p.detail;
    $<TextArea>(`vaadin-text-area[name=plan-${key}-text]`).value = p.text;
  }

  $('#save').addEventListener('click', () => void confirmSave());
  $('#back').addEventListener('click', () => (window.__zoo.navigate(r.base)));
  page().append(sendDialog());
}

// The send step (form.json `send`): a vaadin-dialog with `headerTitle`, its content drawn by a
// renderer (the project and its budget source as the page's summary list, the approver a required
// vaadin-select with a placeholder, like the quarter) and cancel + a primary commit button by the
// footerRenderer. The preset approver is set as the dialog opens; an empty commit validates the
// select, which then shows its error message.
function sendDialog() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  const dialog = document.createElement('vaadin-dialog') as Dialog;
  dialog.headerTitle = S.title;
  const select = document.createElement('vaadin-select') as Select;
  select.label = S.recipient.label;
  select.placeholder = S.recipient.placeholder;
  select.required = true;
  select.errorMessage = S.recipient.placeholder;
  select.items = selectItems(S.recipient.options);
  select.style.width = '100%';
  dialog.renderer = (root) => {
    if (root.firstElementChild) return;
    const row = (dt: string, dd: string) => `<dt>${esc(dt)}</dt><dd>${esc(dd)}</dd>`;
    const dl = document.createElement('dl');
    dl.className = 'summary';
    dl.innerHTML = row(L.name, FORM.project.name) + row(L.budgetSource, FORM.project.budgetSource);
    const layout = document.createElement('vaadin-vertical-layout');
    layout.setAttribute('theme', 'spacing');
    layout.style.width = '36rem';
    layout.style.maxWidth = '100%';
    layout.append(dl, select);
    root.append(layout);
  };
  dialog.footerRenderer = (root) => {
    if (root.firstElementChild) return;
    const cancel = document.createElement('vaadin-button');
    cancel.textContent = S.cancel;
    cancel.addEventListener('click', () => { dialog.opened = false; });
    const commit = document.createElement('vaadin-button');
    commit.setAttribute('theme', 'primary');
    commit.textContent = S.commit;
    commit.addEventListener('click', () => {
      const c = indexOf(select.value);
      if (c < 0) {
        select.validate();
        return;
      }
      markSent(S.recipient.options[c]!);
      dialog.opened = false;
    });
    root.append(cancel, commit);
  };
  document.getElementById('send-open')!.addEventListener('click', () => {
    const c = sendChoice();
    select.value = c >= 0 ? `o${c}` : '';
    select.invalid = false;
    dialog.opened = true;
  });
  return dialog;
}

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
interface PlanRowItem { level: number; plan: number; issue: number }

function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  const levelCombo = (id: string, label: string) => `<vaadin-combo-box id="${id}" label="${esc(label)}" placeholder="${esc(P)}" clear-button-visible></vaadin-combo-box>`;
  const levels = `auto-responsive auto-rows max-columns="3" column-width="16em" expand-fields`;
  page().innerHTML = `
    ${breadcrumb(M.breadcrumb, r.base)}
    <h2>${esc(M.title)}</h2>
    ${summary(v.fiscalYear)}
    <p>${esc(M.hint)}</p>
    <form id="linkage-form" autocomplete="off">
    ${card(M.ns.section, `<vaadin-form-layout ${levels}>${M.ns.levels.map((l, i) => levelCombo(`ns-${i}`, l)).join('')}</vaadin-form-layout>`)}
    ${card(M.nesdp.section, `
      <vaadin-form-layout ${levels}>
        <vaadin-radio-group id="edition" label="${esc(M.nesdp.editionLabel)}" data-colspan="3">
          ${(['12', '13'] as const).map((e) => `<vaadin-radio-button value="${e}" label="${esc(M.nesdp.editions[e])}"></vaadin-radio-button>`).join('')}
        </vaadin-radio-group>
      </vaadin-form-layout>
      <vaadin-form-layout ${levels} id="nesdp-levels"></vaadin-form-layout>`)}
    ${card(M.rows.section, `
      <vaadin-button slot="header-suffix" theme="primary success small" id="add-row">+ ${esc(M.rows.addButton)}</vaadin-button>
      <vaadin-grid id="plan-rows" all-rows-visible>
        <vaadin-grid-column id="col-no" header="${esc(M.rows.columns.no)}" width="5em" flex-grow="0"></vaadin-grid-column>
        <vaadin-grid-column id="col-level" header="${esc(M.rows.columns.level)}"></vaadin-grid-column>
        <vaadin-grid-column id="col-plan" header="${esc(M.rows.columns.plan)}"></vaadin-grid-column>
        <vaadin-grid-column id="col-issue" header="${esc(M.rows.columns.issue)}"></vaadin-grid-column>
        <vaadin-grid-column id="col-remove" width="6em" flex-grow="0"></vaadin-grid-column>
      </vaadin-grid>`)}
    <vaadin-horizontal-layout theme="spacing">
      <vaadin-button theme="primary" id="save">บันทึก</vaadin-button>
      <vaadin-button theme="tertiary" id="back">ยกเลิก</vaadin-button>
    </vaadin-horizontal-layout>
    </form>`;

  const fill = (c: ComboBox<string>, list: string[], pick = -1) => {
    c.items = list;
    c.value = pick >= 0 && pick < list.length ? list[pick]! : '';
    c.disabled = list.length === 0;
  };
  const chosen = (c: ComboBox<string>) => (c.items ?? []).indexOf(c.value);

  // a cascade: choosing level i fills level i+1; clearing it empties and disables the levels below
  function cascade(prefix: string, count: number, optionsOf: (level: number, path: number[]) => string[], initial: number[]) {
    const combo = (i: number) => document.getElementById(`${prefix}-${i}`) as ComboBox<string>;
    const path = (n: number) => Array.from({ length: n }, (_, i) => chosen(combo(i)));
    const refill = (from: number, picks?: number[]) => {
      for (let i = from; i < count; i++) {
        const p = path(i);
        const enabled = i === 0 || p[i - 1]! >= 0;
        fill(combo(i), enabled ? optionsOf(i, p) : [], picks ? picks[i] : -1);
      }
    };
    for (let i = 0; i < count; i++) combo(i).addEventListener('change', () => refill(i + 1));
    refill(0, initial);
  }
  cascade('ns', 3, nsOptions, v.ns);

  let drawn: 0 | Edition = 0;
  function drawNesdp(e: 0 | Edition, picks: number[]) {
    drawn = e;
    const box = document.getElementById('nesdp-levels')!;
    if (!e) { box.innerHTML = ''; return; }
    box.innerHTML = M.nesdp.levels[String(e) as '12' | '13'].map((l, i) => levelCombo(`nesdp-${i}`, l)).join('');
    cascade('nesdp', 3, (lv, p) => nesdpOptions(e, lv, p), picks);
  }
  drawNesdp(v.edition, v.nesdp);
  const editionGroup = $<RadioGroup>('#edition');
  editionGroup.value = v.edition ? String(v.edition) : '';
  editionGroup.addEventListener('value-changed', () => {
    const e = (Number(editionGroup.value) || 0) as 0 | Edition;
    if (e !== drawn) drawNesdp(e, [-1, -1, -1]);
  });

  // plan rows: a vaadin-grid whose cells render label-less vaadin-selects (the select in a cell
  // is reused for whichever row the grid shows there: it reads its row from the model each time)
  const items: PlanRowItem[] = v.rows.map((row) => ({ ...row }));
  const grid = $<Grid<PlanRowItem>>('#plan-rows');
  const col = (id: string) => $<GridColumn<PlanRowItem>>(`#${id}`);
  const rowOf = new WeakMap<HTMLElement, PlanRowItem>();
  const cellSelect = (root: HTMLElement, placeholder: string, onPick: (row: PlanRowItem, i: number) => void) => {
    let s = root.firstElementChild as Select | null;
    if (!s) {
      s = document.createElement('vaadin-select') as Select;
      s.setAttribute('theme', 'small');
      s.placeholder = placeholder;
      s.style.width = '100%';
      s.addEventListener('change', () => { onPick(rowOf.get(s!)!, indexOf(s!.value)); grid.requestContentUpdate(); });
      root.append(s);
    }
    return s;
  };
  const show = (s: Select, row: PlanRowItem, list: string[], pick: number) => {
    rowOf.set(s, row);
    const key = list.join('\n');
    if (s.dataset.items !== key) { s.items = selectItems(list); s.dataset.items = key; }
    s.value = pick >= 0 && pick < list.length ? `o${pick}` : '';
    s.disabled = list.length === 0;
  };
  col('col-no').renderer = (root, _c, model) => { root.textContent = String(model.index + 1); };
  col('col-level').renderer = (root, _c, model) => {
    const s = cellSelect(root, M.rows.levelPlaceholder, (row, i) => { row.level = i; row.plan = -1; row.issue = -1; });
    show(s, model.item, ROW_LEVELS, model.item.level);
  };
  col('col-plan').renderer = (root, _c, model) => {
    const s = cellSelect(root, P, (row, i) => { row.plan = i; row.issue = -1; });
    show(s, model.item, rowPlanOptions(model.item.level), model.item.plan);
  };
  col('col-issue').renderer = (root, _c, model) => {
    const s = cellSelect(root, P, (row, i) => { row.issue = i; });
    show(s, model.item, rowIssueOptions(model.item.level, model.item.plan), model.item.issue);
  };
  col('col-remove').renderer = (root, _c, model) => {
    let b = root.firstElementChild as HTMLElement | null;
    if (!b) {
      b = document.createElement('vaadin-button');
      b.setAttribute('theme', 'error tertiary small');
      b.textContent = M.rows.removeButton;
      b.addEventListener('click', async () => {
        const row = rowOf.get(b!)!;
        if (await confirm(M.rows.removeButton, 'ต้องการลบแผนนี้หรือไม่', M.rows.removeButton, true)) {
          items.splice(items.indexOf(row), 1);
          grid.items = [...items];
        }
      });
      root.append(b);
    }
    rowOf.set(b, model.item);
  };
  grid.items = [...items];
  $('#add-row').addEventListener('click', () => { items.push({ level: -1, plan: -1, issue: -1 }); grid.items = [...items]; });
  $('#save').addEventListener('click', () => void confirmSave());
  $('#back').addEventListener('click', () => (window.__zoo.navigate(r.base)));
}

function renderHome(r: Route) {
  page().innerHTML = `${breadcrumb([FORM.chrome.nav[0]!], r.base)}<h2>รายการโครงการ</h2>
    <vaadin-card><table><thead><tr><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> · <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table></vaadin-card>`;
}

const frame = () => new Promise((r) => requestAnimationFrame(() => r(undefined)));

/** the page is drawn once every Vaadin element has rendered and each grid has drawn its rows */
async function settled(rows: number) {
  // (every component is imported up front, so each is defined; plain tags such as vaadin-grid-cell-content are no components)
  const els = Array.from(page().querySelectorAll('*')).filter((e) => e.localName.startsWith('vaadin-'));
  await Promise.all(els.map((e) => (e as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
  // vaadin-grid renders its rows on the next frames: wait until the body cells hold what the renderers put there
  const until = Date.now() + 5000;
  for (const grid of page().querySelectorAll<HTMLElement>('vaadin-grid')) {
    const want = grid.id === 'kpi-grid' ? FORM.m6.kpi.rows.length : rows * 3;
    while (Date.now() < until && grid.querySelectorAll(':scope > vaadin-grid-cell-content > vaadin-text-field, :scope > vaadin-grid-cell-content > vaadin-select').length < want) await frame();
  }
  await frame();
  await frame();
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  shell(r, '<vaadin-progress-bar indeterminate></vaadin-progress-bar> กำลังโหลด…');
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') { document.title = `${FORM.m6.title} - eMENSCR`; renderM6(r, data!.m6!); }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(r, data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else page().innerHTML = '<h2>ไม่พบหน้าที่ต้องการ</h2>';
  await settled(r.screen === 'm1' ? data!.m1!.rows.length : 0);
  if (my !== token) return;
  markReady();
}

onRoute(show);
show(currentRoute());
