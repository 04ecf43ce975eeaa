/**
 * Keys that name a screen and a field across page loads, so a correction made today still
 * applies tomorrow, after a reload, in another session and on another agency's copy of
 * the same screen. Never ids, indices or classes: Angular/React regenerate ids per load
 * (`mat-input-3`, `:r5:`), rows are added and removed, and state classes (`ng-dirty`,
 * `is-focused`) change while the user works. Everything here is derived from what the
 * checker already read (label, kind, section) plus the tag/role shape around the control.
 */
import type { FieldSnapshot, FormSnapshot } from '@/utils/types';
import type { FieldKey, ScreenKey } from './schema';
import { MAX_FINGERPRINT } from './constants';

/** 32-bit FNV-1a as 8 hex digits: a short, stable token (not a security hash). */
export function hash8(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A path segment that names one record rather than a screen: digits, uuids, long hex, mixed codes. */
const ID_SEGMENT = /^(?:\d+|[0-9a-f]{8}-[0-9a-f-]{27,}|[0-9a-f]{12,}|[A-Za-z]{1,4}[-_]?\d{3,}[-\d]*)$/i;

/**
 * The screen's route with record ids replaced: "/replica/m6-native/report/2" →
 * "/replica/m6-native/report/:id". Hash routes (Angular's `#/project/15/edit`) count too;
 * the query string does not (it carries filters and state, not the screen).
 */
export function routePattern(url: string): string {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return '/';
  }
  const norm = (p: string) =>
    p
      .split('/')
      .map((seg) => (seg && ID_SEGMENT.test(decodeURIComponent(seg)) ? ':id' : seg))
      .join('/');
  const hash = u.hash.replace(/\?.*$/, '');
  return (norm(u.pathname) || '/') + (hash.length > 1 ? norm(hash) : '');
}

/**
 * Distinct hashed (label, kind) pairs of the screen, sorted. A repeated row adds no new
 * pair and option order is not part of it, so added rows and reordered options leave it
 * unchanged; a field that appears later changes it by one token (see screenMatches).
 */
export function fingerprint(snapshot: FormSnapshot): string[] {
  const set = new Set<string>();
  for (const f of snapshot.fields) {
    if (set.size >= MAX_FINGERPRINT) break;
    set.add(hash8(`${f.label}\u0001${f.kind}`));
  }
  return [...set].sort();
}

/** How many ancestors the shape describes: enough to tell a table cell from a form row. */
const SHAPE_DEPTH = 5;

/** The shapes of ancestors asked within one screenFacts call: element → its part of the shape, by depth. */
type ShapeMemo = Map<Element, string[]>;

/**
 * Tags (and roles) of the control and its nearest ancestors, e.g.
 * "input:text < div < div.row < form" without classes: "input:text<div<div<form".
 * `memo` (one screenFacts call, so nothing outlives the pass) shares the ancestors' part
 * between the fields of one container: walked per field, the shapes were 21 % of the live
 * checker's full scan of the 2,000-control stress form (bench/profile-collect.mjs --mode=live).
 */
export function fieldShape(el: Element | undefined, memo: ShapeMemo = new Map()): string {
  if (!el) return '';
  const tag = el.tagName.toLowerCase();
  if (tag === 'body' || tag === 'html') return '';
  const role = el.getAttribute('role');
  const type = el instanceof HTMLInputElement ? `:${el.type}` : '';
  const part = tag + type + (role ? `[${role}]` : '');
  if (tag === 'form' || role === 'dialog') return part;
  const rest = shapeFrom(el.parentElement, 1, memo);
  return rest ? part + '<' + rest : part;
}

/** The shape from ancestor `e` at `depth` up (to SHAPE_DEPTH), '' when there is none. */
function shapeFrom(e: Element | null, depth: number, memo: ShapeMemo): string {
  if (!e || depth > SHAPE_DEPTH) return '';
  let known = memo.get(e);
  const hit = known?.[depth];
  if (hit !== undefined) return hit;
  const tag = e.tagName.toLowerCase();
  let out = '';
  if (tag !== 'body' && tag !== 'html') {
    const role = e.getAttribute('role');
    const part = tag + (role ? `[${role}]` : '');
    const rest = tag === 'form' || role === 'dialog' ? '' : shapeFrom(e.parentElement, depth + 1, memo);
    out = rest ? part + '<' + rest : part;
  }
  if (!known) memo.set(e, (known = []));
  known[depth] = out;
  return out;
}

export function fieldKey(field: FieldSnapshot, el: Element | undefined, memo?: ShapeMemo): FieldKey {
  return { label: field.label, kind: field.kind, section: field.section.slice(0, 12), shape: fieldShape(el, memo) };
}

export function sameField(a: FieldKey, b: FieldKey): boolean {
  return (
    a.label === b.label &&
    a.kind === b.kind &&
    a.shape === b.shape &&
    a.section.length === b.section.length &&
    a.section.every((s, i) => s === b.section[i])
  );
}

/**
 * The share of the smaller fingerprint found in the other one must reach this: a screen
 * with a field shown later (สถานะ = ยกเลิก reveals เหตุผลการยกเลิก) or a new field added
 * by an eMENSCR update still matches; another screen under the same route does not.
 */
export const SCREEN_OVERLAP = 0.6;

export function screenMatches(key: ScreenKey, route: string, print: readonly string[]): boolean {
  if (key.route !== route) return false;
  // no fingerprint: every screen under this route (an administrator may write such an entry by hand)
  if (!key.fingerprint.length) return true;
  if (!print.length) return false;
  const have = new Set(print);
  let common = 0;
  for (const t of key.fingerprint) if (have.has(t)) common++;
  return common / Math.min(key.fingerprint.length, print.length) >= SCREEN_OVERLAP;
}

export interface ScreenFacts {
  key: ScreenKey;
  /** fields[i]'s key (same order as snapshot.fields) */
  fields: FieldKey[];
}

/** The keys of a freshly collected snapshot (`elements[i]` is the element of `fields[i]`). */
export function screenFacts(snapshot: FormSnapshot, elements: readonly Element[]): ScreenFacts {
  const key: ScreenKey = { route: routePattern(snapshot.url), fingerprint: fingerprint(snapshot) };
  const title = snapshot.headings[0];
  if (title) key.title = title.slice(0, 200);
  const memo: ShapeMemo = new Map();
  return { key, fields: snapshot.fields.map((f, i) => fieldKey(f, elements[i], memo)) };
}
