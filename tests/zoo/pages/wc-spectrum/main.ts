/**
 * Zoo page: Adobe Spectrum Web Components 1.12 (`@spectrum-web-components/*`, Lit custom elements
 * with OPEN shadow roots), no framework, written from opensource.adobe.com/spectrum-web-components
 * as a team using Spectrum would: only the component packages used are imported (not the bundle),
 * everything inside an `<sp-theme system="spectrum" color="light" scale="medium">` (index.html),
 * Spectrum's typography classes from `@spectrum-web-components/styles/typography.css`.
 *
 * M6: sections as `<section>`s titled by `spectrum-Heading` `<h2>`s over an sp-divider; every field
 * a row of a side-aligned `<sp-field-label for>` (start, fixed width; `required` draws Spectrum's
 * asterisk icon in the label's shadow root) beside its control, hints as `<sp-help-text
 * slot="help-text">`: sp-picker + sp-menu-item for the quarter (the prompt in its `label` slot),
 * dates as sp-textfields showing dd/mm/yyyy in the Buddhist era (Spectrum has no date picker), a
 * horizontal sp-radio-group, an `editable` sp-slider (its own label, the number field drawn in its
 * shadow root), sp-number-fields with currency `format-options` (THB as the symbol ฿ / the name
 * บาท), the target groups an sp-field-group of sp-checkboxes, multiline sp-textfields with a count
 * in their help text, sp-switches revealing plan sections whose details are sp-comboboxes, the
 * KPI table an sp-table (role=grid) of sp-number-field cells labelled by their `label` attribute
 * (the column's name). The send step is an sp-dialog-wrapper (headline, cancel-label,
 * confirm-label, underlay) in an `<sp-overlay type="modal">` triggered by an sp-button beside
 * save; the approver an sp-picker like the quarter, `invalid` with negative help text when none is
 * chosen.
 * M1: cascading sp-pickers, the edition an sp-action-group `selects="single"` (role=radiogroup
 * with role=radio action buttons), plan rows an sp-table of sp-pickers whose `label` is their
 * prompt, removal confirmed by an sp-dialog-wrapper.
 */
