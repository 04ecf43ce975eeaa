/**
 * Zoo page: an AdminLTE 3 back office, as the many Thai-government admin apps built on that
 * template are written, following AdminLTE's docs and its demo "Advanced Forms" page:
 * Bootstrap 4.6 + jQuery, the AdminLTE shell (main-header, main-sidebar, content-wrapper with
 * content-header and breadcrumb), cards (card-primary with card-header > card-title; collapsible
 * cards with card-tools), horizontal `form-group row` with `col-sm-2 col-form-label`;
 * bootstrap-select (selectpicker: a hidden native select under a button dropdown) for the quarter
 * and the M1 ยุทธศาสตร์ชาติ cascade, Select2 with the bootstrap4 theme for the target groups and the
 * แผนแม่บท plan cards, bootstrap-datepicker in Thai showing Buddhist-era dates (custom format
 * functions: the widget works in CE, the input shows BE), icheck-bootstrap radios (CSS-only: the
 * label follows its input), ion-rangeslider for the progress (its input is hidden), input-group
 * addons (฿, บาท), custom-switch toggles that reveal the plan cards, a bordered KPI table with a
 * card-tools search box, the M1 edition as Bootstrap 4 toggle buttons (.btn-group-toggle: the
 * radio inside the label is clipped), and a SweetAlert2 message on save.
 * The M6 narratives (ผลการดำเนินงาน, ปัญหา/อุปสรรค, ข้อเสนอแนะ) are CKEditor 4.22.1 editors (the last
 * open-source 4.x, no license key), self-hosted the way such apps keep it: the library's folder
 * copied under the app (vendor/ckeditor/, by the zoo build: pages/jquery-adminlte/vendor.json),
 * ckeditor.js loaded by a classic <script> tag in index.html (its base path read from that tag),
 * the skin, the Thai language file and config.js fetched from there at run time, nothing from a
 * CDN. `CKEDITOR.replace` on each narrative textarea (id = instance name) in Thai, a small toolbar,
 * the plugins that would fetch more files or reach the network removed (scayt, the version check,
 * dialogs the toolbar does not offer). CKEditor 4 hides the textarea (display:none, kept before its
 * div.cke box, still named by its `<label for>`) and draws the editing body in a same-origin
 * iframe (title "<editor>, <name>", body contenteditable); the scenario's text is the textarea's
 * value before replace, so it becomes the editor's content. The screen is ready once every editor
 * fired instanceReady.
 */
