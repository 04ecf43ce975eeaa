/**
 * Zoo page: Vue 3 + Element Plus, written from Element Plus's docs (templates compiled in the
 * browser): el-form with right-aligned label columns and required asterisks, el-select (a
 * wrapper div with the chosen text in a placeholder span), el-date-picker with a Buddhist-era
 * display format, el-radio-group, el-slider with show-input (its own mirrored number box),
 * el-input with prepend ฿ / append บาท slots, a multiple el-select of tags, textareas with
 * show-word-limit, an el-table (header and body are separate <table>s) with inputs in a
 * column's scoped slot and a search box, el-checkbox toggles revealing el-cards; on M1 a
 * top-label form, the edition as el-radio-buttons, and an el-table of plan rows.
 */
import { createApp, reactive, ref, computed, watch, onMounted, defineComponent, type PropType } from 'vue';
import ElementPlus from 'element-plus';
import th from 'element-plus/es/locale/lang/th.mjs';
import 'element-plus/dist/index.css';
import dayjs from 'dayjs';
import buddhistEra from 'dayjs/plugin/buddhistEra';
import { FORM, markReady, markSent, navLinks, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/vue-route';
import type { M1Values, M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

dayjs.extend(buddhistEra);

const Shell = defineComponent({
  props: { route: { type: Object as PropType<Route>, required: true } },
  setup(props) { return { FORM, links: computed(() => navLinks(props.route.base)) }; },
  template: `
  <el-container direction="vertical" style="min-height:100vh;background:#f5f7fa">
    <el-header style="display:flex;align-items:center;gap:16px;background:#1f4e8c;color:#fff">
      <a :href="route.base" data-link style="color:#fff;font-weight:700;text-decoration:none">eMENSCR</a>
      <el-menu mode="horizontal" :ellipsis="false" background-color="#1f4e8c" text-color="#fff" style="flex:1;border:0">
        <el-menu-item v-for="l in links" :key="l.text" :index="l.text"><a :href="l.href" :data-link="l.href.endsWith('manual') ? null : ''" style="color:inherit;text-decoration:none">{{ l.text }}</a></el-menu-item>
      </el-menu>
      <el-input :placeholder="FORM.chrome.search" style="width:220px" clearable><template #prefix><svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><circle cx="10" cy="10" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M15 15l5 5" stroke="currentColor" stroke-width="2"/></svg></template></el-input>
      <span>{{ FORM.chrome.user }}</span>
    </el-header>
    <el-main style="max-width:1000px"><slot /></el-main>
    <el-footer style="text-align:center;color:#909399;font-size:12px">{{ FORM.chrome.footer }}</el-footer>
  </el-container>`,
});

const Summary = defineComponent({
  props: { fy: { type: Number, required: true } },
  setup() { return { L: FORM.summary.labels, p: FORM.project, title: FORM.summary.title }; },
  template: `
  <el-card shadow="never" style="margin-bottom:16px">
    <template #header>{{ title }}</template>
    <el-row :gutter="16">
      <el-col :span="24"><div class="kv"><span class="k">{{ L.name }}</span><span class="v">{{ p.name }}</span></div></el-col>
      <el-col :span="12"><div class="kv"><span class="k">{{ L.code }}</span><span class="v">{{ p.code }}</span></div></el-col>
      <el-col :span="12"><div class="kv"><span class="k">{{ L.fiscalYear }}</span><span class="v">{{ fy }}</span></div></el-col>
      <el-col :span="12"><div class="kv"><span class="k">{{ L.agency }}</span><span class="v">{{ p.agency }}</span></div></el-col>
      <el-col :span="12"><div class="kv"><span class="k">{{ L.budgetSource }}</span><span class="v">{{ p.budgetSource }}</span></div></el-col>
    </el-row>
  </el-card>`,
});

const Crumbs = defineComponent({
  props: { items: { type: Array as PropType<string[]>, required: true }, base: { type: String, required: true } },
  template: `
  <el-breadcrumb separator="/" style="margin-bottom:16px">
    <el-breadcrumb-item v-for="(t, i) in items" :key="t"><a v-if="i === 0" :href="base" data-link>{{ t }}</a><span v-else>{{ t }}</span></el-breadcrumb-item>
  </el-breadcrumb>`,
});

// ---------------------------------------------------------------------------------------
// The send step (form.json `send`): el-dialog with an el-descriptions of the project, an
// el-form (rules: required) with the page's el-select for the approver, buttons in the footer slot.
const SendDialog = defineComponent({
  props: { modelValue: { type: Boolean, required: true } },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const R = FORM.send.recipient;
    const formRef = ref<{ validate: () => Promise<boolean> } | null>(null);
    const m = reactive({ recipient: '' });
    watch(() => props.modelValue, (s) => { if (s) { const c = sendChoice(); m.recipient = c >= 0 ? R.options[c]! : ''; } }, { immediate: true });
    const rules = { recipient: [{ required: true, message: R.placeholder, trigger: 'change' }] };
    const close = () => emit('update:modelValue', false);
    const commit = () => formRef.value?.validate().then((ok) => { if (ok) { markSent(m.recipient); close(); } }, () => {});
    return { S: FORM.send, R, L: FORM.summary.labels, p: FORM.project, formRef, m, rules, close, commit };
  },
  template: `
  <el-dialog :model-value="modelValue" :title="S.title" width="640px" @update:model-value="$emit('update:modelValue', $event)">
    <el-descriptions :column="1" border style="margin-bottom:16px">
      <el-descriptions-item :label="L.name">{{ p.name }}</el-descriptions-item>
      <el-descriptions-item :label="L.budgetSource">{{ p.budgetSource }}</el-descriptions-item>
    </el-descriptions>
    <el-form ref="formRef" :model="m" :rules="rules" label-position="top" @submit.prevent>
      <el-form-item :label="R.label" prop="recipient">
        <el-select v-model="m.recipient" :placeholder="R.placeholder" style="width:100%">
          <el-option v-for="o in R.options" :key="o" :label="o" :value="o" />
        </el-select>
      </el-form-item>
    </el-form>
    <template #footer>
      <el-button @click="close">{{ S.cancel }}</el-button><el-button type="primary" @click="commit">{{ S.commit }}</el-button>
    </template>
  </el-dialog>`,
});

const M6 = defineComponent({
  components: { ProjectSummary: Summary, Crumbs, SendDialog },
  props: { route: { type: Object as PropType<Route>, required: true }, initial: { type: Object as PropType<M6Values>, required: true } },
  setup(props) {
    const v = reactive(JSON.parse(JSON.stringify(props.initial)) as M6Values);
    const edition = editionOf(v.fiscalYear);
    const filter = ref('');
    const items = FORM.m6.plans.items;
    const plans = (['ns', 'nesdp', 'mp'] as const).map((key) => ({
      key,
      name: key === 'nesdp' ? nesdpName(edition) : items[key].name,
      label: key === 'nesdp' ? (edition === 12 ? items.nesdp.detail.label12 : items.nesdp.detail.label13) : (items[key].detail as { label: string }).label,
      options: key === 'ns' ? NS_SIDES : key === 'mp' ? MP_ISSUES : nesdpTop(edition),
    }));
    const kpiRows = computed(() => FORM.m6.kpi.rows.map((r, i) => ({ ...r, i })).filter((r) => !filter.value || r.name.includes(filter.value)));
    const sending = ref(false);
    onMounted(markReady);
    return { sending, SEND_OPEN: FORM.send.open, FORM_FILTER: FORM.chrome.listFilter, v, F: FORM.m6.fields, S: FORM.m6.sections, K: FORM.m6.kpi, M6: FORM.m6, plans, filter, kpiRows, P: FORM.placeholder };
  },
  template: `
  <crumbs :items="M6.breadcrumb" :base="route.base" />
  <h2>{{ M6.title }}</h2>
  <project-summary :fy="v.fiscalYear" />
  <el-form :model="v" label-width="220px" label-position="right" @submit.prevent>
    <el-card shadow="never" style="margin-bottom:16px"><template #header>{{ S.report }}</template>
      <el-form-item :label="F.quarter.label" prop="quarter" required>
        <el-select v-model="v.quarter" :placeholder="F.quarter.placeholder" clearable>
          <el-option v-for="o in F.quarter.options" :key="o" :label="o" :value="o" />
        </el-select>
      </el-form-item>
      <el-form-item :label="F.reportDate.label" prop="reportDate" required>
        <el-date-picker v-model="v.reportDate" type="date" format="DD/MM/BBBB" value-format="YYYY-MM-DD" :placeholder="F.reportDate.placeholder" />
      </el-form-item>
      <el-form-item :label="F.status.label" prop="status" required>
        <el-radio-group v-model="v.status"><el-radio v-for="o in F.status.options" :key="o" :value="o">{{ o }}</el-radio></el-radio-group>
      </el-form-item>
      <el-form-item :label="F.progress.label" prop="progress" required>
        <el-slider v-model="v.progress" show-input :min="0" :max="100" style="width:100%" />
        <div class="el-form-item__tip" style="font-size:12px;color:#909399">{{ F.progress.helper }}</div>
      </el-form-item>
      <el-form-item :label="F.startDate.label" prop="startDate" required>
        <el-date-picker v-model="v.startDate" type="date" format="DD/MM/BBBB" value-format="YYYY-MM-DD" :placeholder="F.startDate.placeholder" />
      </el-form-item>
      <el-form-item :label="F.endDate.label" prop="endDate" required>
        <el-date-picker v-model="v.endDate" type="date" format="DD/MM/BBBB" value-format="YYYY-MM-DD" :placeholder="F.endDate.placeholder" />
      </el-form-item>
      <el-form-item :label="F.beneficiaries.label" prop="beneficiaries" required>
        <el-select v-model="v.beneficiaries" multiple :placeholder="F.beneficiaries.placeholder">
          <el-option v-for="o in F.beneficiaries.options" :key="o" :label="o" :value="o" />
        </el-select>
      </el-form-item>
    </el-card>
    <el-card shadow="never" style="margin-bottom:16px"><template #header>{{ S.money }}</template>
      <el-form-item :label="F.allocation.label" prop="allocation" required>
        <el-input v-model="v.allocation" :placeholder="F.allocation.placeholder" inputmode="decimal"><template #prepend>{{ F.allocation.prefix }}</template></el-input>
      </el-form-item>
      <el-form-item :label="F.spent.label" prop="spent" required>
        <el-input v-model="v.spent" :placeholder="F.spent.placeholder" inputmode="decimal"><template #append>{{ F.spent.suffix }}</template></el-input>
        <div style="font-size:12px;color:#909399">{{ F.spent.helper }}</div>
      </el-form-item>
    </el-card>
    <el-card shadow="never" style="margin-bottom:16px">
      <template #header><div style="display:flex;align-items:center"><span style="flex:1">{{ S.kpi }}</span>
        <el-input v-model="filter" :placeholder="FORM_FILTER" clearable style="width:240px"><template #prefix><svg viewBox="0 0 24 24" width="14" height="14" aria-hidden="true"><circle cx="10" cy="10" r="6" fill="none" stroke="currentColor" stroke-width="2"/><path d="M15 15l5 5" stroke="currentColor" stroke-width="2"/></svg></template></el-input></div></template>
      <el-table :data="kpiRows" border style="width:100%">
        <el-table-column prop="name" :label="K.columns.name" />
        <el-table-column prop="target" :label="K.columns.target" align="right" width="110" />
        <el-table-column :label="K.columns.result" width="150">
          <template #default="{ row }"><el-input v-model="v.kpi[row.i]" size="small" /></template>
        </el-table-column>
        <el-table-column prop="unit" :label="K.columns.unit" width="110" />
      </el-table>
    </el-card>
    <el-card shadow="never" style="margin-bottom:16px"><template #header>{{ S.narrative }}</template>
      <el-form-item v-for="k in ['result', 'problems', 'suggestions']" :key="k" :label="F[k].label" :prop="k" :required="k === 'result'">
        <el-input v-model="v[k]" type="textarea" :rows="3" :maxlength="F[k].maxLength" show-word-limit />
      </el-form-item>
    </el-card>
    <el-card shadow="never" style="margin-bottom:16px"><template #header>{{ S.plans }}</template>
      <el-form-item :label="M6.plans.toggleLegend">
        <div style="width:100%">
          <div v-for="p in plans" :key="p.key">
            <el-checkbox v-model="v.plans[p.key].on">{{ p.name }}</el-checkbox>
            <el-card v-if="v.plans[p.key].on" shadow="never" style="margin:4px 0 12px">
              <template #header>{{ p.name }}</template>
              <el-form label-position="top" @submit.prevent>
                <el-form-item :label="p.label"><el-select v-model="v.plans[p.key].detail" :placeholder="P"><el-option v-for="o in p.options" :key="o" :label="o" :value="o" /></el-select></el-form-item>
                <el-form-item :label="M6.plans.textLabel"><el-input v-model="v.plans[p.key].text" type="textarea" :rows="2" /></el-form-item>
              </el-form>
            </el-card>
          </div>
        </div>
      </el-form-item>
    </el-card>
    <el-button type="primary" native-type="submit">บันทึก</el-button><el-button @click="sending = true">{{ SEND_OPEN }}</el-button><el-button tag="a" :href="route.base" data-link>ยกเลิก</el-button>
  </el-form>
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
    const list = (lv: number) => (lv === 0 || props.modelValue[lv - 1]! >= 0 ? props.optionsOf(lv, props.modelValue.slice(0, lv)) : []);
    const pick = (lv: number, value: number | '') => emit('update:modelValue', props.modelValue.map((c, i) => (i < lv ? c : i === lv ? (value === '' ? -1 : value) : -1)));
    return { list, pick, P: FORM.placeholder };
  },
  template: `
  <el-row :gutter="16">
    <el-col v-for="(label, lv) in labels" :key="label" :md="8" :span="24">
      <el-form-item :label="label" required>
        <el-select :model-value="modelValue[lv] >= 0 ? modelValue[lv] : ''" :disabled="lv > 0 && modelValue[lv - 1] < 0" :placeholder="P" @update:model-value="pick(lv, $event)">
          <el-option v-for="(o, i) in list(lv)" :key="o" :label="o" :value="i" />
        </el-select>
      </el-form-item>
    </el-col>
  </el-row>`,
});

const M1 = defineComponent({
  components: { ProjectSummary: Summary, Crumbs, Chain },
  props: { route: { type: Object as PropType<Route>, required: true }, initial: { type: Object as PropType<M1Values>, required: true } },
  setup(props) {
    const v = reactive(JSON.parse(JSON.stringify(props.initial)) as M1Values);
    watch(() => v.edition, () => { v.nesdp = [-1, -1, -1]; });
    const nesdpOf = (lv: number, p: number[]) => nesdpOptions(v.edition as Edition, lv, p);
    const addRow = () => v.rows.push({ level: -1, plan: -1, issue: -1 });
    onMounted(markReady);
    return { v, M: FORM.m1, nsOptions, nesdpOf, ROW_LEVELS, rowPlanOptions, rowIssueOptions, addRow, P: FORM.placeholder };
  },
  template: `
  <crumbs :items="M.breadcrumb" :base="route.base" />
  <h2>{{ M.title }}</h2>
  <project-summary :fy="v.fiscalYear" />
  <el-alert :title="M.hint" type="info" :closable="false" show-icon style="margin-bottom:16px" />
  <el-form :model="v" label-position="top" @submit.prevent>
    <el-card shadow="never" style="margin-bottom:16px"><template #header>{{ M.ns.section }}</template>
      <chain v-model="v.ns" :labels="M.ns.levels" :options-of="nsOptions" />
    </el-card>
    <el-card shadow="never" style="margin-bottom:16px"><template #header>{{ M.nesdp.section }}</template>
      <el-form-item :label="M.nesdp.editionLabel" required>
        <el-radio-group v-model="v.edition">
          <el-radio-button v-for="e in [12, 13]" :key="e" :value="e">{{ M.nesdp.editions[e] }}</el-radio-button>
        </el-radio-group>
      </el-form-item>
      <chain v-if="v.edition" :key="v.edition" v-model="v.nesdp" :labels="M.nesdp.levels[v.edition]" :options-of="nesdpOf" />
    </el-card>
    <el-card shadow="never" style="margin-bottom:16px">
      <template #header><div style="display:flex;align-items:center"><span style="flex:1">{{ M.rows.section }}</span><el-button type="success" plain @click="addRow">+ {{ M.rows.addButton }}</el-button></div></template>
      <el-table :data="v.rows" style="width:100%">
        <el-table-column type="index" :label="M.rows.columns.no" width="70" />
        <el-table-column :label="M.rows.columns.level" width="170">
          <template #default="{ row }"><el-select :model-value="row.level >= 0 ? row.level : ''" :placeholder="M.rows.levelPlaceholder" @update:model-value="row.level = $event; row.plan = -1; row.issue = -1">
            <el-option v-for="(o, i) in ROW_LEVELS" :key="o" :label="o" :value="i" /></el-select></template>
        </el-table-column>
        <el-table-column :label="M.rows.columns.plan">
          <template #default="{ row }"><el-select :model-value="row.plan >= 0 ? row.plan : ''" :disabled="row.level < 0" :placeholder="P" @update:model-value="row.plan = $event; row.issue = -1">
            <el-option v-for="(o, i) in rowPlanOptions(row.level)" :key="o" :label="o" :value="i" /></el-select></template>
        </el-table-column>
        <el-table-column :label="M.rows.columns.issue">
          <template #default="{ row }"><el-select :model-value="row.issue >= 0 ? row.issue : ''" :disabled="row.plan < 0" :placeholder="P" @update:model-value="row.issue = $event">
            <el-option v-for="(o, i) in rowIssueOptions(row.level, row.plan)" :key="o" :label="o" :value="i" /></el-select></template>
        </el-table-column>
        <el-table-column width="80"><template #default="{ $index }"><el-button type="danger" link @click="v.rows.splice($index, 1)">{{ M.rows.removeButton }}</el-button></template></el-table-column>
      </el-table>
    </el-card>
    <el-button type="primary" native-type="submit">บันทึก</el-button><el-button tag="a" :href="route.base" data-link>ยกเลิก</el-button>
  </el-form>`,
});

const Home = defineComponent({
  components: { Crumbs },
  props: { route: { type: Object as PropType<Route>, required: true } },
  setup() { onMounted(markReady); return { FORM }; },
  template: `
  <crumbs :items="[FORM.chrome.nav[0]]" :base="route.base" />
  <h2>รายการโครงการ</h2>
  <el-table :data="[{ name: FORM.project.name }]"><el-table-column prop="name" label="ชื่อโครงการ" />
    <el-table-column label=""><template #default><a :href="route.base + FORM.m6.route" data-link>รายงานความก้าวหน้า</a> · <a :href="route.base + FORM.m1.route" data-link>ความเชื่อมโยงกับแผน</a></template></el-table-column></el-table>`,
});

const App = defineComponent({
  components: { Shell, M6, M1, Home },
  setup() {
    const { route, loaded } = useZooRoute();
    return { route, loaded };
  },
  template: `
  <el-config-provider>
    <shell :route="route">
      <div v-if="!loaded" v-loading="true" element-loading-text="กำลังโหลด…" style="height:80px"></div>
      <m6 v-else-if="loaded.screen === 'm6'" :key="loaded.scenario.id" :route="loaded" :initial="loaded.scenario.m6" />
      <m1 v-else-if="loaded.screen === 'm1'" :key="loaded.scenario.id" :route="loaded" :initial="loaded.scenario.m1" />
      <home v-else :route="loaded" />
    </shell>
  </el-config-provider>`,
});

const style = document.createElement('style');
style.textContent = '.kv{display:flex;gap:12px;padding:4px 0}.kv .k{color:#909399;min-width:130px}body{margin:0;font-family:"Sarabun","Garuda","Loma",sans-serif}';
document.head.append(style);
createApp(App).use(ElementPlus, { locale: th }).mount('#app');
