import { describe, expect, it } from 'vitest';
import {
  THAI_MONTHS,
  THAI_MONTHS_SHORT,
  addDays,
  formatThaiDate,
  isProbablyCeForBe,
  localDate,
  monthFromName,
  monthsInText,
  parseFiscalYear,
  parseQuarter,
  parseThaiDate,
  parseThaiDateDetailed,
  quarterLabel,
  sameDay,
  toThaiDigits,
  type FormatThaiDateOptions,
  type Quarter,
} from '@/utils/calendar';
import { arabicDigits } from '@/utils/text';

const ymd = (d: Date | null) => (d ? [d.getFullYear(), d.getMonth() + 1, d.getDate()] : null);

describe('parseThaiDate: accepted formats (all 25 Mar 2021)', () => {
  it.each([
    '๒๕ มีนาคม ๒๕๖๔',
    '25 มีนาคม 2564',
    '25 มี.ค. 64',
    '25 มี.ค. 2564',
    '25/03/2564',
    '25/3/64',
    '25-03-2564',
    '25.03.2564',
    '25 / 03 / 2564',
    '2021-03-25',
    '2564-03-25',
    '25 March 2021',
    '25 Mar 2021',
    '25 mar. 2021',
    'March 25, 2021',
    '25th March 2021',
    '25 มีค 64',
    '25 มี. ค. 64',
    '25มี.ค.64',
    '25มีนาคม2564',
    '25 มีนา 64',
    'วันที่ 25 มีนาคม 2564',
    'วันที่ 25 มีนาคม พ.ศ. 2564',
    'วันที่ ๒๕ เดือนมีนาคม พ.ศ. ๒๕๖๔',
    'วันพฤหัสบดีที่ ๒๕ มีนาคม ๒๕๖๔',
    'ณ วันที่ 25 มี.ค. 64',
    '25 มี.ค. พ.ศ.2564',
    '25 มีนาคม พศ 2564',
    '25 มีนาคม ค.ศ. 2021',
    '25 มี.ค. ค.ศ. 21',
    '25 มีนาคม 2021',
    '  25   มี.ค.   64  ',
    '25\u00A0มีนาคม\u00A02564',
    '2\u200B5 มี\u200Bนาคม 2564',
    '\uFEFF25/03/2564\u200B',
    '๒๕/๐๓/๒๕๖๔',
    '๒๕/๓/๖๔',
  ])('%s', (s) => {
    const d = parseThaiDate(s);
    expect(ymd(d)).toEqual([2021, 3, 25]);
    expect(d!.getHours() + d!.getMinutes() + d!.getSeconds()).toBe(0);
  });
});

describe('parseThaiDate: every month name', () => {
  it.each(THAI_MONTHS.map((name, i) => [name, THAI_MONTHS_SHORT[i]!, i + 1] as const))(
    '%s / %s',
    (full, short, month) => {
      expect(ymd(parseThaiDate(`1 ${full} 2567`))).toEqual([2024, month, 1]);
      expect(ymd(parseThaiDate(`1 ${short} 67`))).toEqual([2024, month, 1]);
      expect(ymd(parseThaiDate(`1 ${short.replace(/\./g, '')} 67`))).toEqual([2024, month, 1]);
      expect(ymd(parseThaiDate(`๑ ${short} ๒๕๖๗`))).toEqual([2024, month, 1]);
    },
  );

  it('accepts the common กรกฏาคม misspelling and clipped forms', () => {
    expect(ymd(parseThaiDate('5 กรกฏาคม 2567'))).toEqual([2024, 7, 5]);
    expect(ymd(parseThaiDate('5 ตุลา 67'))).toEqual([2024, 10, 5]);
  });

  it('monthFromName and monthsInText', () => {
    expect(monthFromName('ก.พ.')).toBe(2);
    expect(monthFromName('กพ')).toBe(2);
    expect(monthFromName('September')).toBe(9);
    expect(monthFromName('sep')).toBe(9);
    expect(monthFromName('ฟูบาร์')).toBeNull();
    expect(monthsInText('1 ม.ค. 66 - 31 มี.ค. 66')).toEqual([1, 3]);
    expect(monthsInText('ตุลาคม – ธันวาคม')).toEqual([10, 12]);
    expect(monthsInText('มีความก้าวหน้า')).toEqual([]);
  });
});

describe('parseThaiDate: leap years are computed on the CE year', () => {
  it.each(['29 ก.พ. 2567', '29 กุมภาพันธ์ 2567', '๒๙ กุมภาพันธ์ ๒๕๖๗', '29/02/2567', '29/2/67', '2024-02-29'])(
    'accepts %s (BE 2567 = 2024)',
    (s) => {
      expect(ymd(parseThaiDate(s))).toEqual([2024, 2, 29]);
    },
  );
  it('accepts 29 Feb 2543 (= 2000, divisible by 400)', () => {
    expect(ymd(parseThaiDate('29/02/2543'))).toEqual([2000, 2, 29]);
  });
  it.each(['29 ก.พ. 2566', '29/02/2566', '29/2/66', '29 กุมภาพันธ์ 2021', '2023-02-29', '29/02/2443'])(
    'rejects %s',
    (s) => {
      expect(parseThaiDate(s)).toBeNull();
    },
  );
});

