/**
 * Zoo page: Vue 3 + PrimeVue 5 with the Aura preset (@primeuix/themes), written from PrimeVue's
 * docs (templates compiled in the browser): Cards for the sections, labels the way the form docs
 * draw them (a plain <label for> above the control, FloatLabel on the dates, IftaLabel on the
 * money), Select (a role=combobox <span>, not an <input>) for the quarter and plan levels,
 * MultiSelect with chips for the target groups, DatePicker with a Thai locale (PrimeVue formats
 * Gregorian years: dd/mm/yy = 15/03/2026), Slider + InputNumber (suffix %) for progress,
 * InputNumber with prefix ฿ / suffix บาท for money (the symbols are inside the input's text),
 * RadioButtonGroup for the status, ToggleSwitches revealing Panels for the plans, a DataTable with
 * InputText cells and a global filter for the KPIs; on M1 cascading Selects, the edition as a
 * SelectButton, and a DataTable of plan rows with Select cells.
 */
import { createApp, reactive, ref, computed, watch, onMounted, defineComponent, type PropType } from 'vue';
import PrimeVue from 'primevue/config';
import Aura from '@primeuix/themes/aura';
import { FilterMatchMode } from '@primevue/core/api';
import Menubar from 'primevue/menubar';
import Breadcrumb from 'primevue/breadcrumb';
import Card from 'primevue/card';
import Panel from 'primevue/panel';
import Button from 'primevue/button';
import InputText from 'primevue/inputtext';
import InputNumber from 'primevue/inputnumber';
import Textarea from 'primevue/textarea';
import Select from 'primevue/select';
import MultiSelect from 'primevue/multiselect';
import DatePicker from 'primevue/datepicker';
import Slider from 'primevue/slider';
import RadioButton from 'primevue/radiobutton';
import RadioButtonGroup from 'primevue/radiobuttongroup';
import ToggleSwitch from 'primevue/toggleswitch';
import SelectButton from 'primevue/selectbutton';
import DataTable from 'primevue/datatable';
import Column from 'primevue/column';
import FloatLabel from 'primevue/floatlabel';
import IftaLabel from 'primevue/iftalabel';
import IconField from 'primevue/iconfield';
import InputIcon from 'primevue/inputicon';
import Message from 'primevue/message';
import Dialog from 'primevue/dialog';
import ProgressSpinner from 'primevue/progressspinner';
import { FORM, markReady, markSent, navigate, navLinks, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/vue-route';
import type { M1Values, M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

/** Thai strings for PrimeVue's locale option (from PrimeLocale's th.json, the part these components use). */
const th = {
  dayNames: ['อาทิตย์', 'จันทร์', 'อังคาร', 'พุธ', 'พฤหัสบดี', 'ศุกร์', 'เสาร์'],
  dayNamesShort: ['อา.', 'จ.', 'อ.', 'พ.', 'พฤ.', 'ศ.', 'ส.'],
  dayNamesMin: ['อา', 'จ', 'อ', 'พ', 'พฤ', 'ศ', 'ส'],
  monthNames: ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'],
  monthNamesShort: ['ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'],
  today: 'วันนี้', clear: 'ล้าง', weekHeader: 'สัปดาห์', firstDayOfWeek: 0, dateFormat: 'dd/mm/yy',
  emptyMessage: 'ไม่พบข้อมูล', emptyFilterMessage: 'ไม่พบผลลัพธ์', selectionMessage: 'เลือก {0} รายการ',
};

const SearchIcon = `<svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><circle cx="10" cy="10" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M15 15l5 5" stroke="currentColor" stroke-width="2"/></svg>`;

const Shell = defineComponent({
  props: { route: { type: Object as PropType<Route>, required: true } },
  setup(props) {
    const items = computed(() => navLinks(props.route.base).map((l) => ({
      label: l.text, url: l.href,
      command: l.href.endsWith('manual') ? undefined : ({ originalEvent }: { originalEvent: Event }) => { originalEvent.preventDefault(); navigate(l.href); },
    })));
    return { FORM, items };
  },
  template: `
  <div style="min-height:100vh;background:var(--p-surface-50)">
    <Menubar :model="items" style="border-radius:0">
      <template #start><a :href="route.base" data-link style="font-weight:700;text-decoration:none;color:var(--p-primary-color);margin-right:12px">eMENSCR</a></template>
      <template #end><div style="display:flex;align-items:center;gap:12px">
        <IconField><InputIcon>${SearchIcon}</InputIcon><InputText :placeholder="FORM.chrome.search" size="small" /></IconField>
        <span>{{ FORM.chrome.user }}</span></div></template>
    </Menubar>
    <main style="max-width:1000px;margin:0 auto;padding:16px"><slot /></main>
    <footer style="text-align:center;color:var(--p-text-muted-color);font-size:12px;padding:16px">{{ FORM.chrome.footer }}</footer>
  </div>`,
});

const Summary = defineComponent({
  props: { fy: { type: Number, required: true } },
  setup() { return { L: FORM.summary.labels, p: FORM.project, title: FORM.summary.title }; },
  template: `
  <Card style="margin-bottom:16px"><template #title>{{ title }}</template><template #content>
    <div class="grid2">
      <div class="kv full"><span class="k">{{ L.name }}</span><span class="v">{{ p.name }}</span></div>
      <div class="kv"><span class="k">{{ L.code }}</span><span class="v">{{ p.code }}</span></div>
      <div class="kv"><span class="k">{{ L.fiscalYear }}</span><span class="v">{{ fy }}</span></div>
      <div class="kv"><span class="k">{{ L.agency }}</span><span class="v">{{ p.agency }}</span></div>
      <div class="kv"><span class="k">{{ L.budgetSource }}</span><span class="v">{{ p.budgetSource }}</span></div>
    </div>
  </template></Card>`,
});

const Crumbs = defineComponent({
  props: { items: { type: Array as PropType<string[]>, required: true }, base: { type: String, required: true } },
  setup(props) {
    const model = computed(() => props.items.map((t, i) => (i === 0 ? { label: t, url: props.base } : { label: t })));
    return { model };
  },
  template: `
  <Breadcrumb :model="model" style="margin-bottom:8px;background:transparent;padding-left:0">
    <template #item="{ item }"><a v-if="item.url" :href="item.url" data-link>{{ item.label }}</a><span v-else>{{ item.label }}</span></template>
  </Breadcrumb>`,
});

/** '1,500,000' → 1500000 ('' → null): InputNumber's model is a number. */
const num = (s: string) => (s === '' ? null : Number(s.replace(/,/g, '')));
/** yyyy-mm-dd → a local Date ('' → null): DatePicker's model is a Date. */
const day = (s: string) => { if (!s) return null; const [y, m, d] = s.split('-').map(Number); return new Date(y!, m! - 1, d!); };

// ---------------------------------------------------------------------------------------
// The send step (form.json `send`): a modal Dialog with the project as label/value lines, the
// page's Select for the approver (invalid + a simple error Message when nothing is chosen) and
// the buttons in the footer slot.
const SendDialog = defineComponent({
  props: { visible: { type: Boolean, required: true } },
  emits: ['update:visible'],
  setup(props, { emit }) {
    const R = FORM.send.recipient;
    const recipient = ref<string | null>(null);
    const tried = ref(false);
    watch(() => props.visible, (s) => { if (s) { const c = sendChoice(); recipient.value = c >= 0 ? R.options[c]! : null; tried.value = false; } }, { immediate: true });
    const close = () => emit('update:visible', false);
    const commit = () => { tried.value = true; if (!recipient.value) return; markSent(recipient.value); close(); };
    return { S: FORM.send, R, L: FORM.summary.labels, p: FORM.project, recipient, tried, close, commit };
  },
  template: `
  <Dialog :visible="visible" modal :header="S.title" :style="{ width: '40rem' }" @update:visible="$emit('update:visible', $event)">
    <div class="kv full" style="margin-bottom:8px"><span class="k">{{ L.name }}</span><span class="v">{{ p.name }}</span></div>
    <div class="kv full" style="margin-bottom:16px"><span class="k">{{ L.budgetSource }}</span><span class="v">{{ p.budgetSource }}</span></div>
    <div class="field">
      <label for="recipient">{{ R.label }} <span class="req">*</span></label>
      <Select v-model="recipient" inputId="recipient" :options="R.options" :placeholder="R.placeholder" :invalid="tried && !recipient" fluid />
      <Message v-if="tried && !recipient" severity="error" size="small" variant="simple">{{ R.placeholder }}</Message>
    </div>
    <template #footer>
      <Button :label="S.cancel" severity="secondary" @click="close" />
      <Button :label="S.commit" @click="commit" />
    </template>
  </Dialog>`,
});

const M6 = defineComponent({
  components: { ProjectSummary: Summary, Crumbs, SendDialog },
  props: { route: { type: Object as PropType<Route>, required: true }, initial: { type: Object as PropType<M6Values>, required: true } },
  setup(props) {
    const init = props.initial;
    const v = reactive({
      ...(JSON.parse(JSON.stringify(init)) as M6Values),
      reportDate: day(init.reportDate), startDate: day(init.startDate), endDate: day(init.endDate),
      allocation: num(init.allocation), spent: num(init.spent),
    });
    const edition = editionOf(init.fiscalYear);
    const items = FORM.m6.plans.items;
    const plans = (['ns', 'nesdp', 'mp'] as const).map((key) => ({
      key,
      name: key === 'nesdp' ? nesdpName(edition) : items[key].name,
      label: key === 'nesdp' ? (edition === 12 ? items.nesdp.detail.label12 : items.nesdp.detail.label13) : (items[key].detail as { label: string }).label,
      options: key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition),
    }));
    const kpiRows = FORM.m6.kpi.rows.map((r, i) => ({ ...r, i }));
    const filters = ref({ global: { value: null as string | null, matchMode: FilterMatchMode.CONTAINS } });
    const sending = ref(false);
    onMounted(markReady);
    return { sending, SEND_OPEN: FORM.send.open, FORM_FILTER: FORM.chrome.listFilter, v, F: FORM.m6.fields, S: FORM.m6.sections, K: FORM.m6.kpi, M6: FORM.m6, plans, kpiRows, filters, P: FORM.placeholder };
  },
  template: `
  <crumbs :items="M6.breadcrumb" :base="route.base" />
  <h2>{{ M6.title }}</h2>
  <project-summary :fy="v.fiscalYear" />
  <form @submit.prevent>
    <Card class="section"><template #title>{{ S.report }}</template><template #content>
      <div class="grid2">
        <div class="field">
          <label for="quarter">{{ F.quarter.label }} <span class="req">*</span></label>
          <Select v-model="v.quarter" inputId="quarter" :options="F.quarter.options" :placeholder="F.quarter.placeholder" showClear fluid />
        </div>
        <div class="field">
          <FloatLabel variant="on">
            <DatePicker v-model="v.reportDate" inputId="reportDate" dateFormat="dd/mm/yy" showIcon iconDisplay="input" fluid />
            <label for="reportDate">{{ F.reportDate.label }} *</label>
          </FloatLabel>
        </div>
        <div class="field full">
          <label>{{ F.status.label }} <span class="req">*</span></label>
          <RadioButtonGroup v-model="v.status" name="status" class="radios">
            <div v-for="(o, i) in F.status.options" :key="o" class="radio">
              <RadioButton :inputId="'status' + i" :value="o" /><label :for="'status' + i">{{ o }}</label>
            </div>
          </RadioButtonGroup>
        </div>
        <div class="field full">
          <label for="progress">{{ F.progress.label }} <span class="req">*</span></label>
          <div style="display:flex;align-items:center;gap:16px">
            <Slider v-model="v.progress" :min="0" :max="100" style="flex:1" />
            <InputNumber v-model="v.progress" inputId="progress" :min="0" :max="100" suffix="%" style="width:110px" fluid />
          </div>
          <small>{{ F.progress.helper }}</small>
        </div>
        <div class="field">
          <FloatLabel variant="on">
            <DatePicker v-model="v.startDate" inputId="startDate" dateFormat="dd/mm/yy" showIcon iconDisplay="input" fluid />
            <label for="startDate">{{ F.startDate.label }} *</label>
          </FloatLabel>
        </div>
        <div class="field">
          <FloatLabel variant="on">
            <DatePicker v-model="v.endDate" inputId="endDate" dateFormat="dd/mm/yy" showIcon iconDisplay="input" fluid />
            <label for="endDate">{{ F.endDate.label }} *</label>
          </FloatLabel>
        </div>
        <div class="field full">
          <label for="beneficiaries">{{ F.beneficiaries.label }} <span class="req">*</span></label>
          <MultiSelect v-model="v.beneficiaries" inputId="beneficiaries" :options="F.beneficiaries.options" display="chip" :placeholder="F.beneficiaries.placeholder" fluid />
        </div>
      </div>
    </template></Card>
    <Card class="section"><template #title>{{ S.money }}</template><template #content>
      <div class="grid2">
        <div class="field">
          <IftaLabel>
            <InputNumber v-model="v.allocation" inputId="allocation" prefix="฿ " locale="th-TH" :placeholder="F.allocation.placeholder" fluid />
            <label for="allocation">{{ F.allocation.label }} *</label>
          </IftaLabel>
        </div>
        <div class="field">
          <IftaLabel>
            <InputNumber v-model="v.spent" inputId="spent" suffix=" บาท" locale="th-TH" :placeholder="F.spent.placeholder" fluid />
            <label for="spent">{{ F.spent.label }} *</label>
          </IftaLabel>
          <small>{{ F.spent.helper }}</small>
        </div>
      </div>
    </template></Card>
    <Card class="section"><template #title>{{ S.kpi }}</template><template #content>
      <DataTable v-model:filters="filters" :value="kpiRows" :globalFilterFields="['name']" dataKey="i" showGridlines size="small">
        <template #header><div style="display:flex;justify-content:flex-end">
          <IconField><InputIcon>${SearchIcon}</InputIcon><InputText v-model="filters.global.value" :placeholder="FORM_FILTER" /></IconField>
        </div></template>
        <Column field="name" :header="K.columns.name" />
        <Column field="target" :header="K.columns.target" style="width:110px;text-align:right" />
        <Column :header="K.columns.result" style="width:150px">
          <template #body="{ data }"><InputText v-model="v.kpi[data.i]" size="small" fluid /></template>
        </Column>
        <Column field="unit" :header="K.columns.unit" style="width:110px" />
      </DataTable>
    </template></Card>
    <Card class="section"><template #title>{{ S.narrative }}</template><template #content>
      <div v-for="k in ['result', 'problems', 'suggestions']" :key="k" class="field">
        <label :for="k">{{ F[k].label }} <span v-if="k === 'result'" class="req">*</span></label>
        <Textarea v-model="v[k]" :id="k" rows="3" :maxlength="F[k].maxLength" autoResize fluid />
        <small style="text-align:right">{{ v[k].length }} / {{ F[k].maxLength }}</small>
      </div>
    </template></Card>
    <Card class="section"><template #title>{{ S.plans }}</template><template #content>
      <p style="margin-top:0;color:var(--p-text-muted-color)">{{ M6.plans.toggleLegend }}</p>
      <div v-for="p in plans" :key="p.key" style="margin-bottom:12px">
        <div class="radio"><ToggleSwitch v-model="v.plans[p.key].on" :inputId="'plan-' + p.key" /><label :for="'plan-' + p.key">{{ p.name }}</label></div>
        <Panel v-if="v.plans[p.key].on" :header="p.name" style="margin-top:8px">
          <div class="field">
            <label :for="'plan-' + p.key + '-detail'">{{ p.label }}</label>
            <Select v-model="v.plans[p.key].detail" :inputId="'plan-' + p.key + '-detail'" :options="p.options" :placeholder="P" fluid />
          </div>
          <div class="field">
            <label :for="'plan-' + p.key + '-text'">{{ M6.plans.textLabel }}</label>
            <Textarea v-model="v.plans[p.key].text" :id="'plan-' + p.key + '-text'" rows="2" fluid />
          </div>
        </Panel>
      </div>
    </template></Card>
    <div style="display:flex;gap:8px"><Button type="submit" label="บันทึก" /><Button type="button" :label="SEND_OPEN" severity="secondary" @click="sending = true" /><Button as="a" :href="route.base" data-link label="ยกเลิก" severity="secondary" outlined /></div>
  </form>
  <SendDialog v-model:visible="sending" />`,
});

// ---------------------------------------------------------------------------------------
const Chain = defineComponent({
  props: {
    id: { type: String, required: true },
    labels: { type: Array as PropType<string[]>, required: true },
    modelValue: { type: Array as PropType<number[]>, required: true },
    optionsOf: { type: Function as PropType<(lv: number, path: number[]) => string[]>, required: true },
  },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const list = (lv: number) => (lv === 0 || props.modelValue[lv - 1]! >= 0 ? props.optionsOf(lv, props.modelValue.slice(0, lv)) : []).map((label, value) => ({ label, value }));
    const pick = (lv: number, value: number | null) => emit('update:modelValue', props.modelValue.map((c, i) => (i < lv ? c : i === lv ? (value ?? -1) : -1)));
    return { list, pick, P: FORM.placeholder };
  },
  template: `
  <div class="grid3">
    <div v-for="(label, lv) in labels" :key="label" class="field">
      <label :for="id + '-' + lv">{{ label }} <span class="req">*</span></label>
      <Select :modelValue="modelValue[lv] >= 0 ? modelValue[lv] : null" :inputId="id + '-' + lv" :options="list(lv)" optionLabel="label" optionValue="value"
        :disabled="lv > 0 && modelValue[lv - 1] < 0" :placeholder="P" fluid @update:modelValue="pick(lv, $event)" />
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
    const editions = ([12, 13] as const).map((e) => ({ label: FORM.m1.nesdp.editions[e], value: e }));
    const opts = (list: string[]) => list.map((label, value) => ({ label, value }));
    const addRow = () => v.rows.push({ level: -1, plan: -1, issue: -1 });
    const edition = computed({ get: () => v.edition || null, set: (e: Edition | null) => { v.edition = e ?? 0; } });
    onMounted(markReady);
    return { v, edition, editions, M: FORM.m1, nsOptions, nesdpOf, levels: opts(ROW_LEVELS), planOpts: (l: number) => opts(rowPlanOptions(l)), issueOpts: (l: number, p: number) => opts(rowIssueOptions(l, p)), addRow, P: FORM.placeholder };
  },
  template: `
  <crumbs :items="M.breadcrumb" :base="route.base" />
  <h2>{{ M.title }}</h2>
  <project-summary :fy="v.fiscalYear" />
  <Message severity="info" style="margin-bottom:16px">{{ M.hint }}</Message>
  <form @submit.prevent>
    <Card class="section"><template #title>{{ M.ns.section }}</template><template #content>
      <chain id="ns" v-model="v.ns" :labels="M.ns.levels" :options-of="nsOptions" />
    </template></Card>
    <Card class="section"><template #title>{{ M.nesdp.section }}</template><template #content>
      <div class="field">
        <label>{{ M.nesdp.editionLabel }} <span class="req">*</span></label>
        <SelectButton v-model="edition" :options="editions" optionLabel="label" optionValue="value" />
      </div>
      <chain v-if="v.edition" id="nesdp" :key="v.edition" v-model="v.nesdp" :labels="M.nesdp.levels[v.edition]" :options-of="nesdpOf" />
    </template></Card>
    <Card class="section"><template #title><div style="display:flex;align-items:center"><span style="flex:1">{{ M.rows.section }}</span>
      <Button :label="M.rows.addButton" severity="success" outlined size="small" @click="addRow"><template #icon><span aria-hidden="true">+</span></template></Button></div></template>
      <template #content>
      <DataTable :value="v.rows" size="small">
        <Column :header="M.rows.columns.no" style="width:70px"><template #body="{ index }">{{ index + 1 }}</template></Column>
        <Column :header="M.rows.columns.level" style="width:190px">
          <template #body="{ data }"><Select :modelValue="data.level >= 0 ? data.level : null" :options="levels" optionLabel="label" optionValue="value" :placeholder="M.rows.levelPlaceholder" fluid
            @update:modelValue="data.level = $event ?? -1; data.plan = -1; data.issue = -1" /></template>
        </Column>
        <Column :header="M.rows.columns.plan">
          <template #body="{ data }"><Select :modelValue="data.plan >= 0 ? data.plan : null" :options="planOpts(data.level)" optionLabel="label" optionValue="value" :disabled="data.level < 0" :placeholder="P" fluid
            @update:modelValue="data.plan = $event ?? -1; data.issue = -1" /></template>
        </Column>
        <Column :header="M.rows.columns.issue">
          <template #body="{ data }"><Select :modelValue="data.issue >= 0 ? data.issue : null" :options="issueOpts(data.level, data.plan)" optionLabel="label" optionValue="value" :disabled="data.plan < 0" :placeholder="P" fluid
            @update:modelValue="data.issue = $event ?? -1" /></template>
        </Column>
        <Column style="width:80px"><template #body="{ index }"><Button :label="M.rows.removeButton" severity="danger" text size="small" @click="v.rows.splice(index, 1)" /></template></Column>
      </DataTable>
    </template></Card>
    <div style="display:flex;gap:8px"><Button type="submit" label="บันทึก" /><Button as="a" :href="route.base" data-link label="ยกเลิก" severity="secondary" outlined /></div>
  </form>`,
});

const Home = defineComponent({
  components: { Crumbs },
  props: { route: { type: Object as PropType<Route>, required: true } },
  setup() { onMounted(markReady); return { FORM, rows: [{ name: FORM.project.name }] }; },
  template: `
  <crumbs :items="[FORM.chrome.nav[0]]" :base="route.base" />
  <h2>รายการโครงการ</h2>
  <DataTable :value="rows"><Column field="name" header="ชื่อโครงการ" />
    <Column header=""><template #body><a :href="route.base + FORM.m6.route" data-link>รายงานความก้าวหน้า</a> · <a :href="route.base + FORM.m1.route" data-link>ความเชื่อมโยงกับแผน</a></template></Column></DataTable>`,
});

