/**
 * Zoo page: an older Thai government web app, written the way such apps were: Bootstrap 3
 * (.form-horizontal with .control-label columns, .panel sections, .input-group-addon for
 * ฿ / บาท, required marks as <span class="text-danger">*</span>, a layout TABLE of
 * label cell | control cell for part of the form), jQuery 3 with jQuery UI 1.14 widgets
 * (datepicker with the Thai regional settings and Buddhist-era years, a slider whose handle is
 * a span on a div track mirrored by a spinner, selectmenu on the M1 ยุทธศาสตร์ชาติ cascade,
 * checkboxradio for the plan edition) and Chosen for the quarter and the target groups;
 * a bordered KPI table with inputs in cells, checkboxes that reveal plan panels, and on M1
 * a table of plan rows with a level selector.
 * The M6 narratives (ผลการดำเนินงาน, ปัญหา/อุปสรรค, ข้อเสนอแนะ) are TinyMCE 8 editors, set up the
 * way such a team self-hosts it: the library bundled (tinymce + the dom model, the silver theme,
 * the default icons, the oxide skin and content CSS imported as modules, so nothing is fetched
 * from a CDN), `tinymce.init` on the narratives' textarea selector with `license_key: 'gpl'`,
 * no menubar and a small toolbar. TinyMCE hides each textarea (display:none, kept before its
 * .tox-tinymce box, still named by its `<label for>`) and draws the editing body in a
 * same-origin iframe (body contenteditable); the scenario's text is the textarea's value before
 * init, so it becomes the editor's content. The screen is ready once the editors are.
 */
import 'bootstrap3/dist/css/bootstrap.min.css';
import 'jquery-ui/dist/themes/base/jquery-ui.min.css';
import 'chosen-js/chosen.min.css';
import $ from './jquery-global';
import 'jquery-ui/dist/jquery-ui.js';
import 'jquery-ui/ui/i18n/datepicker-th.js';
import 'chosen-js/chosen.jquery.js';
import tinymce from 'tinymce';
import 'tinymce/models/dom';
import 'tinymce/themes/silver';
import 'tinymce/icons/default';
import 'tinymce/skins/ui/oxide/skin.js';
import 'tinymce/skins/ui/oxide/content.js';
import 'tinymce/skins/content/default/content.js';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { thaiDate, parseThaiDate, type M1Values, type M6Values } from '../../shared/scenarios';
import { NS_SIDES, MP_ISSUES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

// the plugins extend jQuery at run time; this page calls them untyped
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const J = $ as any;

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
const REQ = ' <span class="text-danger">*</span>';
const options = (list: string[], chosen = '', placeholder = P) =>
  `<option value="">${esc(placeholder)}</option>` + list.map((t) => `<option${t === chosen ? ' selected' : ''}>${esc(t)}</option>`).join('');

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l) => `<li><a href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a></li>`).join('');
  $('#app').html(`
  <nav class="navbar navbar-inverse navbar-static-top">
    <div class="container">
      <div class="navbar-header"><a class="navbar-brand" href="${r.base}" data-link>eMENSCR</a></div>
      <ul class="nav navbar-nav">${links}</ul>
      <form class="navbar-form navbar-left" onsubmit="return false"><div class="form-group"><input type="text" class="form-control" placeholder="${esc(FORM.chrome.search)}"></div> <button type="submit" class="btn btn-default">ค้นหา</button></form>
      <p class="navbar-text navbar-right"><span class="glyphicon glyphicon-user"></span> ${esc(FORM.chrome.user)}</p>
    </div>
  </nav>
  <div class="container" id="page">${body}</div>
  <footer class="container text-center text-muted"><hr><small>${esc(FORM.chrome.footer)}</small></footer>`);
}

function breadcrumb(items: string[], base: string) {
  return `<ol class="breadcrumb">${items.map((t, i) => i === 0
    ? `<li><a href="${base}" data-link>${esc(t)}</a></li>`
    : `<li${i === items.length - 1 ? ' class="active"' : ''}>${esc(t)}</li>`).join('')}</ol>`;
}

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (dt: string, dd: string | number) => `<dt>${esc(dt)}</dt><dd>${esc(dd)}</dd>`;
  return `<div class="panel panel-info"><div class="panel-heading"><h3 class="panel-title">${esc(FORM.summary.title)}</h3></div><div class="panel-body"><dl class="dl-horizontal" style="margin-bottom:0">
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </dl></div></div>`;
}

