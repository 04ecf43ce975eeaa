/**
 * Zoo page: Materialize 2 (`@materializecss/materialize`, the maintained fork; plain JS, no
 * framework) with Google's Material Icons font, every widget drawn by Materialize's own JS as its
 * docs show: `.input-field` text inputs and textareas whose `<label for>` comes AFTER the input
 * (floating labels: `placeholder=" "` keeps them down until filled, the `active` class on a
 * prefilled one), `M.FormSelect` selects (the native select hidden in a `.hide-select` div, a
 * readonly `input.select-dropdown[role=combobox]` showing the chosen text, or the disabled
 * "choose" option's text when nothing is chosen, over a `ul.dropdown-content[role=listbox]`;
 * the select's `<label>` after it, without `for`, as in the docs), `M.Datepicker` (docked, Thai
 * month names, a `format` function showing dd/mm/yyyy in the Buddhist era and its `parse`),
 * `M.Chips` with autocomplete for the target groups (`li.chip` with a `close` icon button),
 * `p.range-field` with `M.Range` (its drawn thumb shows the value while dragged), switches
 * (`.switch label` with `span.lever`) revealing the plan panels, radios as
 * `<label><input><span>text</span></label>`, `.supporting-text` helpers, `data-length` with
 * `M.CharacterCounter`, prefix icons (`i.material-icons.prefix`, ligature text) and `.prefix` /
 * `.suffix` ฿ / บาท, cards (`span.card-title`) as sections. M1: FormSelect cascades (destroyed
 * and re-created when their options change), the edition as `with-gap` radios, plan rows a
 * striped table of FormSelects. The send step: a native `<dialog class="modal">` opened with
 * showModal() (Materialize 2's modal is the native dialog; M.Modal is only its stub), the
 * approver a FormSelect, cancel then commit in `.modal-footer`.
 */
import '@materializecss/materialize/dist/css/materialize.min.css';
import 'material-icons/iconfont/material-icons.css';
import { FormSelect, Datepicker, Chips, Range, CharacterCounter, Forms } from '@materializecss/materialize';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { thaiDate, parseThaiDate, type M1Values, type M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
/** Materialize's select: a disabled "choose" option with an empty value first, as its docs write it. */
const options = (list: string[], chosen = '', placeholder = P) =>
  `<option value="" disabled${list.includes(chosen) ? '' : ' selected'}>${esc(placeholder)}</option>` + list.map((t) => `<option value="${esc(t)}"${t === chosen ? ' selected' : ''}>${esc(t)}</option>`).join('');
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const TH_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];
const TH_MONTHS_SHORT = ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const TH_DAYS = ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'];
const TH_DAYS_SHORT = ['อา.', 'จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.'];

const style = document.createElement('style');
style.textContent = `
  body { background: #f5f5f5; }
  main.container { padding-top: 1rem; padding-bottom: 2rem; }
  .card .card-content .card-title { margin-bottom: 1rem; }
  .plan-panel { margin: 0 0 1rem 2rem; }
  .status-group label { margin-right: 1.5rem; }
  .group-label { display: block; font-size: 12px; margin-bottom: .5rem; }
  #kpi-table .input-field { margin: 0; }
  #plan-rows td { vertical-align: top; }
  .page-actions { display: flex; gap: .75rem; }
  dialog.modal { max-width: 44rem; width: 90%; }
  /* the select's label sits after FormSelect's wrapper: float it like a filled field's label */
  .input-field > .select-wrapper + label { transform: scale(.75); top: 8px; }
  nav ul { list-style: none; margin: 0; display: flex; align-items: center; }
  nav .brand-logo { position: static; margin-right: 2rem; }
  nav .nav-wrapper { display: flex; align-items: center; }
  .input-field input, .input-field textarea { width: 100%; }
`;
document.head.append(style);

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l) => `<li><a href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a></li>`).join('');
  document.getElementById('app')!.innerHTML = `
  <nav class="nav-extended">
    <div class="nav-wrapper container">
      <a href="${r.base}" class="brand-logo" data-link>eMENSCR</a>
      <ul class="right">${links}
        <li><div class="input-field outlined" style="margin:0 1rem;width:14rem"><i class="material-icons prefix">search</i><input type="search" id="top-search" placeholder="${esc(FORM.chrome.search)}"></div></li>
        <li><a><i class="material-icons left">account_circle</i>${esc(FORM.chrome.user)}</a></li>
      </ul>
    </div>
  </nav>
  <main class="container" id="page">${body}</main>
  <footer class="page-footer"><div class="footer-copyright"><div class="container center-align">${esc(FORM.chrome.footer)}</div></div></footer>`;
}

