/** Builds FormSnapshots for rule tests without a DOM. */
import type { FieldSnapshot, FormSnapshot } from '@/utils/types';

let n = 0;
export function field(label: string, value: string, extra: Partial<FieldSnapshot> = {}): FieldSnapshot {
  const kind = extra.kind ?? 'text';
  return {
    key: 'f' + n++,
    label,
    kind,
    value,
    empty: extra.empty ?? value.trim() === '',
    editable: true,
    required: false,
    section: [],
    ...extra,
  };
}

export function snapshot(fields: FieldSnapshot[], headings: string[] = ['บันทึกรายงานความก้าวหน้า']): FormSnapshot {
  return { url: 'https://emenscr.nesdc.go.th/replica/test/report/1', title: 'eMENSCR', headings, fields };
}

export const STRATEGY = ['ความสอดคล้องกับแผน', 'ยุทธศาสตร์ชาติ'];
export const PLAN13 = ['ความสอดคล้องกับแผน', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13'];
export const PLAN12 = ['ความสอดคล้องกับแผน', 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 12'];

export function planBlock(section: string[], filled: boolean): FieldSnapshot[] {
  return [
    field('ด้าน / หมุดหมาย', filled ? 'ด้านการสร้างความสามารถในการแข่งขัน' : '', { kind: 'select', section }),
    field('เป้าหมาย', filled ? 'เป้าหมายที่ 1' : '', { kind: 'select', section }),
    field('ผลการดำเนินงานที่สอดคล้อง', filled ? 'ดำเนินการแล้ว' : '', { section }),
  ];
}
