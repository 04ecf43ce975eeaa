/** The zoo's expectations (tests/zoo/shared/expected.ts): computed from the definition and the scenario. */
import { describe, expect, it } from 'vitest';
import { scenarios, reportingQuarter, thaiDate, parseThaiDate } from '../zoo/shared/scenarios';
import { expectedFindings, expectedScreen, messageOf, render } from '../zoo/shared/expected';

const today = new Date(2026, 11, 5); // 5 Dec 2569: Q4 of FY2569 is being reported
const byId = (id: string) => scenarios(today).find((s) => s.id === id)!;
const texts = (id: string) => expectedFindings(byId(id), today).map((f) => f.text).sort();

describe('zoo expectations', () => {
  it('a complete form has no finding, on both screens and in both editions', () => {
    for (const id of ['m6-complete', 'm1-complete', 'm1-fy2565']) expect(texts(id)).toEqual([]);
  });

  it('the complete report chooses the quarter being reported', () => {
    expect(reportingQuarter(today)).toEqual({ fiscalYear: 2569, quarter: 4 });
    expect(byId('m6-complete').m6!.quarter).toBe('ไตรมาสที่ 4 (ก.ค. - ก.ย.)');
    expect(reportingQuarter(new Date(2027, 1, 1))).toEqual({ fiscalYear: 2570, quarter: 1 });
  });

  it('an empty report names every field by its label and each KPI cell by row and column', () => {
    const t = texts('m6-empty');
    expect(t).toContain('ยังไม่ได้กรอก: ไตรมาสที่รายงาน');
    expect(t).toContain('ยังไม่ได้กรอก: ร้อยละความพึงพอใจของผู้เข้าร่วมโครงการ – ผลที่ได้');
    expect(t).toContain('ยังไม่ได้ลากแถบความก้าวหน้า (%): ความก้าวหน้าของโครงการ (ร้อยละ)');
    expect(t).toContain('ยังไม่ได้รายงานความสอดคล้องกับ แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13');
    expect(t).not.toContain('ยังไม่ได้รายงานความสอดคล้องกับ แผนแม่บทภายใต้ยุทธศาสตร์ชาติ');
    expect(t).toHaveLength(17);
  });

  it('follows the fiscal year for the edition, and the edition selector', () => {
    expect(texts('m1-fy2565-empty')).toEqual([
      'ยังไม่ได้รายงานความสอดคล้องกับ ยุทธศาสตร์ชาติ',
      'ยังไม่ได้รายงานความสอดคล้องกับ แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 12',
    ].sort());
    expect(texts('m1-wrong-edition')).toEqual([
      'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 12 ใช้ไม่ได้กับปีงบประมาณ 2568: เลือกแผนพัฒนาฯ ฉบับที่ตรงกับปีงบประมาณ',
      'ยังไม่ได้รายงานความสอดคล้องกับ แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13',
    ].sort());
    expect(texts('m1-plan-detail')).toEqual([
      'ยุทธศาสตร์ชาติ: กรอกรายละเอียดไม่ครบ (ประเด็นยุทธศาสตร์)',
      'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13: กรอกรายละเอียดไม่ครบ (กลยุทธ์)',
    ].sort());
    expect(expectedScreen(byId('m1-fy2565'))).toBe('ความเชื่อมโยงกับแผน (M1) · ปีงบประมาณ 2565');
  });

  it('single-issue scenarios expect exactly that issue', () => {
    expect(texts('m6-slider')).toEqual(['ยังไม่ได้ลากแถบความก้าวหน้า (%): ความก้าวหน้าของโครงการ (ร้อยละ)']);
    expect(texts('m6-overspent')).toEqual(['ผลการเบิกจ่าย 1,800,000 บาท มากกว่างบประมาณที่ได้รับจัดสรร 1,500,000 บาท']);
    expect(texts('m6-kpi-cell')).toEqual(['ยังไม่ได้กรอก: ร้อยละความพึงพอใจของผู้เข้าร่วมโครงการ – ผลที่ได้']);
    expect(texts('m1-row-blank')).toEqual(['ยังไม่ได้กรอก: ระดับแผน']);
    expect(texts('m1-row-detail')).toEqual(['ยังไม่ได้กรอก: ประเด็นที่สอดคล้อง']);
  });

  it('renders templates and recognises which message a panel text is', () => {
    expect(render('rule.planIncomplete', 'ยุทธศาสตร์ชาติ', 'เป้าหมาย')).toBe('ยุทธศาสตร์ชาติ: กรอกรายละเอียดไม่ครบ (เป้าหมาย)');
    expect(messageOf('ยังไม่ได้กรอก: 3')).toBe('fieldEmpty');
    expect(messageOf('ยุทธศาสตร์ชาติ: กรอกรายละเอียดไม่ครบ (เป้าหมาย)')).toBe('planIncomplete');
    expect(messageOf('อะไรก็ไม่รู้')).toBe('unknown');
  });

  it('shows dates in the Buddhist era and reads them back', () => {
    expect(thaiDate('2025-11-03')).toBe('03/11/2568');
    expect(parseThaiDate('03/11/2568')).toBe('2025-11-03');
    expect(parseThaiDate('2568-11-03')).toBe('');
  });
});
