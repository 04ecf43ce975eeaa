/**
 * Zoo page: a DevExtreme (jQuery) back office, as .NET / enterprise teams write it from
 * DevExtreme's docs and demos: jQuery + the `devextreme` package's widgets as jQuery plugins,
 * the generic light theme. M6 is one dxForm (groups with captions, labels on the left with
 * required marks, `helpText`), the quarter a dxSelectBox, the target groups a dxTagBox, dates
 * dxDateBoxes whose `displayFormat` (formatter / parser) shows dd/mm/yyyy in the Buddhist era,
 * the status a horizontal dxRadioGroup, the progress a dxSlider beside a dxNumberBox (a template
 * item), money dxNumberBoxes whose format carries ฿ / บาท, dxTextAreas, the KPIs a dxDataGrid with
 * cell editing and the result column's editors always shown (`showEditorAlways`) and its search
 * panel, dxSwitches revealing the plan groups (`itemOption('visible')`), a dxPopup confirming the
 * save and the send step as another dxPopup (a dxSelectBox approver with a dxValidator, dxButtons
 * in its bottom toolbar). M1 is laid out by hand as DevExtreme's demos do (`dx-fieldset` /
 * `dx-fieldset-header` / `dx-field` with a `dx-field-label` div beside a `dx-field-value`):
 * cascading dxSelectBoxes, the edition as a single-selection dxButtonGroup, plan rows in a plain
 * table of dxSelectBox cells. The project summary uses `dx-field-value-static`.
 */
import 'devextreme/dist/css/dx.light.css';
import $ from './jquery-global';
import 'devextreme/integration/jquery';
import 'devextreme/ui/form';
import 'devextreme/ui/text_box';
import 'devextreme/ui/text_area';
import 'devextreme/ui/select_box';
import 'devextreme/ui/tag_box';
import 'devextreme/ui/date_box';
import 'devextreme/ui/slider';
import 'devextreme/ui/number_box';
import 'devextreme/ui/radio_group';
import 'devextreme/ui/switch';
import 'devextreme/ui/data_grid';
import 'devextreme/ui/popup';
import 'devextreme/ui/button';
import 'devextreme/ui/button_group';
import 'devextreme/ui/toolbar';
import 'devextreme/ui/validator';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { parseThaiDate, type M1Values, type M6Values } from '../../shared/scenarios';
import { NS_SIDES, MP_ISSUES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

// the widgets are jQuery plugins registered at run time; this page calls them untyped
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const J = (sel: any) => $(sel) as any;

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;

const style = document.createElement('style');
style.textContent = `
  body { margin: 0; font-family: Tahoma, sans-serif; background: #f5f6f8; }
  .app-header { background: #2c3e50; }
  .app-header .dx-toolbar { background: #2c3e50; color: #fff; padding: 0 16px; }
  .app-nav { display: flex; gap: 16px; padding: 8px 16px; background: #fff; border-bottom: 1px solid #ddd; }
  .app-nav a { color: #337ab7; text-decoration: none; }
  .app-main { max-width: 1100px; margin: 16px auto; padding: 0 16px; }
  .crumbs { color: #777; font-size: 12px; margin-bottom: 4px; }
  .panel { background: #fff; border: 1px solid #ddd; border-radius: 4px; padding: 16px; margin-bottom: 16px; }
  .progress-box { display: flex; gap: 16px; align-items: center; }
  .progress-box .slider { flex: 1; }
  .actions { display: flex; justify-content: flex-end; gap: 8px; margin: 16px 0; }
  .actions .left { margin-right: auto; }
  table.rows { width: 100%; border-collapse: collapse; }
  table.rows th, table.rows td { border: 1px solid #ddd; padding: 6px; text-align: left; }
`;
document.head.append(style);

/** dd/mm/yyyy in the Buddhist era (DevExtreme's displayFormat as a formatter / parser pair). */
const buddhistFormat = {
  formatter: (d: Date) => `${String(d.getDate()).padStart(2, '0')}/${String(d.getMonth() + 1).padStart(2, '0')}/${d.getFullYear() + 543}`,
  parser: (text: string) => { const iso = parseThaiDate(text); return iso ? new Date(iso + 'T00:00:00') : null; },
};
const toDate = (iso: string) => (iso ? new Date(iso + 'T00:00:00') : null);
const toNumber = (s: string) => (s.trim() ? Number(s.replace(/,/g, '')) : null);

function shell(r: Route, title: string, crumbs: string[]) {
  $('#app').html(`
    <header class="app-header"><div id="app-toolbar"></div></header>
    <nav class="app-nav">${navLinks(r.base).map((l) => `<a href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a>`).join('')}</nav>
    <main class="app-main">
      <div class="crumbs">${crumbs.map(esc).join(' / ')}</div>
      <h2>${esc(title)}</h2>
      <div id="page"><div class="dx-loadindicator-wrapper">กำลังโหลด…</div></div>
    </main>
    <footer class="app-main"><small>${esc(FORM.chrome.footer)}</small></footer>`);
  J('#app-toolbar').dxToolbar({
    items: [
      { location: 'before', text: FORM.chrome.appName },
      { location: 'after', widget: 'dxTextBox', options: { placeholder: FORM.chrome.search, mode: 'search', width: 220 } },
      { location: 'after', text: FORM.chrome.user },
    ],
  });
}

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (label: string, value: string | number) =>
    `<div class="dx-field"><div class="dx-field-label">${esc(label)}</div><div class="dx-field-value-static">${esc(value)}</div></div>`;
  return `<div class="panel"><div class="dx-fieldset"><div class="dx-fieldset-header">${esc(FORM.summary.title)}</div>
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </div></div>`;
}

