import { describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PROFILE } from '@/utils/profile/default';
import { routePattern, fingerprint, fieldShape, screenFacts, screenMatches, hash8 } from '@/utils/corrections/keys';
import { applyCorrections } from '@/utils/corrections/apply';
import type { ActiveCorrection, Correction } from '@/utils/corrections/schema';
import { addCorrection, removeCorrection, syncCorrections, checkCorrection } from '@/utils/corrections/store';
import { importProfileText, resetProfile, type PolicyReader } from '@/utils/profile/store';
import { profileToText, checkProfile } from '@/utils/profile/parse';
import { classify } from '@/utils/classify';
import { check } from '@/utils/rules';
import { KEYS } from '@/utils/settings';
import { field, snapshot } from './snapshot-builder';
import { lines } from './i18n-render';
import type { FormSnapshot } from '@/utils/types';

const noPolicy: PolicyReader = async () => ({});

describe('keys: names that survive a reload', () => {
  it('route pattern drops record ids and the query, keeps hash routes', () => {
    expect(routePattern('https://emenscr.nesdc.go.th/replica/m6-native/report/2?state=empty')).toBe('/replica/m6-native/report/:id');
    expect(routePattern('https://emenscr.nesdc.go.th/#/project/15/edit')).toBe('/#/project/:id/edit');
    expect(routePattern('https://emenscr.nesdc.go.th/project/3f2a9c0e-1b2c-4d5e-8f90-112233445566')).toBe('/project/:id');
    expect(routePattern('https://emenscr.nesdc.go.th/project/P-12345/progress')).toBe('/project/:id/progress');
  });

  it('fingerprint ignores added rows and option order; screens match by overlap', () => {
    const a = snapshot([field('ชื่อ', ''), field('จำนวนเงิน', ''), field('สถานะ', '', { kind: 'select', options: ['ก', 'ข'] })]);
    const b = snapshot([
      field('ชื่อ', ''),
      field('จำนวนเงิน', ''),
      field('จำนวนเงิน', ''),
      field('สถานะ', '', { kind: 'select', options: ['ข', 'ก'] }),
    ]);
    expect(fingerprint(a)).toEqual(fingerprint(b));
    const route = routePattern(a.url);
    const withOneMore = fingerprint(snapshot([...a.fields, field('เหตุผลการยกเลิก', '')]));
    expect(screenMatches({ route, fingerprint: fingerprint(a) }, route, withOneMore)).toBe(true);
    const other = fingerprint(snapshot([field('ผู้อนุมัติ', '', { kind: 'combobox' }), field('ข้อความ', '')]));
    expect(screenMatches({ route, fingerprint: fingerprint(a) }, route, other)).toBe(false);
    expect(screenMatches({ route: '/other', fingerprint: fingerprint(a) }, route, fingerprint(a))).toBe(false);
    // an entry without a fingerprint covers the whole route
    expect(screenMatches({ route, fingerprint: [] }, route, other)).toBe(true);
    expect(hash8('x')).toMatch(/^[0-9a-f]{8}$/);
  });

  it('field shape is tags and roles, no ids, classes or indices', () => {
    document.body.innerHTML = `<form><div class="row r1" id="x"><div role="group"><input id="mat-input-7" type="text"></div></div></form>`;
    expect(fieldShape(document.querySelector('input')!)).toBe('input:text<div[group]<div<form');
  });

  it('shapes shared through one memo equal shapes walked one by one (ancestors met at different depths)', () => {
    // the per-field walk, as it was before the memo: the reference
    const walked = (el: Element): string => {
      const parts: string[] = [];
      let e: Element | null = el;
      for (let depth = 0; e && depth <= 5; depth++, e = e.parentElement) {
        const tag = e.tagName.toLowerCase();
        if (tag === 'body' || tag === 'html') break;
        const role = e.getAttribute('role');
        parts.push(tag + (depth === 0 && e instanceof HTMLInputElement ? `:${e.type}` : '') + (role ? `[${role}]` : ''));
        if (tag === 'form' || role === 'dialog') break;
      }
      return parts.join('<');
    };
    document.body.innerHTML = `<main><section role="region"><div><div><div><div><div><input id="deep" type="number"></div></div></div></div>
      <select id="mid"></select></div><input id="top"></section>
      <div role="dialog"><span><textarea id="dlg"></textarea></span></div>
      <form><div role="group"><input id="f1" type="checkbox"><div><input id="f2" type="radio"></div></div></form></main>
      <input id="body-child">`;
    const els = [...document.querySelectorAll('input, select, textarea')];
    const snap = { url: 'https://x/y', title: '', headings: [], fields: els.map((e, i) => ({ key: 'f' + i, label: 'l' + i, kind: 'text' as const, value: '', empty: true, editable: true, required: false, section: [] })) };
    const facts = screenFacts(snap, els);
    expect(facts.fields.map((f) => f.shape)).toEqual(els.map(walked));
    // the deepest field's shape stops at six parts; the shallower fields share its ancestors
    expect(facts.fields[0]!.shape.split('<')).toHaveLength(6);
  });
});

