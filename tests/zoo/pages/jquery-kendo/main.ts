/**
 * Zoo page: Kendo UI for jQuery, the free open-source `kendo-ui-core` (Apache-2.0) on jQuery 3,
 * with the Kendo Default theme (`@progress/kendo-theme-default`): the stack of many .NET /
 * enterprise back offices. Every widget is Kendo's own, initialised on plain markup as its docs
 * show: kendoDropDownList on a <select> (the select hidden, Kendo draws a `span role=combobox`
 * with `optionLabel` as its prompt), kendoMultiSelect chips, kendoDatePicker (the th-TH culture
 * the package ships; the culture's calendar is Gregorian, so the widget holds the year in the
 * Buddhist era, as Thai Kendo apps do, and shows dd/MM/yyyy), kendoSlider beside a
 * kendoNumericTextBox, kendoNumericTextBoxes with ฿ / บาท prefix / suffix (`prefixOptions`,
 * `suffixOptions`) and format "n0", kendoTextArea / kendoTextBox, kendoCheckBox toggles revealing
 * plan fieldsets (Kendo's Switch is not in kendo-ui-core), radios styled `k-radio`, a
 * kendoButtonGroup edition, kendoDialog for the save confirm and the send step; the layout is
 * Kendo's form classes (k-form, k-form-fieldset + k-form-legend, k-form-field, k-label,
 * k-form-field-wrap, k-form-hint, k-form-error).
 */
import '@progress/kendo-theme-default/dist/all.css';
import $ from './jquery-global';
import 'kendo-ui-core/esm/kendo.dropdownlist.js';
import 'kendo-ui-core/esm/kendo.multiselect.js';
import 'kendo-ui-core/esm/kendo.datepicker.js';
import 'kendo-ui-core/esm/kendo.numerictextbox.js';
import 'kendo-ui-core/esm/kendo.slider.js';
import 'kendo-ui-core/esm/kendo.textbox.js';
import 'kendo-ui-core/esm/kendo.textarea.js';
import 'kendo-ui-core/esm/kendo.checkbox.js';
import 'kendo-ui-core/esm/kendo.button.js';
import 'kendo-ui-core/esm/kendo.buttongroup.js';
import 'kendo-ui-core/esm/kendo.dialog.js';
import 'kendo-ui-core/esm/cultures/kendo.culture.th-TH.js';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { type M1Values, type M6Values } from '../../shared/scenarios';
import { NS_SIDES, MP_ISSUES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

// the widgets extend jQuery at run time; this page calls them untyped
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const J = $ as any;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const kendo = (window as any).kendo;
kendo.culture('th-TH');

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
const REQ = '<span class="k-required">*</span>';
const num = (s: string) => (s.trim() === '' ? null : Number(s.replace(/,/g, '')));

/** The Buddhist-era date the widget holds (the year + 543: th-TH's calendar is Gregorian). */
const beDate = (iso: string) => {
  if (!iso) return null;
  const [y, m, d] = iso.split('-').map(Number);
  return new Date(y! + 543, m! - 1, d!);
};
const datePicker = (el: JQuery, iso: string) => J.fn.kendoDatePicker.call(el, {
  value: beDate(iso), format: 'dd/MM/yyyy', parseFormats: ['dd/MM/yyyy', 'd/M/yyyy'], culture: 'th-TH',
  min: new Date(2443, 0, 1), max: new Date(2643, 11, 31),
});

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l) => `<a class="k-button k-button-md k-button-flat k-button-flat-base" href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}><span class="k-button-text">${esc(l.text)}</span></a>`).join('');
  $('#app').html(`
  <header class="app-bar">
    <a class="brand" href="${r.base}" data-link>eMENSCR</a>
    <nav>${links}</nav>
    <span class="spacer"></span>
    <span class="k-textbox k-input k-input-md k-rounded-md k-input-solid search"><input class="k-input-inner" type="text" placeholder="${esc(FORM.chrome.search)}"></span>
    <span class="user">${esc(FORM.chrome.user)}</span>
  </header>
  <main id="page">${body}</main>
  <footer class="app-footer">${esc(FORM.chrome.footer)}</footer>`);
}

