/**
 * Zoo page: Angular + PrimeNG 22 with the Aura preset (@primeuix/themes, providePrimeNG), the
 * Angular component suite common in Thai-government back offices, written from PrimeNG's docs.
 * No Angular CLI: JIT (`@angular/compiler` imported first), standalone components, zoneless,
 * template-driven forms ([(ngModel)], as PrimeNG's docs bind every component); the build links
 * PrimeNG's partial declarations like the other Angular libraries'. Markup as PrimeNG draws it:
 * p-cards titled by their `header`, p-fluid form grids with a plain `<label for>` above each
 * control and a red * span, p-select (a role=combobox <span> showing the label or the
 * placeholder) for the quarter and plan levels, p-multiselect with `display="chip"` for the
 * target groups, p-datepicker (`dateFormat="dd/mm/yy"`, Thai names from providePrimeNG's
 * translation) shown in the Buddhist era by a small directive (PrimeNG has no Buddhist calendar:
 * the directive adds 543 to the year the picker formats, parses and titles, as Thai teams patch
 * it), p-radiobuttons sharing a `name`, p-slider beside a p-inputnumber (suffix %), p-inputnumbers
 * with prefix ฿ / suffix บาท (inside the input's text), pTextarea textareas, p-toggleswitches
 * revealing p-panels, a p-table of pInputText KPI cells with a global filter in its caption, a
 * p-dialog on save and a p-dialog for the send step (the approver a p-select, `invalid` and a
 * p-message when none is chosen, cancel + primary commit in the footer). M1: cascading p-selects
 * in p-cards, the edition as a p-selectbutton, a p-table of plan rows with p-select cells
 * (overlays appended to body). PrimeNG 22 checks for a PrimeUI license key offline and, without
 * one, shows its "Invalid PrimeUI License" banner (a closed shadow root): left as it is.
 */
