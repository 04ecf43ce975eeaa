/**
 * Zoo page: an older Thai-government AngularJS app. AngularJS 1.8 bootstrapped by `ng-app` on the
 * page's <body> (the shell in index.html), controllers with `controllerAs`, templates as strings in
 * $templateCache compiled by AngularJS at run time (ng-include / $uibModal), Bootstrap 3.4 CSS,
 * angular-ui-bootstrap 2.5 (uib-datepicker-popup with a Buddhist-era uibDateParser decorator,
 * $uibModal for the save confirmation and the send step, uib-btn-radio for the M1 edition,
 * uib-accordion for the M1 plan sections, uib-alert), ui-select 0.20 with its bootstrap theme
 * (quarter, target groups as tagging chips, plan selects, the approver), angularjs-slider 7
 * (<rzslider>) beside a number input, ng-repeat tables with ng-model cells, ng-options selects,
 * angular-i18n's th-th locale (Thai month and day names).
 * The modules are loaded in the order of an old app's <script> tags: angular first.
 */
import 'bootstrap3/dist/css/bootstrap.min.css';
import 'ui-select/dist/select.min.css';
import 'angularjs-slider/dist/rzslider.min.css';
import angular from 'angular';
import 'angular-i18n/th-th'; // ngLocale: Thai month and day names (the popup's titles and headers)
import 'angular-sanitize';
import 'angular-ui-bootstrap';
import 'ui-select';
import 'angularjs-slider';
import { FORM, currentRoute, loadLater, markReady, markSent, navLinks, onRoute, sendChoice, type Route } from '../../shared/app';
import type { M1Values, M6Values } from '../../shared/scenarios';
import { NS_SIDES, MP_ISSUES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions } from '../../shared/plans';

// AngularJS has no types in this zoo: the page is written as the untyped JavaScript of its time
/* eslint-disable @typescript-eslint/no-explicit-any */
const ng = angular as any;
const P = FORM.placeholder;
const REQ = ' <span class="text-danger">*</span>';
const isoToDate = (iso: string) => { if (!iso) return null; const [y, m, d] = iso.split('-').map(Number); return new Date(y!, m! - 1, d!); };

const app = ng.module('emenscr', ['ngSanitize', 'ui.bootstrap', 'ui.select', 'rzSlider']);

/**
 * Buddhist-era dates, as Thai AngularJS apps patch them: the datepicker works in CE, the text the
 * input shows carries the year + 543 wherever a format has `yyyy` (the date filter, which
 * uibDateParser also formats each code with: the popup's input, its titles and year labels), and
 * the text typed back is parsed as such a year.
 */
app.config(['$provide', 'uiSelectConfig', function ($provide: any, uiSelectConfig: any) {
  const shift = (d: Date, years: number) => { const c = new Date(d.getTime()); c.setFullYear(c.getFullYear() + years); return c; };
  const valid = (d: unknown): d is Date => ng.isDate(d) && !isNaN((d as Date).getTime());
  $provide.decorator('uibDateParser', ['$delegate', function ($delegate: any) {
    const parse = $delegate.parse;
    $delegate.parse = function (input: unknown, format: string, baseDate: unknown) {
      const d = parse.call(this, input, format, baseDate);
      return valid(d) && typeof input === 'string' && /yyyy/.test(format) ? shift(d, -543) : d;
    };
    return $delegate;
  }]);
  $provide.decorator('dateFilter', ['$delegate', function ($delegate: any) {
    return function (date: unknown, format: string, tz?: string) {
      return $delegate(valid(date) && typeof format === 'string' && /yyyy/.test(format) ? shift(date, 543) : date, format, tz);
    };
  }]);
  uiSelectConfig.theme = 'bootstrap';
}]);


// ---------------------------------------------------------------------------------------
// templates
// ---------------------------------------------------------------------------------------
const breadcrumb = (list: string) => `<ol class="breadcrumb">
  <li ng-repeat="b in ${list}" ng-class="{active: $last}"><a ng-if="$first" ng-href="{{app.route.base}}" data-link>{{b}}</a><span ng-if="!$first">{{b}}</span></li>
</ol>`;