import '@fortawesome/fontawesome-free/css/all.min.css';
import 'bootstrap4/dist/css/bootstrap.min.css';
import 'icheck-bootstrap/icheck-bootstrap.min.css';
import 'select2/dist/css/select2.min.css';
import '@ttskch/select2-bootstrap4-theme/dist/select2-bootstrap4.min.css';
import 'bootstrap-select/dist/css/bootstrap-select.min.css';
import 'bootstrap-datepicker/dist/css/bootstrap-datepicker.min.css';
import 'ion-rangeslider/css/ion.rangeSlider.min.css';
import 'admin-lte/dist/css/adminlte.min.css';
import $ from './jquery-global';
import 'bootstrap4/dist/js/bootstrap.bundle.js';
import 'admin-lte/dist/js/adminlte.js';
import select2 from 'select2';
import 'bootstrap-select/dist/js/bootstrap-select.js';
import 'bootstrap-datepicker/dist/js/bootstrap-datepicker.js';
import 'bootstrap-datepicker/dist/locales/bootstrap-datepicker.th.min.js';
import 'ion-rangeslider/js/ion.rangeSlider.js';
import Swal from 'sweetalert2';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { thaiDate, parseThaiDate, type M1Values, type M6Values } from '../../shared/scenarios';
import { NS_SIDES, MP_ISSUES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

select2(window, $);

/** CKEditor 4, a global from the classic <script> tag in index.html (ckeditor.js, self-hosted). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
declare const CKEDITOR: any;

// the plugins extend jQuery at run time; this page calls them untyped
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const J = (sel: any) => $(sel) as any;

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
const options = (list: string[], chosen = '', placeholder = P) =>
  `<option value="">${esc(placeholder)}</option>` + list.map((t) => `<option${t === chosen ? ' selected' : ''}>${esc(t)}</option>`).join('');

function shell(r: Route, title: string, crumbs: string[], body: string) {
  const links = navLinks(r.base);
  const icons = ['fa-home', 'fa-folder-open', 'fa-chart-line', 'fa-book'];
  $('#app').html(`
  <nav class="main-header navbar navbar-expand navbar-white navbar-light">
    <ul class="navbar-nav">
      <li class="nav-item"><a class="nav-link" data-widget="pushmenu" href="#" role="button"><i class="fas fa-bars"></i></a></li>
      ${links.slice(0, 2).map((l) => `<li class="nav-item d-none d-sm-inline-block"><a href="${l.href}" class="nav-link" data-link>${esc(l.text)}</a></li>`).join('')}
    </ul>
    <ul class="navbar-nav ml-auto">
      <li class="nav-item"><form class="form-inline" onsubmit="return false"><div class="input-group input-group-sm">
        <input class="form-control form-control-navbar" type="search" placeholder="${esc(FORM.chrome.search)}" aria-label="Search">
        <div class="input-group-append"><button class="btn btn-navbar" type="submit"><i class="fas fa-search"></i></button></div></div></form></li>
      <li class="nav-item"><span class="nav-link"><i class="far fa-user"></i> ${esc(FORM.chrome.user)}</span></li>
    </ul>
  </nav>
  <aside class="main-sidebar sidebar-dark-primary elevation-4">
    <a href="${r.base}" class="brand-link" data-link><span class="brand-text font-weight-light"><b>eMENSCR</b></span></a>
    <div class="sidebar">
      <nav class="mt-2"><ul class="nav nav-pills nav-sidebar flex-column" data-widget="treeview" role="menu" data-accordion="false">
        ${links.map((l, i) => `<li class="nav-item"><a href="${l.href}" class="nav-link" ${l.href.endsWith('manual') ? '' : 'data-link'}><i class="nav-icon fas ${icons[i] ?? 'fa-circle'}"></i><p>${esc(l.text)}</p></a></li>`).join('')}
      </ul></nav>
    </div>
  </aside>
  <div class="content-wrapper">
    <section class="content-header"><div class="container-fluid"><div class="row mb-2">
      <div class="col-sm-6"><h1>${esc(title)}</h1></div>
      <div class="col-sm-6"><ol class="breadcrumb float-sm-right">${crumbs.map((t, i) => i === 0
        ? `<li class="breadcrumb-item"><a href="${r.base}" data-link>${esc(t)}</a></li>`
        : `<li class="breadcrumb-item${i === crumbs.length - 1 ? ' active' : ''}">${esc(t)}</li>`).join('')}</ol></div>
    </div></div></section>
    <section class="content"><div class="container-fluid" id="page">${body}</div></section>
  </div>
  <footer class="main-footer"><small>${esc(FORM.chrome.footer)}</small></footer>`);
}

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (dt: string, dd: string | number) => `<dt class="col-sm-3">${esc(dt)}</dt><dd class="col-sm-9">${esc(dd)}</dd>`;
  return `<div class="card card-info card-outline"><div class="card-header"><h3 class="card-title">${esc(FORM.summary.title)}</h3>
    <div class="card-tools"><button type="button" class="btn btn-tool" data-card-widget="collapse"><i class="fas fa-minus"></i></button></div></div>
    <div class="card-body"><dl class="row mb-0">
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </dl></div></div>`;
}

const card = (title: string, body: string, tools = '', kind = 'card-primary') =>
  `<div class="card ${kind}"><div class="card-header"><h3 class="card-title">${esc(title)}</h3>${tools ? `<div class="card-tools">${tools}</div>` : ''}</div><div class="card-body">${body}</div></div>`;
const collapse = '<button type="button" class="btn btn-tool" data-card-widget="collapse"><i class="fas fa-minus"></i></button>';

/**
 * bootstrap-datepicker in Thai with Buddhist-era dates: the widget keeps CE dates, its custom
 * `format` functions (documented: format.toDisplay / format.toValue) show and read dd/mm/yyyy BE.
 */
function thaiDatepicker(selector: string, isoValue: string) {
  const input = J(selector);
  input.val(thaiDate(isoValue));
  input.datepicker({
    language: 'th',
    autoclose: true,
    todayHighlight: true,
    format: {
      toDisplay: (d: Date) => `${String(d.getUTCDate()).padStart(2, '0')}/${String(d.getUTCMonth() + 1).padStart(2, '0')}/${d.getUTCFullYear() + 543}`,
      toValue: (text: string) => { const iso = parseThaiDate(text); return iso ? new Date(iso + 'T00:00:00Z') : new Date(NaN); },
    },
  });
}

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
/**
 * The narratives' CKEditor 4 editors (see the header). Resolves once every editor fired
 * instanceReady; the counter under each one follows the editor's text (the textarea's input
 * event no longer fires).
 */
function initEditors(): Promise<unknown> {
  return Promise.all(['result', 'problems', 'suggestions'].map((id) => new Promise<void>((resolve) => {
    const editor = CKEDITOR.replace(id, {
      language: 'th',
      height: 150,
      versionCheck: false,
      toolbar: [['Bold', 'Italic', 'Underline'], ['NumberedList', 'BulletedList'], ['Undo', 'Redo']],
      removePlugins: 'scayt,tableselection,tabletools,table,image,link,specialchar,horizontalrule,blockquote,sourcearea,maximize,about,stylescombo,format,uploadimage,uploadwidget,filetools,filebrowser,pastefromword,pastefromgdocs,pastefromlibreoffice,magicline,elementspath',
      resize_enabled: false,
    });
    const count = () => $(`#${id}`).siblings('.form-text').find('.count').text(editor.editable()?.getText().trim().length ?? 0);
    editor.on('change', count);
    editor.on('instanceReady', () => resolve());
  })));
}

/** The previous screen's editors go with it (their elements are already replaced). */
function destroyEditors() {
  for (const name of Object.keys(CKEDITOR.instances)) {
    try { CKEDITOR.instances[name].destroy(true); } catch { /* its elements are gone already */ }
  }
}

function renderM6(v: M6Values): Promise<unknown> {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const row = (id: string, label: string, control: string) =>
    `<div class="form-group row"><label for="${id}" class="col-sm-2 col-form-label">${esc(label)}</label><div class="col-sm-10">${control}</div></div>`;
  const dateInput = (id: string, placeholder: string) =>
    `<div class="input-group date"><input type="text" class="form-control" id="${id}" name="${id}" placeholder="${esc(placeholder)}" autocomplete="off">
      <div class="input-group-append"><div class="input-group-text"><i class="far fa-calendar-alt"></i></div></div></div>`;
  const textarea = (id: string, label: string, value: string, max: number) => `
    <div class="form-group"><label for="${id}">${esc(label)}</label>
      <textarea class="form-control" id="${id}" name="${id}" rows="3" maxlength="${max}">${esc(value)}</textarea>
      <small class="form-text text-muted text-right"><span class="count">${value.length}</span>/${max}</small></div>`;
  const planCard = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    return `
    <div class="form-group"><div class="custom-control custom-switch">
      <input type="checkbox" class="custom-control-input" id="plan-${key}" name="plan_${key}" ${p.on ? 'checked' : ''} data-target="#card-${key}">
      <label class="custom-control-label" for="plan-${key}">${esc(name)}</label>
    </div></div>
    <div class="card card-outline card-secondary ml-4" id="card-${key}"${p.on ? '' : ' style="display:none"'}>
      <div class="card-header"><h3 class="card-title">${esc(name)}</h3></div>
      <div class="card-body">
        ${row(`plan-${key}-detail`, label, `<select class="form-control select2bs4" id="plan-${key}-detail" name="plan_${key}_detail" style="width:100%">${options(list, p.detail)}</select>`)}
        ${row(`plan-${key}-text`, FORM.m6.plans.textLabel, `<textarea class="form-control" id="plan-${key}-text" name="plan_${key}_text" rows="2">${esc(p.text)}</textarea>`)}
      </div>
    </div>`;
  };

  $('#page').html(`
    ${summary(v.fiscalYear)}
    <form id="report-form" autocomplete="off">
    ${card(S.report, `
      ${row('quarter', F.quarter.label, `<select class="form-control selectpicker" id="quarter" name="quarter" title="${esc(F.quarter.placeholder)}" data-style="btn-default">${F.quarter.options.map((t) => `<option${t === v.quarter ? ' selected' : ''}>${esc(t)}</option>`).join('')}</select>`)}
      ${row('report-date', F.reportDate.label, dateInput('report-date', F.reportDate.placeholder))}
      <div class="form-group row"><label class="col-sm-2 col-form-label">${esc(F.status.label)}</label><div class="col-sm-10 pt-2">
        ${F.status.options.map((s, i) => `<div class="icheck-primary d-inline mr-3"><input type="radio" id="status-${i}" name="status" value="${esc(s)}" ${s === v.status ? 'checked' : ''}><label for="status-${i}">${esc(s)}</label></div>`).join('')}
      </div></div>
      <div class="form-group row"><label for="progress" class="col-sm-2 col-form-label">${esc(F.progress.label)}</label><div class="col-sm-10">
        <input id="progress" type="text" name="progress" value="">
        <small class="form-text text-muted">${esc(F.progress.helper)}</small></div></div>
      ${row('start-date', F.startDate.label, dateInput('start-date', F.startDate.placeholder))}
      ${row('end-date', F.endDate.label, dateInput('end-date', F.endDate.placeholder))}
      ${row('beneficiaries', F.beneficiaries.label, `<select class="select2bs4" multiple="multiple" id="beneficiaries" name="beneficiaries[]" data-placeholder="${esc(F.beneficiaries.placeholder)}" style="width:100%">${F.beneficiaries.options.map((t) => `<option${v.beneficiaries.includes(t) ? ' selected' : ''}>${esc(t)}</option>`).join('')}</select>`)}
    `, collapse)}

    ${card(S.money, `
      ${row('allocation', F.allocation.label, `<div class="input-group"><div class="input-group-prepend"><span class="input-group-text">${esc(F.allocation.prefix)}</span></div><input type="text" class="form-control text-right" id="allocation" name="allocation" placeholder="${esc(F.allocation.placeholder)}" value="${esc(v.allocation)}"></div>`)}
      ${row('spent', F.spent.label, `<div class="input-group"><input type="text" class="form-control text-right" id="spent" name="spent" placeholder="${esc(F.spent.placeholder)}" value="${esc(v.spent)}"><div class="input-group-append"><span class="input-group-text">${esc(F.spent.suffix)}</span></div></div><small class="form-text text-muted">${esc(F.spent.helper)}</small>`)}
    `, collapse)}

    <div class="card card-primary"><div class="card-header"><h3 class="card-title">${esc(S.kpi)}</h3>
      <div class="card-tools"><div class="input-group input-group-sm" style="width:200px">
        <input type="text" name="table_search" id="kpi-search" class="form-control float-right" placeholder="${esc(FORM.chrome.listFilter)}">
        <div class="input-group-append"><button type="button" class="btn btn-default"><i class="fas fa-search"></i></button></div></div></div></div>
      <div class="card-body table-responsive p-0"><table class="table table-bordered table-hover" id="kpi-table">
        <thead><tr><th>${esc(K.columns.name)}</th><th class="text-right">${esc(K.columns.target)}</th><th style="width:150px">${esc(K.columns.result)}</th><th>${esc(K.columns.unit)}</th></tr></thead>
        <tbody>${K.rows.map((kr, i) => `<tr><td>${esc(kr.name)}</td><td class="text-right">${esc(kr.target)}</td><td><input type="text" class="form-control form-control-sm text-right" name="kpi_result[${i}]" value="${esc(v.kpi[i] ?? '')}"></td><td>${esc(kr.unit)}</td></tr>`).join('')}</tbody>
      </table></div></div>

    ${card(S.narrative, `
      ${textarea('result', F.result.label, v.result, F.result.maxLength)}
      ${textarea('problems', F.problems.label, v.problems, F.problems.maxLength)}
      ${textarea('suggestions', F.suggestions.label, v.suggestions, F.suggestions.maxLength)}
    `, collapse)}

    ${card(S.plans, `<p class="text-muted">${esc(FORM.m6.plans.toggleLegend)}</p>${planCard('ns')}${planCard('nesdp')}${planCard('mp')}`, collapse)}

    <div class="row mb-3"><div class="col-12">
      <a href="${currentRoute().base}" class="btn btn-secondary" data-link>ยกเลิก</a>
      <button type="submit" class="btn btn-success float-right"><i class="fas fa-save"></i> บันทึก</button>
      <button type="button" class="btn btn-secondary float-right mr-2" data-toggle="modal" data-target="#send-modal">${esc(FORM.send.open)}</button>
    </div></div>
    </form>
    ${sendModal()}`);
  initSendModal();

  J('.selectpicker').selectpicker();
  J('.select2bs4').select2({ theme: 'bootstrap4' });
  thaiDatepicker('#report-date', v.reportDate);
  thaiDatepicker('#start-date', v.startDate);
  thaiDatepicker('#end-date', v.endDate);
  J('#progress').ionRangeSlider({ min: 0, max: 100, from: v.progress, step: 1, postfix: ` ${F.progress.unit}`, skin: 'round', grid: true });
  const editors = initEditors();

  $('#report-form').on('change', '.custom-switch input[type=checkbox]', function () {
    $((this as HTMLElement).dataset.target!).toggle((this as HTMLInputElement).checked);
  });
  $('#report-form').on('input', 'textarea[maxlength]', function () {
    $(this).siblings('.form-text').find('.count').text((this as HTMLTextAreaElement).value.length);
  });
  $('#kpi-search').on('keyup', function () {
    const q = String($(this).val()).trim();
    $('#kpi-table tbody tr').each(function () { $(this).toggle(!q || $(this).children().first().text().includes(q)); });
  });
  $('#report-form').on('submit', (e) => {
    e.preventDefault();
    void Swal.fire({ icon: 'success', title: 'บันทึกข้อมูลเรียบร้อยแล้ว', showConfirmButton: false, timer: 1500 });
  });
  return editors;
}

