/**
 * Validating a profile that enters the extension (an imported file, a policy value,
 * a stored profile after an update). Never throws; every failure names the bad
 * place(s) as messages ("fields.progress: ต้องมีอย่างน้อย 1 รายการ"), rendered in the
 * user's language by the options page (utils/i18n/messages/validation.ts).
 */
import * as z from 'zod';
import { ProfileSchema, type Profile } from './schema';
import { DEFAULT_PROFILE } from './default';
import { atPath, describeIssues } from '@/utils/snippets/issues';
import { utf8Length } from '@/utils/files';
import { msg, type Msg } from '@/utils/i18n';

export const PROFILE_FORMAT = 'emenscr-assistant-profile';
export const PROFILE_VERSION = 1;
/** A profile is a few tens of kB; anything much larger is not one. */
export const MAX_PROFILE_BYTES = 1024 * 1024;
/** Lines spelled out in a message; `paths` always lists every bad place. */
const MAX_LINES = 12;
/**
 * Values (objects, lists, texts, numbers) a profile may hold in all: the default has ~400,
 * a big agency profile a few thousand. A policy value has no file size to check first, and
 * zod takes seconds over 100,000 bad entries (4.7 s measured), so count before validating.
 */
export const MAX_PROFILE_VALUES = 20_000;
/** How deep a profile nests (the default: 5). */
const MAX_DEPTH = 8;

export type ProfileErrorCode =
  | 'too-large'
  | 'too-complex'
  | 'invalid-json'
  | 'wrong-format'
  | 'newer-version'
  | 'unsupported-version'
  | 'invalid';

/**
 * Sections added to the profile after files of this format were first exported. A file
 * (or a stored profile) from before gets the default's section, with a note; any other
 * missing section is an error.
 */
export const ADDED_SECTIONS = ['saveActions', 'sendActions'] as const satisfies readonly (keyof Profile)[];

export type ProfileCheck =
  | {
      ok: true;
      profile: Profile;
      /** sections filled from the default because the file predates them */
      notes: Msg[];
    }
  | {
      ok: false;
      code: ProfileErrorCode;
      /** one line per problem: "path: what is wrong" */
      issues: Msg[];
      /** every bad place, e.g. "fields.progress" */
      paths: string[];
    };

type Failure = Extract<ProfileCheck, { ok: false }>;

function fail(code: ProfileErrorCode, issues: Msg[], paths: string[] = []): Failure {
  return { ok: false, code, issues, paths };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Ids that must be unique inside a list (plans, budget types); zod cannot say which one repeats. */
function duplicateIds(profile: Profile): { lines: Msg[]; paths: string[] } {
  const out = { lines: [] as Msg[], paths: [] as string[] };
  for (const list of ['plans', 'budgetTypes'] as const) {
    const first = new Map<string, number>();
    profile[list].forEach((item, i) => {
      const j = first.get(item.id);
      if (j === undefined) return void first.set(item.id, i);
      const path = `${list}.${i}.id`;
      out.paths.push(path);
      out.lines.push(atPath(path, msg('profile.err.repeatsId', item.id, `${list}.${j}.id`)));
    });
  }
  return out;
}

/** Whether `raw` stays within MAX_PROFILE_VALUES values and MAX_DEPTH levels; stops counting as soon as it does not. */
function withinBounds(raw: unknown): boolean {
  let budget = MAX_PROFILE_VALUES;
  const walk = (v: unknown, depth: number): boolean => {
    if (--budget < 0 || depth > MAX_DEPTH) return false;
    if (typeof v !== 'object' || v === null) return true;
    if (Array.isArray(v)) {
      if (v.length > budget) return false; // no need to look: too many (and for…in would list every index first)
      for (const x of v) if (!walk(x, depth + 1)) return false;
      return true;
    }
    for (const k in v) {
      if (Object.hasOwn(v, k) && !walk((v as Record<string, unknown>)[k], depth + 1)) return false;
    }
    return true;
  };
  return walk(raw, 0);
}

type Schema = z.core.$ZodType;

/** The schema under wrappers that do not change the shape (optional, default, nullable, readonly). */
function unwrap(schema: Schema): Schema {
  let s = schema;
  for (let i = 0; i < 10; i++) {
    const def = s._zod.def as { innerType?: Schema };
    if (!def.innerType) break;
    s = def.innerType;
  }
  return s;
}

/**
 * Keys of `value` the schema does not know (zod strips them): reported, so an agency that
 * misspells "placeholder" learns its list was not used. Follows the schema's own shape.
 */
function unknownKeys(schema: Schema, value: unknown, path: string, out: { paths: string[]; total: number }): void {
  const s = unwrap(schema);
  const def = s._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema; valueType?: Schema };
  if (typeof value !== 'object' || value === null) return;
  const at = (k: string | number) => (path ? `${path}.${k}` : String(k));
  if (def.type === 'object' && def.shape && !Array.isArray(value)) {
    for (const k in value) {
      if (!Object.hasOwn(value, k)) continue;
      const inner = def.shape[k];
      if (inner) unknownKeys(inner, (value as Record<string, unknown>)[k], at(k), out);
      else if (out.total++ < MAX_LINES) out.paths.push(at(k));
    }
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, i) => unknownKeys(def.element!, item, at(i), out));
  } else if (def.type === 'record' && def.valueType && !Array.isArray(value)) {
    for (const k in value) if (Object.hasOwn(value, k)) unknownKeys(def.valueType, (value as Record<string, unknown>)[k], at(k), out);
  }
}