const summary = `<div class="panel panel-info"><div class="panel-heading"><h3 class="panel-title">{{::vm.summary.title}}</h3></div>
  <div class="panel-body"><dl class="dl-horizontal" style="margin-bottom:0">
    <dt>{{::vm.summary.labels.name}}</dt><dd>{{::vm.project.name}}</dd>
    <dt>{{::vm.summary.labels.code}}</dt><dd>{{::vm.project.code}}</dd>
    <dt>{{::vm.summary.labels.fiscalYear}}</dt><dd>{{::vm.fiscalYear}}</dd>
    <dt>{{::vm.summary.labels.agency}}</dt><dd>{{::vm.project.agency}}</dd>
    <dt>{{::vm.summary.labels.budgetSource}}</dt><dd>{{::vm.project.budgetSource}}</dd>
  </dl></div></div>`;

const datepicker = (id: string, model: string, placeholder: string) => `<p class="input-group" style="margin-bottom:0">
  <input type="text" class="form-control" id="${id}" name="${id}" uib-datepicker-popup="dd/MM/yyyy" ng-model="${model}" is-open="vm.opened['${id}']"
    datepicker-options="vm.dateOptions" placeholder="${placeholder}" current-text="วันนี้" clear-text="ล้าง" close-text="ปิด" alt-input-formats="vm.altFormats">
  <span class="input-group-btn"><button type="button" class="btn btn-default" ng-click="vm.opened['${id}'] = true"><i class="glyphicon glyphicon-calendar"></i></button></span>
</p>`;

const group = (id: string, label: string, control: string, req = true) =>
  `<div class="form-group"><label for="${id}" class="col-sm-3 control-label">${label}${req ? REQ : ''}</label><div class="col-sm-9">${control}</div></div>`;

const textarea = (key: 'result' | 'problems' | 'suggestions') => group(key, `{{::vm.F.${key}.label}}`,
  `<textarea class="form-control" id="${key}" name="${key}" rows="3" ng-model="vm.v.${key}" maxlength="{{::vm.F.${key}.maxLength}}"></textarea>
   <p class="help-block text-right">{{vm.v.${key}.length || 0}}/{{::vm.F.${key}.maxLength}}</p>`);

const planBlock = (key: 'ns' | 'nesdp' | 'mp') => `
  <div class="checkbox"><label><input type="checkbox" name="plan_${key}" ng-model="vm.v.plans.${key}.on"> {{::vm.plans.${key}.name}}${FORM.m6.plans.items[key].required ? REQ : ''}</label></div>
  <div class="panel panel-default" ng-show="vm.v.plans.${key}.on" style="margin-left:20px">
    <div class="panel-heading">{{::vm.plans.${key}.name}}</div>
    <div class="panel-body">
      <div class="form-group"><label for="plan-${key}-detail" class="col-sm-3 control-label">{{::vm.plans.${key}.label}}</label>
        <div class="col-sm-9">
          <ui-select ng-model="vm.v.plans.${key}.detail" input-id="plan-${key}-detail">
            <ui-select-match placeholder="${P}">{{$select.selected}}</ui-select-match>
            <ui-select-choices repeat="o in vm.plans.${key}.list | filter: $select.search"><span ng-bind-html="o | highlight: $select.search"></span></ui-select-choices>
          </ui-select>
        </div></div>
      <div class="form-group"><label for="plan-${key}-text" class="col-sm-3 control-label">{{::vm.M6.plans.textLabel}}</label>
        <div class="col-sm-9"><textarea class="form-control" id="plan-${key}-text" name="plan_${key}_text" rows="2" ng-model="vm.v.plans.${key}.text"></textarea></div></div>
    </div>
  </div>`;

const panel = (title: string, body: string) =>
  `<div class="panel panel-primary"><div class="panel-heading"><h3 class="panel-title">${title}</h3></div><div class="panel-body">${body}</div></div>`;

