import { describe, expect, it } from 'vitest';
import { countFindings, type TabState } from '@/utils/messages';

const base: TabState = { isForm: true, screen: 'sendDialog', result: { screen: { id: 'sendDialog' }, findings: [], fieldCount: 2, checkedAt: 0 }, url: '' };

describe('badge counts', () => {
  it('counts errors and warnings of a form', () => {
    const findings = [
      { id: 'a', rule: 'r', severity: 'error' as const, fieldKeys: [], subject: '', message: '' },
      { id: 'b', rule: 'r', severity: 'warning' as const, fieldKeys: [], subject: '', message: '' },
    ];
    expect(countFindings({ ...base, screen: 'progressReport', result: { ...base.result!, findings } })).toEqual({ errors: 1, warnings: 1 });
    expect(countFindings({ ...base, isForm: false, result: { ...base.result!, findings } })).toEqual({ errors: 0, warnings: 0 });
  });
  it('counts a wrong approver on the send step as an error', () => {
    const send = { budgetType: 'cluster', budgetName: 'งบกลุ่มจังหวัด', budgetSource: 'row' as const, recipient: 'หัวหน้าสำนักงานจังหวัด', verdict: 'mismatch' as const, reason: 'otherBudgetType' as const, expected: 'ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด' };
    expect(countFindings({ ...base, send })).toEqual({ errors: 1, warnings: 0 });
    expect(countFindings({ ...base, send: { ...send, verdict: 'match', reason: 'ok' } })).toEqual({ errors: 0, warnings: 0 });
  });
});
