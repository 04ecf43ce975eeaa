/**
 * Zoo page: Google's Material Web components (`@material/web` 2.x, Material 3) in plain
 * TypeScript, no framework, written from material-web.dev as a team using it would: each
 * component module imported for its side effect, the typescale classes adopted from
 * `md-typescale-styles.js`, the baseline theme tokens (no custom theme). Every control is a Lit
 * custom element with an OPEN shadow root holding its native control; the roles and ARIA states
 * of several hosts (md-chip-set `toolbar`, md-select-option `option`, md-dialog…) are set through
 * ElementInternals, so they are not DOM attributes.
 *
 * M6: sections as `<section>`s with an md-elevation and an `<h2>`; md-outlined-text-fields with
 * `label`, `supporting-text`, `prefix-text` ฿ / `suffix-text` บาท, `type=textarea` narratives with
 * `maxlength` (the field draws its counter), dates as text fields showing dd/mm/yyyy in the
 * Buddhist era (Material Web has no date picker); md-outlined-select + md-select-option (a blank
 * option first, as the docs show) for the quarter and the plan details; the target groups an
 * md-chip-set of md-filter-chips under a caption; the status md-radios each with a `<label for>`
 * inside a `role=radiogroup` titled by a heading (the docs' accessibility example); md-slider
 * `labeled` beside a number text field; md-switches wrapped in `<label>`s revealing plan sections;
 * the KPI table a plain `<table>` of label-less md-outlined-text-field cells. The save is confirmed
 * by an md-dialog; the send step is an md-dialog (headline, the approver an md-outlined-select with
 * `error` / `error-text` when none is chosen, md-text-button cancel + md-filled-button commit in the
 * `actions` slot).
 * M1: cascading md-outlined-selects, the edition as single-choice md-filter-chips (the docs offer
 * filter chips as an alternative to segmented buttons, which 2.x does not have), plan rows a plain
 * table of label-less md-outlined-selects, removal confirmed in an md-dialog.
 */
