/**
 * Zoo page: Vue 3 + Naive UI, written from Naive UI's docs (full install with app.use(naive),
 * templates compiled in the browser, render functions for the data-table cells): n-form with
 * left-placed labels and required marks, n-select (not filterable: a div with a placeholder div
 * and no input), a multiple n-select of tags, n-date-picker (type date, dd/MM/yyyy in the Buddhist era through a date locale, read-only input), n-slider
 * beside an n-input-number, n-input-number with ฿ / บาท prefix and suffix slots and thousands
 * separators (format/parse), n-input textareas with show-count, an n-data-table whose result
 * column renders an n-input per row, n-checkbox toggles revealing n-cards; on M1 a top-label
 * form with cascading n-selects, the edition as n-radio-buttons and an n-data-table of plan rows
 * with n-select cells.
 */
import { createApp, reactive, ref, computed, watch, onMounted, defineComponent, h, type PropType } from 'vue';
import naive, { NInput, NSelect, NButton, thTH, dateThTH } from 'naive-ui';
import { FORM, markReady, markSent, navLinks, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/vue-route';
import type { M1Values, M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

// Dates in the Buddhist era, as Thai government forms show them: Naive UI formats dates with
// date-fns, which has no BE year, so the page passes its own date locale (n-config-provider's
// date-locale, as Naive UI's i18n docs allow) whose ordinal year ("yo") is the BE year; the
// inputs are read-only (input-readonly) so a typed BE year is never parsed as a CE one.
const dateThBE = {
  ...dateThTH,
  locale: {
    ...dateThTH.locale,
    localize: {
      ...dateThTH.locale.localize!,
      ordinalNumber: (n: unknown, o?: { unit?: string }) => (o?.unit === 'year' ? String(Number(n) + 543) : String(n)),
    },
  },
};
const opts = (list: string[]) => list.map((o) => ({ label: o, value: o }));
const idxOpts = (list: string[]) => list.map((o, i) => ({ label: o, value: i }));
// ISO date <-> the picker's timestamp (local midnight)
const toTs = (iso: string) => (iso ? new Date(iso + 'T00:00:00').getTime() : null);
const toIso = (ts: number | null) => {
  if (ts == null) return '';
  const d = new Date(ts);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
// amounts typed as "1,500,000": the docs' format/parse example for n-input-number
const toNum = (s: string) => (s ? Number(s.replace(/,/g, '')) : null);
const fmt = (n: number | null) => (n == null ? '' : n.toLocaleString('en-US'));
const parse = (s: string) => { const n = Number(s.replace(/,/g, '')); return s.trim() === '' || Number.isNaN(n) ? null : n; };

const Shell = defineComponent({
  props: { route: { type: Object as PropType<Route>, required: true } },
  setup(props) { return { FORM, links: computed(() => navLinks(props.route.base)) }; },
  template: `
  <n-layout style="min-height:100vh">
    <n-layout-header style="display:flex;align-items:center;gap:16px;padding:0 24px;height:56px;background:#18a058;color:#fff">
      <a :href="route.base" data-link style="color:#fff;font-weight:700;text-decoration:none">eMENSCR</a>
      <n-space style="flex:1"><a v-for="l in links" :key="l.text" :href="l.href" :data-link="l.href.endsWith('manual') ? null : ''" style="color:#fff;text-decoration:none">{{ l.text }}</a></n-space>
      <n-input :placeholder="FORM.chrome.search" clearable style="width:220px" />
      <span>{{ FORM.chrome.user }}</span>
    </n-layout-header>
    <n-layout-content content-style="padding:24px;max-width:1000px"><slot /></n-layout-content>
    <n-layout-footer style="text-align:center;color:#999;font-size:12px;padding:12px">{{ FORM.chrome.footer }}</n-layout-footer>
  </n-layout>`,
});

const Summary = defineComponent({
  props: { fy: { type: Number, required: true } },
  setup() { return { L: FORM.summary.labels, p: FORM.project, title: FORM.summary.title }; },
  template: `
  <n-card :title="title" style="margin-bottom:16px">
    <n-descriptions label-placement="left" :column="2">
      <n-descriptions-item :label="L.name" :span="2">{{ p.name }}</n-descriptions-item>
      <n-descriptions-item :label="L.code">{{ p.code }}</n-descriptions-item>
      <n-descriptions-item :label="L.fiscalYear">{{ fy }}</n-descriptions-item>
      <n-descriptions-item :label="L.agency">{{ p.agency }}</n-descriptions-item>
      <n-descriptions-item :label="L.budgetSource">{{ p.budgetSource }}</n-descriptions-item>
    </n-descriptions>
  </n-card>`,
});

const Crumbs = defineComponent({
  props: { items: { type: Array as PropType<string[]>, required: true }, base: { type: String, required: true } },
  template: `
  <n-breadcrumb style="margin-bottom:16px">
    <n-breadcrumb-item v-for="(t, i) in items" :key="t" :href="i === 0 ? base : undefined">{{ t }}</n-breadcrumb-item>
  </n-breadcrumb>`,
});

// The send step (form.json `send`): n-modal with the card preset, an n-descriptions of the
// project, an n-form with the page's n-select for the approver (rules: required) and the
// buttons in the card's footer slot.
const SendModal = defineComponent({
  props: { show: { type: Boolean, required: true } },
  emits: ['update:show'],
  setup(props, { emit }) {
    const R = FORM.send.recipient;
    const formRef = ref<{ validate: () => Promise<unknown> } | null>(null);
    const m = reactive({ recipient: null as string | null });
    watch(() => props.show, (s) => { if (s) { const c = sendChoice(); m.recipient = c >= 0 ? R.options[c]! : null; } }, { immediate: true });
    const rules = { recipient: { required: true, message: R.placeholder, trigger: ['change', 'blur'] } };
    const close = () => emit('update:show', false);
    const commit = () => formRef.value?.validate().then(() => { markSent(m.recipient!); close(); }, () => {});
    return { S: FORM.send, R, L: FORM.summary.labels, p: FORM.project, formRef, m, rules, close, commit, options: opts(R.options) };
  },
  template: `
  <n-modal :show="show" preset="card" :title="S.title" style="width:640px" :bordered="false" @update:show="$emit('update:show', $event)">
    <n-descriptions label-placement="left" :column="1" style="margin-bottom:16px">
      <n-descriptions-item :label="L.name">{{ p.name }}</n-descriptions-item>
      <n-descriptions-item :label="L.budgetSource">{{ p.budgetSource }}</n-descriptions-item>
    </n-descriptions>
    <n-form ref="formRef" :model="m" :rules="rules" label-placement="top" require-mark-placement="right-hanging" @submit.prevent>
      <n-form-item :label="R.label" path="recipient">
        <n-select v-model:value="m.recipient" :options="options" :placeholder="R.placeholder" />
      </n-form-item>
    </n-form>
    <template #footer>
      <n-space justify="end"><n-button @click="close">{{ S.cancel }}</n-button><n-button type="primary" @click="commit">{{ S.commit }}</n-button></n-space>
    </template>
  </n-modal>`,
});

// ---------------------------------------------------------------------------------------
const M6 = defineComponent({
  components: { ProjectSummary: Summary, Crumbs, SendModal },
  props: { route: { type: Object as PropType<Route>, required: true }, initial: { type: Object as PropType<M6Values>, required: true } },
  setup(props) {
    const init = JSON.parse(JSON.stringify(props.initial)) as M6Values;
    const v = reactive({
      ...init,
      reportDate: toTs(init.reportDate), startDate: toTs(init.startDate), endDate: toTs(init.endDate),
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
      options: opts(key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition)),
    }));
    for (const p of plans) if (!v.plans[p.key].detail) (v.plans[p.key] as { detail: string | null }).detail = null;
    const K = FORM.m6.kpi;
    const kpiRows = computed(() => K.rows.map((r, i) => ({ ...r, i })).filter((r) => !filter.value || r.name.includes(filter.value)));
    const kpiColumns = [
      { title: K.columns.name, key: 'name' },
      { title: K.columns.target, key: 'target', align: 'right', width: 110 },
      { title: K.columns.result, key: 'result', width: 150,
        render: (row: { i: number }) => h(NInput, { value: v.kpi[row.i], size: 'small', onUpdateValue: (x: string) => { v.kpi[row.i] = x; } }) },
      { title: K.columns.unit, key: 'unit', width: 110 },
    ];
    const F = FORM.m6.fields;
    const sending = ref(false);
    onMounted(markReady);
    return { sending, SEND_OPEN: FORM.send.open, FORM_FILTER: FORM.chrome.listFilter, v, F, S: FORM.m6.sections, M6: FORM.m6, plans, filter, kpiRows, kpiColumns, P: FORM.placeholder,
      quarterOptions: opts(F.quarter.options), beneficiaryOptions: opts(F.beneficiaries.options), fmt, parse };
  },
  template: `
  <crumbs :items="M6.breadcrumb" :base="route.base" />
  <h2>{{ M6.title }}</h2>
  <project-summary :fy="v.fiscalYear" />
  <n-form :model="v" label-placement="left" label-width="220" require-mark-placement="right-hanging" @submit.prevent>
    <n-card :title="S.report" style="margin-bottom:16px">
      <n-form-item :label="F.quarter.label" path="quarter" required>
        <n-select v-model:value="v.quarter" :options="quarterOptions" :placeholder="F.quarter.placeholder" clearable />
      </n-form-item>
      <n-form-item :label="F.reportDate.label" path="reportDate" required>
        <n-date-picker v-model:value="v.reportDate" type="date" format="dd/MM/yo" input-readonly :placeholder="F.reportDate.placeholder" clearable />
      </n-form-item>
      <n-form-item :label="F.status.label" path="status" required>
        <n-radio-group v-model:value="v.status"><n-space><n-radio v-for="o in F.status.options" :key="o" :value="o">{{ o }}</n-radio></n-space></n-radio-group>
      </n-form-item>
      <n-form-item :label="F.progress.label" path="progress" required :feedback="F.progress.helper">
        <n-grid :cols="24" :x-gap="12" style="width:100%">
          <n-gi :span="18"><n-slider v-model:value="v.progress" :min="0" :max="100" :step="1" /></n-gi>
          <n-gi :span="6"><n-input-number v-model:value="v.progress" :min="0" :max="100" size="small" /></n-gi>
        </n-grid>
      </n-form-item>
      <n-form-item :label="F.startDate.label" path="startDate" required>
        <n-date-picker v-model:value="v.startDate" type="date" format="dd/MM/yo" input-readonly :placeholder="F.startDate.placeholder" clearable />
      </n-form-item>
      <n-form-item :label="F.endDate.label" path="endDate" required>
        <n-date-picker v-model:value="v.endDate" type="date" format="dd/MM/yo" input-readonly :placeholder="F.endDate.placeholder" clearable />
      </n-form-item>
      <n-form-item :label="F.beneficiaries.label" path="beneficiaries" required>
        <n-select v-model:value="v.beneficiaries" multiple :options="beneficiaryOptions" :placeholder="F.beneficiaries.placeholder" />
      </n-form-item>
    </n-card>
    <n-card :title="S.money" style="margin-bottom:16px">
      <n-form-item :label="F.allocation.label" path="allocation" required>
        <n-input-number v-model:value="v.allocation" :placeholder="F.allocation.placeholder" :show-button="false" :format="fmt" :parse="parse" style="width:100%">
          <template #prefix>{{ F.allocation.prefix }}</template>
        </n-input-number>
      </n-form-item>
      <n-form-item :label="F.spent.label" path="spent" required :feedback="F.spent.helper">
        <n-input-number v-model:value="v.spent" :placeholder="F.spent.placeholder" :show-button="false" :format="fmt" :parse="parse" style="width:100%">
          <template #suffix>{{ F.spent.suffix }}</template>
        </n-input-number>
      </n-form-item>
    </n-card>
    <n-card :title="S.kpi" style="margin-bottom:16px">
      <template #header-extra><n-input v-model:value="filter" :placeholder="FORM_FILTER" clearable style="width:240px" /></template>
      <n-data-table :columns="kpiColumns" :data="kpiRows" :row-key="(r) => r.i" :bordered="true" />
    </n-card>
    <n-card :title="S.narrative" style="margin-bottom:16px">
      <n-form-item v-for="k in ['result', 'problems', 'suggestions']" :key="k" :label="F[k].label" :path="k" :required="k === 'result'">
        <n-input v-model:value="v[k]" type="textarea" :rows="3" :maxlength="F[k].maxLength" show-count />
      </n-form-item>
    </n-card>
    <n-card :title="S.plans" style="margin-bottom:16px">
      <n-form-item :label="M6.plans.toggleLegend">
        <div style="width:100%">
          <div v-for="p in plans" :key="p.key">
            <n-checkbox v-model:checked="v.plans[p.key].on">{{ p.name }}</n-checkbox>
            <n-card v-if="v.plans[p.key].on" :title="p.name" size="small" style="margin:4px 0 12px">
              <n-form label-placement="top" @submit.prevent>
                <n-form-item :label="p.label"><n-select v-model:value="v.plans[p.key].detail" :options="p.options" :placeholder="P" /></n-form-item>
                <n-form-item :label="M6.plans.textLabel"><n-input v-model:value="v.plans[p.key].text" type="textarea" :rows="2" /></n-form-item>
              </n-form>
            </n-card>
          </div>
        </div>
      </n-form-item>
    </n-card>
    <n-space><n-button type="primary" attr-type="submit">บันทึก</n-button><n-button secondary @click="sending = true">{{ SEND_OPEN }}</n-button><n-button tag="a" :href="route.base" data-link>ยกเลิก</n-button></n-space>
  </n-form>
  <send-modal v-model:show="sending" />`,
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
    return { list, pick, P: FORM.placeholder };
  },
  template: `
  <n-grid :cols="3" :x-gap="16" responsive="screen" item-responsive>
    <n-form-item-gi v-for="(label, lv) in labels" :key="label" span="3 m:1" :label="label" required>
      <n-select :value="modelValue[lv] >= 0 ? modelValue[lv] : null" :options="list(lv)" :disabled="lv > 0 && modelValue[lv - 1] < 0" :placeholder="P" @update:value="pick(lv, $event)" />
    </n-form-item-gi>
  </n-grid>`,
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
    const sel = (value: number, options: string[], placeholder: string, disabled: boolean, set: (x: number) => void) =>
      h(NSelect, { value: value >= 0 ? value : null, options: idxOpts(options), placeholder, disabled, onUpdateValue: (x: number | null) => set(x == null ? -1 : x) });
    type Row = M1Values['rows'][number];
    const rowColumns = [
      { title: M.rows.columns.no, key: 'no', width: 70, render: (_: Row, i: number) => i + 1 },
      { title: M.rows.columns.level, key: 'level', width: 170,
        render: (row: Row) => sel(row.level, ROW_LEVELS, M.rows.levelPlaceholder, false, (x) => { row.level = x; row.plan = -1; row.issue = -1; }) },
      { title: M.rows.columns.plan, key: 'plan',
        render: (row: Row) => sel(row.plan, rowPlanOptions(row.level), FORM.placeholder, row.level < 0, (x) => { row.plan = x; row.issue = -1; }) },
      { title: M.rows.columns.issue, key: 'issue',
        render: (row: Row) => sel(row.issue, rowIssueOptions(row.level, row.plan), FORM.placeholder, row.plan < 0, (x) => { row.issue = x; }) },
      { title: '', key: 'remove', width: 80,
        render: (_: Row, i: number) => h(NButton, { type: 'error', text: true, onClick: () => v.rows.splice(i, 1) }, () => M.rows.removeButton) },
    ];
    onMounted(markReady);
    return { v, M, nsOptions, nesdpOf, addRow, rowColumns };
  },
  template: `
  <crumbs :items="M.breadcrumb" :base="route.base" />
  <h2>{{ M.title }}</h2>
  <project-summary :fy="v.fiscalYear" />
  <n-alert type="info" style="margin-bottom:16px">{{ M.hint }}</n-alert>
  <n-form :model="v" label-placement="top" @submit.prevent>
    <n-card :title="M.ns.section" style="margin-bottom:16px">
      <chain v-model="v.ns" :labels="M.ns.levels" :options-of="nsOptions" />
    </n-card>
    <n-card :title="M.nesdp.section" style="margin-bottom:16px">
      <n-form-item :label="M.nesdp.editionLabel" required>
        <n-radio-group v-model:value="v.edition">
          <n-radio-button v-for="e in [12, 13]" :key="e" :value="e">{{ M.nesdp.editions[e] }}</n-radio-button>
        </n-radio-group>
      </n-form-item>
      <chain v-if="v.edition" :key="v.edition" v-model="v.nesdp" :labels="M.nesdp.levels[v.edition]" :options-of="nesdpOf" />
    </n-card>
    <n-card :title="M.rows.section" style="margin-bottom:16px">
      <template #header-extra><n-button type="primary" secondary @click="addRow">+ {{ M.rows.addButton }}</n-button></template>
      <n-data-table :columns="rowColumns" :data="v.rows" />
    </n-card>
    <n-space><n-button type="primary" attr-type="submit">บันทึก</n-button><n-button tag="a" :href="route.base" data-link>ยกเลิก</n-button></n-space>
  </n-form>`,
});

