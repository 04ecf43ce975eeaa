/**
 * Export and import of the snippet library as a versioned JSON envelope.
 *
 * Importing is pure: parseImport validates a file, mergeImport compares it with the
 * library, planImportWrites turns the user's conflict choices into the list to store,
 * and only db.putSnippets (one transaction, all or nothing) changes the store.
 */
import { matchKey } from '@/utils/text';
import { describeIssues, limitLines } from './issues';
import { msg, type Msg } from '@/utils/i18n';
import { uniqueName } from './names';
import { utf8Length } from '@/utils/files';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportEnvelopeSchema,
  SNIPPET_LIMITS,
  type ExportEnvelope,
  type Snippet,
} from './schema';

export const MAX_IMPORT_BYTES = 10 * 1024 * 1024;

// ---------------------------------------------------------------- export

/** The library as one pretty-printed export file. Throws RangeError past 5,000 snippets (use exportSnippetFiles). */
export function exportSnippets(snippets: readonly Snippet[], now = new Date()): string {
  if (snippets.length > SNIPPET_LIMITS.snippetsPerFile) {
    throw new RangeError(`At most ${SNIPPET_LIMITS.snippetsPerFile} snippets per file; use exportSnippetFiles`);
  }
  const envelope: ExportEnvelope = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    snippets: [...snippets],
  };
  return JSON.stringify(envelope, null, 2);
}

/** One file per 5,000 snippets, so every file can be imported again. */
export function exportSnippetFiles(snippets: readonly Snippet[], now = new Date()): string[] {
  const files: string[] = [];
  const n = SNIPPET_LIMITS.snippetsPerFile;
  for (let i = 0; i === 0 || i < snippets.length; i += n) files.push(exportSnippets(snippets.slice(i, i + n), now));
  return files;
}

// ---------------------------------------------------------------- parse

export type ImportErrorCode =
  | 'too-large'
  | 'invalid-json'
  | 'wrong-format'
  | 'newer-version'
  | 'unsupported-version'
  | 'too-many'
  | 'invalid'
  | 'duplicate-ids';

export interface ImportWarning {
  path: string;
  message: Msg;
}

/** Messages: utils/i18n/messages/validation.ts (`import.<code>`, then one line per bad place). */
export type ImportResult =
  | { ok: true; snippets: Snippet[]; warnings: ImportWarning[]; exportedAt: string }
  | { ok: false; code: ImportErrorCode; error: Msg; details: Msg[]; paths: string[] };

type ImportFailure = Extract<ImportResult, { ok: false }>;

function fail(code: ImportErrorCode, params: (string | number)[] = [], paths: string[] = [], details: Msg[] = []): ImportFailure {
  return { ok: false, code, error: msg(`import.${code}`, ...params), details, paths };
}

/** Check a File's size before reading it. */
export function isImportTooLarge(bytes: number): boolean {
  return bytes > MAX_IMPORT_BYTES;
}

function tooLarge(bytes: number): ImportFailure {
  const mb = (bytes / 1024 / 1024).toFixed(1);
  return fail('too-large', [mb]);
}

/** Migrations of older export versions, n → n+1, applied before validation (none yet: v1 is the first). */
const MIGRATIONS: Record<number, (envelope: Record<string, unknown>) => Record<string, unknown>> = {};

function migrate(envelope: Record<string, unknown>, from: number): Record<string, unknown> {
  let env = envelope;
  for (let v = from; v < EXPORT_VERSION; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`No migration from export version ${v}`);
    env = { ...step(env), version: v + 1 };
  }
  return env;
}

