/**
 * Validating a profile that enters the extension (an imported file, a policy value,
 * a stored profile after an update). Never throws; every failure names the bad
 * place(s) as messages ("fields.progress: ต้องมีอย่างน้อย 1 รายการ"), rendered in the
 * user's language by the options page (utils/i18n/messages/validation.ts).
 */
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

export type ProfileErrorCode =
  | 'too-large'
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
  return { ok: true, profile: parsed.data, notes };
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
