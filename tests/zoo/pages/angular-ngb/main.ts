/**
 * Zoo page: Angular + ng-bootstrap, the stack of Thai-government planning apps in public code
 * (emenscr-research.md A3: Angular, ng-bootstrap, flatpickr with the Thai locale and
 * Buddhist-era dates), written from the libraries' docs. JIT, standalone components, zoneless,
 * reactive forms (FormBuilder, Validators.required, Bootstrap's is-invalid/invalid-feedback
 * once a field is touched or the form submitted). Markup as the docs draw it: Bootstrap 5's
 * horizontal form (.row > label.col-sm-3.col-form-label[for] + .col-sm-9; a fieldset with a
 * legend for the radios; a red * after required labels), the report's sections as an
 * ngbAccordion (all open), @ng-select/ng-select for the selects (labelForId ties the label to
 * its search input; a multiple select with chips for the target groups), the report date as an
 * ngbDatepicker popup on an input-group (NgbCalendarBuddhist: dd/mm/yyyy in the Buddhist era),
 * the project dates as flatpickr inputs (Thai locale, Buddhist-era display) behind a small
 * ControlValueAccessor directive, the progress as an @angular-slider/ngx-slider bar (role=slider
 * spans, no input) under an unassociated label, input-group adornments (฿, บาท), a KPI table of
 * unlabeled inputs with a filter box, form switches that reveal plan cards, an ngbTypeahead
 * search in the navbar and an NgbModal on save. M1: cards of cascading ng-selects with stacked
 * labels, the plan edition as .btn-check radio buttons, and a table of plan rows whose cells
 * are ng-selects appended to the body.
 */
import '@angular/compiler';
import '@angular/localize/init';
import { Component, Directive, ElementRef, Injectable, LOCALE_ID, ApplicationRef, afterNextRender, computed, forwardRef, inject, provideZonelessChangeDetection, signal, type OnDestroy, type OnInit, type TemplateRef } from '@angular/core';
import { registerLocaleData } from '@angular/common';
import localeTh from '@angular/common/locales/th';
import { FormArray, FormBuilder, FormControl as Control, NG_VALUE_ACCESSOR, ReactiveFormsModule, Validators, type ControlValueAccessor, type FormControl, type FormGroup } from '@angular/forms';
import { bootstrapApplication } from '@angular/platform-browser';
import { NgbAccordionModule, NgbCalendar, NgbCalendarBuddhist, NgbCollapseModule, NgbDateParserFormatter, NgbDatepickerModule, NgbActiveModal, NgbModal, NgbTypeaheadModule, type NgbDateStruct } from '@ng-bootstrap/ng-bootstrap';
import { NgSelectModule } from '@ng-select/ng-select';
import { NgxSliderModule, type Options as SliderOptions } from '@angular-slider/ngx-slider';
import flatpickr from 'flatpickr';
import { Thai } from 'flatpickr/dist/l10n/th.js';
import { debounceTime, distinctUntilChanged, map, type Observable } from 'rxjs';
import './styles.css';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import { thaiDate, parseThaiDate, type M1Values, type M6Values, type PlanKey } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

registerLocaleData(localeTh);

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

const isoOf = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** ng-bootstrap's "custom date parser and formatter" example: dd/mm/yyyy (the year is the calendar's, here Buddhist). */
@Injectable()
class CustomDateParserFormatter extends NgbDateParserFormatter {
  readonly DELIMITER = '/';
  parse(value: string): NgbDateStruct | null {
    if (!value) return null;
    const date = value.split(this.DELIMITER);
    return { day: parseInt(date[0]!, 10), month: parseInt(date[1]!, 10), year: parseInt(date[2]!, 10) };
  }
  format(date: NgbDateStruct | null): string {
    return date ? `${String(date.day).padStart(2, '0')}${this.DELIMITER}${String(date.month).padStart(2, '0')}${this.DELIMITER}${date.year}` : '';
  }
}
/** ISO (CE) ⇄ the Buddhist-calendar struct the datepicker works with */
const beStruct = (iso: string): NgbDateStruct | null => (iso ? { year: Number(iso.slice(0, 4)) + 543, month: Number(iso.slice(5, 7)), day: Number(iso.slice(8, 10)) } : null);

