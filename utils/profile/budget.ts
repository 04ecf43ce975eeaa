/**
 * Budget types and their recipients (circular 000: "อย่ากดส่งผิด"). Data only.
 *
 * How utils/recipient reads this data:
 * - Every variant is normalised like the option text (abbreviations expanded, spaces,
 *   zero-width characters and Thai digits removed), so "หน.สนจ." and "หัวหน้า สนจ." are the
 *   same key; listing both only documents what people write.
 * - A recipient variant must START the position (after a person's name is dropped); what
 *   follows it is the province or cluster name. Unit forms ("สำนักงานจังหวัด") are accepted
 *   because a chooser may list units instead of positions; "นักวิเคราะห์ฯ สำนักงานจังหวัดระยอง"
 *   does not start with one and is therefore not the head.
 * - A not-recipient mentioned ANYWHERE in the option wins over a shorter recipient mention
 *   ("สำนักงานจังหวัดระยอง - รองผู้ว่าราชการจังหวัด" is the deputy governor, not the office).
 */
import type { Profile } from './schema';

export const BUDGET_TYPES: Profile['budgetTypes'] = [
  {
    id: 'provincial',
    name: 'งบจังหวัด',
    variants: [
      'งบจังหวัด',
      'งบประมาณจังหวัด',
      'งบพัฒนาจังหวัด',
      'งบประมาณรายจ่ายจังหวัด',
      'งบประมาณของจังหวัด',
      'แผนงานบูรณาการพัฒนาพื้นที่ระดับภาค (จังหวัด)',
      // circular 000: "ได้รับการจัดสรรงบประมาณตามแผนปฏิบัติราชการประจำปีของจังหวัด/กลุ่มจังหวัด"
      'แผนปฏิบัติราชการประจำปีของจังหวัด',
      'แผนปฏิบัติราชการของจังหวัด',
      'แผนปฏิบัติราชการจังหวัด',
      'โครงการงบจังหวัด',
    ],
    recipient: {
      title: 'หัวหน้าสำนักงานจังหวัด',
      variants: [
        'หัวหน้าสำนักงานจังหวัด',
        'หน.สนจ.',
        'หัวหน้า สนจ.',
        'หน.สนง.จังหวัด',
        'หน.สนง.จ.',
        // the unit itself, when the chooser lists units rather than positions
        'สำนักงานจังหวัด',
        'สนจ.',
      ],
    },
  },
  {
    id: 'cluster',
    name: 'งบกลุ่มจังหวัด',
    variants: [
      'งบกลุ่มจังหวัด',
      'งบประมาณกลุ่มจังหวัด',
      'งบพัฒนากลุ่มจังหวัด',
      'งบประมาณรายจ่ายกลุ่มจังหวัด',
      'งบประมาณของกลุ่มจังหวัด',
      'แผนงานบูรณาการพัฒนาพื้นที่ระดับภาค (กลุ่มจังหวัด)',
      // circulars 000/001: "งบประมาณโครงการตามแผนปฏิบัติราชการของกลุ่มจังหวัด", "กรณีงบประมาณ กลุ่มจังหวัด"
      'แผนปฏิบัติราชการประจำปีของกลุ่มจังหวัด',
      'แผนปฏิบัติราชการของกลุ่มจังหวัด',
      'แผนปฏิบัติราชการกลุ่มจังหวัด',
      'โครงการงบกลุ่มจังหวัด',
    ],
    recipient: {
      title: 'ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
      variants: [
        'ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
        'ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
        // circular 000 §2 says "ส่งอนุมัติไปยัง หัวหน้า OSM": the head of the same unit,
        // so "หัวหน้ากลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด" is accepted as the cluster recipient.
        // It is NOT "หัวหน้ากลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด" (see NOT_RECIPIENTS).
        'หัวหน้ากลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
        'กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
        // the older unit names (สำนักบริหารยุทธศาสตร์กลุ่มจังหวัด, "OSM")
        'ผู้อำนวยการสำนักบริหารยุทธศาสตร์กลุ่มจังหวัด',
        'ผู้อำนวยการสำนักงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
        'สำนักบริหารยุทธศาสตร์กลุ่มจังหวัด',
        'สำนักงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
        'OSM',
        'หัวหน้า OSM',
        'ผอ. OSM',
        'ผู้อำนวยการ OSM',
      ],
    },
  },
];

/** Expanded wherever they appear, longest first ("สนง.จ." before "สนง."). */
export const ABBREVIATIONS: Profile['abbreviations'] = {
  'ผอ.': 'ผู้อำนวยการ',
  'หน.': 'หัวหน้า',
  'สนจ.': 'สำนักงานจังหวัด',
  'สนง.จ.': 'สำนักงานจังหวัด',
  'สนง.': 'สำนักงาน',
  'ผวจ.': 'ผู้ว่าราชการจังหวัด',
  'รอง ผวจ.': 'รองผู้ว่าราชการจังหวัด',
  'ปจ.': 'ปลัดจังหวัด',
};

/** Positions near the recipients in the approval chain (000 §2) that are never the recipient. */
export const NOT_RECIPIENTS: Profile['notRecipients'] = [
  'รองผู้ว่าราชการจังหวัด',
  'ผู้ว่าราชการจังหวัด',
  'ปลัดจังหวัด',
  'หัวหน้ากลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด',
  'ผู้อำนวยการกลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด',
  // the governor heading the cluster (000: "ผู้ว่าราชการจังหวัด/หัวหน้ากลุ่มจังหวัด อนุมัติ"), not OSM
  'หัวหน้ากลุ่มจังหวัด',
  'นายอำเภอ',
  'ปลัดกระทรวงมหาดไทย',
  'สภาพัฒนาการเศรษฐกิจและสังคมแห่งชาติ',
];
