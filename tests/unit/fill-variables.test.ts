/** Issue 5: the values text-snippet variables take on a page (page facts first, then the calendar). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as profile } from '@/utils/profile/default';
import { buildVariableContext, pageFacts } from '@/utils/fill/variable-context';
import { expandVariables } from '@/utils/snippets/variables';
import { field, snapshot } from './snapshot-builder';

// 21 Nov 2026 (BE 2569): the quarter being reported is Q4 of FY2569
const today = new Date(2026, 10, 21);

describe('variable context', () => {
  it('takes fiscal year and quarter from the page when it states them', () => {
    const snap = snapshot([
      field('ปีงบประมาณ', '2568', { editable: false }),
      field('ไตรมาสที่รายงาน', 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)', { kind: 'select' }),
    ]);
    const facts = pageFacts(snap, { id: 'progressReport' }, profile);
    expect(facts).toEqual({ fiscalYear: 2568, quarter: 2 });
    const ctx = buildVariableContext(facts, today);
    expect(ctx.sources).toEqual({ fiscalYear: 'page', quarter: 'page' });
    expect(expandVariables('รายงานไตรมาส {ไตรมาส}/{ปีงบประมาณ}', ctx)).toBe('รายงานไตรมาส 2/2568');
  });

  it("prefers the screen's fiscal year (from classify) and reads Thai digits", () => {
    const snap = snapshot([field('ไตรมาส', 'ไตรมาสที่ ๓', { kind: 'combobox' })]);
    expect(pageFacts(snap, { id: 'progressReport', fiscalYear: 2567 }, profile)).toEqual({ fiscalYear: 2567, quarter: 3 });
  });

  it('falls back to the quarter being reported today when the page says nothing', () => {
    const snap = snapshot([field('ไตรมาสที่รายงาน', '', { kind: 'select' }), field('ผลการดำเนินงาน', 'x')]);
    const facts = pageFacts(snap, { id: 'other' }, profile);
    expect(facts).toEqual({});
    const ctx = buildVariableContext(facts, today);
    expect([ctx.fiscalYear, ctx.quarter]).toEqual([2569, 4]);
    expect(ctx.sources).toEqual({ fiscalYear: 'calendar', quarter: 'calendar' });
    // in October the report is still for Q4 of the fiscal year that just ended
    const oct = buildVariableContext({}, new Date(2026, 9, 5));
    expect([oct.fiscalYear, oct.quarter]).toEqual([2569, 4]);
    expect(pageFacts(null, null, profile)).toEqual({});
  });

  it("formats today in Thai and fills answers to prompts as plain text", () => {
    const ctx = buildVariableContext({ fiscalYear: 2569, quarter: 1 }, today, { 'ชื่อผู้รายงาน': '<b>สมใจ</b>' });
    expect(expandVariables('{วันที่} โดย {ถาม:ชื่อผู้รายงาน} {ถาม:ตำแหน่ง}', ctx)).toBe('21 พฤศจิกายน 2569 โดย <b>สมใจ</b> {ถาม:ตำแหน่ง}');
  });
});
