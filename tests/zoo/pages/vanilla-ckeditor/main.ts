/**
 * Zoo page: Bootstrap 5.3 (CSS and its own JS components) with the vanilla-JS plugins of a team
 * that left jQuery behind, each written from its own docs: Choices.js 11 for every select (the
 * native select kept inside Choices' box, hidden; the chosen item drawn in a
 * `.choices__list--single`; the target groups as removable items), CKEditor 5 (the classic
 * editor, GPL license key) for the narrative fields (a toolbar of buttons whose text labels
 * are hidden, over a contenteditable `role=textbox` whose aria-label is CKEditor's own
 * "Rich Text Editor. Editing area: main"; the page's `<label for>` points at the textarea the
 * editor replaced and hid), vanillajs-datepicker 1.3 (the `th` locale, a format object showing
 * dd/mm/yyyy in the Buddhist era). Bootstrap's own idioms: floating labels (`.form-floating`,
 * the `<label>` AFTER its input, also inside an `.input-group` with ฿ / บาท), a list group of
 * radios, `.form-range` with a badge showing the percentage, switches revealing plan cards; the
 * send step a Bootstrap offcanvas drawer (role=dialog only while shown) opened beside save.
 */
import 'bootstrap/dist/css/bootstrap.min.css';
import 'choices.js/public/assets/styles/choices.min.css';
import 'vanillajs-datepicker/css/datepicker-bs5.min.css';
import 'ckeditor5/ckeditor5.css';
import Offcanvas from 'bootstrap/js/dist/offcanvas';
import Choices from 'choices.js';
import { Datepicker } from 'vanillajs-datepicker';
import th from 'vanillajs-datepicker/locales/th';
import { ClassicEditor, Essentials, Paragraph, Bold, Italic, List } from 'ckeditor5';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { thaiDate, parseThaiDate, type M1Values, type M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

Object.assign(Datepicker.locales, th);

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
const options = (list: string[], chosen = '', placeholder = P) =>
  `<option value="">${esc(placeholder)}</option>` + list.map((t) => `<option${t === chosen ? ' selected' : ''}>${esc(t)}</option>`).join('');
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
/** Choices' defaults, in Thai, as a Thai team configures it */
const CHOICES_TH = { itemSelectText: '', noResultsText: 'ไม่พบรายการ', noChoicesText: 'ไม่มีตัวเลือก', shouldSort: false, allowHTML: false };

const style = document.createElement('style');
style.textContent = `
  .plan-card { margin-left: 2.5rem; }
  .ck-editor__editable { min-height: 6rem; }
  .choices { margin-bottom: 0; }
`;
document.head.append(style);

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l) => `<li class="nav-item"><a class="nav-link" href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a></li>`).join('');
  document.getElementById('app')!.innerHTML = `
  <nav class="navbar navbar-expand-lg navbar-dark bg-dark"><div class="container-fluid">
    <a class="navbar-brand" href="${r.base}" data-link>eMENSCR</a>
    <ul class="navbar-nav me-auto">${links}</ul>
    <span class="navbar-text">${esc(FORM.chrome.user)}</span></div></nav>
  <main class="container py-4" id="page">${body}</main>
  <footer class="text-center text-body-secondary small py-3 border-top">${esc(FORM.chrome.footer)}</footer>`;
}

const page = () => document.getElementById('page')!;
/** the screen's CKEditor instances being created (ClassicEditor.create is asynchronous) */
let editors: Promise<unknown>[] = [];