const M6_HTML = `<div ng-controller="ReportController as vm">
${breadcrumb('vm.M6.breadcrumb')}
<div class="page-header"><h3>{{::vm.M6.title}}</h3></div>
${summary}
<div uib-alert class="alert-success" ng-if="vm.saved" close="vm.saved = false">บันทึกข้อมูลเรียบร้อยแล้ว</div>
<form name="vm.form" class="form-horizontal" novalidate autocomplete="off" ng-submit="vm.save()">
${panel('{{::vm.S.report}}', `
  ${group('quarter', '{{::vm.F.quarter.label}}', `<ui-select ng-model="vm.v.quarter" input-id="quarter">
      <ui-select-match placeholder="{{::vm.F.quarter.placeholder}}">{{$select.selected}}</ui-select-match>
      <ui-select-choices repeat="q in vm.F.quarter.options | filter: $select.search"><span ng-bind-html="q | highlight: $select.search"></span></ui-select-choices>
    </ui-select>`)}
  ${group('report-date', '{{::vm.F.reportDate.label}}', datepicker('report-date', 'vm.v.reportDate', '{{::vm.F.reportDate.placeholder}}'))}
  <div class="form-group"><label class="col-sm-3 control-label">{{::vm.F.status.label}}${REQ}</label><div class="col-sm-9">
    <label class="radio-inline" ng-repeat="s in vm.F.status.options"><input type="radio" name="status" ng-model="vm.v.status" ng-value="s"> {{s}}</label>
  </div></div>
  <div class="form-group"><label for="progress" class="col-sm-3 control-label">{{::vm.F.progress.label}}${REQ}</label>
    <div class="col-sm-6"><rzslider rz-slider-model="vm.v.progress" rz-slider-options="vm.slider"></rzslider></div>
    <div class="col-sm-3" style="padding-top:20px"><div class="input-group"><input type="number" class="form-control" id="progress" name="progress" min="0" max="100" ng-model="vm.v.progress"><span class="input-group-addon">{{::vm.F.progress.unit}}</span></div></div>
    <div class="col-sm-offset-3 col-sm-9"><p class="help-block">{{::vm.F.progress.helper}}</p></div></div>
  ${group('start-date', '{{::vm.F.startDate.label}}', datepicker('start-date', 'vm.v.startDate', '{{::vm.F.startDate.placeholder}}'))}
  ${group('end-date', '{{::vm.F.endDate.label}}', datepicker('end-date', 'vm.v.endDate', '{{::vm.F.endDate.placeholder}}'))}
  ${group('beneficiaries', '{{::vm.F.beneficiaries.label}}', `<ui-select multiple tagging tagging-label="false" close-on-select="false" ng-model="vm.v.beneficiaries" input-id="beneficiaries">
      <ui-select-match placeholder="{{::vm.F.beneficiaries.placeholder}}">{{$item}}</ui-select-match>
      <ui-select-choices repeat="g in vm.F.beneficiaries.options | filter: $select.search"><span ng-bind-html="g | highlight: $select.search"></span></ui-select-choices>
    </ui-select>`, false)}`)}

${panel('{{::vm.S.money}}', `
  ${group('allocation', '{{::vm.F.allocation.label}}', `<div class="input-group"><span class="input-group-addon">{{::vm.F.allocation.prefix}}</span><input type="text" class="form-control text-right" id="allocation" name="allocation" placeholder="{{::vm.F.allocation.placeholder}}" ng-model="vm.v.allocation"></div>`)}
  ${group('spent', '{{::vm.F.spent.label}}', `<div class="input-group"><input type="text" class="form-control text-right" id="spent" name="spent" placeholder="{{::vm.F.spent.placeholder}}" ng-model="vm.v.spent"><span class="input-group-addon">{{::vm.F.spent.suffix}}</span></div><p class="help-block">{{::vm.F.spent.helper}}</p>`)}`)}

${panel('{{::vm.S.kpi}}', `<table class="table table-bordered table-striped" style="margin-bottom:0">
    <thead><tr class="active"><th>{{::vm.K.columns.name}}</th><th class="text-center">{{::vm.K.columns.target}}</th><th class="text-center" style="width:140px">{{::vm.K.columns.result}}</th><th class="text-center">{{::vm.K.columns.unit}}</th></tr></thead>
    <tbody><tr ng-repeat="row in vm.K.rows"><td>{{row.name}}</td><td class="text-center">{{row.target}}</td>
      <td><input type="text" class="form-control input-sm text-right" name="kpi_result_{{$index}}" ng-model="vm.v.kpi[$index]"></td><td class="text-center">{{row.unit}}</td></tr></tbody>
  </table>`)}

${panel('{{::vm.S.narrative}}', `${textarea('result')}${textarea('problems')}${textarea('suggestions')}`)}

${panel('{{::vm.S.plans}}', `<p><b>{{::vm.M6.plans.toggleLegend}}</b></p>${planBlock('ns')}${planBlock('nesdp')}${planBlock('mp')}`)}

<div class="text-center">
  <button type="submit" class="btn btn-success"><span class="glyphicon glyphicon-floppy-disk"></span> บันทึก</button>
  <button type="button" class="btn btn-default" ng-click="vm.openSend()">{{::vm.send.open}}</button>
  <a class="btn btn-default" ng-href="{{app.route.base}}" data-link>ยกเลิก</a>
</div>
</form>
</div>`;

