/**
 * Constants of corrections without zod, so the content script can use them without
 * bundling the validator (./schema.ts validates; the content script only reads).
 */

/** The profile's concepts (keys of `Profile.fields`) a field can be mapped to. */
export const CONCEPTS = [
  'fiscalYear',
  'quarter',
  'status',
  'progress',
  'spent',
  'allocated',
  'budgetType',
  'recipient',
  'projectName',
] as const;
export type Concept = (typeof CONCEPTS)[number];

export const FIELD_KINDS = ['text', 'select', 'radio', 'checkbox', 'slider', 'combobox', 'richtext'] as const;

/** More than a screen ever shows (the densest replica has ~60 fields); bounds the work. */
export const MAX_FINGERPRINT = 400;
/** A profile carries at most this many corrections (each is a few hundred bytes). */
export const MAX_CORRECTIONS = 500;
