/**
 * The zod schema of a profile's `formScreens` section (what ./form-screens.ts holds as data).
 * Its own module so that the content script, which reads only the data, carries no zod.
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

