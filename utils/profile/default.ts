/**
 * The default eMENSCR profile, shipped with the extension. Pure data: every Thai
 * string that describes eMENSCR lives here (sources: ../shared/seeds circulars and
 * docs/emenscr-research.md §3–§5). Agencies can replace it from the options page.
 */
import type { Profile } from './schema';
import { BUDGET_TYPES, ABBREVIATIONS, NOT_RECIPIENTS } from './budget';

/**
 * The send dialog's confirm control (circular 000 step 7: "กดส่งรายงาน"); compared whole, spaces
 * ignored. Its own export: the send guard falls back to it for an older stored profile, and the
 * content script must not carry the whole default profile for that (it reads it from storage).
 */
export const DEFAULT_SEND_ACTIONS = ['ยืนยันการส่ง', 'ส่งรายงาน', 'ส่งอนุมัติ', 'ยืนยัน', 'ส่งข้อมูล'];

export const DEFAULT_PROFILE: Profile = {
  format: 'emenscr-assistant-profile',
  version: 1,
  name: 'ค่าเริ่มต้น (Default)',
  placeholders: [
    '-- กรุณาเลือก --',
    'กรุณาเลือก',
    '-- เลือก --',
    'เลือก',
    'โปรดเลือก',
    'กรุณาเลือกข้อมูล',
    'ไม่ระบุ',
    'Select',
    'Please select',
  ],
  screens: {
    progressReport: {
      headings: ['บันทึกรายงานความก้าวหน้า', 'รายงานความก้าวหน้า', 'รายงานผลการดำเนินงาน'],
      labels: ['ความก้าวหน้าของโครงการ', 'ผลการเบิกจ่าย', 'ไตรมาสที่รายงาน'],
      urlPatterns: ['/progress', '/report'],
    },
    linkage: {
      headings: ['ความเชื่อมโยงกับแผนระดับต่างๆ', 'ความสอดคล้องกับแผนระดับต่างๆ', 'ความเชื่อมโยงกับแผน'],
      labels: ['เป้าหมายแผนแม่บทย่อย', 'แผนย่อยของแผนแม่บท'],
      urlPatterns: ['/linkage', '/m1'],
    },
    sendDialog: {
      headings: ['ส่งรายงาน', 'ส่งอนุมัติ', 'ส่งข้อมูล'],
      labels: ['ผู้อนุมัติ', 'ส่งถึง', 'เลือกผู้อนุมัติ'],
      urlPatterns: [],
    },
    projectList: {
      headings: ['รายการโครงการ', 'รายงานความก้าวหน้า'],
      labels: [],
      urlPatterns: ['/projects'],
    },
  },
  fields: {
    projectName: ['ชื่อโครงการ', 'ชื่อโครงการ/การดำเนินงาน', 'โครงการ'],
    fiscalYear: ['ปีงบประมาณ', 'ปีงบประมาณ พ.ศ.'],
    quarter: ['ไตรมาสที่รายงาน', 'ไตรมาส', 'ห้วงการรายงาน', 'รอบการรายงาน', 'รายงานไตรมาสที่'],
    status: ['สถานะโครงการ', 'สถานะการดำเนินงาน', 'สถานะการดำเนินการ', 'สถานะ'],
    progress: [
      'ความก้าวหน้าของโครงการ',
      'ความก้าวหน้า',
      'ร้อยละความก้าวหน้า',
      '% ความก้าวหน้า',
      'ความคืบหน้า',
    ],
    allocated: [
      'งบประมาณที่ได้รับจัดสรร',
      'งบประมาณที่ได้รับ',
      'วงเงินงบประมาณ',
      'งบประมาณทั้งสิ้น',
      'งบประมาณโครงการ',
    ],
    spent: ['ผลการเบิกจ่าย', 'ผลการใช้จ่าย', 'งบประมาณที่เบิกจ่าย', 'เบิกจ่ายแล้ว', 'ผลการเบิกจ่ายงบประมาณ'],
    budgetType: ['แหล่งงบประมาณ', 'แหล่งเงิน', 'ประเภทงบประมาณ', 'แหล่งที่มาของงบประมาณ', 'ประเภทงบ', 'แหล่งงบ', 'แหล่งเงินงบประมาณ', 'ประเภทแหล่งงบประมาณ', 'ประเภทแหล่งเงิน'],
    recipient: ['ผู้อนุมัติ', 'ส่งถึง', 'เลือกผู้อนุมัติ', 'ส่งรายงานถึง', 'ผู้รับรายงาน', 'ส่งให้'],
  },
  statuses: {
    notStarted: ['ยังไม่ดำเนินการ', 'ยังไม่เริ่มดำเนินการ'],
    inProgress: ['อยู่ระหว่างดำเนินการ', 'กำลังดำเนินการ'],
    completed: ['ดำเนินการแล้วเสร็จ', 'แล้วเสร็จ', 'ดำเนินการเสร็จสิ้น'],
    cancelled: ['ยกเลิกโครงการ', 'ยกเลิก'],
  },
  plans: [
    {
      id: 'nationalStrategy',
      name: 'ยุทธศาสตร์ชาติ',
      variants: ['ยุทธศาสตร์ชาติ', 'ยุทธศาสตร์ชาติ 20 ปี'],
      required: true,
    },
    {
      id: 'masterPlan',
      name: 'แผนแม่บทภายใต้ยุทธศาสตร์ชาติ',
      variants: ['แผนแม่บทภายใต้ยุทธศาสตร์ชาติ', 'แผนแม่บทฯ', 'แผนแม่บท'],
      required: false,
    },
    {
      id: 'nesdp12',
      name: 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 12',
      variants: [
        'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 12',
        'แผนพัฒนาฯ ฉบับที่ 12',
        'แผนพัฒนาเศรษฐกิจฯ ฉบับที่ 12',
        'แผนฯ 12',
      ],
      required: true,
      fiscalYears: { to: 2565 },
    },
    {
      id: 'nesdp13',
      name: 'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13',
      variants: [
        'แผนพัฒนาเศรษฐกิจและสังคมแห่งชาติ ฉบับที่ 13',
        'แผนพัฒนาฯ ฉบับที่ 13',
        'แผนพัฒนาเศรษฐกิจฯ ฉบับที่ 13',
        'แผนฯ 13',
      ],
      required: true,
      fiscalYears: { from: 2566 },
    },
    {
      id: 'reform',
      name: 'แผนการปฏิรูปประเทศ',
      variants: ['แผนการปฏิรูปประเทศ', 'แผนปฏิรูปประเทศ'],
      required: false,
    },
  ],
  abbreviations: ABBREVIATIONS,
  notRecipients: NOT_RECIPIENTS,
  budgetTypes: BUDGET_TYPES,
  saveActions: ['บันทึก', 'บันทึกข้อมูล', 'บันทึกรายงาน', 'บันทึกร่าง'],
  sendActions: DEFAULT_SEND_ACTIONS,
  calendar: { deadlineDay: 10 },
};
