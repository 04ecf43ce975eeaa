/**
 * Zoo page: Bootstrap 5 with jQuery plugins, as a jQuery app developer writes it from the
 * libraries' documentation: a horizontal form (.row > .col-form-label + .col), select2 for
 * the quarter and the target groups, flatpickr date inputs (Thai, Buddhist-era display),
 * a noUiSlider bar with a mirrored number box in an input group, input-group adornments
 * (฿, บาท), a bordered KPI table with a filter box, form switches that reveal plan cards;
 * on M1 floating-label selects (the <label for> comes AFTER its select), the plan edition
 * as radio toggle buttons (.btn-check: the native radio is visually hidden), and a table
 * of plan rows with a level selector.
 */
import 'bootstrap/dist/css/bootstrap.min.css';
import 'select2/dist/css/select2.min.css';
import 'flatpickr/dist/flatpickr.min.css';
import 'nouislider/dist/nouislider.css';
import $ from 'jquery';
import select2 from 'select2';
import flatpickr from 'flatpickr';
import { Thai } from 'flatpickr/dist/l10n/th.js';
import noUiSlider, { type API as SliderApi } from 'nouislider';
import Modal from 'bootstrap/js/dist/modal';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { thaiDate, parseThaiDate, type M1Values, type M6Values } from '../../shared/scenarios';
import { NS_SIDES, MP_ISSUES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

select2(window, $);

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
const options = (list: string[], chosen = '', placeholder = P) =>
  `<option value="">${esc(placeholder)}</option>` + list.map((t) => `<option${t === chosen ? ' selected' : ''}>${esc(t)}</option>`).join('');

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l, i) => `<li class="nav-item"><a class="nav-link${i === 0 ? '' : ''}" href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a></li>`).join('');
  $('#app').html(`
  <nav class="navbar navbar-expand-lg bg-primary" data-bs-theme="dark">
    <div class="container-fluid">
      <a class="navbar-brand" href="${r.base}" data-link><b>eMENSCR</b> <small>${esc(FORM.chrome.appName.replace('eMENSCR ', ''))}</small></a>
      <ul class="navbar-nav me-auto">${links}</ul>
      <form class="d-flex" role="search" onsubmit="return false">
        <input class="form-control me-2" type="search" placeholder="${esc(FORM.chrome.search)}" aria-label="Search">
        <button class="btn btn-outline-light" type="submit">ค้นหา</button>
      </form>
      <span class="navbar-text ms-3">${esc(FORM.chrome.user)}</span>
    </div>
  </nav>
  <div class="container py-3" id="page">${body}</div>
  <footer class="text-center text-secondary small py-3">${esc(FORM.chrome.footer)}</footer>`);
}