import { styles as typescaleStyles } from '@material/web/typography/md-typescale-styles.js';
import '@material/web/button/filled-button.js';
import '@material/web/button/filled-tonal-button.js';
import '@material/web/button/outlined-button.js';
import '@material/web/button/text-button.js';
import '@material/web/textfield/outlined-text-field.js';
import '@material/web/select/outlined-select.js';
import '@material/web/select/select-option.js';
import '@material/web/chips/chip-set.js';
import '@material/web/chips/filter-chip.js';
import '@material/web/radio/radio.js';
import '@material/web/slider/slider.js';
import '@material/web/switch/switch.js';
import '@material/web/dialog/dialog.js';
import '@material/web/elevation/elevation.js';
import '@material/web/divider/divider.js';
import '@material/web/progress/circular-progress.js';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { thaiDate, type M1Values, type M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

document.adoptedStyleSheets.push(typescaleStyles.styleSheet!);

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
/** the options of an md-select: a blank option first (the docs' example), then each with its headline slot */
const mdOptions = (list: string[], chosen = -1) => `<md-select-option aria-label="blank"></md-select-option>` +
  list.map((t, i) => `<md-select-option value="o${i}"${i === chosen ? ' selected' : ''}><div slot="headline">${esc(t)}</div></md-select-option>`).join('');

type MdSelect = HTMLElement & { value: string; disabled: boolean; error: boolean; updateComplete: Promise<unknown> };
type MdField = HTMLElement & { value: string };

const style = document.createElement('style');
style.textContent = `
  :root { --md-ref-typeface-brand: 'Noto Sans Thai', 'Sarabun', sans-serif; --md-ref-typeface-plain: 'Noto Sans Thai', 'Sarabun', sans-serif; }
  body { margin: 0; font-family: var(--md-ref-typeface-plain); background: var(--md-sys-color-surface-container-low, #f7f2fa); color: var(--md-sys-color-on-surface, #1d1b20); }
  header.top { display: flex; align-items: center; gap: 1.5rem; padding: .5rem 1.5rem; background: var(--md-sys-color-primary, #6750a4); color: #fff; }
  header.top a { color: #fff; text-decoration: none; }
  header.top nav { display: flex; gap: 1rem; flex: 1; }
  header.top md-outlined-text-field { --md-outlined-text-field-container-shape: 20px; --md-outlined-text-field-input-text-color: #fff; --md-outlined-text-field-outline-color: #fff; }
  main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem; }
  .crumbs { font-size: .875rem; color: var(--md-sys-color-on-surface-variant, #49454f); }
  .crumbs a { color: inherit; }
  section.card { position: relative; border-radius: 12px; background: var(--md-sys-color-surface, #fef7ff); padding: 8px 24px 24px; margin-bottom: 16px; --md-elevation-level: 1; }
  section.card h2 { margin: 12px 0 16px; }
  section.plan { position: relative; border-radius: 12px; padding: 4px 16px 16px; margin: 8px 0 16px 3rem; --md-elevation-level: 1; }
  .stack { display: flex; flex-direction: column; gap: 20px; }
  .stack > md-outlined-text-field, .stack > md-outlined-select { width: 100%; }
  .grid3 { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; }
  .grid3 md-outlined-select { min-width: 0; width: 100%; }
  .caption { color: var(--md-sys-color-on-surface-variant, #49454f); }
  .radios { display: flex; flex-wrap: wrap; gap: 4px 20px; align-items: center; }
  .radios h3 { width: 100%; margin: 0 0 4px; }
  .radios span { display: inline-flex; align-items: center; gap: 4px; }
  .progress { display: flex; align-items: center; gap: 16px; }
  .progress md-slider { flex: 1; }
  .progress md-outlined-text-field { width: 8rem; }
  label.switch { display: flex; align-items: center; gap: 16px; }
  dl.summary { display: grid; grid-template-columns: 12rem 1fr; margin: 0; row-gap: .25rem; }
  dl.summary dd { margin: 0; }
  table { width: 100%; border-collapse: collapse; table-layout: fixed; }
  th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--md-sys-color-outline-variant, #cac4d0); }
  td md-outlined-text-field, td md-outlined-select { width: 100%; min-width: 0; }
  .head-row { display: flex; align-items: center; gap: 16px; }
  .head-row h2 { flex: 1; }
  .actions { display: flex; gap: 8px; margin: 16px 0; }
  md-dialog { max-width: 640px; }
  footer { text-align: center; color: var(--md-sys-color-on-surface-variant, #49454f); font-size: .8rem; padding: 1rem; }
`;
document.head.append(style);

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l) => `<a href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a>`).join('');
  document.getElementById('app')!.innerHTML = `
  <header class="top"><a href="${r.base}" data-link class="md-typescale-title-large">eMENSCR</a><nav>${links}</nav>
    <md-outlined-text-field type="search" placeholder="${esc(FORM.chrome.search)}"></md-outlined-text-field>
    <span>${esc(FORM.chrome.user)}</span></header>
  <main id="page">${body}</main>
  <footer>${esc(FORM.chrome.footer)}</footer>`;
}

