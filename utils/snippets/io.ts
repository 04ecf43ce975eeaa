/**
 * Export and import of the snippet library as a versioned JSON envelope.
 *
 * Importing is pure: parseImport validates a file, mergeImport compares it with the
 * library, planImportWrites turns the user's conflict choices into the list to store,
 * and only db.putSnippets (one transaction, all or nothing) changes the store.
 */
import { matchKey } from '@/utils/text';
import { atPath, issueMsg, issuePath, limitLines } from './issues';
import { msg, type Msg } from '@/utils/i18n';
import { uniqueName } from './names';
import { yieldToPage, type Progress } from './slices';
import { utf8Length } from '@/utils/files';
import {
  EXPORT_FORMAT,
  EXPORT_VERSION,
  ExportEnvelopeSchema,
  SNIPPET_LIMITS,
  SnippetSchema,
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
  | {
      ok: true;
      snippets: Snippet[];
      /** the first MAX_LINES warnings (unknown keys); show them with warningLines(warnings, warningCount) */
      warnings: ImportWarning[];
      /** every warning, counted */
      warningCount: number;
      exportedAt: string;
    }
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

/** Lines of warnings or errors spelled out; the rest is "and 49,990 more" (a 50,000-key file once made a 50,000-line toast). */
export const MAX_LINES = 10;
/** Snippets validated per slice of work before the page gets the main thread back (see parseImportAsync). */
export const IMPORT_CHUNK = 200;

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** "49,990": numbers in summaries are grouped the same way in Thai and English. */
const grouped = (n: number) => n.toLocaleString('en-US');

/** Warnings kept as at most MAX_LINES lines plus a count: linear in the file, bounded in what is shown. */
class WarningList {
  readonly shown: ImportWarning[] = [];
  total = 0;
  add(path: string, message: () => Msg): void {
    this.total++;
    if (this.shown.length < MAX_LINES) this.shown.push({ path, message: message() });
  }
}

/** Keys the schema strips; reported so a user knows part of a hand-edited file was ignored. */
function unknownKeysOf(obj: unknown, known: Set<string>, path: string, out: WarningList): void {
  if (!isObject(obj)) return;
  for (const k in obj) {
    if (known.has(k) || !Object.hasOwn(obj, k)) continue;
    const p = path ? `${path}.${k}` : k;
    out.add(p, () => msg('import.unknownField', p));
  }
}

function unknownSnippetKeys(s: unknown, i: number, out: WarningList): void {
  unknownKeysOf(s, KNOWN_KEYS.snippet, `snippets.${i}`, out);
  if (!isObject(s)) return;
  unknownKeysOf(s.source, KNOWN_KEYS.source, `snippets.${i}.source`, out);
  if (Array.isArray(s.fields)) {
    // a form has at most 500 fields (more is an error below): do not walk a million
    const n = Math.min(s.fields.length, SNIPPET_LIMITS.fieldsPerForm);
    for (let j = 0; j < n; j++) unknownKeysOf(s.fields[j], KNOWN_KEYS.field, `snippets.${i}.fields.${j}`, out);
  }
}

/** The lines to show for an import's warnings: at most MAX_LINES, then "และอีก 49,990 รายการ" / "and 49,990 more". */
export function warningLines(warnings: readonly ImportWarning[], total = warnings.length): Msg[] {
  const lines = warnings.slice(0, MAX_LINES).map((w) => w.message);
  return total > lines.length ? [...lines, msg('import.moreWarnings', grouped(total - lines.length))] : lines;
}

/** Problems of a file, collected in one pass: every path, at most MAX_LINES lines. */
class IssueList {
  readonly lines: Msg[] = [];
  readonly paths: string[] = [];
  add(issues: readonly Parameters<typeof issueMsg>[0][], prefix: string): void {
    for (const issue of issues) {
      const path = issuePath(issue, prefix);
      this.paths.push(path || '(root)');
      if (this.lines.length < MAX_LINES) this.lines.push(atPath(path, issueMsg(issue)));
    }
  }
  get size(): number {
    return this.paths.length;
  }
}

/** The envelope without its snippets (checked one by one, in slices). */
const EnvelopeHeadSchema = ExportEnvelopeSchema.omit({ snippets: true });

/**
 * Validation as steps: each `yield` tells how many snippets are done, so the async
 * caller can give the page its main thread back between slices; the sync caller runs it
 * through. Order of checks: size (before parsing), JSON, format, version, count, fields,
 * duplicate ids.
 */
function* importSteps(text: string): Generator<ImportProgress, ImportResult, void> {
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
    return fail('too-many', [grouped(env.snippets.length), grouped(SNIPPET_LIMITS.snippetsPerFile)], ['snippets']);
  }

  const issues = new IssueList();
  const warnings = new WarningList();
  const head = EnvelopeHeadSchema.safeParse(env, { reportInput: true });
  if (!head.success) issues.add(head.error.issues, '');
  unknownKeysOf(env, KNOWN_KEYS.envelope, '', warnings);

  // the file is read (JSON.parse of up to 10 MB): let the page in before validating. This first
  // slice cannot be cut without a streaming parser, and need not be: JSON.parse of a 5,000-snippet
  // file (3.9 MB) took 5 ms median, 45 ms at most in the library page on a loaded 2-core machine
  // (tests/e2e/hostile.spec.ts, 2026-12-06), under issue 11's 200 ms bar
  if (Array.isArray(env.snippets)) yield { done: 0, total: env.snippets.length };

  const snippets: Snippet[] = [];
  if (!Array.isArray(env.snippets)) {
    const r = ExportEnvelopeSchema.shape.snippets.safeParse(env.snippets, { reportInput: true });
    if (!r.success) issues.add(r.error.issues, 'snippets');
  } else {
    const list: unknown[] = env.snippets;
    for (let i = 0; i < list.length; i++) {
      if (i && i % IMPORT_CHUNK === 0) yield { done: i, total: list.length };
      const r = SnippetSchema.safeParse(list[i], { reportInput: true });
      if (r.success) snippets.push(r.data);
      else issues.add(r.error.issues, `snippets.${i}`);
      unknownSnippetKeys(list[i], i, warnings);
    }
  }
  if (issues.size) {
    return fail('invalid', [], Array.from(new Set(issues.paths)), limitLines(issues.lines, issues.size));
  }

  const dup = duplicateIds(snippets);
  if (dup) return dup;

  return {
    ok: true,
    snippets,
    warnings: warnings.shown,
    warningCount: warnings.total,
    exportedAt: head.success ? head.data.exportedAt : '',
  };
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
    if (lines.length < MAX_LINES) lines.push(msg('import.repeatsId', `snippets.${i}.id`, `snippets.${j}.id`, s.id));
  });
  if (!paths.length) return null;
  return fail('duplicate-ids', [], paths, limitLines(lines, paths.length));
}