function breadcrumb(items: string[], base: string) {
  return `<nav aria-label="breadcrumb"><ol class="breadcrumb">${items.map((t, i) => i === 0
    ? `<li class="breadcrumb-item"><a href="${base}" data-link>${esc(t)}</a></li>`
    : `<li class="breadcrumb-item${i === items.length - 1 ? ' active" aria-current="page' : ''}">${esc(t)}</li>`).join('')}</ol></nav>`;
}

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const item = (k: string, v: string | number) => `<li class="list-group-item d-flex"><span class="text-body-secondary" style="width:12rem">${esc(k)}</span><span>${esc(v)}</span></li>`;
  return `<h2 class="h5">${esc(FORM.summary.title)}</h2><ul class="list-group mb-4">
    ${item(L.name, p.name)}${item(L.code, p.code)}${item(L.fiscalYear, fy)}${item(L.agency, p.agency)}${item(L.budgetSource, p.budgetSource)}</ul>`;
}

/** a section of the one long form: a heading with a rule under it, as Bootstrap's checkout example draws it */
const section = (title: string, body: string, tools = '') => `
  <section class="mb-4"><div class="d-flex align-items-end border-bottom mb-3 pb-1"><h4 class="h5 mb-0 me-auto">${esc(title)}</h4>${tools}</div>${body}</section>`;