/** flatpickr as a form control (the thin wrapper such apps write): Thai locale, shown dd/mm/yyyy in the Buddhist era, value ISO. */
@Directive({
  selector: 'input[appFlatpickr]',
  providers: [{ provide: NG_VALUE_ACCESSOR, useExisting: forwardRef(() => FlatpickrDirective), multi: true }],
  host: { '(blur)': 'onTouched()' },
})
class FlatpickrDirective implements ControlValueAccessor, OnInit, OnDestroy {
  private readonly el: HTMLInputElement = inject(ElementRef).nativeElement;
  private fp?: flatpickr.Instance;
  private value = '';
  private onChange: (v: string) => void = () => {};
  onTouched: () => void = () => {};

  ngOnInit() {
    this.fp = flatpickr(this.el, {
      locale: Thai,
      dateFormat: 'd/m/Y',
      allowInput: true,
      formatDate: (d: Date) => thaiDate(isoOf(d)),
      parseDate: (s: string) => { const iso = parseThaiDate(s); return iso ? new Date(iso + 'T00:00:00') : undefined as unknown as Date; },
      defaultDate: this.value ? new Date(this.value + 'T00:00:00') : undefined,
      onChange: (dates) => this.onChange(dates[0] ? isoOf(dates[0]) : ''),
    });
  }
  ngOnDestroy() { this.fp?.destroy(); }
  writeValue(v: string | null) {
    this.value = v ?? '';
    this.fp?.setDate(this.value ? new Date(this.value + 'T00:00:00') : [], false);
  }
  registerOnChange(fn: (v: string) => void) { this.onChange = fn; }
  registerOnTouched(fn: () => void) { this.onTouched = fn; }
  setDisabledState(disabled: boolean) { this.el.disabled = disabled; }
}

const CRUMBS = `
  <nav aria-label="breadcrumb">
    <ol class="breadcrumb">
      @for (t of crumbs; track t; let i = $index, last = $last) {
        @if (i === 0) { <li class="breadcrumb-item"><a [href]="r.base" data-link>{{ t }}</a></li> }
        @else { <li class="breadcrumb-item" [class.active]="last">{{ t }}</li> }
      }
    </ol>
  </nav>`;

const SUMMARY = `
  <div class="card mb-3">
    <div class="card-header">{{ SUM.title }}</div>
    <div class="card-body">
      <dl class="row mb-0">
        <dt class="col-sm-3">{{ SUM.labels.name }}</dt><dd class="col-sm-9">{{ P.name }}</dd>
        <dt class="col-sm-3">{{ SUM.labels.code }}</dt><dd class="col-sm-9">{{ P.code }}</dd>
        <dt class="col-sm-3">{{ SUM.labels.fiscalYear }}</dt><dd class="col-sm-9">{{ fy }}</dd>
        <dt class="col-sm-3">{{ SUM.labels.agency }}</dt><dd class="col-sm-9">{{ P.agency }}</dd>
        <dt class="col-sm-3">{{ SUM.labels.budgetSource }}</dt><dd class="col-sm-9">{{ P.budgetSource }}</dd>
      </dl>
    </div>
  </div>`;

const CONFIRM = `
  <ng-template #saved let-modal>
    <div class="modal-header"><h4 class="modal-title">บันทึกข้อมูล</h4>
      <button type="button" class="btn-close" aria-label="Close" (click)="modal.dismiss()"></button></div>
    <div class="modal-body"><p>บันทึกข้อมูลเรียบร้อยแล้ว</p></div>
    <div class="modal-footer"><button type="button" class="btn btn-primary" (click)="modal.close()">ตกลง</button></div>
  </ng-template>`;

const NGB = [ReactiveFormsModule, NgbAccordionModule, NgbDatepickerModule, NgbTypeaheadModule, NgbCollapseModule, NgSelectModule, NgxSliderModule];