/** Validate an export file's text in one go. Never throws; never touches the store. */
export function parseImport(text: string): ImportResult {
  const steps = importSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

export type ImportProgress = Progress;

/**
 * parseImport in slices of IMPORT_CHUNK snippets, yielding to the page between them and
 * reporting progress: 5,000 snippets validated in one task took the library page's main
 * thread for seconds (issue 11: longest task 2.7 s for the whole import).
 */
export async function parseImportAsync(text: string, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  const steps = importSteps(text);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    onProgress?.(step.value);
    await yieldToPage();
  }
}

/** Read and validate a chosen file, refusing large files before reading them; validation in slices (parseImportAsync). */
export async function readImportFile(file: Blob, onProgress?: (p: ImportProgress) => void): Promise<ImportResult> {
  if (isImportTooLarge(file.size)) return tooLarge(file.size);
  return parseImportAsync(await file.text(), onProgress);
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
  const steps = mergeSteps(existing, incoming);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** mergeImport in slices of IMPORT_CHUNK, yielding to the page between them (5,000 at once was a long task). */
export async function mergeImportAsync(existing: readonly Snippet[], incoming: readonly Snippet[]): Promise<MergePlan> {
  const steps = mergeSteps(existing, incoming);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await yieldToPage();
  }
}

function* mergeSteps(existing: readonly Snippet[], incoming: readonly Snippet[]): Generator<void, MergePlan, void> {
  const byId = new Map(existing.map((s) => [s.id, s]));
  const contents = new Set(existing.map(contentKey));
  const byName = new Map<string, Snippet>();
  for (const s of existing) if (!byName.has(matchKey(s.name))) byName.set(matchKey(s.name), s);

  if (existing.length > IMPORT_CHUNK) yield;
  const plan: MergePlan = { toAdd: [], identical: [], conflicts: [] };
  let n = 0;
  for (const inc of incoming) {
    if (++n % IMPORT_CHUNK === 0) yield;
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
