/**
 * Zoo page: Vue 3 + Quasar 2, written from Quasar's docs (Quasar installed as a Vue plugin with
 * app.use(Quasar, { components, lang }), the prebuilt quasar.css and the Material Icons font of
 * @quasar/extras, templates compiled in the browser). Quasar has no form-item component: as its
 * QForm example does, each field carries its own `label` ("… *" for the required ones, with
 * lazy-rules) that floats inside the filled/outlined box. q-select (not using-input: no native
 * input; multiple with use-chips for the target groups), q-input with mask="date" and a q-date in
 * a q-popup-proxy, a q-slider beside a q-input type number, q-input type number with ฿ / บาท
 * prefix and suffix, q-input textareas with counter, a q-option-group of radios, a q-table whose
 * result column is a body-cell slot with a q-input, q-toggles revealing q-cards; on M1 cascading
 * q-selects, the edition as a q-btn-toggle and a q-table of plan rows with q-select cells.
 */
import { createApp, reactive, ref, computed, watch, onMounted, defineComponent, type PropType } from 'vue';
import * as QuasarAll from 'quasar';
import { Quasar } from 'quasar';
import langTh from 'quasar/lang/th';
import '@quasar/extras/material-icons/material-icons.css';
import 'quasar/dist/quasar.css';
import { FORM, markReady, markSent, navLinks, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/vue-route';
import type { M1Values, M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const idxOpts = (list: string[]) => list.map((o, i) => ({ label: o, value: i }));
// ISO yyyy-mm-dd <-> Quasar's default date mask YYYY/MM/DD (mask="date" on the q-input)
const toQ = (iso: string) => iso.replace(/-/g, '/');
const toNum = (s: string) => (s ? Number(s.replace(/,/g, '')) : null);
const required = [(val: unknown) => (val !== null && val !== undefined && val !== '' && !(Array.isArray(val) && !val.length)) || 'กรุณากรอกข้อมูล'];

const Shell = defineComponent({
  props: { route: { type: Object as PropType<Route>, required: true } },
  setup(props) { return { FORM, links: computed(() => navLinks(props.route.base)), search: ref('') }; },
  template: `
  <q-layout view="hHh lpR fFf">
    <q-header elevated class="bg-primary text-white">
      <q-toolbar>
        <q-toolbar-title shrink><a :href="route.base" data-link class="text-white text-weight-bold" style="text-decoration:none">eMENSCR</a></q-toolbar-title>
        <q-btn v-for="l in links" :key="l.text" flat no-caps :href="l.href" :data-link="l.href.endsWith('manual') ? null : ''" :label="l.text" />
        <q-space />
        <q-input v-model="search" dense standout="bg-primary-dark" dark :placeholder="FORM.chrome.search" style="width:220px">
          <template #append><q-icon name="search" /></template>
        </q-input>
        <div class="q-ml-md">{{ FORM.chrome.user }}</div>
      </q-toolbar>
    </q-header>
    <q-page-container>
      <q-page padding style="max-width:1000px"><slot /></q-page>
    </q-page-container>
    <q-footer class="bg-grey-2 text-grey-7 text-center text-caption q-pa-sm">{{ FORM.chrome.footer }}</q-footer>
  </q-layout>`,
});

const Summary = defineComponent({
  props: { fy: { type: Number, required: true } },
  setup() { return { L: FORM.summary.labels, p: FORM.project, title: FORM.summary.title }; },
  template: `
  <q-card flat bordered class="q-mb-md">
    <q-card-section><div class="text-h6">{{ title }}</div></q-card-section>
    <q-list dense>
      <q-item><q-item-section><q-item-label caption>{{ L.name }}</q-item-label><q-item-label>{{ p.name }}</q-item-label></q-item-section></q-item>
      <q-item>
        <q-item-section><q-item-label caption>{{ L.code }}</q-item-label><q-item-label>{{ p.code }}</q-item-label></q-item-section>
        <q-item-section><q-item-label caption>{{ L.fiscalYear }}</q-item-label><q-item-label>{{ fy }}</q-item-label></q-item-section>
      </q-item>
      <q-item>
        <q-item-section><q-item-label caption>{{ L.agency }}</q-item-label><q-item-label>{{ p.agency }}</q-item-label></q-item-section>
        <q-item-section><q-item-label caption>{{ L.budgetSource }}</q-item-label><q-item-label>{{ p.budgetSource }}</q-item-label></q-item-section>
      </q-item>
    </q-list>
  </q-card>`,
});

const Crumbs = defineComponent({
  props: { items: { type: Array as PropType<string[]>, required: true }, base: { type: String, required: true } },
  template: `
  <q-breadcrumbs class="q-mb-md">
    <q-breadcrumbs-el v-for="(t, i) in items" :key="t" :label="t" :href="i === 0 ? base : undefined" :data-link="i === 0 ? '' : null" />
  </q-breadcrumbs>`,
});

// a q-input with the docs' "With QInput" date picker: mask="date", a q-date in a q-popup-proxy
const DateInput = defineComponent({
  props: { modelValue: { type: String, required: true }, label: { type: String, required: true } },
  emits: ['update:modelValue'],
  setup(_, { emit }) { return { required, set: (x: string | null) => emit('update:modelValue', x ?? '') }; },
  template: `
  <q-input filled :model-value="modelValue" @update:model-value="set" :label="label" mask="date" lazy-rules :rules="['date']">
    <template #append>
      <q-icon name="event" class="cursor-pointer">
        <q-popup-proxy cover transition-show="scale" transition-hide="scale">
          <q-date :model-value="modelValue" @update:model-value="set">
            <div class="row items-center justify-end"><q-btn v-close-popup label="ปิด" color="primary" flat /></div>
          </q-date>
        </q-popup-proxy>
      </q-icon>
    </template>
  </q-input>`,
});

// ---------------------------------------------------------------------------------------
// The send step (form.json `send`): q-dialog around a q-card (title section, a q-list of the
// project, a q-form with the page's q-select for the approver: label "… *", lazy-rules; no
// placeholder, as the quarter's q-select, which draws none without use-input), q-card-actions.
const SendDialog = defineComponent({
  props: { modelValue: { type: Boolean, required: true } },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const R = FORM.send.recipient;
    const formRef = ref<{ validate: () => Promise<boolean> } | null>(null);
    const recipient = ref<string | null>(null);
    watch(() => props.modelValue, (s) => { if (s) { const c = sendChoice(); recipient.value = c >= 0 ? R.options[c]! : null; } }, { immediate: true });
    const close = () => emit('update:modelValue', false);
    const commit = () => formRef.value?.validate().then((ok) => { if (ok && recipient.value) { markSent(recipient.value); close(); } });
    return { S: FORM.send, R, L: FORM.summary.labels, p: FORM.project, formRef, recipient, required, close, commit };
  },
  template: `
  <q-dialog :model-value="modelValue" @update:model-value="$emit('update:modelValue', $event)">
    <q-card style="width:640px;max-width:90vw">
      <q-card-section><div class="text-h6">{{ S.title }}</div></q-card-section>
      <q-list dense>
        <q-item><q-item-section><q-item-label caption>{{ L.name }}</q-item-label><q-item-label>{{ p.name }}</q-item-label></q-item-section></q-item>
        <q-item><q-item-section><q-item-label caption>{{ L.budgetSource }}</q-item-label><q-item-label>{{ p.budgetSource }}</q-item-label></q-item-section></q-item>
      </q-list>
      <q-card-section>
        <q-form ref="formRef" @submit.prevent>
          <q-select filled v-model="recipient" :options="R.options" :label="R.label + ' *'" lazy-rules :rules="required" />
        </q-form>
      </q-card-section>
      <q-card-actions align="right">
        <q-btn flat :label="S.cancel" color="primary" @click="close" />
        <q-btn :label="S.commit" color="primary" @click="commit" />
      </q-card-actions>
    </q-card>
  </q-dialog>`,
});

const M6 = defineComponent({
  components: { ProjectSummary: Summary, Crumbs, DateInput, SendDialog },
  props: { route: { type: Object as PropType<Route>, required: true }, initial: { type: Object as PropType<M6Values>, required: true } },
  setup(props) {
    const init = JSON.parse(JSON.stringify(props.initial)) as M6Values;
    const v = reactive({
      ...init,
      reportDate: toQ(init.reportDate), startDate: toQ(init.startDate), endDate: toQ(init.endDate),
      allocation: toNum(init.allocation), spent: toNum(init.spent),
      quarter: init.quarter || null, status: init.status || null,
    });
    const edition = editionOf(v.fiscalYear);
    const filter = ref('');
    const items = FORM.m6.plans.items;
    const plans = (['ns', 'nesdp', 'mp'] as const).map((key) => ({
      key,
      name: key === 'nesdp' ? nesdpName(edition) : items[key].name,
      label: key === 'nesdp' ? (edition === 12 ? items.nesdp.detail.label12 : items.nesdp.detail.label13) : (items[key].detail as { label: string }).label,
      options: key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition),
    }));
    for (const p of plans) if (!v.plans[p.key].detail) (v.plans[p.key] as { detail: string | null }).detail = null;
    const K = FORM.m6.kpi;
    const kpiRows = K.rows.map((r, i) => ({ ...r, i }));
    const kpiColumns = [
      { name: 'name', label: K.columns.name, field: 'name', align: 'left' },
      { name: 'target', label: K.columns.target, field: 'target', align: 'right' },
      { name: 'result', label: K.columns.result, field: 'i', align: 'left', style: 'width:160px' },
      { name: 'unit', label: K.columns.unit, field: 'unit', align: 'left' },
    ];
    const F = FORM.m6.fields;
    const S = FORM.m6.sections;
    const sending = ref(false);
    onMounted(markReady);
    return { sending, SEND_OPEN: FORM.send.open, FORM_FILTER: FORM.chrome.listFilter, v, F, S, M6: FORM.m6, plans, filter, kpiRows, kpiColumns, required,
      statusOptions: F.status.options.map((o) => ({ label: o, value: o })) };
  },
  template: `
  <crumbs :items="M6.breadcrumb" :base="route.base" />
  <div class="text-h5 q-mb-md">{{ M6.title }}</div>
  <project-summary :fy="v.fiscalYear" />
  <q-form @submit.prevent class="q-gutter-md">
    <q-card flat bordered>
      <q-card-section><div class="text-h6">{{ S.report }}</div></q-card-section>
      <q-card-section class="q-gutter-sm">
        <q-select filled v-model="v.quarter" :options="F.quarter.options" :label="F.quarter.label + ' *'" clearable lazy-rules :rules="required" />
        <date-input v-model="v.reportDate" :label="F.reportDate.label + ' *'" />
        <div>
          <div class="text-body2 text-grey-8">{{ F.status.label }} *</div>
          <q-option-group v-model="v.status" :options="statusOptions" type="radio" inline />
        </div>
        <div class="q-pb-md">
          <div class="text-body2 text-grey-8">{{ F.progress.label }} *</div>
          <div class="row items-center q-col-gutter-md">
            <div class="col"><q-slider v-model="v.progress" :min="0" :max="100" :step="1" label /></div>
            <div class="col-3"><q-input v-model.number="v.progress" type="number" :min="0" :max="100" outlined dense suffix="%" /></div>
          </div>
          <div class="text-caption text-grey-7">{{ F.progress.helper }}</div>
        </div>
        <date-input v-model="v.startDate" :label="F.startDate.label + ' *'" />
        <date-input v-model="v.endDate" :label="F.endDate.label + ' *'" />
        <q-select filled v-model="v.beneficiaries" multiple use-chips :options="F.beneficiaries.options" :label="F.beneficiaries.label + ' *'" lazy-rules :rules="required" />
      </q-card-section>
    </q-card>
    <q-card flat bordered>
      <q-card-section><div class="text-h6">{{ S.money }}</div></q-card-section>
      <q-card-section class="q-gutter-sm">
        <q-input filled v-model.number="v.allocation" type="number" :label="F.allocation.label + ' *'" :prefix="F.allocation.prefix" lazy-rules :rules="required" />
        <q-input filled v-model.number="v.spent" type="number" :label="F.spent.label + ' *'" :suffix="F.spent.suffix" :hint="F.spent.helper" lazy-rules :rules="required" />
      </q-card-section>
    </q-card>
    <q-card flat bordered>
      <q-table :title="S.kpi" :rows="kpiRows" :columns="kpiColumns" row-key="i" :filter="filter" flat hide-pagination :pagination="{ rowsPerPage: 0 }">
        <template #top-right>
          <q-input v-model="filter" dense outlined debounce="300" :placeholder="FORM_FILTER" clearable style="width:240px">
            <template #append><q-icon name="search" /></template>
          </q-input>
        </template>
        <template #body-cell-result="props">
          <q-td :props="props"><q-input v-model="v.kpi[props.row.i]" dense outlined /></q-td>
        </template>
      </q-table>
    </q-card>
    <q-card flat bordered>
      <q-card-section><div class="text-h6">{{ S.narrative }}</div></q-card-section>
      <q-card-section class="q-gutter-sm">
        <q-input v-for="k in ['result', 'problems', 'suggestions']" :key="k" v-model="v[k]" type="textarea" filled autogrow
          :label="F[k].label + (k === 'result' ? ' *' : '')" :maxlength="F[k].maxLength" counter :rules="k === 'result' ? required : []" lazy-rules />
      </q-card-section>
    </q-card>
    <q-card flat bordered>
      <q-card-section><div class="text-h6">{{ S.plans }}</div><div class="text-body2 text-grey-8">{{ M6.plans.toggleLegend }}</div></q-card-section>
      <q-card-section>
        <div v-for="p in plans" :key="p.key">
          <q-toggle v-model="v.plans[p.key].on" :label="p.name" />
          <q-card v-if="v.plans[p.key].on" flat bordered class="q-my-sm">
            <q-card-section class="text-subtitle1">{{ p.name }}</q-card-section>
            <q-card-section class="q-gutter-sm">
              <q-select outlined v-model="v.plans[p.key].detail" :options="p.options" :label="p.label" />
              <q-input outlined v-model="v.plans[p.key].text" type="textarea" :label="M6.plans.textLabel" autogrow />
            </q-card-section>
          </q-card>
        </div>
      </q-card-section>
    </q-card>
    <div><q-btn label="บันทึก" type="submit" color="primary" /><q-btn :label="SEND_OPEN" outline color="primary" class="q-ml-sm" @click="sending = true" /><q-btn label="ยกเลิก" flat color="primary" class="q-ml-sm" :href="route.base" data-link /></div>
  </q-form>
  <send-dialog v-model="sending" />`,
});

