import { describe, expect, it } from 'vitest';
import { DEFAULT_PROFILE as P } from '@/utils/profile/default';
import { ProfileSchema, type Profile } from '@/utils/profile/schema';
import {
  checkRecipient,
  classifyRecipient,
  detectBudgetType,
  normalizeRecipient,
  type RecipientOptions,
  type RecipientReason,
} from '@/utils/recipient';

const ZW = '\u200B';
const HEAD = 'หัวหน้าสำนักงานจังหวัด';
const OSM = 'ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด';
const RAYONG: RecipientOptions = { province: 'ระยอง', cluster: 'ภาคตะวันออก 1' };

/** Options that are the provincial-budget recipient (checked with and without the user's province). */
const PROVINCIAL_OK: string[] = [
  'หัวหน้าสำนักงานจังหวัด',
  'หัวหน้าสำนักงานจังหวัดระยอง',
  'นายสมชาย ใจดี (หัวหน้าสำนักงานจังหวัดระยอง)',
  'นางสาวสุดารัตน์ มั่นคง - หัวหน้าสำนักงานจังหวัดระยอง',
  'ว่าที่ร้อยตรีประเสริฐ ศรีสุข (หัวหน้าสำนักงานจังหวัด)',
  'ว่าที่ ร.ต.หญิง กนกพร ใจงาม (หน.สนจ.ระยอง)',
  'หน.สนจ.',
  'หน.สนจ.ระยอง',
  'หัวหน้า สนจ. ระยอง',
  'หน. สนง.จังหวัดระยอง',
  'หน.สนง.จ.ระยอง',
  'หัวหน้า  สำนักงาน จังหวัด   ระยอง',
  `หัวหน้า${ZW}สำนักงาน${ZW}จังหวัด${ZW}ระยอง`,
  '\u00A0 หัวหน้าสำนักงานจังหวัดระยอง \u00A0',
  'สำนักงานจังหวัดระยอง',
  'สนจ.ระยอง',
  'นายวีระ ทองดี หัวหน้าสำนักงานจังหวัดระยอง',
  'นาย วีระ ทองดี ตำแหน่ง: หัวหน้าสำนักงานจังหวัดระยอง',
  'หัวหน้าสำนักงานจังหวัดระยอง (นายสมชาย ใจดี)',
  'ดร.สมศักดิ์ ชัยมงคล | หัวหน้าสำนักงานจังหวัดระยอง',
  'พ.ต.อ. ณรงค์ เด่นชัย (หัวหน้าสำนักงานจังหวัดระยอง)',
  'หัวหน้าสำนักงานฯ',
  'Mr. Somchai Jaidee (หัวหน้าสำนักงานจังหวัดระยอง)',
  'หัวหน้าสำนักงานจังหวัดระยอง โทร. ๐ ๓๘๖๙ ๔๐๐๐',
  'นางสาวพรทิพย์ แสงทอง (หัวหน้าสำนักงานจังหวัดระยอง ปฏิบัติราชการแทนผู้ว่าราชการจังหวัดระยอง)',
  'นายสมชาย ใจดี (หัวหน้าสำนักงานจังหวัด) สำนักงานจังหวัดระยอง',
];

/** Options that are the cluster-budget recipient (OSM). */
const CLUSTER_OK: string[] = [
  OSM,
  'ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1',
  'ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์ กลุ่มจังหวัดภาคตะวันออก ๑ (OSM)',
  'นางสาวพิมพ์ใจ รักษ์ดี (ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1)',
  'ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
  'ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด (OSM)',
  'ผอ. กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก ๑',
  'OSM',
  'osm',
  'หัวหน้า OSM',
  'ผอ. OSM',
  'ผู้อำนวยการ OSM',
  'หัวหน้า OSM ภาคตะวันออก ๑',
  'หัวหน้ากลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
  'กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1',
  'ผู้อำนวยการสำนักบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1',
  'สำนักงานบริหารยุทธศาสตร์กลุ่มจังหวัด ภาคตะวันออก 1',
  'ว่าที่ร้อยตรีธนากร พูลสวัสดิ์ - ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก ๑',
  'นายกิตติ ศรีวงศ์ ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
  `ผู้อำนวยการ${ZW}กลุ่มงานบริหาร${ZW}ยุทธศาสตร์\uFEFFกลุ่มจังหวัด`,
  'ผู้อำนวยการ  กลุ่มงาน บริหารยุทธศาสตร์   กลุ่มจังหวัด',
  'ผอ.กลุ่มงานบริหารยุทธศาสตร์ฯ',
  'ผอ.กลุ่มงานบริหารยุทธศาสตร์ ฯ (OSM)',
  'ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด สำนักงานจังหวัดชลบุรี',
  'สำนักงานจังหวัดชลบุรี - ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1',
  'นางสาวนพวรรณ ชมชื่นมีกุล (ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด)',
];

