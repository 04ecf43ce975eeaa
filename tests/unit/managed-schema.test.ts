/**
 * public/managed_schema.json (Chrome's policy schema) must describe every key of the
 * zod profile and settings: Chrome drops policy properties its schema does not declare,
 * so a key missing here could never be set by an administrator.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { SETTING_KEYS } from '@/utils/settings-schema';
import { CorrectionSchema, ActionSchema } from '@/utils/corrections/schema';

type Schema = Record<string, any>;
const schema: Schema = JSON.parse(readFileSync(path.resolve(__dirname, '../../public/managed_schema.json'), 'utf8'));

// Chrome: each schema has exactly one of type / $ref; only these attributes are used here.
const ALLOWED = new Set(['type', '$ref', 'id', 'title', 'description', 'properties', 'additionalProperties', 'items', 'minimum', 'maximum', 'enum']);
const TYPES = new Set(['null', 'boolean', 'integer', 'number', 'string', 'array', 'object']);

function collectIds(s: Schema, ids: Map<string, Schema>): void {
  if (s.id) ids.set(s.id, s);
  for (const sub of Object.values<Schema>(s.properties ?? {})) collectIds(sub, ids);
  if (s.items) collectIds(s.items, ids);
  if (s.additionalProperties) collectIds(s.additionalProperties, ids);
}
const ids = new Map<string, Schema>();
collectIds(schema, ids);

function deref(s: Schema): Schema {
  return s.$ref ? ids.get(s.$ref)! : s;
}

/** Errors of `value` against `s` (Chrome's subset); undeclared properties are errors. */
function validate(value: unknown, s: Schema, at: string, out: string[]): void {
  const t = deref(s);
  if (!t) return void out.push(`${at}: unresolved $ref ${s.$ref}`);
  switch (t.type) {
    case 'object': {
      if (typeof value !== 'object' || value === null || Array.isArray(value)) return void out.push(`${at}: not an object`);
      for (const [k, v] of Object.entries(value)) {
        const sub = t.properties?.[k] ?? t.additionalProperties;
        if (!sub) out.push(`${at}.${k}: not declared`);
        else validate(v, sub, `${at}.${k}`, out);
      }
      return;
    }
    case 'array':
      if (!Array.isArray(value)) return void out.push(`${at}: not an array`);
      value.forEach((v, i) => validate(v, t.items, `${at}.${i}`, out));
      return;
    case 'integer':
      if (!Number.isInteger(value)) out.push(`${at}: not an integer`);
      return;
    case 'string':
      if (typeof value !== 'string') out.push(`${at}: not a string`);
      else if (t.enum && !t.enum.includes(value)) out.push(`${at}: not in enum`);
      return;
    case 'boolean':
      if (typeof value !== 'boolean') out.push(`${at}: not a boolean`);
      return;
    default:
      out.push(`${at}: unexpected type ${t.type}`);
  }
}

function shapeErrors(s: Schema, at: string, out: string[]): void {
  for (const k of Object.keys(s)) if (!ALLOWED.has(k)) out.push(`${at}: attribute ${k}`);
  if (('type' in s) === ('$ref' in s)) out.push(`${at}: needs exactly one of type / $ref`);
  if (s.type && !TYPES.has(s.type)) out.push(`${at}: type ${s.type}`);
  if (s.$ref && !ids.has(s.$ref)) out.push(`${at}: $ref ${s.$ref} unresolved`);
  for (const [k, sub] of Object.entries<Schema>(s.properties ?? {})) shapeErrors(sub, `${at}.${k}`, out);
  if (s.items) shapeErrors(s.items, `${at}[]`, out);
  if (s.additionalProperties) shapeErrors(s.additionalProperties, `${at}{}`, out);
}

describe('managed_schema.json', () => {
  it('uses only what Chrome’s policy schema understands; top level is an object without additionalProperties', () => {
    const errors: string[] = [];
    shapeErrors(schema, '(root)', errors);
    expect(errors).toEqual([]);
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBeUndefined();
    expect(Object.keys(schema.properties).sort()).toEqual(['corrections', 'profile', 'settings']);
  });

  it('declares every key of the default profile (a profile exported from the options page can be pushed as is)', () => {
    const errors: string[] = [];
    validate(DEFAULT_PROFILE, schema.properties.profile, 'profile', errors);
    expect(errors).toEqual([]);
  });

  it('declares exactly the settings keys', () => {
    expect(Object.keys(schema.properties.settings.properties).sort()).toEqual([...SETTING_KEYS].sort());
    const errors: string[] = [];
    validate({ deadlineDay: 10, internalDeadlineDay: 0, defaultBudgetType: 'provincial', language: 'th' }, schema.properties.settings, 'settings', errors);
    expect(errors).toEqual([]);
  });

  it('declares every key of a correction (top-level `corrections` and a profile\'s), each action kind', () => {
    const base = {
      id: 'c1',
      screen: { route: '/replica/teach/report/:id', fingerprint: ['0a1b2c3d'], title: 'บันทึกรายงานความก้าวหน้า' },
      field: { label: 'ยอดสะสม', kind: 'text', section: ['ผลการดำเนินงาน'], shape: 'input:text<div<form' },
      createdAt: '2026-12-05T10:00:00.000Z',
    };
    const list = [
      { ...base, action: { type: 'ignore' } },
      { ...base, id: 'c2', action: { type: 'rename', name: 'ยอดเบิกจ่าย' } },
      { ...base, id: 'c3', action: { type: 'concept', concept: 'spent' } },
    ];
    for (const c of list) expect(CorrectionSchema.safeParse(c).success).toBe(true);
    expect(Object.keys(schema.properties.corrections.items.properties).sort()).toEqual(Object.keys(CorrectionSchema.shape).sort());
    expect(ActionSchema.options.length).toBe(3);
    const errors: string[] = [];
    validate(list, schema.properties.corrections, 'corrections', errors);
    validate({ ...DEFAULT_PROFILE, corrections: list }, schema.properties.profile, 'profile', errors);
    expect(errors).toEqual([]);
  });
});
