/**
 * The approver matcher over option texts generated the way people write them: titles in full
 * and abbreviated × province / cluster names appended × people's names (with and without a
 * title) × layouts (brackets, dash, bar, "ตำแหน่ง", two lines, name after the position).
 * The expected verdict of every text comes from how it was built (which position, whether a
 * person is named), never from the matcher: zero false "right", zero false "wrong".
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as P } from '@/utils/profile/default';
import { checkRecipient, type RecipientVerdict } from '@/utils/recipient';
import { machineSlowdown } from './machine';

type Budget = 'provincial' | 'cluster';
/** what a position is: a budget type's recipient, its unit (an office, not a person's post), or never the recipient */
type Kind = Budget | 'unit:provincial' | 'unit:cluster' | 'wrong';

const PROVINCE_PLACES = ['', 'ระยอง', ' ระยอง', ' จ.ระยอง'];
const CLUSTER_PLACES = ['', 'ภาคตะวันออก 1', ' ภาคตะวันออก ๑', 'ภาคตะวันออก'];

/** {P}: a province name may follow; {C}: a cluster name may follow. */
const POSITIONS: [string, Kind][] = [
  ['หัวหน้าสำนักงานจังหวัด{P}', 'provincial'],
  ['หน.สนจ.{P}', 'provincial'],
  ['หัวหน้า สนจ.{P}', 'provincial'],
  ['หน. สำนักงานจังหวัด{P}', 'provincial'],
  ['หน.สนง.จังหวัด{P}', 'provincial'],
  ['หัวหน้าสำนักงาน จังหวัด{P}', 'provincial'],
  ['ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด{C}', 'cluster'],
  ['ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด{C}', 'cluster'],
  ['ผอ. กลุ่มงานบริหารยุทธศาสตร์ กลุ่มจังหวัด{C}', 'cluster'],
  ['ผอ.กลุ่มงานบริหารยุทธศาสตร์ฯ', 'cluster'],
  ['ผอ.กลุ่มงานบริหารยุทธศาสตร์…', 'cluster'],
  ['ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์...', 'cluster'],
  ['หัวหน้า OSM{C}', 'cluster'],
  ['ผอ. OSM{C}', 'cluster'],
  ['ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด{C} (OSM)', 'cluster'],
  ['หัวหน้ากลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด{C}', 'cluster'],
  ['ผู้อำนวยการสำนักบริหารยุทธศาสตร์กลุ่มจังหวัด{C}', 'cluster'],
  ['สำนักงานจังหวัด{P}', 'unit:provincial'],
  ['สนจ.{P}', 'unit:provincial'],
  ['กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด{C}', 'unit:cluster'],
  ['สำนักบริหารยุทธศาสตร์กลุ่มจังหวัด{C}', 'unit:cluster'],
  ['OSM{C}', 'unit:cluster'],
  // look-alikes
  ['หัวหน้ากลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', 'wrong'],
  ['หน.กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด{P}', 'wrong'],
  ['ผอ.กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', 'wrong'],
  ['หัวหน้ากลุ่มงานยุทธศาสตร์ฯ', 'wrong'],
  ['รองผู้ว่าราชการจังหวัด{P}', 'wrong'],
  ['รอง ผวจ.{P}', 'wrong'],
  ['ผู้ว่าราชการจังหวัด{P}', 'wrong'],
  ['ผวจ.{P}', 'wrong'],
  ['ปลัดจังหวัด{P}', 'wrong'],
  ['หัวหน้ากลุ่มจังหวัด{C}', 'wrong'],
  ['ผู้ช่วยหัวหน้าสำนักงานจังหวัด{P}', 'wrong'],
  ['รอง หัวหน้าสำนักงานจังหวัด{P}', 'wrong'],
  ['นักวิเคราะห์นโยบายและแผน สำนักงานจังหวัด{P}', 'wrong'],
  ['นักวิเคราะห์นโยบายและแผนชำนาญการ กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด{C}', 'wrong'],
  ['เจ้าหน้าที่ OSM{C}', 'wrong'],
  ['เจ้าพนักงานธุรการ สำนักบริหารยุทธศาสตร์กลุ่มจังหวัด{C}', 'wrong'],
  ['ผู้อำนวยการสำนักงานพัฒนาชุมชนจังหวัด{P}', 'wrong'],
  ['ผู้อำนวยการกองยุทธศาสตร์และแผนงาน', 'wrong'],
];