function correction(c: Partial<Correction> & Pick<Correction, 'action'>, snap: FormSnapshot, index: number): Correction {
  const facts = screenFacts(snap, []);
  return {
    id: c.id ?? `c${index}-${c.action.type}`,
    screen: facts.key,
    field: facts.fields[index]!,
    action: c.action,
    createdAt: '2026-12-05T10:00:00.000Z',
  };
}

describe('applyCorrections, then classify and the rules', () => {
  const form = () =>
    snapshot([
      field('ไตรมาสที่รายงาน', 'ไตรมาสที่ 1', { kind: 'select' }),
      field('งบประมาณที่ได้รับจัดสรร (บาท)', '100000'),
      field('ยอดสะสม ณ สิ้นงวด', '250000'),
      field('รหัสภายในหน่วยงาน', ''),
      field('ผลการดำเนินงาน', ''),
    ]);

  it('ignore removes that field only from completeness; rename changes the finding text', () => {
    const snap = form();
    const ignore = correction({ action: { type: 'ignore' } }, snap, 3);
    const rename = correction({ action: { type: 'rename', name: 'ผลงานไตรมาสนี้' } }, snap, 4);
    const facts = screenFacts(snap, []);
    const before = check({ snapshot: snap, screen: classify(snap, DEFAULT_PROFILE), profile: DEFAULT_PROFILE, today: new Date('2027-01-05') });
    expect(before.findings.filter((f) => f.rule === 'fieldEmpty').map((f) => f.params![0])).toEqual(['รหัสภายในหน่วยงาน', 'ผลการดำเนินงาน']);
    const applied = applyCorrections(snap, facts, [ignore, rename]);
    expect(applied.ignored.map((i) => i.field.label)).toEqual(['รหัสภายในหน่วยงาน']);
    const after = check({ snapshot: applied.snapshot, screen: classify(applied.snapshot, DEFAULT_PROFILE), profile: DEFAULT_PROFILE, today: new Date('2027-01-05') });
    expect(after.findings.filter((f) => f.rule === 'fieldEmpty').map((f) => f.params![0])).toEqual(['ผลงานไตรมาสนี้']);
    // keys still map to the same elements
    expect(applied.snapshot.fields.map((f) => f.key)).toEqual([snap.fields[0]!.key, snap.fields[1]!.key, snap.fields[2]!.key, snap.fields[4]!.key]);
  });

  it('a field mapped to the spent concept makes spent ≤ allocation work', () => {
    const snap = form();
    const run = (s: FormSnapshot) =>
      check({ snapshot: s, screen: classify(s, DEFAULT_PROFILE), profile: DEFAULT_PROFILE, today: new Date('2027-01-05') }).findings.map((f) => f.rule);
    expect(run(snap)).not.toContain('spentOverAllocation');
    const c = correction({ action: { type: 'concept', concept: 'spent' } }, snap, 2);
    const applied = applyCorrections(snap, screenFacts(snap, []), [c]);
    expect(applied.snapshot.fields[2]!.concept).toBe('spent');
    expect(run(applied.snapshot)).toContain('spentOverAllocation');
  });

  it('a correction of another screen does nothing; a policy entry wins over the user\'s', () => {
    const snap = form();
    const other = { ...correction({ action: { type: 'ignore' } }, snap, 3), screen: { route: '/elsewhere', fingerprint: ['00000000'] } };
    expect(applyCorrections(snap, screenFacts(snap, []), [other]).ignored).toHaveLength(0);
    const mine = correction({ id: 'u', action: { type: 'rename', name: 'ของฉัน' } }, snap, 4);
    const policy: ActiveCorrection = { ...correction({ id: 'p', action: { type: 'rename', name: 'ของจังหวัด' } }, snap, 4), locked: true };
    const applied = applyCorrections(snap, screenFacts(snap, []), [policy, mine]);
    expect(applied.snapshot.fields.find((f) => f.key === snap.fields[4]!.key)!.label).toBe('ของจังหวัด');
  });
});

