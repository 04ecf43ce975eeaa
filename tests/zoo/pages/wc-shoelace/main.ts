/**
 * Zoo page: Shoelace 2 web components (custom elements with OPEN shadow roots), written from
 * Shoelace's docs as a plain-HTML developer uses it: components cherry-picked into the bundle,
 * every field's label given with the `label` attribute and its hint with `help-text` (both are
 * rendered INSIDE the component's shadow root, next to the native control that is also there);
 * sl-select + sl-option (the chosen option's text shown in the shadow root), sl-input type=date
 * (Shoelace has no date picker), sl-radio-group, sl-range for the progress, sl-input with prefix /
 * suffix slots for money, a multiple sl-select of tags, sl-textarea, sl-switch toggles revealing
 * sl-cards; sections are sl-cards with a header slot. On M1 the edition is a group of
 * sl-radio-buttons, the plan levels are sl-selects that cascade on sl-change, and the plan rows
 * are a table of label-less sl-selects, removal confirmed in an sl-dialog. The form is read with
 * Shoelace's own serialize(). The send step on M6 is an sl-dialog opened by a default sl-button
 * beside save, its approver an sl-select like the quarter.
 */
import '@shoelace-style/shoelace/dist/themes/light.css';
import { setBasePath } from '@shoelace-style/shoelace/dist/utilities/base-path.js';
import { serialize } from '@shoelace-style/shoelace/dist/utilities/form.js';
import '@shoelace-style/shoelace/dist/components/button/button.js';
import '@shoelace-style/shoelace/dist/components/card/card.js';
import '@shoelace-style/shoelace/dist/components/breadcrumb/breadcrumb.js';
import '@shoelace-style/shoelace/dist/components/breadcrumb-item/breadcrumb-item.js';
import '@shoelace-style/shoelace/dist/components/input/input.js';
import '@shoelace-style/shoelace/dist/components/textarea/textarea.js';
import '@shoelace-style/shoelace/dist/components/select/select.js';
import '@shoelace-style/shoelace/dist/components/option/option.js';
import '@shoelace-style/shoelace/dist/components/radio-group/radio-group.js';
import '@shoelace-style/shoelace/dist/components/radio/radio.js';
import '@shoelace-style/shoelace/dist/components/radio-button/radio-button.js';
import '@shoelace-style/shoelace/dist/components/switch/switch.js';
import '@shoelace-style/shoelace/dist/components/range/range.js';
import '@shoelace-style/shoelace/dist/components/dialog/dialog.js';
import '@shoelace-style/shoelace/dist/components/spinner/spinner.js';
import '@shoelace-style/shoelace/dist/components/divider/divider.js';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import type { M1Values, M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

// Shoelace resolves its assets (icons of the default library) from a base path: served locally
// with the page, never a CDN. The page only uses components whose icons are Shoelace's inline
// "system" icons, so nothing is fetched.
setBasePath('/replica/zoo/wc-shoelace/shoelace');

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
/** sl-option values cannot hold spaces (a multiple sl-select's value is space-separated): the index is the value */
const slOptions = (list: string[]) => list.map((t, i) => `<sl-option value="o${i}">${esc(t)}</sl-option>`).join('');
const valueOf = (list: string[], chosen: string) => { const i = list.indexOf(chosen); return i < 0 ? '' : `o${i}`; };

const style = document.createElement('style');
style.textContent = `
  body { margin: 0; font-family: var(--sl-font-sans); background: var(--sl-color-neutral-50); color: var(--sl-color-neutral-900); }
  header.top { display: flex; align-items: center; gap: 1.5rem; padding: .75rem 1.5rem; background: var(--sl-color-primary-700); color: #fff; }
  header.top a { color: #fff; text-decoration: none; }
  header.top nav { display: flex; gap: 1rem; flex: 1; }
  main { max-width: 1100px; margin: 0 auto; padding: 1rem 1.5rem; }
  sl-card { display: block; margin-bottom: 1rem; }
  sl-card [slot=header] { font-weight: var(--sl-font-weight-semibold); }
  .stack > * + * { margin-top: var(--sl-spacing-medium); display: block; }
  .grid3 { display: grid; grid-template-columns: repeat(3, 1fr); gap: var(--sl-spacing-medium); }
  dl.summary { display: grid; grid-template-columns: 12rem 1fr; margin: 0; row-gap: .25rem; }
  dl.summary dd { margin: 0; }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: left; padding: .4rem .5rem; border-bottom: 1px solid var(--sl-color-neutral-200); }
  .actions { display: flex; gap: .5rem; }
  .plan-card { margin-left: 2.5rem; }
  footer { text-align: center; color: var(--sl-color-neutral-500); font-size: var(--sl-font-size-small); padding: 1rem; }
`;
document.head.append(style);

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l) => `<a href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a>`).join('');
  document.getElementById('app')!.innerHTML = `
  <header class="top"><a href="${r.base}" data-link><b>eMENSCR</b></a><nav>${links}</nav>
    <sl-input type="search" size="small" placeholder="${esc(FORM.chrome.search)}" clearable></sl-input>
    <span>${esc(FORM.chrome.user)}</span></header>
  <main id="page">${body}</main>
  <footer>${esc(FORM.chrome.footer)}</footer>`;
}