describe('parseThaiDate: rejected input', () => {
  it.each([
    'ไม่ทราบ',
    '',
    '   ',
    '\u200B',
    '32/01/2564',
    '31/04/2564',
    '31 เมษายน 2564',
    '30 ก.พ. 2567',
    '00/01/2564',
    '15/13/2564',
    '15/00/2564',
    '25 ฟูบาร์ 2564',
    '25/03/564',
    '25/03/2300',
    '25/03/1850',
    '25-03/2564',
    '2564',
    '25 มีนาคม',
    'มีนาคม 2564',
    '25 มีนาคม พ.ศ. 2021',
    '25 มีนาคม ค.ศ. 2564',
    '25 มีนาคม พ.ศ. 2564 ค.ศ. 2021',
    '1 ม.ค. 66 - 31 มี.ค. 66',
    '2021-13-01',
    '2021/03/25/01',
    '25/03/2564 extra',
    '125/03/2564',
  ])('%j', (s) => {
    expect(parseThaiDate(s)).toBeNull();
  });

  it('rejects non-strings without throwing', () => {
    expect(parseThaiDate(undefined as unknown as string)).toBeNull();
    expect(parseThaiDate(20210325 as unknown as string)).toBeNull();
  });
});

describe('parseThaiDateDetailed: how the year was written', () => {
  it('reports era, explicitness and short years', () => {
    expect(parseThaiDateDetailed('25/03/2564')).toMatchObject({ typedYear: 2564, era: 'BE', eraExplicit: false, shortYear: false });
    expect(parseThaiDateDetailed('25/3/64')).toMatchObject({ typedYear: 64, era: 'BE', shortYear: true });
    expect(parseThaiDateDetailed('25 มี.ค. พ.ศ. 2564')).toMatchObject({ era: 'BE', eraExplicit: true });
    expect(parseThaiDateDetailed('25/03/2021')).toMatchObject({ typedYear: 2021, era: 'CE', eraExplicit: false });
    expect(parseThaiDateDetailed('25 มี.ค. ค.ศ. 21')).toMatchObject({ typedYear: 21, era: 'CE', eraExplicit: true, shortYear: true });
  });

  it('feeds the CE-where-BE-expected rule', () => {
    const typed = parseThaiDateDetailed('15/01/2024')!;
    expect(typed.era).toBe('CE');
    expect(isProbablyCeForBe(typed.typedYear, 2567)).toBe(true);
    const right = parseThaiDateDetailed('15/01/2567')!;
    expect(isProbablyCeForBe(right.typedYear, 2567)).toBe(false);
  });
});

describe('formatThaiDate', () => {
  const d = localDate(2021, 3, 25);
  it.each([
    [{}, '25 มีนาคม 2564'],
    [{ style: 'long' }, '25 มีนาคม 2564'],
    [{ style: 'short' }, '25 มี.ค. 64'],
    [{ style: 'numeric' }, '25/03/2564'],
    [{ style: 'long', digits: 'thai' }, '๒๕ มีนาคม ๒๕๖๔'],
    [{ style: 'short', digits: 'thai' }, '๒๕ มี.ค. ๖๔'],
    [{ style: 'numeric', digits: 'thai' }, '๒๕/๐๓/๒๕๖๔'],
  ] as [FormatThaiDateOptions, string][])('%j → %s', (opts, expected) => {
    expect(formatThaiDate(d, opts)).toBe(expected);
  });

  it('pads numeric days/months and short years', () => {
    expect(formatThaiDate(localDate(2025, 1, 1), { style: 'numeric' })).toBe('01/01/2568');
    expect(formatThaiDate(localDate(2025, 1, 1), { style: 'short' })).toBe('1 ม.ค. 68');
    expect(formatThaiDate(localDate(1963, 9, 30), { style: 'short' })).toBe('30 ก.ย. 06');
    expect(formatThaiDate(localDate(2024, 10, 5))).toBe('5 ตุลาคม 2567');
  });

  it('uses the local day even late in the evening', () => {
    expect(formatThaiDate(new Date(2024, 8, 30, 23, 59), { style: 'numeric' })).toBe('30/09/2567');
  });

  it('round-trips every day of FY2567 (leap year) in every style and digit set', () => {
    const styles = ['long', 'short', 'numeric'] as const;
    for (let t = localDate(2023, 10, 1); t <= localDate(2024, 9, 30); t = addDays(t, 1)) {
      for (const style of styles) {
        for (const digits of ['arabic', 'thai'] as const) {
          const text = formatThaiDate(t, { style, digits });
          const back = parseThaiDate(text);
          expect(back && sameDay(back, t), text).toBe(true);
        }
      }
    }
  });
});

