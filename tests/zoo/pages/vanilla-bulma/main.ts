/**
 * Zoo page: Bulma 1.0 (CSS only, no JavaScript of its own) with the vanilla-JS plugins a team
 * adds to it, each written from its own docs: Tom Select 2 for the selects (the native select
 * hidden, a `.ts-control` div showing the chosen item beside a search input; the target groups
 * as removable items), air-datepicker 3 (Thai locale, a `dateFormat` function showing dd/mm/yyyy
 * in the Buddhist era), Quill 2 (snow theme) rich-text editors for the narrative fields (a
 * toolbar above a contenteditable `.ql-editor`, the HTML kept in a hidden input for the form).
 * Bulma's own idioms: `.field.is-horizontal` rows whose `label.label` has no `for` (as in Bulma's
 * docs), `label.radio` / `label.checkbox` wrapping their inputs, `.has-addons` with
 * `a.button.is-static` ฿ / บาท, a native range with an `<output>` showing the percentage, cards
 * (`.card-header-title`) for sections, `.message` blocks (`.message-header`) for the plan
 * details, `div.select` around native selects in tables; on M1 the edition is Bulma's
 * `.buttons.has-addons` with the chosen button `is-selected` (no aria-pressed, as Bulma's docs
 * draw it). The send step is a Bulma modal (`div.modal.is-active`, no dialog role), commit
 * first and cancel second in its footer, as in Bulma's modal-card example.
 */
import 'bulma/css/bulma.min.css';
import 'tom-select/dist/css/tom-select.default.css';
import 'air-datepicker/air-datepicker.css';
import 'quill/dist/quill.snow.css';
import TomSelect from 'tom-select';
import AirDatepicker from 'air-datepicker';
import localeTh from 'air-datepicker/locale/th';
import Quill from 'quill';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { thaiDate, type M1Values, type M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
const options = (list: string[], chosen = '', placeholder = P) =>
  `<option value="">${esc(placeholder)}</option>` + list.map((t) => `<option${t === chosen ? ' selected' : ''}>${esc(t)}</option>`).join('');
const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

const style = document.createElement('style');
style.textContent = `
  .plan-block { margin-left: 2rem; }
  .ql-editor { min-height: 5rem; font-family: inherit; font-size: 1rem; }
  .ts-wrapper { min-width: 12rem; }
  .field-label.is-normal { flex-grow: 2; }
`;
document.head.append(style);

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l) => `<a class="navbar-item" href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a>`).join('');
  document.getElementById('app')!.innerHTML = `
  <nav class="navbar is-link" aria-label="main navigation">
    <div class="navbar-brand"><a class="navbar-item" href="${r.base}" data-link><strong>eMENSCR</strong></a></div>
    <div class="navbar-menu is-active"><div class="navbar-start">${links}</div>
      <div class="navbar-end"><div class="navbar-item"><div class="control"><input class="input is-small" type="search" placeholder="${esc(FORM.chrome.search)}"></div></div>
      <div class="navbar-item">${esc(FORM.chrome.user)}</div></div></div>
  </nav>
  <section class="section pt-4"><div class="container" id="page">${body}</div></section>
  <footer class="footer py-4"><div class="content has-text-centered is-size-7">${esc(FORM.chrome.footer)}</div></footer>`;
}

const page = () => document.getElementById('page')!;

function breadcrumb(items: string[], base: string) {
  return `<nav class="breadcrumb" aria-label="breadcrumbs"><ul>${items.map((t, i) => i === 0
    ? `<li><a href="${base}" data-link>${esc(t)}</a></li>`
    : `<li${i === items.length - 1 ? ' class="is-active"' : ''}><a ${i === items.length - 1 ? 'aria-current="page"' : ''}>${esc(t)}</a></li>`).join('')}</ul></nav>`;
}

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (th: string, td: string | number) => `<tr><th>${esc(th)}</th><td>${esc(td)}</td></tr>`;
  return `<div class="card mb-4"><header class="card-header"><p class="card-header-title">${esc(FORM.summary.title)}</p></header>
    <div class="card-content"><table class="table is-narrow is-fullwidth"><tbody>
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </tbody></table></div></div>`;
}

const card = (title: string, body: string, tools = '') => `
  <div class="card mb-4"><header class="card-header"><p class="card-header-title">${esc(title)}</p>${tools}</header>
    <div class="card-content">${body}</div></div>`;