import '@angular/compiler';
import { ApplicationRef, Component, Directive, afterNextRender, computed, inject, provideZonelessChangeDetection, signal } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { FormsModule } from '@angular/forms';
import { providePrimeNG } from 'primeng/config';
import Aura from '@primeuix/themes/aura';
import type { MenuItem } from 'primeng/api';
import { MenubarModule } from 'primeng/menubar';
import { BreadcrumbModule } from 'primeng/breadcrumb';
import { CardModule } from 'primeng/card';
import { PanelModule } from 'primeng/panel';
import { ButtonModule } from 'primeng/button';
import { InputTextModule } from 'primeng/inputtext';
import { InputNumberModule } from 'primeng/inputnumber';
import { TextareaModule } from 'primeng/textarea';
import { SelectModule } from 'primeng/select';
import { MultiSelectModule } from 'primeng/multiselect';
import { DatePicker, DatePickerModule } from 'primeng/datepicker';
import { SliderModule } from 'primeng/slider';
import { RadioButtonModule } from 'primeng/radiobutton';
import { ToggleSwitchModule } from 'primeng/toggleswitch';
import { SelectButtonModule } from 'primeng/selectbutton';
import { TableModule } from 'primeng/table';
import { DialogModule } from 'primeng/dialog';
import { MessageModule } from 'primeng/message';
import { FluidModule } from 'primeng/fluid';
import { ProgressSpinnerModule } from 'primeng/progressspinner';
import './styles.css';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, navigate, onRoute, sendChoice, type Route } from '../../shared/app';
import type { M1Values, M6Values, PlanKey, PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

/** Thai strings for providePrimeNG's translation (from PrimeLocale's th.json, the part these components use). */
const th = {
  dayNames: ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'],
  dayNamesShort: ['อา.', 'จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.'],
  dayNamesMin: ['อา', 'จ', 'อ', 'พ', 'พฤ', 'ศ', 'ส'],
  monthNames: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
  monthNamesShort: ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
  today: 'วันนี้', clear: 'ล้าง', weekHeader: 'สัปดาห์', firstDayOfWeek: 0, dateFormat: 'dd/mm/yy',
  emptyMessage: 'ไม่พบข้อมูล', emptyFilterMessage: 'ไม่พบผลลัพธ์', selectionMessage: 'เลือก {0} รายการ',
};

const PRIME = [
  FormsModule, CardModule, PanelModule, ButtonModule, InputTextModule, InputNumberModule, TextareaModule, SelectModule, MultiSelectModule,
  DatePickerModule, SliderModule, RadioButtonModule, ToggleSwitchModule, SelectButtonModule, TableModule, DialogModule, MessageModule, FluidModule,
  BreadcrumbModule,
];

/** The screen being shown (null while its data "loads") */
const route = signal<Route>(currentRoute());
const loaded = signal<Route | null>(null);

function load(r: Route) {
  route.set(r);
  loaded.set(null);
  loadLater(r).then((x) => { if (route() === r) loaded.set(x); });
}

/** Marks the screen ready once Angular has drawn it and has no pending work. */
function readyWhenDrawn() {
  const app = inject(ApplicationRef);
  afterNextRender(() => { app.whenStable().then(() => setTimeout(markReady)); });
}

/** '1,500,000' → 1500000 ('' → null): p-inputnumber's model is a number. */
const num = (s: string) => (s === '' ? null : Number(s.replace(/,/g, '')));
/** yyyy-mm-dd → a local Date ('' → null): p-datepicker's model is a Date. */
const day = (s: string) => { if (!s) return null; const [y, m, d] = s.split('-').map(Number); return new Date(y!, m! - 1, d!); };
const shiftYears = (d: Date | null, years: number) => { if (!(d instanceof Date)) return d; const x = new Date(d); x.setFullYear(d.getFullYear() + years); return x; };

/**
 * The Buddhist era on a p-datepicker: PrimeNG formats and parses Gregorian years only, so (as Thai
 * teams do) this directive shifts the year by 543 in the picker's own formatDate / parseDate and
 * in the year shown in its header; the model stays a Gregorian Date.
 */
@Directive({ selector: 'p-datepicker[appBuddhistEra]' })
class BuddhistEra {
  constructor() {
    const dp = inject(DatePicker) as DatePicker & { formatDate(d: Date, f: string): string; parseDate(v: string, f: string): Date; getYear(m: unknown): number };
    const format = dp.formatDate.bind(dp), parse = dp.parseDate.bind(dp), year = dp.getYear.bind(dp);
    dp.formatDate = (d, f) => format(shiftYears(d, 543)!, f);
    dp.parseDate = (v, f) => shiftYears(parse(v, f), -543)!;
    dp.getYear = (m) => year(m) + 543;
  }
}

const CRUMBS = `<p-breadcrumb [model]="crumbItems" [home]="undefined" styleClass="crumbs">
    <ng-template #item let-item>
      @if (item.url) { <a [href]="item.url" data-link class="p-breadcrumb-item-link">{{ item.label }}</a> } @else { <span>{{ item.label }}</span> }
    </ng-template>
  </p-breadcrumb>`;
const crumbItems = (items: readonly string[], base: string): MenuItem[] => items.map((t, i) => (i === 0 ? { label: t, url: base } : { label: t }));

const SUMMARY = `
  <p-card [header]="SUM.title" class="section">
    <div class="kv-grid">
      <div class="kv full"><span class="k">{{ SUM.labels.name }}</span><span class="v">{{ P.name }}</span></div>
      <div class="kv"><span class="k">{{ SUM.labels.code }}</span><span class="v">{{ P.code }}</span></div>
      <div class="kv"><span class="k">{{ SUM.labels.fiscalYear }}</span><span class="v">{{ fy }}</span></div>
      <div class="kv"><span class="k">{{ SUM.labels.agency }}</span><span class="v">{{ P.agency }}</span></div>
      <div class="kv"><span class="k">{{ SUM.labels.budgetSource }}</span><span class="v">{{ P.budgetSource }}</span></div>
    </div>
  </p-card>`;

const SAVED = `
  <p-dialog header="บันทึกข้อมูล" [(visible)]="saved" [modal]="true" [style]="{ width: '24rem' }">
    <p>บันทึกข้อมูลเรียบร้อยแล้ว</p>
    <ng-template #footer><p-button label="ตกลง" (onClick)="saved = false" /></ng-template>
  </p-dialog>`;

// ---------------------------------------------------------------------------------------
/** The send step (form.json send): a modal p-dialog with the project and its budget source, the approver a p-select as the quarter (invalid + a simple error p-message when none is chosen), cancel and commit in the footer. */
@Component({
  selector: 'app-send-dialog',
  imports: PRIME,
  template: `
  <p-dialog [header]="S.title" [visible]="visible()" (visibleChange)="visible.set($event)" [modal]="true" [style]="{ width: '40rem' }">
    <div class="kv full"><span class="k">{{ L.name }}</span><span class="v">{{ P.name }}</span></div>
    <div class="kv full" style="margin-bottom:16px"><span class="k">{{ L.budgetSource }}</span><span class="v">{{ P.budgetSource }}</span></div>
    <p-fluid>
      <div class="field">
        <label for="recipient">{{ R.label }} <span class="req">*</span></label>
        <p-select inputId="recipient" [options]="R.options" [(ngModel)]="recipient" [placeholder]="R.placeholder" [invalid]="tried() && !recipient" appendTo="body" />
        @if (tried() && !recipient) { <p-message severity="error" size="small" variant="simple">กรุณา{{ R.placeholder }}</p-message> }
      </div>
    </p-fluid>
    <ng-template #footer>
      <p-button [label]="S.cancel" severity="secondary" (onClick)="visible.set(false)" />
      <p-button [label]="S.commit" (onClick)="commit()" />
    </ng-template>
  </p-dialog>`,
})
class SendDialog {
  readonly visible = signal(false);
  readonly tried = signal(false);
  readonly S = FORM.send;
  readonly R = FORM.send.recipient;
  readonly L = FORM.summary.labels;
  readonly P = FORM.project;
  recipient: string | null = null;

  open() {
    const c = sendChoice();
    this.recipient = c >= 0 ? this.R.options[c]! : null;
    this.tried.set(false);
    this.visible.set(true);
  }
  commit() {
    this.tried.set(true);
    if (!this.recipient) return;
    markSent(this.recipient);
    this.visible.set(false);
  }
}

// ---------------------------------------------------------------------------------------
@Component({
  selector: 'app-m6',
  imports: [...PRIME, BuddhistEra, SendDialog],
  template: `
  ${CRUMBS}
  <h2>{{ M6.title }}</h2>
  ${SUMMARY}
  <form #f="ngForm" (ngSubmit)="save()" novalidate autocomplete="off">
    <p-card [header]="S.report" class="section">
      <p-fluid class="form-grid">
        <div class="field">
          <label for="quarter">{{ F.quarter.label }} <span class="req">*</span></label>
          <p-select inputId="quarter" name="quarter" [options]="F.quarter.options" [(ngModel)]="v.quarter" [placeholder]="F.quarter.placeholder" [showClear]="true" />
        </div>
        <div class="field">
          <label for="reportDate">{{ F.reportDate.label }} <span class="req">*</span></label>
          <p-datepicker appBuddhistEra inputId="reportDate" name="reportDate" [(ngModel)]="dates.reportDate" dateFormat="dd/mm/yy" [placeholder]="F.reportDate.placeholder" [showIcon]="true" iconDisplay="input" />
        </div>
        <div class="field full">
          <label>{{ F.status.label }} <span class="req">*</span></label>
          <div class="radios">
            @for (o of F.status.options; track o; let i = $index) {
              <div class="radio">
                <p-radiobutton name="status" [value]="o" [(ngModel)]="v.status" [inputId]="'status' + i" />
                <label [for]="'status' + i">{{ o }}</label>
              </div>
            }
          </div>
        </div>
        <div class="field full">
          <label for="progress">{{ F.progress.label }} <span class="req">*</span></label>
          <div class="slider-row">
            <p-slider name="progressSlider" [(ngModel)]="v.progress" [min]="0" [max]="100" class="grow" />
            <p-inputnumber inputId="progress" name="progress" [(ngModel)]="v.progress" [min]="0" [max]="100" suffix="%" class="narrow" />
          </div>
          <small>{{ F.progress.helper }}</small>
        </div>
        <div class="field">
          <label for="startDate">{{ F.startDate.label }} <span class="req">*</span></label>
          <p-datepicker appBuddhistEra inputId="startDate" name="startDate" [(ngModel)]="dates.startDate" dateFormat="dd/mm/yy" [placeholder]="F.startDate.placeholder" [showIcon]="true" iconDisplay="input" />
        </div>
        <div class="field">
          <label for="endDate">{{ F.endDate.label }} <span class="req">*</span></label>
          <p-datepicker appBuddhistEra inputId="endDate" name="endDate" [(ngModel)]="dates.endDate" dateFormat="dd/mm/yy" [placeholder]="F.endDate.placeholder" [showIcon]="true" iconDisplay="input" />
        </div>
        <div class="field full">
          <label for="beneficiaries">{{ F.beneficiaries.label }} <span class="req">*</span></label>
          <p-multiselect inputId="beneficiaries" name="beneficiaries" [options]="F.beneficiaries.options" [(ngModel)]="v.beneficiaries" display="chip" [placeholder]="F.beneficiaries.placeholder" />
        </div>
      </p-fluid>
    </p-card>

    <p-card [header]="S.money" class="section">
      <p-fluid class="form-grid">
        <div class="field">
          <label for="allocation">{{ F.allocation.label }} <span class="req">*</span></label>
          <p-inputnumber inputId="allocation" name="allocation" [(ngModel)]="money.allocation" prefix="฿ " locale="th-TH" [placeholder]="F.allocation.placeholder" />
        </div>
        <div class="field">
          <label for="spent">{{ F.spent.label }} <span class="req">*</span></label>
          <p-inputnumber inputId="spent" name="spent" [(ngModel)]="money.spent" suffix=" บาท" locale="th-TH" [placeholder]="F.spent.placeholder" />
          <small>{{ F.spent.helper }}</small>
        </div>
      </p-fluid>
    </p-card>

    <p-card [header]="S.kpi" class="section">
      <p-table #dt [value]="kpiRows" dataKey="i" [globalFilterFields]="['name']" [showGridlines]="true" size="small">
        <ng-template #caption>
          <div class="caption"><input pInputText type="text" [placeholder]="FILTER" (input)="dt.filterGlobal(text($event), 'contains')" /></div>
        </ng-template>
        <ng-template #header>
          <tr><th>{{ K.columns.name }}</th><th style="width:110px;text-align:right">{{ K.columns.target }}</th><th style="width:160px">{{ K.columns.result }}</th><th style="width:110px">{{ K.columns.unit }}</th></tr>
        </ng-template>
        <ng-template #body let-row>
          <tr>
            <td>{{ row.name }}</td>
            <td style="text-align:right">{{ row.target }}</td>
            <td><input pInputText type="text" pSize="small" [name]="'kpi' + row.i" [(ngModel)]="v.kpi[row.i]" style="width:100%" /></td>
            <td>{{ row.unit }}</td>
          </tr>
        </ng-template>
      </p-table>
    </p-card>

    <p-card [header]="S.narrative" class="section">
      <p-fluid>
        @for (k of textKeys; track k) {
          <div class="field">
            <label [for]="k">{{ F[k].label }} @if (k === 'result') { <span class="req">*</span> }</label>
            <textarea pTextarea [id]="k" [name]="k" rows="3" [maxlength]="F[k].maxLength" [(ngModel)]="v[k]" [autoResize]="true"></textarea>
            <small class="count">{{ v[k].length }} / {{ F[k].maxLength }}</small>
          </div>
        }
      </p-fluid>
    </p-card>

    <p-card [header]="S.plans" class="section">
      <p class="muted">{{ M6.plans.toggleLegend }}</p>
      @for (p of plans; track p.key) {
        <div class="plan">
          <div class="radio">
            <p-toggleswitch [inputId]="'plan-' + p.key" [name]="'plan-' + p.key" [(ngModel)]="v.plans[p.key].on" />
            <label [for]="'plan-' + p.key">{{ p.name }}</label>
          </div>
          @if (v.plans[p.key].on) {
            <p-panel [header]="p.name" class="plan-panel">
              <p-fluid>
                <div class="field">
                  <label [for]="'plan-' + p.key + '-detail'">{{ p.label }}</label>
                  <p-select [inputId]="'plan-' + p.key + '-detail'" [name]="'plan-' + p.key + '-detail'" [options]="p.options" [(ngModel)]="v.plans[p.key].detail" [placeholder]="PH" />
                </div>
                <div class="field">
                  <label [for]="'plan-' + p.key + '-text'">{{ M6.plans.textLabel }}</label>
                  <textarea pTextarea [id]="'plan-' + p.key + '-text'" [name]="'plan-' + p.key + '-text'" rows="2" [(ngModel)]="v.plans[p.key].text"></textarea>
                </div>
              </p-fluid>
            </p-panel>
          }
        </div>
      }
    </p-card>
    <div class="actions">
      <p-button type="submit" label="บันทึก" />
      <p-button type="button" [label]="SEND" severity="secondary" (onClick)="sendDialog.open()" />
      <a pButton [href]="r.base" data-link severity="secondary" [outlined]="true">ยกเลิก</a>
    </div>
  </form>
  <app-send-dialog #sendDialog />
  ${SAVED}`,
})
class M6Screen {
  readonly r = loaded()!;
  private readonly init: M6Values = this.r.scenario!.m6!;
  readonly v: M6Values = structuredClone(this.init);
  readonly dates = { reportDate: day(this.init.reportDate), startDate: day(this.init.startDate), endDate: day(this.init.endDate) };
  readonly money = { allocation: num(this.init.allocation), spent: num(this.init.spent) };
  readonly fy = this.v.fiscalYear;
  saved = false;
  readonly kpiRows = FORM.m6.kpi.rows.map((row, i) => ({ ...row, i }));
  readonly textKeys = ['result', 'problems', 'suggestions'] as const;
  readonly plans = (() => {
    const edition = editionOf(this.fy);
    const items = FORM.m6.plans.items;
    return (['ns', 'nesdp', 'mp'] as const).map((key: PlanKey) => ({
      key,
      name: key === 'nesdp' ? nesdpName(edition) : items[key].name,
      label: key === 'nesdp' ? (edition === 12 ? items.nesdp.detail.label12 : items.nesdp.detail.label13) : (items[key].detail as { label: string }).label,
      options: key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition),
    }));
  })();
  readonly M6 = FORM.m6;
  readonly F = FORM.m6.fields;
  readonly S = FORM.m6.sections;
  readonly K = FORM.m6.kpi;
  readonly SUM = FORM.summary;
  readonly P = FORM.project;
  readonly PH = FORM.placeholder;
  readonly FILTER = FORM.chrome.listFilter;
  readonly SEND = FORM.send.open;
  readonly crumbItems = crumbItems(FORM.m6.breadcrumb, this.r.base);

  constructor() { readyWhenDrawn(); }

  text(e: Event) { return (e.target as HTMLInputElement).value; }
  save() { this.saved = true; }
}

