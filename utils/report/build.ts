/**
 * The page-structure report (issue 14): what the checker saw on one screen, for the
 * people who maintain the profile, who cannot see the real eMENSCR. Per control: the
 * widget adapter that claimed it, the answer of every label layer and the one chosen
 * (asked through collect's own functions, utils/collect/labels: the report cannot
 * disagree with the checker), the concept, the kind, empty or not, and the shape around
 * it (tags, roles, classes, attribute NAMES, nesting); plus the screen's headings and
 * route pattern.
 *
 * It holds no values: no typed text, no chosen option, no option texts (only how many),
 * no attribute values. As a second guard, every current value of the form (≥ 3
 * characters) and anything shaped like a Thai or English personal name is masked in
 * every string of the report (`scrub`), so a label that happens to contain a value
 * (a heading repeating the project's approver, a widget drawing its value in a label)
 * does not carry it out. The user sees the exact text before saving (TeachDialogs.tsx).
 */
import type { FieldSnapshot, FormSnapshot, ScreenId } from '@/utils/types';
import type { Profile } from '@/utils/profile/schema';
import type { ScreenFacts } from '@/utils/corrections/keys';
import type { Applied } from '@/utils/corrections/apply';
import type { FieldDescription } from '@/utils/collect';
import type { LabelLayer, LayerAnswer, NameSource } from '@/utils/collect/labels';
import { conceptOf } from '@/utils/fill/match';
import { tidyLabel } from '@/utils/collect/dom';

export const REPORT_FORMAT = 'emenscr-assistant-page-report';
/** 2: label layers and widget adapter are collect's own (1 had the report's own candidates) */
export const REPORT_VERSION = 2;
/** Ancestors described per control: enough to rebuild a form row or a table cell. */
const SHAPE_DEPTH = 6;
const MAX_CLASSES = 8;
const MAX_ATTRS = 12;
/** A report of a huge form stays readable and bounded (the densest replica has ~60 controls). */
export const MAX_CONTROLS = 400;
/** A label longer than this is cut in the report (a whole paragraph taken for a label is itself a finding). */
const MAX_LABEL = 160;

export interface NodeShape {
  tag: string;
  /** input type / role: part of the markup, not of the user's data */
  type?: string;
  role?: string;
  classes: string[];
  /** attribute names only */
  attributes: string[];
}

export interface ReportControl {
  index: number;
  kind: FieldSnapshot['kind'];
  /** id of the widget adapter that claimed the control (utils/collect/widgets): native-select, combobox … */
  widget: string;
  /** the label the checker uses */
  label: string;
  /** the layer it came from ('none': no layer found one) */
  labelLayer: LabelLayer | 'none';
  /** for the accessible layer: aria-labelledby, aria-label, label-for, label-wrap, legend, content */
  labelVia?: NameSource;
  /** what each label layer found, in the order they are asked ('' = nothing) */
  layers: LayerAnswer[];
  concept: string | null;
  conceptBy: 'correction' | 'label' | null;
  section: string[];
  empty: boolean;
  editable: boolean;
  required: boolean;
  optionCount?: number;
  correction?: { type: string; concept?: string; name?: string; locked?: boolean };
  /** the control itself, then its ancestors outward (up to the form or a dialog) */
  shape: NodeShape[];
  /** ancestors between the control and <body> */
  depth: number;
}

export interface PageReport {
  format: typeof REPORT_FORMAT;
  version: typeof REPORT_VERSION;
  createdAt: string;
  screen: {
    route: string;
    classifiedAs: ScreenId;
    fingerprint: string[];
    headings: string[];
  };
  controls: ReportControl[];
}

function nodeShape(e: Element, own: boolean): NodeShape {
  const s: NodeShape = {
    tag: e.tagName.toLowerCase(),
    classes: Array.from(e.classList).slice(0, MAX_CLASSES).map((c) => c.slice(0, 60)),
    attributes: Array.from(e.attributes)
      .map((a) => a.name)
      .filter((n) => n !== 'class' && n !== 'style' && !n.startsWith('data-emenscr'))
      .slice(0, MAX_ATTRS),
  };
  if (own && e instanceof HTMLInputElement) s.type = e.type;
  const role = e.getAttribute('role');
  if (role) s.role = role;
  return s;
}

function shapeOf(el: Element | undefined): { shape: NodeShape[]; depth: number } {
  const shape: NodeShape[] = [];
  let depth = 0;
  for (let e = el?.parentElement ?? null; e && e.tagName !== 'BODY' && e.tagName !== 'HTML'; e = e.parentElement) depth++;
  let e: Element | null = el ?? null;
  for (let i = 0; e && i <= SHAPE_DEPTH; i++, e = e.parentElement) {
    if (e.tagName === 'BODY' || e.tagName === 'HTML') break;
    shape.push(nodeShape(e, i === 0));
    if (e.tagName === 'FORM' || e.getAttribute('role') === 'dialog') break;
  }
  return { shape, depth };
}