// ---------------------------------------------------------------------------------------
// M6: one dxForm
// ---------------------------------------------------------------------------------------
function renderM6(v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  $('#page').html(`${summary(v.fiscalYear)}<div class="panel"><div id="report-form"></div></div>
    <div class="actions"><div class="left" id="back"></div><div id="send-open"></div><div id="save"></div></div>
    <div id="save-popup"></div><div id="send-popup"></div>`);

  const formData: Record<string, unknown> = {
    quarter: v.quarter || null,
    reportDate: toDate(v.reportDate),
    status: v.status || null,
    progress: v.progress,
    startDate: toDate(v.startDate),
    endDate: toDate(v.endDate),
    beneficiaries: [...v.beneficiaries],
    allocation: toNumber(v.allocation),
    spent: toNumber(v.spent),
    result: v.result,
    problems: v.problems,
    suggestions: v.suggestions,
  };
  const kpiRows = K.rows.map((r, i) => ({ id: i, name: r.name, target: r.target, result: v.kpi[i] ?? '', unit: r.unit }));
  const dateItem = (dataField: string, label: string, placeholder: string) => ({
    dataField, label: { text: label }, isRequired: true, editorType: 'dxDateBox',
    editorOptions: { type: 'date', pickerType: 'calendar', displayFormat: buddhistFormat, placeholder, width: '100%' },
  });
  const textArea = (dataField: string, label: string, max: number) => ({
    dataField, label: { text: label }, isRequired: true, editorType: 'dxTextArea', editorOptions: { maxLength: max, height: 90 },
  });
  const planItems = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    formData[`plan_${key}`] = p.on;
    formData[`plan_${key}_detail`] = p.detail || null;
    formData[`plan_${key}_text`] = p.text;
    return [
      { dataField: `plan_${key}`, label: { text: name }, editorType: 'dxSwitch',
        editorOptions: { onValueChanged: (e: { value: boolean }) => form.itemOption(`plans.card_${key}`, 'visible', e.value) } },
      { itemType: 'group', name: `card_${key}`, caption: name, visible: p.on, items: [
        { dataField: `plan_${key}_detail`, label: { text: label }, isRequired: item.required, editorType: 'dxSelectBox', editorOptions: { items: list, placeholder: P } },
        { dataField: `plan_${key}_text`, label: { text: FORM.m6.plans.textLabel }, editorType: 'dxTextArea', editorOptions: { height: 60 } },
      ] },
    ];
  };

  const form = J('#report-form').dxForm({
    formData,
    labelLocation: 'left',
    colCount: 1,
    showColonAfterLabel: false,
    items: [
      { itemType: 'group', caption: S.report, items: [
        { dataField: 'quarter', label: { text: F.quarter.label }, isRequired: true, editorType: 'dxSelectBox', editorOptions: { items: F.quarter.options, placeholder: F.quarter.placeholder } },
        dateItem('reportDate', F.reportDate.label, F.reportDate.placeholder),
        { dataField: 'status', label: { text: F.status.label }, isRequired: true, editorType: 'dxRadioGroup', editorOptions: { items: F.status.options, layout: 'horizontal' } },
        { dataField: 'progress', label: { text: F.progress.label }, isRequired: true, helpText: F.progress.helper,
          template: (data: { component: { updateData: (f: string, v: unknown) => void } }, itemElement: HTMLElement) => {
            const box = $('<div class="progress-box"><div class="slider"></div><div class="number"></div></div>').appendTo(itemElement);
            const slider = J(box.find('.slider')).dxSlider({
              min: 0, max: 100, step: 1, value: v.progress,
              label: { visible: true, position: 'bottom', format: (n: number) => `${n}${F.progress.unit}` },
              tooltip: { enabled: true, showMode: 'onHover', format: (n: number) => `${n}${F.progress.unit}` },
              onValueChanged: (e: { value: number }) => { number.option('value', e.value); data.component.updateData('progress', e.value); },
            }).dxSlider('instance');
            const number = J(box.find('.number')).dxNumberBox({
              min: 0, max: 100, value: v.progress, showSpinButtons: true, width: 110,
              onValueChanged: (e: { value: number }) => slider.option('value', e.value ?? 0),
            }).dxNumberBox('instance');
          } },
        dateItem('startDate', F.startDate.label, F.startDate.placeholder),
        dateItem('endDate', F.endDate.label, F.endDate.placeholder),
        { dataField: 'beneficiaries', label: { text: F.beneficiaries.label }, isRequired: true, editorType: 'dxTagBox', editorOptions: { items: F.beneficiaries.options, placeholder: F.beneficiaries.placeholder, showSelectionControls: true } },
      ] },
      { itemType: 'group', caption: S.money, items: [
        { dataField: 'allocation', label: { text: F.allocation.label }, isRequired: true, editorType: 'dxNumberBox', editorOptions: { format: `'${F.allocation.prefix}' #,##0.##`, placeholder: F.allocation.placeholder } },
        { dataField: 'spent', label: { text: F.spent.label }, isRequired: true, helpText: F.spent.helper, editorType: 'dxNumberBox', editorOptions: { format: `#,##0.## '${F.spent.suffix}'`, placeholder: F.spent.placeholder } },
      ] },
      { itemType: 'group', caption: S.kpi, items: [
        { template: (_: unknown, itemElement: HTMLElement) => {
          J($('<div id="kpi-grid">').appendTo(itemElement)).dxDataGrid({
            dataSource: kpiRows, keyExpr: 'id', showBorders: true, columnAutoWidth: true,
            searchPanel: { visible: true, placeholder: FORM.chrome.listFilter, width: 240 },
            editing: { mode: 'cell', allowUpdating: true },
            columns: [
              { dataField: 'name', caption: K.columns.name, allowEditing: false },
              { dataField: 'target', caption: K.columns.target, allowEditing: false, alignment: 'right' },
              { dataField: 'result', caption: K.columns.result, showEditorAlways: true, width: 160 },
              { dataField: 'unit', caption: K.columns.unit, allowEditing: false },
            ],
          });
        } },
      ] },
      { itemType: 'group', caption: S.narrative, items: [
        textArea('result', F.result.label, F.result.maxLength),
        textArea('problems', F.problems.label, F.problems.maxLength),
        textArea('suggestions', F.suggestions.label, F.suggestions.maxLength),
      ] },
      { itemType: 'group', name: 'plans', caption: S.plans, items: [
        ...planItems('ns'), ...planItems('nesdp'), ...planItems('mp'),
      ] },
    ],
  }).dxForm('instance');

  J('#back').dxButton({ text: 'ยกเลิก', onClick: () => { location.href = currentRoute().base; } });
  J('#send-open').dxButton({ text: FORM.send.open, type: 'normal', stylingMode: 'outlined', onClick: () => sendPopup.show() });
  J('#save').dxButton({ text: 'บันทึก', type: 'success', icon: 'save', onClick: () => savePopup.show() });

  const savePopup = J('#save-popup').dxPopup({
    title: 'ยืนยันการบันทึก', width: 420, height: 'auto', showCloseButton: true, hideOnOutsideClick: true,
    contentTemplate: () => $('<p>').text('ต้องการบันทึกรายงานความก้าวหน้านี้หรือไม่'),
    toolbarItems: [
      { widget: 'dxButton', toolbar: 'bottom', location: 'after', options: { text: 'ยกเลิก', onClick: () => savePopup.hide() } },
      { widget: 'dxButton', toolbar: 'bottom', location: 'after', options: { text: 'บันทึก', type: 'default', onClick: () => savePopup.hide() } },
    ],
  }).dxPopup('instance');

  const sendPopup = initSendPopup();
}