// ---------------------------------------------------------------------------------------
interface Opt { label: string; value: number }
const opts = (list: string[]): Opt[] => list.map((label, value) => ({ label, value }));
/** p-select's model: the option's index, null when none is chosen (the scenario's -1). */
type Pick = number | null;
const pick = (i: number): Pick => (i >= 0 ? i : null);

@Component({
  selector: 'app-m1',
  imports: PRIME,
  template: `
  ${CRUMBS}
  <h2>{{ M.title }}</h2>
  ${SUMMARY}
  <p-message severity="info" class="section">{{ M.hint }}</p-message>
  <form (ngSubmit)="saved = true" novalidate autocomplete="off">
    <p-card [header]="M.ns.section" class="section">
      <p-fluid class="form-grid3">
        @for (label of M.ns.levels; track label; let lv = $index) {
          <div class="field">
            <label [for]="'ns-' + lv">{{ label }} <span class="req">*</span></label>
            <p-select [inputId]="'ns-' + lv" [name]="'ns-' + lv" [options]="nsItems(lv)" optionLabel="label" optionValue="value" [ngModel]="ns[lv]" (ngModelChange)="choose(ns, lv, $event)" [disabled]="lv > 0 && ns[lv - 1] === null" [placeholder]="PH" />
          </div>
        }
      </p-fluid>
    </p-card>

    <p-card [header]="M.nesdp.section" class="section">
      <div class="field">
        <label>{{ M.nesdp.editionLabel }} <span class="req">*</span></label>
        <p-selectbutton name="edition" [options]="editions" optionLabel="label" optionValue="value" [ngModel]="edition()" (ngModelChange)="setEdition($event)" />
      </div>
      @if (edition(); as e) {
        <p-fluid class="form-grid3">
          @for (label of nesdpLevels(); track label; let lv = $index) {
            <div class="field">
              <label [for]="'nesdp-' + lv">{{ label }} <span class="req">*</span></label>
              <p-select [inputId]="'nesdp-' + lv" [name]="'nesdp-' + e + '-' + lv" [options]="nesdpItems(lv)" optionLabel="label" optionValue="value" [ngModel]="nesdp[lv]" (ngModelChange)="choose(nesdp, lv, $event)" [disabled]="lv > 0 && nesdp[lv - 1] === null" [placeholder]="PH" />
            </div>
          }
        </p-fluid>
      }
    </p-card>

    <p-card class="section">
      <ng-template #title>
        <div class="title-row"><span>{{ M.rows.section }}</span>
          <p-button [label]="'+ ' + M.rows.addButton" severity="success" [outlined]="true" size="small" (onClick)="addRow()" /></div>
      </ng-template>
      <p-table [value]="rows" size="small" [tableStyle]="{ 'table-layout': 'fixed' }">
        <ng-template #header>
          <tr><th style="width:70px">{{ M.rows.columns.no }}</th><th style="width:200px">{{ M.rows.columns.level }}</th><th>{{ M.rows.columns.plan }}</th><th>{{ M.rows.columns.issue }}</th><th style="width:80px"></th></tr>
        </ng-template>
        <ng-template #body let-row let-i="rowIndex">
          <tr>
            <td>{{ i + 1 }}</td>
            <td><p-select [name]="'level' + i" [options]="levels" optionLabel="label" optionValue="value" [(ngModel)]="row.level" (ngModelChange)="row.plan = null; row.issue = null" [placeholder]="M.rows.levelPlaceholder" appendTo="body" class="cell" /></td>
            <td><p-select [name]="'plan' + i" [options]="planItems(row)" optionLabel="label" optionValue="value" [(ngModel)]="row.plan" (ngModelChange)="row.issue = null" [disabled]="row.level === null" [placeholder]="PH" appendTo="body" class="cell" /></td>
            <td><p-select [name]="'issue' + i" [options]="issueItems(row)" optionLabel="label" optionValue="value" [(ngModel)]="row.issue" [disabled]="row.plan === null" [placeholder]="PH" appendTo="body" class="cell" /></td>
            <td><p-button [label]="M.rows.removeButton" severity="danger" [text]="true" size="small" (onClick)="removeRow(i)" /></td>
          </tr>
        </ng-template>
      </p-table>
    </p-card>
    <div class="actions">
      <p-button type="submit" label="บันทึก" />
      <a pButton [href]="r.base" data-link severity="secondary" [outlined]="true">ยกเลิก</a>
    </div>
  </form>
  ${SAVED}`,
})
class M1Screen {
  readonly r = loaded()!;
  private readonly init: M1Values = this.r.scenario!.m1!;
  readonly fy = this.init.fiscalYear;
  saved = false;
  readonly ns: Pick[] = this.init.ns.map(pick);
  nesdp: Pick[] = this.init.nesdp.map(pick);
  readonly edition = signal<Edition | null>(this.init.edition || null);
  readonly editions = ([12, 13] as const).map((e) => ({ label: FORM.m1.nesdp.editions[e], value: e }));
  readonly nesdpLevels = computed(() => { const e = this.edition(); return e ? FORM.m1.nesdp.levels[String(e) as '12' | '13'] : []; });
  rows: { level: Pick; plan: Pick; issue: Pick }[] = this.init.rows.map((x: PlanRow) => ({ level: pick(x.level), plan: pick(x.plan), issue: pick(x.issue) }));
  readonly levels = opts(ROW_LEVELS);
  readonly M = FORM.m1;
  readonly SUM = FORM.summary;
  readonly P = FORM.project;
  readonly PH = FORM.placeholder;
  readonly crumbItems = crumbItems(FORM.m1.breadcrumb, this.r.base);

