/**
 * Zoo page: Vue 3 + Vuetify, written from Vuetify's docs (templates compiled in the browser):
 * filled v-text-fields whose label floats inside the field, prefix ฿ / suffix บาท props, hints,
 * v-select (the chosen text in a selection div beside a read-only input), date fields as a
 * read-only v-text-field opening a v-date-picker in a v-menu (Buddhist-era display),
 * v-radio-group with its label, a v-slider whose append slot holds the mirrored number box,
 * v-autocomplete chips, v-textarea counters, a v-table KPI grid with a search field, v-switch
 * toggles revealing plan cards; on M1 v-selects, the edition as a v-btn-toggle under a caption,
 * and a v-table of plan rows.
 */
import { createApp, reactive, ref, computed, watch, onMounted, defineComponent, type PropType } from 'vue';
import { createVuetify } from 'vuetify';
import * as components from 'vuetify/components';
import * as directives from 'vuetify/directives';
import { th } from 'vuetify/locale';
import 'vuetify/styles';
import '@mdi/font/css/materialdesignicons.css';
import { FORM, markReady, markSent, navLinks, sendChoice, type Route } from '../../shared/app';
import { useZooRoute } from '../../shared/vue-route';
import { thaiDate, type M1Values, type M6Values } from '../../shared/scenarios';
import { MP_ISSUES, NS_SIDES, ROW_LEVELS, editionOf, nesdpName, nesdpOptions, nesdpTop, nsOptions, rowIssueOptions, rowPlanOptions, type Edition } from '../../shared/plans';

const idx = (list: string[]) => list.map((title, value) => ({ title, value }));

const Shell = defineComponent({
  props: { route: { type: Object as PropType<Route>, required: true } },
  setup(props) { return { FORM, links: computed(() => navLinks(props.route.base)) }; },
  template: `
  <v-app>
    <v-app-bar color="primary" density="compact">
      <v-app-bar-title><a :href="route.base" data-link style="color:inherit;text-decoration:none">eMENSCR</a></v-app-bar-title>
      <v-btn v-for="l in links" :key="l.text" :href="l.href" :data-link="l.href.endsWith('manual') ? null : ''" variant="text">{{ l.text }}</v-btn>
      <v-spacer />
      <v-text-field :placeholder="FORM.chrome.search" prepend-inner-icon="mdi-magnify" density="compact" variant="solo-filled" flat hide-details single-line style="max-width:240px" />
      <span class="mx-3 text-body-2">{{ FORM.chrome.user }}</span>
    </v-app-bar>
    <v-main><v-container style="max-width:1000px"><slot /></v-container>
      <v-footer class="justify-center text-caption text-medium-emphasis">{{ FORM.chrome.footer }}</v-footer></v-main>
  </v-app>`,
});

const Crumbs = defineComponent({
  props: { items: { type: Array as PropType<string[]>, required: true }, base: { type: String, required: true } },
  setup(props) { return { list: computed(() => props.items.map((title, i) => (i === 0 ? { title, href: props.base } : { title, disabled: i === props.items.length - 1 }))) }; },
  template: `<v-breadcrumbs :items="list" class="px-0" />`,
});

const ProjectSummary = defineComponent({
  props: { fy: { type: Number, required: true } },
  setup() { return { L: FORM.summary.labels, p: FORM.project, title: FORM.summary.title }; },
  template: `
  <v-card class="mb-4" variant="outlined">
    <v-card-title class="text-subtitle-1">{{ title }}</v-card-title>
    <v-list density="compact" lines="two">
      <v-list-item :title="p.name" :subtitle="L.name" />
      <v-row no-gutters>
        <v-col cols="6"><v-list-item :title="p.code" :subtitle="L.code" /></v-col>
        <v-col cols="6"><v-list-item :title="String(fy)" :subtitle="L.fiscalYear" /></v-col>
        <v-col cols="6"><v-list-item :title="p.agency" :subtitle="L.agency" /></v-col>
        <v-col cols="6"><v-list-item :title="p.budgetSource" :subtitle="L.budgetSource" /></v-col>
      </v-row>
    </v-list>
  </v-card>`,
});