type Bad = [text: string, reason: RecipientReason, opts?: RecipientOptions];

/** Options that must NOT pass for provincial budget. */
const PROVINCIAL_BAD: Bad[] = [
  ['รองผู้ว่าราชการจังหวัดระยอง', 'notRecipient'],
  ['ว่าที่ร้อยตรีพิรุณ เหมะรักษ์ (รองผู้ว่าราชการจังหวัดระยอง)', 'notRecipient'],
  ['รอง ผวจ.ระยอง', 'notRecipient'],
  ['ผู้ว่าราชการจังหวัด', 'notRecipient'],
  ['นายธีระ สุขใจ (ผู้ว่าราชการจังหวัดระยอง)', 'notRecipient'],
  ['ผวจ.ระยอง', 'notRecipient'],
  ['หัวหน้ากลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', 'notRecipient'],
  ['นางอนงค์ อารีกุล (หัวหน้ากลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด)', 'notRecipient'],
  ['หน.กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด สำนักงานจังหวัดระยอง', 'notRecipient'],
  ['หัวหน้ากลุ่มงานยุทธศาสตร์ฯ', 'notRecipient'],
  ['สำนักงานจังหวัดระยอง - รองผู้ว่าราชการจังหวัด', 'notRecipient'],
  ['ปลัดจังหวัดระยอง', 'notRecipient'],
  ['นายอำเภอเมืองระยอง', 'notRecipient'],
  ['ปลัดกระทรวงมหาดไทย', 'notRecipient'],
  ['หัวหน้าสำนักงานจังหวัดชลบุรี', 'otherPlace', RAYONG],
  ['นายสมชาย ใจดี (หน.สนจ.จันทบุรี)', 'otherPlace', RAYONG],
  ['หัวหน้าสำนักงานจังหวัดพระนครศรีอยุธยา', 'otherPlace', { province: 'จังหวัดระยอง' }],
  ['ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1', 'otherBudgetType'],
  ['นางสาวพิมพ์ใจ รักษ์ดี (ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1)', 'otherBudgetType'],
  ['OSM', 'otherBudgetType'],
  ['ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด (OSM)', 'otherBudgetType'],
  ['ผู้อำนวยการสำนักงานพัฒนาชุมชนจังหวัดระยอง', 'unrecognized'],
  ['นางสาวอนงค์พร อารีกุล (นักวิเคราะห์นโยบายและแผนชำนาญการ สำนักงานจังหวัดระยอง)', 'unrecognized'],
  ['ผู้ช่วยหัวหน้าสำนักงานจังหวัดระยอง', 'unrecognized'],
  ['ผู้อำนวยการฯ', 'unrecognized'],
];