const M1_HTML = `<div ng-controller="LinkageController as vm">
${breadcrumb('vm.M.breadcrumb')}
<div class="page-header"><h3>{{::vm.M.title}}</h3></div>
${summary}
<div class="alert alert-info"><span class="glyphicon glyphicon-info-sign"></span> {{::vm.M.hint}}</div>
<div uib-alert class="alert-success" ng-if="vm.saved" close="vm.saved = false">บันทึกข้อมูลเรียบร้อยแล้ว</div>
<form name="vm.form" class="form-horizontal" novalidate autocomplete="off" ng-submit="vm.save()">
<div uib-accordion close-others="false">
  <div uib-accordion-group class="panel-primary" heading="{{::vm.M.ns.section}}" is-open="vm.sections.ns">
    ${[0, 1, 2].map((i) => `<div class="form-group"><label for="ns-${i}" class="col-sm-3 control-label">{{::vm.M.ns.levels[${i}]}}${REQ}</label><div class="col-sm-9">
      <ui-select ng-model="vm.ns[${i}]" input-id="ns-${i}" ng-disabled="${i === 0 ? 'false' : `!vm.ns[${i - 1}]`}" on-select="vm.nsPicked(${i})">
        <ui-select-match placeholder="${P}">{{$select.selected}}</ui-select-match>
        <ui-select-choices repeat="o in vm.nsOptions(${i}) | filter: $select.search"><span ng-bind-html="o | highlight: $select.search"></span></ui-select-choices>
      </ui-select></div></div>`).join('\n')}
  </div>
  <div uib-accordion-group class="panel-primary" heading="{{::vm.M.nesdp.section}}" is-open="vm.sections.nesdp">
    <div class="form-group"><label class="col-sm-3 control-label">{{::vm.M.nesdp.editionLabel}}${REQ}</label><div class="col-sm-9">
      <div class="btn-group">
        <label class="btn btn-default" ng-model="vm.edition" uib-btn-radio="12" ng-change="vm.editionChanged()">{{::vm.M.nesdp.editions['12']}}</label>
        <label class="btn btn-default" ng-model="vm.edition" uib-btn-radio="13" ng-change="vm.editionChanged()">{{::vm.M.nesdp.editions['13']}}</label>
      </div>
    </div></div>
    <div ng-if="vm.edition">
      <div class="form-group" ng-repeat="level in vm.M.nesdp.levels[vm.edition]"><label for="nesdp-{{$index}}" class="col-sm-3 control-label">{{level}}${REQ}</label><div class="col-sm-9">
        <select class="form-control" id="nesdp-{{$index}}" name="nesdp_{{$index}}" ng-model="vm.nesdp[$index]" ng-options="o for o in vm.nesdpOptions($index)"
          ng-disabled="$index > 0 && !vm.nesdp[$index - 1]" ng-change="vm.nesdpPicked($index)"><option value="">${P}</option></select>
      </div></div>
    </div>
  </div>
</div>
<div class="panel panel-primary"><div class="panel-heading clearfix"><h3 class="panel-title pull-left" style="padding-top:5px">{{::vm.M.rows.section}}</h3>
  <button type="button" class="btn btn-success btn-sm pull-right" ng-click="vm.addRow()"><span class="glyphicon glyphicon-plus"></span> {{::vm.M.rows.addButton}}</button></div>
  <table class="table table-bordered"><thead><tr class="active">
    <th class="text-center" style="width:60px">{{::vm.M.rows.columns.no}}</th><th>{{::vm.M.rows.columns.level}}</th><th>{{::vm.M.rows.columns.plan}}</th><th>{{::vm.M.rows.columns.issue}}</th><th style="width:60px"></th></tr></thead>
    <tbody><tr ng-repeat="row in vm.rows">
      <td class="text-center">{{$index + 1}}</td>
      <td><select class="form-control input-sm" name="row_level_{{$index}}" ng-model="row.level" ng-options="l for l in vm.ROW_LEVELS" ng-change="row.plan = null; row.issue = null"><option value="">{{::vm.M.rows.levelPlaceholder}}</option></select></td>
      <td><select class="form-control input-sm" name="row_plan_{{$index}}" ng-model="row.plan" ng-options="p for p in vm.rowPlans(row)" ng-disabled="!row.level" ng-change="row.issue = null"><option value="">${P}</option></select></td>
      <td><select class="form-control input-sm" name="row_issue_{{$index}}" ng-model="row.issue" ng-options="i for i in vm.rowIssues(row)" ng-disabled="!row.plan"><option value="">${P}</option></select></td>
      <td class="text-center"><button type="button" class="btn btn-danger btn-xs" ng-click="vm.rows.splice($index, 1)">{{::vm.M.rows.removeButton}}</button></td>
    </tr></tbody></table></div>
<div class="text-center"><button type="submit" class="btn btn-success"><span class="glyphicon glyphicon-floppy-disk"></span> บันทึก</button> <a class="btn btn-default" ng-href="{{app.route.base}}" data-link>ยกเลิก</a></div>
</form>
</div>`;