// The send step (form.json `send`): a Bootstrap 4 modal as AdminLTE's modals page draws it
// (modal-header with the close ×, modal-footer justify-content-between: btn-default close,
// btn-primary action), the project as the page's dl row, the approver as a bootstrap-select like
// the quarter (title as the placeholder; initialised on show.bs.modal), is-invalid +
// invalid-feedback when nothing is chosen.
function sendModal() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  return `
    <div class="modal fade" id="send-modal" tabindex="-1" role="dialog" aria-labelledby="send-modal-title" aria-hidden="true">
      <div class="modal-dialog modal-lg" role="document"><div class="modal-content">
        <div class="modal-header"><h4 class="modal-title" id="send-modal-title">${esc(S.title)}</h4>
          <button type="button" class="close" data-dismiss="modal" aria-label="Close"><span aria-hidden="true">&times;</span></button></div>
        <div class="modal-body">
          <dl class="row">
            <dt class="col-sm-3">${esc(L.name)}</dt><dd class="col-sm-9">${esc(FORM.project.name)}</dd>
            <dt class="col-sm-3">${esc(L.budgetSource)}</dt><dd class="col-sm-9">${esc(FORM.project.budgetSource)}</dd>
          </dl>
          <form id="send-form" autocomplete="off" onsubmit="return false">
            <div class="form-group mb-0"><label for="recipient">${esc(S.recipient.label)} <span class="text-danger">*</span></label>
              <select class="form-control" id="recipient" name="recipient" title="${esc(S.recipient.placeholder)}" data-style="btn-default">${S.recipient.options.map((t) => `<option>${esc(t)}</option>`).join('')}</select>
              <div class="invalid-feedback">${esc(S.recipient.placeholder)}</div></div>
          </form>
        </div>
        <div class="modal-footer justify-content-between"><button type="button" class="btn btn-default" data-dismiss="modal">${esc(S.cancel)}</button><button type="button" class="btn btn-primary" id="send-commit">${esc(S.commit)}</button></div>
      </div></div>
    </div>`;
}