const page = () => document.getElementById('page')!;
const breadcrumb = (items: string[], base: string) => `<nav class="crumbs">${items.map((t, i) => i === 0 ? `<a href="${base}" data-link>${esc(t)}</a>` : esc(t)).join(' › ')}</nav>`;
const card = (title: string, body: string, extra = '') => `<section class="card" ${extra}><md-elevation></md-elevation><h2 class="md-typescale-title-large">${esc(title)}</h2><div class="stack">${body}</div></section>`;

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (dt: string, dd: string | number) => `<dt>${esc(dt)}</dt><dd>${esc(dd)}</dd>`;
  return `<section class="card"><md-elevation></md-elevation><h2 class="md-typescale-title-large">${esc(FORM.summary.title)}</h2><dl class="summary">
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </dl></section>`;
}

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
function renderM6(r: Route, v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const textarea = (name: string, label: string, value: string, max: number) =>
    `<md-outlined-text-field type="textarea" name="${name}" label="${esc(label)}" maxlength="${max}" rows="3" value="${esc(value)}"></md-outlined-text-field>`;
  const dateField = (name: string, label: string, iso: string) =>
    `<md-outlined-text-field name="${name}" label="${esc(label)}" placeholder="${esc(F.reportDate.placeholder)}" supporting-text="${esc(F.reportDate.placeholder)}" value="${thaiDate(iso)}"></md-outlined-text-field>`;
  const planSection = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    return `
    <label class="switch"><md-switch name="plan-${key}" data-section="plan-${key}-section" ${p.on ? 'selected' : ''}></md-switch>${esc(name)}</label>
    <section class="plan" id="plan-${key}-section" ${p.on ? '' : 'hidden'}><md-elevation></md-elevation><h3 class="md-typescale-title-medium">${esc(name)}</h3><div class="stack">
      <md-outlined-select name="plan-${key}-detail" label="${esc(label)}">${mdOptions(list, list.indexOf(p.detail))}</md-outlined-select>
      <md-outlined-text-field type="textarea" name="plan-${key}-text" label="${esc(FORM.m6.plans.textLabel)}" rows="2" value="${esc(p.text)}"></md-outlined-text-field>
    </div></section>`;
  };

  page().innerHTML = `
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <h1 class="md-typescale-headline-small">${esc(FORM.m6.title)}</h1>
    ${summary(v.fiscalYear)}
    <form id="report-form" autocomplete="off">
    ${card(S.report, `
      <md-outlined-select name="quarter" label="${esc(F.quarter.label)}">${mdOptions(F.quarter.options, F.quarter.options.indexOf(v.quarter))}</md-outlined-select>
      ${dateField('reportDate', F.reportDate.label, v.reportDate)}
      <div class="radios" role="radiogroup" aria-labelledby="status-title">
        <h3 id="status-title" class="md-typescale-title-small">${esc(F.status.label)}</h3>
        ${F.status.options.map((s, i) => `<span><md-radio id="status-${i}" name="status" value="${esc(s)}" ${s === v.status ? 'checked' : ''}></md-radio><label for="status-${i}">${esc(s)}</label></span>`).join('')}
      </div>
      <div>
        <div class="md-typescale-title-small">${esc(F.progress.label)}</div>
        <div class="progress">
          <md-slider id="progress" name="progress" labeled min="0" max="100" step="1" value="${v.progress}" aria-label="${esc(F.progress.label)}"></md-slider>
          <md-outlined-text-field id="progress-number" type="number" min="0" max="100" suffix-text="${esc(F.progress.unit)}" value="${v.progress}" aria-label="${esc(F.progress.label)}"></md-outlined-text-field>
        </div>
        <div class="caption md-typescale-body-small">${esc(F.progress.helper)}</div>
      </div>
      ${dateField('startDate', F.startDate.label, v.startDate)}
      ${dateField('endDate', F.endDate.label, v.endDate)}
      <div>
        <div class="caption md-typescale-body-medium">${esc(F.beneficiaries.label)}</div>
        <md-chip-set id="beneficiaries">${F.beneficiaries.options.map((b, i) => `<md-filter-chip label="${esc(b)}" data-value="o${i}" ${v.beneficiaries.includes(b) ? 'selected' : ''}></md-filter-chip>`).join('')}</md-chip-set>
      </div>
    `)}
    ${card(S.money, `
      <md-outlined-text-field name="allocation" label="${esc(F.allocation.label)}" inputmode="decimal" placeholder="${esc(F.allocation.placeholder)}" prefix-text="${esc(F.allocation.prefix)}" value="${esc(v.allocation)}"></md-outlined-text-field>
      <md-outlined-text-field name="spent" label="${esc(F.spent.label)}" supporting-text="${esc(F.spent.helper)}" inputmode="decimal" placeholder="${esc(F.spent.placeholder)}" suffix-text="${esc(F.spent.suffix)}" value="${esc(v.spent)}"></md-outlined-text-field>
    `)}
    <section class="card"><md-elevation></md-elevation>
      <div class="head-row"><h2 class="md-typescale-title-large">${esc(S.kpi)}</h2>
        <md-outlined-text-field id="kpi-filter" type="search" placeholder="${esc(FORM.chrome.listFilter)}"></md-outlined-text-field></div>
      <table id="kpi-table"><thead><tr><th style="width:40%">${esc(K.columns.name)}</th><th>${esc(K.columns.target)}</th><th style="width:12rem">${esc(K.columns.result)}</th><th>${esc(K.columns.unit)}</th></tr></thead>
      <tbody>${K.rows.map((row, i) => `<tr><td>${esc(row.name)}</td><td>${esc(row.target)}</td><td><md-outlined-text-field name="kpi-${i}" inputmode="decimal" value="${esc(v.kpi[i] ?? '')}"></md-outlined-text-field></td><td>${esc(row.unit)}</td></tr>`).join('')}</tbody></table>
    </section>
    ${card(S.narrative, `
      ${textarea('result', F.result.label, v.result, F.result.maxLength)}
      ${textarea('problems', F.problems.label, v.problems, F.problems.maxLength)}
      ${textarea('suggestions', F.suggestions.label, v.suggestions, F.suggestions.maxLength)}
    `)}
    ${card(S.plans, `
      <div class="caption md-typescale-body-medium">${esc(FORM.m6.plans.toggleLegend)}</div>
      ${planSection('ns')}${planSection('nesdp')}${planSection('mp')}
    `)}
    <div class="actions"><md-filled-button type="submit">บันทึก</md-filled-button><md-outlined-button type="button" id="send-open">${esc(FORM.send.open)}</md-outlined-button><md-text-button type="button" href="${r.base}" data-link>ยกเลิก</md-text-button></div>
    </form>
    ${confirmDialog('save-dialog', 'บันทึกข้อมูล', 'ยืนยันการบันทึกข้อมูลหรือไม่', 'บันทึก')}
    ${sendDialog()}`;
  initSendDialog();

  const form = document.getElementById('report-form') as HTMLFormElement;
  form.addEventListener('change', (e) => {
    const el = e.target as HTMLElement & { selected?: boolean };
    if (el.localName === 'md-switch') document.getElementById(el.dataset.section!)!.hidden = !el.selected;
  });
  const slider = document.getElementById('progress') as HTMLElement & { value: number };
  const number = document.getElementById('progress-number') as MdField;
  slider.addEventListener('input', () => { number.value = String(slider.value); });
  number.addEventListener('input', () => { slider.value = Math.max(0, Math.min(100, Number(number.value) || 0)); });
  document.getElementById('kpi-filter')!.addEventListener('input', (e) => {
    const q = String((e.target as MdField).value).trim();
    for (const tr of document.querySelectorAll<HTMLTableRowElement>('#kpi-table tbody tr')) tr.hidden = !!q && !tr.cells[0]!.textContent!.includes(q);
  });
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    if (await confirmed('save-dialog')) {
      const chips = Array.from(document.querySelectorAll<HTMLElement & { selected: boolean }>('#beneficiaries md-filter-chip')).filter((c) => c.selected).map((c) => c.dataset.value);
      console.info('report', Object.fromEntries(new FormData(form)), chips);
    }
  });
}

