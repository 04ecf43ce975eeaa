/**
 * Screens M2–M5: recognition and their own checks. Expected findings follow from what each
 * snapshot leaves empty or makes inconsistent (dates, sums), worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as profile } from '@/utils/profile/default';
import { classify } from '@/utils/classify';
import { stepNumbers, stepScreen } from '@/utils/classify/screens';
import { check } from '@/utils/rules';
import { projectPeriodValid } from '@/utils/rules/screens/general-info';
import { activitiesConsistent, activityRows } from '@/utils/rules/screens/activities';
import { spendingPlanSums } from '@/utils/rules/screens/spending-plan';
import { amountsAreNumbers, parseTarget } from '@/utils/rules/screens/numbers';
import { parseDateRange } from '@/utils/rules/screens/shared';
import { DEFAULT_FORM_SCREENS } from '@/utils/profile/form-screens';
import type { FieldSnapshot, FormSnapshot, Screen } from '@/utils/types';
import { field, planBlock, STRATEGY } from './snapshot-builder';

const today = new Date(2026, 10, 21);
function snap(fields: FieldSnapshot[], headings: string[], url = 'https://emenscr.nesdc.go.th/app/project/1'): FormSnapshot {
  return { url, title: 'eMENSCR', headings, fields };
}
const ctx = (s: FormSnapshot, screen: Screen) => ({ snapshot: s, screen, profile, today });
const ro = (label: string, value: string) => field(label, value, { editable: false });

// ----- fixtures: one complete snapshot per screen -----
const general = () => [
  field('ชื่อโครงการ/การดำเนินงาน', 'โครงการพัฒนาศักยภาพการท่องเที่ยว'),
  ro('ปีงบประมาณ', '2568'),
  field('ประเภทโครงการ', 'โครงการใหม่', { kind: 'radio' }),
  field('วันที่เริ่มต้นโครงการ', '01/10/2567'),
  field('วันที่สิ้นสุดโครงการ', '30/09/2568'),
  field('วงเงินงบประมาณ (บาท)', '1,500,000.00'),
  field('แหล่งงบประมาณ', 'งบจังหวัด', { kind: 'select' }),
  field('ชื่อ-สกุล ผู้รับผิดชอบโครงการ', 'นางสาวสมใจ ใจดี'),
  field('โทรศัพท์', '038-694000'),
  field('อีเมล', 'somjai@example.go.th'),
];
const details = () => [
  field('หลักการและเหตุผล', 'ข้อมูลสถิติ…', { kind: 'text' }),
  field('วัตถุประสงค์ข้อที่ 1', 'เพิ่มรายได้'),
  field('กลุ่มเป้าหมาย', 'ผู้ประกอบการ 200 ราย'),
  field('ชื่อตัวชี้วัด', 'รายได้จากการท่องเที่ยวเพิ่มขึ้น'),
  field('ค่าเป้าหมาย', '10'),
  field('หน่วยนับ', 'ร้อยละ'),
  field('ผลที่คาดว่าจะได้รับ', 'รายได้เพิ่ม'),
];
const activities = (rows: [string, string, string, string][] = [
  ['ประชุมเชิงปฏิบัติการ', '01/11/2567', '31/12/2567', '500,000'],
  ['จัดกิจกรรมส่งเสริมการท่องเที่ยว', '01/01/2568', '30/06/2568', '900,000'],
]) => [
  ro('ระยะเวลาดำเนินโครงการ', '1 ต.ค. 2567 - 30 ก.ย. 2568'),
  ro('วงเงินงบประมาณโครงการ (บาท)', '1,500,000.00'),
  ...rows.flatMap(([n, s, e, b], i) => [
    field('ชื่อกิจกรรม', n, { section: ['กิจกรรม', `กิจกรรมที่ ${i + 1}`] }),
    field('วันที่เริ่มต้น', s, { section: ['กิจกรรม', `กิจกรรมที่ ${i + 1}`] }),
    field('วันที่สิ้นสุด', e, { section: ['กิจกรรม', `กิจกรรมที่ ${i + 1}`] }),
    field('งบประมาณ (บาท)', b, { section: ['กิจกรรม', `กิจกรรมที่ ${i + 1}`] }),
  ]),
];
const spending = (q: [string, string, string, string] = ['300,000', '500,000', '400,000', '300,000']) => [
  ro('วงเงินงบประมาณ (บาท)', '1,500,000.00'),
  field('ประเภทงบรายจ่าย', 'งบดำเนินงาน', { kind: 'select' }),
  ...q.map((v, i) => field(`ไตรมาสที่ ${i + 1}`, v)),
  ro('รวม', '1,500,000.00'),
];

describe('screen recognition (M2–M5)', () => {
  it('reads the step number in headings, Thai or Arabic digits', () => {
    expect(stepNumbers('M๒ : ข้อมูลทั่วไปของโครงการ/กิจกรรม')).toEqual([2]);
    expect(stepNumbers('ขั้นตอนที่ 4 กิจกรรม')).toEqual([4]);
    expect(stepNumbers('M5')).toEqual([5]);
    expect(stepNumbers('M12 รายงาน')).toEqual([]);
    expect(stepNumbers('HTML5')).toEqual([]);
  });

  it.each([
    ['generalInfo', general(), ['M2 : ข้อมูลทั่วไปของโครงการ/กิจกรรม']],
    ['projectDetails', details(), ['M3 : รายละเอียดโครงการ']],
    ['activities', activities(), ['M4 : กิจกรรม']],
    ['spendingPlan', spending(), ['M5 : แผนการใช้จ่ายงบประมาณ']],
  ] as const)('%s by its circular heading and fields', (id, fields, headings) => {
    expect(classify(snap([...fields], [...headings]), profile).id).toBe(id);
  });

  it('recognises a screen whose heading uses other words, from its fields and route', () => {
    // no heading word matches; fields หลักการและเหตุผล, วัตถุประสงค์, กลุ่มเป้าหมาย (3) + route /detail (1) = 4
    const s = snap(details(), ['โครงการพัฒนาศักยภาพการท่องเที่ยว'], 'https://emenscr.nesdc.go.th/#/project/1/detail');
    expect(classify(s, profile).id).toBe('projectDetails');
  });

  it('recognises a step from its marker alone plus its fields, whatever the heading says', () => {
    const s = snap(spending(['1', '1', '1', '1']).slice(0, 1).concat(field('แผนการใช้จ่าย ต.ค.', '1')), ['ขั้นตอนที่ 5']);
    // marker (2) + label แผนการใช้จ่าย (1) = 3
    expect(stepScreen(s)?.id).toBe('spendingPlan');
  });

  it('does not take a heading that only mentions กิจกรรม for the activities screen', () => {
    const s = snap([field('ค้นหา', '')], ['รายการโครงการ/กิจกรรม']);
    expect(stepScreen(s)).toBeNull();
    expect(classify(s, profile).id).toBe('projectList');
  });

  it('keeps M6 and M1 as they were', () => {
    const m6 = snap(
      [field('ไตรมาสที่รายงาน', 'ไตรมาสที่ 2', { kind: 'select' }), field('ผลการเบิกจ่ายงบประมาณ (บาท)', '100'), field('ค่าเป้าหมาย', '10', { editable: false }), field('ผลการดำเนินงานตามตัวชี้วัด', '5')],
      ['บันทึกรายงานความก้าวหน้า'],
      'https://emenscr.nesdc.go.th/replica/m6-native/report/1',
    );
    expect(classify(m6, profile).id).toBe('progressReport');
    const m1 = snap([field('เป้าหมายแผนแม่บทย่อย', '', { kind: 'select' })], ['ความเชื่อมโยงกับแผนระดับต่างๆ']);
    expect(classify(m1, profile).id).toBe('linkage');
  });

  it('never decides on fields alone: an M6 form repeating M3 fields stays the progress report', () => {
    const fields = [
      field('กลุ่มเป้าหมายที่ได้รับประโยชน์', 'ผู้ประกอบการ'),
      field('ตัวชี้วัด: ผลที่ได้', '10'),
      field('ค่าเป้าหมาย', '10', { editable: false }),
      field('วัตถุประสงค์', 'x'),
      field('ไตรมาสที่รายงาน', 'ไตรมาสที่ 2', { kind: 'select' }),
    ];
    const s = snap(fields, ['ข้อมูลโครงการ'], 'https://emenscr.nesdc.go.th/#/p/1');
    expect(stepScreen(s)).toBeNull();
  });

  it('a form with the progress slider or the reported quarter is never M2–M5, whatever its headings', () => {
    const plan = spending();
    const headings = ['M5 : แผนการใช้จ่ายงบประมาณ'];
    expect(stepScreen(snap(plan, headings))?.id).toBe('spendingPlan');
    expect(stepScreen(snap([...plan, field('ร้อยละ', '40', { kind: 'slider', number: 40, empty: false })], headings))).toBeNull();
    expect(stepScreen(snap([...plan, field('ไตรมาสที่รายงาน', '', { kind: 'select' })], headings))).toBeNull();
  });

  it('needs editable fields', () => {
    expect(stepScreen(snap(general().map((f) => ({ ...f, editable: false })), ['M2 : ข้อมูลทั่วไปของโครงการ/กิจกรรม']))).toBeNull();
  });
});

describe('complete step screens give no finding at all', () => {
  it.each([
    ['generalInfo', general()],
    ['projectDetails', details()],
    ['activities', activities()],
    ['spendingPlan', spending()],
  ] as const)('%s', (id, fields) => {
    const s = snap([...fields], []);
    expect(check(ctx(s, { id, fiscalYear: 2568 })).findings).toEqual([]);
  });
});

describe('every field filled on step screens, and no M6-only rule', () => {
  it('reports each emptied field once, plan sections included, and no slider or plan finding', () => {
    const fields = general();
    fields[0] = field('ชื่อโครงการ/การดำเนินงาน', '');
    fields[8] = field('โทรศัพท์', ' ');
    const s = snap([...fields, field('ความก้าวหน้า', '0', { kind: 'slider', number: 0, empty: false }), ...planBlock(STRATEGY, false)], []);
    const found = check(ctx(s, { id: 'generalInfo', fiscalYear: 2568 })).findings;
    // the two emptied fields + the three empty plan details (no plan rule owns them here)
    expect(found.map((f) => `${f.rule}:${f.subject}`)).toEqual([
      'fieldEmpty:ชื่อโครงการ/การดำเนินงาน',
      'fieldEmpty:โทรศัพท์',
      'fieldEmpty:ด้าน / หมุดหมาย',
      'fieldEmpty:เป้าหมาย',
      'fieldEmpty:ผลการดำเนินงานที่สอดคล้อง',
    ]);
  });
});

describe('any other form screen', () => {
  it('gets "every field filled" only: no slider, plan or step-screen finding', () => {
    const fields = [
      field('หมายเหตุ', ''),
      field('ความก้าวหน้า', '0', { kind: 'slider', number: 0, empty: false }),
      field('วันที่เริ่มต้นโครงการ', '01/06/2568'),
      field('วันที่สิ้นสุดโครงการ', '01/03/2568'),
      field('ไตรมาสที่ 1', '1'),
      ro('วงเงินงบประมาณ (บาท)', '100'),
    ];
    const found = check(ctx(snap(fields, ['แบบฟอร์ม']), { id: 'other', fiscalYear: 2568 })).findings;
    expect(found.map((f) => `${f.rule}:${f.subject}`)).toEqual(['fieldEmpty:หมายเหตุ']);
  });
});

describe('M2: project period', () => {
  const withDates = (start: string, end: string) => general().map((f) =>
    f.label === 'วันที่เริ่มต้นโครงการ' ? { ...f, value: start } : f.label === 'วันที่สิ้นสุดโครงการ' ? { ...f, value: end } : f,
  );
  const run = (fields: FieldSnapshot[], fy?: number) => projectPeriodValid(ctx(snap(fields, []), { id: 'generalInfo', ...(fy ? { fiscalYear: fy } : {}) }));

  it('start after end is an error naming both dates', () => {
    const found = run(withDates('01/06/2568', '01/03/2568'), 2568);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ rule: 'periodReversed', severity: 'error', params: ['01/06/2568', '01/03/2568'] });
  });
  it('a period wholly outside the fiscal year is an error (FY2568 = 01/10/2567 – 30/09/2568)', () => {
    // typed CE 2024 where BE was meant: 01/10/2024 is read as CE → 01/10/2567 BE, inside; typed 2566 is outside
    const found = run(withDates('01/10/2566', '30/09/2567'), 2568);
    expect(found.map((f) => [f.rule, f.severity])).toEqual([['periodFiscalYear', 'error']]);
    expect(found[0]!.params).toEqual(['01/10/2566', '30/09/2567', '2568', '01/10/2567', '30/09/2568']);
  });
  it('a period running past the year is a warning; inside is fine; CE dates are read as the same days', () => {
    expect(run(withDates('01/10/2567', '31/12/2568'), 2568).map((f) => f.severity)).toEqual(['warning']);
    // …but not for a project marked continuing
    const continuing = withDates('01/10/2565', '30/09/2568').map((f) => (f.label === 'ประเภทโครงการ' ? { ...f, value: 'โครงการต่อเนื่อง' } : f));
    expect(run(continuing, 2568)).toEqual([]);
    expect(run(withDates('1 ต.ค. 2567', '30 ก.ย. 2568'), 2568)).toEqual([]);
    expect(run(withDates('2024-10-01', '2025-09-30'), 2568)).toEqual([]);
  });
  it('uses a first/last fiscal-year pair on the form, and skips the year check when no year is known', () => {
    const multi = [...withDates('01/10/2567', '30/09/2569'), field('ปีงบประมาณสิ้นสุด', '2569')];
    expect(run(multi)).toEqual([]);
    const noYear = withDates('01/10/2560', '30/09/2561').filter((f) => f.label !== 'ปีงบประมาณ');
    expect(run(noYear)).toEqual([]);
  });
  it('reads a single period field holding the range', () => {
    expect(parseDateRange('1 ต.ค. 2567 - 30 ก.ย. 2568')).not.toBeNull();
    expect(parseDateRange('01/10/2567 ถึง 30/09/2568')).not.toBeNull();
    expect(parseDateRange('01/10/2567')).toBeNull();
    const fields = [field('ระยะเวลาดำเนินโครงการ', '1 ต.ค. 2568 - 30 ก.ย. 2569')];
    expect(run(fields, 2568).map((f) => f.rule)).toEqual(['periodFiscalYear']);
  });
});

describe('M3: targets are numbers', () => {
  it('accepts 10, 1,200, 80%, ร้อยละ 80 and Thai digits; rejects words', () => {
    expect([parseTarget('10'), parseTarget('1,200'), parseTarget('80%'), parseTarget('ร้อยละ 80'), parseTarget('๒๐')]).toEqual([10, 1200, 80, 80, 20]);
    expect(parseTarget('สิบ')).toBeNull();
  });
  it('reports a target typed as words, and a money field that is not a number', () => {
    const fields = details().map((f) => (f.label === 'ค่าเป้าหมาย' ? { ...f, value: 'ร้อยละสิบ' } : f));
    fields.push(field('งบประมาณ (บาท)', 'หนึ่งแสน'), field('แหล่งงบประมาณ', 'งบจังหวัด'), field('ปีงบประมาณ', '2568'));
    const found = amountsAreNumbers(ctx(snap(fields, []), { id: 'projectDetails' }));
    expect(found.map((f) => f.params)).toEqual([['ค่าเป้าหมาย', 'ร้อยละสิบ'], ['งบประมาณ (บาท)', 'หนึ่งแสน']]);
  });
});

describe('M4: activities', () => {
  const run = (fields: FieldSnapshot[]) => activitiesConsistent(ctx(snap(fields, []), { id: 'activities', fiscalYear: 2568 }));

  it('groups rows by page order, whatever the section', () => {
    const rows = activityRows(activities(), DEFAULT_FORM_SCREENS);
    expect(rows.map((r) => [r.name?.value, r.start?.value, r.end?.value, r.budget?.value])).toEqual([
      ['ประชุมเชิงปฏิบัติการ', '01/11/2567', '31/12/2567', '500,000'],
      ['จัดกิจกรรมส่งเสริมการท่องเที่ยว', '01/01/2568', '30/06/2568', '900,000'],
    ]);
  });
  it('an activity ending before it starts is an error on that row only', () => {
    const found = run(activities([
      ['ประชุม', '01/12/2567', '01/11/2567', '500,000'],
      ['จัดงาน', '01/01/2568', '30/06/2568', '900,000'],
    ]));
    expect(found.map((f) => [f.rule, f.subject, f.params])).toEqual([['activityReversed', 'ประชุม', ['ประชุม', '01/12/2567', '01/11/2567']]]);
  });
  it('an activity outside the project period (1 ต.ค. 2567 – 30 ก.ย. 2568) is an error', () => {
    const found = run(activities([
      ['ประชุม', '01/11/2567', '31/12/2567', '500,000'],
      ['จัดงาน', '01/07/2568', '31/10/2568', '900,000'],
    ]));
    expect(found.map((f) => [f.rule, f.subject])).toEqual([['activityOutsidePeriod', 'จัดงาน']]);
    expect(found[0]!.params).toEqual(['จัดงาน', '01/07/2568', '31/10/2568', '01/10/2567', '30/09/2568']);
  });
  it('activity budgets over the project budget: 500,000 + 1,100,000 > 1,500,000', () => {
    const found = run(activities([
      ['ประชุม', '01/11/2567', '31/12/2567', '500,000'],
      ['จัดงาน', '01/01/2568', '30/06/2568', '1,100,000'],
    ]));
    expect(found.map((f) => [f.rule, f.params])).toEqual([['activityBudgetOver', ['1,600,000', '1,500,000']]]);
    expect(found[0]!.fieldKeys).toHaveLength(2);
  });
  it('reads a row whose dates are one range field (ระยะเวลา), apart from the project period', () => {
    const fields = [
      ro('ระยะเวลาดำเนินโครงการ', '1 ต.ค. 2567 - 30 ก.ย. 2568'),
      ro('วงเงินงบประมาณโครงการ (บาท)', '1,500,000.00'),
      field('ชื่อกิจกรรม', 'ประชุม'), field('ระยะเวลา', '01/11/2567 - 31/12/2567'), field('งบประมาณ (บาท)', '500,000'),
      field('ชื่อกิจกรรม', 'จัดงาน'), field('ระยะเวลา', '01/07/2568 - 31/10/2568'), field('งบประมาณ (บาท)', '500,000'),
    ];
    const found = run(fields);
    expect(found.map((f) => [f.rule, f.subject, f.params])).toEqual([
      ['activityOutsidePeriod', 'จัดงาน', ['จัดงาน', '01/07/2568', '31/10/2568', '01/10/2567', '30/09/2568']],
    ]);
  });
  it('budgets equal to the total pass; an empty budget is left to the completeness rule', () => {
    expect(run(activities([
      ['ประชุม', '01/11/2567', '31/12/2567', '600,000.50'],
      ['จัดงาน', '01/01/2568', '30/06/2568', '899,999.50'],
    ]))).toEqual([]);
    expect(run(activities([
      ['ประชุม', '01/11/2567', '31/12/2567', ''],
      ['จัดงาน', '01/01/2568', '30/06/2568', '1,600,000'],
    ]))).toEqual([]);
  });
});

describe('M5: spending plan', () => {
  const run = (fields: FieldSnapshot[]) => spendingPlanSums(ctx(snap(fields, []), { id: 'spendingPlan', fiscalYear: 2568 }));

  it('quarters summing to the budget pass; the read-only "รวม" is not summed', () => {
    expect(run(spending())).toEqual([]);
  });
  it('quarters not summing to the budget: 300,000 + 500,000 + 400,000 + 200,000 = 1,400,000 ≠ 1,500,000', () => {
    const found = run(spending(['300,000', '500,000', '400,000', '200,000']));
    expect(found.map((f) => [f.rule, f.params])).toEqual([['quarterPlanSum', ['1,400,000', '1,500,000', '100,000']]]);
    expect(found[0]!.fieldKeys).toHaveLength(4);
  });
  it('sums in satang: 0.10 + 0.20 + … equals the budget exactly', () => {
    const fields = [ro('วงเงินงบประมาณ (บาท)', '0.60'), ...['0.10', '0.20', '0.10', '0.20'].map((v, i) => field(`ไตรมาส ${i + 1}`, v))];
    expect(run(fields)).toEqual([]);
  });
  it('monthly plan: twelve months, one quarter off from its months', () => {
    const months = ['ต.ค.', 'พ.ย.', 'ธ.ค.', 'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.'];
    const monthFields = months.map((m) => field(`${m} 2567`, '125,000'));
    // 12 × 125,000 = 1,500,000 = budget: no monthly finding
    expect(run([ro('วงเงินงบประมาณ (บาท)', '1,500,000'), ...monthFields])).toEqual([]);
    // quarters 375,000 each except Q2 = 300,000: quarter sum 1,425,000 ≠ 1,500,000, and Q2 ≠ its months (375,000)
    const quarters = [375000, 300000, 375000, 375000].map((v, i) => field(`ไตรมาสที่ ${i + 1}`, String(v)));
    const found = run([ro('วงเงินงบประมาณ (บาท)', '1,500,000'), ...quarters, ...monthFields]);
    expect(found.map((f) => [f.rule, f.params])).toEqual([
      ['quarterPlanSum', ['1,425,000', '1,500,000', '75,000']],
      ['quarterMonths2', ['2', '300,000', '375,000']],
    ]);
  });
  it('does not sum cumulative or percent columns, and reads a quarter named by its months', () => {
    const fields = [
      ro('วงเงินงบประมาณ (บาท)', '1,000'),
      ...['ต.ค. – ธ.ค.', 'ม.ค. – มี.ค.', 'เม.ย. – มิ.ย.', 'ก.ค. – ก.ย.'].flatMap((m, i) => [
        field(`${m} แผนการใช้จ่าย (บาท)`, '250'),
        field(`${m} แผนสะสม (บาท)`, String(250 * (i + 1))),
        field(`${m} ร้อยละ`, '25'),
      ]),
    ];
    // 4 × 250 = 1,000: passes; the cumulative 250 + 500 + 750 + 1,000 and the 4 × 25 % are not amounts
    expect(run(fields)).toEqual([]);
    const short = fields.map((f) => (f.label === 'ก.ค. – ก.ย. แผนการใช้จ่าย (บาท)' ? { ...f, value: '150' } : f));
    expect(run(short).map((f) => f.params)).toEqual([['900', '1,000', '100']]);
  });
  it('a bare row number is not a quarter', () => {
    expect(run([ro('วงเงินงบประมาณ (บาท)', '1,500,000'), field('2', '10')])).toEqual([]);
  });
  it('a quarter typed as words is reported as not a number on the spending plan only', () => {
    const fields = spending(['300,000', 'ห้าแสน', '400,000', '300,000']);
    const on = (id: 'spendingPlan' | 'generalInfo') => amountsAreNumbers(ctx(snap(fields, []), { id })).map((f) => f.params);
    expect(on('spendingPlan')).toEqual([['ไตรมาสที่ 2', 'ห้าแสน']]);
    expect(on('generalInfo')).toEqual([]);
    // and the sum is left alone: it cannot be computed
    expect(run(fields)).toEqual([]);
  });
  it('an empty quarter is not summed (completeness reports it)', () => {
    expect(run(spending(['300,000', '', '400,000', '300,000']))).toEqual([]);
  });
});
