/**
 * What the extension believes about the project-entry screens M2–M5, as data: how to
 * recognise each screen and the label variants its cross-field checks look for.
 *
 * Step names are circular 000 §1 (seeds/000): "M๑ : ความเชื่อมโยงกับแผนระดับต่างๆ, M๒ : ข้อมูลทั่วไป
 * ของโครงการ/กิจกรรม, M๓ : รายละเอียดโครงการ, M๔ : กิจกรรม, M๕ : แผนการใช้จ่ายงบประมาณ". Field lists
 * are the research notes' best guess (docs/emenscr-research.md §2.3, tagged [U]): nobody here has
 * seen the real screens, so every label below is a variant to correct, not a fact. A profile may
 * carry its own `formScreens` section (validated by FormScreensSchema); without one, this default
 * applies.
 */
import * as z from 'zod';

const text = z.string().trim().min(1);
const variants = z.array(text).min(1);

const stepSignature = z.object({
  /** the step number in "M2", "M๒ :", "ขั้นตอนที่ 2" headings */
  step: z.number().int().min(1).max(9),
  /** any of these in a heading (or tab marked current) names the screen */
  headings: variants,
  /** labels of fields only this screen has; each present one adds evidence */
  labels: variants,
  /** regular expressions (source text, case-insensitive) on location.pathname + hash */
  routes: z.array(text),
});

export const FormScreensSchema = z.object({
  generalInfo: stepSignature,
  projectDetails: stepSignature,
  activities: stepSignature,
  spendingPlan: stepSignature,
  /**
   * Labels of fields only the progress report (M6) has: a form with one of them, or with a
   * progress slider, is never taken for M2–M5, however its headings read.
   */
  progressOnly: variants,
  fields: z.object({
    /** project start / end date (M2; shown read-only on M4) */
    projectStart: variants,
    projectEnd: variants,
    /** one field holding the whole period ("1 ต.ค. 2567 - 30 ก.ย. 2568") */
    projectPeriod: variants,
    /** the project's whole budget (วงเงิน) */
    budgetTotal: variants,
    /** an activity row starts at its name field (M4) */
    activityName: variants,
    activityStart: variants,
    activityEnd: variants,
    activityBudget: variants,
    /** a KPI's target value (M3): must be a number */
    kpiTarget: variants,
    /** money fields, checked to be numbers */
    money: variants,
    /** labels of computed totals ("รวม"), never summed as plan amounts */
    totals: variants,
    /** plan columns that are not amounts of their own period (cumulative, percent): never summed */
    notAmounts: variants,
  }),
});

export type FormScreens = z.infer<typeof FormScreensSchema>;
export type StepScreenId = 'generalInfo' | 'projectDetails' | 'activities' | 'spendingPlan';
export const STEP_SCREENS: readonly StepScreenId[] = ['generalInfo', 'projectDetails', 'activities', 'spendingPlan'];

export const DEFAULT_FORM_SCREENS: FormScreens = {
  generalInfo: {
    step: 2,
    headings: ['ข้อมูลทั่วไปของโครงการ', 'ข้อมูลทั่วไป', 'ข้อมูลพื้นฐานโครงการ', 'ข้อมูลพื้นฐาน'],
    labels: ['ประเภทโครงการ', 'ลักษณะโครงการ', 'ผู้รับผิดชอบโครงการ', 'หน่วยงานเจ้าของโครงการ', 'วันที่เริ่มต้นโครงการ', 'อีเมล', 'โทรศัพท์'],
    routes: ['/m2\\b', 'general', '/info\\b', 'basic'],
  },
  projectDetails: {
    step: 3,
    headings: ['รายละเอียดโครงการ', 'รายละเอียดของโครงการ'],
    labels: ['หลักการและเหตุผล', 'วัตถุประสงค์', 'กลุ่มเป้าหมาย', 'ตัวชี้วัด', 'ผลที่คาดว่าจะได้รับ', 'ค่าเป้าหมาย'],
    routes: ['/m3\\b', 'detail'],
  },
  activities: {
    step: 4,
    headings: ['กิจกรรม', 'แผนการดำเนินงาน', 'ขั้นตอนการดำเนินงาน', 'กิจกรรมของโครงการ'],
    labels: ['ชื่อกิจกรรม', 'กิจกรรมที่', 'งบประมาณกิจกรรม', 'พื้นที่ดำเนินการ', 'ขั้นตอนการดำเนินงาน'],
    routes: ['/m4\\b', 'activit'],
  },
  spendingPlan: {
    step: 5,
    headings: ['แผนการใช้จ่ายงบประมาณ', 'แผนการใช้จ่าย', 'แผนการเบิกจ่ายงบประมาณ', 'แผนการเบิกจ่าย'],
    labels: ['แผนการใช้จ่าย', 'แผนการเบิกจ่าย', 'ประเภทงบรายจ่าย', 'งบดำเนินงาน', 'งบลงทุน'],
    routes: ['/m5\\b', 'spend', 'budget-plan', 'disburse'],
  },
  progressOnly: ['ไตรมาสที่รายงาน', 'ห้วงการรายงาน', 'รอบการรายงาน', 'รายงานไตรมาสที่', 'ความก้าวหน้าของโครงการ', 'ผลการเบิกจ่าย', 'ปัญหา/อุปสรรค'],
  fields: {
    projectStart: ['วันที่เริ่มต้นโครงการ', 'วันเริ่มต้นโครงการ', 'วันที่เริ่มโครงการ', 'วันที่เริ่มต้น', 'วันเริ่มต้น', 'เริ่มต้น'],
    projectEnd: ['วันที่สิ้นสุดโครงการ', 'วันสิ้นสุดโครงการ', 'วันที่สิ้นสุด', 'วันสิ้นสุด', 'สิ้นสุด'],
    projectPeriod: ['ระยะเวลาดำเนินโครงการ', 'ระยะเวลาโครงการ', 'ระยะเวลาดำเนินการ', 'ระยะเวลา'],
    budgetTotal: [
      'วงเงินงบประมาณโครงการ',
      'วงเงินงบประมาณ',
      'วงเงินโครงการ',
      'งบประมาณโครงการ',
      'งบประมาณทั้งสิ้น',
      'งบประมาณที่ได้รับจัดสรร',
      'งบประมาณรวม',
      'วงเงิน',
    ],
    activityName: ['ชื่อกิจกรรม', 'กิจกรรม/ขั้นตอน', 'กิจกรรม'],
    activityStart: ['วันที่เริ่มต้น', 'วันเริ่มต้น', 'เริ่มต้น', 'วันที่เริ่ม', 'เริ่ม'],
    activityEnd: ['วันที่สิ้นสุด', 'วันสิ้นสุด', 'สิ้นสุด'],
    activityBudget: ['งบประมาณกิจกรรม', 'งบประมาณ (บาท)', 'งบประมาณ', 'วงเงิน'],
    kpiTarget: ['ค่าเป้าหมาย', 'เป้าหมาย (จำนวน)'],
    // not "งบประมาณ" alone: "แหล่งงบประมาณ" and "ปีงบประมาณ" are not amounts
    money: ['(บาท)', 'บาท', 'วงเงิน'],
    totals: ['รวม', 'รวมทั้งสิ้น', 'ยอดรวม', 'ทั้งหมด'],
    notAmounts: ['สะสม', 'ร้อยละ', '%', 'ผลการใช้จ่าย', 'ผลการเบิกจ่าย'],
  },
};
