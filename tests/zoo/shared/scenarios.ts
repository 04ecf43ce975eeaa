/**
 * Zoo scenarios: the values each zoo page shows on first render of a screen, per `?scenario=<id>`.
 * Every page bundles this module (so the values are the same in every library) and the
 * e2e matrix reads it to compute the expected findings (shared/expected.ts). Pure: the only
 * input besides the id is `today`, through {@link reportingQuarter}.
 */
import FORM from '../form.json' with { type: 'json' };
import { reportingPeriod } from '../../../utils/calendar/fiscal';
import { NS_SIDES, nesdpTop, editionOf, type Edition } from './plans';

export { FORM };

/** The quarter being reported at `today` (the one a complete report must choose) and its fiscal year. */
export function reportingQuarter(today: Date): { fiscalYear: number; quarter: number } {
  const p = reportingPeriod(today);
  return { fiscalYear: p.fiscalYear, quarter: p.quarter };
}

export type PlanKey = 'ns' | 'nesdp' | 'mp';

export interface M6Values {
  fiscalYear: number;
  /** text of the chosen option, '' = none */
  quarter: string;
  /** ISO dates (yyyy-mm-dd), '' = empty; pages show them as dd/mm/yyyy in the Buddhist era */
  reportDate: string;
  startDate: string;
  endDate: string;
  status: string;
  /** 0–100; 0 = the slider was never moved */
  progress: number;
  /** as typed, e.g. "1,500,000" */
  allocation: string;
  spent: string;
  beneficiaries: string[];
  /** result per KPI row ('' = empty) */
  kpi: string[];
  result: string;
  problems: string;
  suggestions: string;
  plans: Record<PlanKey, { on: boolean; detail: string; text: string }>;
}

export interface PlanRow {
  /** 0-based option indexes, -1 = not chosen */
  level: number;
  plan: number;
  issue: number;
}

export interface M1Values {
  fiscalYear: number;
  /** chosen option index per level of the ยุทธศาสตร์ชาติ chain (-1 = not chosen) */
  ns: number[];
  /** ฉบับของแผน: 0 = not chosen */
  edition: 0 | Edition;
  nesdp: number[];
  rows: PlanRow[];
}

export interface Scenario {
  id: string;
  screen: 'm6' | 'm1';
  /** what the scenario changes, for the report */
  about: string;
  m6?: M6Values;
  m1?: M1Values;
}

const TXT = {
  result: 'จัดอบรมเชิงปฏิบัติการพัฒนาศักยภาพผู้ประกอบการและมัคคุเทศก์ท้องถิ่น จำนวน 2 รุ่น มีผู้เข้าร่วม 118 ราย และพัฒนาเส้นทางท่องเที่ยวเชิงวัฒนธรรมแล้ว 2 เส้นทาง',
  problems: 'การจัดซื้อจัดจ้างล่าช้ากว่าแผน เนื่องจากต้องปรับขอบเขตของงาน (TOR) และฝนตกหนักในช่วงจัดกิจกรรมภาคสนาม',
  suggestions: 'เร่งรัดการจัดซื้อจัดจ้างให้แล้วเสร็จในไตรมาสถัดไป และปรับแผนกิจกรรมภาคสนามให้สอดคล้องกับฤดูกาล',
  ns: 'ช่วยเพิ่มรายได้จากการท่องเที่ยวเชิงวัฒนธรรม และยกระดับขีดความสามารถในการแข่งขันของจังหวัด',
  nesdp: 'ยกระดับแหล่งท่องเที่ยวเชิงวัฒนธรรมของจังหวัดให้มีคุณภาพและยั่งยืน',
  mp: 'พัฒนาเส้นทางท่องเที่ยวเชิงวัฒนธรรมและเพิ่มรายได้ของชุมชน',
};

