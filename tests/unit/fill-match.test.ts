/** Issue 5: which page field each saved field goes into (labels, variants, sections, page order). */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as profile } from '@/utils/profile/default';
import { conceptOf, fillOrder, labelMatch, matchFields, sectionScore, unitOf } from '@/utils/fill/match';
import { alreadyHas, chooseOption, hasUserValue, numberIn, wouldOverwrite, type WantedField } from '@/utils/fill/values';
import type { FieldKind, FieldSnapshot } from '@/utils/types';
import { field } from './snapshot-builder';

function saved(label: string, value: string, kind: FieldKind = 'text', section: string[] = [], checked?: boolean): WantedField {
  const w: WantedField = { label, value, kind, section };
  if (checked !== undefined) w.checked = checked;
  return w;
}

/** page fields with keys f0, f1 … in the given order */
function page(...fields: FieldSnapshot[]): FieldSnapshot[] {
  return fields.map((f, i) => ({ ...f, key: 'f' + i }));
}

/** saved label → page label of each match */
function pairs(savedFields: WantedField[], pageFields: FieldSnapshot[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of matchFields(savedFields, pageFields, profile).matches) {
    const w = savedFields[m.index]!;
    const p = pageFields[m.position]!;
    out[`${w.label}${w.section.length ? ' @' + w.section.at(-1) : ''}`] = `${p.label}${p.section.length ? ' @' + p.section.at(-1) : ''}`;
  }
  return out;
}