const page = () => document.getElementById('page')!;

function breadcrumb(items: string[], base: string) {
  return `<sl-breadcrumb>${items.map((t, i) => i === 0
    ? `<sl-breadcrumb-item href="${base}">${esc(t)}</sl-breadcrumb-item>`
    : `<sl-breadcrumb-item>${esc(t)}</sl-breadcrumb-item>`).join('')}</sl-breadcrumb>`;
}

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (dt: string, dd: string | number) => `<dt>${esc(dt)}</dt><dd>${esc(dd)}</dd>`;
  return `<sl-card><div slot="header">${esc(FORM.summary.title)}</div><dl class="summary">
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </dl></sl-card>`;
}

const card = (title: string, body: string, extra = '') => `<sl-card ${extra}><div slot="header">${esc(title)}</div><div class="stack">${body}</div></sl-card>`;

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
function renderM6(r: Route, v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const textarea = (name: string, label: string, value: string, max: number) =>
    `<sl-textarea name="${name}" label="${esc(label)}" maxlength="${max}" rows="3" help-text="${value.length}/${max}" value="${esc(value)}"></sl-textarea>`;
  const planCard = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    return `
    <sl-switch name="plan-${key}" data-card="card-${key}" ${p.on ? 'checked' : ''}>${esc(name)}</sl-switch>
    <sl-card class="plan-card" id="card-${key}" ${p.on ? '' : 'hidden'}><div slot="header">${esc(name)}</div><div class="stack">
      <sl-select name="plan-${key}-detail" label="${esc(label)}" placeholder="${esc(P)}" clearable value="${valueOf(list, p.detail)}">${slOptions(list)}</sl-select>
      <sl-textarea name="plan-${key}-text" label="${esc(FORM.m6.plans.textLabel)}" rows="2" value="${esc(p.text)}"></sl-textarea>
    </div></sl-card>`;
  };

  page().innerHTML = `
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <h2>${esc(FORM.m6.title)}</h2>
    ${summary(v.fiscalYear)}
    <form id="report-form" autocomplete="off">
    ${card(S.report, `
      <sl-select name="quarter" label="${esc(F.quarter.label)}" placeholder="${esc(F.quarter.placeholder)}" clearable value="${valueOf(F.quarter.options, v.quarter)}">${slOptions(F.quarter.options)}</sl-select>
      <sl-input name="reportDate" type="date" label="${esc(F.reportDate.label)}" value="${v.reportDate}"></sl-input>
      <sl-radio-group name="status" label="${esc(F.status.label)}" value="${esc(v.status)}">
        ${F.status.options.map((s) => `<sl-radio value="${esc(s)}">${esc(s)}</sl-radio>`).join('')}
      </sl-radio-group>
      <sl-range name="progress" label="${esc(F.progress.label)}" help-text="${esc(F.progress.helper)}" min="0" max="100" step="1" value="${v.progress}"></sl-range>
      <sl-input name="startDate" type="date" label="${esc(F.startDate.label)}" value="${v.startDate}"></sl-input>
      <sl-input name="endDate" type="date" label="${esc(F.endDate.label)}" value="${v.endDate}"></sl-input>
      <sl-select name="beneficiaries" label="${esc(F.beneficiaries.label)}" placeholder="${esc(F.beneficiaries.placeholder)}" multiple clearable value="${v.beneficiaries.map((b) => valueOf(F.beneficiaries.options, b)).join(' ')}">${slOptions(F.beneficiaries.options)}</sl-select>
    `)}
    ${card(S.money, `
      <sl-input name="allocation" label="${esc(F.allocation.label)}" inputmode="decimal" placeholder="${esc(F.allocation.placeholder)}" value="${esc(v.allocation)}"><span slot="prefix">${esc(F.allocation.prefix)}</span></sl-input>
      <sl-input name="spent" label="${esc(F.spent.label)}" help-text="${esc(F.spent.helper)}" inputmode="decimal" placeholder="${esc(F.spent.placeholder)}" value="${esc(v.spent)}"><span slot="suffix">${esc(F.spent.suffix)}</span></sl-input>
    `)}
    <sl-card><div slot="header" style="display:flex;align-items:center;gap:1rem"><span style="flex:1">${esc(S.kpi)}</span>
      <sl-input id="kpi-filter" type="search" size="small" placeholder="${esc(FORM.chrome.listFilter)}" clearable></sl-input></div>
      <table id="kpi-table"><thead><tr><th>${esc(K.columns.name)}</th><th>${esc(K.columns.target)}</th><th style="width:10rem">${esc(K.columns.result)}</th><th>${esc(K.columns.unit)}</th></tr></thead>
      <tbody>${K.rows.map((row, i) => `<tr><td>${esc(row.name)}</td><td>${esc(row.target)}</td><td><sl-input size="small" name="kpi-${i}" inputmode="decimal" value="${esc(v.kpi[i] ?? '')}"></sl-input></td><td>${esc(row.unit)}</td></tr>`).join('')}</tbody></table>
    </sl-card>
    ${card(S.narrative, `
      ${textarea('result', F.result.label, v.result, F.result.maxLength)}
      ${textarea('problems', F.problems.label, v.problems, F.problems.maxLength)}
      ${textarea('suggestions', F.suggestions.label, v.suggestions, F.suggestions.maxLength)}
    `)}
    ${card(S.plans, `
      <div>${esc(FORM.m6.plans.toggleLegend)}</div>
      ${planCard('ns')}${planCard('nesdp')}${planCard('mp')}
    `)}
    <div class="actions"><sl-button type="submit" variant="primary">บันทึก</sl-button><sl-button id="send-open">${esc(FORM.send.open)}</sl-button><sl-button href="${r.base}" data-link>ยกเลิก</sl-button></div>
    </form>
    ${sendDialog()}`;
  initSendDialog();

  const form = document.getElementById('report-form') as HTMLFormElement;
  form.addEventListener('sl-change', (e) => {
    const el = e.target as HTMLElement & { checked?: boolean };
    if (el.localName === 'sl-switch') document.getElementById(el.dataset.card!)!.hidden = !el.checked;
  });
  form.addEventListener('sl-input', (e) => {
    const el = e.target as HTMLElement & { value: string; maxlength?: number };
    if (el.localName === 'sl-textarea' && el.getAttribute('maxlength')) el.setAttribute('help-text', `${el.value.length}/${el.getAttribute('maxlength')}`);
  });
  document.getElementById('kpi-filter')!.addEventListener('sl-input', (e) => {
    const q = String((e.target as HTMLInputElement).value).trim();
    for (const tr of document.querySelectorAll<HTMLTableRowElement>('#kpi-table tbody tr')) tr.hidden = !!q && !tr.cells[0]!.textContent!.includes(q);
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); console.info('report', serialize(form)); });
}