function initSendModal() {
  const R = FORM.send.recipient;
  const modal = J('#send-modal');
  const sel = J('#recipient');
  const invalid = (on: boolean) => { sel.toggleClass('is-invalid', on).closest('.bootstrap-select').toggleClass('is-invalid', on); };
  modal.on('show.bs.modal', () => {
    if (!sel.data('selectpicker')) sel.selectpicker();
    const c = sendChoice();
    sel.selectpicker('val', c >= 0 ? R.options[c]! : '');
    invalid(false);
  });
  sel.on('changed.bs.select', () => { if (sel.val()) invalid(false); });
  $('#send-commit').on('click', () => {
    const chosen = String(sel.val() ?? '');
    if (!chosen) { invalid(true); return; }
    markSent(chosen);
    modal.modal('hide');
  });
}

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
function renderM1(v: M1Values) {
  const M = FORM.m1;
  const edition = v.edition;
  const level = (prefix: string, i: number, label: string) =>
    `<div class="form-group row"><label for="${prefix}-${i}" class="col-sm-2 col-form-label">${esc(label)}</label><div class="col-sm-10"><select class="form-control selectpicker" id="${prefix}-${i}" name="${prefix}_${i}" data-live-search="true" data-style="btn-default"></select></div></div>`;
  $('#page').html(`
    ${summary(v.fiscalYear)}
    <div class="callout callout-info"><p>${esc(M.hint)}</p></div>
    <form id="linkage-form" autocomplete="off">
    ${card(M.ns.section, M.ns.levels.map((l, i) => level('ns', i, l)).join(''), collapse)}
    ${card(M.nesdp.section, `
      <div class="form-group row"><label class="col-sm-2 col-form-label">${esc(M.nesdp.editionLabel)}</label><div class="col-sm-10">
        <div class="btn-group btn-group-toggle" data-toggle="buttons">
          ${(['12', '13'] as const).map((e) => `<label class="btn btn-outline-primary${String(edition) === e ? ' active' : ''}"><input type="radio" name="edition" id="edition-${e}" value="${e}" autocomplete="off" ${String(edition) === e ? 'checked' : ''}> ${esc(M.nesdp.editions[e])}</label>`).join('')}
        </div></div></div>
      <div id="nesdp-levels"></div>`, collapse)}
    <div class="card card-primary"><div class="card-header"><h3 class="card-title">${esc(M.rows.section)}</h3>
      <div class="card-tools"><button type="button" class="btn btn-tool" id="add-row"><i class="fas fa-plus"></i> ${esc(M.rows.addButton)}</button></div></div>
      <div class="card-body p-0"><table class="table table-bordered" id="plan-rows"><thead><tr>
        <th style="width:10px">${esc(M.rows.columns.no)}</th><th>${esc(M.rows.columns.level)}</th><th>${esc(M.rows.columns.plan)}</th><th>${esc(M.rows.columns.issue)}</th><th style="width:40px"></th></tr></thead><tbody></tbody></table></div></div>
    <div class="row mb-3"><div class="col-12">
      <a href="${currentRoute().base}" class="btn btn-secondary" data-link>ยกเลิก</a>
      <button type="submit" class="btn btn-success float-right"><i class="fas fa-save"></i> บันทึก</button>
    </div></div>
    </form>`);

  /** A cascade of selectpickers: filling level i enables level i+1; emptying it clears and disables the levels below. */
  function cascade(prefix: string, count: number, optionsOf: (lv: number, path: number[]) => string[], chosen: number[]) {
    const sel = (i: number) => J(`#${prefix}-${i}`);
    const path = (n: number) => Array.from({ length: n }, (_, i) => (sel(i).prop('selectedIndex') as number) - 1);
    const refill = (from: number, initial?: number[]) => {
      for (let i = from; i < count; i++) {
        const p = path(i);
        const enabled = i === 0 || p[i - 1]! >= 0;
        const list = enabled ? optionsOf(i, p) : [];
        const pick = initial && initial[i]! >= 0 ? list[initial[i]!] : '';
        sel(i).html(options(list, pick)).prop('disabled', !enabled).selectpicker('refresh');
      }
    };
    for (let i = 0; i < count; i++) { sel(i).selectpicker(); sel(i).on('changed.bs.select', () => refill(i + 1)); }
    refill(0, chosen);
  }
  cascade('ns', 3, nsOptions, v.ns);

  function drawNesdp(e: 0 | Edition, chosen: number[]) {
    const box = $('#nesdp-levels');
    if (!e) { box.html(''); return; }
    box.html(M.nesdp.levels[String(e) as '12' | '13'].map((l, i) => level('nesdp', i, l)).join(''));
    cascade('nesdp', 3, (lv, p) => nesdpOptions(e, lv, p), chosen);
  }
  drawNesdp(edition, v.nesdp);
  $('input[name=edition]').on('change', function () { drawNesdp(Number((this as HTMLInputElement).value) as Edition, [-1, -1, -1]); });

  const tbody = $('#plan-rows tbody');
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const tr = $(`<tr><td class="row-no"></td>
      <td><select class="custom-select custom-select-sm" name="row_level[]">${options(ROW_LEVELS, ROW_LEVELS[row.level] ?? '', M.rows.levelPlaceholder)}</select></td>
      <td><select class="custom-select custom-select-sm" name="row_plan[]"></select></td>
      <td><select class="custom-select custom-select-sm" name="row_issue[]"></select></td>
      <td><button type="button" class="btn btn-danger btn-sm remove" title="${esc(M.rows.removeButton)}"><i class="fas fa-trash"></i></button></td></tr>`);
    const lv = tr.find('[name^=row_level]'), plan = tr.find('[name^=row_plan]'), issue = tr.find('[name^=row_issue]');
    const li = () => (lv.prop('selectedIndex') as number) - 1;
    const pi = () => (plan.prop('selectedIndex') as number) - 1;
    const fillPlan = (pick = -1) => { const l = rowPlanOptions(li()); plan.html(options(l, l[pick] ?? '')).prop('disabled', li() < 0); };
    const fillIssue = (pick = -1) => { const l = rowIssueOptions(li(), pi()); issue.html(options(l, l[pick] ?? '')).prop('disabled', pi() < 0); };
    fillPlan(row.plan); fillIssue(row.issue);
    lv.on('change', () => { fillPlan(); fillIssue(); });
    plan.on('change', () => fillIssue());
    tr.find('.remove').on('click', () => { tr.remove(); renumber(); });
    tbody.append(tr);
    renumber();
  }
  const renumber = () => tbody.find('.row-no').each((i, td) => { $(td).text(`${i + 1}.`); });
  v.rows.forEach((row) => addRow(row));
  $('#add-row').on('click', () => addRow());
  $('#linkage-form').on('submit', (e) => {
    e.preventDefault();
    void Swal.fire({ icon: 'success', title: 'บันทึกข้อมูลเรียบร้อยแล้ว', showConfirmButton: false, timer: 1500 });
  });
}

function renderHome(r: Route) {
  $('#page').html(`<div class="card"><div class="card-header"><h3 class="card-title">รายการโครงการ</h3></div><div class="card-body p-0">
    <table class="table table-striped"><thead><tr><th style="width:10px">#</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1.</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" class="btn btn-primary btn-sm" data-link>รายงานความก้าวหน้า</a> <a href="${r.base}${FORM.m1.route}" class="btn btn-info btn-sm" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table></div></div>`);
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  destroyEditors();
  const screen = r.screen === 'm6' ? FORM.m6 : r.screen === 'm1' ? FORM.m1 : null;
  shell(r, screen?.title ?? 'รายการโครงการ', screen?.breadcrumb ?? [FORM.chrome.nav[0]!], '<div class="text-muted"><i class="fas fa-sync-alt fa-spin"></i> กำลังโหลด…</div>');
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') {
    document.title = `${FORM.m6.title} - eMENSCR`;
    await renderM6(data!.m6!);
    if (my !== token) return;
  }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else $('#page').html('<h3>ไม่พบหน้าที่ต้องการ</h3>');
  markReady();
}

onRoute(show);
show(currentRoute());