const panel = (title: string, body: string, kind = 'default') =>
  `<div class="panel panel-${kind}"><div class="panel-heading"><h3 class="panel-title">${esc(title)}</h3></div><div class="panel-body">${body}</div></div>`;

/** jQuery UI datepicker in Thai with Buddhist-era years: the widget works in CE, the input shows BE (the usual patch of Thai apps). */
function thaiDatepicker(selector: string, isoValue: string) {
  const input = $(selector);
  input.val(thaiDate(isoValue));
  J.fn.datepicker.call(input, $.extend({}, J.datepicker.regional.th, {
    dateFormat: 'dd/mm/yy',
    changeMonth: true,
    changeYear: true,
    beforeShow() {
      const iso = parseThaiDate(String(input.val()));
      // show the CE date to the widget while it is open
      if (iso) { const [y, m, d] = iso.split('-'); input.val(`${d}/${m}/${y}`); }
    },
    onClose(text: string) {
      const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(text);
      if (m && Number(m[3]) < 2400) input.val(`${m[1]}/${m[2]}/${Number(m[3]) + 543}`);
    },
  }));
}

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
/**
 * The narratives' TinyMCE editors (see the header). Resolves once every editor is initialised;
 * the counter under each one follows the editor's text (the textarea's keyup no longer fires).
 */
function initEditors(): Promise<unknown> {
  return tinymce.init({
    selector: '#report-form textarea.rich-text',
    license_key: 'gpl',
    menubar: false,
    toolbar: 'undo redo | bold italic underline | bullist numlist',
    height: 180,
    promotion: false,
    branding: false,
    setup(editor) {
      const count = () => $(editor.getElement()).siblings('.help-block').find('.count').text(editor.getContent({ format: 'text' }).trim().length);
      editor.on('input keyup change SetContent', count);
    },
  });
}