// ---------------------------------------------------------------------------------------
/** The send step (form.json send): NgbModal's component content, the project and its budget source, the approver in an ng-select as the quarter (Validators.required, is-invalid once committed). */
@Component({
  selector: 'app-send-modal',
  imports: [ReactiveFormsModule, NgSelectModule],
  template: `
  <div class="modal-header">
    <h4 class="modal-title" id="send-title">{{ S.title }}</h4>
    <button type="button" class="btn-close" aria-label="Close" (click)="modal.dismiss()"></button>
  </div>
  <div class="modal-body">
    <dl class="row">
      <dt class="col-sm-3">{{ L.name }}</dt><dd class="col-sm-9">{{ P.name }}</dd>
      <dt class="col-sm-3">{{ L.budgetSource }}</dt><dd class="col-sm-9">{{ P.budgetSource }}</dd>
    </dl>
    <div class="mb-3">
      <label for="recipient" class="form-label">{{ S.recipient.label }} <span class="text-danger">*</span></label>
      <ng-select labelForId="recipient" [items]="S.recipient.options" [formControl]="to" [placeholder]="S.recipient.placeholder" [searchable]="false" [class.is-invalid]="invalid()"></ng-select>
      <div class="invalid-feedback" [class.d-block]="invalid()">กรุณา{{ S.recipient.placeholder }}</div>
    </div>
  </div>
  <div class="modal-footer">
    <button type="button" class="btn btn-outline-secondary" (click)="modal.dismiss()">{{ S.cancel }}</button>
    <button type="button" class="btn btn-primary" (click)="commit()">{{ S.commit }}</button>
  </div>`,
})
class SendModal {
  readonly modal = inject(NgbActiveModal);
  readonly S = FORM.send;
  readonly L = FORM.summary.labels;
  readonly P = FORM.project;
  readonly to = new Control<string | null>(sendChoice() >= 0 ? FORM.send.recipient.options[sendChoice()]! : null, Validators.required);
  readonly submitted = signal(false);

  invalid() { return this.to.invalid && (this.to.touched || this.submitted()); }
  commit() {
    this.submitted.set(true);
    if (this.to.invalid) return;
    markSent(this.to.value!);
    this.modal.close();
  }
}

// ---------------------------------------------------------------------------------------
type PlanGroup = FormGroup<{ on: FormControl<boolean>; detail: FormControl<string | null>; text: FormControl<string> }>;

