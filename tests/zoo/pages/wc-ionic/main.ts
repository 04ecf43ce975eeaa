/**
 * Zoo page: Ionic Framework 8 web components without a framework (`@ionic/core`), written from
 * Ionic's docs as a plain-JS team uses it: `initialize()` then each component registered with its
 * `defineCustomElement` (bundled by Vite), Ionic's CSS from `@ionic/core/css`. An ion-app with a
 * toolbar and ion-content; sections are ion-lists titled by ion-list-header; every field an
 * ion-item holding an ion-input / ion-textarea / ion-select with the modern `label` and
 * `label-placement="stacked"` props (ion-input and ion-textarea are scoped, no shadow root: the
 * label and native input are in the light DOM; ion-select, ion-range, ion-toggle, ion-radio,
 * ion-segment draw theirs in a shadow root). ion-select with popover / action-sheet interfaces
 * (multiple for the target groups), dates as a read-only ion-input opening an ion-popover with an
 * ion-datetime (locale th-TH: the Buddhist calendar of Intl, shown dd/mm/yyyy; Ionic's
 * ion-datetime-button is not used because it shows today's date when the value is empty),
 * ion-range with a pin beside a number ion-input, money ion-inputs with ฿ / บาท in ion-text /
 * ion-note slots, an ion-radio-group, ion-toggles revealing ion-cards, the KPI table as an ion-grid
 * of label-less ion-input cells; on M1 an ion-segment edition, cascading ion-selects and an
 * ion-grid of label-less ion-select cells; ion-alert confirms the save and the removal. The send
 * step on M6 is an inline ion-modal (trigger button beside save) with an ion-select approver.
 */