const page = () => document.getElementById('page')!;

function breadcrumb(items: string[], base: string) {
  return `<nav class="transparent z-depth-0"><div class="nav-wrapper">${items.map((t, i) => i === 0
    ? `<a href="${base}" class="breadcrumb grey-text text-darken-2" data-link>${esc(t)}</a>`
    : `<a class="breadcrumb grey-text text-darken-${i === items.length - 1 ? '4' : '2'}">${esc(t)}</a>`).join('')}</div></nav>`;
}

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (th: string, td: string | number) => `<tr><th>${esc(th)}</th><td>${esc(td)}</td></tr>`;
  return card(FORM.summary.title, `<table><tbody>
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </tbody></table>`);
}

/** A section: Materialize's card, titled by `span.card-title`. */
const card = (title: string, body: string, tools = '') => `
  <div class="card"><div class="card-content">
    <span class="card-title">${esc(title)}</span>${tools}
    ${body}
  </div></div>`;

/** A text field as Materialize's docs write it: the input, then its floating `<label for>`. */
const textField = (o: { id: string; label: string; value?: string; cols?: string; prefix?: string; suffix?: string; help?: string; placeholder?: string; attrs?: string }) => `
  <div class="input-field col ${o.cols ?? 's12'}">
    ${o.prefix ?? ''}${o.suffix ?? ''}
    <input type="text" id="${o.id}" name="${o.id}" placeholder="${esc(o.placeholder ?? ' ')}" value="${esc(o.value ?? '')}" ${o.attrs ?? ''}>
    <label for="${o.id}"${o.value ? ' class="active"' : ''}>${esc(o.label)}</label>
    ${o.help ? `<span class="supporting-text">${esc(o.help)}</span>` : ''}
  </div>`;

const textArea = (id: string, label: string, value: string, max?: number, cols = 's12') => `
  <div class="input-field col ${cols}">
    <textarea id="${id}" name="${id}" class="materialize-textarea" placeholder=" "${max ? ` data-length="${max}"` : ''}>${esc(value)}</textarea>
    <label for="${id}"${value ? ' class="active"' : ''}>${esc(label)}</label>
  </div>`;

/** A select for M.FormSelect: the native select, then its label (no `for`, as in the docs). */
const selectField = (id: string, label: string, list: string[], chosen = '', placeholder = P, cols = 's12') => `
  <div class="input-field col ${cols}">
    <select id="${id}" name="${id}">${options(list, chosen, placeholder)}</select>
    <label>${esc(label)}</label>
  </div>`;