@Component({
  selector: 'app-m6',
  imports: [...NGB, FlatpickrDirective],
  template: `
  ${CRUMBS}
  <h2 class="h4 mb-3">{{ M6.title }}</h2>
  ${SUMMARY}
  <form [formGroup]="form" (ngSubmit)="save(saved)" novalidate autocomplete="off">
    <div ngbAccordion [closeOthers]="false" class="mb-3">
      <div ngbAccordionItem [collapsed]="false">
        <h2 ngbAccordionHeader><button ngbAccordionButton>{{ S.report }}</button></h2>
        <div ngbAccordionCollapse><div ngbAccordionBody><ng-template>
          <div class="row mb-3">
            <label for="quarter" class="col-sm-3 col-form-label">{{ F.quarter.label }} <span class="text-danger">*</span></label>
            <div class="col-sm-9">
              <ng-select labelForId="quarter" [items]="F.quarter.options" formControlName="quarter" [placeholder]="F.quarter.placeholder" [searchable]="false" [class.is-invalid]="invalid('quarter')"></ng-select>
              <div class="invalid-feedback" [class.d-block]="invalid('quarter')">กรุณาเลือกไตรมาส</div>
            </div>
          </div>
          <div class="row mb-3">
            <label for="reportDate" class="col-sm-3 col-form-label">{{ F.reportDate.label }} <span class="text-danger">*</span></label>
            <div class="col-sm-9">
              <div class="input-group has-validation">
                <input class="form-control" id="reportDate" [placeholder]="F.reportDate.placeholder" formControlName="reportDate" ngbDatepicker #dp="ngbDatepicker" [class.is-invalid]="invalid('reportDate')">
                <button class="btn btn-outline-secondary" (click)="dp.toggle()" type="button">📅</button>
                <div class="invalid-feedback">กรุณาระบุวันที่รายงาน</div>
              </div>
            </div>
          </div>
          <fieldset class="row mb-3">
            <legend class="col-form-label col-sm-3 pt-0">{{ F.status.label }}</legend>
            <div class="col-sm-9">
              @for (s of F.status.options; track s; let i = $index) {
                <div class="form-check form-check-inline">
                  <input class="form-check-input" type="radio" formControlName="status" [id]="'status' + i" [value]="s">
                  <label class="form-check-label" [for]="'status' + i">{{ s }}</label>
                </div>
              }
            </div>
          </fieldset>
          <div class="row mb-3">
            <label class="col-sm-3 col-form-label">{{ F.progress.label }}</label>
            <div class="col-sm-9">
              <ngx-slider formControlName="progress" [options]="sliderOptions"></ngx-slider>
              <div class="form-text">{{ F.progress.helper }}</div>
            </div>
          </div>
          <div class="row mb-3">
            <label for="startDate" class="col-sm-3 col-form-label">{{ F.startDate.label }} <span class="text-danger">*</span></label>
            <div class="col-sm-9">
              <input type="text" class="form-control" id="startDate" appFlatpickr formControlName="startDate" [placeholder]="F.startDate.placeholder" [class.is-invalid]="invalid('startDate')">
              <div class="invalid-feedback">กรุณาระบุวันที่เริ่มดำเนินการ</div>
            </div>
          </div>
          <div class="row mb-3">
            <label for="endDate" class="col-sm-3 col-form-label">{{ F.endDate.label }} <span class="text-danger">*</span></label>
            <div class="col-sm-9">
              <input type="text" class="form-control" id="endDate" appFlatpickr formControlName="endDate" [placeholder]="F.endDate.placeholder" [class.is-invalid]="invalid('endDate')">
              <div class="invalid-feedback">กรุณาระบุวันที่สิ้นสุดการดำเนินการ</div>
            </div>
          </div>
          <div class="row mb-3">
            <label for="beneficiaries" class="col-sm-3 col-form-label">{{ F.beneficiaries.label }} <span class="text-danger">*</span></label>
            <div class="col-sm-9">
              <ng-select labelForId="beneficiaries" [items]="F.beneficiaries.options" formControlName="beneficiaries" [multiple]="true" [closeOnSelect]="false" [placeholder]="F.beneficiaries.placeholder" [class.is-invalid]="invalid('beneficiaries')"></ng-select>
              <div class="invalid-feedback" [class.d-block]="invalid('beneficiaries')">กรุณาเลือกกลุ่มเป้าหมาย</div>
            </div>
          </div>
        </ng-template></div></div>
      </div>

      <div ngbAccordionItem [collapsed]="false">
        <h2 ngbAccordionHeader><button ngbAccordionButton>{{ S.money }}</button></h2>
        <div ngbAccordionCollapse><div ngbAccordionBody><ng-template>
          <div class="row mb-3">
            <label for="allocation" class="col-sm-3 col-form-label">{{ F.allocation.label }} <span class="text-danger">*</span></label>
            <div class="col-sm-9">
              <div class="input-group has-validation">
                <span class="input-group-text">{{ F.allocation.prefix }}</span>
                <input type="text" class="form-control text-end" id="allocation" inputmode="decimal" formControlName="allocation" [placeholder]="F.allocation.placeholder" [class.is-invalid]="invalid('allocation')">
                <div class="invalid-feedback">กรุณาระบุงบประมาณที่ได้รับจัดสรร</div>
              </div>
            </div>
          </div>
          <div class="row mb-3">
            <label for="spent" class="col-sm-3 col-form-label">{{ F.spent.label }} <span class="text-danger">*</span></label>
            <div class="col-sm-9">
              <div class="input-group has-validation">
                <input type="text" class="form-control text-end" id="spent" inputmode="decimal" formControlName="spent" [placeholder]="F.spent.placeholder" [class.is-invalid]="invalid('spent')">
                <span class="input-group-text">{{ F.spent.suffix }}</span>
                <div class="invalid-feedback">กรุณาระบุผลการเบิกจ่าย</div>
              </div>
              <div class="form-text">{{ F.spent.helper }}</div>
            </div>
          </div>
        </ng-template></div></div>
      </div>

      <div ngbAccordionItem [collapsed]="false">
        <h2 ngbAccordionHeader><button ngbAccordionButton>{{ S.kpi }}</button></h2>
        <div ngbAccordionCollapse><div ngbAccordionBody><ng-template>
          <div class="d-flex justify-content-end mb-2">
            <input type="search" class="form-control form-control-sm w-auto" [placeholder]="FILTER" [value]="filter()" (input)="filter.set(text($event))">
          </div>
          <table class="table table-bordered align-middle mb-0" formArrayName="kpi">
            <thead class="table-light"><tr>
              <th scope="col">{{ K.columns.name }}</th><th scope="col" class="text-end">{{ K.columns.target }}</th>
              <th scope="col" style="width:9rem">{{ K.columns.result }}</th><th scope="col">{{ K.columns.unit }}</th>
            </tr></thead>
            <tbody>
              @for (row of kpiRows(); track row.i) {
                <tr>
                  <td>{{ row.name }}</td><td class="text-end">{{ row.target }}</td>
                  <td><input type="text" class="form-control form-control-sm text-end" inputmode="decimal" [formControlName]="row.i"></td>
                  <td>{{ row.unit }}</td>
                </tr>
              }
            </tbody>
          </table>
        </ng-template></div></div>
      </div>

      <div ngbAccordionItem [collapsed]="false">
        <h2 ngbAccordionHeader><button ngbAccordionButton>{{ S.narrative }}</button></h2>
        <div ngbAccordionCollapse><div ngbAccordionBody><ng-template>
          @for (k of textKeys; track k) {
            <div class="mb-3">
              <label [for]="k" class="form-label">{{ F[k].label }} @if (k === 'result') { <span class="text-danger">*</span> }</label>
              <textarea class="form-control" [id]="k" rows="3" [maxlength]="F[k].maxLength" [formControlName]="k" [class.is-invalid]="invalid(k)"></textarea>
              <div class="invalid-feedback">กรุณาระบุผลการดำเนินงาน</div>
              <div class="form-text text-end">{{ form.controls[k].value.length }}/{{ F[k].maxLength }}</div>
            </div>
          }
        </ng-template></div></div>
      </div>

      <div ngbAccordionItem [collapsed]="false">
        <h2 ngbAccordionHeader><button ngbAccordionButton>{{ S.plans }}</button></h2>
        <div ngbAccordionCollapse><div ngbAccordionBody><ng-template>
          <p class="form-label">{{ M6.plans.toggleLegend }}</p>
          <div formGroupName="plans">
            @for (p of plans; track p.key) {
              <div [formGroupName]="p.key">
                <div class="form-check form-switch">
                  <input class="form-check-input" type="checkbox" role="switch" [id]="'plan-' + p.key" formControlName="on">
                  <label class="form-check-label" [for]="'plan-' + p.key">{{ p.name }}</label>
                </div>
                <div class="card card-body mb-3 ms-4" [ngbCollapse]="!planOn(p.key)">
                  <h6 class="card-title">{{ p.name }}</h6>
                  <div class="mb-2">
                    <label [for]="'plan-' + p.key + '-detail'" class="form-label">{{ p.label }}</label>
                    <ng-select [labelForId]="'plan-' + p.key + '-detail'" [items]="p.options" formControlName="detail" [placeholder]="PH"></ng-select>
                  </div>
                  <div>
                    <label [for]="'plan-' + p.key + '-text'" class="form-label">{{ M6.plans.textLabel }}</label>
                    <textarea class="form-control" [id]="'plan-' + p.key + '-text'" rows="2" formControlName="text"></textarea>
                  </div>
                </div>
              </div>
            }
          </div>
        </ng-template></div></div>
      </div>
    </div>
    <div class="d-flex gap-2"><button type="submit" class="btn btn-primary">บันทึก</button><button type="button" class="btn btn-secondary" (click)="send()">{{ SEND }}</button><a class="btn btn-outline-secondary" [href]="r.base" data-link>ยกเลิก</a></div>
  </form>
  ${CONFIRM}`,
})
class M6Screen {
  readonly SEND = FORM.send.open;
  readonly r = loaded()!;
  private readonly fb = inject(FormBuilder).nonNullable;
  private readonly modal = inject(NgbModal);
  private readonly v: M6Values = structuredClone(this.r.scenario!.m6!);
  readonly fy = this.v.fiscalYear;
  readonly submitted = signal(false);
  readonly filter = signal('');
  private readonly plan = (k: PlanKey): PlanGroup => this.fb.group({ on: this.v.plans[k].on, detail: this.fb.control<string | null>(this.v.plans[k].detail || null), text: this.v.plans[k].text });
  readonly form = this.fb.group({
    quarter: this.fb.control<string | null>(this.v.quarter || null, Validators.required),
    reportDate: this.fb.control<NgbDateStruct | null>(beStruct(this.v.reportDate), Validators.required),
    status: this.v.status,
    progress: this.v.progress,
    startDate: [this.v.startDate, Validators.required],
    endDate: [this.v.endDate, Validators.required],
    beneficiaries: [this.v.beneficiaries, Validators.required],
    allocation: [this.v.allocation, Validators.required],
    spent: [this.v.spent, Validators.required],
    kpi: this.fb.array(this.v.kpi),
    result: [this.v.result, Validators.required],
    problems: this.v.problems,
    suggestions: this.v.suggestions,
    plans: this.fb.group({ ns: this.plan('ns'), nesdp: this.plan('nesdp'), mp: this.plan('mp') }),
  });
  readonly sliderOptions: SliderOptions = { floor: 0, ceil: 100, step: 1, showSelectionBar: true, translate: (value: number) => `${value}%` };
  readonly kpiRows = computed(() => FORM.m6.kpi.rows.map((row, i) => ({ ...row, i })).filter((row) => !this.filter() || row.name.includes(this.filter())));
  readonly textKeys = ['result', 'problems', 'suggestions'] as const;
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
  readonly crumbs = FORM.m6.breadcrumb;