// a date: a read-only text field showing dd/mm/yyyy (พ.ศ.) that opens a date picker
const DateField = defineComponent({
  props: { modelValue: { type: String, default: '' }, label: { type: String, required: true }, placeholder: String },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const open = ref(false);
    const shown = computed(() => thaiDate(props.modelValue));
    const picked = computed(() => (props.modelValue ? new Date(props.modelValue + 'T00:00:00') : null));
    const pick = (d: Date | null) => {
      open.value = false;
      emit('update:modelValue', d ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}` : '');
    };
    return { open, shown, picked, pick };
  },
  template: `
  <v-menu v-model="open" :close-on-content-click="false">
    <template #activator="{ props: menu }">
      <v-text-field v-bind="menu" :model-value="shown" :label="label" :placeholder="placeholder" prepend-inner-icon="mdi-calendar" readonly clearable @click:clear="pick(null)" />
    </template>
    <v-date-picker :model-value="picked" @update:model-value="pick" />
  </v-menu>`,
});

// ---------------------------------------------------------------------------------------
// The send step (form.json `send`): v-dialog around a v-card (title, a v-list of the project,
// a v-form with the page's v-select for the approver and a required rule, v-card-actions).
const SendDialog = defineComponent({
  props: { modelValue: { type: Boolean, required: true } },
  emits: ['update:modelValue'],
  setup(props, { emit }) {
    const R = FORM.send.recipient;
    const formRef = ref<{ validate: () => Promise<{ valid: boolean }> } | null>(null);
    const recipient = ref<string | null>(null);
    watch(() => props.modelValue, (s) => { if (s) { const c = sendChoice(); recipient.value = c >= 0 ? R.options[c]! : null; } }, { immediate: true });
    const rules = [(x: unknown) => !!x || R.placeholder];
    const close = () => emit('update:modelValue', false);
    const commit = async () => { const r = await formRef.value?.validate(); if (r?.valid && recipient.value) { markSent(recipient.value); close(); } };
    return { S: FORM.send, R, L: FORM.summary.labels, p: FORM.project, formRef, recipient, rules, close, commit };
  },
  template: `
  <v-dialog :model-value="modelValue" max-width="640" @update:model-value="$emit('update:modelValue', $event)">
    <v-card>
      <v-card-title>{{ S.title }}</v-card-title>
      <v-list density="compact" lines="two">
        <v-list-item><v-list-item-subtitle>{{ L.name }}</v-list-item-subtitle><v-list-item-title>{{ p.name }}</v-list-item-title></v-list-item>
        <v-list-item><v-list-item-subtitle>{{ L.budgetSource }}</v-list-item-subtitle><v-list-item-title>{{ p.budgetSource }}</v-list-item-title></v-list-item>
      </v-list>
      <v-card-text>
        <v-form ref="formRef" @submit.prevent>
          <v-select v-model="recipient" :items="R.options" :label="R.label" :placeholder="R.placeholder" :rules="rules" />
        </v-form>
      </v-card-text>
      <v-card-actions>
        <v-spacer />
        <v-btn variant="text" @click="close">{{ S.cancel }}</v-btn>
        <v-btn color="primary" variant="flat" @click="commit">{{ S.commit }}</v-btn>
      </v-card-actions>
    </v-card>
  </v-dialog>`,
});

const M6 = defineComponent({
  components: { ProjectSummary, Crumbs, DateField, SendDialog },
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
    return { sending, SEND_OPEN: FORM.send.open, v, F: FORM.m6.fields, S: FORM.m6.sections, K: FORM.m6.kpi, M6: FORM.m6, plans, filter, kpiRows, FILTER: FORM.chrome.listFilter };
  },
  template: `
  <crumbs :items="M6.breadcrumb" :base="route.base" />
  <h1 class="text-h5 mb-4">{{ M6.title }}</h1>
  <project-summary :fy="v.fiscalYear" />
  <v-form @submit.prevent>
    <v-card class="mb-4"><v-card-title>{{ S.report }}</v-card-title><v-card-text>
      <v-select v-model="v.quarter" :items="F.quarter.options" :label="F.quarter.label" :placeholder="F.quarter.placeholder" clearable />
      <date-field v-model="v.reportDate" :label="F.reportDate.label" :placeholder="F.reportDate.placeholder" />
      <v-radio-group v-model="v.status" :label="F.status.label" inline>
        <v-radio v-for="o in F.status.options" :key="o" :label="o" :value="o" />
      </v-radio-group>
      <v-slider v-model="v.progress" :label="F.progress.label" :min="0" :max="100" :step="1" color="primary" :hint="F.progress.helper" persistent-hint class="mb-4">
        <template #append>
          <v-text-field v-model.number="v.progress" type="number" density="compact" style="width:90px" suffix="%" hide-details single-line variant="outlined" />
        </template>
      </v-slider>
      <v-row><v-col cols="6"><date-field v-model="v.startDate" :label="F.startDate.label" :placeholder="F.startDate.placeholder" /></v-col>
        <v-col cols="6"><date-field v-model="v.endDate" :label="F.endDate.label" :placeholder="F.endDate.placeholder" /></v-col></v-row>
      <v-autocomplete v-model="v.beneficiaries" :items="F.beneficiaries.options" :label="F.beneficiaries.label" :placeholder="F.beneficiaries.placeholder" multiple chips closable-chips />
    </v-card-text></v-card>
    <v-card class="mb-4"><v-card-title>{{ S.money }}</v-card-title><v-card-text>
      <v-text-field v-model="v.allocation" :label="F.allocation.label" :prefix="F.allocation.prefix" :placeholder="F.allocation.placeholder" inputmode="decimal" />
      <v-text-field v-model="v.spent" :label="F.spent.label" :suffix="F.spent.suffix" :placeholder="F.spent.placeholder" :hint="F.spent.helper" persistent-hint inputmode="decimal" />
    </v-card-text></v-card>
    <v-card class="mb-4">
      <v-card-title class="d-flex align-center"><span class="me-auto">{{ S.kpi }}</span>
        <v-text-field v-model="filter" :placeholder="FILTER" prepend-inner-icon="mdi-magnify" density="compact" hide-details single-line variant="outlined" style="max-width:260px" /></v-card-title>
      <v-card-text><v-table density="compact">
        <thead><tr><th>{{ K.columns.name }}</th><th class="text-right">{{ K.columns.target }}</th><th style="width:150px">{{ K.columns.result }}</th><th>{{ K.columns.unit }}</th></tr></thead>
        <tbody><tr v-for="row in kpiRows" :key="row.name">
          <td>{{ row.name }}</td><td class="text-right">{{ row.target }}</td>
          <td><v-text-field v-model="v.kpi[row.i]" density="compact" hide-details variant="underlined" /></td><td>{{ row.unit }}</td>
        </tr></tbody>
      </v-table></v-card-text>
    </v-card>
    <v-card class="mb-4"><v-card-title>{{ S.narrative }}</v-card-title><v-card-text>
      <v-textarea v-for="k in ['result', 'problems', 'suggestions']" :key="k" v-model="v[k]" :label="F[k].label" :counter="F[k].maxLength" :maxlength="F[k].maxLength" rows="3" />
    </v-card-text></v-card>
    <v-card class="mb-4"><v-card-title>{{ S.plans }}</v-card-title><v-card-text>
      <div class="text-subtitle-2 mb-2">{{ M6.plans.toggleLegend }}</div>
      <div v-for="p in plans" :key="p.key">
        <v-switch v-model="v.plans[p.key].on" :label="p.name" color="primary" hide-details inset />
        <v-expand-transition><v-card v-if="v.plans[p.key].on" variant="tonal" class="ms-8 mb-4"><v-card-subtitle class="pt-3">{{ p.name }}</v-card-subtitle><v-card-text>
          <v-select v-model="v.plans[p.key].detail" :items="p.options" :label="p.label" />
          <v-textarea v-model="v.plans[p.key].text" :label="M6.plans.textLabel" rows="2" />
        </v-card-text></v-card></v-expand-transition>
      </div>
    </v-card-text></v-card>
    <v-btn type="submit" color="primary" class="me-2">บันทึก</v-btn><v-btn variant="tonal" class="me-2" @click="sending = true">{{ SEND_OPEN }}</v-btn><v-btn :href="route.base" data-link variant="text">ยกเลิก</v-btn>
  </v-form>
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
    const list = (lv: number) => (lv === 0 || props.modelValue[lv - 1]! >= 0 ? idx(props.optionsOf(lv, props.modelValue.slice(0, lv))) : []);
    const pick = (lv: number, value: number | null) => emit('update:modelValue', props.modelValue.map((c, i) => (i < lv ? c : i === lv ? (value ?? -1) : -1)));
    return { list, pick };
  },
  template: `
  <v-row>
    <v-col v-for="(label, lv) in labels" :key="label" cols="12" md="4">
      <v-select :model-value="modelValue[lv] >= 0 ? modelValue[lv] : null" :items="list(lv)" :label="label" :disabled="lv > 0 && modelValue[lv - 1] < 0" @update:model-value="pick(lv, $event)" />
    </v-col>
  </v-row>`,
});

