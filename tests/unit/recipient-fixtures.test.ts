/** The send replicas' approver lists, judged by the recipient check (keeps fixtures and rules in step). */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as P } from '@/utils/profile/default';
import { checkRecipient, detectBudgetType } from '@/utils/recipient';

function list(file: string, name: string): Map<string, string> {
  const html = readFileSync(resolve(__dirname, '../fixtures', file), 'utf8');
  const block = html.match(new RegExp(`const ${name} = \\[([\\s\\S]*?)\\];`))?.[1] ?? '';
  return new Map([...block.matchAll(/value: '([^']+)', text: '([^']+)'/g)].map((m) => [m[1]!, m[2]!]));
}
const verdicts = (text: string) =>
  ['provincial', 'cluster'].map((id) => checkRecipient(text, id, P, { province: 'ระยอง', cluster: 'ภาคตะวันออก 1' }).verdict);

describe('send-native approvers (people with positions)', () => {
  const opts = list('send-native.html', 'APPROVERS');
  it.each([
    ['u1021', ['match', 'mismatch']],
    ['u2207', ['mismatch', 'match']],
    ['u1002', ['mismatch', 'mismatch']],
    ['u1045', ['mismatch', 'mismatch']],
    ['u1001', ['mismatch', 'mismatch']],
    ['u3310', ['mismatch', 'mismatch']], // another province's office
  ])('%s', (value, expected) => {
    expect(opts.has(value)).toBe(true);
    expect(verdicts(opts.get(value)!)).toEqual(expected);
  });
});

describe('send-custom approvers (positions only)', () => {
  const opts = list('send-custom.html', 'POSITIONS');
  it.each([
    ['pos-head-office', ['match', 'mismatch']],
    ['pos-osm', ['mismatch', 'match']],
    ['pos-vice-governor', ['mismatch', 'mismatch']],
    ['pos-governor', ['mismatch', 'mismatch']],
    ['pos-strategy-head', ['mismatch', 'mismatch']],
  ])('%s', (value, expected) => {
    expect(opts.has(value)).toBe(true);
    expect(verdicts(opts.get(value)!)).toEqual(expected);
  });
});

describe('replica project list budget wording', () => {
  // both send replicas draw their project list with the shared send-flow.js
  const flow = readFileSync(resolve(__dirname, '../fixtures/assets/send-flow.js'), 'utf8');
  const budgets = [...flow.matchAll(/budget: '([^']+)'/g)].map((m) => m[1]!);
  it.each(['send-native.html', 'send-custom.html'])('%s loads send-flow.js', (file) => {
    const html = readFileSync(resolve(__dirname, '../fixtures', file), 'utf8');
    expect(html).toContain('<script src="/replica-assets/send-flow.js"></script>');
  });
  it('every project names a budget type and both types occur', () => {
    const ids = budgets.map((b) => detectBudgetType(b, P));
    expect(ids).not.toContain(null);
    expect(new Set(ids)).toEqual(new Set(['provincial', 'cluster']));
  });
});