const floating = (id: string, label: string, input: string) => `<div class="form-floating">${input}<label for="${id}">${esc(label)}</label></div>`;

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
function renderM6(r: Route, v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  // floating labels need a placeholder attribute (Bootstrap's docs): the label stands in for it
  const dateField = (id: string, label: string) => `<div class="col-md-4">${floating(id, label, `<input type="text" class="form-control" id="${id}" placeholder="${esc(F.reportDate.placeholder)}" autocomplete="off">`)}</div>`;
  const editor = (id: string, label: string, max: number) => `
    <div class="mb-3"><label for="${id}" class="form-label">${esc(label)}</label>
      <textarea id="${id}" name="${id}"></textarea>
      <div class="form-text text-end"><span class="count">0</span>/${max}</div></div>`;
  const planCard = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    return `
    <div class="form-check form-switch mb-2"><input class="form-check-input plan-toggle" type="checkbox" role="switch" id="plan-${key}" data-target="card-${key}" ${p.on ? 'checked' : ''}><label class="form-check-label" for="plan-${key}">${esc(name)}</label></div>
    <div class="card plan-card mb-3${p.on ? '' : ' d-none'}" id="card-${key}"><div class="card-header">${esc(name)}</div><div class="card-body">
      <div class="mb-2"><label for="plan-${key}-detail" class="form-label">${esc(label)}</label><select class="form-select" id="plan-${key}-detail">${options(list, p.detail)}</select></div>
      ${floating(`plan-${key}-text`, FORM.m6.plans.textLabel, `<textarea class="form-control" id="plan-${key}-text" placeholder="${esc(FORM.m6.plans.textLabel)}" style="height:5rem">${esc(p.text)}</textarea>`)}
    </div></div>`;
  };

  page().innerHTML = `
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <h1 class="h3 mb-3">${esc(FORM.m6.title)}</h1>
    ${summary(v.fiscalYear)}
    <form id="report-form" autocomplete="off" novalidate>
    ${section(S.report, `
      <div class="row g-3 mb-3">
        <div class="col-md-4"><label for="quarter" class="form-label">${esc(F.quarter.label)}</label><select id="quarter">${options(F.quarter.options, v.quarter, F.quarter.placeholder)}</select></div>
        ${dateField('report-date', F.reportDate.label)}
      </div>
      <fieldset class="mb-3"><legend class="form-label fs-6">${esc(F.status.label)}</legend>
        <div class="list-group list-group-horizontal-md">${F.status.options.map((s, i) => `<label class="list-group-item"><input class="form-check-input me-1" type="radio" name="status" id="status-${i}" value="${esc(s)}" ${s === v.status ? 'checked' : ''}>${esc(s)}</label>`).join('')}</div></fieldset>
      <div class="mb-3"><label for="progress" class="form-label">${esc(F.progress.label)}</label>
        <div class="d-flex align-items-center gap-3"><input type="range" class="form-range" id="progress" min="0" max="100" step="1" value="${v.progress}"><span class="badge text-bg-primary fs-6" id="progress-badge">${v.progress}${esc(F.progress.unit)}</span></div>
        <div class="form-text">${esc(F.progress.helper)}</div></div>
      <div class="row g-3 mb-3">${dateField('start-date', F.startDate.label)}${dateField('end-date', F.endDate.label)}</div>
      <div class="mb-3"><label for="beneficiaries" class="form-label">${esc(F.beneficiaries.label)}</label>
        <select id="beneficiaries" multiple>${F.beneficiaries.options.map((t) => `<option${v.beneficiaries.includes(t) ? ' selected' : ''}>${esc(t)}</option>`).join('')}</select></div>
    `)}
    ${section(S.money, `<div class="row g-3">
      <div class="col-md-6"><div class="input-group"><span class="input-group-text">${esc(F.allocation.prefix)}</span>${floating('allocation', F.allocation.label, `<input type="text" class="form-control text-end" id="allocation" inputmode="decimal" placeholder="${esc(F.allocation.placeholder)}" value="${esc(v.allocation)}">`)}</div></div>
      <div class="col-md-6"><div class="input-group">${floating('spent', F.spent.label, `<input type="text" class="form-control text-end" id="spent" inputmode="decimal" placeholder="${esc(F.spent.placeholder)}" value="${esc(v.spent)}" aria-describedby="spent-help">`)}<span class="input-group-text">${esc(F.spent.suffix)}</span></div>
        <div id="spent-help" class="form-text">${esc(F.spent.helper)}</div></div></div>`)}
    ${section(S.kpi, `
      <table class="table table-sm align-middle" id="kpi-table"><thead><tr><th>${esc(K.columns.name)}</th><th class="text-end">${esc(K.columns.target)}</th><th style="width:9rem">${esc(K.columns.result)}</th><th>${esc(K.columns.unit)}</th></tr></thead>
      <tbody>${K.rows.map((row, i) => `<tr><td>${esc(row.name)}</td><td class="text-end">${esc(row.target)}</td><td><input type="text" class="form-control form-control-sm text-end" name="kpi-${i}" value="${esc(v.kpi[i] ?? '')}"></td><td>${esc(row.unit)}</td></tr>`).join('')}</tbody></table>`,
      `<input type="search" class="form-control form-control-sm w-auto" id="kpi-filter" placeholder="${esc(FORM.chrome.listFilter)}">`)}
    ${section(S.narrative, `
      ${editor('result', F.result.label, F.result.maxLength)}
      ${editor('problems', F.problems.label, F.problems.maxLength)}
      ${editor('suggestions', F.suggestions.label, F.suggestions.maxLength)}`)}
    ${section(S.plans, `<p class="text-body-secondary">${esc(FORM.m6.plans.toggleLegend)}</p>${planCard('ns')}${planCard('nesdp')}${planCard('mp')}`)}
    <hr><div class="d-flex gap-2"><button class="btn btn-primary" type="submit">บันทึก</button><button class="btn btn-outline-primary" type="button" data-bs-toggle="offcanvas" data-bs-target="#send-drawer">${esc(FORM.send.open)}</button><a class="btn btn-link" href="${r.base}" data-link>ยกเลิก</a></div>
    </form>
    ${sendDrawer()}`;
  initSendDrawer();

  new Choices('#quarter', { ...CHOICES_TH, searchEnabled: false });
  new Choices('#beneficiaries', { ...CHOICES_TH, removeItemButton: true, placeholderValue: F.beneficiaries.placeholder });
  for (const [id, value] of [['report-date', v.reportDate], ['start-date', v.startDate], ['end-date', v.endDate]] as const) {
    const el = document.getElementById(id) as HTMLInputElement;
    const dp = new Datepicker(el, {
      language: 'th',
      autohide: true,
      format: {
        toValue: (s: string) => { const d = parseThaiDate(s); return d ? new Date(d + 'T00:00:00') : (undefined as unknown as Date); },
        toDisplay: (d: Date) => thaiDate(iso(d)),
      },
    });
    if (value) dp.setDate(new Date(value + 'T00:00:00'));
  }
  const range = document.getElementById('progress') as HTMLInputElement;
  range.addEventListener('input', () => { document.getElementById('progress-badge')!.textContent = `${range.value}${F.progress.unit}`; });

  const texts: Record<string, string> = { result: v.result, problems: v.problems, suggestions: v.suggestions };
  for (const [id, text] of Object.entries(texts)) {
    const ta = document.getElementById(id) as HTMLTextAreaElement;
    const count = ta.parentElement!.querySelector('.count')!;
    editors.push(ClassicEditor.create(ta, {
      licenseKey: 'GPL',
      plugins: [Essentials, Paragraph, Bold, Italic, List],
      toolbar: ['bold', 'italic', '|', 'bulletedList', 'numberedList', '|', 'undo', 'redo'],
      initialData: text ? `<p>${esc(text)}</p>` : '',
    }).then((ed) => {
      const sync = () => { count.textContent = String(ed.getData().replace(/<[^>]*>/g, '').length); };
      ed.model.document.on('change:data', sync);
      sync();
    }));
  }

  const form = document.getElementById('report-form') as HTMLFormElement;
  form.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.classList.contains('plan-toggle')) document.getElementById(t.dataset.target!)!.classList.toggle('d-none', !t.checked);
  });
  document.getElementById('kpi-filter')!.addEventListener('input', (e) => {
    const q = (e.target as HTMLInputElement).value.trim();
    for (const tr of document.querySelectorAll<HTMLTableRowElement>('#kpi-table tbody tr')) tr.classList.toggle('d-none', !!q && !tr.cells[0]!.textContent!.includes(q));
  });
  form.addEventListener('submit', (e) => e.preventDefault());
}