const Home = defineComponent({
  components: { Crumbs },
  props: { route: { type: Object as PropType<Route>, required: true } },
  setup(props) {
    onMounted(markReady);
    const columns = [
      { title: 'ชื่อโครงการ', key: 'name' },
      { title: '', key: 'links', render: () => [h('a', { href: props.route.base + FORM.m6.route, 'data-link': '' }, 'รายงานความก้าวหน้า'), ' · ', h('a', { href: props.route.base + FORM.m1.route, 'data-link': '' }, 'ความเชื่อมโยงกับแผน')] },
    ];
    return { FORM, columns };
  },
  template: `
  <crumbs :items="[FORM.chrome.nav[0]]" :base="route.base" />
  <h2>รายการโครงการ</h2>
  <n-data-table :columns="columns" :data="[{ name: FORM.project.name }]" />`,
});

const App = defineComponent({
  components: { Shell, M6, M1, Home },
  setup() {
    const { route, loaded } = useZooRoute();
    return { route, loaded, thTH, dateThBE };
  },
  template: `
  <n-config-provider :locale="thTH" :date-locale="dateThBE">
    <shell :route="route">
      <n-spin v-if="!loaded" :show="true" description="กำลังโหลด…" style="height:80px;width:100%"></n-spin>
      <m6 v-else-if="loaded.screen === 'm6'" :key="loaded.scenario.id" :route="loaded" :initial="loaded.scenario.m6" />
      <m1 v-else-if="loaded.screen === 'm1'" :key="loaded.scenario.id" :route="loaded" :initial="loaded.scenario.m1" />
      <home v-else :route="loaded" />
    </shell>
  </n-config-provider>`,
});

const style = document.createElement('style');
style.textContent = 'body{margin:0;font-family:"Sarabun","Garuda","Loma",sans-serif}';
document.head.append(style);
createApp(App).use(naive).mount('#app');