const NS = ['ความสอดคล้องกับแผน', 'ยุทธศาสตร์ชาติ'];
const NESDP13 = ['ความสอดคล้องกับแผน', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13'];

describe('fill matching: labels', () => {
  it('pairs equal labels up to spaces, "*" and ":"', () => {
    expect(labelMatch(saved('ผลการดำเนินงาน', 'x'), field('ผลการ ดำเนินงาน :', ''), profile)).toBe('same');
    expect(labelMatch(saved('ปัญหา/อุปสรรค *', 'x'), field('ปัญหา/อุปสรรค', ''), profile)).toBe('same');
  });

  it('pairs label variants of one profile concept', () => {
    expect(labelMatch(saved('ผลการเบิกจ่ายงบประมาณ (บาท)', '675,000'), field('ผลการใช้จ่ายงบประมาณ (บาท)', ''), profile)).toBe('concept');
    expect(labelMatch(saved('ความก้าวหน้าของโครงการ (ร้อยละ)', '45', 'slider'), field('ร้อยละความก้าวหน้า', '', { kind: 'slider' }), profile)).toBe('concept');
    expect(labelMatch(saved('สถานะโครงการ', 'x', 'radio'), field('สถานะการดำเนินงาน', '', { kind: 'select' }), profile)).toBe('concept');
    expect(labelMatch(saved('ไตรมาสที่รายงาน', 'x', 'select'), field('ห้วงการรายงาน', '', { kind: 'combobox' }), profile)).toBe('concept');
  });

  it('pairs labels equal without their unit, unless the units disagree', () => {
    expect(labelMatch(saved('ผลการดำเนินงาน (สรุป)', 'x'), field('ผลการดำเนินงาน', ''), profile)).toBe('core');
    expect(unitOf('ความก้าวหน้า (%)')).toBe(unitOf('ความก้าวหน้า (ร้อยละ)'));
    expect(labelMatch(saved('งบประมาณที่เบิกจ่าย (บาท)', '1'), field('งบประมาณที่เบิกจ่าย (ร้อยละ)', ''), profile)).toBeNull();
  });

  it('keeps different concepts and unrelated labels apart', () => {
    expect(conceptOf('ผลการเบิกจ่ายงบประมาณ (บาท)', profile)).toBe('spent');
    expect(conceptOf('งบประมาณที่ได้รับจัดสรร (บาท)', profile)).toBe('allocated');
    expect(labelMatch(saved('ผลการเบิกจ่ายงบประมาณ (บาท)', '1'), field('งบประมาณที่ได้รับจัดสรร (บาท)', ''), profile)).toBeNull();
    // "โครงการ" (projectName) is only a small part of this label: not the project name
    expect(conceptOf('ผลการดำเนินงานตามแผนโครงการ', profile)).toBeNull();
    expect(labelMatch(saved('ปัญหา/อุปสรรค', 'x'), field('ข้อเสนอแนะ/แนวทางแก้ไข', ''), profile)).toBeNull();
  });

  it('pairs plan toggles by the plan they name, boxes only with boxes', () => {
    const toggle = saved('แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13', '', 'checkbox', [], true);
    expect(labelMatch(toggle, field('รายงานความสอดคล้องกับแผนพัฒนาฯ ฉบับที่ 13', '', { kind: 'checkbox' }), profile)).toBe('plan');
    expect(labelMatch(toggle, field('แผนพัฒนาฯ ฉบับที่ 12', '', { kind: 'checkbox' }), profile)).toBeNull();
    const m = matchFields([toggle], page(field('แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13', '')), profile);
    expect(m.matches).toEqual([]); // a text field of the same name is not the toggle
  });
});

describe('fill matching: sections', () => {
  it('sends equal labels under different plan headings to their own plan', () => {
    const s = [
      saved('เป้าหมาย', 'ns goal', 'select', NS),
      saved('เป้าหมาย', 'nesdp goal', 'select', NESDP13),
    ];
    // another markup: shorter plan headings, the แผนพัฒนาฯ block first
    const p = page(
      field('เป้าหมาย', '', { kind: 'select', section: ['ความเชื่อมโยงกับแผน', 'แผนพัฒนาฯ ฉบับที่ 13'] }),
      field('เป้าหมาย', '', { kind: 'select', section: ['ความเชื่อมโยงกับแผน', 'ยุทธศาสตร์ชาติ 20 ปี'] }),
    );
    expect(pairs(s, p)).toEqual({
      'เป้าหมาย @ยุทธศาสตร์ชาติ': 'เป้าหมาย @ยุทธศาสตร์ชาติ 20 ปี',
      'เป้าหมาย @แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13': 'เป้าหมาย @แผนพัฒนาฯ ฉบับที่ 13',
    });
  });

  it('never puts a plan detail into another plan, even when it is the only field of that label', () => {
    const m = matchFields([saved('เป้าหมาย', 'nesdp goal', 'select', NESDP13)], page(field('เป้าหมาย', '', { kind: 'select', section: NS })), profile);
    expect(m.matches).toEqual([]);
    expect(m.unmatched).toEqual([0]);
    expect(sectionScore(NESDP13, NS, profile)).toBe(-1);
  });

  it('prefers the section whose titles match, loosely', () => {
    expect(sectionScore(['รายงานผลการดำเนินงาน'], ['รายงานผลการดำเนินงาน'], profile)).toBe(1);
    expect(sectionScore(['รายงานผลการดำเนินงาน'], ['ส่วนที่ 2 รายงานผลการดำเนินงาน (ไตรมาสนี้)'], profile)).toBeGreaterThan(0.5);
    const s = [saved('หมายเหตุ', 'b', 'text', ['ส่วน ข'])];
    const p = page(field('หมายเหตุ', '', { section: ['ส่วน ก'] }), field('หมายเหตุ', '', { section: ['ส่วน ข'] }));
    expect(matchFields(s, p, profile).matches[0]!.position).toBe(1);
  });

  it('pairs repeated labels without sections in page order, one page field each', () => {
    const s = [saved('ชื่อตัวชี้วัด', 'A'), saved('ชื่อตัวชี้วัด', 'B')];
    const p = page(field('ชื่อตัวชี้วัด', ''), field('ชื่อตัวชี้วัด', ''), field('ชื่อตัวชี้วัด', ''));
    const m = matchFields(s, p, profile);
    expect(m.matches.map((x) => [x.index, x.position])).toEqual([
      [0, 0],
      [1, 1],
    ]);
  });
});

describe('fill matching: order and exclusions', () => {
  it('returns matches in page order, boxes first when filling', () => {
    const s = [
      saved('ผลการดำเนินงาน', 'r'),
      saved('ไตรมาสที่รายงาน', 'q', 'select'),
      saved('ยุทธศาสตร์ชาติ', '', 'checkbox', ['แผนที่รายงาน'], true),
    ];
    const p = page(
      field('ไตรมาสที่รายงาน', '', { kind: 'select' }),
      field('ผลการดำเนินงาน', ''),
      field('ยุทธศาสตร์ชาติ', '', { kind: 'checkbox', checked: false }),
    );
    const m = matchFields(s, p, profile);
    expect(m.matches.map((x) => x.position)).toEqual([0, 1, 2]);
    expect(fillOrder(m.matches, p).map((x) => x.position)).toEqual([2, 0, 1]);
  });

  it('skips page fields already used and saved fields not asked for; reports unmatched', () => {
    const s = [saved('ผลการดำเนินงาน', 'r'), saved('ไม่มีในหน้านี้', 'x'), saved('ปัญหา/อุปสรรค', 'p')];
    const p = page(field('ผลการดำเนินงาน', ''), field('ปัญหา/อุปสรรค', ''));
    const m = matchFields(s, p, profile, { only: new Set([1, 2]), skipPositions: new Set([0]) });
    expect(m.matches.map((x) => [x.index, x.position])).toEqual([[2, 1]]);
    expect(m.unmatched).toEqual([1]);
  });

  it('prefers the exact label over a concept variant when both are on the page', () => {
    const s = [saved('ผลการใช้จ่าย', '1'), saved('ผลการเบิกจ่าย', '2')];
    const p = page(field('ผลการเบิกจ่าย', ''), field('ผลการใช้จ่าย', ''));
    expect(pairs(s, p)).toEqual({ 'ผลการใช้จ่าย': 'ผลการใช้จ่าย', 'ผลการเบิกจ่าย': 'ผลการเบิกจ่าย' });
  });
});

describe('fill values', () => {
  it('chooses an option by its text, tolerant but never ambiguous', () => {
    const opts = ['ไตรมาสที่ 1 (ต.ค. - ธ.ค.)', 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)'];
    expect(chooseOption(opts, 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)')?.index).toBe(1);
    expect(chooseOption(opts, 'ไตรมาสที่ ๒ (ม.ค.-มี.ค.)')?.index).toBe(1);
    expect(chooseOption(opts, 'ไตรมาสที่ 2')?.index).toBe(1);
    expect(chooseOption(['ด้านความมั่นคง', 'ด้านการสร้างความสามารถในการแข่งขัน'], 'การสร้างความสามารถในการแข่งขัน')?.index).toBe(1);
    expect(chooseOption(['ด้าน ก ข', 'ด้าน ก ค'], 'ด้าน ก')).toBeNull();
    expect(chooseOption(opts, 'ไตรมาสที่ 3')).toBeNull();
  });

  it('reads numbers the way staff write them', () => {
    expect(numberIn('ร้อยละ ๔๕')).toBe(45);
    expect(numberIn('1,500.50 บาท')).toBe(1500.5);
    expect(Number.isNaN(numberIn('ไม่มี'))).toBe(true);
  });

  it('knows when a field already has the value, and when filling would overwrite user data', () => {
    const select = field('ไตรมาสที่รายงาน', 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)', { kind: 'select', options: ['ไตรมาสที่ 1 (ต.ค. - ธ.ค.)', 'ไตรมาสที่ 2 (ม.ค. - มี.ค.)'] });
    expect(alreadyHas(select, saved('ไตรมาส', 'ไตรมาสที่ 2', 'select'))).toBe(true);
    expect(wouldOverwrite(select, saved('ไตรมาส', 'ไตรมาสที่ 1', 'select'))).toBe(true);
    const slider = field('ความก้าวหน้า', '0', { kind: 'slider', number: 0, empty: false });
    expect(hasUserValue(slider)).toBe(false); // a slider at 0 is what an empty form shows
    expect(wouldOverwrite(slider, saved('ความก้าวหน้า', '45', 'slider'))).toBe(false);
    const box = field('ยุทธศาสตร์ชาติ', 'true', { kind: 'checkbox', checked: true });
    expect(wouldOverwrite(box, saved('ยุทธศาสตร์ชาติ', '', 'checkbox', [], false))).toBe(true);
    expect(alreadyHas(box, saved('ยุทธศาสตร์ชาติ', '', 'checkbox', [], true))).toBe(true);
    const readOnly = field('ชื่อโครงการ', 'ก', { editable: false });
    expect(wouldOverwrite(readOnly, saved('ชื่อโครงการ', 'ข'))).toBe(false);
    expect(alreadyHas(field('ผล', 'a  b\n'), saved('ผล', 'a b'))).toBe(true);
  });
});