// The send step (form.json `send`): a Bootstrap offcanvas drawer from the right (Bootstrap's
// JS adds role=dialog and aria-modal while it is shown), the project as a list group, the
// approver a Choices.js select like the quarter, `is-invalid` on Choices' box with an
// `invalid-feedback` when nothing is chosen, commit and cancel at the drawer's bottom.
function sendDrawer() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  return `
    <div class="offcanvas offcanvas-end" tabindex="-1" id="send-drawer" aria-labelledby="send-title" style="width:32rem">
      <div class="offcanvas-header border-bottom"><h5 class="offcanvas-title" id="send-title">${esc(S.title)}</h5><button type="button" class="btn-close" data-bs-dismiss="offcanvas" aria-label="Close"></button></div>
      <div class="offcanvas-body d-flex flex-column">
        <ul class="list-group mb-3"><li class="list-group-item"><div class="small text-body-secondary">${esc(L.name)}</div>${esc(FORM.project.name)}</li>
          <li class="list-group-item"><div class="small text-body-secondary">${esc(L.budgetSource)}</div>${esc(FORM.project.budgetSource)}</li></ul>
        <div class="mb-3"><label for="recipient" class="form-label">${esc(S.recipient.label)}</label>
          <select id="recipient">${options(S.recipient.options, '', S.recipient.placeholder)}</select>
          <div class="invalid-feedback" id="recipient-feedback">${esc(S.recipient.placeholder)}</div></div>
        <div class="mt-auto d-flex gap-2 justify-content-end"><button type="button" class="btn btn-outline-secondary" data-bs-dismiss="offcanvas">${esc(S.cancel)}</button><button type="button" class="btn btn-primary" id="send-commit">${esc(S.commit)}</button></div>
      </div>
    </div>`;
}

