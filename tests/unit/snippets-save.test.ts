/** Issue 5: what "save this form" offers and stores. */
import { describe, expect, it } from 'vitest';
import { keptByDefault, parseTags, sectionScopes, toSavedField } from '@/components/snippets/SaveDialogs';
import { field } from './snapshot-builder';

describe('saving a form', () => {
  it('offers the sections where the fields part ways, not a page title above them all', () => {
    const page = ['บันทึกรายงานความก้าวหน้า'];
    const fields = [
      field('ชื่อโครงการ', 'ก', { section: [...page, 'ข้อมูลโครงการ'], editable: false }),
      field('ผลการดำเนินงาน', 'ข', { section: [...page, 'รายงานผลการดำเนินงาน'] }),
      field('เป้าหมาย', 'ค', { section: [...page, 'ความสอดคล้องกับแผน', 'ยุทธศาสตร์ชาติ'] }),
      field('เป้าหมาย', 'ง', { section: [...page, 'ความสอดคล้องกับแผน', 'แผนพัฒนาฯ ฉบับที่ 13'] }),
    ];
    expect(sectionScopes(fields)).toEqual({ level: 1, titles: ['ข้อมูลโครงการ', 'รายงานผลการดำเนินงาน', 'ความสอดคล้องกับแผน'] });
    expect(sectionScopes([fields[2]!, fields[3]!])).toEqual({ level: 2, titles: ['ยุทธศาสตร์ชาติ', 'แผนพัฒนาฯ ฉบับที่ 13'] });
    expect(sectionScopes([field('ก', 'x'), field('ข', 'y', { section: ['หมวด'] })])).toEqual({ level: 0, titles: ['หมวด'] });
  });

  it('keeps what the user entered, leaves read-only context and unlabelled fields out', () => {
    expect(keptByDefault(field('ผลการดำเนินงาน', 'x'))).toBe(true);
    expect(keptByDefault(field('ผลการดำเนินงาน', ''))).toBe(false);
    expect(keptByDefault(field('ชื่อโครงการ', 'x', { editable: false }))).toBe(false);
    expect(keptByDefault(field('', 'x'))).toBe(false);
    expect(keptByDefault(field('ความก้าวหน้า', '0', { kind: 'slider', number: 0, empty: false }))).toBe(true);
    expect(keptByDefault(field('แผนการปฏิรูปประเทศ', '', { kind: 'checkbox', checked: false }))).toBe(true);
  });

  it('stores a slider as its number and a box as its state', () => {
    expect(toSavedField(field('ความก้าวหน้า', '45%', { kind: 'slider', number: 45, section: ['ก'] }))).toEqual({ label: 'ความก้าวหน้า', section: ['ก'], kind: 'slider', value: '45' });
    expect(toSavedField(field('ยุทธศาสตร์ชาติ', 'true', { kind: 'checkbox', checked: true }))).toEqual({ label: 'ยุทธศาสตร์ชาติ', section: [], kind: 'checkbox', value: '', checked: true });
    expect(parseTags(' รายงาน, ไตรมาส 4 ,รายงาน,, ')).toEqual(['รายงาน', 'ไตรมาส 4']);
  });
});