const M1 = defineComponent({
  components: { ProjectSummary, Crumbs, Chain },
  props: { route: { type: Object as PropType<Route>, required: true }, initial: { type: Object as PropType<M1Values>, required: true } },
  setup(props) {
    const v = reactive(JSON.parse(JSON.stringify(props.initial)) as M1Values);
    watch(() => v.edition, () => { v.nesdp = [-1, -1, -1]; });
    const nesdpOf = (lv: number, p: number[]) => nesdpOptions(v.edition as Edition, lv, p);
    onMounted(markReady);
    return {
      v, M: FORM.m1, nsOptions, nesdpOf, levels: idx(ROW_LEVELS),
      plansOf: (l: number) => idx(rowPlanOptions(l)), issuesOf: (l: number, p: number) => idx(rowIssueOptions(l, p)),
      addRow: () => v.rows.push({ level: -1, plan: -1, issue: -1 }),
    };
  },
  template: `
  <crumbs :items="M.breadcrumb" :base="route.base" />
  <h1 class="text-h5 mb-4">{{ M.title }}</h1>
  <project-summary :fy="v.fiscalYear" />
  <v-alert type="info" variant="tonal" density="compact" class="mb-4" :text="M.hint" />
  <v-form @submit.prevent>
    <v-card class="mb-4"><v-card-title>{{ M.ns.section }}</v-card-title><v-card-text>
      <chain v-model="v.ns" :labels="M.ns.levels" :options-of="nsOptions" />
    </v-card-text></v-card>
    <v-card class="mb-4"><v-card-title>{{ M.nesdp.section }}</v-card-title><v-card-text>
      <div class="text-subtitle-2 mb-2">{{ M.nesdp.editionLabel }}</div>
      <v-btn-toggle v-model="v.edition" color="primary" variant="outlined" mandatory class="mb-4">
        <v-btn v-for="e in [12, 13]" :key="e" :value="e">{{ M.nesdp.editions[e] }}</v-btn>
      </v-btn-toggle>
      <chain v-if="v.edition" :key="v.edition" v-model="v.nesdp" :labels="M.nesdp.levels[v.edition]" :options-of="nesdpOf" />
    </v-card-text></v-card>
    <v-card class="mb-4">
      <v-card-title class="d-flex align-center"><span class="me-auto">{{ M.rows.section }}</span><v-btn color="success" variant="tonal" prepend-icon="mdi-plus" @click="addRow">{{ M.rows.addButton }}</v-btn></v-card-title>
      <v-card-text><v-table>
        <thead><tr><th style="width:70px">{{ M.rows.columns.no }}</th><th>{{ M.rows.columns.level }}</th><th>{{ M.rows.columns.plan }}</th><th>{{ M.rows.columns.issue }}</th><th></th></tr></thead>
        <tbody><tr v-for="(row, i) in v.rows" :key="i">
          <td>{{ i + 1 }}</td>
          <td><v-select :model-value="row.level >= 0 ? row.level : null" :items="levels" :placeholder="M.rows.levelPlaceholder" density="compact" hide-details
            @update:model-value="row.level = $event ?? -1; row.plan = -1; row.issue = -1" /></td>
          <td><v-select :model-value="row.plan >= 0 ? row.plan : null" :items="plansOf(row.level)" :disabled="row.level < 0" density="compact" hide-details
            @update:model-value="row.plan = $event ?? -1; row.issue = -1" /></td>
          <td><v-select :model-value="row.issue >= 0 ? row.issue : null" :items="issuesOf(row.level, row.plan)" :disabled="row.plan < 0" density="compact" hide-details
            @update:model-value="row.issue = $event ?? -1" /></td>
          <td><v-btn icon="mdi-delete" variant="text" color="error" :aria-label="M.rows.removeButton" @click="v.rows.splice(i, 1)" /></td>
        </tr></tbody>
      </v-table></v-card-text>
    </v-card>
    <v-btn type="submit" color="primary" class="me-2">บันทึก</v-btn><v-btn :href="route.base" data-link variant="text">ยกเลิก</v-btn>
  </v-form>`,
});