  constructor() { readyWhenDrawn(); }

  send() { this.modal.open(SendModal, { ariaLabelledBy: 'send-title', size: 'lg' }); }
  text(e: Event) { return (e.target as HTMLInputElement).value; }
  planOn(k: PlanKey) { return this.form.controls.plans.controls[k].controls.on.value; }
  invalid(name: keyof typeof this.form.controls) {
    const c = this.form.controls[name];
    return c.invalid && (c.touched || this.submitted());
  }
  save(saved: TemplateRef<unknown>) {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    if (this.form.valid) this.modal.open(saved);
  }
}

// ---------------------------------------------------------------------------------------
interface Item { i: number; name: string }
const items = (list: string[]): Item[] => list.map((name, i) => ({ i, name }));
type RowGroup = FormGroup<{ level: FormControl<number | null>; plan: FormControl<number | null>; issue: FormControl<number | null> }>;

@Component({
  selector: 'app-m1',
  imports: NGB,
  template: `
  ${CRUMBS}
  <h2 class="h4 mb-3">{{ M.title }}</h2>
  ${SUMMARY}
  <div class="alert alert-info">{{ M.hint }}</div>
  <form [formGroup]="form" (ngSubmit)="save(saved)" novalidate autocomplete="off">
    <div class="card mb-3">
      <div class="card-header"><h5 class="card-title mb-0">{{ M.ns.section }}</h5></div>
      <div class="card-body"><div class="row g-3" formArrayName="ns">
        @for (label of M.ns.levels; track label; let lv = $index) {
          <div class="col-md-4">
            <label [for]="'ns' + lv" class="form-label">{{ label }} <span class="text-danger">*</span></label>
            <ng-select [labelForId]="'ns' + lv" [items]="nsItems(lv)" bindLabel="name" bindValue="i" [formControlName]="lv" [placeholder]="PH" (change)="cascade(form.controls.ns, lv)" [class.is-invalid]="submitted() && form.controls.ns.controls[lv].invalid"></ng-select>
          </div>
        }
      </div></div>
    </div>

    <div class="card mb-3">
      <div class="card-header"><h5 class="card-title mb-0">{{ M.nesdp.section }}</h5></div>
      <div class="card-body">
        <div class="mb-3">
          <div class="form-label">{{ M.nesdp.editionLabel }}</div>
          <div class="btn-group" role="group">
            @for (e of editions; track e) {
              <input type="radio" class="btn-check" formControlName="edition" [value]="e" [id]="'edition' + e">
              <label class="btn btn-outline-primary" [for]="'edition' + e">{{ M.nesdp.editions[e] }}</label>
            }
          </div>
        </div>
        @if (edition()) {
          <div class="row g-3" formArrayName="nesdp">
            @for (label of nesdpLevels(); track label; let lv = $index) {
              <div class="col-md-4">
                <label [for]="'nesdp' + lv" class="form-label">{{ label }} <span class="text-danger">*</span></label>
                <ng-select [labelForId]="'nesdp' + lv" [items]="nesdpItems(lv)" bindLabel="name" bindValue="i" [formControlName]="lv" [placeholder]="PH" (change)="cascade(form.controls.nesdp, lv)" [class.is-invalid]="submitted() && form.controls.nesdp.controls[lv].invalid"></ng-select>
              </div>
            }
          </div>
        }
      </div>
    </div>

    <div class="card mb-3">
      <div class="card-header d-flex align-items-center"><h5 class="card-title mb-0 me-auto">{{ M.rows.section }}</h5>
        <button type="button" class="btn btn-sm btn-success" (click)="addRow()">+ {{ M.rows.addButton }}</button></div>
      <div class="card-body">
        <div class="table-responsive"><table class="table align-middle" formArrayName="rows">
          <thead><tr>
            <th style="width:4rem">{{ M.rows.columns.no }}</th><th>{{ M.rows.columns.level }}</th><th>{{ M.rows.columns.plan }}</th><th>{{ M.rows.columns.issue }}</th><th></th>
          </tr></thead>
          <tbody>
            @for (row of form.controls.rows.controls; track row; let i = $index) {
              <tr [formGroupName]="i">
                <td>{{ i + 1 }}</td>
                <td><ng-select [items]="levelItems" bindLabel="name" bindValue="i" formControlName="level" [placeholder]="M.rows.levelPlaceholder" appendTo="body" (change)="rowLevel(row)"></ng-select></td>
                <td><ng-select [items]="planItems(row)" bindLabel="name" bindValue="i" formControlName="plan" [placeholder]="PH" appendTo="body" (change)="rowPlan(row)"></ng-select></td>
                <td><ng-select [items]="issueItems(row)" bindLabel="name" bindValue="i" formControlName="issue" [placeholder]="PH" appendTo="body"></ng-select></td>
                <td><button type="button" class="btn btn-sm btn-outline-danger" (click)="form.controls.rows.removeAt(i)">{{ M.rows.removeButton }}</button></td>
              </tr>
            }
          </tbody>
        </table></div>
      </div>
    </div>
    <div class="d-flex gap-2"><button type="submit" class="btn btn-primary">บันทึก</button><a class="btn btn-outline-secondary" [href]="r.base" data-link>ยกเลิก</a></div>
  </form>
  ${CONFIRM}`,
})
class M1Screen {
  readonly r = loaded()!;
  private readonly fb = inject(FormBuilder);
  private readonly modal = inject(NgbModal);
  private readonly v: M1Values = structuredClone(this.r.scenario!.m1!);
  readonly fy = this.v.fiscalYear;
  readonly submitted = signal(false);
  readonly editions: Edition[] = [12, 13];
  private readonly chain = (path: number[]) => this.fb.array(path.map((c, lv) => this.fb.control<number | null>(
    { value: c >= 0 ? c : null, disabled: lv > 0 && path[lv - 1]! < 0 }, Validators.required)));
  private readonly row = (level = -1, plan = -1, issue = -1): RowGroup => this.fb.group({
    level: this.fb.control<number | null>(level >= 0 ? level : null),
    plan: this.fb.control<number | null>({ value: plan >= 0 ? plan : null, disabled: level < 0 }),
    issue: this.fb.control<number | null>({ value: issue >= 0 ? issue : null, disabled: plan < 0 }),
  });
  readonly form = this.fb.group({
    ns: this.chain(this.v.ns),
    edition: this.fb.control<Edition | null>(this.v.edition || null),
    nesdp: this.chain(this.v.nesdp),
    rows: this.fb.array(this.v.rows.map((x) => this.row(x.level, x.plan, x.issue))),
  });
  readonly edition = signal<Edition | null>(this.v.edition || null);
  readonly nesdpLevels = computed(() => { const e = this.edition(); return e ? FORM.m1.nesdp.levels[String(e) as '12' | '13'] : []; });
  readonly levelItems = items(ROW_LEVELS);
  readonly M = FORM.m1;
  readonly SUM = FORM.summary;
  readonly P = FORM.project;
  readonly PH = FORM.placeholder;
  readonly crumbs = FORM.m1.breadcrumb;