function breadcrumb(items: string[], base: string) {
  return `<nav class="crumbs">${items.map((t, i) => i === 0
    ? `<a href="${base}" data-link>${esc(t)}</a>`
    : `<span>${esc(t)}</span>`).join(' / ')}</nav>`;
}

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (dt: string, dd: string | number) => `<tr><th scope="row">${esc(dt)}</th><td>${esc(dd)}</td></tr>`;
  return `<section class="card"><h2 class="card-title">${esc(FORM.summary.title)}</h2><table class="summary"><tbody>
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </tbody></table></section>`;
}

/** A Kendo form field: label, the control's wrap, an optional hint. */
const field = (id: string, label: string, control: string, opts: { req?: boolean; hint?: string; forId?: boolean } = {}) =>
  `<div class="k-form-field">
    <label ${opts.forId === false ? `id="${id}-label"` : `for="${id}"`} class="k-label k-form-label">${esc(label)}${opts.req === false ? '' : REQ}</label>
    <div class="k-form-field-wrap">${control}${opts.hint ? `<div class="k-form-hint">${esc(opts.hint)}</div>` : ''}</div>
  </div>`;
const fieldset = (legend: string, body: string, extra = '') =>
  `<fieldset class="k-form-fieldset"${extra}><legend class="k-form-legend">${esc(legend)}</legend>${body}</fieldset>`;