import '@spectrum-web-components/styles/typography.css';
import '@spectrum-web-components/theme/sp-theme.js';
import '@spectrum-web-components/theme/theme-light.js';
import '@spectrum-web-components/theme/scale-medium.js';
import '@spectrum-web-components/field-label/sp-field-label.js';
import '@spectrum-web-components/help-text/sp-help-text.js';
import '@spectrum-web-components/textfield/sp-textfield.js';
import '@spectrum-web-components/picker/sp-picker.js';
import '@spectrum-web-components/menu/sp-menu-item.js';
import '@spectrum-web-components/radio/sp-radio.js';
import '@spectrum-web-components/radio/sp-radio-group.js';
import '@spectrum-web-components/checkbox/sp-checkbox.js';
import '@spectrum-web-components/field-group/sp-field-group.js';
import '@spectrum-web-components/slider/sync/sp-slider.js';
import '@spectrum-web-components/number-field/sp-number-field.js';
import '@spectrum-web-components/combobox/sp-combobox.js';
import '@spectrum-web-components/switch/sp-switch.js';
import '@spectrum-web-components/button/sp-button.js';
import '@spectrum-web-components/action-group/sp-action-group.js';
import '@spectrum-web-components/action-button/sp-action-button.js';
import '@spectrum-web-components/table/elements.js';
import '@spectrum-web-components/dialog/sp-dialog-wrapper.js';
import '@spectrum-web-components/overlay/sp-overlay.js';
import '@spectrum-web-components/divider/sp-divider.js';
import '@spectrum-web-components/breadcrumbs/sp-breadcrumbs.js';
import '@spectrum-web-components/breadcrumbs/sp-breadcrumb-item.js';
import '@spectrum-web-components/progress-circle/sp-progress-circle.js';
import '@spectrum-web-components/search/sp-search.js';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { thaiDate, type M1Values, type M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
/** sp-menu-item values: the option's index (the text is what the picker shows) */
const spItems = (list: string[]) => list.map((t, i) => `<sp-menu-item value="o${i}">${esc(t)}</sp-menu-item>`).join('');
const valueOf = (list: string[], chosen: string) => { const i = list.indexOf(chosen); return i < 0 ? '' : `o${i}`; };
const amount = (s: string) => (s ? String(Number(s.replace(/,/g, ''))) : '');

type SpPicker = HTMLElement & { value: string; disabled: boolean; invalid: boolean; updateComplete: Promise<unknown> };
type SpOverlay = HTMLElement & { open: boolean };

const style = document.createElement('style');
style.textContent = `
  body { margin: 0; }
  sp-theme { display: block; min-height: 100vh; background: var(--spectrum-gray-75); color: var(--spectrum-gray-800); font-family: var(--spectrum-sans-font-family-stack); }
  header.top { display: flex; align-items: center; gap: 24px; padding: 8px 24px; background: var(--spectrum-gray-50); border-bottom: 1px solid var(--spectrum-gray-300); }
  header.top a { color: var(--spectrum-gray-800); text-decoration: none; }
  header.top nav { display: flex; gap: 16px; flex: 1; }
  main { max-width: 1100px; margin: 0 auto; padding: 16px 24px; }
  section.panel { background: var(--spectrum-gray-50); border: 1px solid var(--spectrum-gray-200); border-radius: 8px; padding: 4px 24px 20px; margin-bottom: 16px; }
  section.panel > h2 { margin-bottom: 8px; }
  section.panel > sp-divider { margin-bottom: 16px; }
  .row { display: flex; align-items: flex-start; gap: 12px; margin-bottom: 16px; }
  .row > sp-field-label { width: 14rem; flex: none; padding-top: 6px; }
  .row > sp-textfield, .row > sp-picker, .row > sp-combobox, .row > sp-number-field { width: 24rem; }
  .row > sp-textfield[multiline] { width: 100%; max-width: 40rem; }
  .row > sp-slider { width: 24rem; }
  .hint { color: var(--spectrum-gray-700); font-size: var(--spectrum-font-size-75); }
  dl.summary { display: grid; grid-template-columns: 12rem 1fr; margin: 0; row-gap: 4px; }
  dl.summary dd { margin: 0; }
  section.plan { margin: 0 0 16px 3rem; padding: 4px 16px 4px; border-left: 3px solid var(--spectrum-blue-400); }
  sp-table-cell, sp-table-head-cell { flex: 1 1 0; min-width: 0; }
  sp-table sp-number-field, sp-table sp-picker { width: 100%; min-width: 0; }
  .head-row { display: flex; align-items: center; gap: 16px; }
  .head-row h2 { flex: 1; }
  .grid3 { display: grid; grid-template-columns: repeat(3, minmax(0, 1fr)); gap: 16px; }
  .grid3 sp-picker { width: 100%; }
  .actions { display: flex; gap: 12px; margin: 16px 0; }
  footer { text-align: center; color: var(--spectrum-gray-600); font-size: var(--spectrum-font-size-75); padding: 16px; }
`;
document.head.append(style);

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l) => `<a href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a>`).join('');
  document.getElementById('app')!.innerHTML = `
  <header class="top"><a href="${r.base}" data-link class="spectrum-Heading spectrum-Heading--sizeS">eMENSCR</a><nav class="spectrum-Body spectrum-Body--sizeM">${links}</nav>
    <sp-search label="${esc(FORM.chrome.search)}" placeholder="${esc(FORM.chrome.search)}"></sp-search>
    <span class="spectrum-Body spectrum-Body--sizeS">${esc(FORM.chrome.user)}</span></header>
  <main id="page" class="spectrum-Typography">${body}</main>
  <footer>${esc(FORM.chrome.footer)}</footer>`;
}