function breadcrumb(items: string[], base: string) {
  return `<nav aria-label="breadcrumb"><ol class="breadcrumb">${items.map((t, i) => i === 0
    ? `<li class="breadcrumb-item"><a href="${base}" data-link>${esc(t)}</a></li>`
    : `<li class="breadcrumb-item${i === items.length - 1 ? ' active' : ''}">${esc(t)}</li>`).join('')}</ol></nav>`;
}

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (dt: string, dd: string | number) => `<dt class="col-sm-3">${esc(dt)}</dt><dd class="col-sm-9">${esc(dd)}</dd>`;
  return `<div class="card mb-3"><div class="card-header">${esc(FORM.summary.title)}</div><div class="card-body"><dl class="row mb-0">
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </dl></div></div>`;
}

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
function renderM6(r: Route, v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const hrow = (id: string, label: string, control: string) =>
    `<div class="row mb-3"><label for="${id}" class="col-sm-3 col-form-label">${esc(label)}</label><div class="col-sm-9">${control}</div></div>`;
  const dateInput = (id: string, placeholder: string) => `<input type="text" class="form-control" id="${id}" placeholder="${esc(placeholder)}">`;
  const textarea = (id: string, label: string, value: string, max: number) => `
    <div class="mb-3"><label for="${id}" class="form-label">${esc(label)}</label>
      <textarea class="form-control" id="${id}" rows="3" maxlength="${max}">${esc(value)}</textarea>
      <div class="form-text text-end"><span class="count">${value.length}</span>/${max}</div></div>`;
  const planCard = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    return `
    <div class="form-check form-switch">
      <input class="form-check-input" type="checkbox" role="switch" id="plan-${key}" ${p.on ? 'checked' : ''} data-bs-target="#card-${key}">
      <label class="form-check-label" for="plan-${key}">${esc(name)}</label>
    </div>
    <div class="card card-body mb-3 ms-4${p.on ? '' : ' d-none'}" id="card-${key}">
      <h6 class="card-title">${esc(name)}</h6>
      <div class="mb-2"><label for="plan-${key}-detail" class="form-label">${esc(label)}</label>
        <select class="form-select" id="plan-${key}-detail">${options(list, p.detail)}</select></div>
      <div><label for="plan-${key}-text" class="form-label">${esc(FORM.m6.plans.textLabel)}</label>
        <textarea class="form-control" id="plan-${key}-text" rows="2">${esc(p.text)}</textarea></div>
    </div>`;
  };

  $('#page').html(`
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <h2 class="h4 mb-3">${esc(FORM.m6.title)}</h2>
    ${summary(v.fiscalYear)}
    <form id="report-form" class="needs-validation" novalidate autocomplete="off">
    <div class="card mb-3"><div class="card-header">${esc(S.report)}</div><div class="card-body">
      ${hrow('quarter', F.quarter.label, `<select class="form-select" id="quarter" data-placeholder="${esc(F.quarter.placeholder)}">${options(F.quarter.options, v.quarter, '')}</select>`)}
      ${hrow('report-date', F.reportDate.label, dateInput('report-date', F.reportDate.placeholder))}
      <fieldset class="row mb-3"><legend class="col-form-label col-sm-3 pt-0">${esc(F.status.label)}</legend><div class="col-sm-9">
        ${F.status.options.map((s, i) => `<div class="form-check form-check-inline"><input class="form-check-input" type="radio" name="status" id="status-${i}" value="${esc(s)}" ${s === v.status ? 'checked' : ''}><label class="form-check-label" for="status-${i}">${esc(s)}</label></div>`).join('')}
      </div></fieldset>
      <div class="row mb-3"><label for="progress-value" class="col-sm-3 col-form-label">${esc(F.progress.label)}</label>
        <div class="col-sm-6 pt-3"><div id="progress-slider"></div></div>
        <div class="col-sm-3"><div class="input-group"><input type="number" class="form-control" id="progress-value" min="0" max="100" step="1" value="${v.progress}"><span class="input-group-text">${esc(F.progress.unit)}</span></div></div>
        <div class="offset-sm-3 col-sm-9 form-text">${esc(F.progress.helper)}</div></div>
      ${hrow('start-date', F.startDate.label, dateInput('start-date', F.startDate.placeholder))}
      ${hrow('end-date', F.endDate.label, dateInput('end-date', F.endDate.placeholder))}
      ${hrow('beneficiaries', F.beneficiaries.label, `<select class="form-select" id="beneficiaries" multiple data-placeholder="${esc(F.beneficiaries.placeholder)}">${F.beneficiaries.options.map((t) => `<option${v.beneficiaries.includes(t) ? ' selected' : ''}>${esc(t)}</option>`).join('')}</select>`)}
    </div></div>

    <div class="card mb-3"><div class="card-header">${esc(S.money)}</div><div class="card-body">
      ${hrow('allocation', F.allocation.label, `<div class="input-group"><span class="input-group-text">${esc(F.allocation.prefix)}</span><input type="text" class="form-control text-end" id="allocation" inputmode="decimal" placeholder="${esc(F.allocation.placeholder)}" value="${esc(v.allocation)}"></div>`)}
      ${hrow('spent', F.spent.label, `<div class="input-group"><input type="text" class="form-control text-end" id="spent" inputmode="decimal" placeholder="${esc(F.spent.placeholder)}" value="${esc(v.spent)}" aria-describedby="spent-help"><span class="input-group-text">${esc(F.spent.suffix)}</span></div><div id="spent-help" class="form-text">${esc(F.spent.helper)}</div>`)}
    </div></div>

    <div class="card mb-3"><div class="card-header d-flex align-items-center"><span class="me-auto">${esc(S.kpi)}</span>
      <input type="search" class="form-control form-control-sm w-auto" id="kpi-filter" placeholder="${esc(FORM.chrome.listFilter)}"></div>
      <div class="card-body"><table class="table table-bordered align-middle mb-0" id="kpi-table">
        <thead class="table-light"><tr><th scope="col">${esc(K.columns.name)}</th><th scope="col" class="text-end">${esc(K.columns.target)}</th><th scope="col" style="width:9rem">${esc(K.columns.result)}</th><th scope="col">${esc(K.columns.unit)}</th></tr></thead>
        <tbody>${K.rows.map((row, i) => `<tr><th scope="row" class="fw-normal">${esc(row.name)}</th><td class="text-end">${esc(row.target)}</td><td><input type="text" class="form-control form-control-sm text-end" name="kpi-${i}" value="${esc(v.kpi[i] ?? '')}"></td><td>${esc(row.unit)}</td></tr>`).join('')}</tbody>
      </table></div></div>

    <div class="card mb-3"><div class="card-header">${esc(S.narrative)}</div><div class="card-body">
      ${textarea('result', F.result.label, v.result, F.result.maxLength)}
      ${textarea('problems', F.problems.label, v.problems, F.problems.maxLength)}
      ${textarea('suggestions', F.suggestions.label, v.suggestions, F.suggestions.maxLength)}
    </div></div>

    <div class="card mb-3"><div class="card-header">${esc(S.plans)}</div><div class="card-body">
      <p class="form-label">${esc(FORM.m6.plans.toggleLegend)}</p>
      ${planCard('ns')}${planCard('nesdp')}${planCard('mp')}
    </div></div>

    <div class="d-flex gap-2"><button type="submit" class="btn btn-primary">บันทึก</button><button type="button" class="btn btn-secondary" data-bs-toggle="modal" data-bs-target="#send-modal">${esc(FORM.send.open)}</button><a class="btn btn-outline-secondary" href="${r.base}" data-link>ยกเลิก</a></div>
    </form>
    ${sendModal()}`);
  initSendModal();

  ($('#quarter') as any).select2({ width: '100%', placeholder: F.quarter.placeholder, allowClear: true, minimumResultsForSearch: Infinity });
  ($('#beneficiaries') as any).select2({ width: '100%', placeholder: F.beneficiaries.placeholder });
  for (const [id, value] of [['report-date', v.reportDate], ['start-date', v.startDate], ['end-date', v.endDate]] as const) {
    flatpickr(`#${id}`, {
      locale: Thai,
      dateFormat: 'd/m/Y',
      allowInput: true,
      formatDate: (d: Date) => thaiDate(`${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`),
      parseDate: (s: string) => { const iso = parseThaiDate(s); return iso ? new Date(iso + 'T00:00:00') : undefined as unknown as Date; },
      defaultDate: value ? new Date(value + 'T00:00:00') : undefined,
    });
  }
  const sliderEl = document.getElementById('progress-slider')!;
  const slider: SliderApi = noUiSlider.create(sliderEl, { start: v.progress, step: 1, connect: [true, false], range: { min: 0, max: 100 } });
  slider.on('update', (values) => { $('#progress-value').val(String(Math.round(Number(values[0])))); });
  $('#progress-value').on('change', function () { slider.set(Number((this as HTMLInputElement).value)); });
  $('#report-form').on('change', '.form-check-input[role=switch]', function () {
    $((this as HTMLElement).dataset.bsTarget!).toggleClass('d-none', !(this as HTMLInputElement).checked);
  });
  $('#report-form').on('input', 'textarea[maxlength]', function () { $(this).siblings('.form-text').find('.count').text((this as HTMLTextAreaElement).value.length); });
  $('#kpi-filter').on('input', function () {
    const q = String($(this).val()).trim();
    $('#kpi-table tbody tr').each(function () { $(this).toggle(!q || $(this).find('th').text().includes(q)); });
  });
  $('#report-form').on('submit', (e) => e.preventDefault());
}