/** Options that must NOT pass for cluster budget. */
const CLUSTER_BAD: Bad[] = [
  ['หัวหน้าสำนักงานจังหวัดระยอง', 'otherBudgetType'],
  ['นายสมชาย ใจดี (หัวหน้าสำนักงานจังหวัดระยอง)', 'otherBudgetType'],
  ['หน.สนจ.ระยอง', 'otherBudgetType'],
  ['สำนักงานจังหวัดระยอง', 'otherBudgetType'],
  ['หัวหน้ากลุ่มจังหวัดภาคตะวันออก 1', 'notRecipient'],
  ['ผู้ว่าราชการจังหวัดชลบุรี (หัวหน้ากลุ่มจังหวัดภาคตะวันออก 1)', 'notRecipient'],
  ['รองผู้ว่าราชการจังหวัดระยอง', 'notRecipient'],
  ['ผู้ว่าราชการจังหวัด', 'notRecipient'],
  ['หัวหน้ากลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', 'notRecipient'],
  ['ผู้อำนวยการกลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', 'notRecipient'],
  ['ผอ.กลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด', 'notRecipient'],
  ['ผู้อำนวยการสำนักงานพัฒนาชุมชนจังหวัด', 'unrecognized'],
  ['ผู้อำนวยการกองยุทธศาสตร์และแผนงาน', 'unrecognized'],
  ['นักวิเคราะห์นโยบายและแผน กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด', 'unrecognized'],
  ['หัวหน้ากลุ่มงานฯ', 'unrecognized'],
  ['ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 2', 'otherPlace', RAYONG],
  ['ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน 1', 'otherPlace', { cluster: 'กลุ่มจังหวัดภาคตะวันออก ๑' }],
];

/** Nothing to judge: verdict unknown whatever the budget type. */
const UNKNOWN: [string, RecipientReason][] = [
  ['-- กรุณาเลือก --', 'empty'],
  ['--กรุณาเลือก--', 'empty'],
  ['กรุณาเลือก', 'empty'],
  ['โปรดเลือก', 'empty'],
  ['', 'empty'],
  ['   ', 'empty'],
  ['—', 'empty'],
  ['นายสมชาย ใจดี', 'person'],
  ['ว่าที่ร้อยตรีพิรุณ เหมะรักษ์', 'person'],
];

describe('checkRecipient: provincial budget → หัวหน้าสำนักงานจังหวัด', () => {
  it.each(PROVINCIAL_OK)('match: %s', (text) => {
    expect(checkRecipient(text, 'provincial', P)).toEqual({
      verdict: 'match',
      expected: HEAD,
      recipientId: 'provincial',
      reason: 'ok',
    });
    expect(checkRecipient(text, 'provincial', P, RAYONG).verdict).toBe('match');
  });
  it.each(PROVINCIAL_BAD)('mismatch: %s (%s)', (text, reason, opts) => {
    const r = checkRecipient(text, 'provincial', P, opts);
    expect(r).toMatchObject({ verdict: 'mismatch', expected: HEAD, reason });
  });
});

describe('checkRecipient: cluster budget → ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด (OSM)', () => {
  it.each(CLUSTER_OK)('match: %s', (text) => {
    expect(checkRecipient(text, 'cluster', P)).toEqual({ verdict: 'match', expected: OSM, recipientId: 'cluster', reason: 'ok' });
    expect(checkRecipient(text, 'cluster', P, RAYONG).verdict).toBe('match');
  });
  it.each(CLUSTER_BAD)('mismatch: %s (%s)', (text, reason, opts) => {
    expect(checkRecipient(text, 'cluster', P, opts)).toMatchObject({ verdict: 'mismatch', expected: OSM, reason });
  });
});

describe('checkRecipient: unknown', () => {
  it.each(UNKNOWN)('nothing chosen or only a name: %j', (text, reason) => {
    for (const id of ['provincial', 'cluster']) {
      expect(checkRecipient(text, id, P)).toMatchObject({ verdict: 'unknown', reason });
    }
  });
  it('budget type unknown: says which recipient it is, but no verdict', () => {
    expect(checkRecipient('หน.สนจ.ระยอง', null, P)).toEqual({
      verdict: 'unknown',
      expected: null,
      recipientId: 'provincial',
      reason: 'noBudgetType',
    });
    expect(checkRecipient('OSM', 'no-such-type', P)).toMatchObject({ verdict: 'unknown', recipientId: 'cluster' });
  });
  it('a not-recipient is wrong whatever the budget type', () => {
    expect(checkRecipient('รองผู้ว่าราชการจังหวัดระยอง', undefined, P)).toEqual({
      verdict: 'mismatch',
      expected: null,
      reason: 'notRecipient',
    });
  });
  it('the province check only applies to province-scoped positions', () => {
    // a cluster recipient does not name the user's province
    expect(checkRecipient('ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1', 'cluster', P, { province: 'ระยอง' }).verdict).toBe('match');
    // without the user's province, another province's office is accepted
    expect(checkRecipient('หัวหน้าสำนักงานจังหวัดชลบุรี', 'provincial', P).verdict).toBe('match');
    expect(checkRecipient('หัวหน้าสำนักงานจังหวัดระยอง', 'provincial', P, { province: 'จ.ระยอง' }).verdict).toBe('match');
  });
});