/** Bulma's horizontal field: the label column (no `for`, as Bulma's docs write it) and the body. */
const hfield = (label: string, control: string, help = '') => `
  <div class="field is-horizontal">
    <div class="field-label is-normal"><label class="label">${esc(label)}</label></div>
    <div class="field-body"><div class="field">${control}${help ? `<p class="help">${esc(help)}</p>` : ''}</div></div>
  </div>`;

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
function renderM6(r: Route, v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const dateInput = (id: string, placeholder: string) =>
    `<div class="control"><input class="input" type="text" id="${id}" placeholder="${esc(placeholder)}" autocomplete="off"></div>`;
  const editor = (id: string, label: string, max: number) => `
    <div class="field"><label class="label">${esc(label)}</label>
      <div class="control"><div id="${id}-editor"></div><input type="hidden" name="${id}" id="${id}"></div>
      <p class="help has-text-right"><span class="count">0</span>/${max}</p></div>`;
  const planBlock = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    return `
    <div class="field"><div class="control"><label class="checkbox"><input type="checkbox" class="plan-toggle" data-target="plan-${key}" ${p.on ? 'checked' : ''}> ${esc(name)}</label></div></div>
    <article class="message is-info plan-block${p.on ? '' : ' is-hidden'}" id="plan-${key}">
      <div class="message-header"><p>${esc(name)}</p></div>
      <div class="message-body">
        <div class="field"><label class="label">${esc(label)}</label>
          <div class="control"><div class="select is-fullwidth"><select name="plan-${key}-detail">${options(list, p.detail)}</select></div></div></div>
        <div class="field"><label class="label">${esc(FORM.m6.plans.textLabel)}</label>
          <div class="control"><textarea class="textarea" rows="2" name="plan-${key}-text">${esc(p.text)}</textarea></div></div>
      </div>
    </article>`;
  };

  page().innerHTML = `
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <h1 class="title is-4">${esc(FORM.m6.title)}</h1>
    ${summary(v.fiscalYear)}
    <form id="report-form" autocomplete="off" novalidate>
    ${card(S.report, `
      ${hfield(F.quarter.label, `<div class="control"><select id="quarter" name="quarter" placeholder="${esc(F.quarter.placeholder)}">${options(F.quarter.options, v.quarter, '')}</select></div>`)}
      ${hfield(F.reportDate.label, dateInput('report-date', F.reportDate.placeholder))}
      ${hfield(F.status.label, `<div class="control">${F.status.options.map((s) => `<label class="radio"><input type="radio" name="status" value="${esc(s)}" ${s === v.status ? 'checked' : ''}> ${esc(s)}</label>`).join('\n')}</div>`)}
      ${hfield(F.progress.label, `<div class="control is-flex is-align-items-center" style="gap:1rem"><input type="range" id="progress" name="progress" min="0" max="100" step="1" value="${v.progress}" style="flex:1"><output for="progress" id="progress-out" class="tag is-info is-medium">${v.progress}${esc(F.progress.unit)}</output></div>`, F.progress.helper)}
      ${hfield(F.startDate.label, dateInput('start-date', F.startDate.placeholder))}
      ${hfield(F.endDate.label, dateInput('end-date', F.endDate.placeholder))}
      ${hfield(F.beneficiaries.label, `<div class="control"><select id="beneficiaries" name="beneficiaries" multiple placeholder="${esc(F.beneficiaries.placeholder)}">${F.beneficiaries.options.map((t) => `<option${v.beneficiaries.includes(t) ? ' selected' : ''}>${esc(t)}</option>`).join('')}</select></div>`)}
    `)}
    ${card(S.money, `
      ${hfield(F.allocation.label, `<div class="field has-addons"><p class="control"><a class="button is-static">${esc(F.allocation.prefix)}</a></p><p class="control is-expanded"><input class="input has-text-right" type="text" name="allocation" inputmode="decimal" placeholder="${esc(F.allocation.placeholder)}" value="${esc(v.allocation)}"></p></div>`)}
      ${hfield(F.spent.label, `<div class="field has-addons"><p class="control is-expanded"><input class="input has-text-right" type="text" name="spent" inputmode="decimal" placeholder="${esc(F.spent.placeholder)}" value="${esc(v.spent)}"></p><p class="control"><a class="button is-static">${esc(F.spent.suffix)}</a></p></div>`, F.spent.helper)}
    `)}
    ${card(S.kpi, `
      <table class="table is-fullwidth is-striped is-hoverable" id="kpi-table">
        <thead><tr><th>${esc(K.columns.name)}</th><th class="has-text-right">${esc(K.columns.target)}</th><th style="width:10rem">${esc(K.columns.result)}</th><th>${esc(K.columns.unit)}</th></tr></thead>
        <tbody>${K.rows.map((row, i) => `<tr><td>${esc(row.name)}</td><td class="has-text-right">${esc(row.target)}</td><td><input class="input is-small has-text-right" type="text" name="kpi-${i}" value="${esc(v.kpi[i] ?? '')}"></td><td>${esc(row.unit)}</td></tr>`).join('')}</tbody>
      </table>`, `<div class="card-header-icon"><input class="input is-small" type="search" id="kpi-filter" placeholder="${esc(FORM.chrome.listFilter)}"></div>`)}
    ${card(S.narrative, `
      ${editor('result', F.result.label, F.result.maxLength)}
      ${editor('problems', F.problems.label, F.problems.maxLength)}
      ${editor('suggestions', F.suggestions.label, F.suggestions.maxLength)}
    `)}
    ${card(S.plans, `
      <p class="mb-3">${esc(FORM.m6.plans.toggleLegend)}</p>
      ${planBlock('ns')}${planBlock('nesdp')}${planBlock('mp')}
    `)}
    <div class="buttons"><button type="submit" class="button is-link">บันทึก</button><button type="button" class="button is-info is-light" id="send-open">${esc(FORM.send.open)}</button><a class="button is-light" href="${r.base}" data-link>ยกเลิก</a></div>
    </form>
    ${sendModal()}`;
  initSendModal();

  new TomSelect('#quarter', { controlInput: null });
  new TomSelect('#beneficiaries', { plugins: ['remove_button'] });
  for (const [id, value] of [['report-date', v.reportDate], ['start-date', v.startDate], ['end-date', v.endDate]] as const) {
    new AirDatepicker(`#${id}`, {
      locale: localeTh,
      dateFormat: (d: Date) => thaiDate(iso(d)),
      autoClose: true,
      selectedDates: value ? [new Date(value + 'T00:00:00')] : [],
    });
  }
  const range = document.getElementById('progress') as HTMLInputElement;
  range.addEventListener('input', () => { document.getElementById('progress-out')!.textContent = `${range.value}${F.progress.unit}`; });

  const texts: Record<string, string> = { result: v.result, problems: v.problems, suggestions: v.suggestions };
  for (const [id, text] of Object.entries(texts)) {
    const quill = new Quill(`#${id}-editor`, {
      theme: 'snow',
      modules: { toolbar: [['bold', 'italic', 'underline'], [{ list: 'ordered' }, { list: 'bullet' }], ['clean']] },
    });
    if (text) quill.setText(text);
    const hidden = document.getElementById(id) as HTMLInputElement;
    const count = hidden.closest('.field')!.querySelector('.count')!;
    const sync = () => {
      const plain = quill.getText().replace(/\n$/, '');
      hidden.value = plain ? quill.root.innerHTML : '';
      count.textContent = String(plain.length);
    };
    quill.on('text-change', sync);
    sync();
  }

  const form = document.getElementById('report-form') as HTMLFormElement;
  form.addEventListener('change', (e) => {
    const t = e.target as HTMLInputElement;
    if (t.classList.contains('plan-toggle')) document.getElementById(t.dataset.target!)!.classList.toggle('is-hidden', !t.checked);
  });
  document.getElementById('kpi-filter')!.addEventListener('input', (e) => {
    const q = (e.target as HTMLInputElement).value.trim();
    for (const tr of document.querySelectorAll<HTMLTableRowElement>('#kpi-table tbody tr')) tr.classList.toggle('is-hidden', !!q && !tr.cells[0]!.textContent!.includes(q));
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); console.info('report', Object.fromEntries(new FormData(form))); });
}