function initSendDrawer() {
  const R = FORM.send.recipient;
  const el = document.getElementById('send-drawer')!;
  const choices = new Choices('#recipient', { ...CHOICES_TH, searchEnabled: false });
  const select = document.getElementById('recipient') as HTMLSelectElement;
  const invalid = (on: boolean) => {
    select.closest('.choices')!.classList.toggle('is-invalid', on);
    document.getElementById('recipient-feedback')!.classList.toggle('d-block', on);
  };
  el.addEventListener('show.bs.offcanvas', () => {
    const c = sendChoice();
    if (c >= 0) choices.setChoiceByValue(R.options[c]!);
    else choices.setChoiceByValue('');
    invalid(false);
  });
  select.addEventListener('change', () => invalid(false));
  document.getElementById('send-commit')!.addEventListener('click', () => {
    const chosen = select.value;
    if (!chosen) { invalid(true); return; }
    markSent(chosen);
    Offcanvas.getOrCreateInstance(el).hide();
  });
}

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  const level = (id: string, label: string) => `<div class="col-md-4"><label for="${id}" class="form-label">${esc(label)}</label><select id="${id}"></select></div>`;
  page().innerHTML = `
    ${breadcrumb(M.breadcrumb, r.base)}
    <h1 class="h3 mb-3">${esc(M.title)}</h1>
    ${summary(v.fiscalYear)}
    <div class="alert alert-info">${esc(M.hint)}</div>
    <form id="linkage-form" autocomplete="off" novalidate>
    ${section(M.ns.section, `<div class="row g-3">${M.ns.levels.map((l, i) => level(`ns-${i}`, l)).join('')}</div>`)}
    ${section(M.nesdp.section, `
      <fieldset class="mb-3"><legend class="form-label fs-6">${esc(M.nesdp.editionLabel)}</legend>
        ${(['12', '13'] as const).map((e) => `<div class="form-check form-check-inline"><input class="form-check-input" type="radio" name="edition" id="edition-${e}" value="${e}" ${String(v.edition) === e ? 'checked' : ''}><label class="form-check-label" for="edition-${e}">${esc(M.nesdp.editions[e])}</label></div>`).join('')}
      </fieldset>
      <div class="row g-3" id="nesdp-levels"></div>`)}
    ${section(M.rows.section, `
      <table class="table align-middle" id="plan-rows"><thead><tr><th style="width:4rem">${esc(M.rows.columns.no)}</th><th>${esc(M.rows.columns.level)}</th><th>${esc(M.rows.columns.plan)}</th><th>${esc(M.rows.columns.issue)}</th><th></th></tr></thead><tbody></tbody></table>`,
      `<button type="button" class="btn btn-sm btn-success" id="add-row">+ ${esc(M.rows.addButton)}</button>`)}
    <hr><div class="d-flex gap-2"><button class="btn btn-primary" type="submit">บันทึก</button><a class="btn btn-link" href="${r.base}" data-link>ยกเลิก</a></div>
    </form>`;

  // Choices cascades: choosing level i refills level i+1 (setChoices replacing the list), and
  // clearing it empties and disables the levels below
  function cascade(prefix: string, count: number, optionsOf: (level: number, path: number[]) => string[], chosen: number[]) {
    const cs = Array.from({ length: count }, (_, i) => new Choices(`#${prefix}-${i}`, { ...CHOICES_TH, searchEnabled: true, searchPlaceholderValue: 'ค้นหา' }));
    const lists: string[][] = Array.from({ length: count }, () => []);
    const indexOf = (i: number) => lists[i]!.indexOf(String(cs[i]!.getValue(true) ?? ''));
    const path = (n: number) => Array.from({ length: n }, (_, i) => indexOf(i));
    const refill = (from: number, initial?: number[]) => {
      for (let i = from; i < count; i++) {
        const p = path(i);
        const enabled = i === 0 || p[i - 1]! >= 0;
        const list = enabled ? optionsOf(i, p) : [];
        lists[i] = list;
        const pick = initial ? initial[i]! : -1;
        const c = cs[i]!;
        c.clearStore();
        c.setChoices([{ value: '', label: P, placeholder: true, selected: pick < 0 }, ...list.map((t, k) => ({ value: t, label: t, selected: k === pick }))], 'value', 'label', true);
        if (enabled) c.enable(); else c.disable();
      }
    };
    cs.forEach((c, i) => c.passedElement.element.addEventListener('change', () => refill(i + 1)));
    refill(0, chosen);
  }
  cascade('ns', 3, nsOptions, v.ns);

  function drawNesdp(e: 0 | Edition, chosen: number[]) {
    const box = document.getElementById('nesdp-levels')!;
    if (!e) { box.innerHTML = ''; return; }
    box.innerHTML = M.nesdp.levels[String(e) as '12' | '13'].map((l, i) => level(`nesdp-${i}`, l)).join('');
    cascade('nesdp', 3, (lv, p) => nesdpOptions(e, lv, p), chosen);
  }
  drawNesdp(v.edition, v.nesdp);
  for (const radio of document.querySelectorAll<HTMLInputElement>('input[name=edition]')) {
    radio.addEventListener('change', () => drawNesdp(Number(radio.value) as Edition, [-1, -1, -1]));
  }

  const tbody = document.querySelector('#plan-rows tbody')!;
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const tr = document.createElement('tr');
    tr.innerHTML = `<td class="row-no"></td>
      <td><select class="form-select form-select-sm" name="level">${options(ROW_LEVELS, ROW_LEVELS[row.level] ?? '', M.rows.levelPlaceholder)}</select></td>
      <td><select class="form-select form-select-sm" name="plan"></select></td>
      <td><select class="form-select form-select-sm" name="issue"></select></td>
      <td><button type="button" class="btn btn-sm btn-outline-danger remove">${esc(M.rows.removeButton)}</button></td>`;
    const [lv, plan, issue] = Array.from(tr.querySelectorAll('select'));
    const li = () => lv!.selectedIndex - 1;
    const pi = () => plan!.selectedIndex - 1;
    const fillPlan = (pick = -1) => { const l = rowPlanOptions(li()); plan!.innerHTML = options(l, l[pick] ?? ''); plan!.disabled = li() < 0; };
    const fillIssue = (pick = -1) => { const l = rowIssueOptions(li(), pi()); issue!.innerHTML = options(l, l[pick] ?? ''); issue!.disabled = pi() < 0; };
    fillPlan(row.plan); fillIssue(row.issue);
    lv!.addEventListener('change', () => { fillPlan(); fillIssue(); });
    plan!.addEventListener('change', () => fillIssue());
    tr.querySelector('.remove')!.addEventListener('click', () => { tr.remove(); renumber(); });
    tbody.append(tr);
    renumber();
  }
  const renumber = () => tbody.querySelectorAll('.row-no').forEach((td, i) => { td.textContent = String(i + 1); });
  v.rows.forEach((row) => addRow(row));
  document.getElementById('add-row')!.addEventListener('click', () => addRow());
  document.getElementById('linkage-form')!.addEventListener('submit', (e) => e.preventDefault());
}

function renderHome(r: Route) {
  page().innerHTML = `${breadcrumb([FORM.chrome.nav[0]!], r.base)}<h1 class="h3">รายการโครงการ</h1>
    <table class="table"><thead><tr><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> · <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table>`;
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  shell(r, '<div class="spinner-border spinner-border-sm" role="status"></div> กำลังโหลด…');
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') { document.title = `${FORM.m6.title} - eMENSCR`; renderM6(r, data!.m6!); }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(r, data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else page().innerHTML = '<h1 class="h3">ไม่พบหน้าที่ต้องการ</h1>';
  // the page is drawn once its editors are
  await Promise.all(editors);
  editors = [];
  if (my !== token) return;
  markReady();
}

onRoute(show);
show(currentRoute());
