/**
 * Zoo page: Fomantic-UI (the maintained Semantic UI) with jQuery, written from its docs: a
 * `.ui.form` whose `.field`s hold a <label> WITHOUT `for` followed by the control (the docs'
 * form examples), `.required.field` asterisks drawn by CSS, selection dropdowns both as a div
 * with a hidden input and a "default text" placeholder and as a native <select> converted by
 * `.dropdown()` (the select stays, hidden, inside the widget), a multiple selection dropdown
 * of label chips, `.ui.calendar` date inputs (Thai month names, dd/mm/yyyy in the Buddhist era),
 * radio `.ui.checkbox`es (the native radio is hidden; its <label> is a sibling), a div
 * `.ui.slider` (no native input, no ARIA) with the value in a label beside it, labeled inputs
 * (฿ / บาท as `.ui.label`s), a `.ui.celled.table` KPI grid with unlabeled inputs and a filter
 * box, toggle checkboxes revealing plan segments; on M1 `.three.fields` of converted selects,
 * the plan edition as `.inline.fields` of radio checkboxes after a label, and a table of plan rows.
 */
import './jquery-global';
import $ from 'jquery';
import 'fomantic-ui-css/semantic.min.css';
import 'fomantic-ui-css/semantic.js';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { thaiDate, parseThaiDate, type M1Values, type M6Values } from '../../shared/scenarios';
import { NS_SIDES, MP_ISSUES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const esc = (s: string | number) => String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c]!));
const P = FORM.placeholder;
const ui = $ as any;

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
const CALENDAR_TH = {
  type: 'date',
  firstDayOfWeek: 0,
  monthFirst: false,
  text: {
    days: ['อา', 'จ', 'อ', 'พ', 'พฤ', 'ศ', 'ส'],
    dayNamesShort: ['อา.', 'จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.'],
    dayNames: ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'],
    months: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
    monthsShort: ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
    today: 'วันนี้', now: 'ขณะนี้', am: 'AM', pm: 'PM', weekNo: 'สัปดาห์',
  },
  formatter: {
    // headers in the Buddhist era, as the Thai calendar reads
    dayHeader: (d: Date, s: any) => `${s.text.months[d.getMonth()]} ${d.getFullYear() + 543}`,
    monthHeader: (d: Date) => String(d.getFullYear() + 543),
    date: (d: Date | null) => (d ? thaiDate(iso(d)) : ''),
  },
  parser: {
    date: (text: string | Date) => {
      if (text instanceof Date) return text;
      const isoDate = parseThaiDate(String(text ?? ''));
      return isoDate ? new Date(isoDate + 'T00:00:00') : null;
    },
  },
};

function shell(r: Route, body: string) {
  const links = navLinks(r.base).map((l) => `<a class="item" href="${l.href}" ${l.href.endsWith('manual') ? '' : 'data-link'}>${esc(l.text)}</a>`).join('');
  $('#app').html(`
  <div class="ui inverted blue menu attached">
    <a class="header item" href="${r.base}" data-link>eMENSCR</a>
    ${links}
    <div class="right menu">
      <div class="item"><div class="ui transparent inverted icon input"><input type="text" placeholder="${esc(FORM.chrome.search)}"><i class="search link icon"></i></div></div>
      <div class="item"><i class="user icon"></i>${esc(FORM.chrome.user)}</div>
    </div>
  </div>
  <div class="ui container" id="page" style="padding:1.5em 0">${body}</div>
  <div class="ui center aligned basic segment"><small class="ui grey text">${esc(FORM.chrome.footer)}</small></div>`);
}

function breadcrumb(items: string[], base: string) {
  return `<div class="ui breadcrumb">${items.map((t, i) => (i === 0 ? `<a class="section" href="${base}" data-link>${esc(t)}</a>` : `<div class="${i === items.length - 1 ? 'active ' : ''}section">${esc(t)}</div>`))
    .join('<i class="right angle icon divider"></i>')}</div>`;
}

function summary(fy: number) {
  const L = FORM.summary.labels;
  const p = FORM.project;
  const row = (k: string, v: string | number) => `<tr><td class="four wide"><b>${esc(k)}</b></td><td>${esc(v)}</td></tr>`;
  return `<h4 class="ui top attached header">${esc(FORM.summary.title)}</h4>
  <div class="ui attached segment"><table class="ui very basic compact table">
    ${row(L.name, p.name)}${row(L.code, p.code)}${row(L.fiscalYear, fy)}${row(L.agency, p.agency)}${row(L.budgetSource, p.budgetSource)}
  </table></div>`;
}