let dialogs: JQuery[] = [];
function destroyDialogs() {
  for (const d of dialogs) { const w = d.data('kendoDialog'); if (w) w.destroy(); d.remove(); }
  dialogs = [];
}

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
function renderM6(r: Route, v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const textarea = (id: string, label: string, max: number) =>
    field(id, label, `<textarea id="${id}" name="${id}" maxlength="${max}"></textarea>`);
  const planBlock = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    return `
    <div class="k-form-field plan-toggle"><input type="checkbox" id="plan-${key}" name="plan_${key}" data-target="#plan-set-${key}"></div>
    ${fieldset(name, `
      ${field(`plan-${key}-detail`, label, `<select id="plan-${key}-detail" name="plan_${key}_detail"></select>`, { req: false })}
      ${field(`plan-${key}-text`, FORM.m6.plans.textLabel, `<textarea id="plan-${key}-text" name="plan_${key}_text"></textarea>`, { req: false })}`,
    ` id="plan-set-${key}" style="margin-left:32px${v.plans[key].on ? '' : ';display:none'}"`)}`;
  };

  $('#page').html(`
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <h1 class="page-title">${esc(FORM.m6.title)}</h1>
    ${summary(v.fiscalYear)}
    <form id="report-form" class="k-form k-form-md k-form-horizontal" autocomplete="off">
    ${fieldset(S.report, `
      ${field('quarter', F.quarter.label, `<select id="quarter" name="quarter">${F.quarter.options.map((t) => `<option>${esc(t)}</option>`).join('')}</select>`)}
      ${field('report-date', F.reportDate.label, `<input id="report-date" name="report_date" placeholder="${esc(F.reportDate.placeholder)}">`)}
      <div class="k-form-field">
        <label class="k-label k-form-label">${esc(F.status.label)}${REQ}</label>
        <div class="k-form-field-wrap"><ul class="k-radio-list k-list-horizontal">
          ${F.status.options.map((s, i) => `<li class="k-radio-list-item"><input type="radio" class="k-radio k-radio-md" id="status-${i}" name="status" value="${esc(s)}" ${s === v.status ? 'checked' : ''}><label class="k-radio-label" for="status-${i}">${esc(s)}</label></li>`).join('')}
        </ul></div>
      </div>
      ${field('progress', F.progress.label, `<div class="progress-row"><input id="progress-slider" name="progress_slider"><input id="progress" name="progress"></div>`, { hint: F.progress.helper })}
      ${field('start-date', F.startDate.label, `<input id="start-date" name="start_date" placeholder="${esc(F.startDate.placeholder)}">`)}
      ${field('end-date', F.endDate.label, `<input id="end-date" name="end_date" placeholder="${esc(F.endDate.placeholder)}">`)}
      ${field('beneficiaries', F.beneficiaries.label, `<select id="beneficiaries" name="beneficiaries" multiple>${F.beneficiaries.options.map((t) => `<option>${esc(t)}</option>`).join('')}</select>`, { req: false })}`)}

    ${fieldset(S.money, `
      ${field('allocation', F.allocation.label, `<input id="allocation" name="allocation">`)}
      ${field('spent', F.spent.label, `<input id="spent" name="spent">`, { hint: F.spent.helper })}`)}

    ${fieldset(S.kpi, `<table class="kpi" id="kpi-table">
        <thead><tr><th>${esc(K.columns.name)}</th><th>${esc(K.columns.target)}</th><th style="width:170px">${esc(K.columns.result)}</th><th>${esc(K.columns.unit)}</th></tr></thead>
        <tbody>${K.rows.map((row, i) => `<tr><td>${esc(row.name)}</td><td class="c">${esc(row.target)}</td><td><input name="kpi_result_${i}" class="kpi-result"></td><td class="c">${esc(row.unit)}</td></tr>`).join('')}</tbody>
      </table>`)}

    ${fieldset(S.narrative, `
      ${textarea('result', F.result.label, F.result.maxLength)}
      ${textarea('problems', F.problems.label, F.problems.maxLength)}
      ${textarea('suggestions', F.suggestions.label, F.suggestions.maxLength)}`)}

    ${fieldset(S.plans, `<p class="k-form-hint">${esc(FORM.m6.plans.toggleLegend)}</p>${planBlock('ns')}${planBlock('nesdp')}${planBlock('mp')}`)}

    <div class="k-form-buttons">
      <button type="submit" id="save">บันทึก</button>
      <button type="button" id="send-open">${esc(FORM.send.open)}</button>
      <a class="k-button k-button-md k-rounded-md k-button-flat k-button-flat-base" href="${r.base}" data-link><span class="k-button-text">ยกเลิก</span></a>
    </div>
    </form>`);

  J.fn.kendoDropDownList.call($('#quarter'), { optionLabel: F.quarter.placeholder, value: v.quarter });
  datePicker($('#report-date'), v.reportDate);
  datePicker($('#start-date'), v.startDate);
  datePicker($('#end-date'), v.endDate);
  J.fn.kendoMultiSelect.call($('#beneficiaries'), { placeholder: F.beneficiaries.placeholder, value: v.beneficiaries, autoClose: false });

  const slider = J.fn.kendoSlider.call($('#progress-slider'), {
    min: 0, max: 100, smallStep: 1, largeStep: 10, value: v.progress, showButtons: false, tickPlacement: 'bottomRight',
    tooltip: { format: `{0}${F.progress.unit}` },
    change: (e: { value: number }) => number.value(e.value),
    slide: (e: { value: number }) => number.value(e.value),
  }).data('kendoSlider');
  const number = J.fn.kendoNumericTextBox.call($('#progress'), {
    min: 0, max: 100, step: 1, format: 'n0', decimals: 0, value: v.progress,
    suffixOptions: { template: () => F.progress.unit },
    change() { slider.value((this as { value(): number | null }).value() ?? 0); },
  }).data('kendoNumericTextBox');

  J.fn.kendoNumericTextBox.call($('#allocation'), { format: 'n0', decimals: 2, min: 0, step: 1000, value: num(v.allocation), placeholder: F.allocation.placeholder,
    prefixOptions: { template: () => F.allocation.prefix, separator: true } });
  J.fn.kendoNumericTextBox.call($('#spent'), { format: 'n0', decimals: 2, min: 0, step: 1000, value: num(v.spent), placeholder: F.spent.placeholder,
    suffixOptions: { template: () => F.spent.suffix, separator: true } });
  $('#kpi-table .kpi-result').each((i, el) => {
    J.fn.kendoNumericTextBox.call($(el), { format: 'n0', decimals: 2, min: 0, value: num(v.kpi[i] ?? '') });
  });
  J.fn.kendoTextArea.call($('#result'), { rows: 4, maxLength: F.result.maxLength, value: v.result });
  J.fn.kendoTextArea.call($('#problems'), { rows: 4, maxLength: F.problems.maxLength, value: v.problems });
  J.fn.kendoTextArea.call($('#suggestions'), { rows: 4, maxLength: F.suggestions.maxLength, value: v.suggestions });

  for (const key of ['ns', 'nesdp', 'mp'] as const) {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const p = v.plans[key];
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    J.fn.kendoCheckBox.call($(`#plan-${key}`), { label: name + (item.required ? ' *' : ''), checked: p.on,
      change(e: { checked: boolean }) { $(`#plan-set-${key}`).toggle(e.checked); } });
    J.fn.kendoDropDownList.call($(`#plan-${key}-detail`), { dataSource: list, optionLabel: P, value: p.detail });
    J.fn.kendoTextArea.call($(`#plan-${key}-text`), { rows: 2, value: p.text });
  }

  J.fn.kendoButton.call($('#save'), { themeColor: 'primary', icon: 'save' });
  J.fn.kendoButton.call($('#send-open'), { click: () => openSend() });
  $('#report-form').on('submit', (e) => {
    e.preventDefault();
    const d = $('<div></div>').appendTo('body');
    dialogs.push(d);
    J.fn.kendoDialog.call(d, { title: 'บันทึกข้อมูล', content: '<p>บันทึกรายงานเรียบร้อยแล้ว</p>', width: 400, modal: true,
      actions: [{ text: 'ตกลง', primary: true }] });
  });
}