// The send step (form.json `send`): a Bootstrap modal in the page's markup (hidden until opened),
// the project as a <dl>, the approver as a select2 like the quarter (initialised when the modal
// is shown, dropdownParent the modal), Bootstrap's is-invalid + invalid-feedback when nothing is chosen.
function sendModal() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  return `
    <div class="modal fade" id="send-modal" tabindex="-1" aria-labelledby="send-modal-title" aria-hidden="true">
      <div class="modal-dialog modal-lg"><div class="modal-content">
        <div class="modal-header"><h1 class="modal-title fs-5" id="send-modal-title">${esc(S.title)}</h1><button type="button" class="btn-close" data-bs-dismiss="modal" aria-label="Close"></button></div>
        <div class="modal-body">
          <dl class="row">
            <dt class="col-sm-3">${esc(L.name)}</dt><dd class="col-sm-9">${esc(FORM.project.name)}</dd>
            <dt class="col-sm-3">${esc(L.budgetSource)}</dt><dd class="col-sm-9">${esc(FORM.project.budgetSource)}</dd>
          </dl>
          <form id="send-form" novalidate autocomplete="off">
            <label for="recipient" class="form-label">${esc(S.recipient.label)}</label>
            <select class="form-select" id="recipient" required>${options(S.recipient.options, '', '')}</select>
            <div class="invalid-feedback">${esc(S.recipient.placeholder)}</div>
          </form>
        </div>
        <div class="modal-footer"><button type="button" class="btn btn-secondary" data-bs-dismiss="modal">${esc(S.cancel)}</button><button type="button" class="btn btn-primary" id="send-commit">${esc(S.commit)}</button></div>
      </div></div>
    </div>`;
}