  constructor() {
    readyWhenDrawn();
    this.form.controls.edition.valueChanges.subscribe(() => this.setEdition());
  }

  private path(chain: FormArray<FormControl<number | null>>, lv: number) { return chain.controls.slice(0, lv).map((c) => c.value ?? -1); }
  nsItems(lv: number) { const c = this.form.controls.ns; return c.controls[lv]!.disabled ? [] : items(nsOptions(lv, this.path(c, lv))); }
  nesdpItems(lv: number) { const c = this.form.controls.nesdp; return c.controls[lv]!.disabled ? [] : items(nesdpOptions(this.edition()!, lv, this.path(c, lv))); }
  /** a level changed: the levels below are cleared, the next one opens when this one has a value */
  cascade(chain: FormArray<FormControl<number | null>>, lv: number) {
    chain.controls.forEach((c, i) => {
      if (i <= lv) return;
      c.reset(null);
      if (i === lv + 1 && chain.controls[lv]!.value !== null) c.enable(); else c.disable();
    });
  }
  setEdition() {
    this.edition.set(this.form.controls.edition.value);
    this.form.controls.nesdp.controls.forEach((c, i) => { c.reset(null); if (i === 0) c.enable(); else c.disable(); });
  }
  planItems(row: RowGroup) { const l = row.controls.level.value; return l === null ? [] : items(rowPlanOptions(l)); }
  issueItems(row: RowGroup) { const { level, plan } = row.controls; return level.value === null || plan.value === null ? [] : items(rowIssueOptions(level.value, plan.value)); }
  rowLevel(row: RowGroup) {
    row.controls.plan.reset(null); row.controls.issue.reset(null);
    if (row.controls.level.value === null) row.controls.plan.disable(); else row.controls.plan.enable();
    row.controls.issue.disable();
  }
  rowPlan(row: RowGroup) {
    row.controls.issue.reset(null);
    if (row.controls.plan.value === null) row.controls.issue.disable(); else row.controls.issue.enable();
  }
  addRow() { this.form.controls.rows.push(this.row()); }
  save(saved: TemplateRef<unknown>) {
    this.submitted.set(true);
    this.form.markAllAsTouched();
    if (this.form.valid) this.modal.open(saved);
  }
}

