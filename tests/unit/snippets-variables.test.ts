import { describe, expect, it } from 'vitest';
import { VARIABLES, expandVariables, findVariables, hasVariables, type VariableContext } from '@/utils/snippets/variables';

const MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม'];

function ctx(answers: Record<string, string> = {}): VariableContext {
  return {
    fiscalYear: 2570,
    quarter: 1,
    today: new Date(2026, 10, 21),
    answers,
    // stands in for utils/calendar's Thai date
    formatDate: (d) => `${d.getDate()} ${MONTHS[d.getMonth()]} ${d.getFullYear() + 543}`,
  };
}

describe('expandVariables', () => {
  it('fills fiscal year, quarter and today, in Thai and English spellings', () => {
    expect(expandVariables('ปีงบประมาณ พ.ศ. {ปีงบประมาณ} ไตรมาสที่ {ไตรมาส} ณ วันที่ {วันที่}', ctx())).toBe(
      'ปีงบประมาณ พ.ศ. 2570 ไตรมาสที่ 1 ณ วันที่ 21 พฤศจิกายน 2569',
    );
    expect(expandVariables('FY{fiscalYear} Q{quarter} ({today})', ctx())).toBe('FY2570 Q1 (21 พฤศจิกายน 2569)');
  });

  it('ignores case and spaces in names', () => {
    expect(expandVariables('{ FiscalYear } {QUARTER} {ปี งบประมาณ} {วันนี้} {ปีงบ}', ctx())).toBe(
      '2570 1 2570 21 พฤศจิกายน 2569 2570',
    );
  });

  it('fills prompts from the answers, matched up to spaces', () => {
    const t = 'ผู้รายงาน {ถาม:ชื่อผู้รายงาน} โทร {ask:phone} ({ถาม: ชื่อ ผู้รายงาน })';
    expect(expandVariables(t, ctx({ ชื่อผู้รายงาน: 'นางสาวสมใจ', phone: '02 123 4567' }))).toBe(
      'ผู้รายงาน นางสาวสมใจ โทร 02 123 4567 (นางสาวสมใจ)',
    );
  });

  it('leaves unknown variables, empty prompts and unanswered prompts as typed', () => {
    const t = '{ไม่รู้จัก} {foo} {ถาม:} {ask:ไม่มีคำตอบ} {ปีงบประมาณ:2568} {ถาม} {} { }';
    expect(expandVariables(t, ctx())).toBe(t);
  });

  it('keeps an unclosed or multi-line brace as text', () => {
    expect(expandVariables('เปิด {ปีงบประมาณ ไม่ปิด', ctx())).toBe('เปิด {ปีงบประมาณ ไม่ปิด');
    expect(expandVariables('{ปีงบ\nประมาณ}', ctx())).toBe('{ปีงบ\nประมาณ}');
    expect(expandVariables('a } b', ctx())).toBe('a } b');
  });

  it('turns {{ and }} into literal braces', () => {
    expect(expandVariables('{{ปีงบประมาณ}} = {ปีงบประมาณ}', ctx())).toBe('{ปีงบประมาณ} = 2570');
    expect(expandVariables('{{{ปีงบประมาณ}}}', ctx())).toBe('{2570}');
    expect(expandVariables('{{ถาม:x}}', ctx({ x: 'ไม่ควรใช้' }))).toBe('{ถาม:x}');
    expect(expandVariables('{{', ctx())).toBe('{');
  });

  it('inserts answers as plain text, never interpreting them', () => {
    expect(expandVariables('{ถาม:x}', ctx({ x: '<img src=x onerror=alert(1)> {ปีงบประมาณ}' }))).toBe(
      '<img src=x onerror=alert(1)> {ปีงบประมาณ}',
    );
  });

  it('leaves text without variables untouched', () => {
    const t = 'ข้อความธรรมดา\nหลายบรรทัด  มีช่องว่าง';
    expect(expandVariables(t, ctx())).toBe(t);
    expect(hasVariables(t)).toBe(false);
  });
});

describe('findVariables', () => {
  it('lists the prompts in order, each once', () => {
    const t = '{ask:phone} {ถาม:ชื่อผู้รายงาน} {ปีงบประมาณ} {ถาม:ชื่อ ผู้รายงาน} {ask:Phone} {ถาม:ตำแหน่ง}';
    expect(findVariables(t)).toEqual(['phone', 'ชื่อผู้รายงาน', 'ตำแหน่ง']);
  });

  it('ignores escaped and empty prompts', () => {
    expect(findVariables('{{ถาม:x}} {ถาม:} {ถาม: }')).toEqual([]);
    expect(findVariables('')).toEqual([]);
  });

  it('hasVariables sees known variables and prompts only', () => {
    expect(hasVariables('{วันที่}')).toBe(true);
    expect(hasVariables('{ถาม:x}')).toBe(true);
    expect(hasVariables('{foo} {{วันที่}}')).toBe(false);
  });

  it('documents every variable for the editor', () => {
    expect(VARIABLES.map((v) => v.id)).toEqual(['fiscalYear', 'quarter', 'today', 'ask']);
    for (const v of VARIABLES.filter((x) => x.id !== 'ask')) {
      expect(hasVariables(v.th) && hasVariables(v.en)).toBe(true);
    }
  });
});