const page = () => document.getElementById('page')!;
const breadcrumb = (items: string[], base: string) => `<sp-breadcrumbs>${items.map((t, i) => i === 0
  ? `<sp-breadcrumb-item href="${base}">${esc(t)}</sp-breadcrumb-item>`
  : `<sp-breadcrumb-item>${esc(t)}</sp-breadcrumb-item>`).join('')}</sp-breadcrumbs>`;
const panel = (title: string, body: string, extra = '') =>
  `<section class="panel" ${extra}><h2 class="spectrum-Heading spectrum-Heading--sizeM">${esc(title)}</h2><sp-divider size="s"></sp-divider>${body}</section>`;
/** a side-aligned Spectrum field row: the label `for` the control beside it */
const row = (id: string, label: string, control: string, required = false) =>
  `<div class="row"><sp-field-label for="${id}" side-aligned="start"${required ? ' required' : ''}>${esc(label)}</sp-field-label>${control}</div>`;

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const item = (dt: string, dd: string | number) => `<dt class="spectrum-Body spectrum-Body--sizeS">${esc(dt)}</dt><dd class="spectrum-Body spectrum-Body--sizeM">${esc(dd)}</dd>`;
  return panel(FORM.summary.title, `<dl class="summary">
    ${item(L.name, p.name)}${item(L.code, p.code)}${item(L.fiscalYear, fy)}${item(L.agency, p.agency)}${item(L.budgetSource, p.budgetSource)}
  </dl>`);
}

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
function renderM6(r: Route, v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const dateField = (id: string, label: string, iso: string) => row(id, label,
    `<sp-textfield id="${id}" name="${id}" placeholder="${esc(F.reportDate.placeholder)}" pattern="\\d{2}/\\d{2}/\\d{4}" value="${thaiDate(iso)}"></sp-textfield>`, true);
  const textarea = (id: string, label: string, value: string, max: number) => row(id, label,
    `<sp-textfield id="${id}" name="${id}" multiline grows rows="3" maxlength="${max}" value="${esc(value)}"><sp-help-text slot="help-text">${value.length}/${max}</sp-help-text></sp-textfield>`, true);
  const planSection = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    return `
    <div class="row"><sp-switch id="plan-${key}" name="plan-${key}" data-section="plan-${key}-section" ${p.on ? 'checked' : ''}>${esc(name)}</sp-switch></div>
    <section class="plan" id="plan-${key}-section" ${p.on ? '' : 'hidden'}><h3 class="spectrum-Heading spectrum-Heading--sizeS">${esc(name)}</h3>
      ${row(`plan-${key}-detail`, label, `<sp-combobox id="plan-${key}-detail" value="${esc(p.detail)}">${spItems(list)}</sp-combobox>`, true)}
      ${row(`plan-${key}-text`, FORM.m6.plans.textLabel, `<sp-textfield id="plan-${key}-text" multiline rows="2" value="${esc(p.text)}"></sp-textfield>`, true)}
    </section>`;
  };

  page().innerHTML = `
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <h1 class="spectrum-Heading spectrum-Heading--sizeL">${esc(FORM.m6.title)}</h1>
    ${summary(v.fiscalYear)}
    <form id="report-form" autocomplete="off">
    ${panel(S.report, `
      ${row('quarter', F.quarter.label, `<sp-picker id="quarter" value="${valueOf(F.quarter.options, v.quarter)}"><span slot="label">${esc(F.quarter.placeholder)}</span>${spItems(F.quarter.options)}</sp-picker>`, true)}
      ${dateField('reportDate', F.reportDate.label, v.reportDate)}
      ${row('status', F.status.label, `<sp-radio-group id="status" name="status" horizontal ${v.status ? `selected="${esc(v.status)}"` : ''}>
        ${F.status.options.map((s) => `<sp-radio value="${esc(s)}">${esc(s)}</sp-radio>`).join('')}
      </sp-radio-group>`, true)}
      <div class="row"><span style="width:14rem;flex:none"></span><div>
        <sp-slider id="progress" label="${esc(F.progress.label)}" editable min="0" max="100" step="1" value="${v.progress}"></sp-slider>
        <div class="hint">${esc(F.progress.helper)}</div></div></div>
      ${dateField('startDate', F.startDate.label, v.startDate)}
      ${dateField('endDate', F.endDate.label, v.endDate)}
      ${row('beneficiaries', F.beneficiaries.label, `<sp-field-group horizontal id="beneficiaries">
        ${F.beneficiaries.options.map((b) => `<sp-checkbox value="${esc(b)}" ${v.beneficiaries.includes(b) ? 'checked' : ''}>${esc(b)}</sp-checkbox>`).join('')}
        <sp-help-text slot="help-text">${esc(F.beneficiaries.placeholder)}</sp-help-text>
      </sp-field-group>`, true)}
    `)}
    ${panel(S.money, `
      ${row('allocation', F.allocation.label, `<sp-number-field id="allocation" min="0" hide-stepper format-options='{"style":"currency","currency":"THB"}' ${v.allocation ? `value="${amount(v.allocation)}"` : ''}></sp-number-field>`, true)}
      ${row('spent', F.spent.label, `<sp-number-field id="spent" min="0" hide-stepper format-options='{"style":"currency","currency":"THB","currencyDisplay":"name"}' ${v.spent ? `value="${amount(v.spent)}"` : ''}><sp-help-text slot="help-text">${esc(F.spent.helper)}</sp-help-text></sp-number-field>`, true)}
    `)}
    <section class="panel"><div class="head-row"><h2 class="spectrum-Heading spectrum-Heading--sizeM">${esc(S.kpi)}</h2>
      <sp-search id="kpi-filter" label="${esc(FORM.chrome.listFilter)}" placeholder="${esc(FORM.chrome.listFilter)}"></sp-search></div><sp-divider size="s"></sp-divider>
      <sp-table id="kpi-table" size="m">
        <sp-table-head><sp-table-head-cell>${esc(K.columns.name)}</sp-table-head-cell><sp-table-head-cell>${esc(K.columns.target)}</sp-table-head-cell><sp-table-head-cell>${esc(K.columns.result)}</sp-table-head-cell><sp-table-head-cell>${esc(K.columns.unit)}</sp-table-head-cell></sp-table-head>
        <sp-table-body>${K.rows.map((kr, i) => `<sp-table-row data-name="${esc(kr.name)}"><sp-table-cell>${esc(kr.name)}</sp-table-cell><sp-table-cell>${esc(kr.target)}</sp-table-cell><sp-table-cell><sp-number-field name="kpi-${i}" label="${esc(K.columns.result)}" hide-stepper ${v.kpi[i] ? `value="${esc(v.kpi[i]!)}"` : ''}></sp-number-field></sp-table-cell><sp-table-cell>${esc(kr.unit)}</sp-table-cell></sp-table-row>`).join('')}</sp-table-body>
      </sp-table>
    </section>
    ${panel(S.narrative, `
      ${textarea('result', F.result.label, v.result, F.result.maxLength)}
      ${textarea('problems', F.problems.label, v.problems, F.problems.maxLength)}
      ${textarea('suggestions', F.suggestions.label, v.suggestions, F.suggestions.maxLength)}
    `)}
    ${panel(S.plans, `
      <p class="spectrum-Body spectrum-Body--sizeM">${esc(FORM.m6.plans.toggleLegend)}</p>
      ${planSection('ns')}${planSection('nesdp')}${planSection('mp')}
    `)}
    <div class="actions"><sp-button type="submit" variant="accent">บันทึก</sp-button><sp-button id="send-open" variant="primary" treatment="outline">${esc(FORM.send.open)}</sp-button><sp-button variant="secondary" treatment="outline" href="${r.base}">ยกเลิก</sp-button></div>
    </form>
    ${sendDialog()}`;
  initSendDialog();

  const form = document.getElementById('report-form') as HTMLFormElement;
  form.addEventListener('change', (e) => {
    const el = e.target as HTMLElement & { checked?: boolean };
    if (el.localName === 'sp-switch') document.getElementById(el.dataset.section!)!.hidden = !el.checked;
  });
  form.addEventListener('input', (e) => {
    const el = e.target as HTMLElement & { value: string };
    const help = el.localName === 'sp-textfield' && el.getAttribute('maxlength') ? el.querySelector('sp-help-text') : null;
    if (help) help.textContent = `${el.value.length}/${el.getAttribute('maxlength')}`;
  });
  document.getElementById('kpi-filter')!.addEventListener('input', (e) => {
    const q = String((e.target as HTMLInputElement).value).trim();
    for (const tr of document.querySelectorAll<HTMLElement>('#kpi-table sp-table-row')) tr.hidden = !!q && !tr.dataset.name!.includes(q);
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); });
}

