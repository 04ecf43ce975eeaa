/**
 * Snippets as data: what the store keeps and what an export file carries.
 *
 * A *text snippet* is one value inserted into the focused field; a *form snippet* is the
 * label → value pairs of a whole form (or one section), in page order. Snippet text is
 * always plain data: views render it as text and the filler sets it through the value
 * setter, never as HTML.
 *
 * zod lives here, so this module is for background / options / popup only; the content
 * script receives snippets that already passed these schemas.
 */
import * as z from 'zod';
import type { FieldKind, ScreenId } from '@/utils/types';
import { BIDI_REFUSAL, noBidiControl } from './issues';

export const SNIPPET_LIMITS = {
  name: 200,
  /** a text snippet's text and a form field's value */
  text: 20_000,
  fieldsPerForm: 500,
  snippetsPerFile: 5_000,
  tags: 50,
  tag: 100,
  /** a form field's label, one section heading, the source path */
  label: 1_000,
  sectionDepth: 20,
} as const;

export const EXPORT_FORMAT = 'emenscr-assistant-snippets';
/** The newest export version this build reads and the one it writes. */
export const EXPORT_VERSION = 1;

export const FIELD_KINDS = [
  'text',
  'select',
  'radio',
  'checkbox',
  'slider',
  'combobox',
  'richtext',
] as const satisfies readonly FieldKind[];

const L = SNIPPET_LIMITS;
/** epoch milliseconds */
const time = z.number().int().nonnegative();

export const FormSnippetFieldSchema = z.object({
  /** the visible label, as collected */
  label: z.string().max(L.label),
  /** section headings, outermost first: keeps equal labels under different plans apart */
  section: z.array(z.string().max(L.label)).max(L.sectionDepth).default([]),
  kind: z.enum(FIELD_KINDS),
  /** text, chosen option text, checked radio's label or slider number, as the user sees it */
  value: z.string().max(L.text),
  /** checkbox state */
  checked: z.boolean().optional(),
});

export const SnippetSourceSchema = z.object({
  /** the eMENSCR screen it was saved on (a ScreenId; other strings are kept for newer builds) */
  screen: z.string().min(1).max(50),
  /** location path (+ hash) it was saved on, without query string */
  path: z.string().max(L.label).optional(),
});

const base = {
  id: z.string().min(1).max(100),
  /** no text-direction controls (U+202A–E, U+2066–9): a name must display as it is */
  name: z.string().trim().min(1).max(L.name).refine(noBidiControl, BIDI_REFUSAL),
  tags: z.array(z.string().trim().min(1).max(L.tag).refine(noBidiControl, BIDI_REFUSAL)).max(L.tags).default([]),
  source: SnippetSourceSchema.default({ screen: 'other' }),
  createdAt: time,
  updatedAt: time,
  /** last insert/fill; null until first used */
  usedAt: time.nullable().default(null),
  useCount: z.number().int().nonnegative().default(0),
};

export const TextSnippetSchema = z.object({
  ...base,
  kind: z.literal('text'),
  /** may hold variables ({ปีงบประมาณ}, {ถาม:…}); see ./variables */
  text: z.string().max(L.text),
});

export const FormSnippetSchema = z.object({
  ...base,
  kind: z.literal('form'),
  fields: z.array(FormSnippetFieldSchema).min(1).max(L.fieldsPerForm),
});

/** Unknown keys are stripped (not rejected), so hand-edited files with notes still import; io reports them. */
export const SnippetSchema = z.discriminatedUnion('kind', [TextSnippetSchema, FormSnippetSchema]);

export const ExportEnvelopeSchema = z.object({
  format: z.literal(EXPORT_FORMAT),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime({ offset: true }),
  snippets: z.array(SnippetSchema).max(L.snippetsPerFile),
});

export type FormSnippetField = z.output<typeof FormSnippetFieldSchema>;
export type SnippetSource = z.output<typeof SnippetSourceSchema> & { screen: ScreenId | (string & {}) };
export type TextSnippet = z.output<typeof TextSnippetSchema>;
export type FormSnippet = z.output<typeof FormSnippetSchema>;
export type Snippet = z.output<typeof SnippetSchema>;
/** What callers may hand to putSnippet: defaults (tags, source, usedAt, useCount) may be left out. */
export type SnippetInput = z.input<typeof SnippetSchema>;
export type ExportEnvelope = z.output<typeof ExportEnvelopeSchema>;
export type SnippetKind = Snippet['kind'];

interface NewSnippetBase {
  name: string;
  tags?: string[];
  source?: { screen: ScreenId | (string & {}); path?: string };
}

function newBase(init: NewSnippetBase, now: number) {
  return {
    id: crypto.randomUUID(),
    name: init.name,
    tags: init.tags ?? [],
    source: init.source ?? { screen: 'other' },
    createdAt: now,
    updatedAt: now,
    usedAt: null,
    useCount: 0,
  };
}

/** A new, not yet stored text snippet (validate with putSnippet). */
export function newTextSnippet(init: NewSnippetBase & { text: string }, now = Date.now()): TextSnippet {
  return { ...newBase(init, now), kind: 'text', text: init.text };
}

/** A new, not yet stored form snippet; `fields` in page order. */
export function newFormSnippet(
  init: NewSnippetBase & { fields: FormSnippetField[] },
  now = Date.now(),
): FormSnippet {
  return { ...newBase(init, now), kind: 'form', fields: init.fields };
}