// The send step (form.json `send`): Bulma's modal card, toggled by the `is-active` class (Bulma
// ships no JavaScript: the page opens and closes it); no dialog role, as in Bulma's docs. The
// approver is a native select in Bulma's `div.select` (like the plan selects), `is-danger` with a
// `p.help.is-danger` when nothing is chosen; the footer has the commit FIRST, then cancel.
function sendModal() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  return `
    <div class="modal" id="send-modal">
      <div class="modal-background"></div>
      <div class="modal-card">
        <header class="modal-card-head"><p class="modal-card-title">${esc(S.title)}</p><button class="delete" aria-label="close" type="button"></button></header>
        <section class="modal-card-body">
          <table class="table is-narrow is-fullwidth"><tbody>
            <tr><th>${esc(L.name)}</th><td>${esc(FORM.project.name)}</td></tr>
            <tr><th>${esc(L.budgetSource)}</th><td>${esc(FORM.project.budgetSource)}</td></tr>
          </tbody></table>
          <div class="field"><label class="label">${esc(S.recipient.label)}</label>
            <div class="control"><div class="select is-fullwidth" id="recipient-box"><select id="recipient">${options(S.recipient.options, '', S.recipient.placeholder)}</select></div></div>
            <p class="help is-danger is-hidden" id="recipient-help">${esc(S.recipient.placeholder)}</p></div>
        </section>
        <footer class="modal-card-foot"><div class="buttons"><button class="button is-success" type="button" id="send-commit">${esc(S.commit)}</button><button class="button" type="button" id="send-cancel">${esc(S.cancel)}</button></div></footer>
      </div>
    </div>`;
}