describe('classifyRecipient', () => {
  it('names the budget type, the place and the not-recipients', () => {
    expect(classifyRecipient('นายสมชาย ใจดี (หัวหน้าสำนักงานจังหวัดระยอง)', P)).toEqual({
      kind: 'recipient',
      budgetTypeId: 'provincial',
      notRecipient: false,
      position: HEAD,
      place: 'ระยอง',
      placeMismatch: false,
    });
    expect(classifyRecipient('ผอ. กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน ๑', P)).toMatchObject({
      budgetTypeId: 'cluster',
      place: 'ภาคตะวันออกเฉียงเหนือตอนบน1',
    });
    expect(classifyRecipient('รองผู้ว่าราชการจังหวัดระยอง', P)).toMatchObject({
      kind: 'notRecipient',
      notRecipient: true,
      budgetTypeId: null,
    });
    expect(classifyRecipient('หัวหน้าสำนักงานจังหวัดชลบุรี', P, { province: 'ระยอง' })).toMatchObject({
      budgetTypeId: 'provincial',
      place: 'ชลบุรี',
      placeMismatch: true,
    });
  });
  it('traps: look alike but are not the recipient', () => {
    const id = (t: string) => classifyRecipient(t, P).budgetTypeId;
    expect(id('รองผู้ว่าราชการจังหวัด')).toBeNull();
    expect(id('หัวหน้ากลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด')).toBeNull();
    expect(id('ผู้ว่าราชการจังหวัด')).toBeNull();
    expect(id('ผู้อำนวยการสำนักงานพัฒนาชุมชนจังหวัด')).toBeNull();
    expect(id('หัวหน้ากลุ่มจังหวัด')).toBeNull();
    expect(id('หัวหน้ากลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด')).toBe('cluster');
  });
});

describe('normalizeRecipient', () => {
  it.each([
    ['นายสมชาย ใจดี (หัวหน้าสำนักงานจังหวัดระยอง)', HEAD],
    ['หน.สนจ.ระยอง', HEAD],
    ['หน. สนง.จังหวัด ระยอง', HEAD],
    [`หัวหน้า${ZW}สำนักงาน จังหวัด`, HEAD],
    ['นางสาวพิมพ์ใจ รักษ์ดี - ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออก 1', OSM],
    ['ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัดภาคตะวันออกเฉียงเหนือตอนบน ๑', OSM],
    ['ผอ.กลุ่มงานบริหารยุทธศาสตร์ฯ', OSM],
    ['ว่าที่ร้อยตรีพิรุณ เหมะรักษ์ (รองผู้ว่าราชการจังหวัดระยอง)', 'รองผู้ว่าราชการจังหวัด'],
    ['รอง ผวจ. ระยอง', 'รองผู้ว่าราชการจังหวัด'],
    ['ผู้อำนวยการสำนักงานพัฒนาชุมชนจังหวัดระยอง', 'ผู้อำนวยการสำนักงานพัฒนาชุมชนจังหวัด'],
    ['ผู้อำนวยการสำนักงานพัฒนาชุมชน กลุ่มจังหวัดภาคตะวันออก 1', 'ผู้อำนวยการสำนักงานพัฒนาชุมชนกลุ่มจังหวัด'],
    ['หัวหน้า OSM', 'หัวหน้าosm'],
    ['-- กรุณาเลือก --', ''],
    ['นายสมชาย ใจดี', ''],
  ])('%s → %s', (text, out) => {
    expect(normalizeRecipient(text, P)).toBe(out);
  });
});

