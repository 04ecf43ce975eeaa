/**
 * Zoo page: Angular + Angular Material, written from Angular Material's docs and examples.
 * No Angular CLI: JIT (the template compiler is bundled: `@angular/compiler` imported first),
 * standalone components, zoneless change detection and signals, bundled by Vite like the
 * other pages. Markup as the library draws it: outlined mat-form-fields with floating
 * mat-labels (the label is a <label for> inside the field; required fields get the library's
 * asterisk span), mat-select (a combobox div showing the chosen text, options in an overlay),
 * mat-datepicker on a matInput (native date adapter, th-TH locale: dd/mm/yyyy in the Buddhist
 * era, a mat-hint with the format), a mat-radio-group named by a separate <label> through
 * aria-labelledby (the docs' radio example), a mat-slider whose thumb is a native range input
 * under an unassociated label (the docs' configurable slider), matTextPrefix ฿ / matTextSuffix
 * บาท, a multiple mat-select for target groups, textareas with an end-aligned mat-hint
 * counter, a mat-table KPI grid with unlabeled matInput cells and a filter box, mat-checkbox
 * plan toggles revealing outlined mat-cards; on M1 cascading mat-selects, the plan edition as a
 * mat-button-toggle-group under a separate label, and a mat-table of plan rows.
 */
import '@angular/compiler';
import { ApplicationRef, Component, afterNextRender, computed, inject, provideZonelessChangeDetection, signal, ViewEncapsulation } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { FormControl, ReactiveFormsModule, Validators } from '@angular/forms';
import { DateAdapter, MAT_DATE_LOCALE, MAT_NATIVE_DATE_FORMATS, NativeDateAdapter, provideNativeDateAdapter, type MatDateFormats } from '@angular/material/core';
import { MatToolbarModule } from '@angular/material/toolbar';
import { MatButtonModule } from '@angular/material/button';
import { MatButtonToggleModule } from '@angular/material/button-toggle';
import { MatCardModule } from '@angular/material/card';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatDatepickerModule } from '@angular/material/datepicker';
import { MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { MatSelectModule } from '@angular/material/select';
import { MatSliderModule } from '@angular/material/slider';
import { MatTableModule } from '@angular/material/table';
import './theme.css';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import type { M1Values, M6Values, PlanKey, PlanRow } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const MATERIAL = [
  MatToolbarModule, MatButtonModule, MatButtonToggleModule, MatCardModule, MatCheckboxModule, MatDatepickerModule, MatFormFieldModule,
  MatInputModule, MatProgressBarModule, MatRadioModule, MatSelectModule, MatSliderModule, MatTableModule,
];

/** The screen being shown (null while its data "loads") */
const route = signal<Route>(currentRoute());
const loaded = signal<Route | null>(null);

function load(r: Route) {
  route.set(r);
  loaded.set(null);
  loadLater(r).then((x) => { if (route() === r) loaded.set(x); });
}

/** Thai users type and read dd/mm/yyyy in the Buddhist era; the native adapter formats it (th-TH locale) but parses only CE. */
class ThaiDateAdapter extends NativeDateAdapter {
  override parse(value: unknown, parseFormat?: unknown): Date | null {
    const m = typeof value === 'string' ? /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(value) : null;
    if (!m) return super.parse(value, parseFormat);
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3]) - 543];
    if (mo < 1 || mo > 12 || d < 1 || d > this.getNumDaysInMonth(this.createDate(y, mo - 1, 1))) return this.invalid();
    return this.createDate(y, mo - 1, d);
  }
}
const THAI_FORMATS: MatDateFormats = {
  ...MAT_NATIVE_DATE_FORMATS,
  display: { ...MAT_NATIVE_DATE_FORMATS.display, dateInput: { day: '2-digit', month: '2-digit', year: 'numeric' } },
};

const toDate = (iso: string) => (iso ? new Date(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) : null);
const toIso = (d: Date | null) => (d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : '');

/** Marks the screen ready once Angular has drawn it and has no pending work (mat-select shows its chosen text a tick after init). */
function readyWhenDrawn() {
  const app = inject(ApplicationRef);
  afterNextRender(() => { app.whenStable().then(() => setTimeout(markReady)); });
}