// The send step (form.json `send`): an sp-dialog-wrapper in a modal sp-overlay, triggered by the
// send sp-button; the project and its budget source as the summary list, the approver an
// sp-picker built like the quarter (field label, prompt in the label slot), cancel-label and
// confirm-label buttons drawn by the wrapper. A commit with no approver marks the picker invalid.
function sendDialog() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  const item = (dt: string, dd: string) => `<dt>${esc(dt)}</dt><dd>${esc(dd)}</dd>`;
  return `
    <sp-overlay id="send-overlay" trigger="send-open@click" type="modal">
      <sp-dialog-wrapper id="send-dialog" headline="${esc(S.title)}" cancel-label="${esc(S.cancel)}" confirm-label="${esc(S.commit)}" underlay size="m">
        <dl class="summary">${item(L.name, FORM.project.name)}${item(L.budgetSource, FORM.project.budgetSource)}</dl>
        <sp-field-label for="send-recipient" required>${esc(S.recipient.label)}</sp-field-label>
        <sp-picker id="send-recipient" style="width:100%"><span slot="label">${esc(S.recipient.placeholder)}</span>${spItems(S.recipient.options)}
          <sp-help-text slot="negative-help-text" icon>${esc(S.recipient.placeholder)}</sp-help-text></sp-picker>
      </sp-dialog-wrapper>
    </sp-overlay>`;
}