// A confirmation as the md-dialog docs draw it: headline, content, a cancel md-text-button and
// the action in the actions slot, a `method=dialog` form whose button value becomes returnValue.
function confirmDialog(id: string, headline: string, text: string, ok: string) {
  return `<md-dialog id="${id}"><div slot="headline">${esc(headline)}</div>
    <form slot="content" id="${id}-form" method="dialog">${esc(text)}</form>
    <div slot="actions"><md-text-button form="${id}-form" value="cancel">ยกเลิก</md-text-button><md-filled-button form="${id}-form" value="ok">${esc(ok)}</md-filled-button></div>
  </md-dialog>`;
}

function confirmed(id: string): Promise<boolean> {
  const dialog = document.getElementById(id) as HTMLElement & { show(): Promise<void>; returnValue: string };
  return new Promise((resolve) => {
    dialog.addEventListener('close', () => resolve(dialog.returnValue === 'ok'), { once: true });
    void dialog.show();
  });
}

// The send step (form.json `send`): an md-dialog with its headline, the project and its budget
// source as the page's summary list, the approver an md-outlined-select like the quarter, and a
// cancel md-text-button + commit md-filled-button in the actions slot. An empty commit sets the
// select's `error` (its `error-text` shows below it) and keeps the dialog open.
function sendDialog() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  const row = (dt: string, dd: string) => `<dt>${esc(dt)}</dt><dd>${esc(dd)}</dd>`;
  return `
    <md-dialog id="send-dialog">
      <div slot="headline">${esc(S.title)}</div>
      <div slot="content" class="stack">
        <dl class="summary">${row(L.name, FORM.project.name)}${row(L.budgetSource, FORM.project.budgetSource)}</dl>
        <md-outlined-select id="send-recipient" name="recipient" label="${esc(S.recipient.label)}" error-text="${esc(S.recipient.placeholder)}" menu-positioning="fixed">${mdOptions(S.recipient.options)}</md-outlined-select>
      </div>
      <div slot="actions">
        <md-text-button id="send-cancel">${esc(S.cancel)}</md-text-button>
        <md-filled-button id="send-commit">${esc(S.commit)}</md-filled-button>
      </div>
    </md-dialog>`;
}