const NAMES = [
  'นายสมชาย ใจดี',
  'นางสาวพิมพ์ใจ รักษ์ดี',
  'ว่าที่ร้อยตรีพิรุณ เหมะรักษ์',
  'ดร.สมศักดิ์ ชัยมงคล',
  'นาง อนงค์ อารีกุล',
  'สมชาย ใจดี',
  'Somchai Jaidee',
];

type Layout = (name: string, position: string) => string;
const LAYOUTS: Layout[] = [
  (n, p) => `${n} (${p})`,
  (n, p) => `${n} - ${p}`,
  (n, p) => `${n}\n${p}`,
  (n, p) => `${p} (${n})`,
  (n, p) => `${n} ตำแหน่ง ${p}`,
  (n, p) => `${n} | ${p}`,
  (n, p) => `${n} ${p}`,
  (n, p) => `${p}\n${n}`,
];

interface Case {
  text: string;
  expected: Record<Budget, RecipientVerdict>;
}

const verdictFor = (kind: Kind, named: boolean, budget: Budget): RecipientVerdict => {
  if (kind === 'wrong') return 'mismatch';
  if (kind.startsWith('unit:')) {
    // an office with a person's name: someone of that office, whose post is not shown
    if (named) return 'unknown';
    return kind === `unit:${budget}` ? 'match' : 'mismatch';
  }
  return kind === budget ? 'match' : 'mismatch';
};

function placed(template: string): string[] {
  if (template.includes('{P}')) return PROVINCE_PLACES.map((p) => template.replace('{P}', p));
  if (template.includes('{C}')) return CLUSTER_PLACES.map((c) => template.replace('{C}', c ? ` ${c}`.replace(/^ {2}/, ' ') : ''));
  return [template];
}

function cases(): Case[] {
  const out: Case[] = [];
  const add = (text: string, kind: Kind, named: boolean) =>
    out.push({ text, expected: { provincial: verdictFor(kind, named, 'provincial'), cluster: verdictFor(kind, named, 'cluster') } });
  for (const [template, kind] of POSITIONS) {
    for (const position of placed(template)) {
      add(position, kind, false);
      for (const name of NAMES) for (const layout of LAYOUTS) add(layout(name, position), kind, true);
    }
  }
  // a person only: nothing to judge
  for (const name of NAMES) {
    out.push({ text: name, expected: { provincial: 'unknown', cluster: 'unknown' } });
    out.push({ text: `${name}\nโทร. 08 1234 5678`, expected: { provincial: 'unknown', cluster: 'unknown' } });
    out.push({ text: `ชื่อ: ${name}`, expected: { provincial: 'unknown', cluster: 'unknown' } });
  }
  return out;
}

const ALL = cases();

describe.each(['provincial', 'cluster'] as const)('matcher over generated option texts, %s budget', (budget) => {
  it('at least 300 texts of each kind of verdict and source: right, wrong, look-alike, abbreviated, name-only', () => {
    expect(ALL.length).toBeGreaterThanOrEqual(300);
    const by = (v: RecipientVerdict) => ALL.filter((c) => c.expected[budget] === v).length;
    expect(by('match')).toBeGreaterThanOrEqual(300);
    expect(by('mismatch')).toBeGreaterThanOrEqual(300);
    expect(by('unknown')).toBeGreaterThanOrEqual(20);
  });

  it('no false "right" and no false "wrong"', () => {
    const falseRight: string[] = [];
    const falseWrong: string[] = [];
    const other: string[] = [];
    for (const c of ALL) {
      const got = checkRecipient(c.text, budget, P).verdict;
      const want = c.expected[budget];
      if (got === want) continue;
      if (got === 'match') falseRight.push(c.text);
      else if (got === 'mismatch') falseWrong.push(c.text);
      else other.push(`${c.text} → ${got}, want ${want}`);
    }
    expect(falseRight).toEqual([]);
    expect(falseWrong).toEqual([]);
    expect(other).toEqual([]);
  });
});

describe('matcher work is bounded', () => {
  it('a 66 KB option text is judged in under 100 ms (at this machine\'s current speed)', async () => {
    const huge = 'หัวหน้าสำนักงานจังหวัด OSM '.repeat(66 * 1024 / 26);
    expect(huge.length).toBeGreaterThan(66_000);
    checkRecipient('warm-up หน.สนจ.', 'provincial', P);
    const slowdown = await machineSlowdown();
    const t0 = performance.now();
    checkRecipient(huge, 'provincial', P);
    checkRecipient(`นายสมชาย ใจดี (${'ก'.repeat(66_000)})`, 'cluster', P);
    const ms = performance.now() - t0;
    // ~2 ms on an idle machine
    expect(ms).toBeLessThan(100 * slowdown);
  });
});