  constructor() { readyWhenDrawn(); }

  private path(chain: Pick[], lv: number) { return chain.slice(0, lv).map((c) => c ?? -1); }
  nsItems(lv: number) { return lv > 0 && this.ns[lv - 1] === null ? [] : opts(nsOptions(lv, this.path(this.ns, lv))); }
  nesdpItems(lv: number) { return lv > 0 && this.nesdp[lv - 1] === null ? [] : opts(nesdpOptions(this.edition()!, lv, this.path(this.nesdp, lv))); }
  /** a level changed: it takes the value, the levels below are cleared */
  choose(chain: Pick[], lv: number, value: Pick) { chain.forEach((_, i) => { if (i === lv) chain[i] = value ?? null; else if (i > lv) chain[i] = null; }); }
  setEdition(e: Edition | null) { this.edition.set(e); this.nesdp = this.nesdp.map(() => null); }
  planItems(row: { level: Pick }) { return row.level === null ? [] : opts(rowPlanOptions(row.level)); }
  issueItems(row: { level: Pick; plan: Pick }) { return row.level === null || row.plan === null ? [] : opts(rowIssueOptions(row.level, row.plan)); }
  /** p-table redraws on a new array, as its docs do it */
  addRow() { this.rows = [...this.rows, { level: null, plan: null, issue: null }]; }
  removeRow(i: number) { this.rows = this.rows.filter((_, j) => j !== i); }
}