/** A native <select> that `.dropdown()` turns into a selection dropdown (the docs' "converting form elements"). */
const select = (name: string, list: string[], chosen: number, placeholder = P, disabled = false) =>
  `<select class="ui fluid dropdown${disabled ? ' disabled' : ''}" name="${name}"${disabled ? ' disabled' : ''}><option value="">${esc(placeholder)}</option>${list.map((t, i) => `<option value="${i}"${i === chosen ? ' selected' : ''}>${esc(t)}</option>`).join('')}</select>`;

const section = (title: string, body: string, tool = '') =>
  `<h4 class="ui top attached header" style="display:flex;align-items:center"><span style="flex:1">${esc(title)}</span>${tool}</h4><div class="ui attached segment" style="margin-bottom:1.5em">${body}</div>`;

// The send step (form.json `send`): a `.ui.modal` (header, content, actions with deny / approve
// buttons), the project in a very basic table as the summary, a `.ui.form` with the approver as
// a selection dropdown like the quarter (div, hidden input, default text; initialised when the
// modal shows), form validation with an inline prompt; approve returns false while nothing is chosen.
function sendModal() {
  const S = FORM.send;
  const L = FORM.summary.labels;
  const row = (k: string, v: string) => `<tr><td class="four wide"><b>${esc(k)}</b></td><td>${esc(v)}</td></tr>`;
  return `
    <div class="ui modal" id="send-modal">
      <div class="header">${esc(S.title)}</div>
      <div class="content">
        <table class="ui very basic compact table">${row(L.name, FORM.project.name)}${row(L.budgetSource, FORM.project.budgetSource)}</table>
        <form class="ui form" id="send-form" autocomplete="off">
          <div class="required field"><label>${esc(S.recipient.label)}</label>
            <div class="ui selection dropdown" id="recipient"><input type="hidden" name="recipient"><i class="dropdown icon"></i>
              <div class="default text">${esc(S.recipient.placeholder)}</div>
              <div class="menu">${S.recipient.options.map((o) => `<div class="item" data-value="${esc(o)}">${esc(o)}</div>`).join('')}</div></div></div>
        </form>
      </div>
      <div class="actions"><button type="button" class="ui deny button">${esc(S.cancel)}</button><button type="button" class="ui primary approve button">${esc(S.commit)}</button></div>
    </div>`;
}

function initSendModal() {
  const R = FORM.send.recipient;
  // a modal shown before was moved into the page dimmer: a redrawn screen brings its own
  $('.ui.dimmer.modals > #send-modal').remove();
  const $form = ui('#send-form');
  ui('#send-modal').modal({
    onShow() {
      ui('#recipient').dropdown();
      $form.form({ inline: true, fields: { recipient: { identifier: 'recipient', rules: [{ type: 'empty', prompt: R.placeholder }] } } });
      $form.form('clear'); // a reopened modal starts from ?recipient, without the last prompt
      const c = sendChoice();
      if (c >= 0) ui('#recipient').dropdown('set selected', R.options[c]);
    },
    onApprove() {
      if (!$form.form('validate form')) return false;
      markSent(String($form.form('get value', 'recipient')));
      return true;
    },
  });
  $('#send-open').on('click', () => ui('#send-modal').modal('show'));
}