describe('toThaiDigits', () => {
  it('converts only digits', () => {
    expect(toThaiDigits('2564')).toBe('๒๕๖๔');
    expect(toThaiDigits(25)).toBe('๒๕');
    expect(toThaiDigits('ไตรมาส 2 (Q2)')).toBe('ไตรมาส ๒ (Q๒)');
    expect(toThaiDigits('ไม่มีตัวเลข')).toBe('ไม่มีตัวเลข');
  });
  it('is undone by arabicDigits', () => {
    expect(arabicDigits(toThaiDigits('0123456789/10'))).toBe('0123456789/10');
  });
});

describe('parseQuarter', () => {
  it.each([
    ['ไตรมาสที่ 2 (ม.ค. - มี.ค.)', 2],
    ['ไตรมาสที่ 1 (ต.ค. - ธ.ค.)', 1],
    ['ไตรมาสที่ 4 (ก.ค.–ก.ย.) 2568', 4],
    ['ไตรมาส ๒', 2],
    ['ไตรมาสที่2', 2],
    ['ไตรมาสที่ ๓', 3],
    ['ไตร\u200Bมาสที่ 2', 2],
    ['รายงานไตรมาสที่ 3/2568', 3],
    ['Q2', 2],
    ['q3', 3],
    ['Q1/68', 1],
    ['Quarter 4', 4],
    ['2', 2],
    [' 4 ', 4],
    ['๔', 4],
    ['(เม.ย. - มิ.ย.)', 3],
    ['ตุลาคม - ธันวาคม', 1],
    ['ก.ค. ถึง ก.ย.', 4],
    ['รอบ 6 เดือน', 2],
    ['รอบ ๑๒ เดือน', 4],
    ['รอบ 3 เดือน', 1],
    ['ไตรมาสที่ 2 (ต.ค. - ธ.ค.)', 2],
  ] as [string, Quarter][])('%s → %i', (text, q) => {
    expect(parseQuarter(text)).toBe(q);
  });

  it.each([
    '',
    'ไม่ทราบ',
    'ไตรมาส',
    'ไตรมาสที่ 5',
    'ไตรมาสที่ 0',
    'ไตรมาสที่ 12',
    'ไตรมาสที่ 1-2',
    '0',
    '5',
    '12',
    '2568',
    '-- เลือกไตรมาส --',
    'ม.ค. - เม.ย.',
    'มี.ค. - ม.ค.',
    'รอบ 5 เดือน',
    'FAQ2',
    'มีความก้าวหน้า',
  ])('%j → null', (text) => {
    expect(parseQuarter(text)).toBeNull();
  });

  it('reads back every quarterLabel, Arabic and Thai digits', () => {
    for (const q of [1, 2, 3, 4] as Quarter[]) {
      expect(parseQuarter(quarterLabel(q))).toBe(q);
      expect(parseQuarter(quarterLabel(q, { digits: 'thai', fiscalYear: 2568 }))).toBe(q);
    }
    expect(quarterLabel(2)).toBe('ไตรมาสที่ 2 (ม.ค. - มี.ค.)');
    expect(quarterLabel(4, { fiscalYear: 2568, digits: 'thai' })).toBe('ไตรมาสที่ ๔ (ก.ค. - ก.ย.) ปีงบประมาณ ๒๕๖๘');
  });
});

describe('parseFiscalYear', () => {
  it.each([
    ['2568', 2568],
    ['68', 2568],
    ['๖๘', 2568],
    ['ปีงบประมาณ พ.ศ. ๒๕๖๘', 2568],
    ['ปีงบประมาณ พ.ศ.2568', 2568],
    ['พ.ศ. 2568', 2568],
    ['ปีงบประมาณ 2567', 2567],
    ['ปีงบ 68', 2568],
    ['ปีงบฯ 2566', 2566],
    ['FY2568', 2568],
    ['fy 2025', 2568],
    ['ค.ศ. 2025', 2568],
    ['2025', 2568],
    ['25\u200B68', 2568],
    ['2568 (1 ต.ค. 67 - 30 ก.ย. 68)', 2568],
    ['ปีงบประมาณ พ.ศ. 2568 (1 ต.ค. 2567 - 30 ก.ย. 2568)', 2568],
    ['ไตรมาสที่ 2 ปี 2566', 2566],
  ] as [string, number][])('%s → %i', (text, fy) => {
    expect(parseFiscalYear(text)).toBe(fy);
  });

  it.each([
    '',
    'ไม่ทราบ',
    'ปีงบประมาณ',
    '-- เลือกปีงบประมาณ --',
    '5',
    '123',
    '2300',
    '25681',
    'ค.ศ. 2568',
    '25/03/2564',
    'ไตรมาสที่ 2',
  ])('%j → null', (text) => {
    expect(parseFiscalYear(text)).toBeNull();
  });
});