const iso = (d: Date) => `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/** The complete M6 report for the quarter being reported at `today`. */
function completeM6(today: Date): M6Values {
  const { fiscalYear, quarter } = reportingQuarter(today);
  const ce = fiscalYear - 543; // the fiscal year ends on 30 Sep of this CE year
  const edition = editionOf(fiscalYear);
  return {
    fiscalYear,
    quarter: FORM.m6.fields.quarter.options[quarter - 1]!,
    reportDate: iso(today),
    startDate: `${ce - 1}-11-03`,
    endDate: `${ce}-09-30`,
    status: 'อยู่ระหว่างดำเนินการ',
    progress: 45,
    allocation: FORM.project.allocation,
    spent: '675,000',
    beneficiaries: ['ผู้ประกอบการท่องเที่ยว', 'มัคคุเทศก์ท้องถิ่น'],
    kpi: ['118', '87', '2'],
    result: TXT.result,
    problems: TXT.problems,
    suggestions: TXT.suggestions,
    plans: {
      ns: { on: true, detail: NS_SIDES[1]!, text: TXT.ns },
      nesdp: { on: true, detail: nesdpTop(edition)[1]!, text: TXT.nesdp },
      mp: { on: true, detail: 'ประเด็นที่ 5 การท่องเที่ยว', text: TXT.mp },
    },
  };
}

function emptyM6(today: Date): M6Values {
  const off = { on: false, detail: '', text: '' };
  return {
    fiscalYear: reportingQuarter(today).fiscalYear,
    quarter: '', reportDate: '', startDate: '', endDate: '', status: '', progress: 0,
    allocation: '', spent: '', beneficiaries: [], kpi: ['', '', ''], result: '', problems: '', suggestions: '',
    plans: { ns: { ...off }, nesdp: { ...off }, mp: { ...off } },
  };
}

function m6(id: string, about: string, today: Date, change: (v: M6Values) => void = () => {}): Scenario {
  const v = completeM6(today);
  change(v);
  return { id, screen: 'm6', about, m6: v };
}

const completeRows = (): PlanRow[] => [
  { level: 0, plan: 0, issue: 1 }, // แผนแม่บทฯ › ประเด็นที่ 5 การท่องเที่ยว
  { level: 1, plan: 1, issue: 0 }, // แผนพัฒนาจังหวัด
];

function m1(id: string, about: string, fiscalYear: number, change: (v: M1Values) => void = () => {}): Scenario {
  const edition = editionOf(fiscalYear);
  const v: M1Values = { fiscalYear, ns: [1, 1, 2], edition, nesdp: [1, 0, 1], rows: completeRows() };
  change(v);
  return { id, screen: 'm1', about, m1: v };
}

/** Every scenario, M6 first; the matrix runs them in this order. */
export function scenarios(today: Date): Scenario[] {
  return [
    m6('m6-complete', 'every field filled, current quarter', today),
    { id: 'm6-empty', screen: 'm6', about: 'a new, empty report', m6: emptyM6(today) },
    m6('m6-partial', 'problems, suggestions, report date and target groups left empty', today, (v) => {
      v.problems = '';
      v.suggestions = '';
      v.reportDate = '';
      v.beneficiaries = [];
    }),
    m6('m6-kpi-cell', 'one KPI result cell left empty', today, (v) => { v.kpi[1] = ''; }),
    m6('m6-slider', 'progress slider never moved', today, (v) => { v.progress = 0; }),
    m6('m6-overspent', 'money spent more than the allocation', today, (v) => { v.spent = '1,800,000'; }),
    m6('m6-plan-unlinked', 'development plan not ticked', today, (v) => { v.plans.nesdp = { on: false, detail: '', text: '' }; }),
    m6('m6-plan-detail', 'ยุทธศาสตร์ชาติ ticked, its text left empty', today, (v) => { v.plans.ns.text = ''; }),
    m1('m1-complete', 'FY2568, both plans and two plan rows linked', 2568),
    m1('m1-empty', 'FY2568, nothing chosen, one blank plan row', 2568, (v) => {
      v.ns = [-1, -1, -1];
      v.edition = 0;
      v.nesdp = [-1, -1, -1];
      v.rows = [{ level: -1, plan: -1, issue: -1 }];
    }),
    m1('m1-plan-unlinked', 'FY2568, no edition of the development plan chosen', 2568, (v) => {
      v.edition = 0;
      v.nesdp = [-1, -1, -1];
    }),
    m1('m1-plan-detail', 'FY2568, last level of both plans left empty', 2568, (v) => {
      v.ns[2] = -1;
      v.nesdp[2] = -1;
    }),
    m1('m1-fy2565', 'FY2565, the 12th plan linked', 2565),
    m1('m1-fy2565-empty', 'FY2565, nothing chosen', 2565, (v) => {
      v.ns = [-1, -1, -1];
      v.edition = 0;
      v.nesdp = [-1, -1, -1];
    }),
    m1('m1-wrong-edition', 'FY2568, the 12th plan linked instead of the 13th', 2568, (v) => { v.edition = 12; }),
    m1('m1-row-blank', 'FY2568, complete plus a blank plan row (no level chosen)', 2568, (v) => {
      v.rows.push({ level: -1, plan: -1, issue: -1 });
    }),
    m1('m1-row-detail', 'FY2568, a level-3 plan row without its issue', 2568, (v) => { v.rows[1]!.issue = -1; }),
  ];
}

export function scenarioById(id: string | null, today: Date, screen: 'm6' | 'm1'): Scenario {
  const all = scenarios(today);
  return all.find((s) => s.id === id && s.screen === screen) ?? all.find((s) => s.id === `${screen}-empty`)!;
}

/** dd/mm/yyyy in the Buddhist era, as Thai government forms show dates. */
export function thaiDate(isoDate: string): string {
  if (!isoDate) return '';
  const [y, m, d] = isoDate.split('-');
  return `${d}/${m}/${Number(y) + 543}`;
}

/** Parses dd/mm/yyyy (Buddhist era) back to ISO, '' when it is not such a date. */
export function parseThaiDate(text: string): string {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (!m) return '';
  return `${Number(m[3]) - 543}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}`;
}