import '@ionic/core/css/core.css';
import '@ionic/core/css/normalize.css';
import '@ionic/core/css/structure.css';
import '@ionic/core/css/typography.css';
import '@ionic/core/css/padding.css';
import '@ionic/core/css/flex-utils.css';
import { initialize } from '@ionic/core/components';
import { defineCustomElement as defApp } from '@ionic/core/components/ion-app.js';
import { defineCustomElement as defHeader } from '@ionic/core/components/ion-header.js';
import { defineCustomElement as defToolbar } from '@ionic/core/components/ion-toolbar.js';
import { defineCustomElement as defTitle } from '@ionic/core/components/ion-title.js';
import { defineCustomElement as defButtons } from '@ionic/core/components/ion-buttons.js';
import { defineCustomElement as defButton } from '@ionic/core/components/ion-button.js';
import { defineCustomElement as defContent } from '@ionic/core/components/ion-content.js';
import { defineCustomElement as defSearchbar } from '@ionic/core/components/ion-searchbar.js';
import { defineCustomElement as defList } from '@ionic/core/components/ion-list.js';
import { defineCustomElement as defListHeader } from '@ionic/core/components/ion-list-header.js';
import { defineCustomElement as defItem } from '@ionic/core/components/ion-item.js';
import { defineCustomElement as defItemDivider } from '@ionic/core/components/ion-item-divider.js';
import { defineCustomElement as defLabel } from '@ionic/core/components/ion-label.js';
import { defineCustomElement as defNote } from '@ionic/core/components/ion-note.js';
import { defineCustomElement as defText } from '@ionic/core/components/ion-text.js';
import { defineCustomElement as defInput } from '@ionic/core/components/ion-input.js';
import { defineCustomElement as defTextarea } from '@ionic/core/components/ion-textarea.js';
import { defineCustomElement as defSelect } from '@ionic/core/components/ion-select.js';
import { defineCustomElement as defSelectOption } from '@ionic/core/components/ion-select-option.js';
import { defineCustomElement as defPopover } from '@ionic/core/components/ion-popover.js';
import { defineCustomElement as defDatetime } from '@ionic/core/components/ion-datetime.js';
import { defineCustomElement as defRange } from '@ionic/core/components/ion-range.js';
import { defineCustomElement as defRadioGroup } from '@ionic/core/components/ion-radio-group.js';
import { defineCustomElement as defRadio } from '@ionic/core/components/ion-radio.js';
import { defineCustomElement as defToggle } from '@ionic/core/components/ion-toggle.js';
import { defineCustomElement as defCard } from '@ionic/core/components/ion-card.js';
import { defineCustomElement as defCardHeader } from '@ionic/core/components/ion-card-header.js';
import { defineCustomElement as defCardTitle } from '@ionic/core/components/ion-card-title.js';
import { defineCustomElement as defCardContent } from '@ionic/core/components/ion-card-content.js';
import { defineCustomElement as defSegment } from '@ionic/core/components/ion-segment.js';
import { defineCustomElement as defSegmentButton } from '@ionic/core/components/ion-segment-button.js';
import { defineCustomElement as defGrid } from '@ionic/core/components/ion-grid.js';
import { defineCustomElement as defRow } from '@ionic/core/components/ion-row.js';
import { defineCustomElement as defCol } from '@ionic/core/components/ion-col.js';
import { defineCustomElement as defAlert } from '@ionic/core/components/ion-alert.js';
import { defineCustomElement as defSpinner } from '@ionic/core/components/ion-spinner.js';
import { defineCustomElement as defModal } from '@ionic/core/components/ion-modal.js';
import { defineCustomElement as defFooter } from '@ionic/core/components/ion-footer.js';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import type { M1Values, M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

initialize({ mode: 'md' });
for (const define of [defApp, defHeader, defToolbar, defTitle, defButtons, defButton, defContent, defSearchbar, defList, defListHeader, defItem,
  defItemDivider, defLabel, defNote, defText, defInput, defTextarea, defSelect, defSelectOption, defPopover, defDatetime, defRange, defRadioGroup,
  defRadio, defToggle, defCard, defCardHeader, defCardTitle, defCardContent, defSegment, defSegmentButton, defGrid, defRow, defCol, defAlert, defSpinner, defModal, defFooter]) define();

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
const ionOptions = (list: string[]) => list.map((t, i) => `<ion-select-option value="o${i}">${esc(t)}</ion-select-option>`).join('');
const valueOf = (list: string[], chosen: string) => { const i = list.indexOf(chosen); return i < 0 ? '' : `o${i}`; };

/** th-TH in Intl is the Buddhist calendar: 2026-05-10 → 10/05/2569 */
const thDate = (iso: string) => iso ? new Intl.DateTimeFormat('th-TH', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${iso}T00:00:00Z`)) : '';

const style = document.createElement('style');
style.textContent = `
  ion-content { --background: var(--ion-color-light); }
  .wrap { max-width: 1100px; margin: 0 auto; }
  ion-list { margin-bottom: 16px; }
  ion-toolbar a { color: inherit; text-decoration: none; margin-right: 1rem; }
  dl.summary { display: grid; grid-template-columns: 12rem 1fr; margin: 0; row-gap: .25rem; padding: 0 16px 16px; }
  dl.summary dd { margin: 0; }
  ion-grid.table ion-row.head { font-weight: 600; border-bottom: 1px solid var(--ion-color-step-200, #ccc); }
  ion-grid.table ion-col { display: flex; align-items: center; }
  .plan-card { margin-left: 2.5rem; }
  .breadcrumb { color: var(--ion-color-medium); font-size: .875rem; padding: 8px 0; }
  footer { text-align: center; color: var(--ion-color-medium); font-size: .8rem; padding: 1rem; }
`;
document.head.append(style);

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l) => `<a href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a>`).join('');
  document.getElementById('app')!.innerHTML = `
  <ion-app>
    <ion-header><ion-toolbar color="primary">
      <ion-title><a href="${r.base}" data-link>eMENSCR</a></ion-title>
      <ion-buttons slot="secondary">${links}</ion-buttons>
      <ion-buttons slot="end"><span style="padding:0 1rem">${esc(FORM.chrome.user)}</span></ion-buttons>
    </ion-toolbar>
    <ion-toolbar><ion-searchbar placeholder="${esc(FORM.chrome.search)}"></ion-searchbar></ion-toolbar></ion-header>
    <ion-content class="ion-padding"><div class="wrap" id="page">${body}</div><footer>${esc(FORM.chrome.footer)}</footer></ion-content>
  </ion-app>`;
}

const page = () => document.getElementById('page')!;
const breadcrumb = (items: string[], base: string) => `<div class="breadcrumb">${items.map((t, i) => i === 0 ? `<a href="${base}" data-link>${esc(t)}</a>` : esc(t)).join(' / ')}</div>`;

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (dt: string, dd: string | number) => `<dt>${esc(dt)}</dt><dd>${esc(dd)}</dd>`;
  return `<ion-list><ion-list-header><ion-label>${esc(FORM.summary.title)}</ion-label></ion-list-header><dl class="summary">
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </dl></ion-list>`;
}

const section = (title: string, body: string) => `<ion-list lines="full"><ion-list-header><ion-label>${esc(title)}</ion-label></ion-list-header>${body}</ion-list>`;

type IonSelect = HTMLElement & { value: unknown; disabled: boolean };
type IonInput = HTMLElement & { value: string | number | null | undefined };

// ---------------------------------------------------------------------------------------
// M6
// ---------------------------------------------------------------------------------------
function renderM6(r: Route, v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const textarea = (name: string, label: string, max: number) =>
    `<ion-item><ion-textarea name="${name}" label="${esc(label)}" label-placement="stacked" maxlength="${max}" counter="true" auto-grow="true" rows="3"></ion-textarea></ion-item>`;
  const dateField = (name: string, label: string) => `<ion-item>
      <ion-input id="${name}" name="${name}" label="${esc(label)}" label-placement="stacked" readonly placeholder="${esc(F.reportDate.placeholder)}"></ion-input>
      <ion-popover trigger="${name}" trigger-action="click" keep-contents-mounted="true"><ion-datetime id="${name}-picker" presentation="date" locale="th-TH" show-default-buttons="true"></ion-datetime></ion-popover>
    </ion-item>`;
  const planCard = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    return `
    <ion-item><ion-toggle name="plan-${key}" data-card="card-${key}" justify="space-between">${esc(name)}</ion-toggle></ion-item>
    <ion-card class="plan-card" id="card-${key}" hidden>
      <ion-card-header><ion-card-title>${esc(name)}</ion-card-title></ion-card-header>
      <ion-card-content><ion-list lines="full">
        <ion-item><ion-select name="plan-${key}-detail" label="${esc(label)}" label-placement="stacked" placeholder="${esc(P)}" interface="popover">${ionOptions(list)}</ion-select></ion-item>
        <ion-item><ion-textarea name="plan-${key}-text" label="${esc(FORM.m6.plans.textLabel)}" label-placement="stacked" rows="2" auto-grow="true"></ion-textarea></ion-item>
      </ion-list></ion-card-content>
    </ion-card>`;
  };

  page().innerHTML = `
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <h2>${esc(FORM.m6.title)}</h2>
    ${summary(v.fiscalYear)}
    <form id="report-form" autocomplete="off">
    ${section(S.report, `
      <ion-item><ion-select name="quarter" label="${esc(F.quarter.label)}" label-placement="stacked" placeholder="${esc(F.quarter.placeholder)}" interface="popover">${ionOptions(F.quarter.options)}</ion-select></ion-item>
      ${dateField('reportDate', F.reportDate.label)}
      <ion-radio-group name="status" id="status">
        <ion-item-divider><ion-label>${esc(F.status.label)}</ion-label></ion-item-divider>
        ${F.status.options.map((s) => `<ion-item><ion-radio value="${esc(s)}" justify="start" label-placement="end">${esc(s)}</ion-radio></ion-item>`).join('')}
      </ion-radio-group>
      <ion-item>
        <ion-range id="progress" name="progress" label="${esc(F.progress.label)}" label-placement="stacked" min="0" max="100" step="1" pin="true" style="flex:1"></ion-range>
        <ion-input id="progress-number" type="number" min="0" max="100" aria-label="${esc(F.progress.label)}" fill="outline" style="max-width:6rem;margin-left:1rem"><ion-text slot="end">${esc(F.progress.unit)}</ion-text></ion-input>
      </ion-item>
      <ion-item lines="none"><ion-note>${esc(F.progress.helper)}</ion-note></ion-item>
      ${dateField('startDate', F.startDate.label)}
      ${dateField('endDate', F.endDate.label)}
      <ion-item><ion-select name="beneficiaries" label="${esc(F.beneficiaries.label)}" label-placement="stacked" placeholder="${esc(F.beneficiaries.placeholder)}" multiple="true" interface="alert">${ionOptions(F.beneficiaries.options)}</ion-select></ion-item>
    `)}
    ${section(S.money, `
      <ion-item><ion-input name="allocation" label="${esc(F.allocation.label)}" label-placement="stacked" inputmode="decimal" placeholder="${esc(F.allocation.placeholder)}"><ion-text slot="start">${esc(F.allocation.prefix)}</ion-text></ion-input></ion-item>
      <ion-item><ion-input name="spent" label="${esc(F.spent.label)}" label-placement="stacked" helper-text="${esc(F.spent.helper)}" inputmode="decimal" placeholder="${esc(F.spent.placeholder)}"><ion-note slot="end">${esc(F.spent.suffix)}</ion-note></ion-input></ion-item>
    `)}
    <ion-list lines="full"><ion-list-header><ion-label>${esc(S.kpi)}</ion-label></ion-list-header>
      <ion-searchbar id="kpi-filter" placeholder="${esc(FORM.chrome.listFilter)}"></ion-searchbar>
      <ion-grid class="table" id="kpi-table">
        <ion-row class="head"><ion-col size="5">${esc(K.columns.name)}</ion-col><ion-col size="2">${esc(K.columns.target)}</ion-col><ion-col size="3">${esc(K.columns.result)}</ion-col><ion-col size="2">${esc(K.columns.unit)}</ion-col></ion-row>
        ${K.rows.map((row, i) => `<ion-row class="kpi-row"><ion-col size="5">${esc(row.name)}</ion-col><ion-col size="2">${esc(row.target)}</ion-col><ion-col size="3"><ion-input name="kpi-${i}" inputmode="decimal" fill="outline"></ion-input></ion-col><ion-col size="2">${esc(row.unit)}</ion-col></ion-row>`).join('')}
      </ion-grid>
    </ion-list>
    ${section(S.narrative, `
      ${textarea('result', F.result.label, F.result.maxLength)}
      ${textarea('problems', F.problems.label, F.problems.maxLength)}
      ${textarea('suggestions', F.suggestions.label, F.suggestions.maxLength)}
    `)}
    ${section(S.plans, `
      <ion-item-divider><ion-label>${esc(FORM.m6.plans.toggleLegend)}</ion-label></ion-item-divider>
      ${planCard('ns')}${planCard('nesdp')}${planCard('mp')}
    `)}
    <ion-button type="submit">บันทึก</ion-button><ion-button fill="outline" id="send-open">${esc(FORM.send.open)}</ion-button><ion-button fill="outline" href="${r.base}" data-link>ยกเลิก</ion-button>
    </form>
    ${sendModal()}`;
  initSendModal();

  // the values arrive as properties, as the app's data layer sets them
  const $ = <T extends HTMLElement>(sel: string) => page().querySelector(sel) as T;
  $<IonSelect>('ion-select[name=quarter]').value = valueOf(F.quarter.options, v.quarter) || undefined;
  $<IonSelect>('ion-select[name=beneficiaries]').value = v.beneficiaries.map((b) => valueOf(F.beneficiaries.options, b));
  $<IonSelect & { value: string }>('#status').value = v.status || (undefined as unknown as string);
  const range = $<HTMLElement & { value: number }>('#progress');
  const number = $<IonInput>('#progress-number');
  range.value = v.progress; number.value = v.progress;
  range.addEventListener('ionInput', () => { number.value = range.value; });
  number.addEventListener('ionInput', () => { range.value = Math.max(0, Math.min(100, Number(number.value) || 0)); });
  for (const k of ['reportDate', 'startDate', 'endDate'] as const) {
    const input = $<IonInput>(`#${k}`);
    const picker = $<HTMLElement & { value?: string }>(`#${k}-picker`);
    input.value = thDate(v[k]);
    if (v[k]) picker.value = v[k];
    picker.addEventListener('ionChange', () => { input.value = thDate(String(picker.value ?? '').slice(0, 10)); });
  }
  $<IonInput>('ion-input[name=allocation]').value = v.allocation;
  $<IonInput>('ion-input[name=spent]').value = v.spent;
  K.rows.forEach((_, i) => { $<IonInput>(`ion-input[name=kpi-${i}]`).value = v.kpi[i] ?? ''; });
  for (const k of ['result', 'problems', 'suggestions'] as const) $<IonInput>(`ion-textarea[name=${k}]`).value = v[k];
  for (const key of ['ns', 'nesdp', 'mp'] as const) {
    const p = v.plans[key];
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    ($<HTMLElement & { checked: boolean }>(`ion-toggle[name=plan-${key}]`)).checked = p.on;
    $(`#card-${key}`).hidden = !p.on;
    $<IonSelect>(`ion-select[name=plan-${key}-detail]`).value = valueOf(list, p.detail) || undefined;
    $<IonInput>(`ion-textarea[name=plan-${key}-text]`).value = p.text;
  }

  const form = document.getElementById('report-form') as HTMLFormElement;
  form.addEventListener('ionChange', (e) => {
    const el = e.target as HTMLElement & { checked?: boolean };
    if (el.localName === 'ion-toggle') document.getElementById(el.dataset.card!)!.hidden = !el.checked;
  });
  document.getElementById('kpi-filter')!.addEventListener('ionInput', (e) => {
    const q = String((e.target as IonInput).value ?? '').trim();
    for (const row of document.querySelectorAll<HTMLElement>('#kpi-table .kpi-row')) row.hidden = !!q && !row.firstElementChild!.textContent!.includes(q);
  });
  form.addEventListener('submit', (e) => { e.preventDefault(); confirmSave('report'); });
}

// The send step (form.json `send`): an inline ion-modal opened by its `trigger` button, as
// Ionic's docs draw it: ion-header › ion-toolbar › ion-title, ion-content with the project and
// its budget source as the page's summary list and the approver as an ion-select built like the
// quarter (ion-item, stacked label, placeholder, popover interface), cancel and a solid commit
// ion-button in an ion-footer toolbar. The preset approver is set as the modal is about to
// present; an empty commit marks the select touched and invalid so it shows its error-text.
function sendModal() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  const row = (dt: string, dd: string) => `<dt>${esc(dt)}</dt><dd>${esc(dd)}</dd>`;
  return `
    <ion-modal id="send-modal" trigger="send-open">
      <ion-header><ion-toolbar><ion-title>${esc(S.title)}</ion-title></ion-toolbar></ion-header>
      <ion-content class="ion-padding">
        <dl class="summary">${row(L.name, FORM.project.name)}${row(L.budgetSource, FORM.project.budgetSource)}</dl>
        <ion-list><ion-item><ion-select id="send-recipient" name="recipient" label="${esc(S.recipient.label)}" label-placement="stacked" placeholder="${esc(S.recipient.placeholder)}" error-text="${esc(S.recipient.placeholder)}" interface="popover">${ionOptions(S.recipient.options)}</ion-select></ion-item></ion-list>
      </ion-content>
      <ion-footer><ion-toolbar><ion-buttons slot="end">
        <ion-button id="send-cancel">${esc(S.cancel)}</ion-button>
        <ion-button id="send-commit" fill="solid" color="primary">${esc(S.commit)}</ion-button>
      </ion-buttons></ion-toolbar></ion-footer>
    </ion-modal>`;
}

function initSendModal() {
  const R = FORM.send.recipient;
  const modal = document.getElementById('send-modal') as HTMLElement & { dismiss(data?: unknown, role?: string): Promise<boolean> };
  const select = document.getElementById('send-recipient') as IonSelect;
  const chosen = () => { const m = /^o(\d+)$/.exec(String(select.value ?? '')); return m ? Number(m[1]) : -1; };
  modal.addEventListener('ionModalWillPresent', () => {
    const c = sendChoice();
    select.value = c >= 0 ? `o${c}` : undefined;
    select.classList.remove('ion-touched', 'ion-invalid');
  });
  select.addEventListener('ionChange', () => select.classList.toggle('ion-invalid', chosen() < 0));
  document.getElementById('send-cancel')!.addEventListener('click', () => void modal.dismiss(null, 'cancel'));
  document.getElementById('send-commit')!.addEventListener('click', () => {
    const c = chosen();
    if (c < 0) {
      select.classList.add('ion-touched', 'ion-invalid');
      return;
    }
    markSent(R.options[c]!);
    void modal.dismiss(R.options[c], 'confirm');
  });
}

async function confirm(header: string, message: string, ok: string): Promise<boolean> {
  const alert = document.createElement('ion-alert') as HTMLElement & { header: string; message: string; buttons: unknown[]; present(): Promise<void>; onDidDismiss(): Promise<{ role?: string }> };
  alert.header = header;
  alert.message = message;
  alert.buttons = [{ text: 'ยกเลิก', role: 'cancel' }, { text: ok, role: 'confirm' }];
  document.body.append(alert);
  await alert.present();
  const { role } = await alert.onDidDismiss();
  alert.remove();
  return role === 'confirm';
}
const confirmSave = async (what: string) => { if (await confirm('บันทึกข้อมูล', 'ยืนยันการบันทึกข้อมูลหรือไม่', 'บันทึก')) console.info('saved', what); };

// ---------------------------------------------------------------------------------------
// M1
// ---------------------------------------------------------------------------------------
function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  const levelSelect = (id: string, label: string) => `<ion-col size="12" size-md="4"><ion-item><ion-select id="${id}" name="${id}" label="${esc(label)}" label-placement="stacked" placeholder="${esc(P)}" interface="popover"></ion-select></ion-item></ion-col>`;
  page().innerHTML = `
    ${breadcrumb(M.breadcrumb, r.base)}
    <h2>${esc(M.title)}</h2>
    ${summary(v.fiscalYear)}
    <p>${esc(M.hint)}</p>
    <form id="linkage-form" autocomplete="off">
    ${section(M.ns.section, `<ion-grid><ion-row>${M.ns.levels.map((l, i) => levelSelect(`ns-${i}`, l)).join('')}</ion-row></ion-grid>`)}
    ${section(M.nesdp.section, `
      <ion-item-divider><ion-label>${esc(M.nesdp.editionLabel)}</ion-label></ion-item-divider>
      <ion-segment id="edition">${(['12', '13'] as const).map((e) => `<ion-segment-button value="${e}"><ion-label>${esc(M.nesdp.editions[e])}</ion-label></ion-segment-button>`).join('')}</ion-segment>
      <ion-grid><ion-row id="nesdp-levels"></ion-row></ion-grid>`)}
    <ion-list lines="full"><ion-list-header><ion-label>${esc(M.rows.section)}</ion-label><ion-button size="small" color="success" id="add-row">+ ${esc(M.rows.addButton)}</ion-button></ion-list-header>
      <ion-grid class="table" id="plan-rows">
        <ion-row class="head"><ion-col size="1">${esc(M.rows.columns.no)}</ion-col><ion-col size="3">${esc(M.rows.columns.level)}</ion-col><ion-col size="3">${esc(M.rows.columns.plan)}</ion-col><ion-col size="3">${esc(M.rows.columns.issue)}</ion-col><ion-col size="2"></ion-col></ion-row>
      </ion-grid>
    </ion-list>
    <ion-button type="submit">บันทึก</ion-button><ion-button fill="outline" href="${r.base}" data-link>ยกเลิก</ion-button>
    </form>`;

  const indexOf = (s: IonSelect) => { const m = /^o(\d+)$/.exec(String(s.value ?? '')); return m ? Number(m[1]) : -1; };
  const fill = (s: IonSelect, list: string[], pick = -1) => {
    s.innerHTML = ionOptions(list);
    s.value = pick >= 0 && pick < list.length ? `o${pick}` : undefined;
    s.disabled = list.length === 0;
  };

  function cascade(prefix: string, count: number, optionsOf: (level: number, path: number[]) => string[], chosen: number[]) {
    const sel = (i: number) => document.getElementById(`${prefix}-${i}`) as IonSelect;
    const path = (n: number) => Array.from({ length: n }, (_, i) => indexOf(sel(i)));
    const refill = (from: number, initial?: number[]) => {
      for (let i = from; i < count; i++) {
        const p = path(i);
        const enabled = i === 0 || p[i - 1]! >= 0;
        fill(sel(i), enabled ? optionsOf(i, p) : [], initial ? initial[i] : -1);
      }
    };
    for (let i = 0; i < count; i++) sel(i).addEventListener('ionChange', () => refill(i + 1));
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
  const segment = document.getElementById('edition') as HTMLElement & { value?: string };
  if (v.edition) segment.value = String(v.edition);
  segment.addEventListener('ionChange', () => drawNesdp(Number(segment.value) as Edition, [-1, -1, -1]));

  const grid = document.getElementById('plan-rows')!;
  let rowId = 0;
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const n = rowId++;
    const tr = document.createElement('ion-row');
    tr.className = 'plan-row';
    tr.innerHTML = `<ion-col size="1" class="row-no"></ion-col>
      <ion-col size="3"><ion-select name="row-${n}-level" placeholder="${esc(M.rows.levelPlaceholder)}" interface="action-sheet">${ionOptions(ROW_LEVELS)}</ion-select></ion-col>
      <ion-col size="3"><ion-select name="row-${n}-plan" placeholder="${esc(P)}" interface="popover"></ion-select></ion-col>
      <ion-col size="3"><ion-select name="row-${n}-issue" placeholder="${esc(P)}" interface="popover"></ion-select></ion-col>
      <ion-col size="2"><ion-button size="small" color="danger" fill="outline" class="remove">${esc(M.rows.removeButton)}</ion-button></ion-col>`;
    const [level, plan, issue] = Array.from(tr.querySelectorAll('ion-select')) as IonSelect[];
    level!.value = row.level >= 0 ? `o${row.level}` : undefined;
    const fillPlan = (pick = -1) => fill(plan!, rowPlanOptions(indexOf(level!)), pick);
    const fillIssue = (pick = -1) => fill(issue!, rowIssueOptions(indexOf(level!), indexOf(plan!)), pick);
    fillPlan(row.plan); fillIssue(row.issue);
    level!.addEventListener('ionChange', () => { fillPlan(); fillIssue(); });
    plan!.addEventListener('ionChange', () => fillIssue());
    tr.querySelector('.remove')!.addEventListener('click', async () => {
      if (await confirm(M.rows.removeButton, 'ต้องการลบแผนนี้หรือไม่', M.rows.removeButton)) { tr.remove(); renumber(); }
    });
    grid.append(tr);
    renumber();
  }
  const renumber = () => grid.querySelectorAll('.row-no').forEach((c, i) => { c.textContent = String(i + 1); });
  v.rows.forEach((row) => addRow(row));
  document.getElementById('add-row')!.addEventListener('click', () => addRow());
  const form = document.getElementById('linkage-form') as HTMLFormElement;
  form.addEventListener('submit', (e) => { e.preventDefault(); confirmSave('linkage'); });
}

function renderHome(r: Route) {
  page().innerHTML = `${breadcrumb([FORM.chrome.nav[0]!], r.base)}<h2>รายการโครงการ</h2>
    <ion-list><ion-item><ion-label>1. ${esc(FORM.project.name)} <ion-note>${esc(FORM.project.budgetSource)}</ion-note></ion-label></ion-item>
    <ion-item><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> · <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></ion-item></ion-list>`;
}

/** the page is drawn once every Ionic element in it has rendered (Stencil's componentOnReady) */
async function settled() {
  const els = Array.from(document.querySelectorAll('*')).filter((e) => e.localName.startsWith('ion-')) as unknown as Array<{ componentOnReady?: () => Promise<unknown> }>;
  await Promise.all(els.map((e) => e.componentOnReady?.()));
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  shell(r, '<ion-spinner></ion-spinner> กำลังโหลด…');
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
