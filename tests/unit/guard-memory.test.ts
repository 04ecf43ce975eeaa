/** What the guard remembers per project, and what it reads from a checked M6 form. */
import { describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_PROFILE as P } from '@/utils/profile/default';
import { ProjectMemory, mergeRecords, projectKeys, rememberedBudget } from '@/utils/guard/memory';
import { projectOfSnapshot, summariseCheck } from '@/utils/guard/facts';
import type { CheckResult, Finding } from '@/utils/types';
import { field, snapshot } from './snapshot-builder';

const NAME = 'โครงการพัฒนาศักยภาพการท่องเที่ยวเชิงวัฒนธรรมจังหวัดระยอง';

describe('projectKeys', () => {
  it('an id key and a name key, the name normalised (spaces, zero-width, Thai digits)', () => {
    expect(projectKeys({ id: 'RYG-68-0008', name: NAME })).toEqual([
      'project:id:RYG-68-0008',
      `project:name:${NAME}`,
    ]);
    expect(projectKeys({ name: ' โครงการ  พัฒนา\u200b ปี ๒๕๖๘ ' })).toEqual(['project:name:โครงการพัฒนาปี2568']);
    expect(projectKeys({ id: '  ', name: null })).toEqual([]);
  });
});

describe('mergeRecords', () => {
  it('the latest budget type and the latest check win', () => {
    const merged = mergeRecords([
      { budgetType: 'provincial', budgetFrom: 'screen', budgetAt: 10, check: { errors: [], checkedAt: 50 } },
      undefined,
      { budgetType: 'cluster', budgetFrom: 'answer', budgetAt: 20, check: { errors: [{ message: 'x' }], checkedAt: 40 } },
    ]);
    expect(merged).toMatchObject({ budgetType: 'cluster', budgetFrom: 'answer', check: { checkedAt: 50 } });
    expect(rememberedBudget(merged)).toEqual({ budgetType: 'cluster', from: 'answer' });
    expect(mergeRecords([undefined])).toBeNull();
    expect(rememberedBudget(null)).toBeNull();
  });
});

describe('ProjectMemory (storage.local)', () => {
  it('writes under every key; a later view by id alone finds what the name saw', async () => {
    const m = new ProjectMemory();
    await m.ready;
    m.remember({ name: NAME }, { check: { errors: [{ message: 'rule.fieldEmpty', params: ['ปัญหา/อุปสรรค'] }], checkedAt: 5 } });
    m.remember({ id: 'RYG-68-0008', name: NAME }, { budgetType: 'provincial', budgetFrom: 'screen', budgetAt: 6 });
    expect(m.recall({ id: 'RYG-68-0008' })).toMatchObject({ budgetType: 'provincial', check: { checkedAt: 5 } });
    await new Promise((r) => setTimeout(r, 0));
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored).sort()).toEqual(['project:id:RYG-68-0008', `project:name:${NAME}`]);
    // another tab's memory picks it up from storage
    const other = new ProjectMemory();
    await other.ready;
    expect(other.recall({ name: NAME })?.budgetType).toBe('provincial');
    m.dispose();
    other.dispose();
  });

  it('given storage as read at the content script\'s start, it reads nothing itself and knows its records', async () => {
    const stored = { [`project:name:${NAME}`]: { budgetType: 'cluster', budgetFrom: 'answer', budgetAt: 3 }, settings: { language: 'th' } };
    const get = vi.spyOn(fakeBrowser.storage.local, 'get');
    get.mockClear();
    const m = new ProjectMemory(stored);
    await m.ready;
    expect(get).not.toHaveBeenCalled();
    expect(m.loaded).toBe(true);
    expect(m.recall({ name: NAME })?.budgetType).toBe('cluster');
    expect(m.recall({ id: 'RYG-68-0008' })).toBeNull();
    m.dispose();
    get.mockRestore();
  });

  it('reads the test-only throw switch', async () => {
    await fakeBrowser.storage.local.set({ 'debug:guardThrows': 'show' });
    const m = new ProjectMemory();
    await m.ready;
    expect(m.debugThrows).toBe('show');
    m.dispose();
  });
});

describe('facts from a checked progress report', () => {
  const finding = (id: string, severity: Finding['severity'], params?: string[]): Finding => ({
    id,
    rule: id,
    severity,
    fieldKeys: [],
    subject: id,
    message: `rule.${id}`,
    ...(params ? { params } : {}),
  });
  it('summariseCheck keeps the errors (message ids) and the time', () => {
    const result: CheckResult = {
      screen: { id: 'progressReport' },
      findings: [finding('fieldEmpty', 'error', ['ปัญหา/อุปสรรค']), finding('hint', 'warning'), finding('planMissing', 'error')],
      fieldCount: 9,
      checkedAt: 123,
    };
    expect(summariseCheck(result)).toEqual({
      errors: [{ message: 'rule.fieldEmpty', params: ['ปัญหา/อุปสรรค'] }, { message: 'rule.planMissing' }],
      checkedAt: 123,
    });
  });
  it('projectOfSnapshot reads the name and budget fields, not a label that merely mentions โครงการ', () => {
    const s = snapshot([
      field('วัตถุประสงค์ของโครงการ', 'เพื่อพัฒนา'),
      field('ชื่อโครงการ', NAME, { editable: false }),
      field('แหล่งงบประมาณ', 'งบประมาณกลุ่มจังหวัด', { editable: false }),
    ]);
    expect(projectOfSnapshot(s, P)).toEqual({ name: NAME, budgetType: 'cluster' });
    expect(projectOfSnapshot(snapshot([field('วัตถุประสงค์ของโครงการ', 'เพื่อพัฒนา')]), P)).toEqual({ name: null, budgetType: null });
  });
});
