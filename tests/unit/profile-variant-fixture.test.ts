/**
 * The m6-variant replica through the real pipeline: a progress slider labelled with a
 * wording the default profile lacks is found only once a profile adds that wording.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { collectForm } from '@/utils/collect';
import { classify } from '@/utils/classify';
import { check } from '@/utils/rules';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { parseProfileText, profileToText } from '@/utils/profile/parse';
import type { Profile } from '@/utils/profile/schema';
import { findingText } from '@/components/Checklist';

const html = readFileSync(resolve(__dirname, '../fixtures/m6-variant.html'), 'utf8');
const body = html.slice(html.indexOf('<body>') + 6, html.indexOf('<script>'));

function findings(profile: Profile): string[] {
  const { snapshot } = collectForm(document, { placeholders: profile.placeholders });
  const screen = classify(snapshot, profile);
  expect(screen.id).toBe('progressReport');
  return check({ snapshot, screen, profile, today: new Date(2026, 10, 21) }).findings.map(findingText);
}

describe('m6-variant replica', () => {
  beforeEach(() => {
    document.body.innerHTML = body;
  });

  it('default profile: two unknown sliders, so no progress finding (and nothing else to fix)', () => {
    expect(findings(DEFAULT_PROFILE)).toEqual([]);
  });

  it('a profile that knows "ผลงานสะสม" finds the untouched progress bar', () => {
    const p = structuredClone(DEFAULT_PROFILE);
    p.fields.progress.push('ผลงานสะสม');
    const r = parseProfileText(profileToText(p));
    expect(r.ok).toBe(true);
    if (r.ok) expect(findings(r.profile)).toEqual(['ยังไม่ได้ลากแถบความก้าวหน้า (%): ผลงานสะสม (เปอร์เซ็นต์)']);
  });

  it('?state=partial leaves ปัญหา/อุปสรรค empty', () => {
    (document.getElementById('problems') as HTMLTextAreaElement).value = '';
    expect(findings(DEFAULT_PROFILE)).toEqual(['ยังไม่ได้กรอก: ปัญหา/อุปสรรค']);
  });
});