describe('store: validated like the rest of the profile', () => {
  const snap = snapshot([field('รหัสภายในหน่วยงาน', ''), field('หมายเหตุ', '')]);

  it('refuses a bad entry with a message naming the path, and changes nothing', async () => {
    const bad = { ...correction({ action: { type: 'ignore' } }, snap, 0), action: { type: 'concept', concept: 'salary' } };
    const r = await addCorrection(bad, noPolicy);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(lines(r.issues, 'th').join('\n')).toContain('correction.action.concept');
      expect(lines(r.issues, 'en').join('\n')).toContain('correction.action.concept');
    }
    expect((await fakeBrowser.storage.local.get(KEYS.userCorrections))[KEYS.userCorrections]).toBeUndefined();
    expect(checkCorrection({}).ok).toBe(false);
  });

  it('add, replace, remove; export → reset → import restores them', async () => {
    const a = correction({ action: { type: 'rename', name: 'ชื่อแรก' } }, snap, 1);
    expect((await addCorrection(a, noPolicy)).ok).toBe(true);
    const b = { ...correction({ id: 'second', action: { type: 'rename', name: 'ชื่อที่สอง' } }, snap, 1) };
    const r = await addCorrection(b, noPolicy);
    expect(r.ok && r.active.entries.map((c) => c.id)).toEqual(['second']);
    await addCorrection(correction({ action: { type: 'ignore' } }, snap, 0), noPolicy);
    const exported = profileToText({ ...DEFAULT_PROFILE, corrections: (await syncCorrections(noPolicy)).entries });
    expect(checkProfile(JSON.parse(exported)).ok).toBe(true);
    await resetProfile(noPolicy);
    expect((await syncCorrections(noPolicy)).entries).toEqual([]);
    const imported = await importProfileText(exported, noPolicy);
    expect(imported.ok).toBe(true);
    expect((await syncCorrections(noPolicy)).entries.map((c) => c.id).sort()).toEqual(['c0-ignore', 'second']);
    expect(((await fakeBrowser.storage.local.get(KEYS.userProfile))[KEYS.userProfile] as object)).not.toHaveProperty('corrections');
    expect((await removeCorrection('second', noPolicy)).ok).toBe(true);
    expect((await syncCorrections(noPolicy)).entries.map((c) => c.id)).toEqual(['c0-ignore']);
  });

  it('a profile file with a bad correction is refused as a whole', async () => {
    const bad = { ...DEFAULT_PROFILE, corrections: [{ ...correction({ action: { type: 'ignore' } }, snap, 0), createdAt: 'yesterday' }] };
    const r = await importProfileText(JSON.stringify(bad), noPolicy);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.paths).toContain('corrections.0.createdAt');
    expect((await fakeBrowser.storage.local.get(KEYS.userProfile))[KEYS.userProfile]).toBeUndefined();
  });

  it('policy corrections are locked and cannot be removed; bad policy corrections are reported', async () => {
    const p = correction({ id: 'pol', action: { type: 'ignore' } }, snap, 0);
    const policy: PolicyReader = async () => ({ corrections: [p] });
    const active = await syncCorrections(policy);
    expect(active.entries).toEqual([{ ...p, locked: true }]);
    expect((await removeCorrection('pol', policy)).ok).toBe(false);
    const bad = await syncCorrections(async () => ({ corrections: [{ ...p, field: 3 }] }));
    expect(bad.entries).toEqual([]);
    expect(lines(bad.policyIssues, 'th').join('\n')).toContain('corrections.0.field');
  });
});