const HOME_HTML = `<div>
<ol class="breadcrumb"><li class="active">{{::app.chrome.nav[0]}}</li></ol>
<div class="page-header"><h3>รายการโครงการ</h3></div>
<table class="table table-bordered table-hover"><thead><tr class="active"><th>ลำดับ</th><th>ชื่อโครงการ</th><th>แหล่งงบประมาณ</th><th></th></tr></thead>
<tbody><tr><td>1</td><td>{{::app.project.name}}</td><td>{{::app.project.budgetSource}}</td>
<td><a ng-href="{{app.route.base + app.m6Route}}" data-link>รายงานความก้าวหน้า</a> | <a ng-href="{{app.route.base + app.m1Route}}" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></table>
</div>`;

const CONFIRM_HTML = `<div class="modal-header"><h3 class="modal-title" id="confirm-title">ยืนยันการบันทึกข้อมูล</h3></div>
<div class="modal-body" id="confirm-body">ต้องการบันทึกข้อมูลใช่หรือไม่</div>
<div class="modal-footer"><button class="btn btn-default" type="button" ng-click="$dismiss('cancel')">ยกเลิก</button><button class="btn btn-primary" type="button" ng-click="$close(true)">ตกลง</button></div>`;

const SEND_HTML = `<div class="modal-header"><h3 class="modal-title" id="send-title">{{::$ctrl.S.title}}</h3></div>
<div class="modal-body" id="send-body">
  <dl class="dl-horizontal">
    <dt>{{::$ctrl.L.name}}</dt><dd>{{::$ctrl.project.name}}</dd>
    <dt>{{::$ctrl.L.budgetSource}}</dt><dd>{{::$ctrl.project.budgetSource}}</dd>
  </dl>
  <form name="$ctrl.form" novalidate autocomplete="off" ng-submit="$ctrl.commit()">
    <div class="form-group" ng-class="{'has-error': $ctrl.tried && !$ctrl.recipient}">
      <label for="recipient" class="control-label">{{::$ctrl.S.recipient.label}}${REQ}</label>
      <ui-select ng-model="$ctrl.recipient" input-id="recipient">
        <ui-select-match placeholder="{{::$ctrl.S.recipient.placeholder}}">{{$select.selected}}</ui-select-match>
        <ui-select-choices repeat="r in $ctrl.S.recipient.options | filter: $select.search"><span ng-bind-html="r | highlight: $select.search"></span></ui-select-choices>
      </ui-select>
      <p class="help-block" ng-show="$ctrl.tried && !$ctrl.recipient">{{::$ctrl.S.recipient.placeholder}}</p>
    </div>
  </form>
</div>
<div class="modal-footer">
  <button class="btn btn-default" type="button" ng-click="$ctrl.cancel()">{{::$ctrl.S.cancel}}</button>
  <button class="btn btn-primary" type="button" ng-click="$ctrl.commit()">{{::$ctrl.S.commit}}</button>
</div>`;