const KNOWN_KEYS = {
  envelope: new Set(['format', 'version', 'exportedAt', 'snippets']),
  snippet: new Set(['id', 'kind', 'name', 'tags', 'source', 'createdAt', 'updatedAt', 'usedAt', 'useCount', 'text', 'fields']),
  source: new Set(['screen', 'path']),
  field: new Set(['label', 'section', 'kind', 'value', 'checked']),
};

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** Keys the schema strips; reported so a user knows part of a hand-edited file was ignored. */
function unknownKeys(env: Record<string, unknown>): ImportWarning[] {
  const out: ImportWarning[] = [];
  const check = (obj: unknown, known: Set<string>, path: string) => {
    if (!isObject(obj)) return;
    for (const k of Object.keys(obj)) {
      if (known.has(k)) continue;
      const p = path ? `${path}.${k}` : k;
      out.push({ path: p, message: msg('import.unknownField', p) });
    }
  };
  check(env, KNOWN_KEYS.envelope, '');
  (env.snippets as unknown[]).forEach((s, i) => {
    check(s, KNOWN_KEYS.snippet, `snippets.${i}`);
    if (!isObject(s)) return;
    check(s.source, KNOWN_KEYS.source, `snippets.${i}.source`);
    if (Array.isArray(s.fields)) s.fields.forEach((f, j) => check(f, KNOWN_KEYS.field, `snippets.${i}.fields.${j}`));
  });
  return out;
}

function duplicateIds(snippets: readonly Snippet[]): ImportFailure | null {
  const first = new Map<string, number>();
  const paths: string[] = [];
  const lines: Msg[] = [];
  snippets.forEach((s, i) => {
    const j = first.get(s.id);
    if (j === undefined) {
      first.set(s.id, i);
      return;
    }
    paths.push(`snippets.${i}.id`);
    if (lines.length < 10) lines.push(msg('import.repeatsId', `snippets.${i}.id`, `snippets.${j}.id`, s.id));
  });
  if (!paths.length) return null;
  return fail('duplicate-ids', [], paths, limitLines(lines, paths.length));
}

/**
 * Validate an export file's text. Never throws; never touches the store.
 * Order of checks: size (before parsing), JSON, format, version, count, fields, duplicate ids.
 */
export function parseImport(text: string): ImportResult {
  // bytes ≥ UTF-16 length, and ≤ 3× it: count exactly only when it can matter.
  if (text.length > MAX_IMPORT_BYTES) return tooLarge(text.length);
  if (text.length * 3 > MAX_IMPORT_BYTES) {
    const bytes = utf8Length(text);
    if (bytes > MAX_IMPORT_BYTES) return tooLarge(bytes);
  }

  let raw: unknown;
  try {
    raw = JSON.parse(text.replace(/^\uFEFF/, '')); // Notepad saves a BOM
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    return fail('invalid-json', [detail]);
  }

  if (!isObject(raw) || raw.format !== EXPORT_FORMAT) {
    return fail('wrong-format', [], ['format']);
  }

  const version = raw.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail('unsupported-version', [], ['version']);
  }
  if (version > EXPORT_VERSION) {
    return fail('newer-version', [version, EXPORT_VERSION], ['version']);
  }
  const env = migrate(raw, version);

  if (Array.isArray(env.snippets) && env.snippets.length > SNIPPET_LIMITS.snippetsPerFile) {
    const n = (v: number) => v.toLocaleString('en-US');
    return fail('too-many', [n(env.snippets.length), n(SNIPPET_LIMITS.snippetsPerFile)], ['snippets']);
  }

  const parsed = ExportEnvelopeSchema.safeParse(env, { reportInput: true });
  if (!parsed.success) {
    const d = describeIssues(parsed.error.issues);
    return fail('invalid', [], d.paths, d.lines);
  }

  const dup = duplicateIds(parsed.data.snippets);
  if (dup) return dup;

  return { ok: true, snippets: parsed.data.snippets, warnings: unknownKeys(env), exportedAt: parsed.data.exportedAt };
}

/** Read and validate a chosen file, refusing large files before reading them. */
export async function readImportFile(file: Blob): Promise<ImportResult> {
  if (isImportTooLarge(file.size)) return tooLarge(file.size);
  return parseImport(await file.text());
}

// ---------------------------------------------------------------- merge

/** What makes two snippets "the same": name, kind, text or fields, and tags (in any order). Not id, dates or use. */
export function contentKey(s: Snippet): string {
  const body =
    s.kind === 'text'
      ? s.text
      : s.fields.map((f) => [f.label, f.section, f.kind, f.value, f.checked ?? null]);
  return JSON.stringify([s.name, s.kind, body, [...s.tags].sort()]);
}

