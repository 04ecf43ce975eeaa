/**
 * The eMENSCR profile: everything the extension believes about eMENSCR, as data.
 * Validated with zod wherever a profile enters (options import, managed storage);
 * the content script only receives profiles that already passed this schema.
 */
import * as z from 'zod';
import { atPath, BIDI_REFUSAL, issueMsg, issuePath, noBidiControl } from '@/utils/snippets/issues';
import type { Msg } from '@/utils/i18n';
import { FormScreensSchema } from './form-screens';
import { CorrectionListSchema } from '@/utils/corrections/schema';

/**
 * Bounds on every list and text: the default profile's longest list has 12 items and its
 * longest text 60 characters, so these are far above any real profile, and a file of
 * 100,000 placeholders (8–24 s to import and draw before, issue 11) is refused at once.
 */
export const PROFILE_LIMITS = {
  /** one label, heading, variant or name */
  text: 300,
  /** one list of variants, headings, labels, placeholders… */
  list: 200,
  /** plans, budget types */
  items: 50,
  /** abbreviation entries */
  abbreviations: 500,
} as const;

const PL = PROFILE_LIMITS;
const text = z.string().trim().min(1).max(PL.text);
/** A name shown to the user: no text-direction controls (U+202A–E, U+2066–9), which can disguise it. */
const name = text.refine(noBidiControl, BIDI_REFUSAL);
const list = z.array(text).max(PL.list);
const variants = list.min(1);

const screenSignature = z.object({
  /** any of these in a page heading identifies the screen */
  headings: list,
  /** any of these field labels identifies the screen (used when no heading matches) */
  labels: list,
  /** substrings of location.pathname + hash that identify the screen */
  urlPatterns: list.default([]),
});

const fiscalYearRange = z.object({
  from: z.number().int().min(2500).max(2700).optional(),
  to: z.number().int().min(2500).max(2700).optional(),
});

const plan = z.object({
  id: text,
  /** name shown in findings */
  name,
  /** texts that identify the plan in a heading, label or chosen option */
  variants,
  /** the report must link this plan (within `fiscalYears`) */
  required: z.boolean(),
  /** fiscal years (BE) in which the plan applies; outside them, linking it is an error */
  fiscalYears: fiscalYearRange.optional(),
});

const recipient = z.object({
  /** the position shown in messages */
  title: name,
  /** position titles (full or abbreviated) that mean this recipient */
  variants,
});

const budgetType = z.object({
  id: text,
  name,
  variants,
  recipient,
});

export const ProfileSchema = z.object({
  format: z.literal('emenscr-assistant-profile'),
  version: z.literal(1),
  name,
  /** option texts that mean "nothing chosen yet" */
  placeholders: list,
  screens: z.object({
    progressReport: screenSignature,
    linkage: screenSignature,
    sendDialog: screenSignature,
    projectList: screenSignature,
  }),
  /** label variants per concept that rules look for */
  fields: z.object({
    projectName: variants,
    fiscalYear: variants,
    quarter: variants,
    status: variants,
    progress: variants,
    allocated: variants,
    spent: variants,
    budgetType: variants,
    recipient: variants,
  }),
  statuses: z.object({
    notStarted: variants,
    inProgress: variants,
    completed: variants,
    cancelled: variants,
  }),
  plans: z.array(plan).min(1).max(PL.items),
  /** abbreviations expanded before matching, e.g. "ผอ." → "ผู้อำนวยการ" */
  abbreviations: z.record(text, text).refine((o) => Object.keys(o).length <= PL.abbreviations, {
    params: { code: 'tooManyEntries', max: PL.abbreviations },
  }),
  /** position titles that are never a valid recipient although they look close */
  notRecipients: list,
  budgetTypes: z.array(budgetType).min(1).max(PL.items),
  /** texts of the buttons that save a report (progress is remembered only after a save) */
  saveActions: variants,
  /**
   * Texts of the send dialog's confirm control ("ยืนยันการส่ง"): the guard checks the
   * recipient before such a control acts. Added after v1: parse.ts fills it from the
   * default for older files (ADDED_SECTIONS).
   */
  sendActions: variants,
  /** recognition and cross-field checks of M2–M5 (./form-screens.ts); absent → its default */
  formScreens: FormScreensSchema.optional(),
  calendar: z.object({
    /** the report is due this many days after the quarter ends */
    deadlineDay: z.number().int().min(1).max(90),
  }),
  /**
   * Corrections made on the real eMENSCR (utils/corrections): exported and imported with the
   * profile; a policy profile's are applied locked. Optional: files from before have none.
   */
  corrections: CorrectionListSchema.optional(),
});

export type Profile = z.infer<typeof ProfileSchema>;
export type PlanDef = Profile['plans'][number];
export type BudgetTypeDef = Profile['budgetTypes'][number];
export type FieldConcept = keyof Profile['fields'];

/**
 * A readable, path-naming message for each problem ("fields.progress: ต้องมีอย่างน้อย 1 รายการ").
 * Parse with `{ reportInput: true }` so a missing field reads differently from a wrong-typed one.
 * Import files go through ./parse.ts, which adds format and version checks.
 */
export function describeIssues(error: z.ZodError): Msg[] {
  return error.issues.map((issue) => atPath(issuePath(issue), issueMsg(issue)));
}