// The send step (form.json `send`): a dxPopup titled by its `title`, the project as static
// dx-fields, the approver a dxSelectBox like the quarter with a required dxValidator, cancel and
// a `type: 'default'` commit dxButton in the bottom toolbar.
function initSendPopup() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  let select: any = null, validator: any = null;
  const preset = () => { const c = sendChoice(); return c >= 0 ? S.recipient.options[c]! : null; };
  const popup = J('#send-popup').dxPopup({
    title: S.title, width: 640, height: 'auto', showCloseButton: true,
    contentTemplate: () => {
      const content = $(`<div class="dx-fieldset">
        <div class="dx-field"><div class="dx-field-label">${esc(L.name)}</div><div class="dx-field-value-static">${esc(FORM.project.name)}</div></div>
        <div class="dx-field"><div class="dx-field-label">${esc(L.budgetSource)}</div><div class="dx-field-value-static">${esc(FORM.project.budgetSource)}</div></div>
        <div class="dx-field"><div class="dx-field-label">${esc(S.recipient.label)} *</div><div class="dx-field-value"><div class="recipient"></div></div></div>
      </div>`);
      const el = J(content.find('.recipient'));
      select = el.dxSelectBox({ items: S.recipient.options, placeholder: S.recipient.placeholder, value: preset() }).dxSelectBox('instance');
      validator = el.dxValidator({ validationRules: [{ type: 'required', message: S.recipient.placeholder }] }).dxValidator('instance');
      return content;
    },
    // dxValidator.reset() also empties the editor: reset first, then preset the approver
    onShowing: () => { if (select) { validator.reset(); select.option('value', preset()); } },
    toolbarItems: [
      { widget: 'dxButton', toolbar: 'bottom', location: 'after', options: { text: S.cancel, onClick: () => popup.hide() } },
      { widget: 'dxButton', toolbar: 'bottom', location: 'after', options: { text: S.commit, type: 'default', onClick: () => {
        if (!validator.validate().isValid) return;
        markSent(String(select.option('value')));
        popup.hide();
      } } },
    ],
  }).dxPopup('instance');
  return popup;
}