// ---------------------------------------------------------------------------------------
function renderM6(r: Route, v: M6Values) {
  const F = FORM.m6.fields;
  const S = FORM.m6.sections;
  const K = FORM.m6.kpi;
  const edition = editionOf(v.fiscalYear);
  const dateField = (name: string, label: string, value: string, placeholder: string) => `
    <div class="required field"><label>${esc(label)}</label>
      <div class="ui calendar" data-name="${name}"><div class="ui input left icon"><i class="calendar icon"></i>
        <input type="text" name="${name}" placeholder="${esc(placeholder)}" value="${esc(thaiDate(value))}" autocomplete="off"></div></div></div>`;
  const textarea = (name: string, label: string, value: string, required: boolean) =>
    `<div class="${required ? 'required ' : ''}field"><label>${esc(label)}</label><textarea name="${name}" rows="3">${esc(value)}</textarea></div>`;
  const plan = (key: 'ns' | 'nesdp' | 'mp') => {
    const item = FORM.m6.plans.items[key];
    const name = key === 'nesdp' ? nesdpName(edition) : item.name;
    const label = key === 'nesdp' ? (edition === 12 ? FORM.m6.plans.items.nesdp.detail.label12 : FORM.m6.plans.items.nesdp.detail.label13) : (item.detail as { label: string }).label;
    const list = key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition);
    const p = v.plans[key];
    return `
    <div class="field"><div class="ui toggle checkbox" data-plan="${key}"><input type="checkbox" name="plan-${key}" tabindex="0" class="hidden"${p.on ? ' checked' : ''}><label>${esc(name)}</label></div></div>
    <div class="ui secondary segment" id="plan-${key}" style="margin-left:3.5em${p.on ? '' : ';display:none'}">
      <div class="ui small header">${esc(name)}</div>
      <div class="field"><label>${esc(label)}</label>${select(`plan-${key}-detail`, list, list.indexOf(p.detail))}</div>
      <div class="field"><label>${esc(FORM.m6.plans.textLabel)}</label><textarea name="plan-${key}-text" rows="2">${esc(p.text)}</textarea></div>
    </div>`;
  };

  $('#page').html(`
    ${breadcrumb(FORM.m6.breadcrumb, r.base)}
    <h2 class="ui header">${esc(FORM.m6.title)}</h2>
    ${summary(v.fiscalYear)}
    <div class="ui hidden divider"></div>
    <form class="ui form" id="report-form" autocomplete="off">
    ${section(S.report, `
      <div class="two fields">
        <div class="required field"><label>${esc(F.quarter.label)}</label>
          <div class="ui selection dropdown" id="quarter"><input type="hidden" name="quarter" value="${esc(v.quarter)}"><i class="dropdown icon"></i>
            <div class="default text">${esc(F.quarter.placeholder)}</div>
            <div class="menu">${F.quarter.options.map((o) => `<div class="item" data-value="${esc(o)}">${esc(o)}</div>`).join('')}</div></div></div>
        ${dateField('reportDate', F.reportDate.label, v.reportDate, F.reportDate.placeholder)}
      </div>
      <div class="required grouped fields"><label>${esc(F.status.label)}</label>
        ${F.status.options.map((o) => `<div class="field"><div class="ui radio checkbox"><input type="radio" name="status" value="${esc(o)}" tabindex="0" class="hidden"${o === v.status ? ' checked' : ''}><label>${esc(o)}</label></div></div>`).join('')}
      </div>
      <div class="required field"><label>${esc(F.progress.label)}</label>
        <div style="display:flex;align-items:center;gap:1em"><div class="ui blue labeled ticked slider" id="progress" style="flex:1"></div>
          <div class="ui basic label" id="progress-value" style="min-width:4.5em;text-align:center">${v.progress} ${esc(F.progress.unit)}</div></div>
        <small class="ui grey text">${esc(F.progress.helper)}</small></div>
      <div class="two fields">
        ${dateField('startDate', F.startDate.label, v.startDate, F.startDate.placeholder)}
        ${dateField('endDate', F.endDate.label, v.endDate, F.endDate.placeholder)}
      </div>
      <div class="required field"><label>${esc(F.beneficiaries.label)}</label>
        <div class="ui fluid multiple selection dropdown" id="beneficiaries"><input type="hidden" name="beneficiaries" value="${esc(v.beneficiaries.join(','))}"><i class="dropdown icon"></i>
          <div class="default text">${esc(F.beneficiaries.placeholder)}</div>
          <div class="menu">${F.beneficiaries.options.map((o) => `<div class="item" data-value="${esc(o)}">${esc(o)}</div>`).join('')}</div></div></div>`)}

    ${section(S.money, `
      <div class="two fields">
        <div class="required field"><label>${esc(F.allocation.label)}</label>
          <div class="ui labeled input"><div class="ui label">${esc(F.allocation.prefix)}</div><input type="text" name="allocation" inputmode="decimal" placeholder="${esc(F.allocation.placeholder)}" value="${esc(v.allocation)}"></div></div>
        <div class="required field"><label>${esc(F.spent.label)}</label>
          <div class="ui right labeled input"><input type="text" name="spent" inputmode="decimal" placeholder="${esc(F.spent.placeholder)}" value="${esc(v.spent)}"><div class="ui basic label">${esc(F.spent.suffix)}</div></div>
          <small class="ui grey text">${esc(F.spent.helper)}</small></div>
      </div>`)}

    ${section(S.kpi, `
      <table class="ui celled table" id="kpi-table">
        <thead><tr><th>${esc(K.columns.name)}</th><th class="right aligned">${esc(K.columns.target)}</th><th class="three wide">${esc(K.columns.result)}</th><th>${esc(K.columns.unit)}</th></tr></thead>
        <tbody>${K.rows.map((row, i) => `<tr><td>${esc(row.name)}</td><td class="right aligned">${esc(row.target)}</td><td><div class="ui fluid small input"><input type="text" name="kpi-${i}" inputmode="decimal" value="${esc(v.kpi[i] ?? '')}"></div></td><td>${esc(row.unit)}</td></tr>`).join('')}</tbody>
      </table>`, `<div class="ui small icon input" style="font-weight:normal"><input type="text" id="kpi-filter" placeholder="${esc(FORM.chrome.listFilter)}"><i class="search icon"></i></div>`)}

    ${section(S.narrative, `
      ${textarea('result', F.result.label, v.result, true)}
      ${textarea('problems', F.problems.label, v.problems, false)}
      ${textarea('suggestions', F.suggestions.label, v.suggestions, false)}`)}

    ${section(S.plans, `
      <div class="grouped fields"><label>${esc(FORM.m6.plans.toggleLegend)}</label>
      ${plan('ns')}${plan('nesdp')}${plan('mp')}</div>`)}

    <button type="submit" class="ui primary button">บันทึก</button><button type="button" class="ui secondary button" id="send-open">${esc(FORM.send.open)}</button><a class="ui basic button" href="${r.base}" data-link>ยกเลิก</a>
    </form>
    ${sendModal()}`);
  initSendModal();

  ui('#quarter').dropdown({ clearable: true });
  ui('#beneficiaries').dropdown();
  ui('#report-form select.dropdown').dropdown();
  ui('#report-form .ui.calendar').calendar(CALENDAR_TH);
  ui('#report-form .ui.radio.checkbox').checkbox();
  ui('#report-form .ui.toggle.checkbox').checkbox({
    onChange(this: HTMLInputElement) { $(`#plan-${$(this).closest('.checkbox').data('plan')}`).toggle(this.checked); },
  });
  ui('#progress').slider({
    min: 0, max: 100, step: 1, start: v.progress, smooth: true, autoAdjustLabels: true,
    onMove(value: number) { $('#progress-value').text(`${value} ${F.progress.unit}`); },
  });
  $('#kpi-filter').on('input', function () {
    const q = String($(this).val()).trim();
    $('#kpi-table tbody tr').each(function () { $(this).toggle(!q || $(this).children('td').first().text().includes(q)); });
  });
  $('#report-form').on('submit', (e) => e.preventDefault());
}