app.run(['$templateCache', function ($templateCache: any) {
  $templateCache.put('home.html', HOME_HTML);
  $templateCache.put('m6.html', M6_HTML);
  $templateCache.put('m1.html', M1_HTML);
  $templateCache.put('confirm.html', CONFIRM_HTML);
  $templateCache.put('send.html', SEND_HTML);
}]);

// ---------------------------------------------------------------------------------------
// controllers
// ---------------------------------------------------------------------------------------
app.controller('AppController', ['$scope', '$timeout', function (this: any, $scope: any, $timeout: any) {
  const vm = this;
  vm.chrome = FORM.chrome;
  vm.project = FORM.project;
  vm.m6Route = FORM.m6.route;
  vm.m1Route = FORM.m1.route;
  let token = 0;
  function show(r: Route) {
    const my = ++token;
    vm.route = r;
    vm.loading = true;
    vm.data = null;
    vm.links = navLinks(r.base).map((l) => ({ ...l, inApp: !l.href.endsWith('manual') }));
    loadLater(r.scenario).then((data) => {
      if (my !== token) return;
      $scope.$apply(() => {
        vm.data = data;
        vm.loading = false;
        document.title = r.screen === 'm6' ? `${FORM.m6.title} - eMENSCR` : r.screen === 'm1' ? `${FORM.m1.title} - eMENSCR` : 'รายการโครงการ - eMENSCR';
      });
      // the screen is drawn once ng-include's template is linked and the widgets' own timeouts ran
      $timeout(() => $timeout(() => { if (my === token) markReady(); }, 0, false), 0, false);
    });
  }
  vm.search = () => {};
  onRoute((r) => $scope.$applyAsync(() => show(r)));
  show(currentRoute());
}]);

function confirmSave(vm: any, $uibModal: any) {
  $uibModal.open({ templateUrl: 'confirm.html', ariaLabelledBy: 'confirm-title', ariaDescribedBy: 'confirm-body', size: 'sm' })
    .result.then(() => { vm.saved = true; }, ng.noop);
}

app.controller('ReportController', ['$scope', '$uibModal', function (this: any, $scope: any, $uibModal: any) {
  const vm = this;
  const src: M6Values = $scope.app.data.m6;
  const edition = editionOf(src.fiscalYear);
  vm.M6 = FORM.m6;
  vm.F = FORM.m6.fields;
  vm.S = FORM.m6.sections;
  vm.K = FORM.m6.kpi;
  vm.send = FORM.send;
  vm.summary = FORM.summary;
  vm.project = FORM.project;
  vm.fiscalYear = src.fiscalYear;
  vm.opened = {};
  vm.altFormats = ['d!/M!/yyyy'];
  vm.dateOptions = { startingDay: 0, showWeeks: false };
  vm.slider = { floor: 0, ceil: 100, step: 1, showSelectionBar: true };
  const it = FORM.m6.plans.items;
  vm.plans = {
    ns: { name: it.ns.name, label: it.ns.detail.label, list: NS_SIDES },
    nesdp: { name: nesdpName(edition), label: edition === 12 ? it.nesdp.detail.label12 : it.nesdp.detail.label13, list: nesdpTop(edition) },
    mp: { name: it.mp.name, label: it.mp.detail.label, list: MP_ISSUES },
  };
  const v = ng.copy(src);
  v.quarter = v.quarter || undefined;
  v.reportDate = isoToDate(src.reportDate);
  v.startDate = isoToDate(src.startDate);
  v.endDate = isoToDate(src.endDate);
  for (const k of ['ns', 'nesdp', 'mp']) v.plans[k].detail = v.plans[k].detail || undefined;
  vm.v = v;
  vm.save = () => confirmSave(vm, $uibModal);
  vm.openSend = () => {
    $uibModal.open({ templateUrl: 'send.html', controller: 'SendController', controllerAs: '$ctrl', ariaLabelledBy: 'send-title', ariaDescribedBy: 'send-body' })
      .result.then(ng.noop, ng.noop);
  };
}]);