function datepicker(el: HTMLInputElement, value: string) {
  return Datepicker.init(el, {
    displayPlugin: 'docked',
    format: (d: Date) => (d && !isNaN(d.getTime()) ? thaiDate(iso(d)) : ''),
    parse: (text: string) => { const i = parseThaiDate(text); return i ? new Date(i + 'T00:00:00') : (null as unknown as Date); },
    defaultDate: value ? new Date(value + 'T00:00:00') : null,
    setDefaultDate: !!value,
    yearRange: [2015, 2035],
    autoSubmit: true,
    i18n: { months: TH_MONTHS, monthsShort: TH_MONTHS_SHORT, weekdays: TH_DAYS, weekdaysShort: TH_DAYS_SHORT, weekdaysAbbrev: TH_DAYS_SHORT, cancel: 'ยกเลิก', clear: 'ล้าง', done: 'ตกลง' },
  });
}

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
function renderM6(r: Route, v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const dateField = (id: string, label: string, placeholder: string) =>
    `<div class="input-field col s12 m4"><i class="material-icons prefix">event</i><input type="text" class="datepicker" id="${id}" name="${id}" placeholder="${esc(placeholder)}"><label for="${id}">${esc(label)}</label></div>`;
  const planBlock = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    return `
    <div class="switch" style="margin:.75rem 0"><label><input type="checkbox" class="plan-toggle" data-target="plan-${key}" ${p.on ? 'checked' : ''}><span class="lever"></span>${esc(name)}</label></div>
    <div class="card-panel plan-panel${p.on ? '' : ' hide'}" id="plan-${key}">
      <h6>${esc(name)}</h6>
      <div class="row">
        ${selectField(`plan-${key}-detail`, label, list, p.detail)}
        ${textArea(`plan-${key}-text`, FORM.m6.plans.textLabel, p.text)}
      </div>
    </div>`;
  };

  page().innerHTML = `
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <h4>${esc(FORM.m6.title)}</h4>
    ${summary(v.fiscalYear)}
    <form id="report-form" autocomplete="off" novalidate>
    ${card(S.report, `<div class="row">
      ${selectField('quarter', F.quarter.label, F.quarter.options, v.quarter, F.quarter.placeholder, 's12 m8')}
      ${dateField('report-date', F.reportDate.label, F.reportDate.placeholder)}
      <div class="col s12 status-group"><span class="group-label grey-text text-darken-1">${esc(F.status.label)}</span>
        <p>${F.status.options.map((s) => `<label><input class="with-gap" type="radio" name="status" value="${esc(s)}" ${s === v.status ? 'checked' : ''}><span>${esc(s)}</span></label>`).join('\n')}</p></div>
      <div class="col s12"><label for="progress">${esc(F.progress.label)}</label>
        <p class="range-field"><input type="range" id="progress" name="progress" min="0" max="100" step="1" value="${v.progress}"></p>
        <span class="supporting-text grey-text">${esc(F.progress.helper)}</span></div>
      ${dateField('start-date', F.startDate.label, F.startDate.placeholder)}
      ${dateField('end-date', F.endDate.label, F.endDate.placeholder)}
      <div class="col s12"><label class="group-label">${esc(F.beneficiaries.label)}</label><div class="chips chips-autocomplete" id="beneficiaries"></div></div>
    </div>`)}
    ${card(S.money, `<div class="row">
      ${textField({ id: 'allocation', label: F.allocation.label, value: v.allocation, cols: 's12 m6', prefix: `<span class="prefix">${esc(F.allocation.prefix)}</span>`, placeholder: F.allocation.placeholder, attrs: 'inputmode="decimal" class="right-align"' })}
      ${textField({ id: 'spent', label: F.spent.label, value: v.spent, cols: 's12 m6', suffix: `<span class="suffix">${esc(F.spent.suffix)}</span>`, placeholder: F.spent.placeholder, help: F.spent.helper, attrs: 'inputmode="decimal" class="right-align"' })}
    </div>`)}
    ${card(S.kpi, `
      <table class="striped highlight" id="kpi-table">
        <thead><tr><th>${esc(K.columns.name)}</th><th class="right-align">${esc(K.columns.target)}</th><th style="width:10rem">${esc(K.columns.result)}</th><th>${esc(K.columns.unit)}</th></tr></thead>
        <tbody>${K.rows.map((row, i) => `<tr><td>${esc(row.name)}</td><td class="right-align">${esc(row.target)}</td><td><div class="input-field outlined"><input type="text" class="right-align" name="kpi-${i}" value="${esc(v.kpi[i] ?? '')}"></div></td><td>${esc(row.unit)}</td></tr>`).join('')}</tbody>
      </table>`, `<div class="row" style="margin-bottom:0"><div class="input-field outlined col s12 m6"><i class="material-icons prefix">filter_list</i><input type="search" id="kpi-filter" placeholder=" "><label for="kpi-filter">${esc(FORM.chrome.listFilter)}</label></div></div>`)}
    ${card(S.narrative, `<div class="row">
      ${textArea('result', F.result.label, v.result, F.result.maxLength)}
      ${textArea('problems', F.problems.label, v.problems, F.problems.maxLength)}
      ${textArea('suggestions', F.suggestions.label, v.suggestions, F.suggestions.maxLength)}
    </div>`)}
    ${card(S.plans, `<span class="group-label grey-text text-darken-1">${esc(FORM.m6.plans.toggleLegend)}</span>${(['ns', 'nesdp', 'mp'] as const).map(planBlock).join('')}`)}
    <div class="page-actions"><button type="submit" class="btn waves-effect waves-light"><i class="material-icons left">save</i>บันทึก</button><button type="button" class="btn tonal" id="send-open">${esc(FORM.send.open)}</button><a class="btn-flat" href="${r.base}" data-link>ยกเลิก</a></div>
    </form>
    ${sendModal()}`;

  FormSelect.init(document.querySelectorAll<HTMLSelectElement>('#report-form select'), {});
  for (const [id, value] of [['report-date', v.reportDate], ['start-date', v.startDate], ['end-date', v.endDate]] as const) {
    datepicker(document.getElementById(id) as HTMLInputElement, value);
  }
  Range.init(document.querySelectorAll<HTMLInputElement>('input[type=range]'), {});
  Chips.init(document.getElementById('beneficiaries')!, {
    data: v.beneficiaries.map((t) => ({ id: t })),
    placeholder: F.beneficiaries.placeholder,
    secondaryPlaceholder: '+ กลุ่มเป้าหมาย',
    allowUserInput: true,
    autocompleteOnly: true,
    autocompleteOptions: { data: F.beneficiaries.options.map((t) => ({ id: t })), minLength: 0 },
  });
  const areas = document.querySelectorAll<HTMLTextAreaElement>('#report-form textarea');
  CharacterCounter.init(document.querySelectorAll<HTMLTextAreaElement>('textarea[data-length]'), {});
  for (const t of areas) Forms.textareaAutoResize(t);
  initSendModal();

  const form = document.getElementById('report-form') as HTMLFormElement;
  form.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.classList.contains('plan-toggle')) {
      const panel = document.getElementById(t.dataset.target!)!;
      panel.classList.toggle('hide', !t.checked);
      if (t.checked) for (const a of panel.querySelectorAll('textarea')) Forms.textareaAutoResize(a);
    }
  });
  document.getElementById('kpi-filter')!.addEventListener('input', (e) => {
    const q = (e.target as HTMLInputElement).value.trim();
    for (const tr of document.querySelectorAll<HTMLTableRowElement>('#kpi-table tbody tr')) tr.classList.toggle('hide', !!q && !tr.cells[0]!.textContent!.includes(q));
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); console.info('report', Object.fromEntries(new FormData(form))); });
}

