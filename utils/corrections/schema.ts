/**
 * Corrections (issue 14): what a person on the real eMENSCR told the checker about one
 * field of one screen. They are profile data: validated with zod like the rest of the
 * profile, exported and imported with it (`Profile.corrections`), and pushed by policy
 * (storage.managed `corrections`, or a policy profile's `corrections`), where they are
 * shown locked. Pure data, no DOM: ./keys.ts computes the keys, ./apply.ts applies them.
 */
import * as z from 'zod';
import { CONCEPTS, FIELD_KINDS, MAX_CORRECTIONS, MAX_FINGERPRINT } from './constants';

export { CONCEPTS, FIELD_KINDS, MAX_CORRECTIONS, MAX_FINGERPRINT, type Concept } from './constants';

/** A hashed (label, kind) pair of one field of the screen (./keys.ts `fingerprint`). */
const token = z.string().regex(/^[0-9a-f]{8}$/);

export const ScreenKeySchema = z.object({
  /** location path + hash with ids replaced ("/project/:id/report"), see keys.ts routePattern */
  route: z.string().trim().min(1).max(300),
  /** sorted, distinct hashed (label, kind) pairs; matched by overlap, so added rows and new fields do not break it */
  fingerprint: z.array(token).max(MAX_FINGERPRINT),
  /** the screen's first heading, only to show the entry to a person */
  title: z.string().max(200).optional(),
});

export const FieldKeySchema = z.object({
  /** the label as the checker read it ('' when it found none) */
  label: z.string().max(300),
  kind: z.enum(FIELD_KINDS),
  /** section headings, outermost first */
  section: z.array(z.string().max(300)).max(12),
  /** tags and roles of the field's ancestors, no indices, ids or classes (keys.ts fieldShape) */
  shape: z.string().max(400),
});

export const ActionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ignore') }),
  z.object({ type: z.literal('rename'), name: z.string().trim().min(1).max(200) }),
  z.object({ type: z.literal('concept'), concept: z.enum(CONCEPTS) }),
]);

export const CorrectionSchema = z.object({
  id: z.string().trim().min(1).max(64),
  screen: ScreenKeySchema,
  field: FieldKeySchema,
  action: ActionSchema,
  /** ISO date-time */
  createdAt: z.iso.datetime({ offset: true }),
});

export const CorrectionListSchema = z.array(CorrectionSchema).max(MAX_CORRECTIONS);

export type ScreenKey = z.infer<typeof ScreenKeySchema>;
export type FieldKey = z.infer<typeof FieldKeySchema>;
export type CorrectionAction = z.infer<typeof ActionSchema>;
export type Correction = z.infer<typeof CorrectionSchema>;

/** A correction in force, as the content script and the options page receive it. */
export type ActiveCorrection = Correction & {
  /** pushed by policy: shown, applied, never edited */
  locked?: boolean;
};