function initSendDialog() {
  const R = FORM.send.recipient;
  const dialog = document.getElementById('send-dialog') as HTMLElement & { show(): Promise<void>; close(v?: string): Promise<void> };
  const select = document.getElementById('send-recipient') as MdSelect;
  const chosen = () => { const m = /^o(\d+)$/.exec(String(select.value)); return m ? Number(m[1]) : -1; };
  document.getElementById('send-open')!.addEventListener('click', () => {
    const c = sendChoice();
    select.value = c >= 0 ? `o${c}` : '';
    select.error = false;
    void dialog.show();
  });
  select.addEventListener('change', () => { select.error = chosen() < 0; });
  document.getElementById('send-cancel')!.addEventListener('click', () => void dialog.close('cancel'));
  document.getElementById('send-commit')!.addEventListener('click', () => {
    const c = chosen();
    if (c < 0) { select.error = true; return; }
    markSent(R.options[c]!);
    void dialog.close('ok');
  });
}

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  const levelSelect = (id: string, label: string) => `<md-outlined-select id="${id}" name="${id}" label="${esc(label)}"></md-outlined-select>`;
  page().innerHTML = `
    ${breadcrumb(M.breadcrumb, r.base)}
    <h1 class="md-typescale-headline-small">${esc(M.title)}</h1>
    ${summary(v.fiscalYear)}
    <p>${esc(M.hint)}</p>
    <form id="linkage-form" autocomplete="off">
    ${card(M.ns.section, `<div class="grid3">${M.ns.levels.map((l, i) => levelSelect(`ns-${i}`, l)).join('')}</div>`)}
    ${card(M.nesdp.section, `
      <div>
        <div class="caption md-typescale-body-medium">${esc(M.nesdp.editionLabel)}</div>
        <md-chip-set id="edition">${(['12', '13'] as const).map((e) => `<md-filter-chip label="${esc(M.nesdp.editions[e])}" data-value="${e}" ${String(v.edition) === e ? 'selected' : ''}></md-filter-chip>`).join('')}</md-chip-set>
      </div>
      <div class="grid3" id="nesdp-levels"></div>`)}
    <section class="card"><md-elevation></md-elevation>
      <div class="head-row"><h2 class="md-typescale-title-large">${esc(M.rows.section)}</h2><md-filled-tonal-button type="button" id="add-row">+ ${esc(M.rows.addButton)}</md-filled-tonal-button></div>
      <table id="plan-rows"><thead><tr><th style="width:4rem">${esc(M.rows.columns.no)}</th><th>${esc(M.rows.columns.level)}</th><th>${esc(M.rows.columns.plan)}</th><th>${esc(M.rows.columns.issue)}</th><th style="width:6rem"></th></tr></thead><tbody></tbody></table>
    </section>
    <div class="actions"><md-filled-button type="submit">บันทึก</md-filled-button><md-text-button type="button" href="${r.base}" data-link>ยกเลิก</md-text-button></div>
    </form>
    ${confirmDialog('save-dialog', 'บันทึกข้อมูล', 'ยืนยันการบันทึกข้อมูลหรือไม่', 'บันทึก')}
    ${confirmDialog('remove-dialog', M.rows.removeButton, 'ต้องการลบแผนนี้หรือไม่', M.rows.removeButton)}`;

  const indexOf = (s: MdSelect) => { const m = /^o(\d+)$/.exec(String(s.value)); return m ? Number(m[1]) : -1; };
  const fill = (s: MdSelect, list: string[], pick = -1) => {
    s.innerHTML = mdOptions(list, pick < list.length ? pick : -1);
    s.disabled = list.length === 0;
  };

  // a cascade: choosing level i fills level i+1; clearing it empties and disables the levels below
  function cascade(prefix: string, count: number, optionsOf: (level: number, path: number[]) => string[], chosen: number[]) {
    const sel = (i: number) => document.getElementById(`${prefix}-${i}`) as MdSelect;
    const path = (n: number, initial?: number[]) => Array.from({ length: n }, (_, i) => initial ? initial[i]! : indexOf(sel(i)));
    const refill = (from: number, initial?: number[]) => {
      for (let i = from; i < count; i++) {
        // the options just written are read back by the select after its slot changes: the
        // initial path comes from the data, later ones from the selects
        const p = path(i, initial);
        const enabled = i === 0 || p[i - 1]! >= 0;
        fill(sel(i), enabled ? optionsOf(i, p) : [], initial ? initial[i] : -1);
      }
    };
    for (let i = 0; i < count; i++) sel(i).addEventListener('change', () => refill(i + 1));
    refill(0, chosen);
  }
  cascade('ns', 3, nsOptions, v.ns);

  function drawNesdp(e: 0 | Edition, chosen: number[]) {
    const box = document.getElementById('nesdp-levels')!;
    if (!e) { box.innerHTML = ''; return; }
    box.innerHTML = M.nesdp.levels[String(e) as '12' | '13'].map((l, i) => levelSelect(`nesdp-${i}`, l)).join('');
    cascade('nesdp', 3, (lv, p) => nesdpOptions(e, lv, p), chosen);
  }
  drawNesdp(v.edition, v.nesdp);
  // the edition: filter chips used as a single choice (choosing one clears the other)
  const chips = Array.from(document.querySelectorAll<HTMLElement & { selected: boolean }>('#edition md-filter-chip'));
  for (const chip of chips) chip.addEventListener('click', () => {
    for (const other of chips) if (other !== chip) other.selected = false;
    drawNesdp(chip.selected ? Number(chip.dataset.value) as Edition : 0, [-1, -1, -1]);
  });

  const tbody = document.querySelector('#plan-rows tbody')!;
  let rowId = 0;
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const n = rowId++;
    const tr = document.createElement('tr');
    tr.innerHTML = `<td class="row-no"></td>
      <td><md-outlined-select name="row-${n}-level">${mdOptions(ROW_LEVELS, row.level)}</md-outlined-select></td>
      <td><md-outlined-select name="row-${n}-plan"></md-outlined-select></td>
      <td><md-outlined-select name="row-${n}-issue"></md-outlined-select></td>
      <td><md-outlined-button type="button" class="remove">${esc(M.rows.removeButton)}</md-outlined-button></td>`;
    const [level, plan, issue] = Array.from(tr.querySelectorAll('md-outlined-select')) as MdSelect[];
    const fillPlan = (lv: number, pick = -1) => fill(plan!, rowPlanOptions(lv), pick);
    const fillIssue = (lv: number, pl: number, pick = -1) => fill(issue!, rowIssueOptions(lv, pl), pick);
    fillPlan(row.level, row.plan); fillIssue(row.level, row.plan, row.issue);
    level!.addEventListener('change', () => { fillPlan(indexOf(level!)); fillIssue(indexOf(level!), -1); });
    plan!.addEventListener('change', () => fillIssue(indexOf(level!), indexOf(plan!)));
    tr.querySelector('.remove')!.addEventListener('click', async () => { if (await confirmed('remove-dialog')) { tr.remove(); renumber(); } });
    tbody.append(tr);
    renumber();
  }
  const renumber = () => tbody.querySelectorAll('.row-no').forEach((td, i) => { td.textContent = String(i + 1); });
  v.rows.forEach((row) => addRow(row));
  document.getElementById('add-row')!.addEventListener('click', () => addRow());
  const form = document.getElementById('linkage-form') as HTMLFormElement;
  form.addEventListener('submit', async (e) => { e.preventDefault(); if (await confirmed('save-dialog')) console.info('linkage', Object.fromEntries(new FormData(form))); });
}

function renderHome(r: Route) {
  page().innerHTML = `${breadcrumb([FORM.chrome.nav[0]!], r.base)}<h1 class="md-typescale-headline-small">รายการโครงการ</h1>
    <section class="card"><md-elevation></md-elevation><table><thead><tr><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> · <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table></section>`;
}

/** the page is drawn once every Material element in it has rendered (Lit's updateComplete), twice: selects read their options after a slot change */
async function settled() {
  for (let pass = 0; pass < 2; pass++) {
    const els = Array.from(page().querySelectorAll('*')).filter((e) => e.localName.startsWith('md-')) as unknown as Array<{ updateComplete?: Promise<unknown> }>;
    await Promise.all(els.map((e) => e.updateComplete));
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  shell(r, '<md-circular-progress indeterminate></md-circular-progress> กำลังโหลด…');
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') { document.title = `${FORM.m6.title} - eMENSCR`; renderM6(r, data!.m6!); }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(r, data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else page().innerHTML = '<h1>ไม่พบหน้าที่ต้องการ</h1>';
  await settled();
  if (my !== token) return;
  markReady();
}

onRoute(show);
show(currentRoute());