// ---------------------------------------------------------------------------------------
const Chain = defineComponent({
  props: {
    labels: { type: Array as PropType<string[]>, required: true },
    modelValue: { type: Array as PropType<number[]>, required: true },
    optionsOf: { type: Function as PropType<(lv: number, path: number[]) => string[]>, required: true },
  },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const list = (lv: number) => idxOpts(lv === 0 || props.modelValue[lv - 1]! >= 0 ? props.optionsOf(lv, props.modelValue.slice(0, lv)) : []);
    const pick = (lv: number, value: number | null) => emit('update:modelValue', props.modelValue.map((c, i) => (i < lv ? c : i === lv ? (value == null ? -1 : value) : -1)));
    return { list, pick };
  },
  template: `
  <div class="row q-col-gutter-md">
    <div v-for="(label, lv) in labels" :key="label" class="col-12 col-md-4">
      <q-select outlined :model-value="modelValue[lv] >= 0 ? modelValue[lv] : null" :options="list(lv)" emit-value map-options
        :disable="lv > 0 && modelValue[lv - 1] < 0" :label="label + ' *'" @update:model-value="pick(lv, $event)" />
    </div>
  </div>`,
});

const M1 = defineComponent({
  components: { ProjectSummary: Summary, Crumbs, Chain },
  props: { route: { type: Object as PropType<Route>, required: true }, initial: { type: Object as PropType<M1Values>, required: true } },
  setup(props) {
    const v = reactive(JSON.parse(JSON.stringify(props.initial)) as M1Values);
    watch(() => v.edition, () => { v.nesdp = [-1, -1, -1]; });
    const nesdpOf = (lv: number, p: number[]) => nesdpOptions(v.edition as Edition, lv, p);
    const addRow = () => v.rows.push({ level: -1, plan: -1, issue: -1 });
    const M = FORM.m1;
    const rowColumns = [
      { name: 'no', label: M.rows.columns.no, field: 'no', align: 'left', style: 'width:70px' },
      { name: 'level', label: M.rows.columns.level, field: 'level', align: 'left', style: 'width:190px' },
      { name: 'plan', label: M.rows.columns.plan, field: 'plan', align: 'left' },
      { name: 'issue', label: M.rows.columns.issue, field: 'issue', align: 'left' },
      { name: 'remove', label: '', field: 'remove', align: 'right', style: 'width:80px' },
    ];
    const orNull = (x: number) => (x >= 0 ? x : null);
    onMounted(markReady);
    return { v, M, P: FORM.placeholder, nsOptions, nesdpOf, addRow, rowColumns, orNull, idxOpts, ROW_LEVELS, rowPlanOptions, rowIssueOptions,
      editionOptions: [12, 13].map((e) => ({ label: FORM.m1.nesdp.editions[e as 12 | 13], value: e })) };
  },
  template: `
  <crumbs :items="M.breadcrumb" :base="route.base" />
  <div class="text-h5 q-mb-md">{{ M.title }}</div>
  <project-summary :fy="v.fiscalYear" />
  <q-banner class="bg-blue-1 text-blue-10 q-mb-md" rounded><template #avatar><q-icon name="info" color="primary" /></template>{{ M.hint }}</q-banner>
  <q-form @submit.prevent class="q-gutter-md">
    <q-card flat bordered>
      <q-card-section><div class="text-h6">{{ M.ns.section }}</div></q-card-section>
      <q-card-section><chain v-model="v.ns" :labels="M.ns.levels" :options-of="nsOptions" /></q-card-section>
    </q-card>
    <q-card flat bordered>
      <q-card-section><div class="text-h6">{{ M.nesdp.section }}</div></q-card-section>
      <q-card-section>
        <div class="text-body2 text-grey-8 q-mb-xs">{{ M.nesdp.editionLabel }} *</div>
        <q-btn-toggle v-model="v.edition" :options="editionOptions" toggle-color="primary" no-caps unelevated class="q-mb-md" style="border:1px solid #1976d2" />
        <chain v-if="v.edition" :key="v.edition" v-model="v.nesdp" :labels="M.nesdp.levels[v.edition]" :options-of="nesdpOf" />
      </q-card-section>
    </q-card>
    <q-card flat bordered>
      <q-table :title="M.rows.section" :rows="v.rows" :columns="rowColumns" :row-key="(r) => v.rows.indexOf(r)" flat hide-pagination :pagination="{ rowsPerPage: 0 }">
        <template #top-right><q-btn color="primary" outline :label="'+ ' + M.rows.addButton" @click="addRow" /></template>
        <template #body="props">
          <q-tr :props="props">
            <q-td key="no" :props="props">{{ props.rowIndex + 1 }}</q-td>
            <q-td key="level" :props="props">
              <q-select dense outlined :model-value="orNull(props.row.level)" :options="idxOpts(ROW_LEVELS)" emit-value map-options :label="M.rows.levelPlaceholder"
                @update:model-value="props.row.level = $event ?? -1; props.row.plan = -1; props.row.issue = -1" />
            </q-td>
            <q-td key="plan" :props="props">
              <q-select dense outlined :model-value="orNull(props.row.plan)" :options="idxOpts(rowPlanOptions(props.row.level))" emit-value map-options :label="P"
                :disable="props.row.level < 0" @update:model-value="props.row.plan = $event ?? -1; props.row.issue = -1" />
            </q-td>
            <q-td key="issue" :props="props">
              <q-select dense outlined :model-value="orNull(props.row.issue)" :options="idxOpts(rowIssueOptions(props.row.level, props.row.plan))" emit-value map-options :label="P"
                :disable="props.row.plan < 0" @update:model-value="props.row.issue = $event ?? -1" />
            </q-td>
            <q-td key="remove" :props="props"><q-btn flat dense color="negative" :label="M.rows.removeButton" @click="v.rows.splice(props.rowIndex, 1)" /></q-td>
          </q-tr>
        </template>
      </q-table>
    </q-card>
    <div><q-btn label="บันทึก" type="submit" color="primary" /><q-btn label="ยกเลิก" flat color="primary" class="q-ml-sm" :href="route.base" data-link /></div>
  </q-form>`,
});