// The send step (form.json `send`): an sl-dialog with its label as the title, the project and
// its budget source as the page's summary list, the approver as an sl-select built like the
// quarter (label, placeholder, clearable), cancel and a primary commit in the footer slot. An
// empty commit reports the select's validity (setCustomValidity + reportValidity).
function sendDialog() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  const row = (dt: string, dd: string) => `<dt>${esc(dt)}</dt><dd>${esc(dd)}</dd>`;
  return `
    <sl-dialog id="send-dialog" label="${esc(S.title)}">
      <div class="stack">
        <dl class="summary">${row(L.name, FORM.project.name)}${row(L.budgetSource, FORM.project.budgetSource)}</dl>
        <sl-select id="send-recipient" name="recipient" label="${esc(S.recipient.label)}" placeholder="${esc(S.recipient.placeholder)}" clearable>${slOptions(S.recipient.options)}</sl-select>
      </div>
      <sl-button slot="footer" id="send-cancel">${esc(S.cancel)}</sl-button>
      <sl-button slot="footer" variant="primary" id="send-commit">${esc(S.commit)}</sl-button>
    </sl-dialog>`;
}

function initSendDialog() {
  const R = FORM.send.recipient;
  const dialog = document.getElementById('send-dialog') as HTMLElement & { show(): Promise<void>; hide(): Promise<void> };
  const select = document.getElementById('send-recipient') as SlSelect & { setCustomValidity(m: string): void; reportValidity(): boolean };
  const chosen = () => { const m = /^o(\d+)$/.exec(String(select.value)); return m ? Number(m[1]) : -1; };
  document.getElementById('send-open')!.addEventListener('click', () => {
    const c = sendChoice();
    select.value = c >= 0 ? `o${c}` : '';
    select.setCustomValidity('');
    void dialog.show();
  });
  select.addEventListener('sl-change', () => select.setCustomValidity(''));
  document.getElementById('send-cancel')!.addEventListener('click', () => void dialog.hide());
  document.getElementById('send-commit')!.addEventListener('click', () => {
    const c = chosen();
    if (c < 0) {
      select.setCustomValidity(R.placeholder);
      select.reportValidity();
      return;
    }
    markSent(R.options[c]!);
    void dialog.hide();
  });
}

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
type SlSelect = HTMLElement & { value: string | string[]; disabled: boolean; updateComplete: Promise<unknown> };