export interface ReportInput {
  raw: FormSnapshot;
  /** elements[i] is the element of raw.fields[i] */
  elements: readonly Element[];
  /** fields[i]: how collect read raw.fields[i] (Collector.describe) */
  fields: readonly (FieldDescription | null)[];
  facts: ScreenFacts;
  applied: Applied;
  screenId: ScreenId;
  profile: Profile;
  now?: Date;
}

export function buildReport(input: ReportInput): PageReport {
  const { raw, elements, facts, applied, profile } = input;
  const controls: ReportControl[] = raw.fields.slice(0, MAX_CONTROLS).map((f, i) => {
    const el = elements[i];
    const d = input.fields[i];
    const chosen = d?.label.answers.find((a) => a.layer === d.label.layer);
    const corrections = applied.byField.get(f.key) ?? [];
    const conceptFix = [...corrections].reverse().find((c) => c.action.type === 'concept');
    const byLabel = conceptOf(f.label, profile);
    const c: ReportControl = {
      index: i,
      kind: f.kind,
      widget: d?.adapter ?? 'unknown',
      label: f.label,
      labelLayer: d?.label.layer ?? 'none',
      ...(chosen?.via ? { labelVia: chosen.via } : {}),
      layers: (d?.label.answers ?? []).map((a) => ({ ...a, text: tidyLabel(a.text).slice(0, MAX_LABEL) })),
      concept: conceptFix?.action.type === 'concept' ? conceptFix.action.concept : byLabel,
      conceptBy: conceptFix ? 'correction' : byLabel ? 'label' : null,
      section: f.section,
      empty: f.empty,
      editable: f.editable,
      required: f.required,
      ...shapeOf(el),
    };
    if (f.options) c.optionCount = f.options.length;
    const fix = corrections[corrections.length - 1];
    if (fix) {
      c.correction = { type: fix.action.type };
      if (fix.action.type === 'concept') c.correction.concept = fix.action.concept;
      if (fix.action.type === 'rename') c.correction.name = fix.action.name;
      if (fix.locked) c.correction.locked = true;
    }
    return c;
  });
  const report: PageReport = {
    format: REPORT_FORMAT,
    version: REPORT_VERSION,
    createdAt: (input.now ?? new Date()).toISOString(),
    screen: {
      route: facts.key.route,
      classifiedAs: input.screenId,
      fingerprint: facts.key.fingerprint,
      headings: raw.headings.slice(0, 40),
    },
    controls,
  };
  return scrub(report, valuesOf(raw));
}

/** What the user has entered or chosen, long enough to recognise (short ones are digits like "1"). */
export function valuesOf(snapshot: FormSnapshot): string[] {
  const out = new Set<string>();
  for (const f of snapshot.fields) {
    const v = f.value.trim();
    if (!f.empty && v.length >= 3 && f.kind !== 'checkbox') out.add(v);
    // option texts can be names of people (approver lists)
    for (const o of f.options ?? []) if (o.trim().length >= 3) out.add(o.trim());
  }
  // longest first, so a value containing another is masked whole
  return [...out].sort((a, b) => b.length - a.length);
}

/** Honorific + name (Thai and English): "นายสมชาย ใจดี", "นางสาว สมหญิง", "Mr. John Smith". */
const PERSON = /(?:นางสาว|นาย|นาง|ดร\.|ผศ\.|รศ\.|ศ\.|ว่าที่\s?ร\.?ต\.?)\s?[\u0E00-\u0E7F]+(?:\s+[\u0E00-\u0E7F]+)?|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?/g;
export const MASK = '[…]';

function clean(s: string, values: readonly string[]): string {
  let out = s;
  for (const v of values) if (out.includes(v)) out = out.split(v).join(MASK);
  return out.replace(PERSON, MASK);
}

/** Mask values and personal names in every string of the report. */
export function scrub<T>(value: T, values: readonly string[]): T {
  const walk = (v: unknown): unknown => {
    if (typeof v === 'string') return clean(v, values);
    if (Array.isArray(v)) return v.map(walk);
    if (v && typeof v === 'object') {
      const o: Record<string, unknown> = {};
      for (const [k, x] of Object.entries(v)) o[k] = walk(x);
      return o;
    }
    return v;
  };
  return walk(value) as T;
}

export function reportText(report: PageReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

export function reportFileName(report: PageReport): string {
  const slug = report.screen.route.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '').slice(0, 60) || 'screen';
  return `emenscr-page-${slug}-${report.createdAt.slice(0, 10)}.json`;
}