function initSendDialog() {
  const R = FORM.send.recipient;
  const overlay = document.getElementById('send-overlay') as SpOverlay;
  const dialog = document.getElementById('send-dialog')!;
  const picker = document.getElementById('send-recipient') as SpPicker;
  const chosen = () => { const m = /^o(\d+)$/.exec(String(picker.value)); return m ? Number(m[1]) : -1; };
  document.getElementById('send-open')!.addEventListener('click', () => {
    const c = sendChoice();
    picker.value = c >= 0 ? `o${c}` : '';
    picker.invalid = false;
  });
  picker.addEventListener('change', () => { picker.invalid = false; });
  dialog.addEventListener('cancel', () => { overlay.open = false; });
  dialog.addEventListener('confirm', () => {
    const c = chosen();
    if (c < 0) { picker.invalid = true; return; }
    markSent(R.options[c]!);
    overlay.open = false;
  });
}

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  const levelPicker = (id: string, label: string) => `<div><sp-field-label for="${id}">${esc(label)}</sp-field-label><sp-picker id="${id}"><span slot="label">${esc(P)}</span></sp-picker></div>`;
  page().innerHTML = `
    ${breadcrumb(M.breadcrumb, r.base)}
    <h1 class="spectrum-Heading spectrum-Heading--sizeL">${esc(M.title)}</h1>
    ${summary(v.fiscalYear)}
    <p class="spectrum-Body spectrum-Body--sizeM">${esc(M.hint)}</p>
    <form id="linkage-form" autocomplete="off">
    ${panel(M.ns.section, `<div class="grid3">${M.ns.levels.map((l, i) => levelPicker(`ns-${i}`, l)).join('')}</div>`)}
    ${panel(M.nesdp.section, `
      ${row('edition', M.nesdp.editionLabel, `<sp-action-group id="edition" selects="single">
        ${(['12', '13'] as const).map((e) => `<sp-action-button value="${e}" ${String(v.edition) === e ? 'selected' : ''}>${esc(M.nesdp.editions[e])}</sp-action-button>`).join('')}
      </sp-action-group>`, true)}
      <div class="grid3" id="nesdp-levels"></div>`)}
    <section class="panel"><div class="head-row"><h2 class="spectrum-Heading spectrum-Heading--sizeM">${esc(M.rows.section)}</h2><sp-button id="add-row" size="s" variant="primary">+ ${esc(M.rows.addButton)}</sp-button></div><sp-divider size="s"></sp-divider>
      <sp-table id="plan-rows" size="m">
        <sp-table-head><sp-table-head-cell style="flex:0 0 5rem">${esc(M.rows.columns.no)}</sp-table-head-cell><sp-table-head-cell>${esc(M.rows.columns.level)}</sp-table-head-cell><sp-table-head-cell>${esc(M.rows.columns.plan)}</sp-table-head-cell><sp-table-head-cell>${esc(M.rows.columns.issue)}</sp-table-head-cell><sp-table-head-cell style="flex:0 0 6rem"></sp-table-head-cell></sp-table-head>
        <sp-table-body></sp-table-body>
      </sp-table>
    </section>
    <div class="actions"><sp-button type="submit" variant="accent">บันทึก</sp-button><sp-button variant="secondary" treatment="outline" href="${r.base}">ยกเลิก</sp-button></div>
    </form>
    <sp-overlay id="remove-overlay" type="modal">
      <sp-dialog-wrapper id="remove-dialog" headline="${esc(M.rows.removeButton)}" cancel-label="ยกเลิก" confirm-label="${esc(M.rows.removeButton)}" underlay size="s">ต้องการลบแผนนี้หรือไม่</sp-dialog-wrapper>
    </sp-overlay>`;

  const indexOf = (s: SpPicker) => { const m = /^o(\d+)$/.exec(String(s.value)); return m ? Number(m[1]) : -1; };
  const fill = (s: SpPicker, list: string[], pick = -1) => {
    s.querySelectorAll('sp-menu-item').forEach((i) => i.remove());
    s.insertAdjacentHTML('beforeend', spItems(list));
    s.value = pick >= 0 && pick < list.length ? `o${pick}` : '';
    s.disabled = list.length === 0;
  };

  // a cascade: choosing level i fills level i+1; clearing it empties and disables the levels below
  function cascade(prefix: string, count: number, optionsOf: (level: number, path: number[]) => string[], chosen: number[]) {
    const sel = (i: number) => document.getElementById(`${prefix}-${i}`) as SpPicker;
    const path = (n: number) => Array.from({ length: n }, (_, i) => indexOf(sel(i)));
    const refill = (from: number, initial?: number[]) => {
      for (let i = from; i < count; i++) {
        const p = path(i);
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
    box.innerHTML = M.nesdp.levels[String(e) as '12' | '13'].map((l, i) => levelPicker(`nesdp-${i}`, l)).join('');
    cascade('nesdp', 3, (lv, p) => nesdpOptions(e, lv, p), chosen);
  }
  drawNesdp(v.edition, v.nesdp);
  const editionGroup = document.getElementById('edition') as HTMLElement & { selected: string[] };
  editionGroup.addEventListener('change', () => {
    drawNesdp(Number(editionGroup.selected[0] ?? 0) as Edition, [-1, -1, -1]);
  });

  const tbody = document.querySelector('#plan-rows sp-table-body')!;
  const overlay = document.getElementById('remove-overlay') as SpOverlay;
  const dialog = document.getElementById('remove-dialog')!;
  let removing: HTMLElement | null = null;
  dialog.addEventListener('cancel', () => { overlay.open = false; });
  dialog.addEventListener('confirm', () => { removing?.remove(); removing = null; renumber(); overlay.open = false; });

  let rowId = 0;
  function addRow(pr = { level: -1, plan: -1, issue: -1 }) {
    const n = rowId++;
    const tr = document.createElement('sp-table-row');
    tr.innerHTML = `<sp-table-cell class="row-no" style="flex:0 0 5rem"></sp-table-cell>
      <sp-table-cell><sp-picker name="row-${n}-level" label="${esc(M.rows.levelPlaceholder)}">${spItems(ROW_LEVELS)}</sp-picker></sp-table-cell>
      <sp-table-cell><sp-picker name="row-${n}-plan" label="${esc(P)}"></sp-picker></sp-table-cell>
      <sp-table-cell><sp-picker name="row-${n}-issue" label="${esc(P)}"></sp-picker></sp-table-cell>
      <sp-table-cell style="flex:0 0 6rem"><sp-button size="s" variant="negative" treatment="outline" class="remove">${esc(M.rows.removeButton)}</sp-button></sp-table-cell>`;
    const [level, plan, issue] = Array.from(tr.querySelectorAll('sp-picker')) as SpPicker[];
    level!.value = pr.level >= 0 ? `o${pr.level}` : '';
    const fillPlan = (pick = -1) => fill(plan!, rowPlanOptions(indexOf(level!)), pick);
    const fillIssue = (pick = -1) => fill(issue!, rowIssueOptions(indexOf(level!), indexOf(plan!)), pick);
    fillPlan(pr.plan); fillIssue(pr.issue);
    level!.addEventListener('change', () => { fillPlan(); fillIssue(); });
    plan!.addEventListener('change', () => fillIssue());
    const remove = tr.querySelector('.remove') as HTMLElement;
    remove.addEventListener('click', () => { removing = tr; (overlay as unknown as { triggerElement: HTMLElement }).triggerElement = remove; overlay.open = true; });
    tbody.append(tr);
    renumber();
  }
  const renumber = () => tbody.querySelectorAll('.row-no').forEach((td, i) => { td.textContent = String(i + 1); });
  v.rows.forEach((pr) => addRow(pr));
  document.getElementById('add-row')!.addEventListener('click', () => addRow());
  const form = document.getElementById('linkage-form') as HTMLFormElement;
  form.addEventListener('submit', (e) => { e.preventDefault(); });
}

function renderHome(r: Route) {
  page().innerHTML = `${breadcrumb([FORM.chrome.nav[0]!], r.base)}<h1 class="spectrum-Heading spectrum-Heading--sizeL">รายการโครงการ</h1>
    <sp-table><sp-table-head><sp-table-head-cell>ลำดับ</sp-table-head-cell><sp-table-head-cell>ชื่อโครงการ</sp-table-head-cell><sp-table-head-cell>แหล่งงบประมาณ</sp-table-head-cell><sp-table-head-cell></sp-table-head-cell></sp-table-head>
    <sp-table-body><sp-table-row><sp-table-cell>1</sp-table-cell><sp-table-cell>${esc(FORM.project.name)}</sp-table-cell><sp-table-cell>${esc(FORM.project.budgetSource)}</sp-table-cell>
    <sp-table-cell><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> · <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></sp-table-cell></sp-table-row></sp-table-body></sp-table>`;
}

/** the page is drawn once every Spectrum element in it has rendered its shadow root */
async function settled() {
  const els = Array.from(page().querySelectorAll('*')).filter((e) => e.localName.startsWith('sp-')) as unknown as Array<{ updateComplete?: Promise<unknown> }>;
  await Promise.all(els.map((e) => e.updateComplete));
  await new Promise((r) => requestAnimationFrame(() => r(null)));
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  shell(r, '<sp-progress-circle indeterminate label="กำลังโหลด"></sp-progress-circle> กำลังโหลด…');
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') { document.title = `${FORM.m6.title} - eMENSCR`; renderM6(r, data!.m6!); }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(r, data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else page().innerHTML = '<h2>ไม่พบหน้าที่ต้องการ</h2>';
  await settled();
  if (my !== token) return;
  markReady();
}

onRoute(show);
show(currentRoute());