function renderM6(r: Route, v: M6Values): Promise<unknown> {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const group = (id: string, label: string, control: string, req = true) =>
    `<div class="form-group"><label for="${id}" class="col-sm-3 control-label">${esc(label)}${req ? REQ : ''}</label><div class="col-sm-9">${control}</div></div>`;
  const dateInput = (id: string, placeholder: string) =>
    `<div class="input-group"><input type="text" class="form-control" id="${id}" name="${id}" placeholder="${esc(placeholder)}"><span class="input-group-addon"><span class="glyphicon glyphicon-calendar"></span></span></div>`;
  const textarea = (id: string, label: string, value: string, max: number) =>
    group(id, label, `<textarea class="form-control rich-text" id="${id}" name="${id}" rows="3" maxlength="${max}">${esc(value)}</textarea>
      <p class="help-block text-right"><span class="count">${value.length}</span>/${max}</p>`);
  const planBlock = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    return `
    <div class="checkbox"><label><input type="checkbox" name="plan_${key}" value="1" data-target="#plan-panel-${key}" ${p.on ? 'checked' : ''}> ${esc(name)}${item.required ? REQ : ''}</label></div>
    <div class="panel panel-default" id="plan-panel-${key}" style="margin-left:20px${p.on ? '' : ';display:none'}">
      <div class="panel-heading">${esc(name)}</div>
      <div class="panel-body">
        <div class="form-group"><label for="plan-${key}-detail" class="col-sm-3 control-label">${esc(label)}</label>
          <div class="col-sm-9"><select class="form-control" id="plan-${key}-detail" name="plan_${key}_detail">${options(list, p.detail)}</select></div></div>
        <div class="form-group"><label for="plan-${key}-text" class="col-sm-3 control-label">${esc(FORM.m6.plans.textLabel)}</label>
          <div class="col-sm-9"><textarea class="form-control" id="plan-${key}-text" name="plan_${key}_text" rows="2">${esc(p.text)}</textarea></div></div>
      </div>
    </div>`;
  };

  $('#page').html(`
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <div class="page-header"><h3>${esc(FORM.m6.title)}</h3></div>
    ${summary(v.fiscalYear)}
    <form id="report-form" class="form-horizontal" autocomplete="off">
    ${panel(S.report, `
      ${group('quarter', F.quarter.label, `<select class="form-control" id="quarter" name="quarter" data-placeholder="${esc(F.quarter.placeholder)}">${options(F.quarter.options, v.quarter, '')}</select>`)}
      ${group('report-date', F.reportDate.label, dateInput('report-date', F.reportDate.placeholder))}
      <div class="form-group"><label class="col-sm-3 control-label">${esc(F.status.label)}${REQ}</label><div class="col-sm-9">
        ${F.status.options.map((s) => `<label class="radio-inline"><input type="radio" name="status" value="${esc(s)}" ${s === v.status ? 'checked' : ''}> ${esc(s)}</label>`).join('')}
      </div></div>
      <div class="form-group"><label for="progress" class="col-sm-3 control-label">${esc(F.progress.label)}${REQ}</label>
        <div class="col-sm-6" style="padding-top:12px"><div id="progress-slider"></div></div>
        <div class="col-sm-3"><div class="input-group"><input type="text" class="form-control" id="progress" name="progress" value="${v.progress}"><span class="input-group-addon">${esc(F.progress.unit)}</span></div></div>
        <div class="col-sm-offset-3 col-sm-9"><p class="help-block">${esc(F.progress.helper)}</p></div></div>
      <table class="table table-condensed" style="margin-bottom:0"><tbody>
        <tr><td class="text-right" style="width:25%;vertical-align:middle"><b>${esc(F.startDate.label)}</b>${REQ}</td><td>${dateInput('start-date', F.startDate.placeholder)}</td></tr>
        <tr><td class="text-right" style="vertical-align:middle"><b>${esc(F.endDate.label)}</b>${REQ}</td><td>${dateInput('end-date', F.endDate.placeholder)}</td></tr>
        <tr><td class="text-right" style="vertical-align:middle"><b>${esc(F.beneficiaries.label)}</b></td><td><select class="form-control" id="beneficiaries" name="beneficiaries[]" multiple data-placeholder="${esc(F.beneficiaries.placeholder)}">${F.beneficiaries.options.map((t) => `<option${v.beneficiaries.includes(t) ? ' selected' : ''}>${esc(t)}</option>`).join('')}</select></td></tr>
      </tbody></table>`, 'primary')}

    ${panel(S.money, `
      ${group('allocation', F.allocation.label, `<div class="input-group"><span class="input-group-addon">${esc(F.allocation.prefix)}</span><input type="text" class="form-control text-right" id="allocation" name="allocation" placeholder="${esc(F.allocation.placeholder)}" value="${esc(v.allocation)}"></div>`)}
      ${group('spent', F.spent.label, `<div class="input-group"><input type="text" class="form-control text-right" id="spent" name="spent" placeholder="${esc(F.spent.placeholder)}" value="${esc(v.spent)}"><span class="input-group-addon">${esc(F.spent.suffix)}</span></div><p class="help-block">${esc(F.spent.helper)}</p>`)}`, 'primary')}

    ${panel(S.kpi, `<table class="table table-bordered table-striped" id="kpi-table" style="margin-bottom:0">
        <thead><tr class="active"><th>${esc(K.columns.name)}</th><th class="text-center">${esc(K.columns.target)}</th><th class="text-center" style="width:140px">${esc(K.columns.result)}</th><th class="text-center">${esc(K.columns.unit)}</th></tr></thead>
        <tbody>${K.rows.map((row, i) => `<tr><td>${esc(row.name)}</td><td class="text-center">${esc(row.target)}</td><td><input type="text" class="form-control input-sm text-right" name="kpi_result[${i}]" value="${esc(v.kpi[i] ?? '')}"></td><td class="text-center">${esc(row.unit)}</td></tr>`).join('')}</tbody>
      </table>`, 'primary')}

    ${panel(S.narrative, `
      ${textarea('result', F.result.label, v.result, F.result.maxLength)}
      ${textarea('problems', F.problems.label, v.problems, F.problems.maxLength)}
      ${textarea('suggestions', F.suggestions.label, v.suggestions, F.suggestions.maxLength)}`, 'primary')}

    ${panel(S.plans, `<p><b>${esc(FORM.m6.plans.toggleLegend)}</b></p>${planBlock('ns')}${planBlock('nesdp')}${planBlock('mp')}`, 'primary')}

    <div class="text-center"><button type="submit" class="btn btn-success"><span class="glyphicon glyphicon-floppy-disk"></span> บันทึก</button> <button type="button" class="btn btn-default" id="send-open">${esc(FORM.send.open)}</button> <a class="btn btn-default" href="${r.base}" data-link>ยกเลิก</a></div>
    </form>
    ${sendDialog()}`);
  initSendDialog();

  J.fn.chosen.call($('#quarter'), { width: '100%', allow_single_deselect: true, disable_search_threshold: 10, no_results_text: 'ไม่พบข้อมูล' });
  J.fn.chosen.call($('#beneficiaries'), { width: '100%', no_results_text: 'ไม่พบข้อมูล' });
  thaiDatepicker('#report-date', v.reportDate);
  thaiDatepicker('#start-date', v.startDate);
  thaiDatepicker('#end-date', v.endDate);

  const slider = $('#progress-slider');
  const spinner = $('#progress');
  J.fn.slider.call(slider, { range: 'min', min: 0, max: 100, step: 1, value: v.progress,
    slide: (_e: unknown, ui: { value: number }) => { J.fn.spinner.call(spinner, 'value', ui.value); } });
  J.fn.spinner.call(spinner, { min: 0, max: 100,
    spin: (_e: unknown, ui: { value: number }) => { J.fn.slider.call(slider, 'value', ui.value); },
    change: () => { J.fn.slider.call(slider, 'value', Number(spinner.val()) || 0); } });

  $('#report-form').on('change', 'input[type=checkbox][data-target]', function () {
    $((this as HTMLElement).dataset.target!).toggle((this as HTMLInputElement).checked);
  });
  $('#report-form').on('keyup', 'textarea[maxlength]', function () {
    $(this).siblings('.help-block').find('.count').text((this as HTMLTextAreaElement).value.length);
  });
  $('#report-form').on('submit', (e) => e.preventDefault());
  return initEditors();
}

