/** Budget types and their recipients (circular 000: "อย่ากดส่งผิด"). Data only. */
import type { Profile } from './schema';

export const BUDGET_TYPES: Profile['budgetTypes'] = [
  {
    id: 'provincial',
    name: 'งบจังหวัด',
    variants: ['งบจังหวัด', 'งบประมาณจังหวัด', 'งบพัฒนาจังหวัด', 'งบประมาณรายจ่ายจังหวัด'],
    recipient: {
      title: 'หัวหน้าสำนักงานจังหวัด',
      variants: ['หัวหน้าสำนักงานจังหวัด', 'หน.สนจ.', 'หัวหน้า สนจ.'],
    },
  },
  {
    id: 'cluster',
    name: 'งบกลุ่มจังหวัด',
    variants: ['งบกลุ่มจังหวัด', 'งบประมาณกลุ่มจังหวัด', 'งบพัฒนากลุ่มจังหวัด'],
    recipient: {
      title: 'ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
      variants: [
        'ผู้อำนวยการกลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
        'ผอ.กลุ่มงานบริหารยุทธศาสตร์กลุ่มจังหวัด',
        'OSM',
      ],
    },
  },
];

export const ABBREVIATIONS: Profile['abbreviations'] = {
  'ผอ.': 'ผู้อำนวยการ',
  'หน.': 'หัวหน้า',
  'สนจ.': 'สำนักงานจังหวัด',
};

export const NOT_RECIPIENTS: Profile['notRecipients'] = [
  'รองผู้ว่าราชการจังหวัด',
  'หัวหน้ากลุ่มงานยุทธศาสตร์และข้อมูลเพื่อการพัฒนาจังหวัด',
];