function initSendModal() {
  const R = FORM.send.recipient;
  const modal = document.getElementById('send-modal')!;
  const select = document.getElementById('recipient') as HTMLSelectElement;
  const invalid = (on: boolean) => {
    document.getElementById('recipient-box')!.classList.toggle('is-danger', on);
    document.getElementById('recipient-help')!.classList.toggle('is-hidden', !on);
  };
  const close = () => modal.classList.remove('is-active');
  document.getElementById('send-open')!.addEventListener('click', () => {
    const c = sendChoice();
    select.selectedIndex = c >= 0 ? c + 1 : 0;
    invalid(false);
    modal.classList.add('is-active');
  });
  select.addEventListener('change', () => invalid(false));
  for (const el of modal.querySelectorAll('.modal-background, .delete, #send-cancel')) el.addEventListener('click', close);
  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') close(); });
  document.getElementById('send-commit')!.addEventListener('click', () => {
    const c = select.selectedIndex - 1;
    if (c < 0) { invalid(true); return; }
    markSent(R.options[c]!);
    close();
  });
}

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  const levelField = (id: string, label: string) =>
    `<div class="column"><div class="field"><label class="label">${esc(label)}</label><div class="control"><select id="${id}" placeholder="${esc(P)}"></select></div></div></div>`;
  page().innerHTML = `
    ${breadcrumb(M.breadcrumb, r.base)}
    <h1 class="title is-4">${esc(M.title)}</h1>
    ${summary(v.fiscalYear)}
    <div class="notification is-info is-light">${esc(M.hint)}</div>
    <form id="linkage-form" autocomplete="off" novalidate>
    ${card(M.ns.section, `<div class="columns">${M.ns.levels.map((l, i) => levelField(`ns-${i}`, l)).join('')}</div>`)}
    ${card(M.nesdp.section, `
      <div class="field"><label class="label">${esc(M.nesdp.editionLabel)}</label>
        <div class="buttons has-addons" id="edition">
          ${(['12', '13'] as const).map((e) => `<button type="button" class="button${String(v.edition) === e ? ' is-link is-selected' : ''}" data-edition="${e}">${esc(M.nesdp.editions[e])}</button>`).join('')}
        </div></div>
      <div class="columns" id="nesdp-levels"></div>`)}
    ${card(M.rows.section, `
      <table class="table is-fullwidth" id="plan-rows"><thead><tr><th style="width:4rem">${esc(M.rows.columns.no)}</th><th>${esc(M.rows.columns.level)}</th><th>${esc(M.rows.columns.plan)}</th><th>${esc(M.rows.columns.issue)}</th><th></th></tr></thead><tbody></tbody></table>`,
      `<div class="card-header-icon"><button type="button" class="button is-small is-success" id="add-row">+ ${esc(M.rows.addButton)}</button></div>`)}
    <div class="buttons"><button type="submit" class="button is-link">บันทึก</button><a class="button is-light" href="${r.base}" data-link>ยกเลิก</a></div>
    </form>`;

  // Tom Select cascades: choosing level i refills level i+1 (clearOptions + addOptions), and
  // clearing it empties and disables the levels below
  function cascade(prefix: string, count: number, optionsOf: (level: number, path: number[]) => string[], chosen: number[]) {
    const ts = Array.from({ length: count }, (_, i) => new TomSelect(`#${prefix}-${i}`, { maxOptions: 200 }));
    const lists: string[][] = Array.from({ length: count }, () => []);
    const indexOf = (i: number) => lists[i]!.indexOf(String(ts[i]!.getValue()));
    const path = (n: number) => Array.from({ length: n }, (_, i) => indexOf(i));
    const refill = (from: number, initial?: number[]) => {
      for (let i = from; i < count; i++) {
        const p = path(i);
        const enabled = i === 0 || p[i - 1]! >= 0;
        const list = enabled ? optionsOf(i, p) : [];
        lists[i] = list;
        const t = ts[i]!;
        t.clear(true);
        t.clearOptions();
        t.addOptions(list.map((text) => ({ value: text, text })));
        t.refreshOptions(false);
        const pick = initial ? initial[i]! : -1;
        if (pick >= 0 && pick < list.length) t.setValue(list[pick]!, true);
        if (enabled) t.enable(); else t.disable();
      }
    };
    ts.forEach((t, i) => t.on('change', () => refill(i + 1)));
    refill(0, chosen);
  }
  cascade('ns', 3, nsOptions, v.ns);

  function drawNesdp(e: 0 | Edition, chosen: number[]) {
    const box = document.getElementById('nesdp-levels')!;
    if (!e) { box.innerHTML = ''; return; }
    box.innerHTML = M.nesdp.levels[String(e) as '12' | '13'].map((l, i) => levelField(`nesdp-${i}`, l)).join('');
    cascade('nesdp', 3, (lv, p) => nesdpOptions(e, lv, p), chosen);
  }
  drawNesdp(v.edition, v.nesdp);
  const editionButtons = document.getElementById('edition')!;
  editionButtons.addEventListener('click', (ev) => {
    const b = (ev.target as HTMLElement).closest('button');
    if (!b) return;
    for (const o of editionButtons.querySelectorAll('button')) o.classList.toggle('is-link', o === b), o.classList.toggle('is-selected', o === b);
    drawNesdp(Number(b.dataset.edition) as Edition, [-1, -1, -1]);
  });

  const tbody = document.querySelector('#plan-rows tbody')!;
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const tr = document.createElement('tr');
    tr.innerHTML = `<td class="row-no"></td>
      <td><div class="select is-small is-fullwidth"><select name="level">${options(ROW_LEVELS, ROW_LEVELS[row.level] ?? '', M.rows.levelPlaceholder)}</select></div></td>
      <td><div class="select is-small is-fullwidth"><select name="plan"></select></div></td>
      <td><div class="select is-small is-fullwidth"><select name="issue"></select></div></td>
      <td><button type="button" class="button is-small is-danger is-outlined remove">${esc(M.rows.removeButton)}</button></td>`;
    const [level, plan, issue] = Array.from(tr.querySelectorAll('select'));
    const li = () => level!.selectedIndex - 1;
    const pi = () => plan!.selectedIndex - 1;
    const fillPlan = (pick = -1) => { const l = rowPlanOptions(li()); plan!.innerHTML = options(l, l[pick] ?? ''); plan!.disabled = li() < 0; };
    const fillIssue = (pick = -1) => { const l = rowIssueOptions(li(), pi()); issue!.innerHTML = options(l, l[pick] ?? ''); issue!.disabled = pi() < 0; };
    fillPlan(row.plan); fillIssue(row.issue);
    level!.addEventListener('change', () => { fillPlan(); fillIssue(); });
    plan!.addEventListener('change', () => fillIssue());
    tr.querySelector('.remove')!.addEventListener('click', () => { tr.remove(); renumber(); });
    tbody.append(tr);
    renumber();
  }
  const renumber = () => tbody.querySelectorAll('.row-no').forEach((td, i) => { td.textContent = String(i + 1); });
  v.rows.forEach((row) => addRow(row));
  document.getElementById('add-row')!.addEventListener('click', () => addRow());
  const form = document.getElementById('linkage-form') as HTMLFormElement;
  form.addEventListener('submit', (e) => { e.preventDefault(); console.info('linkage', Object.fromEntries(new FormData(form))); });
}

function renderHome(r: Route) {
  page().innerHTML = `${breadcrumb([FORM.chrome.nav[0]!], r.base)}<h1 class="title is-4">รายการโครงการ</h1>
    <div class="box"><table class="table is-fullwidth"><thead><tr><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> · <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table></div>`;
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  shell(r, '<progress class="progress is-small is-link" max="100"></progress> กำลังโหลด…');
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') { document.title = `${FORM.m6.title} - eMENSCR`; renderM6(r, data!.m6!); }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(r, data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else page().innerHTML = '<h1 class="title">ไม่พบหน้าที่ต้องการ</h1>';
  markReady();
}

onRoute(show);
show(currentRoute());