// The send step (form.json `send`): a jQuery UI dialog (modal, title from the title attribute,
// buttons in its button pane, the commit as ui-priority-primary), the project as the page's
// dl-horizontal, the approver as a Chosen select like the quarter (data-placeholder, initialised
// when the dialog opens), Bootstrap 3's has-error + help-block when nothing is chosen.
function sendDialog() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  return `
    <div id="send-dialog" title="${esc(S.title)}" style="display:none">
      <dl class="dl-horizontal">
        <dt>${esc(L.name)}</dt><dd>${esc(FORM.project.name)}</dd>
        <dt>${esc(L.budgetSource)}</dt><dd>${esc(FORM.project.budgetSource)}</dd>
      </dl>
      <form id="send-form" autocomplete="off" onsubmit="return false">
        <div class="form-group"><label for="recipient" class="control-label">${esc(S.recipient.label)}${REQ}</label>
          <select class="form-control" id="recipient" name="recipient" data-placeholder="${esc(S.recipient.placeholder)}">${options(S.recipient.options, '', '')}</select>
          <p class="help-block" style="display:none">${esc(S.recipient.placeholder)}</p></div>
      </form>
    </div>`;
}

function initSendDialog() {
  const S = FORM.send;
  // an opened dialog was moved to <body>: a redrawn screen brings its own
  J.fn.dialog.call($('.ui-dialog > #send-dialog'), 'destroy');
  $('body > #send-dialog').remove();
  const dlg = $('#send-dialog');
  const sel = dlg.find('#recipient');
  const group = sel.closest('.form-group');
  const invalid = (on: boolean) => { group.toggleClass('has-error', on); group.find('.help-block').toggle(on); };
  J.fn.dialog.call(dlg, {
    autoOpen: false,
    modal: true,
    width: 640,
    resizable: false,
    open() {
      const c = sendChoice();
      sel.val(c >= 0 ? S.recipient.options[c]! : '');
      invalid(false);
      if (!sel.data('chosen')) J.fn.chosen.call(sel, { width: '100%', allow_single_deselect: true, disable_search_threshold: 10, no_results_text: 'ไม่พบข้อมูล' });
      else sel.trigger('chosen:updated');
    },
    buttons: [
      { text: S.cancel, click() { J.fn.dialog.call(dlg, 'close'); } },
      { text: S.commit, class: 'ui-priority-primary', click() {
        const chosen = String(sel.val() ?? '');
        if (!chosen) { invalid(true); return; }
        markSent(chosen);
        J.fn.dialog.call(dlg, 'close');
      } },
    ],
  });
  sel.on('change', () => { if (sel.val()) invalid(false); });
  $('#send-open').on('click', () => J.fn.dialog.call(dlg, 'open'));
}

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  const edition = v.edition;
  $('#page').html(`
    ${breadcrumb(M.breadcrumb, r.base)}
    <div class="page-header"><h3>${esc(M.title)}</h3></div>
    ${summary(v.fiscalYear)}
    <div class="alert alert-info"><span class="glyphicon glyphicon-info-sign"></span> ${esc(M.hint)}</div>
    <form id="linkage-form" class="form-horizontal" autocomplete="off">
    ${panel(M.ns.section, M.ns.levels.map((l, i) => `<div class="form-group"><label for="ns-${i}" class="col-sm-3 control-label">${esc(l)}${REQ}</label><div class="col-sm-9"><select id="ns-${i}" name="ns_${i}"></select></div></div>`).join(''), 'primary')}
    ${panel(M.nesdp.section, `
      <fieldset style="margin-bottom:15px"><legend style="font-size:14px;font-weight:bold;border:0;margin-bottom:5px">${esc(M.nesdp.editionLabel)}${REQ}</legend>
        ${(['12', '13'] as const).map((e) => `<label for="edition-${e}">${esc(M.nesdp.editions[e])}</label><input type="radio" name="edition" id="edition-${e}" value="${e}" ${String(edition) === e ? 'checked' : ''}>`).join('\n')}
      </fieldset>
      <table class="table table-condensed" id="nesdp-levels" style="margin-bottom:0"><tbody></tbody></table>`, 'primary')}
    <div class="panel panel-primary"><div class="panel-heading clearfix"><h3 class="panel-title pull-left" style="padding-top:5px">${esc(M.rows.section)}</h3>
      <button type="button" class="btn btn-success btn-sm pull-right" id="add-row"><span class="glyphicon glyphicon-plus"></span> ${esc(M.rows.addButton)}</button></div>
      <table class="table table-bordered" id="plan-rows"><thead><tr class="active">
        <th class="text-center" style="width:60px">${esc(M.rows.columns.no)}</th><th>${esc(M.rows.columns.level)}</th><th>${esc(M.rows.columns.plan)}</th><th>${esc(M.rows.columns.issue)}</th><th style="width:60px"></th></tr></thead><tbody></tbody></table></div>
    <div class="text-center"><button type="submit" class="btn btn-success"><span class="glyphicon glyphicon-floppy-disk"></span> บันทึก</button> <a class="btn btn-default" href="${r.base}" data-link>ยกเลิก</a></div>
    </form>`);

  /**
   * A cascade: filling level i enables level i+1; emptying it clears and disables the levels
   * below. `menu`: the selects are jQuery UI selectmenus (refreshed after their options change).
   */
  function cascade(prefix: string, count: number, optionsOf: (level: number, path: number[]) => string[], chosen: number[], menu: boolean) {
    const sel = (i: number) => $(`#${prefix}-${i}`);
    const path = (n: number) => Array.from({ length: n }, (_, i) => (sel(i).prop('selectedIndex') as number) - 1);
    const refill = (from: number, initial?: number[]) => {
      for (let i = from; i < count; i++) {
        const p = path(i);
        const enabled = i === 0 || p[i - 1]! >= 0;
        const list = enabled ? optionsOf(i, p) : [];
        const pick = initial && initial[i]! >= 0 ? list[initial[i]!] : '';
        sel(i).html(options(list, pick)).prop('disabled', !enabled);
        if (menu) J.fn.selectmenu.call(sel(i), 'refresh');
      }
    };
    for (let i = 0; i < count; i++) {
      if (menu) J.fn.selectmenu.call(sel(i), { width: '100%', change: () => refill(i + 1) });
      else sel(i).on('change', () => refill(i + 1));
    }
    refill(0, chosen);
  }
  cascade('ns', 3, nsOptions, v.ns, true);

  function drawNesdp(e: 0 | Edition, chosen: number[]) {
    const body = $('#nesdp-levels tbody');
    if (!e) { body.html(''); return; }
    body.html(M.nesdp.levels[String(e) as '12' | '13'].map((l, i) =>
      `<tr><td class="text-right" style="width:25%;vertical-align:middle">${esc(l)}${REQ}</td><td><select class="form-control" id="nesdp-${i}" name="nesdp_${i}"></select></td></tr>`).join(''));
    cascade('nesdp', 3, (lv, p) => nesdpOptions(e, lv, p), chosen, false);
  }
  J.fn.checkboxradio.call($('input[name=edition]'));
  drawNesdp(edition, v.nesdp);
  $('input[name=edition]').on('change', function () { drawNesdp(Number((this as HTMLInputElement).value) as Edition, [-1, -1, -1]); });

  const tbody = $('#plan-rows tbody');
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const tr = $(`<tr><td class="text-center row-no"></td>
      <td><select class="form-control input-sm" name="row_level[]">${options(ROW_LEVELS, ROW_LEVELS[row.level] ?? '', M.rows.levelPlaceholder)}</select></td>
      <td><select class="form-control input-sm" name="row_plan[]"></select></td>
      <td><select class="form-control input-sm" name="row_issue[]"></select></td>
      <td class="text-center"><button type="button" class="btn btn-danger btn-xs remove">${esc(M.rows.removeButton)}</button></td></tr>`);
    const level = tr.find('[name^=row_level]'), plan = tr.find('[name^=row_plan]'), issue = tr.find('[name^=row_issue]');
    const li = () => (level.prop('selectedIndex') as number) - 1;
    const pi = () => (plan.prop('selectedIndex') as number) - 1;
    const fillPlan = (pick = -1) => { const l = rowPlanOptions(li()); plan.html(options(l, l[pick] ?? '')).prop('disabled', li() < 0); };
    const fillIssue = (pick = -1) => { const l = rowIssueOptions(li(), pi()); issue.html(options(l, l[pick] ?? '')).prop('disabled', pi() < 0); };
    fillPlan(row.plan); fillIssue(row.issue);
    level.on('change', () => { fillPlan(); fillIssue(); });
    plan.on('change', () => fillIssue());
    tr.find('.remove').on('click', () => { tr.remove(); renumber(); });
    tbody.append(tr);
    renumber();
  }
  const renumber = () => tbody.find('.row-no').each((i, td) => { $(td).text(i + 1); });
  v.rows.forEach((row) => addRow(row));
  $('#add-row').on('click', () => addRow());
  $('#linkage-form').on('submit', (e) => e.preventDefault());
}

function renderHome(r: Route) {
  $('#page').html(`${breadcrumb([FORM.chrome.nav[0]!], r.base)}<div class="page-header"><h3>รายการโครงการ</h3></div>
    <table class="table table-bordered table-hover"><thead><tr class="active"><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> | <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table>`);
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  // the previous screen's editors go with it
  tinymce.remove();
  shell(r, '<p class="text-muted"><span class="glyphicon glyphicon-refresh"></span> กำลังโหลด…</p>');
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') {
    document.title = `${FORM.m6.title} - eMENSCR`;
    await renderM6(r, data!.m6!);
    if (my !== token) return;
  }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(r, data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else $('#page').html('<h3>ไม่พบหน้าที่ต้องการ</h3>');
  markReady();
}

// Chosen's drop list must not be clipped by the dialog's scrolling content (the usual fix)
const style = document.createElement('style');
style.textContent = '.ui-dialog #send-dialog.ui-dialog-content{overflow:visible}';
document.head.append(style);
onRoute(show);
show(currentRoute());