const Home = defineComponent({
  components: { Crumbs },
  props: { route: { type: Object as PropType<Route>, required: true } },
  setup() { onMounted(markReady); return { FORM }; },
  template: `
  <crumbs :items="[FORM.chrome.nav[0]]" :base="route.base" />
  <h1 class="text-h5 mb-4">รายการโครงการ</h1>
  <v-table><tbody><tr><td>{{ FORM.project.name }}</td>
    <td><a :href="route.base + FORM.m6.route" data-link>รายงานความก้าวหน้า</a> · <a :href="route.base + FORM.m1.route" data-link>ความเชื่อมโยงกับแผน</a></td></tr></tbody></v-table>`,
});

const App = defineComponent({
  components: { Shell, M6, M1, Home },
  setup() {
    const { route, loaded } = useZooRoute();
    return { route, loaded };
  },
  template: `
  <shell :route="route">
    <v-progress-linear v-if="!loaded" indeterminate />
    <m6 v-else-if="loaded.screen === 'm6'" :key="loaded.scenario.id" :route="loaded" :initial="loaded.scenario.m6" />
    <m1 v-else-if="loaded.screen === 'm1'" :key="loaded.scenario.id" :route="loaded" :initial="loaded.scenario.m1" />
    <home v-else :route="loaded" />
  </shell>`,
});

const vuetify = createVuetify({ components, directives, locale: { locale: 'th', messages: { th } } });
const style = document.createElement('style');
style.textContent = 'body,.v-application{font-family:"Sarabun","Garuda","Loma",sans-serif !important}';
document.head.append(style);
createApp(App).use(vuetify).mount('#app');