// The send step (form.json `send`): Materialize 2's modal is the native `<dialog class="modal">`
// (its docs open it with showModal(); M.Modal is a stub), header, content and footer. The approver
// is a FormSelect (re-created when the dialog opens with the chosen approver); nothing chosen
// marks its input `invalid` and shows a red supporting text. Cancel first, then the commit.
function sendModal() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  return `
    <dialog class="modal" id="send-modal">
      <div class="modal-header"><h5>${esc(S.title)}</h5></div>
      <div class="modal-content">
        <table><tbody>
          <tr><th>${esc(L.name)}</th><td>${esc(FORM.project.name)}</td></tr>
          <tr><th>${esc(L.budgetSource)}</th><td>${esc(FORM.project.budgetSource)}</td></tr>
        </tbody></table>
        <div class="row"><div class="input-field col s12">
          <select id="recipient">${options(S.recipient.options, '', S.recipient.placeholder)}</select>
          <label>${esc(S.recipient.label)}</label>
          <span class="supporting-text red-text hide" id="recipient-help">${esc(S.recipient.placeholder)}</span>
        </div></div>
      </div>
      <div class="modal-footer">
        <button type="button" class="btn-flat waves-effect" id="send-cancel">${esc(S.cancel)}</button>
        <button type="button" class="btn waves-effect waves-light" id="send-commit">${esc(S.commit)}</button>
      </div>
    </dialog>`;
}