function initSendModal() {
  const R = FORM.send.recipient;
  const el = document.getElementById('send-modal')!;
  const $sel = $('#recipient');
  el.addEventListener('show.bs.modal', () => {
    const c = sendChoice();
    $sel.removeClass('is-invalid').val(c >= 0 ? R.options[c]! : '');
    if (!$sel.hasClass('select2-hidden-accessible')) ($sel as any).select2({ width: '100%', placeholder: R.placeholder, minimumResultsForSearch: Infinity, dropdownParent: $(el) });
    $sel.trigger('change');
  });
  $sel.on('change', () => { if ($sel.val()) $sel.removeClass('is-invalid'); });
  $('#send-commit').on('click', () => {
    const chosen = String($sel.val() ?? '');
    if (!chosen) { $sel.addClass('is-invalid'); return; }
    markSent(chosen);
    Modal.getOrCreateInstance(el).hide();
  });
}

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  const floating = (id: string, label: string) =>
    `<div class="col-md-4"><div class="form-floating"><select class="form-select" id="${id}"></select><label for="${id}">${esc(label)}</label></div></div>`;
  const edition = v.edition;
  $('#page').html(`
    ${breadcrumb(M.breadcrumb, r.base)}
    <h2 class="h4 mb-3">${esc(M.title)}</h2>
    ${summary(v.fiscalYear)}
    <p class="text-secondary">${esc(M.hint)}</p>
    <form id="linkage-form" novalidate autocomplete="off">
    <div class="card mb-3"><div class="card-header">${esc(M.ns.section)}</div><div class="card-body"><div class="row g-3">
      ${M.ns.levels.map((l, i) => floating(`ns-${i}`, l)).join('')}
    </div></div></div>
    <div class="card mb-3"><div class="card-header">${esc(M.nesdp.section)}</div><div class="card-body">
      <div class="mb-3"><div class="form-label">${esc(M.nesdp.editionLabel)}</div>
        <div class="btn-group" role="group" aria-label="${esc(M.nesdp.editionLabel)}">
          ${(['12', '13'] as const).map((e) => `<input type="radio" class="btn-check" name="edition" id="edition-${e}" value="${e}" autocomplete="off" ${String(edition) === e ? 'checked' : ''}><label class="btn btn-outline-primary" for="edition-${e}">${esc(M.nesdp.editions[e])}</label>`).join('')}
        </div></div>
      <div class="row g-3" id="nesdp-levels"></div>
    </div></div>
    <div class="card mb-3"><div class="card-header d-flex"><span class="me-auto">${esc(M.rows.section)}</span><button type="button" class="btn btn-sm btn-success" id="add-row">+ ${esc(M.rows.addButton)}</button></div>
      <div class="card-body"><table class="table align-middle" id="plan-rows"><thead><tr>
        <th style="width:4rem">${esc(M.rows.columns.no)}</th><th>${esc(M.rows.columns.level)}</th><th>${esc(M.rows.columns.plan)}</th><th>${esc(M.rows.columns.issue)}</th><th></th></tr></thead><tbody></tbody></table></div></div>
    <div class="d-flex gap-2"><button type="submit" class="btn btn-primary">บันทึก</button><a class="btn btn-outline-secondary" href="${r.base}" data-link>ยกเลิก</a></div>
    </form>`);

  // a cascade: filling level i enables level i+1; emptying it clears and disables the levels below
  function cascade(prefix: string, count: number, optionsOf: (level: number, path: number[]) => string[], chosen: number[]) {
    const sel = (i: number) => $(`#${prefix}-${i}`);
    const path = (n: number) => Array.from({ length: n }, (_, i) => (sel(i).prop('selectedIndex') as number) - 1);
    const refill = (from: number, initial?: number[]) => {
      for (let i = from; i < count; i++) {
        const p = path(i);
        const enabled = i === 0 || p[i - 1]! >= 0;
        const list = enabled ? optionsOf(i, p) : [];
        const pick = initial && initial[i]! >= 0 ? list[initial[i]!] : '';
        sel(i).html(options(list, pick)).prop('disabled', !enabled);
      }
    };
    for (let i = 0; i < count; i++) sel(i).on('change', () => refill(i + 1));
    refill(0, chosen);
  }
  cascade('ns', 3, nsOptions, v.ns);

  function drawNesdp(e: 0 | Edition, chosen: number[]) {
    const box = $('#nesdp-levels');
    if (!e) { box.html(''); return; }
    box.html(M.nesdp.levels[String(e) as '12' | '13'].map((l, i) => floating(`nesdp-${i}`, l)).join(''));
    cascade('nesdp', 3, (lv, p) => nesdpOptions(e, lv, p), chosen);
  }
  drawNesdp(edition, v.nesdp);
  $('input[name=edition]').on('change', function () { drawNesdp(Number((this as HTMLInputElement).value) as Edition, [-1, -1, -1]); });

  const tbody = $('#plan-rows tbody');
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const tr = $(`<tr><td class="row-no"></td>
      <td><select class="form-select form-select-sm" name="level">${options(ROW_LEVELS, ROW_LEVELS[row.level] ?? '', M.rows.levelPlaceholder)}</select></td>
      <td><select class="form-select form-select-sm" name="plan"></select></td>
      <td><select class="form-select form-select-sm" name="issue"></select></td>
      <td><button type="button" class="btn btn-sm btn-outline-danger remove">${esc(M.rows.removeButton)}</button></td></tr>`);
    const level = tr.find('[name=level]'), plan = tr.find('[name=plan]'), issue = tr.find('[name=issue]');
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
  $('#page').html(`${breadcrumb([FORM.chrome.nav[0]!], r.base)}<h2 class="h4">รายการโครงการ</h2>
    <div class="card"><div class="card-body"><table class="table"><thead><tr><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> · <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table></div></div>`);
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  shell(r, '<div class="d-flex align-items-center gap-2 text-secondary"><div class="spinner-border spinner-border-sm" role="status"></div> กำลังโหลด…</div>');
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') { document.title = `${FORM.m6.title} - eMENSCR`; renderM6(r, data!.m6!); }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(r, data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else $('#page').html('<h2>ไม่พบหน้าที่ต้องการ</h2>');
  markReady();
}

onRoute(show);
show(currentRoute());