// The send step (form.json `send`): a kendoDialog (modal, title bar, buttons in its action bar,
// the commit `primary`), the project as a small table, the approver a kendoDropDownList like the
// quarter (optionLabel as its prompt), Kendo's form error (k-invalid + k-form-error) when none.
function openSend() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  const d = $(`<div>
      <table class="summary"><tbody>
        <tr><th scope="row">${esc(L.name)}</th><td>${esc(FORM.project.name)}</td></tr>
        <tr><th scope="row">${esc(L.budgetSource)}</th><td>${esc(FORM.project.budgetSource)}</td></tr>
      </tbody></table>
      <form class="k-form k-form-md" autocomplete="off" onsubmit="return false">
        <div class="k-form-field">
          <label for="recipient" class="k-label k-form-label">${esc(S.recipient.label)}${REQ}</label>
          <div class="k-form-field-wrap"><select id="recipient" name="recipient">${S.recipient.options.map((t) => `<option>${esc(t)}</option>`).join('')}</select>
          <div class="k-form-error" style="display:none">${esc(S.recipient.placeholder)}</div></div>
        </div>
      </form>
    </div>`).appendTo('body');
  dialogs.push(d);
  const c = sendChoice();
  const ddl = J.fn.kendoDropDownList.call(d.find('#recipient'), { optionLabel: S.recipient.placeholder, value: c >= 0 ? S.recipient.options[c] : '',
    change() { if (ddl.value()) invalid(false); } }).data('kendoDropDownList');
  const invalid = (on: boolean) => { ddl.wrapper.toggleClass('k-invalid', on); d.find('.k-form-error').toggle(on); };
  J.fn.kendoDialog.call(d, {
    title: S.title, width: 640, modal: true, closable: true,
    actions: [
      { text: S.cancel },
      { text: S.commit, primary: true, action() {
        const chosen = String(ddl.value() ?? '');
        if (!chosen) { invalid(true); return false; }
        markSent(chosen);
        return true;
      } },
    ],
    close() { setTimeout(() => { const w = d.data('kendoDialog'); if (w) w.destroy(); d.remove(); dialogs = dialogs.filter((x) => x !== d); }); },
  });
}

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  $('#page').html(`
    ${breadcrumb(M.breadcrumb, r.base)}
    <h1 class="page-title">${esc(M.title)}</h1>
    ${summary(v.fiscalYear)}
    <div class="k-messagebox k-messagebox-info">${esc(M.hint)}</div>
    <form id="linkage-form" class="k-form k-form-md k-form-horizontal" autocomplete="off">
    ${fieldset(M.ns.section, M.ns.levels.map((l, i) => field(`ns-${i}`, l, `<select id="ns-${i}" name="ns_${i}"></select>`)).join(''))}
    ${fieldset(M.nesdp.section, `
      ${field('edition', M.nesdp.editionLabel, `<div id="edition"></div>`, { forId: false })}
      <div id="nesdp-levels"></div>`)}
    <fieldset class="k-form-fieldset"><legend class="k-form-legend">${esc(M.rows.section)}</legend>
      <table class="kpi" id="plan-rows"><thead><tr>
        <th style="width:60px">${esc(M.rows.columns.no)}</th><th>${esc(M.rows.columns.level)}</th><th>${esc(M.rows.columns.plan)}</th><th>${esc(M.rows.columns.issue)}</th><th style="width:70px"></th></tr></thead><tbody></tbody></table>
      <p><button type="button" id="add-row">${esc(M.rows.addButton)}</button></p>
    </fieldset>
    <div class="k-form-buttons"><button type="submit" id="save">บันทึก</button>
      <a class="k-button k-button-md k-rounded-md k-button-flat k-button-flat-base" href="${r.base}" data-link><span class="k-button-text">ยกเลิก</span></a></div>
    </form>`);

  /** A cascade of kendoDropDownLists: choosing level i fills and enables level i+1, the levels below cleared. */
  function cascade(prefix: string, count: number, optionsOf: (level: number, path: number[]) => string[], chosen: number[]) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const lists: any[] = [];
    const path = (n: number) => Array.from({ length: n }, (_, i) => (lists[i].select() as number) - 1);
    const refill = (from: number, initial?: number[]) => {
      for (let i = from; i < count; i++) {
        const p = path(i);
        const enabled = i === 0 || p[i - 1]! >= 0;
        const list = enabled ? optionsOf(i, p) : [];
        lists[i].setDataSource(list);
        lists[i].value(initial && initial[i]! >= 0 ? list[initial[i]!] : '');
        lists[i].enable(enabled);
      }
    };
    for (let i = 0; i < count; i++) {
      lists.push(J.fn.kendoDropDownList.call($(`#${prefix}-${i}`), { optionLabel: P, dataSource: [], change: () => refill(i + 1) }).data('kendoDropDownList'));
    }
    refill(0, chosen);
  }
  cascade('ns', 3, nsOptions, v.ns);

  function drawNesdp(e: 0 | Edition, chosen: number[]) {
    const box = $('#nesdp-levels');
    box.find('select').each((_, el) => { const w = $(el).data('kendoDropDownList'); if (w) w.destroy(); });
    if (!e) { box.html(''); return; }
    box.html(M.nesdp.levels[String(e) as '12' | '13'].map((l, i) => field(`nesdp-${i}`, l, `<select id="nesdp-${i}" name="nesdp_${i}"></select>`)).join(''));
    cascade('nesdp', 3, (lv, p) => nesdpOptions(e, lv, p), chosen);
  }
  J.fn.kendoButtonGroup.call($('#edition'), {
    selection: 'single',
    items: (['12', '13'] as const).map((e) => ({ text: M.nesdp.editions[e], selected: String(v.edition) === e })),
    select(ev: { indices: number[] }) { drawNesdp(ev.indices[0] === 0 ? 12 : 13, [-1, -1, -1]); },
  });
  drawNesdp(v.edition, v.nesdp);

  const tbody = $('#plan-rows tbody');
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const tr = $(`<tr><td class="c row-no"></td>
      <td><select name="row_level"></select></td>
      <td><select name="row_plan"></select></td>
      <td><select name="row_issue"></select></td>
      <td class="c"><button type="button" class="remove">${esc(M.rows.removeButton)}</button></td></tr>`);
    tbody.append(tr);
    const level = J.fn.kendoDropDownList.call(tr.find('[name=row_level]'), { optionLabel: M.rows.levelPlaceholder, dataSource: ROW_LEVELS, value: ROW_LEVELS[row.level] ?? '',
      change: () => { fillPlan(); fillIssue(); } }).data('kendoDropDownList');
    const plan = J.fn.kendoDropDownList.call(tr.find('[name=row_plan]'), { optionLabel: P, dataSource: [], change: () => fillIssue() }).data('kendoDropDownList');
    const issue = J.fn.kendoDropDownList.call(tr.find('[name=row_issue]'), { optionLabel: P, dataSource: [] }).data('kendoDropDownList');
    const li = () => (level.select() as number) - 1;
    const pi = () => (plan.select() as number) - 1;
    const fillPlan = (pick = -1) => { const l = rowPlanOptions(li()); plan.setDataSource(l); plan.value(l[pick] ?? ''); plan.enable(li() >= 0); };
    const fillIssue = (pick = -1) => { const l = rowIssueOptions(li(), pi()); issue.setDataSource(l); issue.value(l[pick] ?? ''); issue.enable(pi() >= 0); };
    fillPlan(row.plan); fillIssue(row.issue);
    J.fn.kendoButton.call(tr.find('.remove'), { themeColor: 'error', size: 'small', click: () => {
      tr.find('select').each((_, el) => { const w = $(el).data('kendoDropDownList'); if (w) w.destroy(); });
      tr.remove(); renumber();
    } });
    renumber();
  }
  const renumber = () => tbody.find('.row-no').each((i, td) => { $(td).text(i + 1); });
  v.rows.forEach((row) => addRow(row));
  J.fn.kendoButton.call($('#add-row'), { icon: 'plus', click: () => addRow() });
  J.fn.kendoButton.call($('#save'), { themeColor: 'primary', icon: 'save' });
  $('#linkage-form').on('submit', (e) => e.preventDefault());
}