// The send step (form.json `send`): a $uibModal with the project, the approver as a ui-select like
// the quarter (preset from ?recipient=), has-error + help-block when committed with none chosen.
app.controller('SendController', ['$uibModalInstance', function (this: any, $uibModalInstance: any) {
  const $ctrl = this;
  $ctrl.S = FORM.send;
  $ctrl.L = FORM.summary.labels;
  $ctrl.project = FORM.project;
  const c = sendChoice();
  $ctrl.recipient = c >= 0 ? FORM.send.recipient.options[c] : undefined;
  $ctrl.tried = false;
  $ctrl.commit = () => {
    if (!$ctrl.recipient) { $ctrl.tried = true; return; }
    markSent($ctrl.recipient);
    $uibModalInstance.close($ctrl.recipient);
  };
  $ctrl.cancel = () => $uibModalInstance.dismiss('cancel');
}]);

app.controller('LinkageController', ['$scope', '$uibModal', function (this: any, $scope: any, $uibModal: any) {
  const vm = this;
  const src: M1Values = $scope.app.data.m1;
  vm.M = FORM.m1;
  vm.summary = FORM.summary;
  vm.project = FORM.project;
  vm.fiscalYear = src.fiscalYear;
  vm.sections = { ns: true, nesdp: true };
  vm.ROW_LEVELS = ROW_LEVELS;

  const path = (chosen: (string | undefined)[], lists: (i: number) => string[], n: number) =>
    Array.from({ length: n }, (_, i) => (chosen[i] ? lists(i).indexOf(chosen[i]!) : -1));

  // ยุทธศาสตร์ชาติ: ui-select cascade (choosing a level clears the levels below)
  vm.nsOptions = (i: number): string[] => nsOptions(i, path(vm.ns, vm.nsOptions, i));
  vm.ns = [undefined, undefined, undefined];
  src.ns.forEach((k, i) => { if (k >= 0) vm.ns[i] = vm.nsOptions(i)[k]; });
  vm.nsPicked = (i: number) => { for (let j = i + 1; j < 3; j++) vm.ns[j] = undefined; };

  // แผนพัฒนาฯ: uib-btn-radio edition, then native selects with ng-options (lists kept per parent: stable for the digest)
  const cache = new Map<string, string[]>();
  const memo = (key: string, make: () => string[]) => { if (!cache.has(key)) cache.set(key, make()); return cache.get(key)!; };
  vm.nesdpOptions = (i: number): string[] => {
    if (!vm.edition) return [];
    const p = path(vm.nesdp, vm.nesdpOptions, i);
    return memo(`${vm.edition}|${i}|${p.join(',')}`, () => nesdpOptions(vm.edition, i, p));
  };
  vm.edition = src.edition || undefined;
  vm.nesdp = [null, null, null];
  if (vm.edition) src.nesdp.forEach((k, i) => { if (k >= 0) vm.nesdp[i] = vm.nesdpOptions(i)[k]; });
  vm.nesdpPicked = (i: number) => { for (let j = i + 1; j < 3; j++) vm.nesdp[j] = null; };
  vm.editionChanged = () => { vm.nesdp = [null, null, null]; };

  // plan rows: ng-repeat of native selects
  const li = (row: any) => ROW_LEVELS.indexOf(row.level);
  vm.rowPlans = (row: any) => rowPlanOptions(li(row));
  vm.rowIssues = (row: any) => {
    const pi = vm.rowPlans(row).indexOf(row.plan);
    return memo(`row|${li(row)}|${pi}`, () => rowIssueOptions(li(row), pi));
  };
  vm.rows = src.rows.map((r) => {
    const row: any = { level: ROW_LEVELS[r.level] ?? null, plan: null, issue: null };
    row.plan = vm.rowPlans(row)[r.plan] ?? null;
    row.issue = vm.rowIssues(row)[r.issue] ?? null;
    return row;
  });
  vm.addRow = () => vm.rows.push({ level: null, plan: null, issue: null });
  vm.save = () => confirmSave(vm, $uibModal);
}]);