describe('detectBudgetType', () => {
  it.each([
    ['งบจังหวัด', 'provincial'],
    ['งบประมาณจังหวัด', 'provincial'],
    ['งบพัฒนาจังหวัด', 'provincial'],
    ['งบประมาณรายจ่ายจังหวัด ปี ๒๕๖๘', 'provincial'],
    ['แหล่งงบประมาณ: งบจังหวัด', 'provincial'],
    ['แหล่งเงิน : งบประมาณจังหวัด (แผนปฏิบัติราชการจังหวัดระยอง)', 'provincial'],
    ['งบ จังหวัด', 'provincial'],
    [`งบ${ZW}จังหวัด`, 'provincial'],
    ['แผนงานบูรณาการพัฒนาพื้นที่ระดับภาค (จังหวัด)', 'provincial'],
    ['งบกลุ่มจังหวัด', 'cluster'],
    ['งบประมาณกลุ่มจังหวัด', 'cluster'],
    ['งบพัฒนากลุ่มจังหวัด', 'cluster'],
    ['แหล่งงบประมาณ: งบกลุ่มจังหวัด ปี 2568', 'cluster'],
    ['งบประมาณ กลุ่มจังหวัด ภาคตะวันออก ๑', 'cluster'],
    ['ประเภทงบประมาณ งบประมาณรายจ่ายกลุ่มจังหวัด', 'cluster'],
    ['แผนงานบูรณาการพัฒนาพื้นที่ระดับภาค (กลุ่มจังหวัด)', 'cluster'],
    ['', null],
    ['งบประมาณแผ่นดิน', null],
    ['เงินนอกงบประมาณ', null],
    ['ปีงบประมาณ 2568', null],
    ['กลุ่มจังหวัดภาคตะวันออก 1', null],
    ['จังหวัดระยอง', null],
    ['งบจังหวัด / งบกลุ่มจังหวัด', null],
  ])('%j → %s', (text, id) => {
    expect(detectBudgetType(text, P)).toBe(id);
  });
});

describe('profile data', () => {
  const key = (s: string) => normalizeRecipient(s, P);
  it('no recipient variant contains a not-recipient', () => {
    for (const b of P.budgetTypes) {
      for (const v of b.recipient.variants) {
        expect(classifyRecipient(v, P), v).toMatchObject({ kind: 'recipient', budgetTypeId: b.id });
      }
    }
    for (const n of P.notRecipients) expect(classifyRecipient(n, P).kind, n).toBe('notRecipient');
  });
  it('every budget variant detects its own type', () => {
    for (const b of P.budgetTypes) for (const v of b.variants) expect(detectBudgetType(v, P), v).toBe(b.id);
  });
  it('all wording comes from the profile', () => {
    const custom: Profile = ProfileSchema.parse({
      ...P,
      abbreviations: { 'ผอ.': 'ผู้อำนวยการ' },
      notRecipients: ['รองผู้ว่าราชการจังหวัด'],
      budgetTypes: [
        {
          id: 'x',
          name: 'งบทดสอบ',
          variants: ['งบทดสอบ'],
          recipient: { title: 'ผู้อำนวยการสำนักทดสอบ', variants: ['ผู้อำนวยการสำนักทดสอบ'] },
        },
      ],
    });
    expect(detectBudgetType('แหล่งงบประมาณ: งบทดสอบ', custom)).toBe('x');
    expect(checkRecipient('นายเอ บี (ผอ.สำนักทดสอบ)', 'x', custom)).toMatchObject({ verdict: 'match', expected: 'ผู้อำนวยการสำนักทดสอบ' });
    expect(checkRecipient('หัวหน้าสำนักงานจังหวัด', 'x', custom)).toMatchObject({ verdict: 'mismatch', reason: 'unrecognized' });
    expect(detectBudgetType('งบจังหวัด', custom)).toBeNull();
    expect(key('หน.สนจ.')).toBe(HEAD);
  });
});