const SEARCH_ICON = `<svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true"><path fill="currentColor" d="M15.5 14h-.79l-.28-.27A6.47 6.47 0 0 0 16 9.5 6.5 6.5 0 1 0 9.5 16c1.61 0 3.09-.59 4.23-1.57l.27.28v.79l5 4.99L20.49 19zm-6 0C7.01 14 5 11.99 5 9.5S7.01 5 9.5 5 14 7.01 14 9.5 11.99 14 9.5 14"/></svg>`;

const CRUMBS = `
  <nav class="crumbs" aria-label="breadcrumb">
    @for (t of crumbs; track t; let i = $index, last = $last) {
      @if (i === 0) { <a [href]="r.base" data-link>{{ t }}</a> } @else { <span>{{ t }}</span> }
      @if (!last) { <span class="sep" aria-hidden="true">/</span> }
    }
  </nav>`;

const SUMMARY = `
  <mat-card appearance="outlined" class="block">
    <mat-card-header><mat-card-title>{{ SUM.title }}</mat-card-title></mat-card-header>
    <mat-card-content class="summary">
      <div class="kv wide"><span class="k">{{ SUM.labels.name }}</span><span class="v">{{ P.name }}</span></div>
      <div class="kv"><span class="k">{{ SUM.labels.code }}</span><span class="v">{{ P.code }}</span></div>
      <div class="kv"><span class="k">{{ SUM.labels.fiscalYear }}</span><span class="v">{{ fy }}</span></div>
      <div class="kv"><span class="k">{{ SUM.labels.agency }}</span><span class="v">{{ P.agency }}</span></div>
      <div class="kv"><span class="k">{{ SUM.labels.budgetSource }}</span><span class="v">{{ P.budgetSource }}</span></div>
    </mat-card-content>
  </mat-card>`;

// ---------------------------------------------------------------------------------------
/** The send step (form.json send): a mat-dialog with the project, its budget source and the approver in a mat-select as the quarter (a required FormControl, mat-error on an empty commit). */
@Component({
  selector: 'zoo-send-dialog',
  imports: [...MATERIAL, MatDialogModule, ReactiveFormsModule],
  template: `
  <h2 mat-dialog-title>{{ S.title }}</h2>
  <mat-dialog-content>
    <div class="send-summary">
      <div class="kv"><span class="k">{{ L.name }}</span><span class="v">{{ P.name }}</span></div>
      <div class="kv"><span class="k">{{ L.budgetSource }}</span><span class="v">{{ P.budgetSource }}</span></div>
    </div>
    <mat-form-field appearance="outline" class="full">
      <mat-label>{{ S.recipient.label }}</mat-label>
      <mat-select [formControl]="to" [placeholder]="S.recipient.placeholder" required>
        @for (o of S.recipient.options; track o; let i = $index) { <mat-option [value]="i">{{ o }}</mat-option> }
      </mat-select>
      <mat-error>กรุณา{{ S.recipient.placeholder }}</mat-error>
    </mat-form-field>
  </mat-dialog-content>
  <mat-dialog-actions align="end">
    <button mat-button mat-dialog-close>{{ S.cancel }}</button>
    <button mat-flat-button (click)="commit()">{{ S.commit }}</button>
  </mat-dialog-actions>`,
})
class SendDialog {
  readonly S = FORM.send;
  readonly L = FORM.summary.labels;
  readonly P = FORM.project;
  private readonly ref = inject<MatDialogRef<SendDialog>>(MatDialogRef);
  readonly to = new FormControl<number | null>(sendChoice() >= 0 ? sendChoice() : null, Validators.required);

  commit() {
    if (this.to.invalid) { this.to.markAsTouched(); return; }
    markSent(this.S.recipient.options[this.to.value!]!);
    this.ref.close();
  }
}

// ---------------------------------------------------------------------------------------
type TextKey = 'result' | 'problems' | 'suggestions';
type DateKey = 'reportDate' | 'startDate' | 'endDate';