// ---------------------------------------------------------------------------------------
function renderM1(r: Route, v: M1Values) {
  const M = FORM.m1;
  const addButton = `<button type="button" class="ui small green basic button" id="add-row"><i class="plus icon"></i>${esc(M.rows.addButton)}</button>`;
  $('#page').html(`
    ${breadcrumb(M.breadcrumb, r.base)}
    <h2 class="ui header">${esc(M.title)}</h2>
    ${summary(v.fiscalYear)}
    <div class="ui info message"><i class="info circle icon"></i>${esc(M.hint)}</div>
    <form class="ui form" id="linkage-form" autocomplete="off">
    ${section(M.ns.section, `<div class="three fields" id="ns"></div>`)}
    ${section(M.nesdp.section, `
      <div class="required inline fields"><label>${esc(M.nesdp.editionLabel)}</label>
        ${(['12', '13'] as const).map((e) => `<div class="field"><div class="ui radio checkbox"><input type="radio" name="edition" value="${e}" tabindex="0" class="hidden"${String(v.edition) === e ? ' checked' : ''}><label>${esc(M.nesdp.editions[e])}</label></div></div>`).join('')}
      </div>
      <div class="three fields" id="nesdp"></div>`)}
    ${section(M.rows.section, `
      <table class="ui celled table" id="plan-rows"><thead><tr>
        <th class="one wide">${esc(M.rows.columns.no)}</th><th class="three wide">${esc(M.rows.columns.level)}</th><th>${esc(M.rows.columns.plan)}</th><th>${esc(M.rows.columns.issue)}</th><th class="one wide"></th></tr></thead><tbody></tbody></table>`, addButton)}
    <button type="submit" class="ui primary button">บันทึก</button><a class="ui basic button" href="${r.base}" data-link>ยกเลิก</a>
    </form>`);

  /** A chain of converted selects: choosing level i redraws the levels below it. */
  function chain(box: string, labels: string[], optionsOf: (lv: number, path: number[]) => string[], chosen: number[]) {
    const path = [...chosen];
    const draw = (from: number) => {
      for (let lv = from; lv < labels.length; lv++) {
        const enabled = lv === 0 || path[lv - 1]! >= 0;
        const list = enabled ? optionsOf(lv, path.slice(0, lv)) : [];
        const field = $(`#${box} > .field`).eq(lv);
        field.toggleClass('disabled', !enabled).html(`<label>${esc(labels[lv]!)}</label>${select(`${box}-${lv}`, list, path[lv]!, P, !enabled)}`);
        ui(field.find('select')).dropdown({
          onChange(value: string) {
            path[lv] = value === '' ? -1 : Number(value);
            for (let j = lv + 1; j < labels.length; j++) path[j] = -1;
            draw(lv + 1);
          },
        });
      }
    };
    $(`#${box}`).html(labels.map(() => '<div class="required field"></div>').join(''));
    draw(0);
  }
  chain('ns', M.ns.levels, nsOptions, v.ns);
  const drawNesdp = (e: 0 | Edition, chosen: number[]) => {
    if (!e) { $('#nesdp').empty(); return; }
    chain('nesdp', M.nesdp.levels[String(e) as '12' | '13'], (lv, p) => nesdpOptions(e, lv, p), chosen);
  };
  drawNesdp(v.edition, v.nesdp);
  ui('#linkage-form .inline.fields .ui.radio.checkbox').checkbox({
    onChecked(this: HTMLInputElement) { drawNesdp(Number(this.value) as Edition, [-1, -1, -1]); },
  });

  const tbody = $('#plan-rows tbody');
  function addRow(row = { level: -1, plan: -1, issue: -1 }) {
    const tr = $(`<tr><td class="row-no"></td><td class="level"></td><td class="plan"></td><td class="issue"></td>
      <td><button type="button" class="ui mini red basic button remove">${esc(M.rows.removeButton)}</button></td></tr>`);
    const state = { ...row };
    const cell = (name: 'level' | 'plan' | 'issue') => {
      const list = name === 'level' ? ROW_LEVELS : name === 'plan' ? rowPlanOptions(state.level) : rowIssueOptions(state.level, state.plan);
      const disabled = name === 'plan' ? state.level < 0 : name === 'issue' ? state.plan < 0 : false;
      const td = tr.children(`.${name}`).html(select(name, list, state[name], name === 'level' ? M.rows.levelPlaceholder : P, disabled));
      ui(td.find('select')).dropdown({
        onChange(value: string) {
          state[name] = value === '' ? -1 : Number(value);
          if (name === 'level') { state.plan = -1; state.issue = -1; cell('plan'); cell('issue'); }
          if (name === 'plan') { state.issue = -1; cell('issue'); }
        },
      });
    };
    cell('level'); cell('plan'); cell('issue');
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
  $('#page').html(`${breadcrumb([FORM.chrome.nav[0]!], r.base)}<h2 class="ui header">รายการโครงการ</h2>
    <table class="ui celled table"><thead><tr><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1</td><td>${esc(FORM.project.name)}</td><td>${esc(FORM.project.budgetSource)}</td>
    <td><a href="${r.base}${FORM.m6.route}" data-link>รายงานความก้าวหน้า</a> · <a href="${r.base}${FORM.m1.route}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table>`);
}

let token = 0;
async function show(r: Route) {
  const my = ++token;
  shell(r, '<div class="ui active centered inline loader"></div><p style="text-align:center">กำลังโหลด…</p>');
  const data = await loadLater(r.scenario);
  if (my !== token) return;
  if (r.screen === 'm6') { document.title = `${FORM.m6.title} - eMENSCR`; renderM6(r, data!.m6!); }
  else if (r.screen === 'm1') { document.title = `${FORM.m1.title} - eMENSCR`; renderM1(r, data!.m1!); }
  else if (r.screen === 'home') { document.title = 'รายการโครงการ - eMENSCR'; renderHome(r); }
  else $('#page').html('<h2 class="ui header">ไม่พบหน้าที่ต้องการ</h2>');
  markReady();
}

const style = document.createElement('style');
style.textContent = 'body{background:#f5f7fa;font-family:"Sarabun","Garuda","Loma",Lato,sans-serif}.ui.breadcrumb{margin-bottom:1em}';
document.head.append(style);
onRoute(show);
show(currentRoute());
