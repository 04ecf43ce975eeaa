/**
 * Validating a profile that enters the extension (an imported file, a policy value,
 * a stored profile after an update). Never throws; every failure names the bad
 * place(s) in Thai first ("fields.progress: ต้องมีอย่างน้อย 1 รายการ"), then English.
 */
import { ProfileSchema, type Profile } from './schema';
import { DEFAULT_PROFILE } from './default';
import { issuePath, issueTh } from '@/utils/snippets/issues';
import { utf8Length } from '@/utils/files';

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
      /** Thai notes: sections filled from the default because the file predates them */
      notes: string[];
    }
  | {
      ok: false;
      code: ProfileErrorCode;
      /** one line per problem, Thai: "path: what is wrong" */
      issues: string[];
      issuesEn: string[];
      /** every bad place, e.g. "fields.progress" */
      paths: string[];
    };

type Failure = Extract<ProfileCheck, { ok: false }>;

function fail(code: ProfileErrorCode, th: string[], en: string[], paths: string[] = []): Failure {
  return { ok: false, code, issues: th, issuesEn: en, paths };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function limit(lines: string[], more: (n: number) => string): string[] {
  if (lines.length <= MAX_LINES) return lines;
  return [...lines.slice(0, MAX_LINES), more(lines.length - MAX_LINES)];
}

/** Ids that must be unique inside a list (plans, budget types); zod cannot say which one repeats. */
function duplicateIds(profile: Profile): { th: string[]; en: string[]; paths: string[] } {
  const out = { th: [] as string[], en: [] as string[], paths: [] as string[] };
  for (const list of ['plans', 'budgetTypes'] as const) {
    const first = new Map<string, number>();
    profile[list].forEach((item, i) => {
      const j = first.get(item.id);
      if (j === undefined) return void first.set(item.id, i);
      const path = `${list}.${i}.id`;
      out.paths.push(path);
      out.th.push(`${path}: รหัส "${item.id}" ซ้ำกับ ${list}.${j}.id`);
      out.en.push(`${path}: id "${item.id}" repeats ${list}.${j}.id`);
    });
  }
  return out;
}

/** Validate a profile value (already parsed JSON, or a policy object). */
export function checkProfile(raw: unknown): ProfileCheck {
  if (!isObject(raw)) {
    return fail(
      'wrong-format',
      ['(ทั้งไฟล์): ต้องเป็นออบเจ็กต์ JSON { } ของโปรไฟล์ eMENSCR'],
      ['(whole file): must be a JSON object holding an eMENSCR profile'],
    );
  }
  if (raw.format !== PROFILE_FORMAT) {
    const snippets = raw.format === 'emenscr-assistant-snippets';
    return fail(
      'wrong-format',
      [
        snippets
          ? 'format: ไฟล์นี้เป็นไฟล์ข้อความสำเร็จรูป ไม่ใช่โปรไฟล์ eMENSCR (นำเข้าในส่วนข้อความสำเร็จรูปแทน)'
          : `format: ไม่ใช่ไฟล์โปรไฟล์ eMENSCR Assistant (ช่อง format ต้องเป็น "${PROFILE_FORMAT}")`,
      ],
      [
        snippets
          ? 'format: this is a snippet export, not an eMENSCR profile (import it in the snippets section)'
          : `format: not an eMENSCR Assistant profile (format must be "${PROFILE_FORMAT}")`,
      ],
      ['format'],
    );
  }
  if (typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version > PROFILE_VERSION) {
    return fail(
      'newer-version',
      [`version: โปรไฟล์รุ่น ${raw.version} ใหม่กว่าที่ส่วนขยายนี้อ่านได้ (รุ่น ${PROFILE_VERSION}) กรุณาอัปเดตส่วนขยาย`],
      [`version: profile version ${raw.version} is newer than this extension reads (${PROFILE_VERSION}); update the extension`],
      ['version'],
    );
  }
  if (raw.version !== PROFILE_VERSION) {
    return fail(
      'unsupported-version',
      [`version: ไม่รู้จักรุ่นของโปรไฟล์ (ต้องเป็น ${PROFILE_VERSION})`],
      [`version: unknown profile version (must be ${PROFILE_VERSION})`],
      ['version'],
    );
  }
  const notes: string[] = [];
  const filled: Record<string, unknown> = { ...raw };
  for (const key of ADDED_SECTIONS) {
    if (filled[key] !== undefined) continue;
    filled[key] = structuredClone(DEFAULT_PROFILE[key]);
    notes.push(`${key}: ไม่มีในไฟล์ (ไฟล์จากรุ่นก่อน) จึงใช้ค่าเริ่มต้น`);
  }
  const parsed = ProfileSchema.safeParse(filled, { reportInput: true });
  if (!parsed.success) {
    const issues = parsed.error.issues;
    const paths = issues.map((i) => issuePath(i));
    return fail(
      'invalid',
      limit(issues.map((i, n) => `${paths[n]}: ${issueTh(i)}`), (n) => `และอีก ${n} จุด`),
      limit(issues.map((i, n) => `${paths[n]}: ${i.message}`), (n) => `and ${n} more`),
      Array.from(new Set(paths)),
    );
  }
  const dup = duplicateIds(parsed.data);
  if (dup.paths.length) return fail('invalid', dup.th, dup.en, dup.paths);
  return { ok: true, profile: parsed.data, notes };
}

/** The refusal of a file of `bytes` bytes, or null when its size is fine (check before reading it). */
export function checkProfileSize(bytes: number): Extract<ProfileCheck, { ok: false }> | null {
  if (bytes <= MAX_PROFILE_BYTES) return null;
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return fail(
    'too-large',
    [`(ทั้งไฟล์): ไฟล์ใหญ่เกินไป (${mb} MB) ไฟล์โปรไฟล์ต้องไม่เกิน 1 MB`],
    [`(whole file): the file is too large (${mb} MB); a profile file is at most 1 MB`],
  );
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
    return fail(
      'invalid-json',
      [`(ทั้งไฟล์): ไฟล์นี้ไม่ใช่ JSON ที่ถูกต้อง อาจเสียหายหรือแก้ไขผิดรูปแบบ (${detail})`],
      [`(whole file): not valid JSON; the file may be damaged or mis-edited (${detail})`],
    );
  }
  return checkProfile(raw);
}

/** The profile as a file to download, edit and import again. */
export function profileToText(profile: Profile): string {
  return JSON.stringify(profile, null, 2) + '\n';
}