@Component({
  selector: 'zoo-m6',
  imports: MATERIAL,
  template: `
  ${CRUMBS}
  <h1 class="mat-headline-small">{{ M6.title }}</h1>
  ${SUMMARY}
  <form (submit)="$event.preventDefault()">
    <mat-card appearance="outlined" class="block">
      <mat-card-header><mat-card-title>{{ S.report }}</mat-card-title></mat-card-header>
      <mat-card-content class="grid">
        <mat-form-field appearance="outline">
          <mat-label>{{ F.quarter.label }}</mat-label>
          <mat-select [value]="v().quarter" [placeholder]="F.quarter.placeholder" (selectionChange)="patch({ quarter: $event.value ?? '' })" required>
            @for (o of F.quarter.options; track o) { <mat-option [value]="o">{{ o }}</mat-option> }
          </mat-select>
        </mat-form-field>
        <mat-form-field appearance="outline">
          <mat-label>{{ F.reportDate.label }}</mat-label>
          <input matInput [matDatepicker]="dpReport" [value]="dates().reportDate" (dateChange)="setDate('reportDate', $event.value)" required>
          <mat-hint>{{ F.reportDate.placeholder }}</mat-hint>
          <mat-datepicker-toggle matIconSuffix [for]="dpReport"></mat-datepicker-toggle>
          <mat-datepicker #dpReport></mat-datepicker>
        </mat-form-field>
        <div class="field wide">
          <label id="status-label" class="field-label">{{ F.status.label }}</label>
          <mat-radio-group aria-labelledby="status-label" class="radios" [value]="v().status" (change)="patch({ status: $event.value })">
            @for (o of F.status.options; track o) { <mat-radio-button [value]="o">{{ o }}</mat-radio-button> }
          </mat-radio-group>
        </div>
        <div class="field wide">
          <label class="field-label">{{ F.progress.label }}</label>
          <div class="slider-row">
            <mat-slider min="0" max="100" step="1" discrete [displayWith]="percent" class="slider">
              <input matSliderThumb [value]="v().progress" (valueChange)="patch({ progress: $event })">
            </mat-slider>
            <span class="slider-value">{{ v().progress }} {{ F.progress.unit }}</span>
          </div>
          <div class="mat-mdc-form-field-hint helper">{{ F.progress.helper }}</div>
        </div>
        @for (k of dateKeys; track k) {
          <mat-form-field appearance="outline">
            <mat-label>{{ F[k].label }}</mat-label>
            <input matInput [matDatepicker]="dp" [value]="dates()[k]" (dateChange)="setDate(k, $event.value)" required>
            <mat-hint>{{ F[k].placeholder }}</mat-hint>
            <mat-datepicker-toggle matIconSuffix [for]="dp"></mat-datepicker-toggle>
            <mat-datepicker #dp></mat-datepicker>
          </mat-form-field>
        }
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ F.beneficiaries.label }}</mat-label>
          <mat-select multiple [value]="v().beneficiaries" [placeholder]="F.beneficiaries.placeholder" (selectionChange)="patch({ beneficiaries: $event.value })" required>
            @for (o of F.beneficiaries.options; track o) { <mat-option [value]="o">{{ o }}</mat-option> }
          </mat-select>
        </mat-form-field>
      </mat-card-content>
    </mat-card>

    <mat-card appearance="outlined" class="block">
      <mat-card-header><mat-card-title>{{ S.money }}</mat-card-title></mat-card-header>
      <mat-card-content class="grid">
        <mat-form-field appearance="outline" floatLabel="always">
          <mat-label>{{ F.allocation.label }}</mat-label>
          <span matTextPrefix>{{ F.allocation.prefix }}&nbsp;</span>
          <input matInput inputmode="decimal" [placeholder]="F.allocation.placeholder" [value]="v().allocation" (input)="patch({ allocation: text($event) })" required>
        </mat-form-field>
        <mat-form-field appearance="outline" floatLabel="always">
          <mat-label>{{ F.spent.label }}</mat-label>
          <input matInput inputmode="decimal" [placeholder]="F.spent.placeholder" [value]="v().spent" (input)="patch({ spent: text($event) })" required>
          <span matTextSuffix>&nbsp;{{ F.spent.suffix }}</span>
          <mat-hint>{{ F.spent.helper }}</mat-hint>
        </mat-form-field>
      </mat-card-content>
    </mat-card>

    <mat-card appearance="outlined" class="block">
      <mat-card-header class="with-tool"><mat-card-title>{{ S.kpi }}</mat-card-title>
        <mat-form-field appearance="outline" subscriptSizing="dynamic" class="filter">
          <span matPrefix class="icon" [innerHTML]="SEARCH_ICON"></span>
          <input matInput type="search" [placeholder]="FILTER" [value]="filter()" (input)="filter.set(text($event))">
        </mat-form-field>
      </mat-card-header>
      <mat-card-content>
        <table mat-table [dataSource]="kpiRows()" class="kpi">
          <ng-container matColumnDef="name">
            <th mat-header-cell *matHeaderCellDef>{{ K.columns.name }}</th>
            <td mat-cell *matCellDef="let row">{{ row.name }}</td>
          </ng-container>
          <ng-container matColumnDef="target">
            <th mat-header-cell *matHeaderCellDef class="num">{{ K.columns.target }}</th>
            <td mat-cell *matCellDef="let row" class="num">{{ row.target }}</td>
          </ng-container>
          <ng-container matColumnDef="result">
            <th mat-header-cell *matHeaderCellDef>{{ K.columns.result }}</th>
            <td mat-cell *matCellDef="let row">
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="cell">
                <input matInput inputmode="decimal" [value]="v().kpi[row.i]" (input)="setKpi(row.i, text($event))">
              </mat-form-field>
            </td>
          </ng-container>
          <ng-container matColumnDef="unit">
            <th mat-header-cell *matHeaderCellDef>{{ K.columns.unit }}</th>
            <td mat-cell *matCellDef="let row">{{ row.unit }}</td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="kpiColumns"></tr>
          <tr mat-row *matRowDef="let row; columns: kpiColumns"></tr>
        </table>
      </mat-card-content>
    </mat-card>

    <mat-card appearance="outlined" class="block">
      <mat-card-header><mat-card-title>{{ S.narrative }}</mat-card-title></mat-card-header>
      <mat-card-content>
        @for (k of textKeys; track k) {
          <mat-form-field appearance="outline" class="full">
            <mat-label>{{ F[k].label }}</mat-label>
            <textarea matInput rows="3" [maxLength]="F[k].maxLength" [value]="v()[k]" (input)="patchText(k, text($event))" [required]="k === 'result'"></textarea>
            <mat-hint align="end">{{ v()[k].length }} / {{ F[k].maxLength }}</mat-hint>
          </mat-form-field>
        }
      </mat-card-content>
    </mat-card>

    <mat-card appearance="outlined" class="block">
      <mat-card-header><mat-card-title>{{ S.plans }}</mat-card-title></mat-card-header>
      <mat-card-content>
        <label class="field-label">{{ M6.plans.toggleLegend }}</label>
        @for (p of plans; track p.key) {
          <div><mat-checkbox [checked]="v().plans[p.key].on" (change)="setPlan(p.key, { on: $event.checked })">{{ p.name }}</mat-checkbox></div>
          @if (v().plans[p.key].on) {
            <mat-card appearance="outlined" class="plan">
              <mat-card-header><mat-card-subtitle>{{ p.name }}</mat-card-subtitle></mat-card-header>
              <mat-card-content>
                <mat-form-field appearance="outline" class="full">
                  <mat-label>{{ p.label }}</mat-label>
                  <mat-select [value]="v().plans[p.key].detail" [placeholder]="PH" (selectionChange)="setPlan(p.key, { detail: $event.value })">
                    @for (o of p.options; track o) { <mat-option [value]="o">{{ o }}</mat-option> }
                  </mat-select>
                </mat-form-field>
                <mat-form-field appearance="outline" class="full">
                  <mat-label>{{ M6.plans.textLabel }}</mat-label>
                  <textarea matInput rows="2" [value]="v().plans[p.key].text" (input)="setPlan(p.key, { text: text($event) })"></textarea>
                </mat-form-field>
              </mat-card-content>
            </mat-card>
          }
        }
      </mat-card-content>
    </mat-card>
    <div class="actions"><button mat-flat-button type="submit">บันทึก</button><button mat-stroked-button type="button" (click)="openSend()">{{ SEND }}</button><a mat-button [href]="r.base" data-link>ยกเลิก</a></div>
  </form>`,
})
class M6Screen {
  private readonly dialog = inject(MatDialog);
  readonly SEND = FORM.send.open;
  readonly r = loaded()!;
  readonly v = signal<M6Values>(structuredClone(this.r.scenario!.m6!));
  readonly fy = this.v().fiscalYear;
  readonly filter = signal('');
  readonly dates = computed(() => ({ reportDate: toDate(this.v().reportDate), startDate: toDate(this.v().startDate), endDate: toDate(this.v().endDate) }));
  readonly kpiRows = computed(() => FORM.m6.kpi.rows.map((row, i) => ({ ...row, i })).filter((row) => !this.filter() || row.name.includes(this.filter())));
  readonly kpiColumns = ['name', 'target', 'result', 'unit'];
  readonly dateKeys: DateKey[] = ['startDate', 'endDate'];
  readonly textKeys: TextKey[] = ['result', 'problems', 'suggestions'];
  readonly plans = (() => {
    const edition = editionOf(this.fy);
    const items = FORM.m6.plans.items;
    return (['ns', 'nesdp', 'mp'] as const).map((key) => ({
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
  readonly SEARCH_ICON = SEARCH_ICON;
  readonly crumbs = FORM.m6.breadcrumb;
  readonly percent = (n: number) => `${n}%`;

  constructor() { readyWhenDrawn(); }

  openSend() { this.dialog.open(SendDialog, { width: '560px' }); }
  text(e: Event) { return (e.target as HTMLInputElement).value; }
  patch(p: Partial<M6Values>) { this.v.update((v) => ({ ...v, ...p })); }
  patchText(k: TextKey, value: string) { this.patch({ [k]: value }); }
  setDate(k: DateKey, d: Date | null) { this.patch({ [k]: toIso(d) }); }
  setKpi(i: number, value: string) { this.v.update((v) => ({ ...v, kpi: v.kpi.map((x, j) => (j === i ? value : x)) })); }
  setPlan(k: PlanKey, p: Partial<M6Values['plans'][PlanKey]>) { this.v.update((v) => ({ ...v, plans: { ...v.plans, [k]: { ...v.plans[k], ...p } } })); }
}

// ---------------------------------------------------------------------------------------
@Component({
  selector: 'zoo-m1',
  imports: MATERIAL,
  template: `
  ${CRUMBS}
  <h1 class="mat-headline-small">{{ M.title }}</h1>
  ${SUMMARY}
  <div class="note" role="note">{{ M.hint }}</div>
  <form (submit)="$event.preventDefault()">
    <mat-card appearance="outlined" class="block">
      <mat-card-header><mat-card-title>{{ M.ns.section }}</mat-card-title></mat-card-header>
      <mat-card-content class="grid3">
        @for (label of M.ns.levels; track label; let lv = $index) {
          <mat-form-field appearance="outline">
            <mat-label>{{ label }}</mat-label>
            <mat-select [value]="chosen(v().ns, lv)" [disabled]="lv > 0 && v().ns[lv - 1] < 0" [placeholder]="PH" (selectionChange)="pickNs(lv, $event.value)" required>
              @for (o of nsList(lv); track o; let i = $index) { <mat-option [value]="i">{{ o }}</mat-option> }
            </mat-select>
          </mat-form-field>
        }
      </mat-card-content>
    </mat-card>

    <mat-card appearance="outlined" class="block">
      <mat-card-header><mat-card-title>{{ M.nesdp.section }}</mat-card-title></mat-card-header>
      <mat-card-content>
        <div class="field">
          <label id="edition-label" class="field-label">{{ M.nesdp.editionLabel }}</label>
          <mat-button-toggle-group aria-labelledby="edition-label" [value]="v().edition || null" (change)="setEdition($event.value)">
            @for (e of editions; track e) { <mat-button-toggle [value]="e">{{ M.nesdp.editions[e] }}</mat-button-toggle> }
          </mat-button-toggle-group>
        </div>
        @if (v().edition) {
          <div class="grid3">
            @for (label of nesdpLevels(); track label; let lv = $index) {
              <mat-form-field appearance="outline">
                <mat-label>{{ label }}</mat-label>
                <mat-select [value]="chosen(v().nesdp, lv)" [disabled]="lv > 0 && v().nesdp[lv - 1] < 0" [placeholder]="PH" (selectionChange)="pickNesdp(lv, $event.value)" required>
                  @for (o of nesdpList(lv); track o; let i = $index) { <mat-option [value]="i">{{ o }}</mat-option> }
                </mat-select>
              </mat-form-field>
            }
          </div>
        }
      </mat-card-content>
    </mat-card>

    <mat-card appearance="outlined" class="block">
      <mat-card-header class="with-tool"><mat-card-title>{{ M.rows.section }}</mat-card-title>
        <button mat-stroked-button type="button" (click)="addRow()">+ {{ M.rows.addButton }}</button>
      </mat-card-header>
      <mat-card-content>
        <table mat-table [dataSource]="v().rows" [trackBy]="byIndex" class="rows">
          <ng-container matColumnDef="no">
            <th mat-header-cell *matHeaderCellDef>{{ M.rows.columns.no }}</th>
            <td mat-cell *matCellDef="let row; let i = index">{{ i + 1 }}</td>
          </ng-container>
          <ng-container matColumnDef="level">
            <th mat-header-cell *matHeaderCellDef>{{ M.rows.columns.level }}</th>
            <td mat-cell *matCellDef="let row; let i = index">
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="cell">
                <mat-select [value]="row.level >= 0 ? row.level : null" [placeholder]="M.rows.levelPlaceholder" (selectionChange)="setRow(i, { level: $event.value, plan: -1, issue: -1 })">
                  @for (o of ROW_LEVELS; track o; let j = $index) { <mat-option [value]="j">{{ o }}</mat-option> }
                </mat-select>
              </mat-form-field>
            </td>
          </ng-container>
          <ng-container matColumnDef="plan">
            <th mat-header-cell *matHeaderCellDef>{{ M.rows.columns.plan }}</th>
            <td mat-cell *matCellDef="let row; let i = index">
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="cell">
                <mat-select [value]="row.plan >= 0 ? row.plan : null" [disabled]="row.level < 0" [placeholder]="PH" (selectionChange)="setRow(i, { plan: $event.value, issue: -1 })">
                  @for (o of rowPlanOptions(row.level); track o; let j = $index) { <mat-option [value]="j">{{ o }}</mat-option> }
                </mat-select>
              </mat-form-field>
            </td>
          </ng-container>
          <ng-container matColumnDef="issue">
            <th mat-header-cell *matHeaderCellDef>{{ M.rows.columns.issue }}</th>
            <td mat-cell *matCellDef="let row; let i = index">
              <mat-form-field appearance="outline" subscriptSizing="dynamic" class="cell">
                <mat-select [value]="row.issue >= 0 ? row.issue : null" [disabled]="row.plan < 0" [placeholder]="PH" (selectionChange)="setRow(i, { issue: $event.value })">
                  @for (o of rowIssueOptions(row.level, row.plan); track o; let j = $index) { <mat-option [value]="j">{{ o }}</mat-option> }
                </mat-select>
              </mat-form-field>
            </td>
          </ng-container>
          <ng-container matColumnDef="remove">
            <th mat-header-cell *matHeaderCellDef></th>
            <td mat-cell *matCellDef="let row; let i = index"><button mat-button type="button" class="danger" (click)="removeRow(i)">{{ M.rows.removeButton }}</button></td>
          </ng-container>
          <tr mat-header-row *matHeaderRowDef="rowColumns"></tr>
          <tr mat-row *matRowDef="let row; columns: rowColumns"></tr>
        </table>
      </mat-card-content>
    </mat-card>
    <div class="actions"><button mat-flat-button type="submit">บันทึก</button><a mat-button [href]="r.base" data-link>ยกเลิก</a></div>
  </form>`,
})
class M1Screen {
  readonly r = loaded()!;
  readonly v = signal<M1Values>(structuredClone(this.r.scenario!.m1!));
  readonly fy = this.v().fiscalYear;
  readonly nesdpLevels = computed(() => (this.v().edition ? FORM.m1.nesdp.levels[String(this.v().edition) as '12' | '13'] : []));
  readonly editions: Edition[] = [12, 13];
  readonly rowColumns = ['no', 'level', 'plan', 'issue', 'remove'];
  readonly M = FORM.m1;
  readonly SUM = FORM.summary;
  readonly P = FORM.project;
  readonly PH = FORM.placeholder;
  readonly ROW_LEVELS = ROW_LEVELS;
  readonly crumbs = FORM.m1.breadcrumb;
  readonly rowPlanOptions = rowPlanOptions;
  readonly rowIssueOptions = rowIssueOptions;
  readonly byIndex = (i: number) => i;

  constructor() { readyWhenDrawn(); }

  chosen(path: number[], lv: number) { return (path[lv] ?? -1) >= 0 ? path[lv] : null; }
  nsList(lv: number) { const p = this.v().ns; return lv === 0 || p[lv - 1]! >= 0 ? nsOptions(lv, p.slice(0, lv)) : []; }
  nesdpList(lv: number) { const p = this.v().nesdp; return lv === 0 || p[lv - 1]! >= 0 ? nesdpOptions(this.v().edition as Edition, lv, p.slice(0, lv)) : []; }
  private cascade(path: number[], lv: number, value: number | null) { return path.map((c, i) => (i < lv ? c : i === lv ? (value ?? -1) : -1)); }
  pickNs(lv: number, value: number | null) { this.v.update((v) => ({ ...v, ns: this.cascade(v.ns, lv, value) })); }
  pickNesdp(lv: number, value: number | null) { this.v.update((v) => ({ ...v, nesdp: this.cascade(v.nesdp, lv, value) })); }
  setEdition(e: Edition | null) { this.v.update((v) => ({ ...v, edition: e ?? 0, nesdp: [-1, -1, -1] })); }
  setRow(i: number, p: Partial<PlanRow>) { this.v.update((v) => ({ ...v, rows: v.rows.map((row, j) => (j === i ? { ...row, ...p } : row)) })); }
  addRow() { this.v.update((v) => ({ ...v, rows: [...v.rows, { level: -1, plan: -1, issue: -1 }] })); }
  removeRow(i: number) { this.v.update((v) => ({ ...v, rows: v.rows.filter((_, j) => j !== i) })); }
}

// ---------------------------------------------------------------------------------------
@Component({
  selector: 'zoo-home',
  imports: MATERIAL,
  template: `
  <nav class="crumbs" aria-label="breadcrumb"><a [href]="r.base" data-link>{{ home }}</a></nav>
  <h1 class="mat-headline-small">รายการโครงการ</h1>
  <table mat-table [dataSource]="projects">
    <ng-container matColumnDef="name"><th mat-header-cell *matHeaderCellDef>ชื่อโครงการ</th><td mat-cell *matCellDef="let p">{{ p.name }}</td></ng-container>
    <ng-container matColumnDef="links"><th mat-header-cell *matHeaderCellDef></th>
      <td mat-cell *matCellDef="let p"><a [href]="r.base + m6" data-link>รายงานความก้าวหน้า</a> · <a [href]="r.base + m1" data-link>ความเชื่อมโยงกับแผน</a></td></ng-container>
    <tr mat-header-row *matHeaderRowDef="cols"></tr>
    <tr mat-row *matRowDef="let row; columns: cols"></tr>
  </table>`,
})
class HomeScreen {
  readonly r = loaded()!;
  readonly home = FORM.chrome.nav[0];
  readonly projects = [{ name: FORM.project.name }];
  readonly cols = ['name', 'links'];
  readonly m6 = FORM.m6.route;
  readonly m1 = FORM.m1.route;
  constructor() { readyWhenDrawn(); }
}

// ---------------------------------------------------------------------------------------
@Component({
  selector: 'zoo-app',
  imports: [...MATERIAL, M6Screen, M1Screen, HomeScreen],
  encapsulation: ViewEncapsulation.None,
  template: `
  <mat-toolbar class="topbar">
    <a [href]="route().base" data-link class="brand">eMENSCR</a>
    <nav class="menu">
      @for (l of links(); track l.text) { <a mat-button [href]="l.href" [attr.data-link]="l.href.endsWith('manual') ? null : ''">{{ l.text }}</a> }
    </nav>
    <span class="spacer"></span>
    <mat-form-field appearance="outline" subscriptSizing="dynamic" class="search">
      <span matPrefix class="icon" [innerHTML]="SEARCH_ICON"></span>
      <input matInput type="search" [placeholder]="SEARCH">
    </mat-form-field>
    <span class="user">{{ USER }}</span>
  </mat-toolbar>
  <main class="content">
    @let screen = loaded();
    @if (!screen) {
      <mat-progress-bar mode="indeterminate" aria-label="กำลังโหลด" />
    } @else if (screen.screen === 'm6') {
      <zoo-m6 />
    } @else if (screen.screen === 'm1') {
      <zoo-m1 />
    } @else {
      <zoo-home />
    }
  </main>
  <footer class="footer">{{ FOOTER }}</footer>`,
})
class App {
  readonly route = route;
  readonly loaded = loaded;
  readonly links = computed(() => navLinks(this.route().base));
  readonly SEARCH = FORM.chrome.search;
  readonly SEARCH_ICON = SEARCH_ICON;
  readonly USER = FORM.chrome.user;
  readonly FOOTER = FORM.chrome.footer;
}

// the page's layout: `body` raises the rules above the components' own styles, which Angular inserts later
const style = document.createElement('style');
style.textContent = `
body{margin:0;font-family:"Sarabun","Garuda","Loma",sans-serif;background:#f5f7fa}
body .topbar{gap:8px;background:#1f4e8c;color:#fff}
body .topbar a{color:#fff}
body .brand{font-weight:700;text-decoration:none;margin-right:8px}
body .spacer{flex:1}
body .user{font-size:14px}
body .search{width:220px;font-size:14px}
body .search input{color:#fff}
body .icon{display:inline-flex;padding:0 4px 0 8px}
body .content{max-width:1000px;margin:0 auto;padding:16px}
body .crumbs{display:flex;gap:6px;font-size:14px;margin-bottom:8px}
body .crumbs .sep{color:#888}
body .block{margin-bottom:16px}
body .block mat-card-content{padding-top:12px}
body .with-tool{display:flex;align-items:center;justify-content:space-between}
body .filter{width:260px;font-size:14px}
body .summary{display:grid;grid-template-columns:1fr 1fr;gap:4px 16px}
body .kv{display:flex;gap:12px}
body .kv .k{color:#666;min-width:130px}
body .wide{grid-column:1/-1}
body .grid{display:grid;grid-template-columns:1fr 1fr;gap:8px 16px}
body .grid3{display:grid;grid-template-columns:repeat(3,1fr);gap:8px 16px}
body .field{margin:4px 0 16px}
body .field-label{display:block;color:rgba(0,0,0,.7);margin-bottom:4px}
body .radios{display:flex;flex-wrap:wrap;gap:4px 12px}
body .slider-row{display:flex;align-items:center;gap:16px}
body .slider{flex:1}
body .slider-value{min-width:56px}
body .helper{font-size:12px;color:#666}
body .full{width:100%}
body .kpi,body .rows{width:100%}
body .num{text-align:right}
body .cell{width:100%;min-width:120px}
body .plan{margin:4px 0 12px 32px}
body .note{background:#e8f0fe;border-radius:8px;padding:12px 16px;margin-bottom:16px}
body .actions{display:flex;gap:8px}
body .danger{color:#b3261e}
body .send-summary{display:grid;gap:4px;margin-bottom:16px}
body .footer{text-align:center;color:#888;font-size:12px;padding:16px}`;
document.head.append(style);

onRoute(load);
load(route());
bootstrapApplication(App, {
  providers: [
    provideZonelessChangeDetection(),
    provideNativeDateAdapter(THAI_FORMATS),
    { provide: MAT_DATE_LOCALE, useValue: 'th-TH' },
    { provide: DateAdapter, useFactory: () => new ThaiDateAdapter() },
  ],
}).catch((e) => console.error(e));