// ---------------------------------------------------------------------------------------
@Component({
  selector: 'app-home',
  template: `
  <nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a [href]="r.base" data-link>{{ home }}</a></li></ol></nav>
  <h2 class="h4">รายการโครงการ</h2>
  <div class="card"><div class="card-body"><table class="table">
    <thead><tr><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
    <tbody><tr><td>1</td><td>{{ P.name }}</td><td>{{ P.budgetSource }}</td>
      <td><a [href]="r.base + m6" data-link>รายงานความก้าวหน้า</a> · <a [href]="r.base + m1" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody>
  </table></div></div>`,
})
class HomeScreen {
  readonly r = loaded()!;
  readonly home = FORM.chrome.nav[0];
  readonly P = FORM.project;
  readonly m6 = FORM.m6.route;
  readonly m1 = FORM.m1.route;
  constructor() { readyWhenDrawn(); }
}

// ---------------------------------------------------------------------------------------
const PROJECTS = [FORM.project.name];

@Component({
  selector: 'app-root',
  imports: [NgbCollapseModule, NgbTypeaheadModule, M6Screen, M1Screen, HomeScreen],
  template: `
  <nav class="navbar navbar-expand-lg bg-primary" data-bs-theme="dark">
    <div class="container-fluid">
      <a class="navbar-brand" [href]="route().base" data-link><b>eMENSCR</b> <small class="ms-1">{{ APP }}</small></a>
      <button class="navbar-toggler" type="button" (click)="menuCollapsed = !menuCollapsed"><span class="navbar-toggler-icon"></span></button>
      <div class="collapse navbar-collapse" [ngbCollapse]="menuCollapsed">
        <ul class="navbar-nav me-auto">
          @for (l of links(); track l.text) {
            <li class="nav-item"><a class="nav-link" [href]="l.href" [attr.data-link]="l.href.endsWith('manual') ? null : ''">{{ l.text }}</a></li>
          }
        </ul>
        <form class="d-flex" role="search" (submit)="$event.preventDefault()">
          <input class="form-control me-2" type="search" [placeholder]="SEARCH" [ngbTypeahead]="searchProjects">
        </form>
        <span class="navbar-text ms-3">{{ USER }}</span>
      </div>
    </div>
  </nav>
  <div class="container py-3">
    @let screen = loaded();
    @if (!screen) {
      <div class="d-flex align-items-center gap-2 text-secondary"><div class="spinner-border spinner-border-sm" role="status"></div> กำลังโหลด…</div>
    } @else if (screen.screen === 'm6') {
      <app-m6 />
    } @else if (screen.screen === 'm1') {
      <app-m1 />
    } @else if (screen.screen === 'home') {
      <app-home />
    } @else {
      <h2>ไม่พบหน้าที่ต้องการ</h2>
    }
  </div>
  <footer class="text-center text-secondary small py-3">{{ FOOTER }}</footer>`,
})
class App {
  readonly route = route;
  readonly loaded = loaded;
  menuCollapsed = true;
  readonly links = computed(() => navLinks(this.route().base));
  readonly APP = FORM.chrome.appName.replace('eMENSCR ', '');
  readonly SEARCH = FORM.chrome.search;
  readonly USER = FORM.chrome.user;
  readonly FOOTER = FORM.chrome.footer;
  readonly searchProjects = (text$: Observable<string>) => text$.pipe(
    debounceTime(200), distinctUntilChanged(),
    map((term) => (term.length < 1 ? [] : PROJECTS.filter((p) => p.includes(term)).slice(0, 10))),
  );
}

onRoute((r) => {
  document.title = r.screen === 'm6' ? `${FORM.m6.title} - eMENSCR` : r.screen === 'm1' ? `${FORM.m1.title} - eMENSCR` : 'eMENSCR';
  load(r);
});
load(route());
bootstrapApplication(App, {
  providers: [
    provideZonelessChangeDetection(),
    { provide: LOCALE_ID, useValue: 'th' },
    { provide: NgbCalendar, useClass: NgbCalendarBuddhist },
    { provide: NgbDateParserFormatter, useClass: CustomDateParserFormatter },
  ],
}).catch((e) => console.error(e));