const App = defineComponent({
  components: { Shell, M6, M1, Home },
  setup() {
    const { route, loaded } = useZooRoute();
    return { route, loaded };
  },
  template: `
  <shell :route="route">
    <div v-if="!loaded" style="height:80px;display:flex;align-items:center;gap:8px"><ProgressSpinner style="width:32px;height:32px" strokeWidth="6" /> กำลังโหลด…</div>
    <m6 v-else-if="loaded.screen === 'm6'" :key="loaded.scenario.id" :route="loaded" :initial="loaded.scenario.m6" />
    <m1 v-else-if="loaded.screen === 'm1'" :key="loaded.scenario.id" :route="loaded" :initial="loaded.scenario.m1" />
    <home v-else :route="loaded" />
  </shell>`,
});

const style = document.createElement('style');
style.textContent = [
  'body{margin:0;font-family:"Sarabun","Garuda","Loma",sans-serif;color:var(--p-text-color)}',
  '.section{margin-bottom:16px}.grid2{display:grid;grid-template-columns:1fr 1fr;gap:16px}.grid3{display:grid;grid-template-columns:repeat(3,1fr);gap:16px}',
  '.full{grid-column:1/-1}.field{display:flex;flex-direction:column;gap:8px;margin-bottom:8px}.field small{color:var(--p-text-muted-color)}',
  '.req{color:var(--p-red-500)}.radios{display:flex;flex-wrap:wrap;gap:16px}.radio{display:flex;align-items:center;gap:8px}',
  '.kv{display:flex;gap:12px;padding:4px 0}.kv .k{color:var(--p-text-muted-color);min-width:130px}',
].join('');
document.head.append(style);

const app = createApp(App);
app.use(PrimeVue, { theme: { preset: Aura }, locale: th });
for (const [name, c] of Object.entries({ Menubar, Breadcrumb, Card, Panel, Button, InputText, InputNumber, Textarea, Select, MultiSelect, DatePicker, Slider, RadioButton, RadioButtonGroup, ToggleSwitch, SelectButton, DataTable, Column, FloatLabel, IftaLabel, IconField, InputIcon, Message, ProgressSpinner, Dialog })) app.component(name, c);
app.mount('#app');