const Home = defineComponent({
  components: { Crumbs },
  props: { route: { type: Object as PropType<Route>, required: true } },
  setup() {
    onMounted(markReady);
    return { FORM, columns: [{ name: 'name', label: 'ชื่อโครงการ', field: 'name', align: 'left' }, { name: 'links', label: '', field: 'name', align: 'left' }] };
  },
  template: `
  <crumbs :items="[FORM.chrome.nav[0]]" :base="route.base" />
  <div class="text-h5 q-mb-md">รายการโครงการ</div>
  <q-table :rows="[{ name: FORM.project.name }]" :columns="columns" row-key="name" flat bordered hide-pagination>
    <template #body-cell-links="props">
      <q-td :props="props"><a :href="route.base + FORM.m6.route" data-link>รายงานความก้าวหน้า</a> · <a :href="route.base + FORM.m1.route" data-link>ความเชื่อมโยงกับแผน</a></q-td>
    </template>
  </q-table>`,
});

const App = defineComponent({
  components: { Shell, M6, M1, Home },
  setup() {
    const { route, loaded } = useZooRoute();
    return { route, loaded };
  },
  template: `
  <shell :route="route">
    <div v-if="!loaded" class="row items-center q-gutter-sm" style="height:80px"><q-spinner size="2em" color="primary" /><span>กำลังโหลด…</span></div>
    <m6 v-else-if="loaded.screen === 'm6'" :key="loaded.scenario.id" :route="loaded" :initial="loaded.scenario.m6" />
    <m1 v-else-if="loaded.screen === 'm1'" :key="loaded.scenario.id" :route="loaded" :initial="loaded.scenario.m1" />
    <home v-else :route="loaded" />
  </shell>`,
});

const style = document.createElement('style');
style.textContent = 'body{font-family:"Sarabun","Garuda","Loma",sans-serif}';
document.head.append(style);
// the whole library, as the UMD build registers it: every Q* component and the directives the page uses
const components = Object.fromEntries(Object.entries(QuasarAll).filter(([k]) => /^Q[A-Z]/.test(k)));
createApp(App).use(Quasar, { components, directives: { ClosePopup: QuasarAll.ClosePopup }, lang: langTh }).mount('#app');