// ---------------------------------------------------------------------------------------
// M1: dx-fieldsets laid out by hand
// ---------------------------------------------------------------------------------------
function renderM1(v: M1Values) {
  const M = FORM.m1;
  const field = (label: string, id: string) =>
    `<div class="dx-field"><div class="dx-field-label">${esc(label)}</div><div class="dx-field-value"><div id="${id}"></div></div></div>`;
  $('#page').html(`
    ${summary(v.fiscalYear)}
    <div class="panel"><p>${esc(M.hint)}</p>
    <div class="dx-fieldset"><div class="dx-fieldset-header">${esc(M.ns.section)}</div>
      ${M.ns.levels.map((l, i) => field(l, `ns-${i}`)).join('')}</div>
    <div class="dx-fieldset"><div class="dx-fieldset-header">${esc(M.nesdp.section)}</div>
      ${field(M.nesdp.editionLabel, 'edition')}
      <div id="nesdp-levels"></div></div>
    <div class="dx-fieldset"><div class="dx-fieldset-header">${esc(M.rows.section)}</div>
      <table class="rows"><thead><tr><th style="width:50px">${esc(M.rows.columns.no)}</th><th>${esc(M.rows.columns.level)}</th><th>${esc(M.rows.columns.plan)}</th><th>${esc(M.rows.columns.issue)}</th><th style="width:60px"></th></tr></thead><tbody></tbody></table>
      <div id="add-row" style="margin-top:8px"></div></div>
    </div>
    <div class="actions"><div class="left" id="back"></div><div id="save"></div></div>
    <div id="save-popup"></div>`);

  /** cascading dxSelectBoxes: choosing level i fills and enables level i+1; emptying it clears the levels below */
  function cascade(prefix: string, count: number, optionsOf: (lv: number, path: number[]) => string[], chosen: number[]) {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any
    const boxes: any[] = [];
    let busy = false;
    const path = (n: number) => Array.from({ length: n }, (_, i) => (boxes[i].option('items') as string[]).indexOf(boxes[i].option('value')));
    const refill = (from: number, initial?: number[]) => {
      busy = true;
      for (let i = from; i < count; i++) {
        const p = path(i);
        const enabled = i === 0 || p[i - 1]! >= 0;
        const list = enabled ? optionsOf(i, p) : [];
        const pick = initial && initial[i]! >= 0 ? list[initial[i]!] ?? null : null;
        boxes[i].option({ items: list, value: pick, disabled: !enabled });
      }
      busy = false;
    };
    for (let i = 0; i < count; i++) {
      boxes.push(J(`#${prefix}-${i}`).dxSelectBox({ items: [], placeholder: P, onValueChanged: () => { if (!busy) refill(i + 1); } }).dxSelectBox('instance'));
    }
    refill(0, chosen);
  }
  cascade('ns', 3, nsOptions, v.ns);

  function drawNesdp(e: 0 | Edition, chosen: number[]) {
    const box = $('#nesdp-levels');
    box.html('');
    if (!e) return;
    box.html(M.nesdp.levels[String(e) as '12' | '13'].map((l, i) => field(l, `nesdp-${i}`)).join(''));
    cascade('nesdp', 3, (lv, p) => nesdpOptions(e, lv, p), chosen);
  }
  J('#edition').dxButtonGroup({
    items: (['12', '13'] as const).map((k) => ({ key: k, text: M.nesdp.editions[k] })),
    keyExpr: 'key', selectionMode: 'single',
    selectedItemKeys: v.edition ? [String(v.edition)] : [],
    onSelectionChanged: (e: { addedItems: { key: string }[] }) => { if (e.addedItems.length) drawNesdp(Number(e.addedItems[0]!.key) as Edition, [-1, -1, -1]); },
  });
  drawNesdp(v.edition, v.nesdp);

  const tbody = $('table.rows tbody');
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const tr = $('<tr><td class="row-no"></td><td><div class="lv"></div></td><td><div class="plan"></div></td><td><div class="issue"></div></td><td><div class="remove"></div></td></tr>');
    let busy = false;
    const lv = J(tr.find('.lv')).dxSelectBox({ items: ROW_LEVELS, value: ROW_LEVELS[row.level] ?? null, placeholder: M.rows.levelPlaceholder,
      onValueChanged: () => { if (!busy) { fillPlan(); fillIssue(); } } }).dxSelectBox('instance');
    const plan = J(tr.find('.plan')).dxSelectBox({ items: [], placeholder: P, onValueChanged: () => { if (!busy) fillIssue(); } }).dxSelectBox('instance');
    const issue = J(tr.find('.issue')).dxSelectBox({ items: [], placeholder: P }).dxSelectBox('instance');
    const li = () => ROW_LEVELS.indexOf(lv.option('value'));
    const pi = () => (plan.option('items') as string[]).indexOf(plan.option('value'));
    const fillPlan = (pick = -1) => { busy = true; const l = rowPlanOptions(li()); plan.option({ items: l, value: l[pick] ?? null, disabled: li() < 0 }); busy = false; };
    const fillIssue = (pick = -1) => { const l = rowIssueOptions(li(), pi()); issue.option({ items: l, value: l[pick] ?? null, disabled: pi() < 0 }); };
    fillPlan(row.plan); fillIssue(row.issue);
    J(tr.find('.remove')).dxButton({ icon: 'trash', type: 'danger', hint: M.rows.removeButton, onClick: () => { tr.remove(); renumber(); } });
    tbody.append(tr);
    renumber();
  }
  const renumber = () => tbody.find('.row-no').each((i, td) => { $(td).text(`${i + 1}.`); });
  v.rows.forEach((row) => addRow(row));
  J('#add-row').dxButton({ text: M.rows.addButton, icon: 'add', onClick: () => addRow() });

  J('#back').dxButton({ text: 'ยกเลิก', onClick: () => { location.href = currentRoute().base; } });
  J('#save').dxButton({ text: 'บันทึก', type: 'success', icon: 'save', onClick: () => savePopup.show() });
  const savePopup = J('#save-popup').dxPopup({
    title: 'ยืนยันการบันทึก', width: 420, height: 'auto', showCloseButton: true, hideOnOutsideClick: true,
    contentTemplate: () => $('<p>').text('ต้องการบันทึกความเชื่อมโยงกับแผนหรือไม่'),
    toolbarItems: [
      { widget: 'dxButton', toolbar: 'bottom', location: 'after', options: { text: 'ยกเลิก', onClick: () => savePopup.hide() } },
      { widget: 'dxButton', toolbar: 'bottom', location: 'after', options: { text: 'บันทึก', type: 'default', onClick: () => savePopup.hide() } },
    ],
  }).dxPopup('instance');
}

function renderHome(r: Route) {
  $('#page').html(`<div class="panel"><table class="rows"><thead><tr><th>#</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1.</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> · <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table></div>`);
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  const screen = r.screen === 'm6' ? FORM.m6 : r.screen === 'm1' ? FORM.m1 : null;
  shell(r, screen?.title ?? 'รายการโครงการ', screen?.breadcrumb ?? [FORM.chrome.nav[0]!]);
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') { document.title = `${FORM.m6.title} - eMENSCR`; renderM6(data!.m6!); }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else $('#page').html('<h3>ไม่พบหน้าที่ต้องการ</h3>');
  markReady();
}

onRoute(show);
show(currentRoute());