/** One note per unknown key (at most MAX_LINES), then "และอีก 49,990 รายการ". */
function unknownKeyNotes(raw: unknown): Msg[] {
  const out = { paths: [] as string[], total: 0 };
  unknownKeys(ProfileSchema, raw, '', out);
  const notes = out.paths.map((p) => atPath(p, msg('profile.note.unknownKey')));
  if (out.total > notes.length) notes.push(msg('import.moreWarnings', (out.total - notes.length).toLocaleString('en-US')));
  return notes;
}

/** Validate a profile value (already parsed JSON, or a policy object). */
export function checkProfile(raw: unknown): ProfileCheck {
  if (!isObject(raw)) {
    return fail('wrong-format', [atPath('', msg('profile.err.notObject'))]);
  }
  if (raw.format !== PROFILE_FORMAT) {
    const snippets = raw.format === 'emenscr-assistant-snippets';
    const what = snippets ? msg('profile.err.isSnippets') : msg('profile.err.format', PROFILE_FORMAT);
    return fail('wrong-format', [atPath('format', what)], ['format']);
  }
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > PROFILE_VERSION) {
    return fail('newer-version', [atPath('version', msg('profile.err.newer', raw.version, PROFILE_VERSION))], ['version']);
  }
  if (raw.version !== PROFILE_VERSION) {
    return fail('unsupported-version', [atPath('version', msg('profile.err.version', PROFILE_VERSION))], ['version']);
  }
  if (!withinBounds(raw)) {
    return fail('too-complex', [atPath('', msg('profile.err.tooComplex', MAX_PROFILE_VALUES.toLocaleString('en-US')))]);
  }
  const notes: Msg[] = [];
  const filled: Record<string, unknown> = { ...raw };
  for (const key of ADDED_SECTIONS) {
    if (filled[key] !== undefined) continue;
    filled[key] = structuredClone(DEFAULT_PROFILE[key]);
    notes.push(atPath(key, msg('profile.note.added')));
  }
  const parsed = ProfileSchema.safeParse(filled, { reportInput: true });
  if (!parsed.success) {
    const d = describeIssues(parsed.error.issues, '', MAX_LINES);
    return fail('invalid', d.lines, d.paths);
  }
  const dup = duplicateIds(parsed.data);
  if (dup.paths.length) return fail('invalid', dup.lines, dup.paths);
  return { ok: true, profile: parsed.data, notes: [...notes, ...unknownKeyNotes(raw)] };
}

/** The refusal of a file of `bytes` bytes, or null when its size is fine (check before reading it). */
export function checkProfileSize(bytes: number): Extract<ProfileCheck, { ok: false }> | null {
  if (bytes <= MAX_PROFILE_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return fail('too-large', [atPath('', msg('profile.err.tooLarge', mb))]);
}

/** Validate the text of a profile file. */
export function parseProfileText(text: string): ProfileCheck {
  const tooLarge = checkProfileSize(text.length > MAX_PROFILE_BYTES / 3 ? utf8Length(text) : text.length);
  if (tooLarge) return tooLarge;
  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad saves a BOM
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('invalid-json', [atPath('', msg('profile.err.json', detail))]);
  }
  return checkProfile(raw);
}

/** The profile as a file to download, edit and import again. */
export function profileToText(profile: Profile): string {
  return JSON.stringify(profile, null, 2) + '\n';
}