function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  const levelSelect = (id: string, label: string) => `<sl-select id="${id}" name="${id}" label="${esc(label)}" placeholder="${esc(P)}" clearable></sl-select>`;
  page().innerHTML = `
    ${breadcrumb(M.breadcrumb, r.base)}
    <h2>${esc(M.title)}</h2>
    ${summary(v.fiscalYear)}
    <p>${esc(M.hint)}</p>
    <form id="linkage-form" autocomplete="off">
    ${card(M.ns.section, `<div class="grid3">${M.ns.levels.map((l, i) => levelSelect(`ns-${i}`, l)).join('')}</div>`)}
    ${card(M.nesdp.section, `
      <sl-radio-group name="edition" label="${esc(M.nesdp.editionLabel)}" value="${v.edition || ''}">
        ${(['12', '13'] as const).map((e) => `<sl-radio-button value="${e}">${esc(M.nesdp.editions[e])}</sl-radio-button>`).join('')}
      </sl-radio-group>
      <div class="grid3" id="nesdp-levels"></div>`)}
    <sl-card><div slot="header" style="display:flex;align-items:center"><span style="flex:1">${esc(M.rows.section)}</span><sl-button size="small" variant="success" id="add-row">+ ${esc(M.rows.addButton)}</sl-button></div>
      <table id="plan-rows"><thead><tr><th style="width:4rem">${esc(M.rows.columns.no)}</th><th>${esc(M.rows.columns.level)}</th><th>${esc(M.rows.columns.plan)}</th><th>${esc(M.rows.columns.issue)}</th><th></th></tr></thead><tbody></tbody></table>
    </sl-card>
    <div class="actions"><sl-button type="submit" variant="primary">บันทึก</sl-button><sl-button href="${r.base}" data-link>ยกเลิก</sl-button></div>
    </form>
    <sl-dialog id="confirm-remove" label="${esc(M.rows.removeButton)}">ต้องการลบแผนนี้หรือไม่
      <sl-button slot="footer" id="confirm-no">ยกเลิก</sl-button><sl-button slot="footer" variant="danger" id="confirm-yes">${esc(M.rows.removeButton)}</sl-button></sl-dialog>`;

  const indexOf = (s: SlSelect) => { const m = /^o(\d+)$/.exec(String(s.value)); return m ? Number(m[1]) : -1; };
  const fill = (s: SlSelect, list: string[], pick = -1) => {
    s.innerHTML = slOptions(list);
    s.value = pick >= 0 && pick < list.length ? `o${pick}` : '';
    s.disabled = list.length === 0;
  };

  // a cascade: choosing level i fills level i+1; clearing it empties and disables the levels below
  function cascade(prefix: string, count: number, optionsOf: (level: number, path: number[]) => string[], chosen: number[]) {
    const sel = (i: number) => document.getElementById(`${prefix}-${i}`) as SlSelect;
    const path = (n: number) => Array.from({ length: n }, (_, i) => indexOf(sel(i)));
    const refill = (from: number, initial?: number[]) => {
      for (let i = from; i < count; i++) {
        const p = path(i);
        const enabled = i === 0 || p[i - 1]! >= 0;
        fill(sel(i), enabled ? optionsOf(i, p) : [], initial ? initial[i] : -1);
      }
    };
    for (let i = 0; i < count; i++) sel(i).addEventListener('sl-change', () => refill(i + 1));
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
  document.querySelector('sl-radio-group[name=edition]')!.addEventListener('sl-change', (ev) => {
    drawNesdp(Number((ev.target as HTMLInputElement).value) as Edition, [-1, -1, -1]);
  });

  const tbody = document.querySelector('#plan-rows tbody')!;
  const dialog = document.getElementById('confirm-remove') as HTMLElement & { show(): void; hide(): void };
  let removing: HTMLTableRowElement | null = null;
  document.getElementById('confirm-no')!.addEventListener('click', () => dialog.hide());
  document.getElementById('confirm-yes')!.addEventListener('click', () => { removing?.remove(); removing = null; renumber(); dialog.hide(); });

  let rowId = 0;
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const n = rowId++;
    const tr = document.createElement('tr');
    tr.innerHTML = `<td class="row-no"></td>
      <td><sl-select size="small" name="row-${n}-level" placeholder="${esc(M.rows.levelPlaceholder)}" clearable>${slOptions(ROW_LEVELS)}</sl-select></td>
      <td><sl-select size="small" name="row-${n}-plan" placeholder="${esc(P)}" clearable></sl-select></td>
      <td><sl-select size="small" name="row-${n}-issue" placeholder="${esc(P)}" clearable></sl-select></td>
      <td><sl-button size="small" variant="danger" outline class="remove">${esc(M.rows.removeButton)}</sl-button></td>`;
    const [level, plan, issue] = Array.from(tr.querySelectorAll('sl-select')) as SlSelect[];
    level!.value = row.level >= 0 ? `o${row.level}` : '';
    const fillPlan = (pick = -1) => fill(plan!, rowPlanOptions(indexOf(level!)), pick);
    const fillIssue = (pick = -1) => fill(issue!, rowIssueOptions(indexOf(level!), indexOf(plan!)), pick);
    fillPlan(row.plan); fillIssue(row.issue);
    level!.addEventListener('sl-change', () => { fillPlan(); fillIssue(); });
    plan!.addEventListener('sl-change', () => fillIssue());
    tr.querySelector('.remove')!.addEventListener('click', () => { removing = tr; dialog.show(); });
    tbody.append(tr);
    renumber();
  }
  const renumber = () => tbody.querySelectorAll('.row-no').forEach((td, i) => { td.textContent = String(i + 1); });
  v.rows.forEach((row) => addRow(row));
  document.getElementById('add-row')!.addEventListener('click', () => addRow());
  const form = document.getElementById('linkage-form') as HTMLFormElement;
  form.addEventListener('submit', (e) => { e.preventDefault(); console.info('linkage', serialize(form)); });
}

function renderHome(r: Route) {
  page().innerHTML = `${breadcrumb([FORM.chrome.nav[0]!], r.base)}<h2>รายการโครงการ</h2>
    <sl-card><table><thead><tr><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> · <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table></sl-card>`;
}

/** the page is drawn once every Shoelace element in it has rendered its shadow root */
async function settled() {
  const els = Array.from(page().querySelectorAll('*')).filter((e) => e.localName.startsWith('sl-')) as unknown as Array<{ updateComplete?: Promise<unknown> }>;
  await Promise.all(els.map((e) => e.updateComplete));
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  shell(r, '<sl-spinner></sl-spinner> กำลังโหลด…');
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