export function sameContent(a: Snippet, b: Snippet): boolean {
  return contentKey(a) === contentKey(b);
}

export interface ImportConflict {
  existing: Snippet;
  incoming: Snippet;
  /** same id with other content, or a different id under the same name (ignoring case and spaces) */
  reason: 'same-id' | 'same-name';
}

export interface MergePlan {
  /** new to the library: store as they are */
  toAdd: Snippet[];
  /** incoming snippets whose content the library already has: skipped */
  identical: Snippet[];
  /** the user decides: keep both, replace or skip */
  conflicts: ImportConflict[];
}

/** Compare a parsed import with the library. Pure: nothing is stored. */
export function mergeImport(existing: readonly Snippet[], incoming: readonly Snippet[]): MergePlan {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const contents = new Set(existing.map(contentKey));
  const byName = new Map<string, Snippet>();
  for (const s of existing) if (!byName.has(matchKey(s.name))) byName.set(matchKey(s.name), s);

  const plan: MergePlan = { toAdd: [], identical: [], conflicts: [] };
  for (const inc of incoming) {
    const key = contentKey(inc);
    const sameId = byId.get(inc.id);
    if (sameId) {
      if (contentKey(sameId) === key) plan.identical.push(inc);
      else plan.conflicts.push({ existing: sameId, incoming: inc, reason: 'same-id' });
      continue;
    }
    if (contents.has(key)) {
      plan.identical.push(inc); // same content under another id (e.g. a colleague's copy), or repeated in the file
      continue;
    }
    const sameName = byName.get(matchKey(inc.name));
    if (sameName) {
      plan.conflicts.push({ existing: sameName, incoming: inc, reason: 'same-name' });
      continue;
    }
    plan.toAdd.push(inc);
    contents.add(key);
  }
  return plan;
}

export type ConflictChoice = 'keep-both' | 'replace' | 'skip';

/**
 * Keep both: the incoming snippet as a copy named "ชื่อ (นำเข้า)" ("ชื่อ (นำเข้า 2)", … when
 * taken), with a new id when its id is taken. Adds the new name to `taken`. The UI passes
 * `word` in the user's language (t('lib.importedWord')).
 */
export function keepBoth(c: ImportConflict, taken: Set<string>, now = Date.now(), word = 'นำเข้า'): Snippet {
  const name = uniqueName(c.incoming.name, word, taken);
  taken.add(name);
  return {
    ...c.incoming,
    id: c.reason === 'same-id' ? crypto.randomUUID() : c.incoming.id,
    name,
    updatedAt: now,
  };
}

/** Replace: the incoming content under the existing id; the library's creation date and use counts stay. */
export function replaceWith(c: ImportConflict, now = Date.now()): Snippet {
  return {
    ...c.incoming,
    id: c.existing.id,
    createdAt: c.existing.createdAt,
    updatedAt: now,
    usedAt: c.existing.usedAt,
    useCount: c.existing.useCount,
  };
}

/**
 * Everything to store for a merge, given the user's choice per conflict (one choice for
 * all, or a function). Pass the result to putSnippets: one transaction, all or nothing.
 * A second "replace" of the same library snippet becomes "keep both", so no import is lost silently.
 */
export function planImportWrites(
  existing: readonly Snippet[],
  plan: MergePlan,
  choose: ConflictChoice | ((c: ImportConflict, index: number) => ConflictChoice),
  now = Date.now(),
  word?: string,
): Snippet[] {
  const taken = new Set([...existing, ...plan.toAdd].map((s) => s.name));
  const replaced = new Set<string>();
  const out = [...plan.toAdd];
  plan.conflicts.forEach((c, i) => {
    const choice = typeof choose === 'function' ? choose(c, i) : choose;
    if (choice === 'skip') return;
    if (choice === 'replace' && !replaced.has(c.existing.id)) {
      replaced.add(c.existing.id);
      out.push(replaceWith(c, now));
      return;
    }
    out.push(keepBoth(c, taken, now, word));
  });
  return out;
}
