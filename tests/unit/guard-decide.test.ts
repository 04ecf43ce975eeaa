/** The send guard's pure decision: where the budget type comes from, and when a send is stopped. */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as P } from '@/utils/profile/default';
import { decideSend, resolveBudgetType, type LastCheck, type ResolvedBudget } from '@/utils/guard/decide';

const HEAD = 'นายสมชาย ใจดี (หัวหน้าสำนักงานจังหวัดระยอง)';
const OSM = 'ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด (OSM)';
const GOVERNOR = 'นายธีระ สุขใจ (ผู้ว่าราชการจังหวัดระยอง)';
const PERSON = 'นางสาวพิมพ์ใจ รักษ์ดี';

const provincial: ResolvedBudget = { budgetType: 'provincial', source: 'dialog' };
const cluster: ResolvedBudget = { budgetType: 'cluster', source: 'row' };
const none: ResolvedBudget = { budgetType: null, source: 'none' };
const clean: LastCheck = { errors: [], checkedAt: 1 };
const partial: LastCheck = {
  errors: [{ message: 'rule.fieldEmpty', params: ['ปัญหา/อุปสรรค'] }, { message: 'rule.progressNotSet', params: ['ความก้าวหน้า'] }],
  checkedAt: 1_700_000_000_000,
};

describe('resolveBudgetType: the source priority', () => {
  const all = {
    dialog: 'cluster',
    row: 'provincial',
    remembered: { budgetType: 'provincial', from: 'screen' as const },
    settings: 'provincial',
  };
  it('the send dialog wins over everything', () => {
    expect(resolveBudgetType(all, P)).toEqual({ budgetType: 'cluster', source: 'dialog' });
  });
  it('then the list row the send started from', () => {
    expect(resolveBudgetType({ ...all, dialog: null }, P)).toEqual({ budgetType: 'provincial', source: 'row' });
  });
  it('then what the page states outside the step (project summary, header)', () => {
    expect(resolveBudgetType({ ...all, dialog: null, row: null, page: 'cluster' }, P)).toEqual({ budgetType: 'cluster', source: 'page' });
    expect(resolveBudgetType({ ...all, dialog: null, page: 'cluster' }, P).source).toBe('row');
  });
  it('then what is remembered for the project, telling a screen from an answer', () => {
    const r = { ...all, dialog: null, row: null, settings: 'cluster' };
    expect(resolveBudgetType(r, P)).toEqual({ budgetType: 'provincial', source: 'remembered' });
    expect(resolveBudgetType({ ...r, remembered: { budgetType: 'provincial', from: 'answer' } }, P)).toEqual({
      budgetType: 'provincial',
      source: 'answer',
    });
  });
  it('then the agency default from the settings', () => {
    expect(resolveBudgetType({ settings: 'cluster' }, P)).toEqual({ budgetType: 'cluster', source: 'settings' });
  });
  it('else nothing: the dialog will ask', () => {
    expect(resolveBudgetType({}, P)).toEqual({ budgetType: null, source: 'none' });
    expect(resolveBudgetType({ dialog: null, row: null, remembered: null, settings: null }, P).source).toBe('none');
  });
  it('ids the profile does not know are skipped, not trusted', () => {
    expect(resolveBudgetType({ dialog: 'gone', settings: 'cluster' }, P)).toEqual({ budgetType: 'cluster', source: 'settings' });
    expect(resolveBudgetType({ remembered: { budgetType: 'gone', from: 'answer' } }, P).source).toBe('none');
    expect(resolveBudgetType({ settings: 'gone' }, P).source).toBe('none');
  });
});

describe('decideSend: verdict → pass or dialog', () => {
  it('the right approver and a clean (or never seen) report: pass, no dialog', () => {
    for (const lastCheck of [clean, null]) {
      const d = decideSend({ recipient: HEAD, budget: provincial, lastCheck }, P);
      expect(d.action).toBe('pass');
      expect(d.problems).toEqual([]);
      expect(d.check.verdict).toBe('match');
    }
    expect(decideSend({ recipient: OSM, budget: cluster, lastCheck: null }, P).action).toBe('pass');
  });

  it('the other budget type’s approver: stopped, naming the required recipient', () => {
    const d = decideSend({ recipient: OSM, budget: provincial, lastCheck: null }, P);
    expect(d.action).toBe('confirm');
    expect(d.problems).toEqual(['mismatch']);
    expect(d.check).toMatchObject({ verdict: 'mismatch', reason: 'otherBudgetType', expected: 'หัวหน้าสำนักงานจังหวัด' });
    expect(d.askBudget).toBe(false);
    const c = decideSend({ recipient: HEAD, budget: cluster, lastCheck: null }, P);
    expect(c.check.expected).toBe('ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด');
    expect(c.problems).toEqual(['mismatch']);
  });

  it('a position that never receives the report: stopped whatever the budget', () => {
    expect(decideSend({ recipient: GOVERNOR, budget: provincial, lastCheck: null }, P).problems).toEqual(['mismatch']);
    const d = decideSend({ recipient: GOVERNOR, budget: none, lastCheck: null }, P);
    expect(d.problems).toEqual(['mismatch']);
    expect(d.askBudget).toBe(true);
  });

  it('budget type unknown: the dialog asks for it (unknown verdict)', () => {
    const d = decideSend({ recipient: HEAD, budget: none, lastCheck: null }, P);
    expect(d.action).toBe('confirm');
    expect(d.problems).toEqual(['unknownBudget']);
    expect(d.check.verdict).toBe('unknown');
    expect(d.askBudget).toBe(true);
  });

  it('a name without a position cannot be judged: ask', () => {
    const d = decideSend({ recipient: PERSON, budget: provincial, lastCheck: null }, P);
    expect(d.action).toBe('confirm');
    expect(d.problems).toEqual(['unknownRecipient']);
  });

  it('the last check had errors: stopped even with the right approver, listing them', () => {
    const d = decideSend({ recipient: HEAD, budget: provincial, lastCheck: partial }, P);
    expect(d.action).toBe('confirm');
    expect(d.problems).toEqual(['unmetErrors']);
    expect(d.unmet).toBe(partial);
    const both = decideSend({ recipient: OSM, budget: provincial, lastCheck: partial }, P);
    expect(both.problems).toEqual(['mismatch', 'unmetErrors']);
  });

  it('nothing chosen yet: the page refuses by itself, the guard stays out of the way', () => {
    for (const recipient of ['', '-- กรุณาเลือก --']) {
      const d = decideSend({ recipient, budget: none, lastCheck: partial }, P);
      expect(d.action).toBe('pass');
      expect(d.askBudget).toBe(false);
    }
  });
});

describe('decideSend: no approver chosen', () => {
  it('passes (the page refuses by itself) and asks to say whom to choose, whatever the budget source', () => {
    for (const recipient of ['', '-- กรุณาเลือก --']) {
      for (const budget of [provincial, cluster, none]) {
        const d = decideSend({ recipient, budget, lastCheck: partial }, P);
        expect(d).toMatchObject({ action: 'pass', problems: [], choose: true, askBudget: false });
      }
    }
    expect(decideSend({ recipient: '', budget: cluster, lastCheck: null }, P).check.expected).toBe('ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด');
  });
  it('a chosen approver never asks to choose', () => {
    expect(decideSend({ recipient: GOVERNOR, budget: provincial, lastCheck: null }, P).choose).toBe(false);
    expect(decideSend({ recipient: HEAD, budget: provincial, lastCheck: null }, P).choose).toBe(false);
  });
});