function initSendModal() {
  const R = FORM.send.recipient;
  const modal = document.getElementById('send-modal') as HTMLDialogElement;
  const select = document.getElementById('recipient') as HTMLSelectElement;
  let fs = FormSelect.init(select, { dropdownOptions: { container: modal } });
  const invalid = (on: boolean) => {
    fs.input.classList.toggle('invalid', on);
    document.getElementById('recipient-help')!.classList.toggle('hide', !on);
  };
  document.getElementById('send-open')!.addEventListener('click', () => {
    const c = sendChoice();
    select.selectedIndex = c >= 0 ? c + 1 : 0;
    fs.destroy();
    fs = FormSelect.init(select, { dropdownOptions: { container: modal } });
    invalid(false);
    modal.showModal();
  });
  select.addEventListener('change', () => invalid(false));
  document.getElementById('send-cancel')!.addEventListener('click', () => modal.close());
  document.getElementById('send-commit')!.addEventListener('click', () => {
    const c = select.selectedIndex - 1;
    if (c < 0) { invalid(true); return; }
    markSent(R.options[c]!);
    modal.close();
  });
}

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  const levelField = (id: string, label: string) =>
    `<div class="input-field col s12 m4"><select id="${id}"></select><label>${esc(label)}</label></div>`;
  page().innerHTML = `
    ${breadcrumb(M.breadcrumb, r.base)}
    <h4>${esc(M.title)}</h4>
    ${summary(v.fiscalYear)}
    <div class="card-panel blue lighten-5"><i class="material-icons left">info</i>${esc(M.hint)}</div>
    <form id="linkage-form" autocomplete="off" novalidate>
    ${card(M.ns.section, `<div class="row">${M.ns.levels.map((l, i) => levelField(`ns-${i}`, l)).join('')}</div>`)}
    ${card(M.nesdp.section, `
      <span class="group-label grey-text text-darken-1">${esc(M.nesdp.editionLabel)}</span>
      <p id="edition">${(['12', '13'] as const).map((e) => `<label style="margin-right:1.5rem"><input class="with-gap" type="radio" name="edition" value="${e}" ${String(v.edition) === e ? 'checked' : ''}><span>${esc(M.nesdp.editions[e])}</span></label>`).join('')}</p>
      <div class="row" id="nesdp-levels"></div>`)}
    ${card(M.rows.section, `
      <table class="striped" id="plan-rows"><thead><tr><th style="width:4rem">${esc(M.rows.columns.no)}</th><th>${esc(M.rows.columns.level)}</th><th>${esc(M.rows.columns.plan)}</th><th>${esc(M.rows.columns.issue)}</th><th></th></tr></thead><tbody></tbody></table>
      <button type="button" class="btn-small tonal" id="add-row" style="margin-top:1rem"><i class="material-icons left">add</i>${esc(M.rows.addButton)}</button>`)}
    <div class="page-actions"><button type="submit" class="btn waves-effect waves-light">บันทึก</button><a class="btn-flat" href="${r.base}" data-link>ยกเลิก</a></div>
    </form>`;

  /** Refills a native select and re-creates its FormSelect (Materialize's way to change options). */
  const refillSelect = (el: HTMLSelectElement, list: string[], pick: number, enabled: boolean, placeholder = P) => {
    FormSelect.getInstance(el)?.destroy();
    el.innerHTML = options(list, list[pick] ?? '', placeholder);
    el.disabled = !enabled;
    FormSelect.init(el, {});
  };

  // FormSelect cascades: choosing level i refills level i+1, and clearing it empties and disables the levels below
  function cascade(prefix: string, count: number, optionsOf: (level: number, path: number[]) => string[], chosen: number[]) {
    const els = Array.from({ length: count }, (_, i) => document.getElementById(`${prefix}-${i}`) as HTMLSelectElement);
    const path = (n: number) => els.slice(0, n).map((el) => el.selectedIndex - 1);
    const refill = (from: number, initial?: number[]) => {
      for (let i = from; i < count; i++) {
        const p = path(i);
        const enabled = i === 0 || p[i - 1]! >= 0;
        refillSelect(els[i]!, enabled ? optionsOf(i, p) : [], initial ? initial[i]! : -1, enabled);
      }
    };
    els.forEach((el, i) => el.addEventListener('change', () => refill(i + 1)));
    refill(0, chosen);
  }
  cascade('ns', 3, nsOptions, v.ns);

  function drawNesdp(e: 0 | Edition, chosen: number[]) {
    const box = document.getElementById('nesdp-levels')!;
    for (const s of box.querySelectorAll('select')) FormSelect.getInstance(s)?.destroy();
    if (!e) { box.innerHTML = ''; return; }
    box.innerHTML = M.nesdp.levels[String(e) as '12' | '13'].map((l, i) => levelField(`nesdp-${i}`, l)).join('');
    cascade('nesdp', 3, (lv, p) => nesdpOptions(e, lv, p), chosen);
  }
  drawNesdp(v.edition, v.nesdp);
  document.getElementById('edition')!.addEventListener('change', (ev) => {
    const t = ev.target as HTMLInputElement;
    if (t.name === 'edition' && t.checked) drawNesdp(Number(t.value) as Edition, [-1, -1, -1]);
  });

  const tbody = document.querySelector('#plan-rows tbody')!;
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const tr = document.createElement('tr');
    const cell = (name: string) => `<td><div class="input-field"><select name="${name}"></select></div></td>`;
    tr.innerHTML = `<td class="row-no"></td>${cell('level')}${cell('plan')}${cell('issue')}
      <td><button type="button" class="btn-flat red-text remove"><i class="material-icons left">delete</i>${esc(M.rows.removeButton)}</button></td>`;
    tbody.append(tr);
    const [level, plan, issue] = Array.from(tr.querySelectorAll('select'));
    const li = () => level!.selectedIndex - 1;
    const pi = () => plan!.selectedIndex - 1;
    const fillPlan = (pick = -1) => refillSelect(plan!, rowPlanOptions(li()), pick, li() >= 0);
    const fillIssue = (pick = -1) => refillSelect(issue!, rowIssueOptions(li(), pi()), pick, pi() >= 0);
    refillSelect(level!, ROW_LEVELS, row.level, true, M.rows.levelPlaceholder);
    fillPlan(row.plan); fillIssue(row.issue);
    level!.addEventListener('change', () => { fillPlan(); fillIssue(); });
    plan!.addEventListener('change', () => fillIssue());
    tr.querySelector('.remove')!.addEventListener('click', () => {
      for (const s of tr.querySelectorAll('select')) FormSelect.getInstance(s)?.destroy();
      tr.remove(); renumber();
    });
    renumber();
  }
  const renumber = () => tbody.querySelectorAll('.row-no').forEach((td, i) => { td.textContent = String(i + 1); });
  v.rows.forEach((row) => addRow(row));
  document.getElementById('add-row')!.addEventListener('click', () => addRow());
  const form = document.getElementById('linkage-form') as HTMLFormElement;
  form.addEventListener('submit', (e) => { e.preventDefault(); console.info('linkage', Object.fromEntries(new FormData(form))); });
}

function renderHome(r: Route) {
  page().innerHTML = `${breadcrumb([FORM.chrome.nav[0]!], r.base)}<h4>รายการโครงการ</h4>
    ${card('โครงการ', `<table class="striped"><thead><tr><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> · <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table>`)}`;
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  // the previous screen's pickers and selects live outside #page (docked calendars, dropdowns): drop them
  for (const s of document.querySelectorAll<HTMLSelectElement>('#page select')) FormSelect.getInstance(s)?.destroy();
  shell(r, '<div class="progress"><div class="indeterminate"></div></div> กำลังโหลด…');
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') { document.title = `${FORM.m6.title} - eMENSCR`; renderM6(r, data!.m6!); }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(r, data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else page().innerHTML = '<h4>ไม่พบหน้าที่ต้องการ</h4>';
  markReady();
}

onRoute(show);
show(currentRoute());