function renderHome(r: Route) {
  $('#page').html(`${breadcrumb([FORM.chrome.nav[0]!], r.base)}<h1 class="page-title">รายการโครงการ</h1>
    <table class="kpi"><thead><tr><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> | <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table>`);
}

/** Kendo widgets drawn into the page are destroyed before the page is redrawn (kendo.destroy). */
let token = 0;
async function show(r: Route) {
  const my = ++token;
  destroyDialogs();
  if ($('#page').length) kendo.destroy($('#page'));
  shell(r, '<p class="loading">กำลังโหลด…</p>');
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') { document.title = `${FORM.m6.title} - eMENSCR`; renderM6(r, data!.m6!); }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(r, data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else $('#page').html('<h3>ไม่พบหน้าที่ต้องการ</h3>');
  markReady();
}

const style = document.createElement('style');
style.textContent = `
body{margin:0;font-family:"Noto Sans Thai",system-ui,sans-serif;font-size:14px;background:#f5f6f8;color:#212529}
.app-bar{display:flex;align-items:center;gap:12px;padding:8px 24px;background:#fff;border-bottom:1px solid #dee2e6}
.app-bar .brand{font-weight:700;font-size:18px;color:#0f62fe;text-decoration:none;margin-right:12px}
.app-bar .spacer{flex:1}.app-bar .search{width:220px}
#page{max-width:1100px;margin:0 auto;padding:16px 24px}
.crumbs{color:#6c757d;margin-bottom:8px}.crumbs a{color:#0f62fe}
.page-title{font-size:22px;margin:8px 0 16px}
.card{background:#fff;border:1px solid #dee2e6;border-radius:6px;padding:12px 16px;margin-bottom:16px}
.card-title{font-size:16px;margin:0 0 8px}
table.summary th{text-align:left;padding:2px 16px 2px 0;color:#6c757d;font-weight:400}
.k-form{background:#fff;border:1px solid #dee2e6;border-radius:6px;padding:8px 20px 20px}
.k-form-fieldset{margin-top:16px}
.k-form-horizontal .k-form-field>.k-form-label{width:28%}
.k-form-horizontal .k-form-field-wrap{max-width:calc(72% - 16px)}
.k-required{color:#dc3545;margin-left:2px}
.k-form-horizontal .k-form-field>.k-form-label{display:block;text-align:right}
.progress-row{display:flex;align-items:center;gap:16px;padding-bottom:18px}.progress-row .k-slider{flex:1}.progress-row .k-numerictextbox{width:120px}
table.kpi{width:100%;border-collapse:collapse;table-layout:fixed}#plan-rows .k-dropdownlist{width:100%}table.kpi th,table.kpi td{border:1px solid #dee2e6;padding:6px 8px}table.kpi th{background:#f1f3f5}table.kpi .c{text-align:center}
.plan-toggle{margin-top:12px}
.app-footer{text-align:center;color:#6c757d;padding:24px}
.k-dialog table.summary{margin-bottom:12px}
`;
document.head.append(style);
onRoute(show);
show(currentRoute());