// ---------------------------------------------------------------------------------------
@Component({
  selector: 'app-home',
  imports: PRIME,
  template: `
  ${CRUMBS}
  <h2>รายการโครงการ</h2>
  <p-table [value]="projects">
    <ng-template #header><tr><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></ng-template>
    <ng-template #body let-p let-i="rowIndex"><tr><td>{{ i + 1 }}</td><td>{{ p.name }}</td><td>{{ p.budgetSource }}</td>
      <td><a [href]="r.base + m6" data-link>รายงานความก้าวหน้า</a> · <a [href]="r.base + m1" data-link>ความเชื่อมโยงกับแผน</a></td></tr></ng-template>
  </p-table>`,
})
class HomeScreen {
  readonly r = loaded()!;
  readonly projects = [FORM.project];
  readonly m6 = FORM.m6.route;
  readonly m1 = FORM.m1.route;
  readonly crumbItems = crumbItems([FORM.chrome.nav[0]!], this.r.base);
  constructor() { readyWhenDrawn(); }
}

// ---------------------------------------------------------------------------------------
@Component({
  selector: 'app-root',
  imports: [MenubarModule, InputTextModule, ProgressSpinnerModule, M6Screen, M1Screen, HomeScreen],
  template: `
  <p-menubar [model]="links()" styleClass="topbar">
    <ng-template #start><a [href]="route().base" data-link class="brand">eMENSCR</a></ng-template>
    <ng-template #end><div class="topbar-end"><input pInputText type="search" pSize="small" [placeholder]="SEARCH" /><span>{{ USER }}</span></div></ng-template>
  </p-menubar>
  <main class="page">
    @let screen = loaded();
    @if (!screen) {
      <div class="loading"><p-progress-spinner strokeWidth="6" [style]="{ width: '32px', height: '32px' }" /> กำลังโหลด…</div>
    } @else if (screen.screen === 'm6') {
      <app-m6 />
    } @else if (screen.screen === 'm1') {
      <app-m1 />
    } @else if (screen.screen === 'home') {
      <app-home />
    } @else {
      <h2>ไม่พบหน้าที่ต้องการ</h2>
    }
  </main>
  <footer class="foot">{{ FOOTER }}</footer>`,
})
class App {
  readonly route = route;
  readonly loaded = loaded;
  readonly links = computed<MenuItem[]>(() => navLinks(this.route().base).map((l) => ({
    label: l.text, url: l.href,
    command: l.href.endsWith('manual') ? undefined : ({ originalEvent }) => { originalEvent?.preventDefault(); navigate(l.href); },
  })));
  readonly SEARCH = FORM.chrome.search;
  readonly USER = FORM.chrome.user;
  readonly FOOTER = FORM.chrome.footer;
}

onRoute((r) => {
  document.title = r.screen === 'm6' ? `${FORM.m6.title} - eMENSCR` : r.screen === 'm1' ? `${FORM.m1.title} - eMENSCR` : 'eMENSCR';
  load(r);
});
load(route());
bootstrapApplication(App, {
  providers: [
    provideZonelessChangeDetection(),
    providePrimeNG({ theme: { preset: Aura }, translation: th }),
  ],
}).catch((e) => console.error(e));
